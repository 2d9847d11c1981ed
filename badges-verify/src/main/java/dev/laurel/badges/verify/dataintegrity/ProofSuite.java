package dev.laurel.badges.verify.dataintegrity;

import dev.laurel.badges.verify.keys.KeyKind;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Data Integrity proof suites Laurel verifies and issues. All of them canonicalise with RDFC-1.0 and
 * sign the hash of the canonical proof configuration followed by the hash of the canonical document. The
 * EdDSA suites hash with SHA-256 and sign with Ed25519; {@code ecdsa-rdfc-2019} hashes with SHA-256 for a
 * P-256 key and SHA-384 for a P-384 key, and its proof value is the ECDSA signature {@code r||s}
 * (IEEE P1363: 64 bytes for P-256, 96 for P-384).
 */
public enum ProofSuite {
    /** {@code DataIntegrityProof} with cryptosuite {@code eddsa-rdfc-2022} (VC DI EdDSA), what OB 3.0 uses. */
    EDDSA_RDFC_2022("DataIntegrityProof", "eddsa-rdfc-2022", false),
    /** The draft name {@code eddsa-2022} of the same algorithm; verified with a warning, never issued. */
    EDDSA_2022("DataIntegrityProof", "eddsa-2022", true),
    /** The legacy {@code Ed25519Signature2020} suite of earlier OB 3.0 texts; verified with a warning. */
    ED25519_SIGNATURE_2020("Ed25519Signature2020", null, true),
    /**
     * {@code DataIntegrityProof} with cryptosuite {@code ecdsa-rdfc-2019} (VC DI ECDSA) with a P-256 or
     * P-384 key.
     */
    ECDSA_RDFC_2019("DataIntegrityProof", "ecdsa-rdfc-2019", false),
    /**
     * {@code DataIntegrityProof} with cryptosuite {@code ecdsa-sd-2023} (VC DI ECDSA, selective disclosure)
     * with a P-256 issuer key. {@link DataIntegritySigner} issues base proofs (mandatory pointers in
     * {@link ProofOptions#mandatoryPointers()}), which are for the holder only; {@link SelectiveDisclosure}
     * derives the proofs verifiers check. Only derived proofs verify.
     */
    ECDSA_SD_2023("DataIntegrityProof", "ecdsa-sd-2023", false);

    private final String type;
    private final String cryptosuite;
    private final boolean legacy;

    ProofSuite(String type, String cryptosuite, boolean legacy) {
        this.type = type;
        this.cryptosuite = cryptosuite;
        this.legacy = legacy;
    }

    /**
     * Returns the proof {@code type} value.
     *
     * @return the type
     */
    public String type() {
        return type;
    }

    /**
     * Returns the {@code cryptosuite} value, absent for {@link #ED25519_SIGNATURE_2020}.
     *
     * @return the cryptosuite
     */
    public Optional<String> cryptosuite() {
        return Optional.ofNullable(cryptosuite);
    }

    /**
     * Tells whether this is an older form that verifies with a warning.
     *
     * @return {@code true} for {@link #EDDSA_2022} and {@link #ED25519_SIGNATURE_2020}
     */
    public boolean legacy() {
        return legacy;
    }

    /**
     * Returns the kinds of key this suite signs with.
     *
     * @return {@link KeyKind#ED25519} for the EdDSA suites, {@link KeyKind#P256} and {@link KeyKind#P384}
     *     for {@link #ECDSA_RDFC_2019}, {@link KeyKind#P256} for {@link #ECDSA_SD_2023}
     */
    public Set<KeyKind> keyKinds() {
        switch (this) {
            case ECDSA_RDFC_2019:
                return Set.of(KeyKind.P256, KeyKind.P384);
            case ECDSA_SD_2023:
                return Set.of(KeyKind.P256);
            default:
                return Set.of(KeyKind.ED25519);
        }
    }

    /**
     * Returns the JCA name of the hash this suite applies to the canonical proof configuration and
     * document when the key is of the given kind.
     *
     * @param kind the key's kind, one of {@link #keyKinds()}
     * @return {@code SHA-384} for a P-384 key, else {@code SHA-256}
     * @throws NullPointerException if {@code kind} is null
     * @throws IllegalArgumentException if this suite does not sign with that kind of key
     */
    public String hashAlgorithm(KeyKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (!keyKinds().contains(kind)) {
            throw new IllegalArgumentException("kind: " + name() + " does not sign with a " + kind + " key");
        }
        return kind == KeyKind.P384 ? "SHA-384" : "SHA-256";
    }

    /**
     * Finds the suite of a proof's {@code type} and {@code cryptosuite}.
     *
     * @param type the proof type
     * @param cryptosuite the cryptosuite, if the proof has one
     * @return the suite, or empty if it is not supported
     * @throws NullPointerException if an argument is null
     */
    public static Optional<ProofSuite> of(String type, Optional<String> cryptosuite) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cryptosuite, "cryptosuite");
        for (ProofSuite s : values()) {
            if (s.type.equals(type) && Objects.equals(s.cryptosuite, cryptosuite.orElse(null))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
