package dev.laurel.badges.verify.jose;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.Base64URL;
import dev.laurel.badges.verify.keys.KeyResolver;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Untrusted tokens never make verification throw, and never verify by accident. */
class JwsVerificationProperties {

    private static final LaurelKey KEY = KeyPairs.generateEd25519();
    private static final String JWT = VcJwtSigner.of(KEY).sign(Fixtures.basicCredential());

    @Property(tries = 300)
    void arbitraryTextNeverThrowsAndNeverVerifies(@ForAll String text) {
        assertThat(VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding().verify(text).verified()).isFalse();
        assertThat(SignedBadgeVerifier.of(DocumentFetcher.refusing()).verify(text).verified()).isFalse();
    }

    @Property(tries = 300)
    void arbitraryJsonPartsNeverThrow(@ForAll("json") String header, @ForAll("json") String payload,
            @ForAll byte[] signature) {
        String token = b64(header) + "." + b64(payload) + "." + Base64URL.encode(signature);
        assertThat(VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding().verify(token).verified()).isFalse();
        assertThat(SignedBadgeVerifier.of(DocumentFetcher.refusing()).verify(token).verified()).isFalse();
    }

    @Property(tries = 200)
    void everySingleCharacterChangeBreaksVerification(@ForAll @IntRange(min = 0, max = 10_000) int position,
            @ForAll("base64urlChar") char replacement) {
        int i = position % JWT.length();
        if (JWT.charAt(i) == '.' || JWT.charAt(i) == replacement) {
            return;
        }
        String changed = JWT.substring(0, i) + replacement + JWT.substring(i + 1);
        // The last character of a segment may carry unused bits; only a change that alters the bytes counts.
        if (decodes(changed).equals(decodes(JWT))) {
            return;
        }
        assertThat(VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding().verify(changed).verified()).isFalse();
    }

    @Provide
    Arbitrary<String> json() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("{\"alg\":\"EdDSA\"}", "{\"alg\":\"none\"}", "{\"alg\":\"HS256\"}", "{\"alg\":\"RS256\",\"kid\":5}",
                        "{\"alg\":\"EdDSA\",\"jwk\":{\"kty\":\"OKP\"}}", "{\"alg\":\"ES256\",\"crit\":[]}", "[]", "null",
                        "{\"vc\":1}", "{\"type\":[\"VerifiableCredential\"],\"nbf\":\"x\"}", "{\"badge\":{\"issuer\":{}}}"));
    }

    @Provide
    Arbitrary<Character> base64urlChar() {
        return Arbitraries.chars().with("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray());
    }

    private static String b64(String s) {
        return Base64URL.encode(s.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String decodes(String token) {
        StringBuilder sb = new StringBuilder();
        for (String part : token.split("\\.", -1)) {
            try {
                sb.append(java.util.Arrays.toString(Base64URL.from(part).decode())).append('|');
            } catch (RuntimeException e) {
                sb.append("invalid|");
            }
        }
        return sb.toString();
    }
}
