package dev.laurel.badges.verify.dataintegrity;

import dev.laurel.badges.verify.keys.VerificationMethod;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Checked;
import dev.laurel.badges.verify.report.ProofCheck;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What verifying one proof of a document found.
 *
 * @param index the proof's position in the document's proof set (0 for a single proof)
 * @param path the JSON Pointer of the proof ({@code /proof} or {@code /proof/0})
 * @param suite the proof's suite, if supported
 * @param verificationMethod the proof's {@code verificationMethod}, if it has one
 * @param key the key found for it, if any: which key verified and where it came from
 * @param checks the checks, in the order they ran; ids are {@link dev.laurel.badges.verify.report.ProofCheck} constants
 */
public record ProofResult(
        int index,
        String path,
        Optional<ProofSuite> suite,
        Optional<String> verificationMethod,
        Optional<VerificationMethod> key,
        List<Check> checks) implements Checked {

    /**
     * Creates a result.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public ProofResult {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(verificationMethod, "verificationMethod");
        Objects.requireNonNull(key, "key");
        checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
        if (index < 0) {
            throw new IllegalArgumentException("index: must not be negative, was " + index);
        }
    }

    /**
     * Tells whether the proof verified: the signature check passed and no check failed.
     * Warnings do not count against it.
     *
     * @return {@code true} if verified
     */
    public boolean verified() {
        return noneFailedAndPassed(ProofCheck.SIGNATURE);
    }

}
