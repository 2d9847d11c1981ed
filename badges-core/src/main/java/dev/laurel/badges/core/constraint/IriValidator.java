package dev.laurel.badges.core.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Iri}: absent values pass (presence is another constraint's job). */
public final class IriValidator implements ConstraintValidator<Iri, String> {

    /** Creates the validator; Hibernate Validator calls this. */
    public IriValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isIri(value);
    }

    /**
     * Tells whether a string is an absolute IRI in the sense of {@link Iri}.
     *
     * @param value the string
     * @return {@code true} if it is one
     */
    public static boolean isIri(String value) {
        int colon = value.indexOf(':');
        if (colon < 1 || colon == value.length() - 1) {
            return false;
        }
        char first = value.charAt(0);
        if (!isAsciiLetter(first)) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = value.charAt(i);
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        for (int i = colon + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '"' || c == '{' || c == '}'
                    || c == '|' || c == '\\' || c == '^' || c == '`') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
