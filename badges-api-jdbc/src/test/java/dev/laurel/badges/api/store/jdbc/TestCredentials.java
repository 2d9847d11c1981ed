package dev.laurel.badges.api.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** OB 3.0 credentials for the store tests: the equality examples of the specification, varied. */
final class TestCredentials {

    private TestCredentials() {
    }

    /** Sample credential A of the specification's equality section, with its id, issuer and validFrom varied. */
    static String json(String id, String issuerId, String validFrom) {
        return "{\n  \"@context\": [\"https://www.w3.org/ns/credentials/v2\","
                + " \"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],\n"
                + (id == null ? "" : "  \"id\": \"" + id + "\",\n")
                + "  \"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"],\n"
                + "  \"issuer\": {\"id\": \"" + issuerId + "\", \"type\": [\"Profile\"], \"name\": \"Example University\"},\n"
                + (validFrom == null ? "" : "  \"validFrom\": \"" + validFrom + "\",\n")
                + "  \"name\": \"Teamwork Badge\",\n"
                + "  \"credentialSubject\": {\"id\": \"did:example:ebfeb1f712ebc6f1c276e12ec21\","
                + " \"type\": [\"AchievementSubject\"], \"achievement\": {"
                + "\"id\": \"https://example.com/achievements/21st-century-skills/teamwork\", \"type\": [\"Achievement\"],"
                + " \"criteria\": {\"narrative\": \"Team members are nominated for this badge by their peers.\"},"
                + " \"description\": \"Collaboration within a group.\", \"name\": \"Teamwork\"}}\n}";
    }

    /** The usual sample: id {@code http://example.edu/credentials/N}. */
    static String json(int n, String validFrom) {
        return json("http://example.edu/credentials/" + n, "https://example.edu/issuers/565049", validFrom);
    }

    /**
     * A VC-JWT whose payload is the credential (VCDM 2.0 form). The signature is not a real one: the store
     * does not verify.
     */
    static String jwt(String credentialJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"ES256\",\"typ\":\"vc+jwt\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(credentialJson.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("not-a-signature".getBytes(StandardCharsets.UTF_8));
    }
}
