package dev.laurel.badges.json.convert;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeVersion;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import static dev.laurel.badges.json.convert.Accounting.resource;
import static dev.laurel.badges.json.convert.Accounting.tree;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OB 3.0 implementation guide's worked example ("Upgraded OB 2.0 assertion included within CLR 2.0",
 * ob3/ob_v3p0_impl_migrating-04.json) reproduced from the OB 2.0 assertion it was made from
 * (convert/migrating-04-source.json). The guide gives the credential a new urn:uuid id, as
 * {@link Converter#withNewCredentialIds} does; its issuer is the CLR issuer's own did:web profile, a choice
 * of the re-issuer that a conversion cannot make, so the issuer is compared by what it carries over.
 */
class MigrationGuideTest {

    private static final String NEW_ID = "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130004";

    private final BadgeDocument source = BadgeJson.standard().read(resource("convert/migrating-04-source.json"));
    private final JsonNode guide = tree(resource("ob3/ob_v3p0_impl_migrating-04.json"));
    private final ConversionResult<Object> result = Converter.standard().withNewCredentialIds(() -> NEW_ID)
            .convert(source, BadgeVersion.V3_0);
    private final JsonNode out = tree(result.model());

    @Test
    void credentialEnvelopeIsTheGuides() {
        assertThat(out.get("@context")).isEqualTo(guide.get("@context"));
        assertThat(out.get("id")).isEqualTo(guide.get("id"));
        assertThat(out.get("type")).isEqualTo(guide.get("type"));
        assertThat(out.get("validFrom")).isEqualTo(guide.get("validFrom"));
        assertThat(out.get("name")).isEqualTo(guide.get("name"));
    }

    @Test
    void subjectAndAchievementAreTheGuides() {
        JsonNode subject = out.get("credentialSubject");
        JsonNode expected = guide.get("credentialSubject");
        assertThat(subject.get("id")).isEqualTo(expected.get("id"));
        assertThat(types(subject)).isEqualTo(types(expected));
        JsonNode achievement = subject.get("achievement");
        JsonNode expectedAchievement = expected.get("achievement");
        for (String name : new String[] {"id", "name", "description", "criteria", "image"}) {
            assertThat(achievement.get(name)).as(name).isEqualTo(expectedAchievement.get(name));
        }
        assertThat(types(achievement)).isEqualTo(types(expectedAchievement));
        assertThat(achievement.path("creator").get("id")).isEqualTo(expectedAchievement.path("creator").get("id"));
        assertThat(types(achievement.path("creator"))).isEqualTo(types(expectedAchievement.path("creator")));
    }

    @Test
    void originalAssertionIsLinkedAsEvidenceTheWayTheGuideDoes() {
        assertThat(out.get("evidence")).hasSize(1);
        JsonNode evidence = out.get("evidence").get(0);
        JsonNode expected = guide.get("evidence").get(0);
        assertThat(evidence.get("type")).isEqualTo(expected.get("type"));
        assertThat(evidence.get("id")).isEqualTo(expected.get("id"));
        assertThat(evidence.get("name")).isEqualTo(expected.get("name"));
        assertThat(evidence.get("description").asText()).isNotBlank();
        assertThat(result.mappings()).contains(new Mapping("/id", "/evidence/0/id"));
    }

    @Test
    void issuerCarriesWhatTheGuidesIssuerCarriesOver() {
        JsonNode issuer = out.get("issuer");
        assertThat(issuer.get("url")).isEqualTo(guide.path("issuer").get("url"));
        assertThat(issuer.get("email")).isEqualTo(guide.path("issuer").get("email"));
        assertThat(types(issuer)).isEqualTo(types(guide.path("issuer")));
        // The badge class's issuer is both the credential's issuer and the achievement's creator.
        assertThat(issuer.get("id")).isEqualTo(out.path("credentialSubject").path("achievement").path("creator").get("id"));
    }

    @Test
    void nothingIsLostAndTheResultValidates() {
        assertThat(result.problems()).extracting(Accounting::brief).containsExactly("INFO NO_COUNTERPART /verification");
        assertThat(result.isLossless()).isTrue();
        Accounting.assertAccounted(source.json(), result);
        assertThat(BadgeJson.standard().validate(BadgeJson.standard().write(result.model())
                .getBytes(StandardCharsets.UTF_8)).errors()).isEmpty();
    }

    @Test
    void standardConverterKeepsTheAssertionIdAsTheCredentialId() {
        JsonNode kept = tree(Converter.standard().convert(source, BadgeVersion.V3_0).model());
        assertThat(kept.get("id").asText()).isEqualTo(source.json().get("id").asText());
        assertThat(kept.path("evidence").path(0).path("id").asText()).isEqualTo(source.json().get("id").asText());
    }

    private static Set<String> types(JsonNode node) {
        Set<String> out = new TreeSet<>();
        JsonNode type = node.path("type");
        if (type.isTextual()) {
            out.add(type.asText());
        }
        type.forEach(t -> out.add(t.asText()));
        return out;
    }
}
