package dev.laurel.badges.json.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelAlignment;
import dev.laurel.badges.core.taxonomy.LevelFramework;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.classify.Basis;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.json.BadgeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The CASE and CTDL forms of the six levels: valid JSON, complete, and read back by Laurel's alignment reader. */
class LevelFrameworkExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Achievement alignedTo(String alignmentJson) {
        String doc = "{\"id\":\"https://example.org/a\",\"type\":[\"Achievement\"],\"name\":\"A\",\"description\":\"D\","
                + "\"criteria\":{\"narrative\":\"Do it.\"},\"alignment\":[" + alignmentJson + "]}";
        return (Achievement) BadgeJson.standard().read(doc).model().orElseThrow();
    }

    @Test
    void casePackageHasADocumentAnItemPerLevelAndTheLadder() throws Exception {
        JsonNode pkg = JSON.readTree(LevelFramework.caseJson());
        assertThat(pkg.path("CFDocument").path("identifier").asText()).isEqualTo(LevelAlignment.DOCUMENT_IDENTIFIER);
        assertThat(pkg.path("CFDocument").path("uri").asText()).isEqualTo(LevelAlignment.documentUrl());
        JsonNode items = pkg.path("CFItems");
        assertThat(items.size()).isEqualTo(LevelKind.values().length);
        Set<String> codes = new HashSet<>();
        for (JsonNode item : items) {
            LevelKind kind = LevelKind.fromId(item.path("humanCodingScheme").asText()).orElseThrow();
            codes.add(kind.id());
            assertThat(item.path("identifier").asText()).isEqualTo(LevelAlignment.itemIdentifier(kind));
            assertThat(item.path("uri").asText()).isEqualTo(LevelAlignment.targetUrl(kind));
            assertThat(item.path("CFDocumentURI").path("identifier").asText()).isEqualTo(LevelAlignment.DOCUMENT_IDENTIFIER);
            assertThat(item.path("fullStatement").asText()).isNotBlank();
        }
        assertThat(codes).hasSize(6);
        List<String> ladder = new ArrayList<>();
        int children = 0;
        for (JsonNode a : pkg.path("CFAssociations")) {
            String type = a.path("associationType").asText();
            if (type.equals("precedes")) {
                ladder.add(LevelAlignment.levelOfUrl(a.path("originNodeURI").path("uri").asText()).orElseThrow().id()
                        + "<" + LevelAlignment.levelOfUrl(a.path("destinationNodeURI").path("uri").asText()).orElseThrow().id());
            } else {
                assertThat(type).isEqualTo("isChildOf");
                assertThat(a.path("destinationNodeURI").path("uri").asText()).isEqualTo(LevelAlignment.documentUrl());
                children++;
            }
        }
        assertThat(children).isEqualTo(6);
        assertThat(ladder).containsExactly("knowledge<skill", "skill<ability", "ability<certification");
    }

    @Test
    void everyCaseItemRoundTripsThroughTheAlignmentReader() throws Exception {
        for (JsonNode item : JSON.readTree(LevelFramework.caseJson()).path("CFItems")) {
            String alignment = JSON.writeValueAsString(JSON.createObjectNode().put("type", "Alignment")
                    .put("targetType", "CFItem").put("targetName", item.path("abbreviatedStatement").asText())
                    .put("targetUrl", item.path("uri").asText()));
            Achievement a = alignedTo(alignment);
            assertThat(a.level().map(CredentialLevel::id)).contains(item.path("humanCodingScheme").asText());
            assertThat(Classifier.standard().classify(a).basis()).isEqualTo(Basis.DECLARED);
        }
    }

    @Test
    void ctdlSchemeHasAConceptPerLevelThatReadsBack() throws Exception {
        JsonNode ctdl = JSON.readTree(LevelFramework.ctdlJson());
        assertThat(ctdl.path("@context").asText()).isEqualTo("https://credreg.net/ctdl/schema/context/json");
        JsonNode graph = ctdl.path("@graph");
        assertThat(graph.get(0).path("@type").asText()).isEqualTo("skos:ConceptScheme");
        assertThat(graph.get(0).path("skos:hasTopConcept").size()).isEqualTo(6);
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < graph.size(); i++) {
            JsonNode concept = graph.get(i);
            assertThat(concept.path("@type").asText()).isEqualTo("skos:Concept");
            assertThat(concept.path("skos:inScheme").asText()).isEqualTo(LevelAlignment.documentUrl());
            String alignment = JSON.writeValueAsString(JSON.createObjectNode().put("type", "Alignment")
                    .put("targetType", "CTDL").put("targetName", concept.path("skos:prefLabel").path("en").asText())
                    .put("targetUrl", concept.path("@id").asText()));
            assertThat(alignedTo(alignment).level().map(CredentialLevel::id)).contains(concept.path("skos:notation").asText());
            seen.add(concept.path("skos:notation").asText());
        }
        assertThat(seen).hasSize(6);
    }

    @ParameterizedTest
    @EnumSource(LevelKind.class)
    void theAlignmentLaurelWritesRoundTripsThroughJsonWithItsDetail(LevelKind kind) {
        CredentialLevel level = switch (kind) {
            case CERTIFICATION -> new CredentialLevel.Certification(Optional.of("National Commission for Certifying Agencies"));
            case PARTICIPATION -> new CredentialLevel.Participation(Optional.of("webinar"));
            case RECOGNITION -> new CredentialLevel.Recognition(Optional.of("peers"));
            case KNOWLEDGE, SKILL, ABILITY -> CredentialLevel.of(kind);
        };
        Achievement a = Achievement.builder().id("https://example.org/a").name("A").description("D")
                .criteria(Criteria.ofNarrative("Do it.")).level(level).build();
        String written = BadgeJson.standard().write(a);
        assertThat(written).contains("\"targetType\":\"CFItem\"").contains(LevelAlignment.targetUrl(kind));
        Achievement read = (Achievement) BadgeJson.standard().read(written).model().orElseThrow();
        assertThat(read.level()).contains(level);
        assertThat(read).isEqualTo(a);
    }

    @Test
    void version1AlignmentsStillRead() {
        Achievement a = alignedTo("{\"type\":\"Alignment\",\"targetName\":\"Skill\",\"targetUrl\":"
                + "\"https://laurel.dev/taxonomy/levels/v1#skill\",\"targetFramework\":\"Laurel Credential Levels\","
                + "\"targetCode\":\"skill\"}");
        assertThat(a.level()).contains(CredentialLevel.skill());
    }
}
