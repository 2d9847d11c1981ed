package dev.laurel.badges.verify.jose;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.keys.VerificationMethod;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Checked;
import dev.laurel.badges.verify.report.JwsCheck;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What OB 2.0 signed-badge verification found.
 *
 * @param checks the checks, in the order they ran
 * @param assertion the signed assertion, if the signature verified; a fresh object
 * @param badgeClass the badge class, if it was found; a fresh copy
 * @param issuer the issuer profile, if it was found; a fresh copy
 * @param key the verification method (the issuer's CryptographicKey) that verified the signature, if one did
 */
public record SignedBadgeResult(List<Check> checks, Optional<ObjectNode> assertion, Optional<ObjectNode> badgeClass,
        Optional<ObjectNode> issuer, Optional<VerificationMethod> key) implements Checked {

    /**
     * Creates a result.
     *
     * @throws NullPointerException if a component is null
     */
    public SignedBadgeResult {
        checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(badgeClass, "badgeClass");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(key, "key");
    }

    /**
     * Tells whether the signature verified with a key the issuer owns and lists, and no check failed.
     * Validation of the assertion, badge class and issuer against OB 2.0 is the caller's next step.
     *
     * @return {@code true} if verified
     */
    public boolean verified() {
        return noneFailedAndPassed(JwsCheck.SIGNATURE);
    }

}
