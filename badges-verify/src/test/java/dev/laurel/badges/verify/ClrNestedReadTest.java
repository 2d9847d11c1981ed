package dev.laurel.badges.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.report.NestedReport;
import dev.laurel.badges.verify.report.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A CLR's nested credential objects are verified from a copy of the CLR's tree, not written out and read again:
 * each nested report must be the report of that credential verified on its own, and the CLR's tree must come out
 * of verification as it went in.
 */
class ClrNestedReadTest {

    private static final Verifier VERIFIER = Verifier.builder().fetcher(DocumentFetcher.refusing())
            .clock(Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC)).build();

    @Test
    void eachNestedReportIsTheReportOfThatCredentialOnItsOwn() throws IOException {
        for (String name : new String[] {"laurel-clr.json", "laurel-clr-tampered.json", "db-clr.json"}) {
            byte[] bytes = vector(name);
            BadgeDocument clr = BadgeJson.standard().read(bytes);
            JsonNode before = clr.json().deepCopy();

            VerificationReport report = VERIFIER.verify(clr, Optional.empty());

            assertThat(clr.json()).as("the CLR's tree is left as it was").isEqualTo(before);
            assertThat(report.nested()).isNotEmpty();
            for (NestedReport n : report.nested()) {
                JsonNode alone = clr.json().at(n.pointer());
                VerificationReport own = VERIFIER.verify(alone.toString().getBytes(StandardCharsets.UTF_8));
                assertThat(n.report().checks()).as(name + " " + n.pointer()).isEqualTo(own.checks());
                assertThat(n.report().verified()).isEqualTo(own.verified());
            }
        }
    }

    private static byte[] vector(String name) throws IOException {
        try (InputStream in = ClrNestedReadTest.class.getResourceAsStream("/vectors/interop-clr/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
