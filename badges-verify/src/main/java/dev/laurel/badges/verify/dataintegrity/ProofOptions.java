package dev.laurel.badges.verify.dataintegrity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a new proof says besides its signature.
 *
 * @param suite the proof suite; {@link ProofSuite#EDDSA_2022} cannot be issued
 * @param verificationMethod the URL of the verification key, such as
 *     {@link dev.laurel.badges.verify.keys.LaurelKey#didKeyVerificationMethod()}
 * @param created when the proof was made; written to the second, in UTC
 * @param proofPurpose the proof purpose, {@code assertionMethod} for credentials
 * @param id the proof's id, needed when a later proof chains to it
 * @param previousProof the ids of the proofs this one chains to; empty for none
 * @param challenge the {@code challenge} a verifier gave (a presentation's {@code authentication} proof)
 * @param domain the {@code domain} the proof is meant for (a presentation's {@code authentication} proof)
 * @param mandatoryPointers for {@link ProofSuite#ECDSA_SD_2023} only: JSON Pointers (RFC 6901) to what every
 *     disclosure derived from the base proof must reveal (such as {@code /issuer}); empty for none
 */
public record ProofOptions(
        ProofSuite suite,
        String verificationMethod,
        Instant created,
        String proofPurpose,
        Optional<String> id,
        List<String> previousProof,
        Optional<String> challenge,
        Optional<String> domain,
        List<String> mandatoryPointers) {

    /**
     * Creates proof options.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the suite is {@link ProofSuite#EDDSA_2022}, a text is blank,
     *     mandatory pointers are given for another suite than {@link ProofSuite#ECDSA_SD_2023}, or an
     *     {@code ecdsa-sd-2023} proof names a {@code previousProof} (a base proof is its document's only proof)
     */
    public ProofOptions {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(verificationMethod, "verificationMethod");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(proofPurpose, "proofPurpose");
        Objects.requireNonNull(id, "id");
        previousProof = List.copyOf(Objects.requireNonNull(previousProof, "previousProof"));
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(domain, "domain");
        if (suite == ProofSuite.EDDSA_2022) {
            throw new IllegalArgumentException("suite: eddsa-2022 is a draft name that is verified but never issued");
        }
        mandatoryPointers = List.copyOf(Objects.requireNonNull(mandatoryPointers, "mandatoryPointers"));
        if (suite != ProofSuite.ECDSA_SD_2023 && !mandatoryPointers.isEmpty()) {
            throw new IllegalArgumentException("mandatoryPointers: only ecdsa-sd-2023 proofs have mandatory pointers");
        }
        if (suite == ProofSuite.ECDSA_SD_2023 && !previousProof.isEmpty()) {
            throw new IllegalArgumentException("previousProof: an ecdsa-sd-2023 base proof cannot chain to other proofs");
        }
        if (verificationMethod.isBlank()) {
            throw new IllegalArgumentException("verificationMethod: must not be blank");
        }
        if (proofPurpose.isBlank()) {
            throw new IllegalArgumentException("proofPurpose: must not be blank");
        }
        created = created.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Creates proof options without mandatory pointers.
     *
     * @param suite the suite
     * @param verificationMethod the verification key's URL
     * @param created when the proof is made
     * @param proofPurpose the proof purpose
     * @param id the proof's id
     * @param previousProof the ids of the proofs this one chains to
     * @param challenge the challenge, if any
     * @param domain the domain, if any
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public ProofOptions(ProofSuite suite, String verificationMethod, Instant created, String proofPurpose,
                        Optional<String> id, List<String> previousProof, Optional<String> challenge,
                        Optional<String> domain) {
        this(suite, verificationMethod, created, proofPurpose, id, previousProof, challenge, domain, List.of());
    }

    /**
     * Creates proof options with no {@code challenge} and no {@code domain}.
     *
     * @param suite the suite
     * @param verificationMethod the verification key's URL
     * @param created when the proof is made
     * @param proofPurpose the proof purpose
     * @param id the proof's id
     * @param previousProof the ids of the proofs this one chains to
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public ProofOptions(ProofSuite suite, String verificationMethod, Instant created, String proofPurpose,
                        Optional<String> id, List<String> previousProof) {
        this(suite, verificationMethod, created, proofPurpose, id, previousProof, Optional.empty(), Optional.empty());
    }

    /**
     * Returns options for an {@code assertionMethod} proof without id or chain.
     *
     * @param suite the suite
     * @param verificationMethod the verification key's URL
     * @param created when the proof is made
     * @return the options
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static ProofOptions of(ProofSuite suite, String verificationMethod, Instant created) {
        return new ProofOptions(suite, verificationMethod, created, "assertionMethod", Optional.empty(), List.of());
    }

    /**
     * Returns these options with a proof id.
     *
     * @param proofId the id, such as a {@code urn:uuid:}
     * @return the new options
     * @throws NullPointerException if {@code proofId} is null
     */
    public ProofOptions withId(String proofId) {
        return new ProofOptions(suite, verificationMethod, created, proofPurpose, Optional.of(proofId), previousProof,
                challenge, domain, mandatoryPointers);
    }

    /**
     * Returns these options chained to earlier proofs.
     *
     * @param ids the ids of the proofs this one follows
     * @return the new options
     * @throws NullPointerException if {@code ids} is null
     */
    public ProofOptions withPreviousProof(List<String> ids) {
        return new ProofOptions(suite, verificationMethod, created, proofPurpose, id, ids, challenge, domain,
                mandatoryPointers);
    }

    /**
     * Returns these options with another proof purpose, e.g. {@code authentication} for a presentation.
     *
     * @param purpose the purpose
     * @return the new options
     * @throws NullPointerException if {@code purpose} is null
     * @throws IllegalArgumentException if it is blank
     */
    public ProofOptions withProofPurpose(String purpose) {
        return new ProofOptions(suite, verificationMethod, created, purpose, id, previousProof, challenge, domain,
                mandatoryPointers);
    }

    /**
     * Returns these options with a {@code challenge} (signed into the proof).
     *
     * @param value the challenge a verifier gave
     * @return the new options
     * @throws NullPointerException if {@code value} is null
     */
    public ProofOptions withChallenge(String value) {
        return new ProofOptions(suite, verificationMethod, created, proofPurpose, id, previousProof,
                Optional.of(value), domain, mandatoryPointers);
    }

    /**
     * Returns these options with a {@code domain} (signed into the proof).
     *
     * @param value the domain the proof is meant for
     * @return the new options
     * @throws NullPointerException if {@code value} is null
     */
    public ProofOptions withDomain(String value) {
        return new ProofOptions(suite, verificationMethod, created, proofPurpose, id, previousProof, challenge,
                Optional.of(value), mandatoryPointers);
    }

    /**
     * Returns these options with the mandatory pointers of an {@code ecdsa-sd-2023} base proof. Pointers are
     * checked when signing: one that is not a JSON Pointer or names nothing in the document fails there with
     * {@link DataIntegrityCode#INVALID_POINTER}.
     *
     * @param pointers JSON Pointers to what every disclosure must reveal, such as {@code /issuer}
     * @return the new options
     * @throws NullPointerException if {@code pointers} or one of them is null
     * @throws IllegalArgumentException if the suite is not {@link ProofSuite#ECDSA_SD_2023}
     */
    public ProofOptions withMandatoryPointers(List<String> pointers) {
        return new ProofOptions(suite, verificationMethod, created, proofPurpose, id, previousProof, challenge, domain,
                pointers);
    }
}
