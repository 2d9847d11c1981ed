package dev.laurel.badges.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.presentation.PresentationOptions;
import dev.laurel.badges.verify.presentation.PresentationReport;
import dev.laurel.badges.verify.presentation.PresentationSigner;
import dev.laurel.badges.verify.presentation.PresentationVerifier;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Untrusted presentations never throw, and any change to a signed one's signed bytes is caught. */
class PresentationProperties {

    private static final LaurelKey HOLDER = VerifierFixtures.keys(7);
    private static final PresentationVerifier VERIFIER = PresentationVerifier.builder()
            .verifier(VerifierFixtures.verifier(DocumentFetcher.refusing())).build();
    private static final String SIGNED_JWT = PresentationSigner.of(HOLDER).clock(VerifierFixtures.CLOCK)
            .challenge("c").domain("d").signJwt(List.of());

    @Property(tries = 200)
    void randomBytesNeverThrowAndNeverVerify(@ForAll @Size(max = 2048) byte[] input) {
        PresentationReport report = VERIFIER.verify(input, PresentationOptions.none());
        assertThat(report.verified()).isFalse();
        assertThat(report.checks()).isNotEmpty();
        assertThat(PresentationVerifier.isPresentation(input)).isIn(true, false);
    }

    @Property(tries = 200)
    void randomTextNeverThrowsAndNeverVerifies(@ForAll @Size(max = 512) String input) {
        PresentationReport report = VERIFIER.verify("{\"type\":\"VerifiablePresentation\",\"x\":\"" + input + "\"}",
                PresentationOptions.none());
        assertThat(report.verified()).isFalse();
    }

    @Property(tries = 100)
    void aChangedPayloadCharacterIsCaught(@ForAll @IntRange(min = 0, max = 10_000) int at) {
        String[] parts = SIGNED_JWT.split("\\.");
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        int i = at % payload.length;
        payload[i] = (byte) (payload[i] == 'a' ? 'b' : 'a');
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "." + parts[2];
        PresentationReport report = VERIFIER.verify(forged.getBytes(StandardCharsets.US_ASCII),
                PresentationOptions.none().withChallenge("c").withDomain("d"));
        assertThat(report.verified()).isFalse();
        assertThat(VERIFIER.verify(SIGNED_JWT, PresentationOptions.none().withChallenge("c").withDomain("d"))
                .verified()).isTrue();
    }

    @Property(tries = 20)
    void aDataIntegrityPresentationVerifiesOnlyWithItsOwnChallenge(@ForAll @Size(min = 1, max = 40) String challenge) {
        String vp = PresentationSigner.of(HOLDER).clock(VerifierFixtures.CLOCK).challenge(challenge.isBlank() ? "x" : challenge)
                .signDataIntegrity(List.of());
        String actual = challenge.isBlank() ? "x" : challenge;
        ObjectNode tree = VerifierFixtures.object(vp);
        assertThat(VERIFIER.verify(vp, PresentationOptions.none().withChallenge(actual)).verified()).isTrue();
        assertThat(VERIFIER.verify(vp, PresentationOptions.none().withChallenge(actual + "!")).verified()).isFalse();
        assertThat(tree.get("proof").get("challenge").asText()).isEqualTo(actual);
    }
}
