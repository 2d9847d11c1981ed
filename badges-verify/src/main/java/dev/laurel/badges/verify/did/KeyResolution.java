package dev.laurel.badges.verify.did;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of resolving a verification method: the key, or why there is none.
 *
 * @param key the key, if one was found
 * @param message a sentence saying what was found, or what went wrong
 */
public record KeyResolution(Optional<VerificationKey> key, String message) {

    /**
     * Creates a resolution.
     *
     * @throws NullPointerException if a component is null
     */
    public KeyResolution {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns a successful resolution.
     *
     * @param key the key
     * @param message what was found
     * @return the resolution
     */
    public static KeyResolution resolved(VerificationKey key, String message) {
        return new KeyResolution(Optional.of(key), message);
    }

    /**
     * Returns a failed resolution.
     *
     * @param message why no key was found
     * @return the resolution
     */
    public static KeyResolution failed(String message) {
        return new KeyResolution(Optional.empty(), message);
    }

    /**
     * Tells whether a key was found.
     *
     * @return {@code true} if {@link #key()} is present
     */
    public boolean isResolved() {
        return key.isPresent();
    }
}
