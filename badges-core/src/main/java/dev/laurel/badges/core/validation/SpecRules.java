package dev.laurel.badges.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level marker: the annotated model type has specification rules beyond single-property
 * annotations (e.g. "an OB 3.0 subject needs {@code id} or {@code identifier}"). The rules themselves
 * live in this package's rule tables and report their own {@link ValidationCode}.
 */
@Documented
@Constraint(validatedBy = SpecRulesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SpecRules {

    /** @return the message (each rule supplies its own) */
    String message() default "breaks a specification rule";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
