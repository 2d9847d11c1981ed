package dev.laurel.badges.verify.dataintegrity.internal;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static dev.laurel.badges.verify.dataintegrity.TestFiles.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nested {@code @context}s that are no-ops where they stand are left out of expansion ({@link EmbeddedContexts});
 * the canonical form must be byte for byte what processing every one of them gives.
 */
class EmbeddedContextsTest {

    private static final String VC2 = "https://www.w3.org/ns/credentials/v2";
    private static final String OB3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    private static final String EXAMPLES = "https://www.w3.org/ns/credentials/examples/v2";

    private static Canonicalizer eliding() {
        return new Canonicalizer(Duration.ofSeconds(10), 10_000_000, 64, Canonicalizer.DEFAULT_MAX_VALUES, Map.of(), true);
    }

    private static Canonicalizer processingAll() {
        return new Canonicalizer(Duration.ofSeconds(10), 10_000_000, 64, Canonicalizer.DEFAULT_MAX_VALUES, Map.of(), false);
    }

    /** The canonical form, or the failure's reason and message: both must be the same either way. */
    private static String outcome(Canonicalizer canon, JsonNode document) {
        try {
            return canon.canonicalize(document);
        } catch (CanonicalizationException e) {
            return "failed: " + e.reason() + ": " + e.getMessage();
        }
    }

    private static ObjectNode clr() {
        return json("interop-clr/laurel-clr.json");
    }

    @Test
    void theCredentialsOfAClrAreFoundAndCanonicaliseAsWhenEveryContextIsProcessed() throws Exception {
        for (String file : List.of("interop-clr/laurel-clr.json", "interop-clr/db-clr.json",
                "interop-clr/laurel-clr-tampered.json", "interop-clr/unsigned-clr.json")) {
            ObjectNode clr = json(file);
            String all = outcome(processingAll(), clr);
            assertThat(outcome(eliding(), clr)).as(file).isEqualTo(all);
            assertThat(all).as(file).doesNotStartWith("failed");
        }
        ObjectNode clr = clr();
        assertThat(EmbeddedContexts.redundant(clr, activeContextOf(clr))).as("the nested credentials")
                .hasSize(clr.get("credentialSubject").get("verifiableCredential").size());
    }

    @Test
    void everyTestDocumentCanonicalisesTheSameWithAndWithoutTheShortcut() throws IOException {
        Path root = Paths.get("src/test/resources/vectors");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ObjectMapper mapper = new ObjectMapper();
        int documents = 0;
        Canonicalizer eliding = eliding();
        Canonicalizer all = processingAll();
        for (Path file : files) {
            JsonNode node = mapper.readTree(file.toFile());
            if (!node.isObject() || !node.has("@context")) {
                continue;
            }
            documents++;
            assertThat(outcome(eliding, node)).as(file.toString()).isEqualTo(outcome(all, node));
        }
        assertThat(documents).isGreaterThan(40);
    }

    @Test
    void clrsWithOtherTopLevelAndNestedContextsCanonicaliseTheSameEitherWay() {
        String clrContext = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";
        String ob302 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json";
        List<List<String>> tops = List.of(List.of(VC2, clrContext, OB3), List.of(VC2, OB3, clrContext),
                List.of(VC2, clrContext), List.of(VC2, clrContext, OB3, EXAMPLES));
        List<List<String>> inner = List.of(List.of(VC2, OB3), List.of(VC2), List.of(OB3, VC2), List.of(VC2, OB3, EXAMPLES),
                List.of(VC2, ob302), List.of(VC2, clrContext, OB3), List.of(OB3));
        Canonicalizer eliding = eliding();
        Canonicalizer all = processingAll();
        int elided = 0;
        for (List<String> top : tops) {
            for (List<String> nested : inner) {
                ObjectNode clr = clr();
                clr.remove("proof");
                ArrayNode topContext = clr.putArray("@context");
                top.forEach(topContext::add);
                for (JsonNode credential : clr.get("credentialSubject").get("verifiableCredential")) {
                    ArrayNode ctx = ((ObjectNode) credential).putArray("@context");
                    nested.forEach(ctx::add);
                }
                String expected = outcome(all, clr);
                assertThat(outcome(eliding, clr)).as(top + " / " + nested).isEqualTo(expected);
                try {
                    elided += EmbeddedContexts.redundant(clr, activeContextOf(clr)).size();
                } catch (Exception e) {
                    // a context combination JSON-LD refuses: compared above as a failure
                }
            }
        }
        assertThat(elided).as("some combinations are left out, so the comparison covers both ways").isPositive();
    }

    @Test
    void aNestedContextThatAddsTermsIsProcessed() throws Exception {
        // The examples context defines terms VC 2.0 does not: processing it changes the active context.
        ObjectNode doc = parse("{\"@context\": [\"" + VC2 + "\"], \"type\": [\"VerifiableCredential\"],"
                + " \"issuer\": \"did:example:1\", \"credentialSubject\": {\"@context\": [\"" + VC2 + "\", \""
                + EXAMPLES + "\"], \"id\": \"did:example:2\", \"type\": [\"ExamplePersonCredential\"],"
                + " \"name\": \"x\"}}");
        assertThat(EmbeddedContexts.redundant(doc, activeContextOf(doc))).isEmpty();
        assertThat(outcome(eliding(), doc)).isEqualTo(outcome(processingAll(), doc)).doesNotStartWith("failed");
    }

    @Test
    void aNestedContextEqualToTheTopLevelOneUnderAPlainPropertyIsLeftOut() throws Exception {
        ObjectNode doc = parse("{\"@context\": [\"" + VC2 + "\", \"" + EXAMPLES + "\"], \"type\": [\"VerifiableCredential\"],"
                + " \"issuer\": \"did:example:1\", \"credentialSubject\": {\"@context\": [\"" + VC2 + "\", \""
                + EXAMPLES + "\"], \"id\": \"did:example:2\", \"name\": \"x\"}}");
        assertThat(EmbeddedContexts.redundant(doc, activeContextOf(doc))).hasSize(1);
        assertThat(outcome(eliding(), doc)).isEqualTo(outcome(processingAll(), doc)).doesNotStartWith("failed");
    }

    @Test
    void anObjectWithOnlyAContextAndAnIdKeepsItsContext() throws Exception {
        // Without the @context it would be a lone @id, which expansion treats differently under a
        // non-propagated type-scoped context: such an object is never changed.
        ObjectNode doc = parse("{\"@context\": [\"" + VC2 + "\", \"" + OB3 + "\"], \"type\": [\"VerifiableCredential\","
                + " \"OpenBadgeCredential\"], \"issuer\": {\"@context\": [\"" + VC2 + "\", \"" + OB3 + "\"],"
                + " \"id\": \"did:example:1\"}, \"credentialSubject\": {\"id\": \"did:example:2\"}}");
        assertThat(EmbeddedContexts.redundant(doc, activeContextOf(doc))).isEmpty();
        assertThat(outcome(eliding(), doc)).isEqualTo(outcome(processingAll(), doc));
    }

    @Test
    void concurrentCanonicalisationsOfClrsGiveTheSameCanonicalForms() throws Exception {
        ObjectNode clr = clr();
        ObjectNode bigger = clr.deepCopy();
        ArrayNode nested = (ArrayNode) bigger.get("credentialSubject").get("verifiableCredential");
        for (JsonNode credential : clr.get("credentialSubject").get("verifiableCredential")) {
            ObjectNode copy = credential.deepCopy();
            copy.put("id", copy.path("id").asText() + "-copy");
            nested.add(copy);
        }
        List<ObjectNode> docs = List.of(clr, bigger, json("w3c-vc-di-eddsa/unsigned.json"));
        List<String> expected = new ArrayList<>();
        for (ObjectNode doc : docs) {
            expected.add(outcome(processingAll(), doc));
        }
        Canonicalizer shared = new Canonicalizer(Duration.ofSeconds(30), 10_000_000, 64);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    List<String> got = new ArrayList<>();
                    for (int i = 0; i < 6; i++) {
                        int which = (i + offset) % docs.size();
                        got.add(which + " " + outcome(shared, docs.get(which)));
                    }
                    return got;
                }));
            }
            for (int t = 0; t < runs.size(); t++) {
                List<String> got = runs.get(t).get();
                for (int i = 0; i < got.size(); i++) {
                    int which = (i + t) % docs.size();
                    assertThat(got.get(i)).isEqualTo(which + " " + expected.get(which));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static com.apicatalog.jsonld.context.ActiveContext activeContextOf(ObjectNode doc) throws Exception {
        com.apicatalog.jsonld.JsonLdOptions options = new com.apicatalog.jsonld.JsonLdOptions(BundledContexts.instance());
        options.setUndefinedTermsPolicy(com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy.Fail);
        return new com.apicatalog.jsonld.context.ActiveContext(null, null,
                com.apicatalog.jsonld.processor.ProcessingRuntime.of(options)).newContext()
                .create(JsonP.convert(doc.get("@context"), null, 64), null);
    }
}
