package dev.laurel.badges.verify.jose.internal;

import dev.laurel.badges.verify.Check;
import dev.laurel.badges.verify.Outcome;
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
    public void pass(String id, String message, String path) {
        checks.add(new Check(id, Outcome.PASSED, message, path));
    }

    /**
     * Adds a failed check.
     *
     * @param id the id
     * @param message the message
     * @param path the JSON Pointer
     */
    public void fail(String id, String message, String path) {
        checks.add(new Check(id, Outcome.FAILED, message, path));
    }

    /**
     * Adds a warning.
     *
     * @param id the id
     * @param message the message
     * @param path the JSON Pointer
     */
    public void warn(String id, String message, String path) {
        checks.add(new Check(id, Outcome.WARNING, message, path));
    }

    /**
     * Adds a skipped check.
     *
     * @param id the id
     * @param message the message
     * @param path the JSON Pointer
     */
    public void skip(String id, String message, String path) {
        checks.add(new Check(id, Outcome.SKIPPED, message, path));
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
