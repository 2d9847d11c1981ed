package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an endorsement is about and what the endorser says (OB 3.0 {@code EndorsementSubject}).
 *
 * @param id the identifier of the endorsed entity: a profile, an achievement or a credential
 * @param type the types, which must include {@code EndorsementSubject}
 * @param endorsementComment the endorser's claim about the entity, in Markdown
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#endorsementsubject">Open Badges 3.0, EndorsementSubject</a>
 */
@SpecRules
public record EndorsementSubject(
        Optional<@NotNull @Iri String> id,
        @NotEmpty List<String> type,
        Optional<String> endorsementComment,
        Extensions extensions) implements Identified {

    /** The type this object's {@code type} must contain: {@value}. */
    public static final String TYPE = "EndorsementSubject";

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public EndorsementSubject {
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(endorsementComment, "endorsementComment");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns an endorsement subject with type {@code EndorsementSubject}.
     *
     * @param id the identifier of the endorsed entity
     * @param endorsementComment the endorser's comment
     * @return the subject
     * @throws NullPointerException if an argument is null
     */
    public static EndorsementSubject of(String id, String endorsementComment) {
        return new EndorsementSubject(Optional.of(Objects.requireNonNull(id, "id")), List.of(TYPE),
                Optional.of(Objects.requireNonNull(endorsementComment, "endorsementComment")), Extensions.NONE);
    }
}
