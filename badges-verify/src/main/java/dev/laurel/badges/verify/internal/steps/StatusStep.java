package dev.laurel.badges.verify.internal.steps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.verify.internal.StatusLists;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.CredentialCheck;
import dev.laurel.badges.verify.report.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OB 3.0 step 4, status: each {@code credentialStatus} entry through {@link StatusLists}, at most
 * {@code maxEntries} of them (each may need a fetch, and a credential with thousands of entries must cost
 * no more than the budget), and none once an earlier check has failed. Thread-safe.
 */
public final class StatusStep {

    private final StatusLists statusLists;
    private final int maxEntries;

    /**
     * Creates the step.
     *
     * @param statusLists checks one entry
     * @param maxEntries the most entries checked
     */
    public StatusStep(StatusLists statusLists, int maxEntries) {
        this.statusLists = statusLists;
        this.maxEntries = maxEntries;
    }

    /**
     * Checks the status.
     *
     * @param status the {@code credentialStatus} value, if any
     * @param id the credential's id
     * @param issuer the credential's issuer id
     * @param failed whether an earlier check failed
     * @param checks where the checks go
     */
    public void check(JsonNode status, Optional<String> id, Optional<String> issuer, boolean failed, List<Check> checks) {
        List<JsonNode> entries = new ArrayList<>();
        if (status != null && status.isObject()) {
            entries.add(status);
        } else if (status != null && status.isArray()) {
            status.forEach(entries::add);
        }
        if (entries.isEmpty()) {
            checks.add(new Check(CredentialCheck.STATUS, Outcome.SKIPPED, "", "no credentialStatus: nothing to check"));
            return;
        }
        if (failed) {
            checks.add(new Check(CredentialCheck.STATUS, Outcome.SKIPPED, "/credentialStatus", "not checked: an earlier check failed, so no "
                    + "status list is fetched"));
            return;
        }
        if (entries.size() > maxEntries) {
            checks.add(new Check(CredentialCheck.STATUS, Outcome.FAILED, "/credentialStatus", "credentialStatus has " + entries.size()
                    + " entries, more than the " + maxEntries + " a verification checks"));
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            Check c = statusLists.check(entries.get(i), id, issuer);
            // Each entry reports under its own pointer when there are several.
            checks.add(status.isArray() ? c.at(c.path().replaceFirst("^/credentialStatus", "/credentialStatus/" + i)) : c);
        }
    }
}
