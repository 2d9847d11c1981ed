package dev.laurel.badges.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Clarification 5 for a lone OB 3.0 credential: a VC Data Model 1.1 EndorsementCredential embedded in a 2.0
 * credential is judged by the 1.1 rules, so the schema findings only the 2.0 shape causes are warnings there,
 * as they already were inside a CLR.
 */
class Ob3LegacyEndorsementTest {

    private static final ObjectMapper TREES = new ObjectMapper();
    private final BadgeJson json = BadgeJson.standard();

    /** A valid VC 2.0 OB 3.0 credential whose achievement embeds the 1.1 endorsement of simple_v1.json. */
    static ObjectNode credentialWithLegacyEndorsement() throws IOException {
        ObjectNode credential = tree("/ob3/ob_v3p0_examples_basicOpenBadgeCredential-00.json");
        JsonNode endorsement = tree("/clr/simple_v1.json")
                .at("/credentialSubject/verifiableCredential/0/credentialSubject/achievement/endorsement/0");
        assertThat(endorsement.at("/@context/0").textValue()).isEqualTo("https://www.w3.org/2018/credentials/v1");
        ((ObjectNode) credential.at("/credentialSubject/achievement")).putArray("endorsement").add(endorsement);
        return credential;
    }

    @Test
    void theBaseCredentialHasNoFinding() throws IOException {
        assertThat(json.validate(json.read(tree("/ob3/ob_v3p0_examples_basicOpenBadgeCredential-00.json")))
                .problems()).isEmpty();
    }

    @Test
    void anEmbedded11EndorsementDrawsWarningsNotErrors() throws IOException {
        ValidationResult result = json.validate(json.read(credentialWithLegacyEndorsement()));

        assertThat(result.valid()).as(result.problems().toString()).isTrue();
        assertThat(result.problems()).filteredOn(p -> p.code() == JsonCode.SCHEMA_VIOLATION)
                .extracting(Problem::path, Problem::severity)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "/credentialSubject/achievement/endorsement/0/validFrom", Severity.WARNING));
    }

    @Test
    void a20EndorsementMissingValidFromIsStillAnError() throws IOException {
        ObjectNode credential = credentialWithLegacyEndorsement();
        ObjectNode endorsement = (ObjectNode) credential.at("/credentialSubject/achievement/endorsement/0");
        // The same endorsement on the 2.0 context: now its missing validFrom breaks the schema.
        endorsement.withArray("@context").set(0, TREES.getNodeFactory().textNode("https://www.w3.org/ns/credentials/v2"));

        ValidationResult result = json.validate(json.read(credential));

        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).extracting(Problem::path)
                .contains("/credentialSubject/achievement/endorsement/0/validFrom");
    }

    private static ObjectNode tree(String resource) throws IOException {
        try (InputStream in = Ob3LegacyEndorsementTest.class.getResourceAsStream(resource)) {
            return (ObjectNode) TREES.readTree(in);
        }
    }
}
