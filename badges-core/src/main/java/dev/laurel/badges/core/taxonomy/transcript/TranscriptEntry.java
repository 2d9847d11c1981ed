package dev.laurel.badges.core.taxonomy.transcript;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.classify.Classification;
import dev.laurel.badges.core.taxonomy.credential.Credential;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a {@link Transcript}: a nested credential with its classification and verification status, or
 * an achievement the CLR's subject holds without a credential.
 *
 * @param source where in the CLR it comes from
 * @param index its position in the list it comes from ({@code verifiableCredential} or {@code achievement})
 * @param path the JSON Pointer of the credential or achievement in the CLR
 * @param achievement the achievement it is about, when it names one
 * @param credential the taxonomy view of the nested credential; empty for a {@link EntrySource#SUBJECT_ACHIEVEMENT}
 * @param classification its level
 * @param verification what the caller supplied about the nested credential's verification;
 *     {@link VerificationStatus#UNKNOWN} when nothing was supplied and for an achievement without a credential
 */
public record TranscriptEntry(EntrySource source, int index, String path, Optional<Achievement> achievement,
        Optional<Credential> credential, Classification classification, VerificationStatus verification) {

    /**
     * Creates the entry.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code index} is negative, or a nested credential has no credential
     *     view, or an achievement entry has one or has a verification status other than unknown
     */
    public TranscriptEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(verification, "verification");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, was " + index);
        }
        if ((source == EntrySource.NESTED_CREDENTIAL) != credential.isPresent()) {
            throw new IllegalArgumentException("a nested credential entry has a credential and no other entry has");
        }
        if (source == EntrySource.SUBJECT_ACHIEVEMENT && !verification.equals(VerificationStatus.UNKNOWN)) {
            throw new IllegalArgumentException("an achievement without a credential cannot be verified");
        }
    }

    /**
     * Tells whether a credential asserts this entry (it is a nested credential).
     *
     * @return {@code true} for a nested credential
     */
    public boolean isCredentialled() {
        return source == EntrySource.NESTED_CREDENTIAL;
    }

    /**
     * Tells whether this entry counts as verified: a nested credential whose status the caller supplied as
     * verified and that is not revoked (the rule of {@link BackpackEntry#isVerified()}).
     *
     * @return {@code true} if verified; always {@code false} for an achievement without a credential
     */
    public boolean isVerified() {
        return backpackEntry().map(BackpackEntry::isVerified).orElse(false);
    }

    /**
     * Returns the id of the achievement it is about.
     *
     * @return the achievement's id, or empty
     */
    public Optional<String> achievementId() {
        return achievement.flatMap(Achievement::id);
    }

    /**
     * Returns the level, when classified.
     *
     * @return the level, or empty
     */
    public Optional<CredentialLevel> level() {
        return classification.level();
    }

    /**
     * Returns the level's kind, when classified.
     *
     * @return the kind, or empty
     */
    public Optional<LevelKind> kind() {
        return classification.kind();
    }

    /**
     * Returns the nested credential as a private backpack entry with its classification and status.
     *
     * @return the entry, or empty for an achievement without a credential
     */
    public Optional<BackpackEntry> backpackEntry() {
        return credential.map(c -> new BackpackEntry(c, classification, Visibility.PRIVATE, verification));
    }
}
