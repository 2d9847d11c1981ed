package dev.laurel.badges.core.constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks Laurel's annotation processor ({@code badges-codegen}, a build-time tool only) for a builder of the
 * annotated record, {@code <Record>Builder}, in the record's package. The record declares the public
 * nested {@code Builder} that extends it, and its own {@code builder()} (with its defaults) and
 * {@code toBuilder()}.
 *
 * <p>The generated builder follows the model conventions: a setter per component that rejects null
 * (for an {@code Optional<T>} it takes a {@code T}; for a {@code Ref<T>} also an IRI string or a
 * {@code T}; for a {@code Timestamp} also an {@code Instant}); for a {@code List<T>} a setter taking a
 * list, one taking values, and {@code addX}; and {@code extensions}/{@code extension} for the last
 * component. A component is required when its constraint annotations say so: {@code @NotEmpty} on a
 * list, {@code @NotNull} or {@code @NotBlank} on the value of an {@code Optional} ({@code context}, the
 * JSON-LD {@code @context}, is the exception: builders default it and leave an empty one to validation). {@code build()} names
 * <em>every</em> missing required property, together with those a {@link BuildCheck} method adds.
 * Javadoc comes from the record's {@code @param} tags, or from the accessor documented in an interface
 * the record implements.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface GenerateBuilder {
}
