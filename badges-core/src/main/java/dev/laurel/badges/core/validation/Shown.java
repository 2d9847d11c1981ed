package dev.laurel.badges.core.validation;

/**
 * How a problem message refers to the value it is about: by its shape, never by its content. The JSON
 * Pointer says where the value is; a message that quoted it would copy whatever the input holds (an
 * e-mail address, a token, terminal escapes) into logs and reports.
 */
final class Shown {

    private Shown() {
    }

    /**
     * Describes a text value without repeating it.
     *
     * @param value the value
     * @return for example {@code "a value of 21 characters"}
     */
    static String value(String value) {
        int n = value.codePointCount(0, value.length());
        return n == 0 ? "an empty value" : n == 1 ? "a value of 1 character" : "a value of " + n + " characters";
    }
}
