package dev.laurel.badges.verify.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name to every address it has; replaceable so tests can stage DNS answers. */
@FunctionalInterface
interface HostResolver {

    /** The JVM's resolver. */
    HostResolver SYSTEM = InetAddress::getAllByName;

    /**
     * Resolves a host.
     *
     * @param host a name or an IP literal (IPv6 without brackets)
     * @return every address, never empty
     * @throws UnknownHostException if the name does not resolve
     */
    InetAddress[] resolve(String host) throws UnknownHostException;
}
