package dev.laurel.badges.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import dev.laurel.badges.verify.report.VerifierCheck;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Untrusted input never throws out of {@link Verifier#verify}: it yields a report, and garbage never verifies. */
class VerifierProperties {

    static final Verifier VERIFIER = VerifierFixtures.verifier(DocumentFetcher.refusing());
    static final LaurelKey KEYS = VerifierFixtures.keys(1);
    static final byte[] SIGNED = VerifierFixtures.text(VerifierFixtures.signDi(VerifierFixtures.credential(KEYS), KEYS))
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    static void assertAReport(VerificationReport report) {
        assertThat(report.checks()).isNotEmpty();
        assertThat(report.check(VerifierCheck.ERROR)).as("no step may stop unexpectedly").isEmpty();
    }

    @Property(tries = 300)
    void randomBytesNeverThrowAndNeverVerify(@ForAll @Size(max = 2048) byte[] input) {
        VerificationReport report = VERIFIER.verify(input);
        assertAReport(report);
        assertThat(report.verified()).isFalse();
    }

    @Property(tries = 300)
    void randomTextNeverThrowsAndNeverVerifies(@ForAll @Size(max = 512) String input) {
        VerificationReport report = VERIFIER.verify(input.getBytes(StandardCharsets.UTF_8),
                Recipient.parse("email:alice@example.org"));
        assertAReport(report);
        assertThat(report.verified()).isFalse();
    }

    @Property(tries = 300)
    void jwsShapedGarbageNeverThrowsAndNeverVerifies(@ForAll("jwsShaped") String token) {
        VerificationReport report = VERIFIER.verify(token);
        assertAReport(report);
        assertThat(report.verified()).isFalse();
    }

    @Property(tries = 300)
    void pngHeaderFollowedByGarbageNeverThrowsAndNeverVerifies(@ForAll @Size(max = 1024) byte[] tail) {
        byte[] input = new byte[PNG_SIGNATURE.length + tail.length];
        System.arraycopy(PNG_SIGNATURE, 0, input, 0, PNG_SIGNATURE.length);
        System.arraycopy(tail, 0, input, PNG_SIGNATURE.length, tail.length);
        VerificationReport report = VERIFIER.verify(input);
        assertAReport(report);
        assertThat(report.verified()).isFalse();
    }

    @Property(tries = 300)
    void damagedSignedCredentialNeverThrows(@ForAll("positions") int position, @ForAll byte replacement) {
        byte[] damaged = SIGNED.clone();
        damaged[position % damaged.length] = replacement;
        assertAReport(VERIFIER.verify(damaged));
    }

    @Property(tries = 300)
    void truncatedSignedCredentialNeverThrowsAndNeverVerifies(@ForAll("positions") int length) {
        byte[] truncated = Arrays.copyOf(SIGNED, length % SIGNED.length);
        VerificationReport report = VERIFIER.verify(truncated);
        assertAReport(report);
        assertThat(report.verified()).isFalse();
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE);
    }

    @Provide
    Arbitrary<String> jwsShaped() {
        Arbitrary<String> json = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(64),
                Arbitraries.of("{\"alg\":\"EdDSA\"}", "{\"alg\":\"none\"}", "{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
                        "{\"alg\":\"RS256\",\"kid\":\"did:key:z6Mk\"}", "{\"alg\":\"EdDSA\",\"jku\":\"file:///etc/passwd\"}",
                        "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\","
                                + "\"OpenBadgeCredential\"],\"issuer\":\"did:key:z6Mk\"}", "[]", "{}", "null"));
        Arbitrary<String> part = json.map(s -> Base64.getUrlEncoder().withoutPadding()
                .encodeToString(s.getBytes(StandardCharsets.UTF_8)));
        Arbitrary<String> raw = Arbitraries.strings().withChars("ABCDEFabcdef0123456789-_=+/.").ofMaxLength(40);
        return Combinators.combine(part, Arbitraries.oneOf(part, raw), raw).as((h, p, s) -> h + "." + p + "." + s);
    }
}
