package dev.laurel.badges.verify.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a CLR 2.0 Comprehensive Learner Record carried, in the {@link VerificationReport} of one: its learner and
 * one report per nested credential, in document order. The CLR's own checks (its proof, binding, dates, status,
 * validity, and one {@code clr.nested} and {@code clr.subject} check per nested credential) are the report's
 * {@link VerificationReport#checks()}.
 *
 * <p>A CLR is verified only when every nested credential is (as 1EdTech's reference validator decides); an
 * application that can use part of a record reads {@link #verified()} and {@link #failed()}.
 *
 * @param learner the CLR subject's {@code id}, if it has one
 * @param credentials one report per nested credential, in document order (empty when none was verified, e.g.
 *     because there were more than the verifier's {@code maxCredentials})
 */
public record ClrContents(Optional<String> learner, List<NestedReport> credentials) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if a component is null
     */
    public ClrContents {
        Objects.requireNonNull(learner, "learner");
        credentials = List.copyOf(credentials);
    }

    /**
     * Tells whether every nested credential is verified.
     *
     * @return {@code true} when no nested report is unverified (also when there is none)
     */
    public boolean allVerified() {
        return credentials.stream().allMatch(NestedReport::verified);
    }

    /**
     * Returns the nested credentials that verified.
     *
     * @return their reports with their pointers, in document order
     */
    public List<NestedReport> verified() {
        return credentials.stream().filter(NestedReport::verified).toList();
    }

    /**
     * Returns the nested credentials that did not verify.
     *
     * @return their reports with their pointers, in document order
     */
    public List<NestedReport> failed() {
        return credentials.stream().filter(n -> !n.verified()).toList();
    }
}
