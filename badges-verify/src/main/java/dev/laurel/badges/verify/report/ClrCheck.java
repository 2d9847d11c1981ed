package dev.laurel.badges.verify.report;

/**
 * A CLR 2.0 Comprehensive Learner Record ({@code ClrCredential}): the checks of what it holds. The CLR's own
 * proof, issuer binding, dates, status and validity are the OB 3.0 checks; each nested credential gets its own
 * {@link VerificationReport}, placed in the CLR's report with its JSON Pointer ({@link NestedReport}).
 *
 * @see <a href="https://www.imsglobal.org/spec/clr/v2p0/#clrcredential">CLR 2.0, ClrCredential</a>
 */
public enum ClrCheck implements CheckId {
    /**
     * A nested credential (an entry of {@code credentialSubject.verifiableCredential}) verifies as a badge of its
     * own; one check per nested credential at its pointer, and a failed one when there are too many to verify.
     */
    NESTED("clr.nested"),
    /**
     * A nested credential's subject names the CLR's learner: the same {@code id}, or, where ids are absent, a
     * matching {@code identifier} (hashed ones compared as OB 3.0 recipient matching does); a warning when
     * nothing comparable is there.
     */
    SUBJECT("clr.subject");

    private final String id;

    ClrCheck(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
