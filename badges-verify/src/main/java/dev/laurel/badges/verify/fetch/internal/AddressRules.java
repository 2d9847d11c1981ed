package dev.laurel.badges.verify.fetch.internal;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Which IP addresses a fetch may reach. Everything that is not ordinary public unicast is refused:
 * a badge must never make a verifier talk to its own network (SSRF).
 */
public final class AddressRules {

    private AddressRules() {
    }

    /**
     * Says why an address is refused.
     *
     * @param address a resolved address
     * @param allowLoopback whether loopback is allowed (tests only)
     * @return the reason, or empty when the address may be reached
     */
    public static Optional<String> refusal(InetAddress address, boolean allowLoopback) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return refusalV4(b, 0, allowLoopback);
        }
        if (b.length == 16) {
            return refusalV6(b, allowLoopback);
        }
        return Optional.of("unknown address family");
    }

    private static Optional<String> refusalV4(byte[] b, int off, boolean allowLoopback) {
        int a0 = b[off] & 0xff;
        int a1 = b[off + 1] & 0xff;
        int a2 = b[off + 2] & 0xff;
        int a3 = b[off + 3] & 0xff;
        if (a0 == 169 && a1 == 254 && a2 == 169 && a3 == 254) {
            return Optional.of("cloud metadata address 169.254.169.254");
        }
        if (a0 == 127) {
            return allowLoopback ? Optional.empty() : Optional.of("loopback address (127.0.0.0/8)");
        }
        if (a0 == 0) {
            return Optional.of("unspecified or 'this network' address (0.0.0.0/8)");
        }
        if (a0 == 10) {
            return Optional.of("private address (10.0.0.0/8)");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return Optional.of("carrier-grade NAT address (100.64.0.0/10)");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("link-local address (169.254.0.0/16)");
        }
        if (a0 == 172 && (a1 & 0xf0) == 16) {
            return Optional.of("private address (172.16.0.0/12)");
        }
        if (a0 == 192 && a1 == 168) {
            return Optional.of("private address (192.168.0.0/16)");
        }
        if (a0 == 192 && a1 == 0 && a2 == 0) {
            return Optional.of("IETF protocol assignment address (192.0.0.0/24)");
        }
        if ((a0 == 192 && a1 == 0 && a2 == 2) || (a0 == 198 && a1 == 51 && a2 == 100)
                || (a0 == 203 && a1 == 0 && a2 == 113)) {
            return Optional.of("documentation address (TEST-NET)");
        }
        if (a0 == 192 && a1 == 88 && a2 == 99) {
            return Optional.of("6to4 relay anycast address (192.88.99.0/24)");
        }
        if (a0 == 198 && (a1 & 0xfe) == 18) {
            return Optional.of("benchmarking address (198.18.0.0/15)");
        }
        if ((a0 & 0xf0) == 224) {
            return Optional.of("multicast address (224.0.0.0/4)");
        }
        if ((a0 & 0xf0) == 240) {
            return Optional.of("reserved or broadcast address (240.0.0.0/4)");
        }
        return Optional.empty();
    }

    private static Optional<String> refusalV6(byte[] b, boolean allowLoopback) {
        if (isFdEc2Metadata(b)) {
            return Optional.of("cloud metadata address fd00:ec2::254");
        }
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            // IPv4-mapped: the rules of the embedded address apply.
            return refusalV4(b, 12, allowLoopback).map(r -> "IPv4-mapped " + r);
        }
        if (firstTenZero && b[10] == 0 && b[11] == 0) {
            boolean zeroUntil15 = b[12] == 0 && b[13] == 0 && b[14] == 0;
            if (zeroUntil15 && b[15] == 1) {
                return allowLoopback ? Optional.empty() : Optional.of("loopback address (::1)");
            }
            if (zeroUntil15 && b[15] == 0) {
                return Optional.of("unspecified address (::)");
            }
            return Optional.of("deprecated IPv4-compatible address (::/96)");
        }
        int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        int w1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        if (w0 == 0x0064 && w1 == 0xff9b) {
            boolean wellKnown = true;
            for (int i = 4; i < 12; i++) {
                wellKnown &= b[i] == 0;
            }
            if (!wellKnown) {
                return Optional.of("local-use NAT64 address (64:ff9b:1::/48)");
            }
            return refusalV4(b, 12, allowLoopback).map(r -> "NAT64 " + r);
        }
        if (w0 == 0x0100 && w1 == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0) {
            return Optional.of("discard-only address (100::/64)");
        }
        if (w0 == 0x2001 && w1 == 0x0db8) {
            return Optional.of("documentation address (2001:db8::/32)");
        }
        if (w0 == 0x2001 && w1 == 0) {
            // Teredo: the client's IPv4 address is stored inverted in the last four bytes.
            byte[] client = new byte[4];
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~b[12 + i];
            }
            return refusalV4(client, 0, false).map(r -> "Teredo " + r);
        }
        if (w0 == 0x2002) {
            return refusalV4(b, 2, false).map(r -> "6to4 " + r);
        }
        if ((w0 & 0xfe00) == 0xfc00) {
            return Optional.of("unique-local address (fc00::/7)");
        }
        if ((w0 & 0xffc0) == 0xfe80) {
            return Optional.of("link-local address (fe80::/10)");
        }
        if ((w0 & 0xffc0) == 0xfec0) {
            return Optional.of("site-local address (fec0::/10)");
        }
        if ((w0 & 0xff00) == 0xff00) {
            return Optional.of("multicast address (ff00::/8)");
        }
        return Optional.empty();
    }

    private static boolean isFdEc2Metadata(byte[] b) {
        // fd00:ec2:0:0:0:0:0:254
        if ((b[0] & 0xff) != 0xfd || b[1] != 0 || b[2] != 0x0e || (b[3] & 0xff) != 0xc2) {
            return false;
        }
        for (int i = 4; i < 14; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[14] == 0x02 && b[15] == 0x54;
    }
}
