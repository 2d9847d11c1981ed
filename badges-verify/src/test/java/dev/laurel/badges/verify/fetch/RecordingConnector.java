package dev.laurel.badges.verify.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Records every connection attempt; connections to the stand-in public addresses go to the loopback
 * test server instead, so a "public" host can be served locally while loopback itself stays refused.
 * Addresses named at construction (a loopback test proxy) are connected to as they are.
 */
final class RecordingConnector implements SocketConnector {

    /** A public address (TEST-NET is refused, so a real public one) used as a stand-in; never contacted. */
    static final InetAddress PUBLIC = address(93, 184, 216, 34);
    /** A second public stand-in, for a name whose checked address differs; never contacted either. */
    static final InetAddress OTHER_PUBLIC = address(93, 184, 216, 35);

    final List<InetSocketAddress> attempts = Collections.synchronizedList(new ArrayList<>());
    private final Set<InetSocketAddress> asIs;

    RecordingConnector(InetSocketAddress... asIs) {
        this.asIs = Set.of(asIs);
    }

    @Override
    public Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException {
        attempts.add(address);
        if (address.getAddress().equals(PUBLIC) || address.getAddress().equals(OTHER_PUBLIC)) {
            return DIRECT.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), address.getPort()),
                    timeoutMillis);
        }
        if (asIs.contains(address)) {
            return DIRECT.connect(address, timeoutMillis);
        }
        throw new IOException("test connector: no connection to " + address + " is allowed");
    }

    List<InetAddress> addresses() {
        synchronized (attempts) {
            return attempts.stream().map(InetSocketAddress::getAddress).toList();
        }
    }

    static InetAddress address(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
