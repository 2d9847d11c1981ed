package dev.laurel.badges.verify.dataintegrity;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contexts a caller registers sign and verify like bundled ones, are checked when registered, never fetched. */
class ContextSetTest {

    static final URI VENDOR = URI.create("https://vendor.example/contexts/badge-extension/v1");
    static final String VENDOR_CONTEXT = "{\"@context\":{\"@version\":1.1,\"@protected\":true,"
            + "\"vx\":\"https://vendor.example/vocab#\",\"vendorLevel\":\"vx:level\","
            + "\"VendorExtension\":{\"@id\":\"vx:VendorExtension\"}}}";
    private static final LaurelKey KEY = KeyPairs.fromEd25519Seed(new byte[32]);

    static ObjectNode vendorCredential() {
        ObjectNode doc = json("ob3-examples/ob_v3p0_examples_basicOpenBadgeCredential-00.json");
        ((ObjectNode) doc.get("issuer")).put("id", KEY.didKey());
        ((ArrayNode) doc.get("@context")).add(VENDOR.toString());
        ((ObjectNode) doc.get("credentialSubject")).put("vendorLevel", "gold");
        return doc;
    }

    private static ProofOptions options() {
        return ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, KEY.didKeyVerificationMethod(),
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void aVendorContextSignsAndVerifiesWhenRegisteredAndFailsWithout() {
        ContextSet contexts = ContextSet.empty().with(VENDOR, VENDOR_CONTEXT);
        ObjectNode signed = DataIntegritySigner.of(KEY).withContexts(contexts).sign(vendorCredential(), options());

        TestFiles.CountingRefuser fetcher = new TestFiles.CountingRefuser();
        DataIntegrityReport with = DataIntegrityVerifier.builder().fetcher(fetcher).contexts(contexts).build()
                .verify(signed);
        assertThat(with.verified()).as(with.toString()).isTrue();

        DataIntegrityReport without = DataIntegrityVerifier.builder().fetcher(fetcher).build().verify(signed);
        assertThat(without.verified()).isFalse();
        Check context = without.proofs().get(0).checks().stream()
                .filter(c -> c.step() == ProofCheck.CONTEXT).findFirst().orElseThrow();
        assertThat(context.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(context.message()).contains(VENDOR.toString());
        assertThat(fetcher.calls).hasValue(0);

        assertThatThrownBy(() -> DataIntegritySigner.of(KEY).sign(vendorCredential(), options()))
                .isInstanceOf(DataIntegrityException.class).hasMessageContaining(VENDOR.toString());
    }

    @Test
    void theVendorTermIsSigned() {
        ContextSet contexts = ContextSet.empty().with(VENDOR, VENDOR_CONTEXT);
        ObjectNode signed = DataIntegritySigner.of(KEY).withContexts(contexts).sign(vendorCredential(), options());
        ((ObjectNode) signed.get("credentialSubject")).put("vendorLevel", "platinum");
        DataIntegrityReport report = DataIntegrityVerifier.builder().contexts(contexts).build().verify(signed);
        assertThat(report.proofs().get(0).outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void twoVerifiersRegisteringOneUrlDifferentlyDoNotShareProcessedContexts() {
        ContextSet a = ContextSet.empty().with(VENDOR, VENDOR_CONTEXT);
        ContextSet b = ContextSet.empty().with(VENDOR, VENDOR_CONTEXT.replace("vocab#", "other#"));
        ObjectNode signed = DataIntegritySigner.of(KEY).withContexts(a).sign(vendorCredential(), options());
        assertThat(DataIntegrityVerifier.builder().contexts(a).build().verify(signed).verified()).isTrue();
        assertThat(DataIntegrityVerifier.builder().contexts(b).build().verify(signed).proofs().get(0)
                .outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aTermTheRegisteredContextDoesNotDefineStillFails() {
        ContextSet contexts = ContextSet.empty().with(VENDOR, VENDOR_CONTEXT);
        ObjectNode doc = vendorCredential();
        ((ObjectNode) doc.get("credentialSubject")).put("vendorColour", "red");
        assertThatThrownBy(() -> DataIntegritySigner.of(KEY).withContexts(contexts).sign(doc, options()))
                .isInstanceOf(DataIntegrityException.class)
                .extracting(e -> ((DataIntegrityException) e).dataIntegrityCode())
                .isEqualTo(DataIntegrityCode.UNSAFE_DOCUMENT);
    }

    @Test
    void aBundledUrlIsNeverReplaced() {
        for (String url : DataIntegrityVerifier.bundledContexts()) {
            if (url.startsWith("http")) {
                assertThatThrownBy(() -> ContextSet.empty().with(URI.create(url), VENDOR_CONTEXT))
                        .isInstanceOf(ContextException.class)
                        .extracting(e -> ((ContextException) e).contextCode()).isEqualTo(ContextCode.BUNDLED_URL);
            }
        }
    }

    @Test
    void refusedDocumentsHaveTypedErrors() {
        assertCode(VENDOR, "[1,2]", ContextCode.NOT_A_CONTEXT);
        assertCode(VENDOR, "not json", ContextCode.NOT_A_CONTEXT);
        assertCode(VENDOR, "{\"a\":1}", ContextCode.NOT_A_CONTEXT);
        assertCode(VENDOR, "{\"@context\":\"https://x.example/\"}", ContextCode.NOT_A_CONTEXT);
        assertCode(VENDOR, "{\"@context\":{\"a\":\"x:a\"},\"@context\":{}}", ContextCode.NOT_A_CONTEXT);
        assertCode(VENDOR, "{\"@context\":{\"pad\":\"" + "x".repeat(ContextSet.MAX_DOCUMENT_BYTES) + "\"}}",
                ContextCode.TOO_LARGE);
        assertCode(VENDOR, "{\"@context\":{\"hidden\":\"@nest\"}}", ContextCode.UNSAFE_TERM);
        assertCode(VENDOR, "{\"@context\":{\"hidden\":{\"@id\":\"@graph\"}}}", ContextCode.UNSAFE_TERM);
        assertCode(VENDOR, "{\"@context\":{\"T\":{\"@id\":\"x:T\",\"@context\":{\"h\":\"@included\"}}}}",
                ContextCode.UNSAFE_TERM);
        assertCode(VENDOR, "{\"@context\":{\"parent\":{\"@reverse\":\"x:child\"}}}", ContextCode.UNSAFE_TERM);
        assertCode(URI.create("urn:vendor:ctx"), VENDOR_CONTEXT, ContextCode.INVALID_URL);
        assertCode(URI.create("https://vendor.example/ctx#v1"), VENDOR_CONTEXT, ContextCode.INVALID_URL);
        assertCode(URI.create("file:///etc/ctx.json"), VENDOR_CONTEXT, ContextCode.INVALID_URL);
        assertCode(URI.create("contexts/v1"), VENDOR_CONTEXT, ContextCode.INVALID_URL);
        // Aliases of @id and @type, as the bundled contexts have, are fine.
        assertThat(ContextSet.empty().with(VENDOR, "{\"@context\":{\"ident\":\"@id\",\"kind\":{\"@id\":\"@type\"}}}")
                .urls()).containsExactly(VENDOR.toString());
    }

    @Test
    void aSetHoldsAtMostTheLimit() {
        ContextSet set = ContextSet.empty();
        for (int i = 0; i < ContextSet.MAX_CONTEXTS; i++) {
            set = set.with(URI.create("https://vendor.example/ctx/" + i), VENDOR_CONTEXT);
        }
        ContextSet full = set;
        assertThat(full.urls()).hasSize(ContextSet.MAX_CONTEXTS);
        assertThat(full.with(URI.create("https://vendor.example/ctx/0"), VENDOR_CONTEXT).urls())
                .hasSize(ContextSet.MAX_CONTEXTS);
        assertCode(full, URI.create("https://vendor.example/ctx/more"), ContextCode.TOO_LARGE);
    }

    @Test
    void setsAreImmutableValues() {
        ContextSet empty = ContextSet.empty();
        ContextSet one = empty.with(VENDOR, VENDOR_CONTEXT);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(one).isEqualTo(ContextSet.of(Map.of(VENDOR, VENDOR_CONTEXT))).hasSameHashCodeAs(
                ContextSet.of(Map.of(VENDOR, VENDOR_CONTEXT)));
        assertThat(one.document(VENDOR.toString())).isPresent();
        assertThatThrownBy(() -> one.documents().put("https://x.example/", "{}"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(DataIntegrityVerifier.builder().context(VENDOR, VENDOR_CONTEXT).build().contexts()).isEqualTo(one);
    }

    private static void assertCode(URI url, String json, ContextCode code) {
        assertCode(ContextSet.empty(), url, json, code);
    }

    private static void assertCode(ContextSet set, URI url, ContextCode code) {
        assertCode(set, url, VENDOR_CONTEXT, code);
    }

    private static void assertCode(ContextSet set, URI url, String json, ContextCode code) {
        assertThatThrownBy(() -> set.with(url, json)).as(json.length() > 200 ? "large" : json)
                .isInstanceOf(ContextException.class)
                .extracting(e -> ((ContextException) e).contextCode()).isEqualTo(code);
    }
}
