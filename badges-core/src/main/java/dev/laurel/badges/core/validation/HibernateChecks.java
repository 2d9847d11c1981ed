package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Ref;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.ValueExtractor;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Hibernate Validator side of {@link BadgeValidator}: the factory, and the translation of its violations
 * into {@link Problem}s. A class of its own so that Hibernate Validator's classes load only when it is first
 * needed (an invalid model, or a call to {@link BadgeValidator#factory()}).
 */
final class HibernateChecks {

    private final ValidatorFactory factory;
    private final Validator validator;

    private HibernateChecks(ValidatorFactory factory) {
        this.factory = factory;
        this.validator = factory.getValidator();
    }

    static HibernateChecks create() {
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure();
        // The model's @SpecRules names no validator (the model does not depend on this package): bind it here.
        ConstraintMapping mapping = config.createConstraintMapping();
        mapping.constraintDefinition(SpecRules.class).includeExistingValidators(false)
                .validatedBy(SpecRulesValidator.class);
        return new HibernateChecks(config
                .messageInterpolator(new ParameterMessageInterpolator())
                .addValueExtractor(new RefValueExtractor())
                .addMapping(mapping)
                .buildValidatorFactory());
    }

    ValidatorFactory factory() {
        return factory;
    }

    /** Validates with Hibernate Validator; the problems sorted errors first, then by path, code and message. */
    List<Problem> validate(Object model) {
        Set<ConstraintViolation<Object>> violations = validator.validate(model);
        List<Problem> problems = new ArrayList<>(violations.size());
        for (ConstraintViolation<Object> violation : violations) {
            problems.add(toProblem(violation));
        }
        problems.sort(Comparator.comparing(Problem::severity).thenComparing(Problem::path)
                .thenComparing(p -> p.code().name()).thenComparing(Problem::message));
        return List.copyOf(problems);
    }

    private static Problem toProblem(ConstraintViolation<Object> violation) {
        String path = BadgeValidator.pointer(violation.getPropertyPath());
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (type == SpecRules.class) {
            HibernateConstraintViolation<?> hv = violation.unwrap(HibernateConstraintViolation.class);
            SpecRulesValidator.Finding finding = hv.getDynamicPayload(SpecRulesValidator.Finding.class);
            if (finding != null) {
                return new Problem(finding.code(), finding.warning() ? Severity.WARNING : Severity.ERROR,
                        path + finding.path(), violation.getMessage());
            }
        }
        Object value = violation.getInvalidValue();
        boolean absent = value == null || (value instanceof Optional<?> o && o.isEmpty())
                || (value instanceof java.util.Collection<?> c && c.isEmpty());
        if (type == NotNull.class || type == NotEmpty.class || (type == NotBlank.class && absent)) {
            return Problem.error(ValidationCode.REQUIRED_PROPERTY_MISSING, path, "required property missing");
        }
        if (type == NotBlank.class) {
            return Problem.error(ValidationCode.BLANK_VALUE, path, "must not be blank");
        }
        if (type == Iri.class) {
            return Problem.error(ValidationCode.INVALID_IRI, path,
                    "must be an absolute IRI, got " + Shown.value(String.valueOf(value)));
        }
        return Problem.error(ValidationCode.SPEC_RULE_BROKEN, path, violation.getMessage());
    }

    /**
     * Lets the validator cascade into the object a {@link Ref} embeds ({@code Optional<Ref<@Valid Profile>>}), with
     * no path node of its own, so that a problem in an embedded issuer is reported at {@code /issuer/...}. A
     * reference by IRI has nothing to cascade into.
     */
    private static final class RefValueExtractor implements ValueExtractor<Ref<@ExtractedValue ?>> {
        @Override
        public void extractValues(Ref<?> originalValue, ValueReceiver receiver) {
            receiver.value(null, originalValue.embedded().orElse(null));
        }
    }
}
