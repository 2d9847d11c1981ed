package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.CLOCK;
import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.keys;
import static dev.laurel.badges.verify.VerifierFixtures.signJwt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.presentation.PresentationSigner;
import dev.laurel.badges.verify.presentation.PresentationVerifier;
import dev.laurel.badges.verify.report.ProofFormat;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A compact JWS given to the Verifier is read once for both questions (is it a presentation, which credential is
 * it); the answers stay those of reading it twice, including for escaped type names and odd white space.
 */
class VerifierJwsReadOnceTest {

    private static final LaurelKey ISSUER = keys(31);
    private static final LaurelKey HOLDER = keys(32);
    private static final Verifier VERIFIER = VerifierFixtures.verifier(DocumentFetcher.refusing());

    private static String vpJwt() {
        return PresentationSigner.of(HOLDER).clock(CLOCK).signJwt(List.of(signJwt(credential(ISSUER), ISSUER)));
    }

    private static String withPayload(String jwt, java.util.function.UnaryOperator<String> edit) {
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String edited = edit.apply(payload);
        assertThat(edited).isNotEqualTo(payload);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(edited.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    @Test
    void aVpJwtSpellingItsTypeWithAnEscapeIsStillAPresentation() {
        String escaped = withPayload(vpJwt(), p -> p.replace("\"VerifiablePresentation\"",
                "\"\\u0056erifiablePresentation\""));
        assertThat(PresentationVerifier.isPresentation(escaped.getBytes(StandardCharsets.US_ASCII))).isTrue();
        VerificationReport report = VERIFIER.verify(escaped);
        assertThat(report.isPresentation()).isTrue();
        assertThat(report.proofFormat()).isEqualTo(ProofFormat.VC_JWT);
        assertThat(report.verified()).isFalse(); // the payload changed under the signature
    }

    @Test
    void aCredentialJwtWithAsciiWhiteSpaceAroundItVerifiesAsWithout() {
        String jwt = signJwt(credential(ISSUER), ISSUER);
        VerificationReport plain = VERIFIER.verify(jwt);
        assertThat(plain.verified()).isTrue();
        for (String padded : List.of(" \t\r\n" + jwt + "\n", "\u000b" + jwt + "\u001f", jwt + "\r\n\r\n")) {
            VerificationReport report = VERIFIER.verify(padded.getBytes(StandardCharsets.UTF_8));
            assertThat(report.isPresentation()).isFalse();
            assertThat(report.checks()).isEqualTo(plain.checks());
            assertThat(report.verified()).isTrue();
        }
    }

    @Test
    void aCredentialJwtWithUnicodeWhiteSpaceAroundItIsReadAsBefore() {
        String jwt = signJwt(credential(ISSUER), ISSUER);
        VerificationReport plain = VERIFIER.verify(jwt);
        // BadgeJson strips Unicode white space; presentation detection only trims ASCII white space.
        for (String padded : List.of(jwt + "\u2003", "\u3000" + jwt, "\u2028" + jwt + "\u2029")) {
            VerificationReport report = VERIFIER.verify(padded.getBytes(StandardCharsets.UTF_8));
            assertThat(report.isPresentation()).isFalse();
            assertThat(report.checks()).isEqualTo(plain.checks());
        }
        // A byte order mark is not white space: the text after it is not read as a JWS (as before).
        VerificationReport bom = VERIFIER.verify(("\uFEFF" + jwt).getBytes(StandardCharsets.UTF_8));
        assertThat(bom.isPresentation()).isFalse();
        assertThat(bom.verified()).isFalse();
    }

    @Test
    void aVpJwtWithWhiteSpaceAroundIt() {
        String vp = vpJwt();
        assertThat(VERIFIER.verify(" \n" + vp + "\t\n").isPresentation()).isTrue();
        // Only ASCII white space is trimmed before presentation detection (as it always was): a VP-JWT ending in
        // a Unicode space is read as a credential JWT, and is not one.
        VerificationReport unicode = VERIFIER.verify((vp + "\u2003").getBytes(StandardCharsets.UTF_8));
        assertThat(unicode.isPresentation()).isFalse();
        assertThat(unicode.verified()).isFalse();
    }

    @Test
    void aVcClaimPresentationIsAPresentation() {
        String vp = vpJwt();
        String wrapped = withPayload(vp, p -> "{\"vp\":" + p + "}");
        assertThat(VERIFIER.verify(wrapped).isPresentation()).isTrue();
    }
}
