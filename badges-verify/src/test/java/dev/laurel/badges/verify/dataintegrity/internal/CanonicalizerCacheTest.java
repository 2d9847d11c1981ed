package dev.laurel.badges.verify.dataintegrity.internal;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static dev.laurel.badges.verify.dataintegrity.TestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.uri.UriUtils;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What the verification hot path remembers or reuses between documents (issue 19): the processed top-level
 * contexts, the answers of the absolute-IRI test for vocabulary IRIs, the per-thread digests, and the order
 * quads are handed to RDFC-1.0 in. None of it may change a canonical form.
 */
class CanonicalizerCacheTest {

    private static final String EDDSA = "w3c-vc-di-eddsa/";
    private static final String ECDSA = "w3c-vc-di-ecdsa/";

    /** Documents with different contexts and types, and the canonical forms their vectors publish. */
    private static Map<String, ObjectNode> documents() {
        Map<String, ObjectNode> docs = new LinkedHashMap<>();
        docs.put(EDDSA + "eddsa-rdfc-2022/canonDocDataInt.txt", json(EDDSA + "unsigned.json"));
        ObjectNode edSig = json(EDDSA + "unsigned.json");
        edSig.withArray("@context").add("https://w3id.org/security/suites/ed25519-2020/v1");
        docs.put(EDDSA + "Ed25519Signature2020/canonDocEdSig.txt", edSig);
        docs.put(ECDSA + "ecdsa-rdfc-2019-p256/canonDocECDSAP256.txt", json(ECDSA + "unsigned.json"));
        return docs;
    }

    @Test
    void documentsWithOtherContextsAndTypesStillCanonicaliseToTheirVectorsOnceTheCachesAreWarm() throws Exception {
        Canonicalizer canon = new Canonicalizer(Duration.ofSeconds(5), 1_000_000, 64);
        // Warm every cache with OB 3.0 credentials (other contexts, other type-scoped contexts) first.
        for (String file : List.of("ob_v3p0_examples_basicOpenBadgeCredential-00.json",
                "ob_v3p0_examples_fullOpenBadge-00.json", "ob_v3p0_examples_skillAssertionCase-00.json")) {
            ObjectNode ob3 = json("ob3-examples/" + file);
            ob3.remove("proof");
            canon.canonicalize(ob3);
        }
        Map<String, ObjectNode> docs = documents();
        for (int round = 0; round < 3; round++) {
            List<String> order = new ArrayList<>(docs.keySet());
            Collections.shuffle(order, new Random(round));
            for (String expected : order) {
                assertThat(canon.canonicalize(docs.get(expected))).as(expected + ", round " + round)
                        .isEqualTo(text(expected));
            }
        }
    }

    @Test
    void vocabularyIrisGiveTheFullTestsAnswerColdAndWarm() {
        List<String> samples = List.of("https://schema.org/name", "http://www.w3.org/2001/XMLSchema#dateTime",
                "urn:uuid:50e190b6-f918-3044-9081-df412256f781", "did:key:z6Mkt7XGws3Mphac3yhai6WiLSsf6mwFhPTKsuWsyg9UvJhJ",
                "name", "ab", "a:", "a:b", "_:b0", "http://exa mple.com/x", "https://example.com/ünïcode",
                "1http://example.com", "%41:b", "mailto:someone@example.com", "https://example.com/a#b#c",
                "https://[::1]/x", "https://[::1/x", "", "  https://example.com/padded ", "urn:x:\u0000");
        for (int pass = 0; pass < 2; pass++) {
            for (String iri : samples) {
                assertThat(VocabularyIris.isAbsolute(iri)).as("\"" + iri + "\", pass " + pass)
                        .isEqualTo(UriUtils.isAbsoluteUri(iri, UriValidationPolicy.Full));
            }
        }
    }

    @Test
    void vocabularyIriMemoryIsBoundedAndKeepsNoLongStrings() {
        String longIri = "https://example.com/" + "x".repeat(VocabularyIris.MAX_LENGTH);
        int before = VocabularyIris.size();
        assertThat(VocabularyIris.isAbsolute(longIri)).isTrue();
        assertThat(VocabularyIris.size()).isEqualTo(before);
        for (int i = 0; i < VocabularyIris.MAX_ENTRIES + 500; i++) {
            String iri = (i % 3 == 0 ? "not an iri " : "https://bounded.example/") + i;
            assertThat(VocabularyIris.isAbsolute(iri)).isEqualTo(i % 3 != 0);
        }
        assertThat(VocabularyIris.size()).isLessThanOrEqualTo(VocabularyIris.MAX_ENTRIES);
        // Past the bound the test still runs and still answers right.
        assertThat(VocabularyIris.isAbsolute("https://after.example/full")).isTrue();
        assertThat(VocabularyIris.isAbsolute("after full")).isFalse();
    }

    @Test
    void vocabularyIrisAnswerTheSameFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < 5_000; i++) {
                        int n = random.nextInt(200);
                        String iri = n % 4 == 0 ? "relative/" + n : n % 4 == 1 ? "https://threads.example/" + n
                                : n % 4 == 2 ? "urn:threads:" + n : "bad iri " + n;
                        if (VocabularyIris.isAbsolute(iri) != UriUtils.isAbsoluteUri(iri, UriValidationPolicy.Full)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theOrderQuadsReachRdfcInNeverChangesTheCanonicalForm() throws Exception {
        Canonicalizer canon = new Canonicalizer(Duration.ofSeconds(5), 1_000_000, 64);
        List<ObjectNode> docs = new ArrayList<>(documents().values());
        docs.add(blankNodeHeavyCredential());
        for (ObjectNode doc : docs) {
            String canonical = canon.canonicalize(doc);
            List<String> lines = new ArrayList<>();
            canon.toRdf(canon.expandChecked(doc), (s, p, o, dt, lang, dir, g) -> {
                lines.add(NQuadsWriter.nquad(s, p, o, dt, lang, dir, g));
                return null;
            });
            for (int seed = 0; seed < 10; seed++) {
                Collections.shuffle(lines, new Random(seed));
                assertThat(canon.canonicalizeNQuads(String.join("", lines)).nquads()).isEqualTo(canonical);
            }
        }
    }

    @Test
    void aCanonicalisationStoppedByItsBudgetLeavesNothingBehindForTheNextOnTheSameThread() throws Exception {
        Canonicalizer starved = new Canonicalizer(Duration.ofSeconds(5), 10, 64);
        Canonicalizer canon = new Canonicalizer(Duration.ofSeconds(5), 1_000_000, 64);
        ObjectNode blank = blankNodeHeavyCredential();
        String expected = canon.canonicalize(blank);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> starved.canonicalize(blank)).isInstanceOf(CanonicalizationException.class)
                    .extracting(e -> ((CanonicalizationException) e).reason())
                    .isEqualTo(CanonicalizationException.Reason.LIMIT);
            assertThat(canon.canonicalize(blank)).isEqualTo(expected);
            assertThat(canon.canonicalize(json(EDDSA + "unsigned.json"))).isEqualTo(text(EDDSA + "eddsa-rdfc-2022/canonDocDataInt.txt"));
            assertThat(ProofTransform.sha256("abc")).isEqualTo(java.util.HexFormat.of()
                    .parseHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        }
    }

    /**
     * An OB 3.0 credential with many nodes that have no id (blank nodes), in identical pairs, so that RDFC-1.0
     * needs its n-degree hashing to tell them apart.
     */
    private static ObjectNode blankNodeHeavyCredential() {
        ObjectNode doc = json("ob3-examples/ob_v3p0_examples_basicOpenBadgeCredential-00.json");
        doc.remove("proof");
        ObjectNode achievement = (ObjectNode) doc.get("credentialSubject").get("achievement");
        ArrayNode alignments = achievement.putArray("alignment");
        for (int i = 0; i < 6; i++) {
            alignments.addObject().put("type", "Alignment").put("targetName", "Target " + (i % 3))
                    .put("targetUrl", "https://example.com/targets/" + (i % 3));
        }
        return doc;
    }
}
