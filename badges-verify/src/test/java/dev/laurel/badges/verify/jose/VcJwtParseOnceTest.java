package dev.laurel.badges.verify.jose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.CompactJws;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.KeyResolver;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.JwsCheck;
import org.junit.jupiter.api.Test;

/**
 * A VC-JWT that badges-json has read is verified from the trees it read, not parsed again (issue 14,
 * "parse once"): a marker added to the read payload tree shows up in the verified credential, which could
 * not happen if the payload were decoded and parsed afresh. The signature is still checked over the
 * compact text, and the caller's trees are left as they were.
 */
class VcJwtParseOnceTest {

    final LaurelKey key = KeyPairs.generateEd25519();
    final VcJwtVerifier verifier = VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding();

    @Test
    void theReadPayloadTreeIsUsedNotParsedAgain() {
        String jwt = VcJwtSigner.of(key).withKeyId(key.didKeyVerificationMethod()).sign(Fixtures.basicCredential());
        BadgeDocument doc = BadgeJson.standard().read(jwt);
        CompactJws jws = doc.jws().orElseThrow();
        jws.payload().put("parsedOnceMarker", true);

        VcJwtResult result = verifier.verify(jws);

        assertThat(result.verified()).as("%s", result.failures()).isTrue();
        assertThat(result.credential().orElseThrow().has("parsedOnceMarker")).isTrue();
        assertThat(verifier.verify(jwt).credential().orElseThrow().has("parsedOnceMarker"))
                .as("the text form parses its own payload").isFalse();
        assertThat(jws.payload().has("iss")).as("the caller's tree keeps its claims").isTrue();
    }

    @Test
    void theSignatureIsStillCheckedOverTheCompactText() {
        String jwt = VcJwtSigner.of(key).withKeyId(key.didKeyVerificationMethod()).sign(Fixtures.basicCredential());
        String[] parts = jwt.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (parts[2].endsWith("AA") ? "BA" : "AA");
        CompactJws jws = BadgeJson.standard().read(tampered).jws().orElseThrow();
        assertThat(verifier.verify(jws).verified()).isFalse();
        assertThat(verifier.verify(jws).check(JwsCheck.SIGNATURE).orElseThrow().outcome())
                .isEqualTo(dev.laurel.badges.verify.report.Outcome.FAILED);
    }

    @Test
    void bothFormsGiveTheSameChecks() {
        String jwt = VcJwtSigner.of(key).sign(Fixtures.basicCredential());
        CompactJws jws = BadgeJson.standard().read(jwt).jws().orElseThrow();
        assertThat(verifier.verify(jws).checks()).isEqualTo(verifier.verify(jwt).checks());
        ObjectNode untouched = jws.payload().deepCopy();
        verifier.verify(jws);
        assertThat(jws.payload()).isEqualTo(untouched);
    }
}
