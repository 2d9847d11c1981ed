package dev.laurel.badges.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * CLR 2.0 documents are read and validated (badges-json) before their verification exists: until then the
 * verifier must never call one verified, and must say why (issue 16).
 */
class VerifierClrTest {

    private final Verifier verifier = VerifierFixtures.verifier(DocumentFetcher.refusing());

    @Test
    void aClrIsNotVerifiedUntilItsProofAndNestedCredentialsAreChecked() throws IOException {
        byte[] clr;
        try (InputStream in = getClass().getResourceAsStream("/vectors/clr-validator/simple.json")) {
            clr = in.readAllBytes();
        }

        VerificationReport report = verifier.verify(clr);

        assertThat(report.kind()).isEqualTo(DocumentKind.CLR_CREDENTIAL);
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).extracting(Check::message)
                .singleElement().asString().contains("not verified yet");
    }
}
