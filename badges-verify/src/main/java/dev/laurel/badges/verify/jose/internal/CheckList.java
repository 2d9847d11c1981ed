package dev.laurel.badges.verify.jose.internal;

import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.CheckId;
import dev.laurel.badges.verify.report.Outcome;
import java.util.ArrayList;
import java.util.List;

/** Collects checks in the order they ran. */
public final class CheckList {

    private final List<Check> checks = new ArrayList<>(16);

    /**
     * Adds a check made elsewhere (the issuer binding's).
     *
     * @param check the check
     */
    public void add(Check check) {
        checks.add(check);
    }

    /**
     * Adds a passed check.
     *
     * @param id the check id
     * @param message the message
     * @param path the JSON Pointer
     */
    public void pass(CheckId id, String message, String path) {
        checks.add(new Check(id, Outcome.PASSED, path, message));
    }

    /**
     * Adds a failed check.
     *
     * @param id the id
     * @param message the message
     * @param path the JSON Pointer
     */
    public void fail(CheckId id, String message, String path) {
        checks.add(new Check(id, Outcome.FAILED, path, message));
    }

    /**
     * Adds a warning.
     *
     * @param id the id
     * @param message the message
     * @param path the JSON Pointer
     */
    public void warn(CheckId id, String message, String path) {
        checks.add(new Check(id, Outcome.WARNING, path, message));
    }

    /**
     * Adds a skipped check.
     *
     * @param id the id
     * @param message the message
     * @param path the JSON Pointer
     */
    public void skip(CheckId id, String message, String path) {
        checks.add(new Check(id, Outcome.SKIPPED, path, message));
    }

    /**
     * Tells whether any check failed.
     *
     * @return {@code true} if one did
     */
    public boolean hasFailure() {
        for (Check c : checks) {
            if (c.outcome() == Outcome.FAILED) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the checks.
     *
     * @return an unmodifiable copy
     */
    public List<Check> toList() {
        return List.copyOf(checks);
    }
}
