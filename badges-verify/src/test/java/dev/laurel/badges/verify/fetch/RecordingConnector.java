package dev.laurel.badges.verify.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Records every connection attempt; connections to the stand-in public address go to the loopback
 * test server instead, so a "public" host can be served locally while loopback itself stays refused.
 */
final class RecordingConnector implements SocketConnector {

    /** A public address (TEST-NET is refused, so a real public one) used as a stand-in; never contacted. */
    static final InetAddress PUBLIC = address(93, 184, 216, 34);

    final List<InetSocketAddress> attempts = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException {
        attempts.add(address);
        if (address.getAddress().equals(PUBLIC)) {
            return DIRECT.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), address.getPort()),
                    timeoutMillis);
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
