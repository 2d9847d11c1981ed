package dev.laurel.badges.core.validation;

/**
 * Where a specification rule reports what it found. Paths are relative to the object being checked,
 * as a JSON Pointer suffix ({@code "/credentialSubject/id"}, or {@code ""} for the object itself).
 */
public interface RuleSink {

    /**
     * Reports a broken rule as an error.
     *
     * @param code the code
     * @param path a JSON Pointer relative to the object checked
     * @param message what is wrong, for a person
     */
    void error(ValidationCode code, String path, String message);

    /**
     * Reports a departure from a SHOULD as a warning.
     *
     * @param code the code
     * @param path a JSON Pointer relative to the object checked
     * @param message what is wrong, for a person
     */
    void warning(ValidationCode code, String path, String message);
}
