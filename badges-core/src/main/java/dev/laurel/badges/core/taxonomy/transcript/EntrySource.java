package dev.laurel.badges.core.taxonomy.transcript;

/** Where in a CLR a {@link TranscriptEntry} comes from. */
public enum EntrySource {
    /** A nested, individually signed credential ({@code credentialSubject.verifiableCredential}). */
    NESTED_CREDENTIAL,
    /**
     * An achievement held directly in {@code credentialSubject.achievement}: no credential asserts it, so it
     * cannot be verified and never counts as evidence.
     */
    SUBJECT_ACHIEVEMENT
}
