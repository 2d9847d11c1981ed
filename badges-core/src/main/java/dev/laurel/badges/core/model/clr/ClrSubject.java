package dev.laurel.badges.core.model.clr;

import dev.laurel.badges.core.constraint.BuildCheck;
import dev.laurel.badges.core.constraint.GenerateBuilder;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The learner a CLR is about, with everything the record holds (CLR 2.0 {@code ClrSubject}): the nested,
 * individually signed credentials, the achievements they assert (and others), and the associations between
 * those achievements. It MUST have an {@code id} or at least one {@code identifier}.
 *
 * <p>The nested credentials are {@link OpenBadgeCredential}s (CLR 2.0 lists AchievementCredentials here; the
 * official schema only asks for a verifiable credential, so a credential of another type is still held, every
 * property kept, and reported by validation). Each one is kept exactly as read, so that its proof still
 * verifies after a read and a write.
 *
 * @param id the learner's URI, e.g. a DID
 * @param type the types, which must include {@code ClrSubject}
 * @param identifier other identifiers of the learner, plain or hashed
 * @param achievement achievements of the learner, beside those the nested credentials assert
 * @param verifiableCredential the nested credentials (at least one)
 * @param association relationships between achievements of this CLR
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/clr/v2p0/#clrsubject">CLR 2.0, ClrSubject</a>
 */
@GenerateBuilder
@SpecRules
public record ClrSubject(
        Optional<@Iri String> id,
        @NotEmpty List<String> type,
        List<@Valid IdentityObject> identifier,
        List<@Valid Achievement> achievement,
        @NotEmpty List<@Valid OpenBadgeCredential> verifiableCredential,
        List<@Valid Association> association,
        Extensions extensions) implements Identified {

    /** The type this object's {@code type} must contain: {@value}. */
    public static final String TYPE = "ClrSubject";

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public ClrSubject {
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        identifier = List.copyOf(Objects.requireNonNull(identifier, "identifier"));
        achievement = List.copyOf(Objects.requireNonNull(achievement, "achievement"));
        verifiableCredential = List.copyOf(Objects.requireNonNull(verifiableCredential, "verifiableCredential"));
        association = List.copyOf(Objects.requireNonNull(association, "association"));
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a builder with {@code type} set to the required type and nothing else set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder().type(List.of(TYPE));
    }

    /**
     * Returns a builder holding this object's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Names what identifies the learner when neither is present; the builder refuses to build without it.
     *
     * @return {@code "id or identifier"} when both are absent, else nothing
     */
    @BuildCheck
    List<String> missingIdentification() {
        return id.isEmpty() && identifier.isEmpty() ? List.of("id or identifier") : List.of();
    }

    /**
     * Builds {@link ClrSubject} values. The setters and {@code build()} are generated from the record's components
     * and constraint annotations: see {@link ClrSubjectBuilder}.
     */
    public static final class Builder extends ClrSubjectBuilder {
        Builder() {
        }
    }

    /**
     * Returns every achievement this subject holds: its own {@code achievement} list, then the achievement of
     * each nested credential, in order.
     *
     * @return the achievements
     */
    public List<Achievement> allAchievements() {
        List<Achievement> all = new java.util.ArrayList<>(achievement);
        for (OpenBadgeCredential credential : verifiableCredential) {
            credential.achievement().ifPresent(all::add);
        }
        return List.copyOf(all);
    }
}
