package dev.laurel.badges.verify.presentation;

import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.internal.steps.PresentationSteps;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.PresentationCheck;
import dev.laurel.badges.verify.report.Presented;
import dev.laurel.badges.verify.report.ProofFormat;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies a W3C Verifiable Presentation: a VC Data Model 2.0 presentation (1.1 with a warning) signed by
 * its holder, either with an embedded Data Integrity proof ({@code proofPurpose} {@code authentication};
 * eddsa-rdfc-2022, or ecdsa-rdfc-2019 with a P-256 or P-384 key) or as a VP-JWT (the presentation as the
 * payload, or in the VC Data Model 1.1 {@code vp} claim), and every credential inside it.
 *
 * <p>A view of a {@link Verifier}, which recognises presentations itself: every setting (fetcher, DID
 * resolvers, clock, skew, key binding, the most credentials per presentation) is the verifier's, declared
 * once on {@link Verifier.Builder}; this class adds the {@link PresentationOptions} of one call and the
 * {@link PresentationReport} shape.
 *
 * <p>Checks, as {@code presentation.*} ids beside the proof's or JWS's own: the input is a presentation; its
 * data model; its signature; the {@code challenge} ({@code nonce}) and {@code domain} ({@code aud}) against
 * what the caller expects (expected but missing or different fails, present but not expected warns); a
 * VP-JWT's {@code exp}/{@code nbf}; that the signing key is the {@code holder}'s (a DID holder's key must be
 * listed under its {@code authentication}; strict unless the verifier says otherwise; no holder warns unless
 * the caller requires one); then each entry of {@code verifiableCredential} (an embedded credential, a VC-JWT
 * string, or an {@code EnvelopedVerifiableCredential} whose {@code id} is a {@code data:application/vc+jwt,}
 * URL) through the {@link Verifier}, each with its own {@link VerificationReport}, fetch budget and deadline.
 * Untrusted input never throws: it yields a report.
 *
 * <pre>{@code
 * PresentationVerifier verifier = PresentationVerifier.of(Verifier.offline());
 * PresentationReport report = verifier.verify(bytes, PresentationOptions.none().withChallenge(nonce)
 *         .withDomain("https://employer.example"));
 * if (report.verified()) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PresentationVerifier {

    /** The default most credentials one presentation may carry ({@link Verifier.Builder#maxCredentials}). */
    public static final int DEFAULT_MAX_CREDENTIALS = PresentationSteps.DEFAULT_MAX_CREDENTIALS;

    private final Verifier verifier;

    private PresentationVerifier(Verifier verifier) {
        this.verifier = verifier;
    }

    /**
     * Returns a presentation verifier over a verifier, whose settings it uses for the presentation and the
     * credentials inside.
     *
     * @param verifier the verifier
     * @return the presentation verifier
     * @throws NullPointerException if verifier is null
     */
    public static PresentationVerifier of(Verifier verifier) {
        return new PresentationVerifier(Objects.requireNonNull(verifier, "verifier"));
    }

    /**
     * Returns a builder; without {@link Builder#verifier} it uses {@link Verifier#offline()}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells, by content, whether an input looks like a presentation: a JSON object whose {@code type} names
     * {@code VerifiablePresentation}, or a compact JWS whose payload is one or carries a {@code vp} claim.
     * It reads, it does not verify; input that is neither gives {@code false}, never an exception.
     *
     * @param input the bytes
     * @return {@code true} if it looks like a presentation
     * @throws NullPointerException if input is null
     */
    public static boolean isPresentation(byte[] input) {
        return PresentationSteps.isPresentation(Objects.requireNonNull(input, "input"));
    }

    /**
     * Verifies a presentation given as text (JSON or a compact JWS).
     *
     * @param input the text
     * @param expected what the caller expects
     * @return the report
     * @throws NullPointerException if an argument is null
     */
    public PresentationReport verify(String input, PresentationOptions expected) {
        Objects.requireNonNull(input, "input");
        return verify(input.getBytes(StandardCharsets.UTF_8), expected);
    }

    /**
     * Verifies a presentation: JSON with an embedded proof, or a compact JWS (VP-JWT). Input that is no
     * presentation fails {@code presentation.format}.
     *
     * @param input the bytes
     * @param expected what the caller expects
     * @return the report; never an exception for bad input
     * @throws NullPointerException if an argument is null
     */
    public PresentationReport verify(byte[] input, PresentationOptions expected) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(expected, "expected");
        if (!PresentationSteps.isPresentation(input)) {
            return new PresentationReport(ProofFormat.NONE, Optional.empty(), List.of(Check.failed(
                    PresentationCheck.FORMAT, "", "not a presentation: the input is"
                            + " neither a JSON object nor a JWS whose type names VerifiablePresentation")), List.of());
        }
        Verifier v = expected.challenge().map(verifier::withChallenge).orElse(verifier);
        v = expected.domain().map(v::withDomain).orElse(v);
        v = expected.holderRequired() ? v.requiringHolder() : v;
        VerificationReport report = v.verify(input, expected.recipient());
        Presented presented = report.presentation().orElseGet(() -> new Presented(Optional.empty(), List.of()));
        return new PresentationReport(report.proofFormat(), presented.holder(), report.checks(),
                presented.credentials());
    }

    /** Configures a {@link PresentationVerifier}. Not thread-safe; the verifier it builds is. */
    public static final class Builder {
        private Verifier verifier;

        private Builder() {
        }

        /**
         * Sets the verifier whose settings (fetcher, DID resolvers, clock, skew, key binding, most
         * credentials) verify the presentation and the credentials inside; default {@link Verifier#offline()}.
         *
         * @param value the verifier
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder verifier(Verifier value) {
            this.verifier = Objects.requireNonNull(value, "verifier");
            return this;
        }

        /**
         * Builds the presentation verifier.
         *
         * @return the presentation verifier
         */
        public PresentationVerifier build() {
            return new PresentationVerifier(verifier == null ? Verifier.offline() : verifier);
        }
    }
}
