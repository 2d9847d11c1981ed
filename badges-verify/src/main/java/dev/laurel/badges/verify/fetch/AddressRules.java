package dev.laurel.badges.verify.fetch;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Which IP addresses a fetch may reach. Everything that is not ordinary public unicast is refused:
 * a badge must never make a verifier talk to its own network (SSRF).
 */
final class AddressRules {

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

    /**
     * IPv6 rules. Every form that carries an IPv4 address is judged as that IPv4 address (the packet may
     * end up there through a translator, a tunnel or the dual stack itself): IPv4-mapped and
     * IPv4-translated (SIIT), the well-known NAT64 prefix, 6to4, Teredo (server and client) and ISATAP
     * interface ids. Forms whose carried address cannot be located or that no public server uses
     * (IPv4-compatible, local-use NAT64, the rest of {@code ::/8}) are refused outright.
     */
    private static Optional<String> refusalV6(byte[] b, boolean allowLoopback) {
        if (isFdEc2Metadata(b)) {
            return Optional.of("cloud metadata address fd00:ec2::254");
        }
        int w0 = word(b, 0);
        int w1 = word(b, 2);
        if (w0 == 0x0064 && w1 == 0xff9b) {
            if (!zero(b, 4, 12)) {
                // RFC 8215: the translator is the operator's own and the prefix length (hence where the
                // IPv4 address sits) is its choice, so no carried address can be checked.
                return Optional.of("local-use NAT64 address (64:ff9b:1::/48)");
            }
            return refusalV4(b, 12, false).map(r -> "NAT64 (64:ff9b::/96) address carrying a " + r);
        }
        if (b[0] == 0) {
            return refusalZeroPrefix(b, allowLoopback);
        }
        if (w0 == 0x0100 && w1 == 0 && zero(b, 4, 8)) {
            return Optional.of("discard-only address (100::/64)");
        }
        if (w0 == 0x2001 && w1 == 0x0db8) {
            return Optional.of("documentation address (2001:db8::/32)");
        }
        if (w0 == 0x2001 && w1 == 0) {
            // Teredo (RFC 4380): the server's IPv4 address in bytes 4-7, the client's stored inverted in the
            // last four bytes; packets go to both, so both must be public.
            Optional<String> server = refusalV4(b, 4, false).map(r -> "Teredo (2001::/32) address whose server is a " + r);
            if (server.isPresent()) {
                return server;
            }
            byte[] client = new byte[4];
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~b[12 + i];
            }
            return refusalV4(client, 0, false).map(r -> "Teredo (2001::/32) address whose client is a " + r);
        }
        if (w0 == 0x2002) {
            return refusalV4(b, 2, false).map(r -> "6to4 (2002::/16) address carrying a " + r);
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
        if ((b[8] & 0xfd) == 0 && b[9] == 0 && (b[10] & 0xff) == 0x5e && (b[11] & 0xff) == 0xfe) {
            // ISATAP interface id (RFC 5214): ::0:5efe:a.b.c.d or ::200:5efe:a.b.c.d after any /64 prefix. A
            // host that is itself an ISATAP node sends such packets straight to the IPv4 address.
            return refusalV4(b, 12, false).map(r -> "ISATAP address carrying a " + r);
        }
        return Optional.empty();
    }

    /** Addresses in {@code ::/8}: loopback, unspecified and the forms that carry an IPv4 address. */
    private static Optional<String> refusalZeroPrefix(byte[] b, boolean allowLoopback) {
        if (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            // IPv4-mapped ::ffff:a.b.c.d: the dual stack connects to the IPv4 address itself.
            return refusalV4(b, 12, allowLoopback).map(r -> "IPv4-mapped (::ffff:0:0/96) address carrying a " + r);
        }
        if (zero(b, 0, 8) && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && b[10] == 0 && b[11] == 0) {
            // IPv4-translated ::ffff:0:a.b.c.d (RFC 2765, SIIT): a translator forwards to the IPv4 address.
            return refusalV4(b, 12, false).map(r -> "IPv4-translated (::ffff:0:0:0/96) address carrying a " + r);
        }
        if (zero(b, 0, 12)) {
            if (zero(b, 12, 15) && b[15] == 1) {
                return allowLoopback ? Optional.empty() : Optional.of("loopback address (::1)");
            }
            if (zero(b, 12, 16)) {
                return Optional.of("unspecified address (::)");
            }
            // IPv4-compatible ::a.b.c.d (deprecated by RFC 4291): refused whatever it carries.
            return Optional.of(refusalV4(b, 12, false).map(r -> "IPv4-compatible (::/96) address carrying a " + r)
                    .orElse("deprecated IPv4-compatible address (::/96)"));
        }
        return Optional.of("reserved address (::/8)");
    }

    private static int word(byte[] b, int off) {
        return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
    }

    /** Whether bytes {@code from} (inclusive) to {@code to} (exclusive) are all zero. */
    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
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
