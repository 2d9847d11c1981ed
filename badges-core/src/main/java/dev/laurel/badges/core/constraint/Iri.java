package dev.laurel.badges.core.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string (or each string of an annotated list, or the content of an {@code Optional}) is
 * an absolute IRI: a scheme followed by {@code :} and at least one character, with no white space or
 * control characters (RFC 3987). URLs, URNs, DIDs and data URIs all qualify. {@code BadgeValidator} reports a
 * violation as {@code INVALID_IRI}.
 */
@Documented
@Constraint(validatedBy = IriValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
        ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Iri {

    /** @return the message */
    String message() default "must be an absolute IRI";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
