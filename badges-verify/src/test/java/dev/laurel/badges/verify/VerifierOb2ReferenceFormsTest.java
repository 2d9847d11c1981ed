package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.object;
import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static dev.laurel.badges.verify.VerifierFixtures.verifier;
import static dev.laurel.badges.verify.VerifierOb2Test.ASSERTION;
import static dev.laurel.badges.verify.VerifierOb2Test.BADGE;
import static dev.laurel.badges.verify.VerifierOb2Test.ISSUER;
import static dev.laurel.badges.verify.VerifierOb2Test.assertion;
import static dev.laurel.badges.verify.VerifierOb2Test.badgeClass;
import static dev.laurel.badges.verify.VerifierOb2Test.issuer;
import static dev.laurel.badges.verify.VerifierOb2Test.issuerWithPolicy;
import static dev.laurel.badges.verify.VerifierOb2Test.sameOrigin;
import static dev.laurel.badges.verify.VerifierOb2Test.verifyGiven;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.jose.SignedBadgeSigner;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * OB 2.0 forms that 1EdTech's reference validator (openbadges-validator-core) accepts and Laurel once
 * refused: each is accepted with a WARNING, and its still-refused side (the form that would open a
 * forgery, or that the validator refuses too) fails. docs/VERIFICATION.md, "OB 2.0 as the reference
 * validator accepts it", lists them with the validator's file and function.
 */
class VerifierOb2ReferenceFormsTest {

    /** The term definitions of the bundled OB 2.0 context, as an issuer that inlines them would write them. */
    static ObjectNode v2Terms() {
        try (InputStream in = VerifierOb2ReferenceFormsTest.class
                .getResourceAsStream("/dev/laurel/badges/verify/contexts/w3id.org_openbadges_v2.jsonld")) {
            return (ObjectNode) object(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get("@context").deepCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VerificationReport withBadgeClassContext(JsonNode context) {
        ObjectNode badge = badgeClass(BADGE, ISSUER);
        badge.set("@context", context);
        return verifyGiven(sameOrigin(assertion()).put(BADGE, text(badge)).build(), assertion());
    }

    static Check linkedWarning(VerificationReport report) {
        return report.checks().stream().filter(c -> c.id().equals("linked.valid") && c.outcome() == Outcome.WARNING)
                .findFirst().orElseThrow(() -> new AssertionError("no linked.valid warning in " + report.checks()));
    }

    // ------------------------------------------------------------- 1. inline @context

    @Test
    void badgeClassWithTheV2ContextInlineVerifiesWithAWarning() {
        VerificationReport report = withBadgeClassContext(v2Terms());
        assertThat(outcome(report, "linked.valid")).isEqualTo(Outcome.WARNING);
        assertThat(linkedWarning(report).message()).contains("inline").contains("https://w3id.org/openbadges/v2");
        assertThat(linkedWarning(report).path()).isEqualTo("/badge");
        assertThat(report.verified()).isTrue();
    }

    @Test
    void issuerWithTheV2ContextInlineVerifiesWithAWarning() {
        ObjectNode profile = issuer(ISSUER);
        profile.set("@context", v2Terms());
        VerificationReport report = verifyGiven(sameOrigin(assertion()).put(ISSUER, text(profile)).build(), assertion());
        assertThat(outcome(report, "linked.valid")).isEqualTo(Outcome.WARNING);
        assertThat(linkedWarning(report).path()).isEqualTo("/badge/issuer");
        assertThat(outcome(report, "hosted.issuer")).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void inlineV2ContextFollowedByAnObjectAddingTermsVerifiesWithAWarning() {
        ArrayNode context = JsonNodeFactory.instance.arrayNode();
        context.add(v2Terms());
        context.add(object("{\"ExampleExtension\": \"extensions:ExampleExtension\","
                + " \"exampleProperty\": \"extensions:exampleProperty\"}"));
        VerificationReport report = withBadgeClassContext(context);
        assertThat(outcome(report, "linked.valid")).isEqualTo(Outcome.WARNING);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void inlineV2ContextWithAddedTermsInTheSameObjectVerifiesWithAWarning() {
        ObjectNode added = v2Terms();
        added.put("schemaAward", "http://schema.org/award");
        VerificationReport report = withBadgeClassContext(added);
        assertThat(outcome(report, "linked.valid")).isEqualTo(Outcome.WARNING);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void inlineContextMissingV2TermsStillFails() {
        ObjectNode subset = v2Terms();
        subset.remove("BadgeClass");
        VerificationReport report = withBadgeClassContext(subset);
        assertThat(outcome(report, "linked.valid")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void inlineContextRedefiningAV2TermStillFails() {
        ObjectNode redefined = v2Terms();
        redefined.set("badge", object("{\"@id\": \"http://schema.org/name\"}"));
        assertThat(withBadgeClassContext(redefined).verified()).isFalse();
    }

    @Test
    void inlineContextWithAKeywordOrAKeywordAliasStillFails() {
        ObjectNode vocab = v2Terms();
        vocab.put("@vocab", "https://evil.example/vocab#");
        assertThat(outcome(withBadgeClassContext(vocab), "linked.valid")).isEqualTo(Outcome.FAILED);
        ObjectNode alias = v2Terms();
        alias.put("ident", "@id");
        assertThat(outcome(withBadgeClassContext(alias), "linked.valid")).isEqualTo(Outcome.FAILED);
        ObjectNode scoped = v2Terms();
        scoped.set("extensions:Wrapper", object("{\"@id\": \"extensions:Wrapper\", \"@context\": {\"badge\": \"http://schema.org/name\"}}"));
        assertThat(outcome(withBadgeClassContext(scoped), "linked.valid")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void inlineCopyAfterAnotherPublishedContextStillFails() {
        ArrayNode context = JsonNodeFactory.instance.arrayNode();
        context.add("https://example.org/contexts/badge-terms.jsonld");
        context.add(v2Terms());
        VerificationReport report = withBadgeClassContext(context);
        assertThat(report.verified()).isFalse();
    }


    @Test
    void hostedAssertionWithTheV2ContextInlineVerifiesWithAWarning() {
        ObjectNode inline = assertion();
        inline.set("@context", v2Terms());
        VerificationReport report = verifyGiven(sameOrigin(inline).build(), inline);
        assertThat(outcome(report, "document.valid")).isEqualTo(Outcome.WARNING);
        assertThat(report.checks()).filteredOn(c -> c.id().equals("document.valid") && c.outcome() == Outcome.WARNING)
                .extracting(Check::path).containsExactly("/@context");
        assertThat(report.verified()).isTrue();
    }

    @Test
    void hostedAssertionWithARedefiningInlineContextStillFails() {
        ObjectNode inline = assertion();
        ObjectNode redefined = v2Terms();
        redefined.set("recipient", object("{\"@id\": \"http://schema.org/name\"}"));
        inline.set("@context", redefined);
        VerificationReport report = verifyGiven(sameOrigin(inline).build(), inline);
        assertThat(outcome(report, "document.valid")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    // ------------------------------------------------------------- 2. blank-node ids

    static final String EXTENSION_CONTEXT = "https://openbadgespec.org/extensions/exampleExtension/context.json";

    @Test
    void extensionWithABlankNodeIdVerifiesWithAWarning() {
        ObjectNode hosted = assertion();
        hosted.set("extensions:exampleExtension", object("{\"@context\": \"" + EXTENSION_CONTEXT + "\", \"id\": \"_:b0\","
                + " \"type\": [\"Extension\", \"extensions:ExampleExtension\"], \"exampleProperty\": \"Line follower\"}"));
        VerificationReport report = verifyGiven(sameOrigin(hosted).build(), hosted);
        assertThat(outcome(report, "document.valid")).isEqualTo(Outcome.WARNING);
        assertThat(report.checks()).filteredOn(c -> c.outcome() == Outcome.WARNING).extracting(Check::path)
                .contains("/extensions:exampleExtension/id");
        assertThat(report.verified()).isTrue();
    }

    @Test
    void evidenceWithABlankNodeIdVerifiesWithAWarning() {
        ObjectNode hosted = assertion();
        hosted.set("evidence", object("{\"id\": \"_:b1\", \"narrative\": \"Alice's robot followed the line twice.\"}"));
        VerificationReport report = verifyGiven(sameOrigin(hosted).build(), hosted);
        assertThat(outcome(report, "document.valid")).isEqualTo(Outcome.WARNING);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void extensionWithABlankNodeIdButNoContextStillFails() {
        ObjectNode hosted = assertion();
        hosted.set("extensions:exampleExtension", object("{\"id\": \"_:b0\","
                + " \"type\": [\"Extension\", \"extensions:ExampleExtension\"], \"exampleProperty\": \"Line follower\"}"));
        VerificationReport report = verifyGiven(sameOrigin(hosted).build(), hosted);
        assertThat(outcome(report, "document.valid")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void blankNodeCriteriaWithoutNarrativeStillFail() {
        ObjectNode badge = badgeClass(BADGE, ISSUER);
        badge.set("criteria", object("{\"id\": \"_:b2\"}"));
        VerificationReport report = verifyGiven(sameOrigin(assertion()).put(BADGE, text(badge)).build(), assertion());
        assertThat(outcome(report, "linked.valid")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    // ------------------------------------------------------------- 3. an issuer profile declaring another id

    static final String DECLARED = "https://example.org/profiles/robotics-club";

    @Test
    void issuerDeclaringAnotherIdOnTheSameOriginIsReadFromThatIdWithAWarning() {
        MapDocumentFetcher fetcher = sameOrigin(assertion())
                .put(ISSUER, text(issuer(DECLARED)))
                .put(DECLARED, text(issuer(DECLARED))).build();
        VerificationReport report = verifyGiven(fetcher, assertion());
        assertThat(outcome(report, "hosted.issuer")).isEqualTo(Outcome.WARNING);
        assertThat(report.check("hosted.issuer").orElseThrow().message()).contains(DECLARED).contains("same origin");
        assertThat(outcome(report, "hosted.origin")).isEqualTo(Outcome.PASSED);
        assertThat(report.issuer()).contains(DECLARED);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void issuerDeclaringAnotherIdStillHasItsScopeReadFromTheDeclaredProfile() {
        ObjectNode declared = issuer(DECLARED);
        declared.set("verification", object("{\"type\": \"VerificationObject\","
                + " \"startsWith\": \"https://example.org/club-assertions/\"}"));
        MapDocumentFetcher fetcher = sameOrigin(assertion())
                .put(ISSUER, text(issuer(DECLARED)))
                .put(DECLARED, text(declared)).build();
        VerificationReport report = verifyGiven(fetcher, assertion());
        assertThat(outcome(report, "hosted.origin")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void issuerDeclaringAnotherIdOnTheSameOriginDoesNotAdmitAnAssertionElsewhere() {
        ObjectNode elsewhere = assertion("https://evil.example/assertions/1.json", BADGE, "alice@example.org");
        MapDocumentFetcher fetcher = sameOrigin(elsewhere)
                .put(ISSUER, text(issuer(DECLARED)))
                .put(DECLARED, text(issuer(DECLARED))).build();
        VerificationReport report = verifyGiven(fetcher, elsewhere);
        assertThat(outcome(report, "hosted.origin")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void issuerDeclaringAUrnUuidStillFails() {
        String urn = "urn:uuid:5c1ee3a4-7c2f-4d54-9a8e-3f6b0d2e1c77";
        VerificationReport report = verifyGiven(sameOrigin(assertion()).put(ISSUER, text(issuer(urn))).build(), assertion());
        assertThat(outcome(report, "hosted.issuer")).isEqualTo(Outcome.FAILED);
        assertThat(report.check("hosted.issuer").orElseThrow().message()).contains(urn).contains("cannot be fetched");
        assertThat(report.verified()).isFalse();
    }

    @Test
    void issuerDeclaringASameOriginIdWhoseDocumentClaimsYetAnotherIdStillFails() {
        MapDocumentFetcher fetcher = sameOrigin(assertion())
                .put(ISSUER, text(issuer(DECLARED)))
                .put(DECLARED, text(issuer("https://example.org/profiles/someone-else"))).build();
        VerificationReport report = verifyGiven(fetcher, assertion());
        assertThat(outcome(report, "hosted.issuer")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void issuerDeclaringASameOriginIdThatCannotBeFetchedStillFails() {
        VerificationReport report = verifyGiven(sameOrigin(assertion()).put(ISSUER, text(issuer(DECLARED))).build(),
                assertion());
        assertThat(outcome(report, "hosted.issuer")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void issuerDeclaringAnIdOnAnotherOriginStillFails() {
        String famous = "https://famous-university.example/issuer.json";
        MapDocumentFetcher fetcher = sameOrigin(assertion())
                .put(ISSUER, text(issuer(famous)))
                .put(famous, text(issuer(famous))).build();
        VerificationReport report = verifyGiven(fetcher, assertion());
        assertThat(outcome(report, "hosted.issuer")).isEqualTo(Outcome.FAILED);
        assertThat(report.check("hosted.issuer").orElseThrow().message()).contains("another origin");
        assertThat(report.verified()).isFalse();
    }

    static final String KEY = "https://example.org/keys/club-1.json";
    static final LaurelKey RSA = KeyPairs.generateRsa(2048);

    static String signedAssertion() {
        ObjectNode a = assertion("urn:uuid:7d0c4a52-9f3e-4b8e-a1c6-2e5f8b9d0a13", BADGE, "alice@example.org");
        return SignedBadgeSigner.of(RSA).sign(SignedBadgeSigner.withSignedVerification(a, KEY));
    }

    @Test
    void signedBadgeWhoseIssuerDeclaresASameOriginIdVerifiesWithAWarning() {
        MapDocumentFetcher fetcher = MapDocumentFetcher.builder()
                .put(BADGE, text(badgeClass(BADGE, ISSUER)))
                .put(ISSUER, text(issuer(DECLARED)))
                .put(DECLARED, text(SignedBadgeSigner.withPublicKey(issuer(DECLARED), KEY)))
                .put(KEY, text(SignedBadgeSigner.cryptographicKey(KEY, DECLARED, RSA))).build();
        VerificationReport report = verifier(fetcher).verify(signedAssertion());
        assertThat(outcome(report, "ob2.issuer")).isEqualTo(Outcome.WARNING);
        assertThat(outcome(report, "jws.signature")).isEqualTo(Outcome.PASSED);
        assertThat(report.issuer()).contains(DECLARED);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void signedBadgeWhoseIssuerDeclaresAnIdOnAnotherOriginStillFails() {
        String famous = "https://famous-university.example/issuer.json";
        MapDocumentFetcher fetcher = MapDocumentFetcher.builder()
                .put(BADGE, text(badgeClass(BADGE, ISSUER)))
                .put(ISSUER, text(SignedBadgeSigner.withPublicKey(issuer(famous), KEY)))
                .put(famous, text(SignedBadgeSigner.withPublicKey(issuer(famous), KEY)))
                .put(KEY, text(SignedBadgeSigner.cryptographicKey(KEY, famous, RSA))).build();
        VerificationReport report = verifier(fetcher).verify(signedAssertion());
        assertThat(outcome(report, "ob2.issuer")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void signedBadgeWhoseIssuerDeclaresAUrnUuidStillFails() {
        String urn = "urn:uuid:5c1ee3a4-7c2f-4d54-9a8e-3f6b0d2e1c77";
        MapDocumentFetcher fetcher = MapDocumentFetcher.builder()
                .put(BADGE, text(badgeClass(BADGE, ISSUER)))
                .put(ISSUER, text(SignedBadgeSigner.withPublicKey(issuer(urn), KEY)))
                .put(KEY, text(SignedBadgeSigner.cryptographicKey(KEY, urn, RSA))).build();
        VerificationReport report = verifier(fetcher).verify(signedAssertion());
        assertThat(outcome(report, "ob2.issuer")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    // ------------------------------------------------------------- 4. a badge class on another origin

    static final String CDN_BADGE = "https://cdn.badgehost.example/classes/robotics.json";

    @Test
    void badgeClassOnAnotherOriginVerifiesWithAnOriginWarning() {
        ObjectNode hosted = assertion(ASSERTION, CDN_BADGE, "alice@example.org");
        MapDocumentFetcher fetcher = sameOrigin(hosted).put(CDN_BADGE, text(badgeClass(CDN_BADGE, ISSUER))).build();
        VerificationReport report = verifyGiven(fetcher, hosted);
        assertThat(outcome(report, "hosted.origin")).isEqualTo(Outcome.WARNING);
        assertThat(report.check("hosted.origin").orElseThrow().message()).contains("https://cdn.badgehost.example");
        assertThat(report.verified()).isTrue();
    }

    @Test
    void badgeClassAndAssertionBothOffTheIssuersOriginStillFail() {
        String forged = "https://cdn.badgehost.example/assertions/1.json";
        ObjectNode hosted = assertion(forged, CDN_BADGE, "alice@example.org");
        MapDocumentFetcher fetcher = sameOrigin(hosted).put(CDN_BADGE, text(badgeClass(CDN_BADGE, ISSUER))).build();
        VerificationReport report = verifyGiven(fetcher, hosted);
        assertThat(outcome(report, "hosted.origin")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void badgeClassOnAnotherOriginStillObeysTheIssuersStartsWith() {
        ObjectNode hosted = assertion(ASSERTION, CDN_BADGE, "alice@example.org");
        MapDocumentFetcher fetcher = sameOrigin(hosted).put(CDN_BADGE, text(badgeClass(CDN_BADGE, ISSUER)))
                .put(ISSUER, text(issuerWithPolicy("{\"type\": \"VerificationObject\","
                        + " \"startsWith\": \"https://example.org/club-assertions/\"}"))).build();
        VerificationReport report = verifyGiven(fetcher, hosted);
        assertThat(outcome(report, "hosted.origin")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    // ------------------------------------------------------------- 5. what the validator refuses

    static final String PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mOUMyqsBwAC"
            + "eQFChxlltgAAAABJRU5ErkJggg==";

    @Test
    void hostedAssertionWithADataUriImageFails() {
        ObjectNode hosted = assertion();
        hosted.put("image", PNG);
        VerificationReport report = verifyGiven(sameOrigin(hosted).build(), hosted);
        assertThat(outcome(report, "document.valid")).isEqualTo(Outcome.FAILED);
        assertThat(report.failures()).extracting(Check::path).contains("/image");
        assertThat(report.verified()).isFalse();
    }

    @Test
    void badgeClassWithADataUriImageStillVerifies() {
        ObjectNode badge = badgeClass(BADGE, ISSUER);
        badge.put("image", PNG);
        VerificationReport report = verifyGiven(sameOrigin(assertion()).put(BADGE, text(badge)).build(), assertion());
        assertThat(outcome(report, "linked.valid")).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isTrue();
    }
}
