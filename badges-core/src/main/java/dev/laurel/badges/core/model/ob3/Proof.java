package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Timestamp;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;
import java.util.Optional;

/**
 * An embedded cryptographic proof (VC Data Integrity {@code proof}): a {@code DataIntegrityProof} with a
 * {@code cryptosuite} such as {@code eddsa-rdfc-2022}, or an older suite such as {@code Ed25519Signature2020},
 * which also carries its signature in {@code proofValue}. Other members ({@code id}, {@code previousProof},
 * {@code expires}, a JWS's {@code jws}) are extensions.
 *
 * @param type the proof type (signature suite), e.g. {@code DataIntegrityProof} (required)
 * @param created when the proof was created
 * @param cryptosuite the cryptographic suite, e.g. {@code eddsa-rdfc-2022}
 * @param challenge a value chosen by the verifier against replay
 * @param domain the domain the proof is restricted to
 * @param nonce a value chosen by the creator to randomise the proof
 * @param proofPurpose the purpose, for credentials {@code assertionMethod}
 * @param proofValue the proof value, e.g. a multibase-encoded signature
 * @param verificationMethod the URL of the key that verifies the proof
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#proof">Open Badges 3.0, Proof</a>
 */
public record Proof(
        Optional<@NotNull String> type,
        Optional<Timestamp> created,
        Optional<String> cryptosuite,
        Optional<String> challenge,
        Optional<String> domain,
        Optional<String> nonce,
        Optional<String> proofPurpose,
        Optional<String> proofValue,
        Optional<@Iri String> verificationMethod,
        Extensions extensions) {

    /** The type of a VC Data Integrity proof: {@value}. */
    public static final String DATA_INTEGRITY_PROOF = "DataIntegrityProof";

    /**
     * Creates the record. Any combination of present and absent values is accepted, so that an invalid document
     * can be held and reported on.
     *
     * @throws NullPointerException if a component is null
     */
    public Proof {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(cryptosuite, "cryptosuite");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(proofPurpose, "proofPurpose");
        Objects.requireNonNull(proofValue, "proofValue");
        Objects.requireNonNull(verificationMethod, "verificationMethod");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns the options of a {@code DataIntegrityProof} before signing: no {@code proofValue} yet.
     *
     * @param cryptosuite the suite, e.g. {@code eddsa-rdfc-2022}
     * @param created when the proof is created
     * @param verificationMethod the URL of the verifying key
     * @param proofPurpose the purpose, normally {@code assertionMethod}
     * @return the proof options
     * @throws NullPointerException if an argument is null
     */
    public static Proof dataIntegrity(String cryptosuite, Timestamp created, String verificationMethod,
            String proofPurpose) {
        return new Proof(Optional.of(DATA_INTEGRITY_PROOF), Optional.of(Objects.requireNonNull(created, "created")),
                Optional.of(Objects.requireNonNull(cryptosuite, "cryptosuite")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Objects.requireNonNull(proofPurpose, "proofPurpose")), Optional.empty(),
                Optional.of(Objects.requireNonNull(verificationMethod, "verificationMethod")), Extensions.NONE);
    }

    /**
     * Returns a copy with the given proof value, e.g. once the signature is computed.
     *
     * @param proofValue the proof value
     * @return the new proof
     * @throws NullPointerException if {@code proofValue} is null
     */
    public Proof withProofValue(String proofValue) {
        return new Proof(type, created, cryptosuite, challenge, domain, nonce, proofPurpose,
                Optional.of(Objects.requireNonNull(proofValue, "proofValue")), verificationMethod, extensions);
    }

    /**
     * Returns a copy without {@code proofValue}: the proof options that the signature covers.
     *
     * @return the new proof
     */
    public Proof withoutProofValue() {
        return new Proof(type, created, cryptosuite, challenge, domain, nonce, proofPurpose, Optional.empty(),
                verificationMethod, extensions);
    }
}
