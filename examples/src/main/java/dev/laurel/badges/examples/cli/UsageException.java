package dev.laurel.badges.examples.cli;

/** A mistake on the command line or a missing file: exit code 2 with a one-line message. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
