package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.json.JsonString;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.clr.Association;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.model.clr.ClrSubject;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.Ob3Terms;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.constraint.IriValidator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CLR 2.0 rules beyond the model's constraint annotations, for the records of
 * {@code dev.laurel.badges.core.model.clr}. Each finding carries a {@link ValidationCode} and a JSON Pointer
 * relative to the object checked. The nested credentials, achievements and profiles are OB 3.0 records and are
 * checked by {@link Ob3Rules}.
 *
 * <ul>
 *   <li>{@code ClrCredential}: {@code type} includes {@code VerifiableCredential} and {@code ClrCredential}; the
 *       first {@code @context} is the VC Data Model context and a CLR 2.0 context is present; the start of
 *       validity its data model requires ({@code validFrom}, or {@code issuanceDate} for VC Data Model 1.1);
 *       dates with a time zone and in order; an issuer IRI that is an IRI.</li>
 *   <li>{@code ClrSubject}: {@code type} includes {@code ClrSubject}; an {@code id} or at least one
 *       {@code identifier}; every association's {@code sourceId} and {@code targetId} is the {@code id} of an
 *       achievement the CLR holds ({@link ValidationCode#ASSOCIATION_NOT_RESOLVED}, a warning: the schema
 *       descriptions state it without a MUST, and 1EdTech's reference validator accepts its own fixture
 *       {@code simple_v1.json}, whose associations name achievements it does not hold).</li>
 *   <li>{@code Association}: {@code type} is {@code Association}; {@code associationType} is a term of the
 *       vocabulary or an {@code ext:} term.</li>
 * </ul>
 *
 * @see <a href="https://www.imsglobal.org/spec/clr/v2p0/">CLR 2.0</a>
 */
final class ClrRules {

    /** The prefix of the published CLR 2.0 contexts ({@code context.json}, {@code context-2.0.1.json}). */
    static final String CLR_CONTEXT_PREFIX = "https://purl.imsglobal.org/spec/clr/v2p0/context";
    /** The draft CLR 2.0 context older CLRs (and the reference validator's fixtures) carry. */
    static final String CLR_DRAFT_CONTEXT = "https://dc.imsglobal.org/draft/clr/v2p0/context";

    private ClrRules() {
    }

    /**
     * Returns the rules by model type.
     *
     * @return the rules
     */
    static Map<Class<?>, SpecRule<?>> all() {
        Map<Class<?>, SpecRule<?>> rules = new HashMap<>();
        put(rules, ClrCredential.class, ClrRules::credential);
        put(rules, ClrSubject.class, ClrRules::subject);
        put(rules, Association.class, ClrRules::association);
        return rules;
    }

    private static <T> void put(Map<Class<?>, SpecRule<?>> rules, Class<T> type, SpecRule<T> rule) {
        rules.put(type, rule);
    }

    private static void credential(ClrCredential c, RuleSink sink) {
        if (!c.type().isEmpty()) {
            if (!c.type().contains(Ob3Terms.VERIFIABLE_CREDENTIAL)) {
                sink.error(ValidationCode.MISSING_TYPE, "/type", "type must include VerifiableCredential");
            }
            if (!c.type().contains(ClrCredential.TYPE)) {
                sink.error(ValidationCode.MISSING_TYPE, "/type", "type must include ClrCredential");
            }
        }
        List<JsonValue> context = c.context();
        if (!context.isEmpty()) {
            JsonValue first = context.get(0);
            if (!first.equals(JsonValue.of(Ob3Terms.VC_V2_CONTEXT)) && !first.equals(JsonValue.of(Ob3Terms.VC_V1_CONTEXT))) {
                sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/@context/0",
                        "the first @context must be " + Ob3Terms.VC_V2_CONTEXT);
            }
            boolean clr = context.stream().anyMatch(v -> v instanceof JsonString s
                    && (s.value().startsWith(CLR_CONTEXT_PREFIX) || s.value().equals(CLR_DRAFT_CONTEXT)));
            if (!clr) {
                sink.error(ValidationCode.SPEC_RULE_BROKEN, "/@context", "@context must include the CLR 2.0 context");
            }
        }
        c.issuer().ifPresent(ref -> {
            if (ref instanceof Ref.Iri<Profile> iri && !IriValidator.isIri(iri.iri())) {
                sink.error(ValidationCode.INVALID_IRI, "/issuer",
                        "must be an absolute IRI, got " + Shown.value(iri.iri()));
            }
        });
        if (c.isVcdm11()) {
            if (c.issuanceDate().isEmpty()) {
                sink.error(ValidationCode.REQUIRED_PROPERTY_MISSING, "/issuanceDate",
                        "a VC Data Model 1.1 credential requires issuanceDate");
            }
        } else if (c.validFrom().isEmpty()) {
            sink.error(ValidationCode.REQUIRED_PROPERTY_MISSING, "/validFrom", "required property missing");
        }
        Ob3Rules.zoned(c.awardedDate(), "/awardedDate", sink);
        Ob3Rules.zoned(c.validFrom(), "/validFrom", sink);
        Ob3Rules.zoned(c.validUntil(), "/validUntil", sink);
        Ob3Rules.zoned(c.issuanceDate(), "/issuanceDate", sink);
        Ob3Rules.zoned(c.expirationDate(), "/expirationDate", sink);
        Ob3Rules.ordered(c.validFrom(), c.validUntil(), "/validUntil", "validUntil is before validFrom", sink);
        Ob3Rules.ordered(c.issuanceDate(), c.expirationDate(), "/expirationDate",
                "expirationDate is before issuanceDate", sink);
    }

    private static void subject(ClrSubject s, RuleSink sink) {
        Ob3Rules.containsType(s.type(), ClrSubject.TYPE, sink);
        if (s.id().isEmpty() && s.identifier().isEmpty()) {
            sink.error(ValidationCode.SUBJECT_NOT_IDENTIFIED, "",
                    "the CLR subject needs an id or at least one identifier");
        }
        if (s.association().isEmpty()) {
            return;
        }
        Set<String> achievements = new HashSet<>();
        for (Achievement a : s.allAchievements()) {
            a.id().ifPresent(achievements::add);
        }
        for (int i = 0; i < s.association().size(); i++) {
            Association a = s.association().get(i);
            String at = "/association/" + i;
            a.sourceId().filter(id -> !achievements.contains(id)).ifPresent(id -> sink.warning(
                    ValidationCode.ASSOCIATION_NOT_RESOLVED, at + "/sourceId",
                    "no achievement in this CLR has the sourceId " + Shown.value(id)));
            a.targetId().filter(id -> !achievements.contains(id)).ifPresent(id -> sink.warning(
                    ValidationCode.ASSOCIATION_NOT_RESOLVED, at + "/targetId",
                    "no achievement in this CLR has the targetId " + Shown.value(id)));
        }
    }

    private static void association(Association a, RuleSink sink) {
        Ob3Rules.exactType(a.type(), Association.TYPE, sink);
        a.associationType().ifPresent(t -> {
            if (!t.isAllowed()) {
                sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/associationType",
                        "the value is not a term of the vocabulary nor an ext: extension");
            }
        });
    }
}
