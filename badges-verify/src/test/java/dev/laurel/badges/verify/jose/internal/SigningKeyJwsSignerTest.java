package dev.laurel.badges.verify.jose.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.util.Base64URL;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import org.junit.jupiter.api.Test;

/**
 * The nimbus signer over a SigningKey, and the Ed25519 verifier: RFC 8037 appendix A.4 and A.5 (Ed25519
 * signing is deterministic, so the JWS must match to the byte).
 */
class SigningKeyJwsSignerTest {

    private static final String D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
    private static final String X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
    private static final String JWS = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"
            + ".hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

    @Test
    void signsTheRfc8037Example() throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.EdDSA), new Payload("Example of Ed25519 signing"));
        LaurelKey key = KeyPairs.fromEd25519Seed(Base64URL.from(D).decode());
        assertThat(key.ed25519PublicBytes()).isEqualTo(Base64URL.from(X).decode());
        jws.sign(new SigningKeyJwsSigner(key));
        assertThat(jws.serialize()).isEqualTo(JWS);
    }

    @Test
    void signsOnlyWithTheKeysAlgorithm() {
        SigningKeyJwsSigner signer = new SigningKeyJwsSigner(KeyPairs.generateP256());
        assertThat(signer.supportedJWSAlgorithms()).containsExactly(JWSAlgorithm.ES256);
        assertThatThrownBy(() -> signer.sign(new JWSHeader(JWSAlgorithm.ES384), new byte[] {1}))
                .isInstanceOf(JOSEException.class).hasMessageContaining("ES256");
        assertThatThrownBy(() -> new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload("x")).sign(signer))
                .isInstanceOf(JOSEException.class);
    }

    @Test
    void verifiesTheRfc8037ExampleAndRejectsAChange() throws Exception {
        Ed25519JwsVerifier verifier = new Ed25519JwsVerifier(Base64URL.from(X).decode());
        assertThat(JWSObject.parse(JWS).verify(verifier)).isTrue();
        String changed = JWS.replace("RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc", "RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmd");
        assertThat(JWSObject.parse(changed).verify(verifier)).isFalse();
    }

    @Test
    void refusesOtherAlgorithms() throws Exception {
        Ed25519JwsVerifier verifier = new Ed25519JwsVerifier(Base64URL.from(X).decode());
        String[] p = JWS.split("\\.");
        String otherAlg = Base64URL.encode("{\"alg\":\"ES256\"}") + "." + p[1] + "." + p[2];
        assertThat(JWSObject.parse(otherAlg).verify(verifier)).isFalse();
    }
}
