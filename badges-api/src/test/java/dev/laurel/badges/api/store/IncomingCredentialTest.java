package dev.laurel.badges.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncomingCredentialTest {

    static String credential(String extra) {
        return "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\", \"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
                + " \"id\": \"urn:uuid:1\", \"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"],"
                + " \"issuer\": \"https://example.edu/issuers/1\", " + extra
                + " \"credentialSubject\": {\"type\": [\"AchievementSubject\"], \"achievement\": {\"id\": \"urn:a\","
                + " \"type\": [\"Achievement\"], \"name\": \"A\", \"description\": \"A\", \"criteria\": {\"narrative\": \"A\"}}}}";
    }

    static String jwt(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @Test
    void anIssuerGivenAsAStringIsKeyed() {
        IncomingCredential c = IncomingCredential.parse(CredentialFormat.JSON, credential("\"validFrom\": \"2010-01-01T00:00:00.1234Z\","));
        assertThat(c.key()).isEqualTo(EqualityKey.of("https://example.edu/issuers/1", "urn:uuid:1"));
        assertThat(c.validFrom()).as("kept to the millisecond").contains(Instant.parse("2010-01-01T00:00:00.123Z"));
    }

    @Test
    void readKeepsTheDocumentItParsedForTheVerifier() {
        String json = credential("\"validFrom\": \"2010-01-01T00:00:00Z\",");
        IncomingCredential.Read read = IncomingCredential.read(CredentialFormat.JSON, json, dev.laurel.badges.json.BadgeJson.standard());
        assertThat(read.credential()).isEqualTo(IncomingCredential.parse(CredentialFormat.JSON, json));
        assertThat(read.document().kind()).isEqualTo(dev.laurel.badges.json.DocumentKind.OB3_CREDENTIAL);
        assertThat(read.document().json().get("id").asText()).isEqualTo("urn:uuid:1");
    }

    @Test
    void validFromFallsBackToIssuanceDateThenToTheJwtNotBefore() {
        assertThat(IncomingCredential.parse(CredentialFormat.JSON, credential("\"issuanceDate\": \"2011-01-01T00:00:00+01:00\",")).validFrom())
                .contains(Instant.parse("2010-12-31T23:00:00Z"));
        assertThat(IncomingCredential.parse(CredentialFormat.JSON, credential("\"validFrom\": \"2011-01-01T00:00:00\",")).validFrom())
                .as("no offset: UTC").contains(Instant.parse("2011-01-01T00:00:00Z"));
        assertThat(IncomingCredential.parse(CredentialFormat.JSON, credential("\"validFrom\": \"yesterday\",")).validFrom()).isEmpty();
        String vc = credential("");
        String jwt11 = jwt("{\"nbf\": 1262304000, \"vc\": " + vc + "}");
        assertThat(IncomingCredential.parse(CredentialFormat.JWT, jwt11).validFrom()).contains(Instant.parse("2010-01-01T00:00:00Z"));
        assertThat(IncomingCredential.parse(CredentialFormat.JWT, jwt(vc)).validFrom()).isEmpty();
    }

    @Test
    void supersedingFollowsTheNewerValidFrom() {
        IncomingCredential dated = IncomingCredential.parse(CredentialFormat.JSON, credential("\"validFrom\": \"2010-03-01T00:00:00Z\","));
        IncomingCredential undated = IncomingCredential.parse(CredentialFormat.JSON, credential(""));
        Instant march = Instant.parse("2010-03-01T00:00:00Z");
        assertThat(dated.supersedes(Optional.of(march.minusSeconds(1)))).isTrue();
        assertThat(dated.supersedes(Optional.of(march))).as("the same date replaces").isTrue();
        assertThat(dated.supersedes(Optional.of(march.plusMillis(1)))).isFalse();
        assertThat(dated.supersedes(Optional.empty())).isTrue();
        assertThat(undated.supersedes(Optional.empty())).isTrue();
        assertThat(undated.supersedes(Optional.of(march))).isFalse();
    }

    @Test
    void refusalsNameTheProperty() {
        assertThatThrownBy(() -> IncomingCredential.parse(CredentialFormat.JSON, credential("").replace("\"id\": \"urn:uuid:1\"", "\"id\": 7")))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.code()).isEqualTo(StoreCode.INVALID_CREDENTIAL);
                    assertThat(e.pointer()).isEqualTo("/id");
                });
        assertThatThrownBy(() -> IncomingCredential.parse(CredentialFormat.JSON, credential("").replace("\"https://example.edu/issuers/1\"", "\" %20 \"")))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.pointer()).isEqualTo("/issuer"));
        assertThatThrownBy(() -> IncomingCredential.parse(CredentialFormat.JWT, "a.b.")).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.code()).isEqualTo(StoreCode.INVALID_CREDENTIAL));
    }

    @Test
    void aVcJwt11ThatMovedIssuerAndIdIntoClaimsIsKeyedFromThem() {
        String vc = credential("").replace("\"id\": \"urn:uuid:1\", ", "").replace("\"issuer\": \"https://example.edu/issuers/1\", ", "");
        IncomingCredential c = IncomingCredential.parse(CredentialFormat.JWT,
                jwt("{\"iss\": \"https://example.edu/issuers/1\", \"jti\": \"urn:uuid:1\", \"vc\": " + vc + "}"));
        assertThat(c.key()).isEqualTo(EqualityKey.of("https://example.edu/issuers/1", "urn:uuid:1"));
        assertThatThrownBy(() -> IncomingCredential.parse(CredentialFormat.JWT, jwt("{\"vc\": " + vc + "}")))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.pointer()).isEqualTo("/issuer"));
    }
}
