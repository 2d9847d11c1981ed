package dev.laurel.badges.json.taxonomy;

import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.json.BadgeJson;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Compact JWS strings for tests: the credential as the payload, with a signature nobody checks here. */
final class TestJws {

    private TestJws() {
    }

    static String of(OpenBadgeCredential credential) {
        return of(BadgeJson.standard().write(credential));
    }

    static String of(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"EdDSA\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("not a real signature".getBytes(StandardCharsets.UTF_8));
    }
}
