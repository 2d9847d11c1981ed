package dev.laurel.badges.verify.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
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
}
