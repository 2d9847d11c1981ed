package dev.laurel.badges.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import org.junit.jupiter.api.Test;

class LaurelJacksonModuleTest {

    static final String OB3 = """
            {"@context": ["https://www.w3.org/ns/credentials/v2",
                          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
             "id": "urn:uuid:1", "type": ["VerifiableCredential", "OpenBadgeCredential"], "name": "A badge",
             "issuer": {"id": "https://example.edu/issuer", "type": ["Profile"], "name": "Example"},
             "validFrom": "2026-01-01T00:00:00Z",
             "credentialSubject": {"type": ["AchievementSubject"], "achievement": {
                 "id": "https://example.edu/a/1", "type": ["Achievement"], "name": "A", "description": "d",
                 "criteria": {"narrative": "n"}}}}
            """;

    static final String OB2 = """
            {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "https://example.org/a/1",
             "recipient": {"type": "email", "hashed": false, "identity": "a@example.org"},
             "badge": "https://example.org/b/1", "issuedOn": "2026-01-01T00:00:00Z",
             "verification": {"type": "hosted"}}
            """;

    @Test
    void findAndRegisterModulesFindsTheLenientModule() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).contains("LaurelOpenBadges");
        OpenBadgeCredential c = mapper.readValue(OB3, OpenBadgeCredential.class);
        assertThat(c.name()).contains("A badge");
        assertThat(mapper.readTree(mapper.writeValueAsString(c))).isEqualTo(mapper.readTree(OB3));
    }

    @Test
    void theModuleReportsLaurelsVersion() {
        LaurelJacksonModule module = new LaurelJacksonModule();
        assertThat(module.version().isUnknownVersion()).isFalse();
        assertThat(module.version().getGroupId()).isEqualTo("dev.laurel");
        assertThat(module.version().getArtifactId()).isEqualTo("badges-json");
        assertThat(module.version().toString()).startsWith(System.getProperty("laurel.version", "0."));
    }

    @Test
    void lenientReadsADocumentOfAnotherKindStrictRefusesIt() throws Exception {
        ObjectMapper lenient = new ObjectMapper().registerModule(BadgeJson.jacksonModule());
        assertThat(lenient.readValue(OB2, OpenBadgeCredential.class)).isNotNull();

        ObjectMapper strict = new ObjectMapper().registerModule(LaurelJacksonModule.strict());
        assertThatThrownBy(() -> strict.readValue(OB2, OpenBadgeCredential.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("expected an OB 3.0 OpenBadgeCredential, got an OB 2.0 Assertion");
        assertThatThrownBy(() -> strict.readValue("{\"name\": \"x\"}", Assertion.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("not an Open Badge");
        assertThat(strict.readValue(OB3, OpenBadgeCredential.class).name()).contains("A badge");
        assertThat(strict.readValue(OB2, Assertion.class).id()).isNotNull();
    }

    @Test
    void lenientAndStrictAreDistinctRegistrations() {
        ObjectMapper both = new ObjectMapper().registerModule(new LaurelJacksonModule())
                .registerModule(LaurelJacksonModule.strict()).registerModule(new LaurelJacksonModule());
        assertThat(both.getRegisteredModuleIds()).contains("LaurelOpenBadges", "LaurelOpenBadgesStrict").hasSize(2);
    }
}
