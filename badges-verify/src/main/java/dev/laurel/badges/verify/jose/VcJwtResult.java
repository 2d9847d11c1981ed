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
 * What VC-JWT verification found: every check that ran, and what could be read.
 *
 * @param checks the checks, in the order they ran
 * @param credential the credential the token carries (claims removed, or taken from {@code vc} and
 *     completed from the claims for the VC Data Model 1.1 form), if the payload could be read; a fresh
 *     object the caller may change
 * @param payloadForm how the credential was carried, if the payload could be read
 * @param key the verification method whose key was used, and where it came from, if one was found
 */
public record VcJwtResult(List<Check> checks, Optional<ObjectNode> credential, Optional<PayloadForm> payloadForm,
        Optional<VerificationMethod> key) implements Checked {

    /**
     * Creates a result.
     *
     * @throws NullPointerException if a component is null
     */
    public VcJwtResult {
        checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(payloadForm, "payloadForm");
        Objects.requireNonNull(key, "key");
    }

    /**
     * Tells whether the signature verified and no check failed. Warnings do not count; schema and
     * type validation of the credential are the caller's next step.
     *
     * @return {@code true} if verified
     */
    public boolean verified() {
        return noneFailedAndPassed(JwsCheck.SIGNATURE);
    }

}
