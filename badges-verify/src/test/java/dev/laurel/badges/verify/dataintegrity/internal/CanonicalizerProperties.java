package dev.laurel.badges.verify.dataintegrity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** The proof-configuration shortcut must give exactly what full JSON-LD processing gives. */
class CanonicalizerProperties {

    private static final Canonicalizer CANON = new Canonicalizer(Duration.ofSeconds(5), 1_000_000, 64);

    @Provide
    Arbitrary<List<String>> contexts() {
        return Arbitraries.of(
                List.of("https://www.w3.org/ns/credentials/v2"),
                List.of("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                List.of("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"),
                List.of("https://www.w3.org/2018/credentials/v1", "https://w3id.org/security/data-integrity/v2"),
                List.of("https://www.w3.org/2018/credentials/v1", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
                        "https://w3id.org/security/data-integrity/v1"),
                List.of("https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"));
    }

    @Provide
    Arbitrary<String> methods() {
        Arbitrary<String> segment = Arbitraries.strings().withChars("abcXYZ019-._~!$&'()*+,;=@:%2Fé ").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> https = Combinators.combine(segment, segment).as((a, b) -> "https://issuer.example/" + a + "#" + b);
        Arbitrary<String> didKey = Arbitraries.strings().withChars("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
                .ofLength(46).map(k -> "did:key:z6Mk" + k + "#z6Mk" + k);
        Arbitrary<String> other = Combinators.combine(Arbitraries.of("did:web:", "urn:uuid:", "http://", "did:example:", "ex:", "id:"),
                segment).as((p, s) -> p + s);
        return Arbitraries.oneOf(https, didKey, other);
    }

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.of("2010-01-01T19:23:24Z", "2023-02-24T23:36:38.123Z", "2024-06-01T10:00:00+02:00",
                "2024-06-01T10:00:00", "not a date", "2024-13-45T99:99:99Z");
    }

    @Property(tries = 200)
    @StatisticsReport(onFailureOnly = true)
    void shortcutMatchesFullProcessing(@ForAll("contexts") List<String> context, @ForAll("methods") String method,
            @ForAll("dates") String created, @ForAll boolean withCreated,
            @ForAll("suites") String cryptosuite) throws Exception {
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        ArrayNode ctx = config.putArray("@context");
        context.forEach(ctx::add);
        config.put("type", "DataIntegrityProof").put("cryptosuite", cryptosuite);
        if (withCreated) {
            config.put("created", created);
        }
        config.put("verificationMethod", method).put("proofPurpose", "assertionMethod");
        String full;
        try {
            full = CANON.canonicalize(config);
        } catch (CanonicalizationException e) {
            full = "refused: " + e.reason();
        }
        String quick;
        try {
            quick = CANON.canonicalizeProofConfiguration(config);
        } catch (CanonicalizationException e) {
            quick = "refused: " + e.reason();
        }
        assertThat(quick).isEqualTo(full);
        Statistics.label("outcome").collect(full.startsWith("refused") ? full : "canonical");
        // Both paths must be exercised, or the property proves nothing.
        Statistics.label("outcome").coverage(c -> {
            c.check("canonical").percentage(p -> p > 25);
            c.check("refused: UNSAFE").count(n -> n > 0);
        });
    }

    @Provide
    Arbitrary<String> suites() {
        return Arbitraries.of("eddsa-rdfc-2022", "eddsa-2022", "ecdsa-rdfc-2019", "x\"y", "Eddsa");
    }
}
