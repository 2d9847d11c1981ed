package dev.laurel.badges.verify.dataintegrity;

import java.util.Objects;
import java.util.Optional;

/**
 * The Data Integrity proof suites Laurel verifies and issues. All three sign the same bytes: the SHA-256
 * of the canonical proof configuration followed by the SHA-256 of the canonical document (RDFC-1.0), with
 * Ed25519.
 */
public enum ProofSuite {
    /** {@code DataIntegrityProof} with cryptosuite {@code eddsa-rdfc-2022} (VC DI EdDSA), what OB 3.0 uses. */
    EDDSA_RDFC_2022("DataIntegrityProof", "eddsa-rdfc-2022", false),
    /** The draft name {@code eddsa-2022} of the same algorithm; verified with a warning, never issued. */
    EDDSA_2022("DataIntegrityProof", "eddsa-2022", true),
    /** The legacy {@code Ed25519Signature2020} suite of earlier OB 3.0 texts; verified with a warning. */
    ED25519_SIGNATURE_2020("Ed25519Signature2020", null, true);

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
