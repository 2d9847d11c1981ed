package dev.laurel.badges.verify.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;

/**
 * Opens a TCP connection to an already checked address; replaceable so tests can observe every
 * connection attempt.
 */
@FunctionalInterface
interface SocketConnector {

    /** Connects directly, bypassing any JVM-wide SOCKS proxy (which would resolve names itself). */
    SocketConnector DIRECT = (address, timeoutMillis) -> {
        Socket socket = new Socket(Proxy.NO_PROXY);
        try {
            socket.connect(address, timeoutMillis);
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    };

    /**
     * Connects.
     *
     * @param address a resolved address and port that passed {@link AddressRules}
     * @param timeoutMillis the connect timeout, positive
     * @return the connected socket
     * @throws IOException if the connection fails
     */
    Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException;
}
