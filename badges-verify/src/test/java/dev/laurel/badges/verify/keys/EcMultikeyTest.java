package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** P-256 and P-384 Multikeys (p256-pub 0x1200, p384-pub 0x1201, compressed points), did:key and JWK. */
class EcMultikeyTest {

    /** The P-256 Multikey of the did:key and Multikey specifications' examples. */
    private static final String SPEC_P256 = "zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv";

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"P256", "P384"})
    void roundTripsThroughMultikeyDidKeyAndJwk(KeyKind kind) {
        for (int i = 0; i < 20; i++) {
            LaurelKey key = KeyPairs.generate(kind);
            String mb = key.publicKeyMultibase();
            assertThat(mb).startsWith(kind == KeyKind.P256 ? "zDn" : "z82");
            byte[] bytes = Multibase.decode(mb).orElseThrow();
            assertThat(bytes).hasSize(2 + (kind == KeyKind.P256 ? 33 : 49));
            assertThat(Arrays.copyOf(bytes, 2)).isEqualTo(kind == KeyKind.P256 ? new byte[] {(byte) 0x80, 0x24}
                    : new byte[] {(byte) 0x81, 0x24});
            assertThat(Multikey.decodePublicKey(mb)).contains(key.publicOnly());
            assertThat(key.didKey()).isEqualTo("did:key:" + mb);
            assertThat(key.didKeyVerificationMethod()).isEqualTo("did:key:" + mb + "#" + mb);

            KeyResolution r = KeyResolver.offline().resolve(key.didKeyVerificationMethod());
            assertThat(r.method().orElseThrow().key()).isEqualTo(key.publicOnly());
            assertThat(r.method().orElseThrow().origin()).isEqualTo(KeyOrigin.DID_KEY);
            assertThat(r.message()).contains(kind == KeyKind.P256 ? "P-256 key decoded" : "P-384 key decoded");

            assertThat(KeyPairs.fromJwk(key.toPublicJwk())).isEqualTo(key.publicOnly());
            assertThat(KeyPairs.fromJwk(key.toPrivateJwk())).isEqualTo(key);
        }
    }

    @Test
    void decodesTheSpecificationsP256Example() {
        LaurelKey key = Multikey.decodePublicKey(SPEC_P256).orElseThrow();
        assertThat(key.kind()).isEqualTo(KeyKind.P256);
        assertThat(key.publicKeyMultibase()).isEqualTo(SPEC_P256);
    }

    @Test
    void refusesPointsNotOnTheCurveAndWrongLengths() {
        byte[] good = Multibase.decode(SPEC_P256).orElseThrow();
        // x = 1 on P-256: 1 - 3 + b has no square root mod p, so no point has that x.
        byte[] offCurve = good.clone();
        Arrays.fill(offCurve, 3, offCurve.length, (byte) 0);
        offCurve[offCurve.length - 1] = 1;
        assertThat(Multikey.decodePublicKey(Multibase.encodeBase58Btc(offCurve))).isEmpty();
        byte[] badTag = good.clone();
        badTag[2] = 0x04;
        assertThat(Multikey.decodePublicKey(Multibase.encodeBase58Btc(badTag))).isEmpty();
        assertThat(Multikey.decodePublicKey(Multibase.encodeBase58Btc(Arrays.copyOf(good, good.length - 1)))).isEmpty();
        byte[] asP384 = good.clone();
        asP384[0] = (byte) 0x81;
        assertThat(Multikey.decodePublicKey(Multibase.encodeBase58Btc(asP384))).isEmpty();
        byte[] tooBig = good.clone();
        Arrays.fill(tooBig, 3, tooBig.length, (byte) 0xff);
        assertThat(Multikey.decodePublicKey(Multibase.encodeBase58Btc(tooBig))).isEmpty();
        assertThat(KeyResolver.offline().resolve("did:key:" + Multibase.encodeBase58Btc(offCurve)).isResolved()).isFalse();
    }

    @Test
    void bothParitiesOfYDecode() {
        boolean even = false;
        boolean odd = false;
        for (int i = 0; i < 40 && !(even && odd); i++) {
            LaurelKey key = KeyPairs.generate(KeyKind.P256);
            byte tag = Multibase.decode(key.publicKeyMultibase()).orElseThrow()[2];
            even |= tag == 0x02;
            odd |= tag == 0x03;
            assertThat(Multikey.decodePublicKey(key.publicKeyMultibase())).contains(key.publicOnly());
        }
        assertThat(even && odd).isTrue();
    }

    @Test
    void rsaHasNoMultikey() {
        assertThatThrownBy(() -> KeyPairs.generate(KeyKind.RSA).didKey()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void ecSecretKeyMultibaseReadsTheScalarAndRefusesZero() {
        byte[] zero = new byte[34];
        zero[0] = (byte) 0x86;
        zero[1] = 0x26;
        assertThatThrownBy(() -> KeyPairs.fromSecretKeyMultibase(Multibase.encodeBase58Btc(zero)))
                .isInstanceOf(KeyException.class).hasMessageContaining("P256");
        byte[] one = zero.clone();
        one[33] = 1;
        LaurelKey key = KeyPairs.fromSecretKeyMultibase(Multibase.encodeBase58Btc(one));
        assertThat(key.kind()).isEqualTo(KeyKind.P256);
        assertThat(key.publicOnly().verify(new byte[] {1}, key.sign(new byte[] {1}))).isTrue();
    }
}
