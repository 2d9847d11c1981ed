package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An image of an assertion, a badge class or a profile, with metadata: the image itself is the
 * {@code id} (an HTTP(S) URL or a data URI of a PNG or SVG image).
 *
 * @param id the URL or data URI of the image (required)
 * @param type defaults to {@code schema:ImageObject}
 * @param caption a caption, e.g. for alternative text
 * @param author the image's author, normally by IRI
 * @param extensions what the object carries beyond the model
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#Image">OB 2.0 Image</a>
 */
@SpecRules
public record Image(
        Optional<@NotNull @Iri String> id,
        List<String> type,
        Optional<String> caption,
        Optional<Ref<Profile>> author,
        Extensions extensions) implements Identified {

    /**
     * Creates the object; any combination of values is accepted.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public Image {
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns an image with a caption.
     *
     * @param id the URL or data URI of the image
     * @param caption the caption
     * @return the image, without {@code type} or {@code author}
     * @throws NullPointerException if an argument is null
     */
    public static Image of(String id, String caption) {
        return new Image(Optional.of(Objects.requireNonNull(id, "id")), List.of(),
                Optional.of(Objects.requireNonNull(caption, "caption")), Optional.empty(), Extensions.NONE);
    }
}
