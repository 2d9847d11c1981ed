package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link LaurelKey#verify} checks P-256 and P-384 signatures with Bouncy Castle (faster than the JDK 17
 * provider); it must accept and refuse exactly what the JDK's {@code SHA256withECDSAinP1363Format} /
 * {@code SHA384withECDSAinP1363Format} accept and refuse.
 */
class EcdsaBcVerifyTest {

    private static byte[] fixed(BigInteger v, int len) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[len];
        int n = Math.min(raw.length, len);
        System.arraycopy(raw, raw.length - n, out, len - n, n);
        return out;
    }

    private static byte[] join(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"P256", "P384"})
    void bouncyCastleAndTheJdkAgree(KeyKind kind) {
        int half = kind == KeyKind.P256 ? 32 : 48;
        BigInteger n = ECNamedCurveTable.getByName(kind == KeyKind.P256 ? "secp256r1" : "secp384r1").getN();
        Random random = new Random(15);
        for (int round = 0; round < 10; round++) {
            LaurelKey key = KeyPairs.generate(kind);
            LaurelKey other = KeyPairs.generate(kind);
            LaurelKey pub = key.publicOnly();
            ECPublicKeyParameters bc = LaurelKey.bcPublic(kind, pub.publicKey());
            assertThat(bc).isNotNull();
            byte[] message = new byte[2 * half];
            random.nextBytes(message);
            byte[] sig = key.sign(message);
            assertThat(sig).hasSize(2 * half);
            BigInteger r = new BigInteger(1, Arrays.copyOfRange(sig, 0, half));
            BigInteger s = new BigInteger(1, Arrays.copyOfRange(sig, half, 2 * half));

            List<byte[]> good = List.of(sig, join(fixed(r, half), fixed(n.subtract(s), half)));
            List<byte[]> bad = new ArrayList<>();
            for (int bit : new int[] {0, 7, 8 * half - 1, 8 * half, 16 * half - 1}) {
                byte[] flipped = sig.clone();
                flipped[bit / 8] ^= (byte) (1 << (bit % 8));
                bad.add(flipped);
            }
            bad.add(new byte[2 * half]);
            bad.add(Arrays.copyOf(sig, 2 * half - 1));
            bad.add(Arrays.copyOf(sig, 2 * half + 1));
            bad.add(new byte[0]);
            bad.add(join(fixed(BigInteger.ZERO, half), fixed(s, half)));
            bad.add(join(fixed(r, half), fixed(BigInteger.ZERO, half)));
            bad.add(join(fixed(n, half), fixed(s, half)));
            bad.add(join(fixed(r, half), fixed(n, half)));

            for (byte[] g : good) {
                assertThat(pub.verify(message, g)).as("BC accepts").isTrue();
                assertThat(pub.verifyJca(message, g)).as("JDK accepts").isTrue();
            }
            for (byte[] b : bad) {
                assertThat(pub.verify(message, b)).as("BC refuses").isEqualTo(pub.verifyJca(message, b)).isFalse();
            }
            byte[] otherMessage = message.clone();
            otherMessage[0] ^= 1;
            assertThat(pub.verify(otherMessage, sig)).isFalse();
            assertThat(other.publicOnly().verify(message, sig)).isFalse();
            assertThat(other.publicOnly().verifyJca(message, sig)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"ED25519", "RSA"})
    void otherKindsHaveNoBouncyCastleEcdsaKey(KeyKind kind) {
        PublicKey k = KeyPairs.generate(kind).publicKey();
        assertThat(LaurelKey.bcPublic(kind, k)).isNull();
    }
}
