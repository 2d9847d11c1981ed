package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyPairsTest {

    /** RFC 7638 section 3.1: the RSA key whose thumbprint the RFC states. */
    private static final String RFC7638_N = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1"
            + "L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY"
            + "368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3"
            + "XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";

    /** RFC 8037 appendix A.1: an Ed25519 key pair; A.3 states its thumbprint. */
    static final String RFC8037_PRIVATE_JWK = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\","
            + "\"d\":\"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}";

    @ParameterizedTest
    @EnumSource(KeyKind.class)
    void generatedKeysRoundTripThroughPublicJwk(KeyKind kind) {
        LaurelKey key = KeyPairs.generate(kind);
        LaurelKey back = KeyPairs.fromJwk(key.toPublicJwk());
        assertThat(back.kind()).isEqualTo(kind);
        assertThat(back.publicKey()).isEqualTo(key.publicKey());
        assertThat(back.canSign()).isFalse();
        assertThat(back).isEqualTo(key.publicOnly());
        assertThat(key.toPublicJwk()).doesNotContain("\"d\"").contains("\"kid\":\"" + key.thumbprint() + "\"");
    }

    @ParameterizedTest
    @EnumSource(KeyKind.class)
    void generatedKeysRoundTripThroughPrivateJwk(KeyKind kind) {
        LaurelKey key = KeyPairs.generate(kind);
        LaurelKey back = KeyPairs.fromJwk(key.toPrivateJwk());
        assertThat(back.publicKey()).isEqualTo(key.publicKey());
        assertThat(back.privateKey().orElseThrow().getEncoded()).isEqualTo(key.privateKey().orElseThrow().getEncoded());
    }

    @ParameterizedTest
    @EnumSource(KeyKind.class)
    void generatedKeysRoundTripThroughPem(KeyKind kind) {
        LaurelKey key = KeyPairs.generate(kind);
        assertThat(key.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(KeyPairs.fromPem(key.publicKeyPem())).isEqualTo(key.publicOnly());
        LaurelKey fromPrivate = KeyPairs.fromPem(key.privateKeyPem());
        assertThat(fromPrivate.publicKey()).as("public key derived from the private PEM").isEqualTo(key.publicKey());
        assertThat(fromPrivate.privateKey().orElseThrow().getEncoded())
                .isEqualTo(key.privateKey().orElseThrow().getEncoded());
    }

    @Test
    void rsaSizesAreTheGeneratedOnes() {
        LaurelKey key = KeyPairs.generateRsa(3072);
        assertThat(((java.security.interfaces.RSAPublicKey) key.publicKey()).getModulus().bitLength()).isEqualTo(3072);
        assertThatThrownBy(() -> KeyPairs.generateRsa(1024)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thumbprintMatchesRfc7638() {
        LaurelKey key = KeyPairs.fromJwk("{\"kty\":\"RSA\",\"n\":\"" + RFC7638_N + "\",\"e\":\"AQAB\",\"alg\":\"RS256\","
                + "\"kid\":\"2011-04-29\"}");
        assertThat(key.thumbprint()).isEqualTo("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
    }

    @Test
    void ed25519JwkMatchesRfc8037() {
        LaurelKey key = KeyPairs.fromJwk(RFC8037_PRIVATE_JWK);
        assertThat(key.kind()).isEqualTo(KeyKind.ED25519);
        assertThat(key.canSign()).isTrue();
        assertThat(key.thumbprint()).isEqualTo("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
        assertThat(key.toPublicJwk()).contains("\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"");
        assertThat(key.toPrivateJwk()).contains("\"d\":\"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A\"");
    }

    @Test
    void pkcs1RsaPublicKeyPemIsRead() throws Exception {
        LaurelKey key = KeyPairs.generateRsa(2048);
        byte[] pkcs1 = SubjectPublicKeyInfo.getInstance(key.publicKey().getEncoded()).parsePublicKey().getEncoded();
        String pem = "-----BEGIN RSA PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs1)
                + "\n-----END RSA PUBLIC KEY-----";
        assertThat(KeyPairs.fromPem(pem).publicKey()).isEqualTo(key.publicKey());
    }

    @Test
    void toStringNeverShowsThePrivateKey() {
        LaurelKey key = KeyPairs.generate(KeyKind.RSA);
        String d = ((java.security.interfaces.RSAPrivateKey) key.privateKey().orElseThrow()).getPrivateExponent().toString();
        assertThat(key.toString()).contains("RSA", "private").doesNotContain(d.substring(0, 20));
    }

    @Test
    void privateExportOfAPublicKeyIsACallerMistake() {
        LaurelKey key = KeyPairs.generate(KeyKind.ED25519).publicOnly();
        assertThatThrownBy(key::toPrivateJwk).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(key::privateKeyPem).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void mismatchedKindsAreRejected() {
        LaurelKey rsa = KeyPairs.generate(KeyKind.RSA);
        LaurelKey ed = KeyPairs.generate(KeyKind.ED25519);
        assertThatThrownBy(() -> LaurelKey.of(new java.security.KeyPair(rsa.publicKey(), ed.privateKey().orElseThrow())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LaurelKey.of(new java.security.KeyPair(ed.publicKey(), rsa.privateKey().orElseThrow())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedJwkIsInvalid() {
        assertThat(code(() -> KeyPairs.fromJwk("{\"kty\":"))).isEqualTo(KeyCode.INVALID_KEY);
        assertThat(code(() -> KeyPairs.fromJwk("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"AAAA\"}")))
                .isEqualTo(KeyCode.INVALID_KEY);
    }

    @Test
    void smallRsaKeyIsUnsupported() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        java.security.PublicKey small = g.generateKeyPair().getPublic();
        assertThat(code(() -> KeyPairs.fromPublicKey(small))).isEqualTo(KeyCode.UNSUPPORTED_KEY);
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(small.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        assertThat(code(() -> KeyPairs.fromPem(pem))).isEqualTo(KeyCode.UNSUPPORTED_KEY);
    }

    @Test
    void otherCurvesAreUnsupported() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp521r1"));
        java.security.PublicKey p521 = g.generateKeyPair().getPublic();
        assertThat(code(() -> KeyPairs.fromPublicKey(p521))).isEqualTo(KeyCode.UNSUPPORTED_KEY);
        assertThat(code(() -> KeyPairs.fromJwk("{\"kty\":\"OKP\",\"crv\":\"X25519\","
                + "\"x\":\"hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo\"}"))).isEqualTo(KeyCode.UNSUPPORTED_KEY);
        assertThat(code(() -> KeyPairs.fromJwk("{\"kty\":\"oct\",\"k\":\"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow\"}")))
                .isEqualTo(KeyCode.UNSUPPORTED_KEY);
    }

    @Test
    void ecPointOffTheCurveIsRejected() {
        LaurelKey key = KeyPairs.generateP256();
        String jwk = key.toPublicJwk();
        // Replace y with a value that is not the curve's y for this x.
        String tampered = jwk.replaceAll("\"y\":\"[^\"]+\"", "\"y\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE\"");
        assertThat(code(() -> KeyPairs.fromJwk(tampered))).isEqualTo(KeyCode.INVALID_KEY);
    }

    @Test
    void privateJwkWhosePublicPartBelongsToAnotherKeyIsRejected() {
        LaurelKey a = KeyPairs.generateEd25519();
        LaurelKey b = KeyPairs.generateEd25519();
        String mixed = a.toPrivateJwk().replaceAll("\"x\":\"[^\"]+\"",
                "\"x\":\"" + b.toPublicJwk().replaceAll(".*\"x\":\"([^\"]+)\".*", "$1") + "\"");
        assertThat(code(() -> KeyPairs.fromJwk(mixed))).isEqualTo(KeyCode.INVALID_KEY);
    }

    @Test
    void theAbbreviatedPemOfTheOb2ExampleIsInvalid() {
        String pem = "-----BEGIN PUBLIC KEY-----\nMIIBG0BA...OClDQAB\n-----END PUBLIC KEY-----\n";
        assertThat(code(() -> KeyPairs.fromPem(pem))).isEqualTo(KeyCode.INVALID_KEY);
    }

    @Test
    void garbageDerInAPemIsInvalid() {
        String pem = "-----BEGIN PUBLIC KEY-----\nAAECAwQFBgcICQ==\n-----END PUBLIC KEY-----\n";
        assertThat(code(() -> KeyPairs.fromPem(pem))).isEqualTo(KeyCode.INVALID_KEY);
        assertThat(code(() -> KeyPairs.fromPem("not pem at all"))).isEqualTo(KeyCode.INVALID_KEY);
    }

    @Test
    void certificatePemIsUnsupported() {
        String pem = "-----BEGIN CERTIFICATE-----\nAAECAwQFBgcICQ==\n-----END CERTIFICATE-----\n";
        assertThat(code(() -> KeyPairs.fromPem(pem))).isEqualTo(KeyCode.UNSUPPORTED_KEY);
    }

    private static KeyCode code(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        KeyException e = catchThrowableOfType(KeyException.class, call);
        assertThat(e).as("expected a KeyException").isNotNull();
        return e.keyCode();
    }
}
