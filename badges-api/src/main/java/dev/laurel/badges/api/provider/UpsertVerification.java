package dev.laurel.badges.api.provider;

/** What the provider does with an upserted credential before it stores it. */
public enum UpsertVerification {

    /**
     * Verify it with the provider's {@code Verifier} (proof, issuer key binding, dates, status as that verifier
     * is configured) and refuse it with 400 {@code invalid_data} unless it is verified. The default.
     */
    VERIFY,

    /**
     * Store it unverified once it is a well-formed OB 3.0 AchievementCredential with an issuer {@code id}
     * (for a host that verifies later, or on display).
     */
    STORE_UNVERIFIED
}
