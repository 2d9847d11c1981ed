package dev.laurel.badges.json.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.policy.Policy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON examples of docs/TAXONOMY.md ("JSON forms") are read as the documentation says. */
class DocsJsonFormsTest {

    private static List<String> jsonBlocks() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "TAXONOMY.md"));
        String section = doc.substring(doc.indexOf("## JSON forms"));
        List<String> blocks = new ArrayList<>();
        int at = 0;
        while ((at = section.indexOf("```json\n", at)) >= 0) {
            int end = section.indexOf("```", at + 8);
            blocks.add(section.substring(at + 8, end));
            at = end + 3;
        }
        return blocks;
    }

    @Test
    void policyExampleIsAValidPolicyThatWritesBackTheSame() throws IOException {
        String example = jsonBlocks().get(0);
        Policy policy = TaxonomyJson.standard().readPolicy(example);
        assertThat(policy.conditions()).hasSize(6);
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(TaxonomyJson.standard().writePolicy(policy))).isEqualTo(m.readTree(example));
    }

    @Test
    void pathwayExampleIsAValidPathwayThatWritesBackTheSame() throws IOException {
        String example = jsonBlocks().get(1);
        Pathway pathway = TaxonomyJson.standard().readPathway(example);
        assertThat(pathway.id()).isEqualTo("cloud-architect");
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(TaxonomyJson.standard().writePathway(pathway))).isEqualTo(m.readTree(example));
    }

    @Test
    void exportExampleHasTheTwoListsOfTheOb3Response() throws IOException {
        JsonNode example = new ObjectMapper().readTree(jsonBlocks().get(2));
        List<String> names = new ArrayList<>();
        example.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly(BackpackForm.CREDENTIAL, BackpackForm.COMPACT_JWS);
    }
}
