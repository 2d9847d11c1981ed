package dev.laurel.badges.json.taxonomy;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.PathwayCode;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.pathway.Step;
import dev.laurel.badges.core.taxonomy.pathway.StepKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PathwayJsonTest {

    private final TaxonomyJson tj = TaxonomyJson.standard();

    private static final String CLOUD = """
            {
              "type": "LaurelPathway",
              "id": "cloud-architect",
              "name": "Cloud Architect",
              "goal": "https://example.org/achievements/cloud-architect",
              "steps": [
                {"achievementId": "https://example.org/achievements/cloud-basics"},
                {"id": "networking", "competency": "https://example.org/c/networking", "minimumLevel": "skill"},
                {"id": "electives", "required": 2, "options": [
                  {"achievementId": "https://example.org/achievements/storage"},
                  {"achievementId": "https://example.org/achievements/security"},
                  {"id": "ops", "achievementId": "https://example.org/achievements/operations"}
                ]},
                {"pathwayId": "foundations"}
              ]
            }
            """;

    private TaxonomyJsonException pathwayFailure(String json) {
        TaxonomyJsonException e = catchThrowableOfType(TaxonomyJsonException.class, () -> tj.readPathway(json));
        assertThat(e).as(json).isNotNull();
        return e;
    }

    private TaxonomyJsonException setFailure(String json) {
        TaxonomyJsonException e = catchThrowableOfType(TaxonomyJsonException.class, () -> tj.readPathways(json));
        assertThat(e).as(json).isNotNull();
        return e;
    }

    private static List<String> codesAndPaths(TaxonomyJsonException e) {
        return e.problems().stream().map(p -> p.code().name() + " " + p.path()).toList();
    }

    // ---- the forms ----

    @Test
    void theDocumentedExampleReadsAsTheBuilderWouldBuildIt() {
        Pathway built = Pathway.builder("cloud-architect", "Cloud Architect")
                .goal("https://example.org/achievements/cloud-architect")
                .require("https://example.org/achievements/cloud-basics")
                .competency("networking", CredentialLevel.skill(), "https://example.org/c/networking")
                .anyOf("electives", 2, Step.achievement("https://example.org/achievements/storage"),
                        Step.achievement("https://example.org/achievements/security"),
                        new Step.RequiredAchievement("ops", "https://example.org/achievements/operations"))
                .subPathway("foundations")
                .build();
        Pathway read = tj.readPathway(CLOUD);
        assertThat(read).isEqualTo(built);
        assertThat(read.steps()).extracting(Step::kind).containsExactlyInAnyOrder(StepKind.values());
    }

    @Test
    void writtenFormLeavesOutIdsThatDefault() {
        Pathway p = tj.readPathway(CLOUD);
        var json = tj.toJson(p);
        assertThat(json.at("/steps/0").toString())
                .isEqualTo("{\"achievementId\":\"https://example.org/achievements/cloud-basics\"}");
        assertThat(json.at("/steps/2/options/2").toString())
                .isEqualTo("{\"id\":\"ops\",\"achievementId\":\"https://example.org/achievements/operations\"}");
        assertThat(json.at("/steps/3").toString()).isEqualTo("{\"pathwayId\":\"foundations\"}");
        assertThat(json.at("/steps/1/minimumLevel").asText()).isEqualTo("skill");
        assertThat(tj.readPathway(tj.writePathway(p))).isEqualTo(p);
    }

    @Test
    void aSetOfPathwaysReadsAsOneValidSetThatMeasuresProgress() {
        String set = """
                {"type": "LaurelPathways", "pathways": [
                  {"id": "foundations", "name": "Foundations", "steps": [{"achievementId": "urn:a:intro"}]},
                  {"type": "LaurelPathway", "id": "data", "name": "Data", "goal": "urn:a:data",
                   "steps": [{"pathwayId": "foundations"},
                             {"id": "sql", "competency": "https://example.org/c/sql", "minimumLevel": "knowledge"}]}
                ]}
                """;
        List<Pathway> pathways = tj.readPathways(set);
        assertThat(pathways).extracting(Pathway::id).containsExactly("foundations", "data");
        Backpack pack = Badges.verified(List.of(Badges.ob3("urn:c:1", "urn:a:intro", LevelKind.KNOWLEDGE),
                Badges.ob3("urn:c:2", "urn:a:x", LevelKind.SKILL, "https://example.org/c/sql")));
        assertThat(Pathways.of(pathways).progress("data", pack).complete()).isTrue();
        assertThat(tj.readPathways(tj.writePathways(pathways))).isEqualTo(pathways);
    }

    @Test
    void levelWithADetailIsReadInAStep() {
        Pathway p = tj.readPathway("""
                {"type": "LaurelPathway", "id": "p", "name": "P", "steps": [
                  {"id": "cert", "competency": "C-1", "minimumLevel": {"level": "certification", "accreditingBody": "ACME"}}]}
                """);
        assertThat(p.steps()).containsExactly(new Step.CompetencyAtLevel("cert",
                new CredentialLevel.Certification(Optional.of("ACME")), "C-1"));
    }

    // ---- validation problems, at the JSON as written ----

    @Test
    void choiceOfMoreThanItOffersIsReportedAtRequired() {
        TaxonomyJsonException e = pathwayFailure("""
                {"type": "LaurelPathway", "id": "p", "name": "P", "steps": [
                  {"id": "pick", "required": 3, "options": [{"achievementId": "urn:a:1"}, {"achievementId": "urn:a:2"}]}]}
                """);
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.INVALID_PATHWAY);
        assertThat(codesAndPaths(e)).containsExactly("CHOICE_UNREACHABLE /steps/0/required", "UNREACHABLE_GOAL ");
        assertThat(e.problems().get(0).code()).isEqualTo(PathwayCode.CHOICE_UNREACHABLE);
    }

    @Test
    void pathwayThatIncludesItselfIsACycleEvenAlone() {
        TaxonomyJsonException e = pathwayFailure("""
                {"type": "LaurelPathway", "id": "loop", "name": "Loop", "steps": [
                  {"achievementId": "urn:a:1"}, {"id": "again", "pathwayId": "loop"}]}
                """);
        assertThat(codesAndPaths(e)).containsExactly("CYCLE /steps/1/pathwayId", "UNREACHABLE_GOAL ");
    }

    @Test
    void lonePathwayMayReferToPathwaysKeptElsewhere() {
        Pathway p = tj.readPathway("""
                {"type": "LaurelPathway", "id": "p", "name": "P", "steps": [
                  {"pathwayId": "elsewhere"}, {"id": "any", "required": 1, "options": [{"pathwayId": "other"}]}]}
                """);
        assertThat(p.steps()).hasSize(2);
    }

    @Test
    void unknownPathwayInASetIsReportedUnderItsIndex() {
        TaxonomyJsonException e = setFailure("""
                {"type": "LaurelPathways", "pathways": [
                  {"id": "a", "name": "A", "steps": [{"achievementId": "urn:a:1"}]},
                  {"id": "b", "name": "B", "steps": [{"pathwayId": "nowhere"}]}]}
                """);
        assertThat(codesAndPaths(e)).containsExactly("UNKNOWN_PATHWAY /pathways/1/steps/0/pathwayId",
                "UNREACHABLE_GOAL /pathways/1");
    }

    @Test
    void duplicateDefaultedStepIdIsReportedWhereTheIdComesFrom() {
        TaxonomyJsonException e = pathwayFailure("""
                {"type": "LaurelPathway", "id": "p", "name": "P", "steps": [
                  {"achievementId": "urn:a:1"}, {"achievementId": "urn:a:1"}]}
                """);
        assertThat(codesAndPaths(e)).containsExactly("DUPLICATE_STEP_ID /steps/1/achievementId");
    }

    @Test
    void duplicateExplicitStepIdIsReportedAtTheId() {
        TaxonomyJsonException e = pathwayFailure("""
                {"type": "LaurelPathway", "id": "p", "name": "P", "steps": [
                  {"id": "x", "achievementId": "urn:a:1"}, {"id": "x", "competency": "C", "minimumLevel": "skill"}]}
                """);
        assertThat(codesAndPaths(e)).containsExactly("DUPLICATE_STEP_ID /steps/1/id");
    }

    @Test
    void blankDefaultedIdIsReportedOnceAtItsSource() {
        TaxonomyJsonException e = pathwayFailure("""
                {"type": "LaurelPathway", "id": "p", "name": "P", "steps": [{"achievementId": " "}]}
                """);
        assertThat(codesAndPaths(e)).containsExactly("BLANK_ID /steps/0/achievementId", "UNREACHABLE_GOAL ");
    }

    @Test
    void emptyPathwayAndEmptyChoiceAreReported() {
        TaxonomyJsonException e = setFailure("""
                {"type": "LaurelPathways", "pathways": [
                  {"id": "empty", "name": "E", "steps": []},
                  {"id": "c", "name": "C", "steps": [{"id": "pick", "required": 0, "options": []}]}]}
                """);
        assertThat(codesAndPaths(e)).containsExactly("EMPTY_PATHWAY /pathways/0/steps", "UNREACHABLE_GOAL /pathways/0",
                "EMPTY_CHOICE /pathways/1/steps/0/options", "CHOICE_OUT_OF_RANGE /pathways/1/steps/0/required",
                "UNREACHABLE_GOAL /pathways/1");
    }

    @Test
    void duplicatePathwayIdInASetIsReported() {
        TaxonomyJsonException e = setFailure("""
                {"type": "LaurelPathways", "pathways": [
                  {"id": "a", "name": "A", "steps": [{"achievementId": "urn:a:1"}]},
                  {"id": "a", "name": "A again", "steps": [{"achievementId": "urn:a:2"}]}]}
                """);
        assertThat(codesAndPaths(e)).containsExactly("DUPLICATE_PATHWAY_ID /pathways/1/id");
    }

    // ---- what is refused while reading ----

    @Test
    void unknownStepIsReportedAtItsObject() {
        TaxonomyJsonException e = pathwayFailure("""
                {"type": "LaurelPathway", "id": "p", "name": "P", "steps": [{"achievementId": "urn:a:1"}, {"badge": "x"}]}
                """);
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNKNOWN_STEP);
        assertThat(e.pointer()).isEqualTo("/steps/1");
        assertThat(e.getMessage()).contains("achievementId, options, competency, pathwayId");
    }

    @Test
    void stepNamingTwoKindsIsAmbiguous() {
        TaxonomyJsonException e = pathwayFailure("""
                {"type": "LaurelPathway", "id": "p", "name": "P", "steps": [{"achievementId": "urn:a:1", "pathwayId": "q"}]}
                """);
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.AMBIGUOUS_KIND);
        assertThat(e.pointer()).isEqualTo("/steps/0");
    }

    @Test
    void badLevelIdInANestedOptionIsReportedAtIt() {
        TaxonomyJsonException e = pathwayFailure("""
                {"type": "LaurelPathway", "id": "p", "name": "P", "steps": [
                  {"id": "any", "required": 1, "options": [
                    {"achievementId": "urn:a:1"}, {"id": "c", "competency": "C", "minimumLevel": "master"}]}]}
                """);
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNKNOWN_LEVEL);
        assertThat(e.pointer()).isEqualTo("/steps/0/options/1/minimumLevel");
    }

    @Test
    void fractionalRequiredCountIsAWrongType() {
        TaxonomyJsonException e = pathwayFailure("""
                {"type": "LaurelPathway", "id": "p", "name": "P", "steps": [
                  {"id": "any", "required": 1.5, "options": [{"achievementId": "urn:a:1"}]}]}
                """);
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/steps/0/required");
    }

    @Test
    void hugeRequiredCountIsABadValue() {
        TaxonomyJsonException e = pathwayFailure("""
                {"type": "LaurelPathway", "id": "p", "name": "P", "steps": [
                  {"id": "any", "required": 99999999999, "options": [{"achievementId": "urn:a:1"}]}]}
                """);
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.BAD_VALUE);
    }

    @Test
    void missingIdOfAChoiceAndMissingRequiredAreReported() {
        TaxonomyJsonException e = pathwayFailure("""
                {"type": "LaurelPathway", "id": "p", "name": "P", "steps": [{"options": [{"achievementId": "urn:a:1"}]}]}
                """);
        assertThat(e.problems()).extracting(Problem::code, Problem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TaxonomyJsonCode.MISSING_PROPERTY, "/steps/0"),
                org.assertj.core.groups.Tuple.tuple(TaxonomyJsonCode.MISSING_PROPERTY, "/steps/0"));
        assertThat(e.getMessage()).contains("\"id\" is missing").contains("\"required\" is missing");
    }

    @Test
    void memberOfAnotherStepKindIsAnUnknownProperty() {
        TaxonomyJsonException e = pathwayFailure("""
                {"type": "LaurelPathway", "id": "p", "name": "P", "steps": [{"achievementId": "urn:a:1", "minimumLevel": "skill"}]}
                """);
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNKNOWN_PROPERTY);
        assertThat(e.pointer()).isEqualTo("/steps/0/minimumLevel");
    }

    @Test
    void nullGoalIsAWrongType() {
        TaxonomyJsonException e = pathwayFailure("""
                {"type": "LaurelPathway", "id": "p", "name": "P", "goal": null, "steps": [{"achievementId": "urn:a:1"}]}
                """);
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/goal");
    }

    @Test
    void setReadAsOnePathwayIsTheWrongDocument() {
        TaxonomyJsonException e = pathwayFailure("{\"type\": \"LaurelPathways\", \"pathways\": []}");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.WRONG_DOCUMENT_TYPE);
    }

    @Test
    void pathwayInASetWithAnotherTypeIsTheWrongDocument() {
        TaxonomyJsonException e = setFailure("""
                {"type": "LaurelPathways", "pathways": [
                  {"type": "LaurelPolicy", "id": "a", "name": "A", "steps": [{"achievementId": "urn:a:1"}]}]}
                """);
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.WRONG_DOCUMENT_TYPE);
        assertThat(e.pointer()).isEqualTo("/pathways/0/type");
    }

    @Test
    void readingProblemsComeBeforeValidation() {
        // Blank ids would be a validation problem; the unknown step stops reading first.
        TaxonomyJsonException e = pathwayFailure("""
                {"type": "LaurelPathway", "id": "", "name": "P", "steps": [{"zzz": 1}]}
                """);
        assertThat(codesAndPaths(e)).containsExactly("UNKNOWN_STEP /steps/0");
    }

    private static String chain(int n) {
        StringBuilder set = new StringBuilder("{\"type\": \"LaurelPathways\", \"pathways\": [");
        for (int i = 0; i < n; i++) {
            set.append(i == 0 ? "" : ",").append("{\"id\": \"p").append(i).append("\", \"name\": \"P\", \"steps\": [")
                    .append(i + 1 < n ? "{\"pathwayId\": \"p" + (i + 1) + "\"}" : "{\"achievementId\": \"urn:a:end\"}")
                    .append("]}");
        }
        return set.append("]}").toString();
    }

    @Test
    void chainOfSubPathwaysUpToTheLimitIsRead() {
        List<Pathway> read = tj.readPathways(chain(TaxonomyJson.MAX_PATHWAY_NESTING));
        assertThat(read).hasSize(TaxonomyJson.MAX_PATHWAY_NESTING);
        assertThat(Pathways.of(read).progress("p0", Backpack.empty()).complete()).isFalse();
    }

    @Test
    void longChainOfSubPathwaysIsRefusedBeforeItCanExhaustTheStack() {
        TaxonomyJsonException e = setFailure(chain(20_000));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.NESTING_TOO_DEEP);
        assertThat(e.pointer()).isEqualTo("/pathways/0");
    }

    @Test
    void longCycleOfSubPathwaysIsRefusedBeforeItCanExhaustTheStack() {
        String cycle = chain(20_000).replace("{\"achievementId\": \"urn:a:end\"}", "{\"pathwayId\": \"p0\"}");
        TaxonomyJsonException e = setFailure(cycle);
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.NESTING_TOO_DEEP);
    }

    @Test
    void wideSetOfPathwaysSharingOneBaseIsNotDeep() {
        StringBuilder set = new StringBuilder("{\"type\": \"LaurelPathways\", \"pathways\": [{\"id\": \"base\", "
                + "\"name\": \"B\", \"steps\": [{\"achievementId\": \"urn:a:0\"}]}");
        for (int i = 0; i < 5000; i++) {
            set.append(",{\"id\": \"p").append(i).append("\", \"name\": \"P\", \"steps\": [{\"pathwayId\": \"base\"}]}");
        }
        assertThat(tj.readPathways(set.append("]}").toString())).hasSize(5001);
    }
}
