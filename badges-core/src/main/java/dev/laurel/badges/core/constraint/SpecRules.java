package dev.laurel.badges.core.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level marker: the annotated model type has specification rules beyond single-property
 * annotations (e.g. "an OB 3.0 subject needs {@code id} or {@code identifier}").
 *
 * <p>The rules themselves live in {@code dev.laurel.badges.core.validation}, above the model, and report
 * their own codes. This annotation names no validator so that the model does not depend on them:
 * {@code BadgeValidator} binds one when it builds its factory. A Jakarta {@code Validator} built without
 * that binding does not know how to check this constraint; validate the model through
 * {@code BadgeValidator} (or its {@code factory()}).
 */
@Documented
@Constraint(validatedBy = {})
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
