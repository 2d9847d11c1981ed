package dev.laurel.badges.verify.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.taxonomy.policy.IssuerTrust;
import dev.laurel.badges.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The verify line as a library: the fields, their order, and the lines of unreadable and broken inputs. */
class ReportJsonTest {

    @Test
    void containersAreRecognisedByContent() {
        assertThat(ReportJson.container("  {\"a\": 1}".getBytes(StandardCharsets.UTF_8))).isEqualTo("json");
        assertThat(ReportJson.container("[1]".getBytes(StandardCharsets.UTF_8))).isEqualTo("json");
        assertThat(ReportJson.container("eyJhbGciOiJFZERTQSJ9.e30.c2ln".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("jws");
        assertThat(ReportJson.container(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}))
                .isEqualTo("png");
    }

    @Test
    void aCredentialsLineHasTheCliFieldsInOrder() {
        byte[] input = "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8);
        VerificationReport report = Verifier.offline().verify(input, Optional.empty());
        ObjectNode line = ReportJson.line("x.json", ReportJson.container(input), report, "strict", Optional.empty());
        assertThat(List.copyOf(iterable(line))).containsExactly("file", "kind", "version", "container", "verified",
                "keyBinding", "proofFormat", "issuer", "checks");
        assertThat(line.get("verified").booleanValue()).isFalse();
        assertThat(ReportJson.passed(line)).isFalse();
        assertThat(line.get("checks").get(0).fieldNames().next()).isEqualTo("id");
    }

    @Test
    void aTrustListAddsTrustedAndAnUnknownIssuerIsNotTrusted() {
        byte[] input = "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8);
        VerificationReport report = Verifier.offline().verify(input, Optional.empty());
        ObjectNode line = ReportJson.line("x.json", "json", report, "lenient",
                Optional.of(IssuerTrust.list(Set.of("did:example:trusted"))));
        assertThat(line.get("trusted").booleanValue()).isFalse();
        assertThat(line.get("keyBinding").textValue()).isEqualTo("lenient");
    }

    @Test
    void unreadableAndInternalErrorLinesKeepTheContract() {
        ObjectNode unreadable = ReportJson.unreadable("gone.json", "no such file", "strict");
        assertThat(unreadable.toString()).isEqualTo("{\"file\":\"gone.json\",\"kind\":\"NotABadge\",\"version\":null,"
                + "\"container\":\"file\",\"verified\":false,\"keyBinding\":\"strict\",\"checks\":[{\"id\":"
                + "\"input.readable\",\"outcome\":\"failed\",\"message\":\"no such file\",\"path\":\"\"}]}");
        ObjectNode broken = ReportJson.internalError("x.json", "internal error: boom");
        assertThat(broken.toString()).isEqualTo("{\"file\":\"x.json\",\"kind\":\"Error\",\"version\":null,"
                + "\"verified\":false,\"proofFormat\":\"NONE\",\"issuer\":null,\"checks\":[{\"id\":\"verifier.error\","
                + "\"outcome\":\"failed\",\"message\":\"internal error: boom\",\"path\":\"\"}],"
                + "\"error\":\"internal error: boom\"}");
        assertThat(ReportJson.passed(unreadable)).isFalse();
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
