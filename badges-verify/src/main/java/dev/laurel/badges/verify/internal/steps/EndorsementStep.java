package dev.laurel.badges.verify.internal.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.CredentialCheck;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.util.List;

/**
 * OB 3.0 step 6: every embedded endorsement (object or VC-JWT) must itself verify, by the same rules, so
 * the endorsements an endorsement's embedded issuer profile carries are verified too, down to
 * {@code maxDepth}. Endorsements are read from the tree they arrived in (never written out and read back).
 * The {@value #CredentialCheck.ENDORSEMENT} checks of an endorsement's own endorsements are repeated under their JSON Pointer (for
 * a VC-JWT endorsement, the pointer of the JWT), so that a deeper endorsement left unverified shows at the
 * top. Thread-safe.
 */
public final class EndorsementStep {

    /** Where a credential's endorsements live: the credential, its achievement, its embedded issuer. */
    private static final List<String> CREDENTIAL_HOLDERS = List.of("", "/credentialSubject/achievement", "/issuer");

    /** An endorsement carries endorsements only in its embedded issuer profile. */
    private static final List<String> ENDORSEMENT_HOLDERS = List.of("/issuer");

    /** Verifies a nested endorsement one level deeper. */
    @FunctionalInterface
    public interface Nested {
        /**
         * Verifies an endorsement.
         *
         * @param endorsement the endorsement as read
         * @param depth its depth (1 for the credential's own endorsements)
         * @return its report
         */
        VerificationReport verify(BadgeDocument endorsement, int depth);
    }

    private final BadgeJson json;
    private final int maxDepth;

    /**
     * Creates the step.
     *
     * @param json reads each endorsement from its subtree or its JWT
     * @param maxDepth how deep endorsements of endorsements are verified
     */
    public EndorsementStep(BadgeJson json, int maxDepth) {
        this.json = json;
        this.maxDepth = maxDepth;
    }

    /**
     * Verifies the embedded endorsements of a credential or an endorsement.
     *
     * @param doc the document that carries them
     * @param depth the document's depth (0 for the badge given)
     * @param nested verifies each endorsement
     * @param checks where the checks go
     */
    public void check(BadgeDocument doc, int depth, Nested nested, List<Check> checks) {
        List<String> holders = doc.kind() == DocumentKind.OB3_ENDORSEMENT_CREDENTIAL ? ENDORSEMENT_HOLDERS
                : CREDENTIAL_HOLDERS;
        for (String holder : holders) {
            JsonNode node = holder.isEmpty() ? doc.json() : doc.json().at(holder);
            if (node.isObject()) {
                each(node.get("endorsement"), holder + "/endorsement", depth, nested, checks);
                each(node.get("endorsementJwt"), holder + "/endorsementJwt", depth, nested, checks);
            }
        }
    }

    private void each(JsonNode value, String path, int depth, Nested nested, List<Check> checks) {
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isArray()) {
            one(value, path, depth, nested, checks);
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            one(value.get(i), path + "/" + i, depth, nested, checks);
        }
    }

    private void one(JsonNode item, String path, int depth, Nested nested, List<Check> checks) {
        if (depth >= maxDepth) {
            checks.add(new Check(CredentialCheck.ENDORSEMENT, Outcome.WARNING, path, "endorsements nested deeper than " + maxDepth
                    + " are not verified"));
            return;
        }
        VerificationReport sub = null;
        try {
            BadgeDocument read = item.isTextual() ? json.read(item.textValue())
                    : item.isObject() ? json.read(((ObjectNode) item).deepCopy()) : null;
            if (read != null && read.kind() == DocumentKind.OB3_ENDORSEMENT_CREDENTIAL) {
                sub = nested.verify(read, depth + 1);
            }
        } catch (BadgeJsonException e) {
            sub = null;
        }
        if (sub == null) {
            checks.add(new Check(CredentialCheck.ENDORSEMENT, Outcome.FAILED, path, "not an EndorsementCredential that can be read"));
            return;
        }
        String what = "endorsement by " + sub.issuer().orElse("an unknown issuer");
        checks.add(sub.verified()
                ? new Check(CredentialCheck.ENDORSEMENT, Outcome.PASSED, path, what + " verifies")
                : new Check(CredentialCheck.ENDORSEMENT, Outcome.FAILED, path, what + " does not verify: " + sub.failures().stream()
                        .map(c -> c.id() + " (" + c.describe() + ")").limit(3).toList()));
        boolean jwt = item.isTextual();
        for (Check inner : sub.checks()) {
            if (inner.step() == CredentialCheck.ENDORSEMENT) {
                checks.add(new Check(CredentialCheck.ENDORSEMENT, inner.outcome(), jwt ? path : path + inner.path(), jwt
                        ? inner.message() + " (inside this VC-JWT endorsement, at " + inner.path() + ")"
                        : inner.message(), inner.code()));
            }
        }
    }
}
