package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.constraint.SpecRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Runs the rules of {@link Ob3Rules} and {@link Ob2Rules} for a {@link SpecRules} type and turns each
 * finding into a violation that carries its {@link ValidationCode} as a dynamic payload.
 */
public final class SpecRulesValidator implements ConstraintValidator<SpecRules, Object> {

    /** Creates the validator; Hibernate Validator calls this. */
    public SpecRulesValidator() {
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        SpecRule<Object> rule = SpecRuleTable.ruleFor(value.getClass());
        if (rule == null) {
            return true;
        }
        Collector collector = new Collector(context);
        rule.check(value, collector);
        if (collector.found) {
            context.disableDefaultConstraintViolation();
        }
        return !collector.found;
    }

    /** A finding travels to {@link BadgeValidator} as this payload. */
    record Finding(ValidationCode code, boolean warning, String path) {
    }

    private static final class Collector implements RuleSink {
        private final ConstraintValidatorContext context;
        private boolean found;
        private int count;

        Collector(ConstraintValidatorContext context) {
            this.context = context;
        }

        @Override
        public void error(ValidationCode code, String path, String message) {
            add(code, false, path, message);
        }

        @Override
        public void warning(ValidationCode code, String path, String message) {
            add(code, true, path, message);
        }

        private void add(ValidationCode code, boolean warning, String path, String message) {
            found = true;
            HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
            hv.withDynamicPayload(new Finding(code, warning, path));
            // Braces and dollar signs in user data must not be read as message parameters.
            // Hibernate Validator merges violations with equal message and path, ignoring the payload:
            // a node of its own per finding keeps every one. BadgeValidator drops "<...>" nodes.
            hv.buildConstraintViolationWithTemplate(escape(message))
                    .addPropertyNode("<finding " + (count++) + ">")
                    .addConstraintViolation();
        }

        private static String escape(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
