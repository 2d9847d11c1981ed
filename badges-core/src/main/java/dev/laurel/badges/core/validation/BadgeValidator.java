package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.JsonPointers;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Ref;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Validates model objects (OB 2.0 and OB 3.0 records) against their Jakarta Validation constraints
 * and the specification rules beyond them, and returns what it finds as {@link Problem}s with stable
 * codes and JSON Pointers.
 *
 * <p>Runs on Hibernate Validator with parameter interpolation only, so applications need no
 * Expression Language implementation. Thread-safe; the underlying factory is built once.
 *
 * <pre>{@code
 * List<Problem> problems = BadgeValidator.standard().validate(credential);
 * boolean valid = problems.stream().noneMatch(Problem::isError);
 * }</pre>
 */
public final class BadgeValidator {

    private static final class Holder {
        static final BadgeValidator STANDARD = create();

        private static BadgeValidator create() {
            HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure();
            // The model's @SpecRules names no validator (the model does not depend on this package): bind it here.
            ConstraintMapping mapping = config.createConstraintMapping();
            mapping.constraintDefinition(SpecRules.class).includeExistingValidators(false)
                    .validatedBy(SpecRulesValidator.class);
            return new BadgeValidator(config
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .addValueExtractor(new RefValueExtractor())
                    .addMapping(mapping)
                    .buildValidatorFactory());
        }
    }

    private final ValidatorFactory factory;
    private final Validator validator;

    private BadgeValidator(ValidatorFactory factory) {
        this.factory = factory;
        this.validator = factory.getValidator();
    }

    /**
     * Returns the shared validator.
     *
     * @return the validator
     */
    public static BadgeValidator standard() {
        return Holder.STANDARD;
    }

    /**
     * Validates a model object and everything it contains.
     *
     * @param model an OB 2.0 or OB 3.0 model record
     * @return the problems, errors first, then by path; empty when the object is valid
     * @throws NullPointerException if {@code model} is null
     */
    public List<Problem> validate(Object model) {
        Objects.requireNonNull(model, "model");
        Set<ConstraintViolation<Object>> violations = validator.validate(model);
        List<Problem> problems = new ArrayList<>(violations.size());
        for (ConstraintViolation<Object> violation : violations) {
            problems.add(toProblem(violation));
        }
        problems.sort(Comparator.comparing(Problem::severity).thenComparing(Problem::path)
                .thenComparing(p -> p.code().name()).thenComparing(Problem::message));
        return List.copyOf(problems);
    }

    /**
     * Tells whether a model object has no errors (warnings allowed).
     *
     * @param model the model object
     * @return {@code true} if valid
     */
    public boolean isValid(Object model) {
        return validate(model).stream().noneMatch(Problem::isError);
    }

    /**
     * Returns the underlying Jakarta factory, for applications that validate the model with their own
     * groups. Do not close it.
     *
     * @return the factory
     */
    public ValidatorFactory factory() {
        return factory;
    }

    private static Problem toProblem(ConstraintViolation<Object> violation) {
        String path = pointer(violation.getPropertyPath());
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

    /** Turns a Jakarta property path into a JSON Pointer over the JSON names. */
    static String pointer(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                out.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                out.append('/').append(JsonPointers.escape(String.valueOf(node.getKey())));
            }
            String name = node.getName();
            if (name == null || name.startsWith("<")) {
                continue;
            }
            out.append('/').append(JsonPointers.escape(jsonName(name)));
        }
        return out.toString();
    }

    /** The JSON name of a record component: {@code context} is {@code @context}. */
    static String jsonName(String component) {
        return component.equals("context") ? "@context" : component;
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
