package dev.laurel.badges.json.convert;

import dev.laurel.badges.json.BadgeJsonException;

/**
 * Thrown when a whole document cannot be converted at all, such as an OB 2.0 revocation list, which has no
 * OB 3.0 counterpart, or a document that is not a badge. Properties that cannot be converted are never
 * thrown: they are problems of the {@link ConversionResult}.
 */
public class ConversionException extends BadgeJsonException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param code the code, normally {@link ConversionCode#UNSUPPORTED_DOCUMENT}
     * @param message the message
     */
    public ConversionException(ConversionCode code, String message) {
        super(code, message);
    }
}
