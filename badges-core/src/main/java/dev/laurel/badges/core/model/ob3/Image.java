package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;
import java.util.Optional;

/**
 * Metadata about an image that represents a credential, an achievement or a profile (OB 3.0 {@code Image}).
 *
 * @param id the URI or Data URI of the image
 * @param type the type, a single IRI that must be exactly {@code Image} (required)
 * @param caption the caption
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#image">Open Badges 3.0, Image</a>
 */
@SpecRules
public record Image(
        Optional<@NotNull @Iri String> id,
        Optional<String> type,
        Optional<String> caption,
        Extensions extensions) implements Identified {

    /** The type this object's {@code type} must be: {@value}. */
    public static final String TYPE = "Image";

    /**
     * Creates the record. Any combination of present and absent values is accepted, so that an invalid document
     * can be held and reported on.
     *
     * @throws NullPointerException if a component is null
     */
    public Image {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns an image with the given URI, type {@code Image} and no caption.
     *
     * @param id the image URI or Data URI
     * @return the image
     * @throws NullPointerException if {@code id} is null
     */
    public static Image of(String id) {
        return new Image(Optional.of(Objects.requireNonNull(id, "id")), Optional.of(TYPE), Optional.empty(),
                Extensions.NONE);
    }

    /**
     * Returns an image with the given URI and caption.
     *
     * @param id the image URI or Data URI
     * @param caption the caption
     * @return the image
     * @throws NullPointerException if an argument is null
     */
    public static Image of(String id, String caption) {
        return new Image(Optional.of(Objects.requireNonNull(id, "id")), Optional.of(TYPE),
                Optional.of(Objects.requireNonNull(caption, "caption")), Extensions.NONE);
    }
}
