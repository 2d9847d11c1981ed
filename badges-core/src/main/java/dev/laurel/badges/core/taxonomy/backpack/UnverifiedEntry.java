package dev.laurel.badges.core.taxonomy.backpack;

import java.util.Objects;
import java.util.Optional;

/**
 * A backpack entry that does not count as verified, and why: what {@code PathwayProgress.unverified()}
 * and {@code PolicyReport.unverified()} (and their {@code ignored()}) list.
 *
 * @param entry the entry
 * @param reason why it is not verified
 */
public record UnverifiedEntry(BackpackEntry entry, UnverifiedReason reason) {

    /**
     * Creates one.
     *
     * @throws NullPointerException if a component is null
     */
    public UnverifiedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns the entry with its reason, unless it counts as verified.
     *
     * @param entry the entry
     * @return the unverified entry, or empty when {@link BackpackEntry#isVerified()}
     * @throws NullPointerException if {@code entry} is null
     */
    public static Optional<UnverifiedEntry> of(BackpackEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return entry.unverifiedReason().map(r -> new UnverifiedEntry(entry, r));
    }

    /**
     * Returns the credential's id.
     *
     * @return the IRI, if any
     */
    public Optional<String> id() {
        return entry.id();
    }

    @Override
    public String toString() {
        return entry.id().orElse("(no id)") + ": " + reason.message();
    }
}
