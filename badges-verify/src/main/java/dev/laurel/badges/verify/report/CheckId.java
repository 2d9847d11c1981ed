package dev.laurel.badges.verify.report;

import java.util.Objects;
import java.util.Optional;

/**
 * What a verification step checks: a stable id such as {@code jws.signature}, which reports, JSON lines
 * and callers branch on. The ids come from one enum per specification area, each constant named after
 * the step of that specification it carries out (as Titanium names its errors after the JSON-LD
 * specification's): {@link DocumentCheck}, {@link JwsCheck}, {@link VcJwtCheck}, {@link ProofCheck},
 * {@link Ob2Check}, {@link CredentialCheck}, {@link VerifierCheck}, {@link PresentationCheck} and {@link ClrCheck}. docs/VERIFICATION.md lists them.
 */
public interface CheckId {

    /**
     * Returns the stable id, e.g. {@code validity.expiry}.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the constant's name, e.g. {@code EXPIRY}.
     *
     * @return the name
     */
    String name();

    /**
     * Finds the step with a stable id.
     *
     * @param id a check id, e.g. {@code proof.key-binding}
     * @return the step, or empty if no step has that id
     * @throws NullPointerException if {@code id} is null
     */
    static Optional<CheckId> of(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(CheckIds.BY_ID.get(id));
    }
}
