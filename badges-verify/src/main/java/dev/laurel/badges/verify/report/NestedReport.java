package dev.laurel.badges.verify.report;

import java.util.Objects;

/**
 * The report of one credential nested in another document (a CLR's {@code credentialSubject.verifiableCredential}
 * entry), verified as a badge of its own, and where it sits.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the nested credential in the outer document, e.g.
 *     {@code /credentialSubject/verifiableCredential/3}
 * @param report its own report (its proof, issuer binding, status, dates, validity...)
 */
public record NestedReport(String pointer, VerificationReport report) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if a component is null
     */
    public NestedReport {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(report, "report");
    }

    /**
     * Tells whether the nested credential is verified.
     *
     * @return {@link VerificationReport#verified()} of its report
     */
    public boolean verified() {
        return report.verified();
    }
}
