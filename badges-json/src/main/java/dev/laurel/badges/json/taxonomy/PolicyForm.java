package dev.laurel.badges.json.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.JsonPointers;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.policy.Condition;
import dev.laurel.badges.core.taxonomy.policy.ConditionKind;
import dev.laurel.badges.core.taxonomy.policy.IssuerTrust;
import dev.laurel.badges.core.taxonomy.policy.Policy;
import dev.laurel.badges.core.taxonomy.policy.Verdict;

import java.time.DateTimeException;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The JSON form of a {@link Policy}: one object per condition, named by one key per {@link ConditionKind}. */
final class PolicyForm {

    static final String TYPE = "LaurelPolicy";
    private static final String CONFIDENCE = "minimumConfidence";

    private PolicyForm() {
    }

    /** The key that names a condition kind in JSON. */
    static String key(ConditionKind kind) {
        return switch (kind) {
            case MINIMUM_LEVEL -> "minimumLevel";
            case LEVEL_IN -> "levelIn";
            case ALIGNED_TO -> "alignedTo";
            case TRUSTED_ISSUERS -> "trustedIssuers";
            case TRUSTED_BY -> "trustedBy";
            case VERIFIED -> "verified";
            case ISSUER_KEY_BOUND -> "issuerKeyBound";
            case NOT_EXPIRED -> "notExpired";
            case NOT_REVOKED -> "notRevoked";
            case ISSUED_WITHIN -> "issuedWithin";
        };
    }

    private static String keys() {
        List<String> out = new ArrayList<>();
        for (ConditionKind k : ConditionKind.values()) {
            out.add(key(k));
        }
        return String.join(", ", out);
    }

    // ---- writing ----

    static ObjectNode write(Policy policy, JsonNodeFactory nodes) {
        ObjectNode out = nodes.objectNode();
        out.put("type", TYPE);
        out.put("onUnknown", policy.onUnknown().name().toLowerCase(Locale.ROOT));
        ArrayNode conditions = out.putArray("conditions");
        for (Condition c : policy.conditions()) {
            conditions.add(write(c, nodes));
        }
        return out;
    }

    private static ObjectNode write(Condition c, JsonNodeFactory nodes) {
        JsonNode value = switch (c.kind()) {
            case MINIMUM_LEVEL -> LevelForm.write(((Condition.MinimumLevel) c).level(), nodes);
            case LEVEL_IN -> {
                ArrayNode ids = nodes.arrayNode();
                EnumSet.copyOf(((Condition.LevelIn) c).kinds()).forEach(k -> ids.add(k.id()));
                yield ids;
            }
            case ALIGNED_TO -> nodes.textNode(((Condition.AlignedTo) c).competency());
            case TRUSTED_ISSUERS -> {
                ArrayNode ids = nodes.arrayNode();
                ((Condition.TrustedIssuers) c).issuerIds().forEach(ids::add);
                yield ids;
            }
            case TRUSTED_BY -> nodes.textNode(((Condition.TrustedBy) c).name());
            case VERIFIED, ISSUER_KEY_BOUND, NOT_EXPIRED, NOT_REVOKED -> nodes.booleanNode(true);
            case ISSUED_WITHIN -> nodes.textNode(((Condition.IssuedWithin) c).period().toString());
        };
        ObjectNode out = nodes.objectNode();
        out.set(key(c.kind()), value);
        confidence(c).filter(v -> v != Policy.DEFAULT_MINIMUM_CONFIDENCE).ifPresent(v -> out.put(CONFIDENCE, v));
        return out;
    }

    /** The least classification confidence of a level condition. */
    private static Optional<Double> confidence(Condition c) {
        return switch (c.kind()) {
            case MINIMUM_LEVEL -> Optional.of(((Condition.MinimumLevel) c).minimumConfidence());
            case LEVEL_IN -> Optional.of(((Condition.LevelIn) c).minimumConfidence());
            case ALIGNED_TO, TRUSTED_ISSUERS, TRUSTED_BY, VERIFIED, ISSUER_KEY_BOUND, NOT_EXPIRED, NOT_REVOKED, ISSUED_WITHIN ->
                    Optional.empty();
        };
    }

    // ---- reading ----

    static Optional<Policy> read(JsonNode root, Findings findings, Map<String, IssuerTrust> trust) {
        if (!root.isObject()) {
            findings.add(TaxonomyJsonCode.WRONG_TYPE, "", "expected a policy object {\"type\": \"" + TYPE
                    + "\", \"conditions\": [...]} but found " + Findings.describe(root));
            return Optional.empty();
        }
        Fields fields = new Fields((ObjectNode) root, "", findings);
        Forms.type(fields, TYPE, "a policy");
        Verdict onUnknown = fields.string("onUnknown").flatMap(v -> verdict(v, fields.at("onUnknown"), findings))
                .orElse(Verdict.REFER);
        List<Condition> conditions = new ArrayList<>();
        fields.requireArray("conditions", "a list of conditions").ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String at = JsonPointers.child(fields.at("conditions"), i);
                fields.object(list.get(i), at, "a condition such as {\"verified\": true}")
                        .flatMap(c -> condition(c, trust)).ifPresent(conditions::add);
            }
        });
        fields.rejectUnknown("a policy");
        return findings.isEmpty() ? Optional.of(new Policy(conditions, onUnknown)) : Optional.empty();
    }

    private static Optional<Verdict> verdict(String text, String at, Findings findings) {
        String v = text.strip().toLowerCase(Locale.ROOT);
        if (v.equals("refer")) {
            return Optional.of(Verdict.REFER);
        }
        if (v.equals("reject")) {
            return Optional.of(Verdict.REJECT);
        }
        findings.add(TaxonomyJsonCode.BAD_VALUE, at, v.equals("accept")
                ? "\"accept\" is not allowed: a policy never accepts what it could not check; use \"refer\" or \"reject\""
                : "unknown verdict \"" + text + "\": expected \"refer\" or \"reject\"");
        return Optional.empty();
    }

    private static Optional<Condition> condition(Fields c, Map<String, IssuerTrust> trust) {
        Findings findings = c.findings();
        List<ConditionKind> named = new ArrayList<>(1);
        for (ConditionKind k : ConditionKind.values()) {
            if (c.has(key(k))) {
                named.add(k);
            }
        }
        if (named.isEmpty()) {
            List<String> names = c.names();
            findings.add(TaxonomyJsonCode.UNKNOWN_CONDITION, c.pointer(), (names.isEmpty() ? "an empty condition"
                    : "no condition is named by " + Forms.quoted(names)) + "; expected one of " + keys());
            return Optional.empty();
        }
        if (named.size() > 1) {
            List<String> names = new ArrayList<>();
            named.forEach(k -> names.add(key(k)));
            findings.add(TaxonomyJsonCode.AMBIGUOUS_KIND, c.pointer(), "one object names several conditions ("
                    + Forms.quoted(names) + "): write each condition as its own object in the list");
            return Optional.empty();
        }
        ConditionKind kind = named.get(0);
        String key = key(kind);
        JsonNode value = c.get(key).orElseThrow();
        String at = c.at(key);
        Optional<Condition> out = switch (kind) {
            case MINIMUM_LEVEL -> {
                Optional<Double> confidence = minimumConfidence(c);
                Optional<CredentialLevel> level = LevelForm.read(value, at, findings);
                yield level.isPresent() && confidence.isPresent()
                        ? Optional.of(new Condition.MinimumLevel(level.get(), confidence.get())) : Optional.empty();
            }
            case LEVEL_IN -> {
                Optional<Double> confidence = minimumConfidence(c);
                Optional<Set<LevelKind>> kinds = levelKinds(c, value, at);
                yield kinds.isPresent() && confidence.isPresent()
                        ? Optional.of(new Condition.LevelIn(kinds.get(), confidence.get())) : Optional.empty();
            }
            case ALIGNED_TO -> c.text(value, at).flatMap(s -> {
                if (s.isBlank()) {
                    findings.add(TaxonomyJsonCode.BAD_VALUE, at, "the competency is blank: give its URL or code");
                    return Optional.empty();
                }
                return Optional.of(new Condition.AlignedTo(s));
            });
            case TRUSTED_ISSUERS -> issuers(c, value, at);
            case TRUSTED_BY -> c.text(value, at).flatMap(name -> {
                IssuerTrust lookup = trust.get(name);
                if (lookup == null) {
                    findings.add(TaxonomyJsonCode.BAD_VALUE, at, "no issuer trust named \"" + name + "\" was given to"
                            + " the reader (TaxonomyJson.withIssuerTrust); known: " + (trust.isEmpty() ? "none"
                            : String.join(", ", trust.keySet())));
                    return Optional.empty();
                }
                return Optional.of(new Condition.TrustedBy(name, lookup));
            });
            case VERIFIED -> flag(c, value, at).map(t -> new Condition.Verified());
            case ISSUER_KEY_BOUND -> flag(c, value, at).map(t -> new Condition.IssuerKeyBound());
            case NOT_EXPIRED -> flag(c, value, at).map(t -> new Condition.NotExpired());
            case NOT_REVOKED -> flag(c, value, at).map(t -> new Condition.NotRevoked());
            case ISSUED_WITHIN -> c.text(value, at).flatMap(s -> period(s, at, findings)).map(Condition.IssuedWithin::new);
        };
        c.rejectUnknown("a \"" + key + "\" condition");
        return out;
    }

    private static Optional<Double> minimumConfidence(Fields c) {
        Optional<JsonNode> node = c.get(CONFIDENCE);
        if (node.isEmpty()) {
            return Optional.of(Policy.DEFAULT_MINIMUM_CONFIDENCE);
        }
        JsonNode v = node.get();
        String at = c.at(CONFIDENCE);
        if (!v.isNumber()) {
            c.findings().add(TaxonomyJsonCode.WRONG_TYPE, at, "expected a number from 0 to 1 but found "
                    + Findings.describe(v));
            return Optional.empty();
        }
        // The decimal text, parsed as a double, is exactly what was written (BigDecimal rounding is not).
        double d = Double.parseDouble(v.asText());
        if (!(d >= 0 && d <= 1)) {
            c.findings().add(TaxonomyJsonCode.BAD_VALUE, at, "the confidence " + v.asText() + " is not between 0 and 1");
            return Optional.empty();
        }
        return Optional.of(d);
    }

    private static Optional<Set<LevelKind>> levelKinds(Fields c, JsonNode value, String at) {
        Optional<ArrayNode> list = c.array(value, at, "a list of level ids such as [\"participation\", \"recognition\"]");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        if (list.get().isEmpty()) {
            c.findings().add(TaxonomyJsonCode.BAD_VALUE, at, "the list of levels is empty: name at least one of "
                    + LevelForm.IDS);
            return Optional.empty();
        }
        Set<LevelKind> kinds = EnumSet.noneOf(LevelKind.class);
        boolean ok = true;
        for (int i = 0; i < list.get().size(); i++) {
            String here = JsonPointers.child(at, i);
            Optional<LevelKind> k = c.text(list.get().get(i), here).flatMap(id -> LevelForm.kind(id, here, c.findings()));
            ok &= k.isPresent();
            k.ifPresent(kinds::add);
        }
        return ok ? Optional.of(kinds) : Optional.empty();
    }

    private static Optional<Condition> issuers(Fields c, JsonNode value, String at) {
        Optional<ArrayNode> list = c.array(value, at, "a list of issuer ids such as [\"did:key:...\"]");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        if (list.get().isEmpty()) {
            c.findings().add(TaxonomyJsonCode.BAD_VALUE, at, "the list of trusted issuers is empty: name at least one");
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>(list.get().size());
        boolean ok = true;
        for (int i = 0; i < list.get().size(); i++) {
            Optional<String> id = c.text(list.get().get(i), JsonPointers.child(at, i));
            ok &= id.isPresent();
            id.ifPresent(ids::add);
        }
        return ok ? Optional.of(new Condition.TrustedIssuers(ids)) : Optional.empty();
    }

    private static Optional<Boolean> flag(Fields c, JsonNode value, String at) {
        if (!value.isBoolean()) {
            c.findings().add(TaxonomyJsonCode.WRONG_TYPE, at, "expected true but found " + Findings.describe(value));
            return Optional.empty();
        }
        if (!value.booleanValue()) {
            c.findings().add(TaxonomyJsonCode.BAD_VALUE, at, "false is not a condition: write true, or leave the "
                    + "condition out");
            return Optional.empty();
        }
        return Optional.of(Boolean.TRUE);
    }

    private static Optional<Period> period(String text, String at, Findings findings) {
        Period p;
        try {
            p = Period.parse(text.strip());
        } catch (DateTimeException e) {
            findings.add(TaxonomyJsonCode.BAD_PERIOD, at, "\"" + text + "\" is not an ISO 8601 period such as "
                    + "\"P3Y\" (3 years), \"P18M\" (18 months) or \"P90D\" (90 days)");
            return Optional.empty();
        }
        if (p.isNegative()) {
            findings.add(TaxonomyJsonCode.BAD_PERIOD, at, "the period \"" + text + "\" is negative");
            return Optional.empty();
        }
        return Optional.of(p);
    }
}
