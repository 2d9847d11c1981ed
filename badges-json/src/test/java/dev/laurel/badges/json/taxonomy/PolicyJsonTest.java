package dev.laurel.badges.json.taxonomy;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import dev.laurel.badges.core.taxonomy.policy.Condition;
import dev.laurel.badges.core.taxonomy.policy.ConditionKind;
import dev.laurel.badges.core.taxonomy.policy.Decision;
import dev.laurel.badges.core.taxonomy.policy.IssuerTrust;
import dev.laurel.badges.core.taxonomy.policy.Policy;
import dev.laurel.badges.core.taxonomy.policy.TrustAnswer;
import dev.laurel.badges.core.taxonomy.policy.Verdict;
import dev.laurel.badges.json.JsonCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PolicyJsonTest {

    private final TaxonomyJson tj = TaxonomyJson.standard();

    private static String policy(String conditions) {
        return "{\"type\": \"LaurelPolicy\", \"conditions\": [" + conditions + "]}";
    }

    private TaxonomyJsonException failure(String json) {
        TaxonomyJsonException e = catchThrowableOfType(TaxonomyJsonException.class, () -> tj.readPolicy(json));
        assertThat(e).as(json).isNotNull();
        return e;
    }

    // ---- the forms ----

    @Test
    void theDocumentedExampleReadsAsTheBuilderWouldBuildIt() {
        Policy read = tj.readPolicy("""
                {
                  "type": "LaurelPolicy",
                  "onUnknown": "refer",
                  "conditions": [
                    {"minimumLevel": "skill"},
                    {"alignedTo": "https://example.org/competencies/data-analysis"},
                    {"trustedIssuers": ["did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"]},
                    {"verified": true},
                    {"notExpired": true},
                    {"issuedWithin": "P3Y"}
                  ]
                }
                """);
        Policy built = Policy.builder()
                .minimumLevel(CredentialLevel.skill())
                .alignedTo("https://example.org/competencies/data-analysis")
                .trustedIssuers(List.of("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"))
                .requireVerified()
                .notExpired()
                .issuedWithin(Period.ofYears(3))
                .onUnknown(Verdict.REFER)
                .build();
        assertThat(read).isEqualTo(built);
    }

    @Test
    void everyConditionKindHasItsOwnForm() {
        IssuerTrust registry = id -> TrustAnswer.trusted("listed");
        Policy p = tj.withIssuerTrust("registry", registry).readPolicy(policy("""
                {"minimumLevel": "ability", "minimumConfidence": 0.8},
                {"levelIn": ["participation", "recognition"], "minimumConfidence": 0.5},
                {"alignedTo": "CS-101"},
                {"trustedIssuers": ["https://a.example.org", "https://b.example.org"]},
                {"trustedBy": "registry"},
                {"verified": true},
                {"issuerKeyBound": true},
                {"notExpired": true},
                {"notRevoked": true},
                {"issuedWithin": "P18M"}
                """));
        assertThat(p.conditions()).extracting(Condition::kind).containsExactly(ConditionKind.values());
        assertThat(p.conditions()).containsExactly(
                new Condition.MinimumLevel(CredentialLevel.ability(), 0.8),
                new Condition.LevelIn(EnumSet.of(LevelKind.PARTICIPATION, LevelKind.RECOGNITION), 0.5),
                new Condition.AlignedTo("CS-101"),
                new Condition.TrustedIssuers(List.of("https://a.example.org", "https://b.example.org")),
                new Condition.TrustedBy("registry", registry),
                new Condition.Verified(), new Condition.IssuerKeyBound(), new Condition.NotExpired(),
                new Condition.NotRevoked(), new Condition.IssuedWithin(Period.ofMonths(18)));
        assertThat(p.onUnknown()).isEqualTo(Verdict.REFER);
    }

    @Test
    void levelsWithDetailsUseTheObjectForm() {
        Policy p = tj.readPolicy(policy("""
                {"minimumLevel": {"level": "certification", "accreditingBody": "ACME Board"}},
                {"minimumLevel": {"level": "participation", "eventKind": "webinar"}},
                {"minimumLevel": {"level": "recognition", "recognisedBy": "peers"}},
                {"minimumLevel": {"level": "skill"}}
                """));
        assertThat(p.conditions()).containsExactly(
                new Condition.MinimumLevel(new CredentialLevel.Certification(Optional.of("ACME Board")), 0.6),
                new Condition.MinimumLevel(new CredentialLevel.Participation(Optional.of("webinar")), 0.6),
                new Condition.MinimumLevel(new CredentialLevel.Recognition(Optional.of("peers")), 0.6),
                new Condition.MinimumLevel(CredentialLevel.skill(), 0.6));
    }

    @Test
    void writtenFormIsTheDocumentedOne() {
        Policy p = Policy.builder().minimumLevel(CredentialLevel.skill())
                .minimumLevel(new CredentialLevel.Certification(Optional.of("ACME")), 0.9)
                .levelIn(LevelKind.RECOGNITION, LevelKind.PARTICIPATION)
                .requireVerified().issuedWithin(Period.ofYears(3)).onUnknown(Verdict.REJECT).build();
        String written = tj.writePolicy(p);
        assertThat(written).isEqualTo("""
                {
                  "type": "LaurelPolicy",
                  "onUnknown": "reject",
                  "conditions": [
                    {
                      "minimumLevel": "skill"
                    },
                    {
                      "minimumLevel": {
                        "level": "certification",
                        "accreditingBody": "ACME"
                      },
                      "minimumConfidence": 0.9
                    },
                    {
                      "levelIn": [
                        "participation",
                        "recognition"
                      ]
                    },
                    {
                      "verified": true
                    },
                    {
                      "issuedWithin": "P3Y"
                    }
                  ]
                }""");
        assertThat(tj.readPolicy(written)).isEqualTo(p);
    }

    @Test
    void onUnknownDefaultsToReferAndReadsRejectInAnyCase() {
        assertThat(tj.readPolicy(policy("")).onUnknown()).isEqualTo(Verdict.REFER);
        assertThat(tj.readPolicy("{\"type\": \"LaurelPolicy\", \"onUnknown\": \"Reject\", \"conditions\": []}")
                .onUnknown()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void levelIdsAreReadWhateverTheirCase() {
        assertThat(tj.readPolicy(policy("{\"minimumLevel\": \"Skill\"}")).conditions())
                .containsExactly(new Condition.MinimumLevel(CredentialLevel.skill(), 0.6));
    }

    @Test
    void aPolicyReadFromJsonDecides() {
        Policy p = tj.readPolicy(policy("{\"minimumLevel\": \"skill\"}, {\"verified\": true}"));
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        Decision skill = p.evaluate(Badges.ob3("urn:cred:1", "urn:a:1", LevelKind.SKILL),
                VerificationStatus.verified(now), now);
        Decision knowledge = p.evaluate(Badges.ob3("urn:cred:2", "urn:a:2", LevelKind.KNOWLEDGE),
                VerificationStatus.verified(now), now);
        assertThat(skill.verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(knowledge.verdict()).isEqualTo(Verdict.REJECT);
    }

    // ---- what is refused, and where ----

    @Test
    void unknownConditionIsReportedAtItsObject() {
        TaxonomyJsonException e = failure(policy("{\"verified\": true}, {\"minimumGrade\": \"A\"}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNKNOWN_CONDITION);
        assertThat(e.pointer()).isEqualTo("/conditions/1");
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("\"minimumGrade\"").contains("minimumLevel"));
    }

    @Test
    void emptyConditionIsUnknown() {
        TaxonomyJsonException e = failure(policy("{}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNKNOWN_CONDITION);
        assertThat(e.pointer()).isEqualTo("/conditions/0");
    }

    @Test
    void twoConditionsInOneObjectAreAmbiguous() {
        TaxonomyJsonException e = failure(policy("{\"verified\": true, \"notExpired\": true}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.AMBIGUOUS_KIND);
        assertThat(e.pointer()).isEqualTo("/conditions/0");
    }

    @Test
    void badLevelIdIsReportedAtTheValue() {
        TaxonomyJsonException e = failure(policy("{\"notExpired\": true}, {\"minimumLevel\": \"expert\"}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNKNOWN_LEVEL);
        assertThat(e.pointer()).isEqualTo("/conditions/1/minimumLevel");
        assertThat(e.getMessage()).contains("expert").contains("knowledge, skill, ability");
    }

    @Test
    void badLevelIdInsideALevelListIsReportedAtItsIndex() {
        TaxonomyJsonException e = failure(policy("{\"levelIn\": [\"skill\", \"guru\"]}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNKNOWN_LEVEL);
        assertThat(e.pointer()).isEqualTo("/conditions/0/levelIn/1");
    }

    @Test
    void badLevelIdInTheObjectFormIsReportedAtItsLevelMember() {
        TaxonomyJsonException e = failure(policy("{\"minimumLevel\": {\"level\": \"wizard\"}}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNKNOWN_LEVEL);
        assertThat(e.pointer()).isEqualTo("/conditions/0/minimumLevel/level");
    }

    @Test
    void detailThatTheLevelCannotCarryIsAnUnknownProperty() {
        TaxonomyJsonException e = failure(policy("{\"minimumLevel\": {\"level\": \"skill\", \"accreditingBody\": \"X\"}}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNKNOWN_PROPERTY);
        assertThat(e.pointer()).isEqualTo("/conditions/0/minimumLevel/accreditingBody");
    }

    @Test
    void badPeriodIsReported() {
        TaxonomyJsonException e = failure(policy("{\"issuedWithin\": \"3 years\"}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.BAD_PERIOD);
        assertThat(e.pointer()).isEqualTo("/conditions/0/issuedWithin");
        assertThat(e.getMessage()).contains("P3Y");
    }

    @Test
    void negativePeriodIsReported() {
        TaxonomyJsonException e = failure(policy("{\"issuedWithin\": \"-P1Y\"}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.BAD_PERIOD);
        assertThat(e.getMessage()).contains("negative");
    }

    @Test
    void periodTooLargeForJavaIsABadPeriod() {
        TaxonomyJsonException e = failure(policy("{\"issuedWithin\": \"P99999999999999999999Y\"}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.BAD_PERIOD);
    }

    @Test
    void wrongTypeIsReportedWithWhatWasFound() {
        TaxonomyJsonException e = failure(policy("{\"trustedIssuers\": \"did:key:z6Mk\"}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/conditions/0/trustedIssuers");
        assertThat(e.getMessage()).contains("a string");
    }

    @Test
    void flagWrittenAsAStringIsAWrongType() {
        TaxonomyJsonException e = failure(policy("{\"verified\": \"yes\"}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/conditions/0/verified");
    }

    @Test
    void falseFlagIsRefusedRatherThanSilentlyIgnored() {
        TaxonomyJsonException e = failure(policy("{\"verified\": false}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.BAD_VALUE);
        assertThat(e.pointer()).isEqualTo("/conditions/0/verified");
    }

    @Test
    void confidenceOutsideZeroToOneIsABadValue() {
        TaxonomyJsonException e = failure(policy("{\"minimumLevel\": \"skill\", \"minimumConfidence\": 1.5}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.BAD_VALUE);
        assertThat(e.pointer()).isEqualTo("/conditions/0/minimumConfidence");
    }

    @Test
    void confidenceOnAConditionThatHasNoneIsAnUnknownProperty() {
        TaxonomyJsonException e = failure(policy("{\"verified\": true, \"minimumConfidence\": 0.5}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNKNOWN_PROPERTY);
        assertThat(e.pointer()).isEqualTo("/conditions/0/minimumConfidence");
    }

    @Test
    void emptyListsAreBadValues() {
        TaxonomyJsonException e = failure(policy("{\"trustedIssuers\": []}, {\"levelIn\": []}"));
        assertThat(e.problems()).extracting(Problem::code, Problem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TaxonomyJsonCode.BAD_VALUE, "/conditions/0/trustedIssuers"),
                org.assertj.core.groups.Tuple.tuple(TaxonomyJsonCode.BAD_VALUE, "/conditions/1/levelIn"));
    }

    @Test
    void blankCompetencyIsABadValue() {
        TaxonomyJsonException e = failure(policy("{\"alignedTo\": \"  \"}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.BAD_VALUE);
        assertThat(e.pointer()).isEqualTo("/conditions/0/alignedTo");
    }

    @Test
    void acceptOnUnknownIsRefusedWithTheReason() {
        TaxonomyJsonException e = failure("{\"type\": \"LaurelPolicy\", \"onUnknown\": \"accept\", \"conditions\": []}");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.BAD_VALUE);
        assertThat(e.pointer()).isEqualTo("/onUnknown");
        assertThat(e.getMessage()).contains("never accepts");
    }

    @Test
    void misspelledMemberIsAnUnknownProperty() {
        TaxonomyJsonException e = failure("{\"type\": \"LaurelPolicy\", \"conditons\": [], \"conditions\": []}");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNKNOWN_PROPERTY);
        assertThat(e.pointer()).isEqualTo("/conditons");
    }

    @Test
    void missingConditionsAreReported() {
        TaxonomyJsonException e = failure("{\"type\": \"LaurelPolicy\"}");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.MISSING_PROPERTY);
        assertThat(e.pointer()).isEmpty();
        assertThat(e.getMessage()).contains("\"conditions\"");
    }

    @Test
    void pathwayReadAsAPolicyIsTheWrongDocument() {
        TaxonomyJsonException e = failure("{\"type\": \"LaurelPathway\", \"conditions\": []}");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.WRONG_DOCUMENT_TYPE);
        assertThat(e.pointer()).isEqualTo("/type");
    }

    @Test
    void missingTypeIsTheWrongDocument() {
        TaxonomyJsonException e = failure("{\"conditions\": []}");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.WRONG_DOCUMENT_TYPE);
    }

    @Test
    void arrayInsteadOfAPolicyIsAWrongType() {
        TaxonomyJsonException e = failure("[{\"verified\": true}]");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.WRONG_TYPE);
        assertThat(e.pointer()).isEmpty();
    }

    @Test
    void conditionThatIsNotAnObjectIsAWrongType() {
        TaxonomyJsonException e = failure(policy("\"verified\""));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/conditions/0");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        TaxonomyJsonException e = failure("{\"type\": \"LaurelPolicy\", \"onUnknown\": \"maybe\", \"conditions\": ["
                + "{\"minimumLevel\": \"expert\"}, {\"issuedWithin\": \"soon\"}, {\"colour\": \"red\"}]}");
        assertThat(e.problems()).extracting(Problem::path).containsExactly(
                "/onUnknown", "/conditions/0/minimumLevel", "/conditions/1/issuedWithin", "/conditions/2");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.BAD_VALUE);
    }

    @Test
    void memberNamesWithSlashesAndTildesAreEscapedInPointers() {
        TaxonomyJsonException e = failure("{\"type\": \"LaurelPolicy\", \"conditions\": [], \"a/b~c\": 1}");
        assertThat(e.pointer()).isEqualTo("/a~1b~0c");
    }

    @Test
    void malformedJsonKeepsItsPosition() {
        TaxonomyJsonException e = failure("{\"type\": \"LaurelPolicy\",\n \"conditions\": [}");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.MALFORMED_JSON);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getCause()).isInstanceOf(dev.laurel.badges.json.BadgeJsonException.class);
    }

    @Test
    void duplicateKeyIsRefusedAsMalformed() {
        TaxonomyJsonException e = failure("{\"type\": \"LaurelPolicy\", \"conditions\": [], \"conditions\": []}");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.MALFORMED_JSON);
        assertThat(((dev.laurel.badges.json.BadgeJsonException) e.getCause()).code()).isEqualTo(JsonCode.DUPLICATE_KEY);
    }

    @Test
    void emptyInputIsMalformed() {
        assertThat(failure("  ").taxonomyCode()).isEqualTo(TaxonomyJsonCode.MALFORMED_JSON);
    }

    @Test
    void deeplyNestedInputIsStoppedByTheLimits() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        TaxonomyJsonException e = failure(policy("{\"levelIn\": " + deep + "}"));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.MALFORMED_JSON);
        assertThat(((dev.laurel.badges.json.BadgeJsonException) e.getCause()).code())
                .isEqualTo(JsonCode.NESTING_TOO_DEEP);
    }

    @Test
    void thousandsOfBadConditionsAreReportedWithinABound() {
        String many = String.join(",", java.util.Collections.nCopies(5000, "{\"minimumLevel\": \"x\"}"));
        TaxonomyJsonException e = failure(policy(many));
        assertThat(e.problems()).hasSize(Findings.MAX_PROBLEMS + 1);
        assertThat(e.problems().get(Findings.MAX_PROBLEMS).message()).contains("4000 more");
        assertThat(e.getMessage()).contains("and 991 more");
    }

    @Test
    void levelSetIsWrittenInLadderOrder() {
        Policy p = new Policy(List.of(new Condition.LevelIn(Set.of(LevelKind.RECOGNITION, LevelKind.KNOWLEDGE,
                LevelKind.CERTIFICATION), 0.6)), Verdict.REFER);
        assertThat(tj.toJson(p).at("/conditions/0/levelIn").toString())
                .isEqualTo("[\"knowledge\",\"certification\",\"recognition\"]");
    }

    @Test
    void trustedByNamesALookupTheCallerGivesTheReader() {
        IssuerTrust registry = id -> id.startsWith("https://member.") ? TrustAnswer.trusted("a member")
                : TrustAnswer.notTrusted("not a member");
        String json = policy("""
                {"trustedBy": "state-registry"}
                """);
        Policy p = tj.withIssuerTrust("state-registry", registry).readPolicy(json);
        assertThat(p.conditions()).containsExactly(new Condition.TrustedBy("state-registry", registry));
        assertThat(tj.writePolicy(p)).contains("\"trustedBy\": \"state-registry\"");
        assertThat(tj.withIssuerTrust("state-registry", registry).readPolicy(tj.writePolicy(p))).isEqualTo(p);

        TaxonomyJsonException e = catchThrowableOfType(TaxonomyJsonException.class, () -> tj.readPolicy(json));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("state-registry").contains("withIssuerTrust");
    }
}
