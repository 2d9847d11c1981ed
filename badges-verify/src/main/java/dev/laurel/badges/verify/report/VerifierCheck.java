package dev.laurel.badges.verify.report;

/** The verifier's own bounds, not a specification step (issue 12). */
public enum VerifierCheck implements CheckId {
    /** The verification stayed within its fetch and time budget. */
    LIMITS("verifier.limits"),
    /** No step stopped on an unexpected error (a defect). */
    ERROR("verifier.error");

    private final String id;

    VerifierCheck(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
