package dev.laurel.badges.verify.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "127.0.0.1", "127.255.255.254", "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "100.64.0.1",
        "100.127.255.255", "169.254.0.1", "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.168.0.1",
        "192.0.0.170", "192.0.2.1", "198.51.100.7", "203.0.113.9", "198.18.0.1", "198.19.255.255", "224.0.0.1",
        "239.255.255.250", "240.0.0.1", "255.255.255.255", "::", "::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3",
        "::127.0.0.1", "fe80::1", "febf::1", "fc00::1", "fd00:ec2::254", "fdff::1", "ff02::1", "fec0::1",
        "2001:db8::1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::1", "100::1", "2002:7f00:1::1",
        "2002:c0a8:101::1", "2001:0:4136:e378:8000:63bf:80ff:fffe"
    })
    void refusesNonPublicAddresses(String literal) throws UnknownHostException {
        assertThat(AddressRules.refusal(InetAddress.getByName(literal), false)).as(literal).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "93.184.216.34", "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0",
        "169.253.255.255", "192.169.0.1", "11.0.0.1", "223.255.255.255", "2606:4700:4700::1111",
        "2a00:1450:4001:82b::200e", "64:ff9b::808:808", "2002:808:808::1"
    })
    void allowsPublicAddresses(String literal) throws UnknownHostException {
        assertThat(AddressRules.refusal(InetAddress.getByName(literal), false)).as(literal).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1"})
    void loopbackOnlyWithTheTestAllowance(String literal) throws UnknownHostException {
        assertThat(AddressRules.refusal(InetAddress.getByName(literal), true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "169.254.169.254", "192.168.1.1", "fd00:ec2::254", "::"})
    void theLoopbackAllowanceOpensNothingElse(String literal) throws UnknownHostException {
        assertThat(AddressRules.refusal(InetAddress.getByName(literal), true)).isPresent();
    }

    @Property
    void everyTenSlashEightAddressIsRefused(@ForAll @IntRange(min = 0, max = 0xffffff) int low)
            throws UnknownHostException {
        byte[] b = {10, (byte) (low >> 16), (byte) (low >> 8), (byte) low};
        assertThat(AddressRules.refusal(InetAddress.getByAddress(b), true)).isPresent();
    }

    @Property
    void everyUniqueLocalAddressIsRefused(@ForAll byte[] tail, @ForAll boolean fd) throws UnknownHostException {
        byte[] b = new byte[16];
        b[0] = (byte) (fd ? 0xfd : 0xfc);
        System.arraycopy(tail, 0, b, 1, Math.min(tail.length, 15));
        assertThat(AddressRules.refusal(InetAddress.getByAddress(b), true)).isPresent();
    }

    // ---- IPv6 forms that carry an IPv4 address are judged as that address

    private static Optional<String> refusal(String literal) throws UnknownHostException {
        return AddressRules.refusal(InetAddress.getByName(literal), false);
    }

    private static void assertRefusedMentioning(String literal, String form, String why) throws UnknownHostException {
        assertThat(refusal(literal)).as(literal).hasValueSatisfying(r -> assertThat(r).contains(form).contains(why));
    }

    private static void assertAllowed(String literal) throws UnknownHostException {
        assertThat(refusal(literal)).as(literal).isEmpty();
    }

    @Test
    void ipv4MappedLoopbackPrivateAndLinkLocalAreRefusedPublicAllowed() throws UnknownHostException {
        // Java itself turns ::ffff:a.b.c.d into the IPv4 address; the bytes form is checked too.
        assertThat(refusal("::ffff:127.0.0.1")).hasValueSatisfying(r -> assertThat(r).contains("loopback"));
        assertThat(refusal("::ffff:192.168.0.1")).hasValueSatisfying(r -> assertThat(r).contains("private"));
        assertThat(refusal("::ffff:169.254.169.254")).hasValueSatisfying(r -> assertThat(r).contains("metadata"));
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 10;
        mapped[15] = 1;
        assertThat(AddressRules.refusal(java.net.Inet6Address.getByAddress(null, mapped, -1), false))
                .hasValueSatisfying(r -> assertThat(r).contains("private"));
        assertAllowed("::ffff:8.8.8.8");
    }

    @Test
    void ipv4TranslatedLoopbackIsRefused() throws UnknownHostException {
        assertRefusedMentioning("::ffff:0:7f00:1", "IPv4-translated", "loopback");
        assertRefusedMentioning("::ffff:0:127.0.0.1", "IPv4-translated", "loopback");
    }

    @Test
    void ipv4TranslatedLoopbackIsRefusedEvenWithTheTestAllowance() throws UnknownHostException {
        assertThat(AddressRules.refusal(InetAddress.getByName("::ffff:0:7f00:1"), true)).isPresent();
    }

    @Test
    void ipv4TranslatedPrivateAndLinkLocalAreRefused() throws UnknownHostException {
        assertRefusedMentioning("::ffff:0:10.0.0.1", "IPv4-translated", "private");
        assertRefusedMentioning("::ffff:0:172.16.5.4", "IPv4-translated", "private");
        assertRefusedMentioning("::ffff:0:169.254.1.1", "IPv4-translated", "link-local");
        assertRefusedMentioning("::ffff:0:a9fe:a9fe", "IPv4-translated", "metadata");
    }

    @Test
    void ipv4TranslatedPublicIsAllowed() throws UnknownHostException {
        assertAllowed("::ffff:0:8.8.8.8");
        assertAllowed("::ffff:0:5db8:d822");
    }

    @Test
    void ipv4CompatibleLoopbackPrivateAndLinkLocalAreRefused() throws UnknownHostException {
        assertRefusedMentioning("::127.0.0.1", "IPv4-compatible", "loopback");
        assertRefusedMentioning("::10.1.2.3", "IPv4-compatible", "private");
        assertRefusedMentioning("::169.254.0.7", "IPv4-compatible", "link-local");
    }

    @Test
    void ipv4CompatibleIsRefusedEvenWhenItCarriesAPublicAddress() throws UnknownHostException {
        // Deprecated by RFC 4291 and not routed on the Internet: no public server is reached this way.
        assertRefusedMentioning("::8.8.8.8", "IPv4-compatible", "deprecated");
    }

    @Test
    void nat64WellKnownPrefixLoopbackPrivateAndLinkLocalAreRefused() throws UnknownHostException {
        assertRefusedMentioning("64:ff9b::127.0.0.1", "NAT64", "loopback");
        assertRefusedMentioning("64:ff9b::192.168.1.1", "NAT64", "private");
        assertRefusedMentioning("64:ff9b::169.254.169.254", "NAT64", "metadata");
        assertRefusedMentioning("64:ff9b::169.254.3.3", "NAT64", "link-local");
    }

    @Test
    void nat64WellKnownPrefixLoopbackIsRefusedEvenWithTheTestAllowance() throws UnknownHostException {
        assertThat(AddressRules.refusal(InetAddress.getByName("64:ff9b::127.0.0.1"), true)).isPresent();
    }

    @Test
    void nat64WellKnownPrefixPublicIsAllowed() throws UnknownHostException {
        assertAllowed("64:ff9b::8.8.8.8");
        assertAllowed("64:ff9b::93.184.216.34");
    }

    @Test
    void nat64LocalUsePrefixIsRefusedWhateverItCarries() throws UnknownHostException {
        // RFC 8215: where the IPv4 address sits depends on the operator's prefix length.
        assertRefusedMentioning("64:ff9b:1:7f00:0:100::", "local-use NAT64", "64:ff9b:1::/48");
        assertRefusedMentioning("64:ff9b:1::10.0.0.1", "local-use NAT64", "64:ff9b:1::/48");
        assertRefusedMentioning("64:ff9b:1::8.8.8.8", "local-use NAT64", "64:ff9b:1::/48");
    }

    @Test
    void sixToFourLoopbackPrivateAndLinkLocalAreRefused() throws UnknownHostException {
        assertRefusedMentioning("2002:7f00:1::1", "6to4", "loopback");
        assertRefusedMentioning("2002:c0a8:101::1", "6to4", "private");
        assertRefusedMentioning("2002:a9fe:a9fe::1", "6to4", "metadata");
        assertRefusedMentioning("2002:a9fe:101:1::1", "6to4", "link-local");
    }

    @Test
    void sixToFourPublicIsAllowed() throws UnknownHostException {
        assertAllowed("2002:808:808::1");
        assertAllowed("2002:5db8:d822:1::2");
    }

    @Test
    void teredoClientLoopbackPrivateAndLinkLocalAreRefused() throws UnknownHostException {
        // The client's address is the bitwise inverse of the last 32 bits: ~127.0.0.1 = 80ff:fffe.
        assertRefusedMentioning("2001:0:4136:e378:8000:63bf:80ff:fffe", "Teredo", "loopback");
        assertRefusedMentioning("2001:0:4136:e378:8000:63bf:f5ff:fffe", "Teredo", "private");
        assertRefusedMentioning("2001:0:4136:e378:8000:63bf:5601:5601", "Teredo", "metadata");
        assertRefusedMentioning("2001:0:4136:e378:8000:63bf:5601:fefe", "Teredo", "link-local");
    }

    @Test
    void teredoServerPrivateIsRefused() throws UnknownHostException {
        assertRefusedMentioning("2001:0:a00:1:8000:63bf:f7f7:f7f7", "Teredo", "server");
    }

    @Test
    void teredoPublicServerAndClientAreAllowed() throws UnknownHostException {
        // Server 65.54.227.120, client ~f7f7:f7f7 = 8.8.8.8.
        assertAllowed("2001:0:4136:e378:8000:63bf:f7f7:f7f7");
    }

    @Test
    void isatapInterfaceIdCarryingLoopbackPrivateOrLinkLocalIsRefused() throws UnknownHostException {
        assertRefusedMentioning("2a00:1450:4001:82b:0:5efe:7f00:1", "ISATAP", "loopback");
        assertRefusedMentioning("2a00:1450:4001:82b:200:5efe:a00:1", "ISATAP", "private");
        assertRefusedMentioning("2a00:1450:4001:82b:0:5efe:a9fe:a9fe", "ISATAP", "metadata");
    }

    @Test
    void isatapInterfaceIdCarryingAPublicAddressIsAllowed() throws UnknownHostException {
        assertAllowed("2a00:1450:4001:82b:200:5efe:808:808");
    }

    @Test
    void otherAddressesInTheReservedColonColonSlashEightAreRefused() throws UnknownHostException {
        assertRefusedMentioning("::ffff:1:7f00:1", "reserved", "::/8");
        assertRefusedMentioning("::1:0:0:0", "reserved", "::/8");
        assertRefusedMentioning("0:ff::8.8.8.8", "reserved", "::/8");
    }
}
