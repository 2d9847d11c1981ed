package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.constraint.IriValidator;
import dev.laurel.badges.core.json.JsonString;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Term;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.AchievementType;
import dev.laurel.badges.core.model.ob3.Address;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.AlignmentTargetType;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.EndorsementCredential;
import dev.laurel.badges.core.model.ob3.EndorsementSubject;
import dev.laurel.badges.core.model.ob3.Evidence;
import dev.laurel.badges.core.model.ob3.GeoCoordinates;
import dev.laurel.badges.core.model.ob3.IdentifierEntry;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.Image;
import dev.laurel.badges.core.model.ob3.Ob3Terms;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.model.ob3.Related;
import dev.laurel.badges.core.model.ob3.Result;
import dev.laurel.badges.core.model.ob3.ResultDescription;
import dev.laurel.badges.core.model.ob3.ResultStatusType;
import dev.laurel.badges.core.model.ob3.ResultType;
import dev.laurel.badges.core.model.ob3.RubricCriterionLevel;
import dev.laurel.badges.core.taxonomy.CredentialLevel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The OB 3.0 rules beyond single-property constraints, by model type. Paths are relative to the object checked;
 * nested objects are checked by their own rule when the validator cascades into them.
 */
final class Ob3Rules {

    private static final Pattern IDENTITY_HASH = Pattern.compile("^(sha256\\$[0-9a-fA-F]{64}|md5\\$[0-9a-fA-F]{32})$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final String RESULT_TYPE_STATUS = ResultType.STATUS.value();

    private Ob3Rules() {
    }

    /**
     * Returns the rules by model type.
     *
     * @return an immutable map
     */
    static Map<Class<?>, SpecRule<?>> all() {
        Map<Class<?>, SpecRule<?>> rules = new HashMap<>();
        put(rules, OpenBadgeCredential.class, Ob3Rules::credential);
        put(rules, EndorsementCredential.class, Ob3Rules::endorsement);
        put(rules, AchievementSubject.class, Ob3Rules::subject);
        put(rules, Achievement.class, Ob3Rules::achievement);
        put(rules, Profile.class, Ob3Rules::profile);
        put(rules, IdentityObject.class, Ob3Rules::identityObject);
        put(rules, IdentifierEntry.class, (v, sink) -> {
            exactType(v.type(), IdentifierEntry.TYPE, sink);
            extensible(v.identifierType(), IdentifierTypeEnum::isAllowed, "/identifierType", sink);
        });
        put(rules, Alignment.class, (v, sink) -> {
            containsType(v.type(), Alignment.TYPE, sink);
            extensible(v.targetType(), AlignmentTargetType::isAllowed, "/targetType", sink);
        });
        put(rules, ResultDescription.class, (v, sink) -> {
            containsType(v.type(), ResultDescription.TYPE, sink);
            extensible(v.resultType(), ResultType::isAllowed, "/resultType", sink);
        });
        put(rules, Result.class, (v, sink) -> {
            containsType(v.type(), Result.TYPE, sink);
            extensible(v.status(), ResultStatusType::isStandard, "/status", sink);
        });
        put(rules, Criteria.class, (v, sink) -> {
            if (!v.isDescribed()) {
                sink.warning(ValidationCode.SPEC_RULE_BROKEN, "",
                        "criteria should have an id or a narrative");
            }
        });
        put(rules, Image.class, (v, sink) -> exactType(v.type(), Image.TYPE, sink));
        put(rules, GeoCoordinates.class, (v, sink) -> exactType(v.type(), GeoCoordinates.TYPE, sink));
        put(rules, Address.class, (v, sink) -> containsType(v.type(), Address.TYPE, sink));
        put(rules, Evidence.class, (v, sink) -> containsType(v.type(), Evidence.TYPE, sink));
        put(rules, Related.class, (v, sink) -> containsType(v.type(), Related.TYPE, sink));
        put(rules, RubricCriterionLevel.class, (v, sink) -> containsType(v.type(), RubricCriterionLevel.TYPE, sink));
        put(rules, EndorsementSubject.class, (v, sink) -> containsType(v.type(), EndorsementSubject.TYPE, sink));
        return Map.copyOf(rules);
    }

    private static <T> void put(Map<Class<?>, SpecRule<?>> rules, Class<T> type, SpecRule<T> rule) {
        rules.put(type, rule);
    }

    // ------------------------------------------------------------------ credentials

    private static void credential(OpenBadgeCredential c, RuleSink sink) {
        if (!c.type().isEmpty()) {
            if (!c.type().contains(Ob3Terms.VERIFIABLE_CREDENTIAL)) {
                sink.error(ValidationCode.MISSING_TYPE, "/type", "type must include VerifiableCredential");
            }
            if (!c.type().contains(OpenBadgeCredential.TYPE) && !c.type().contains(Ob3Terms.ACHIEVEMENT_CREDENTIAL)) {
                sink.error(ValidationCode.MISSING_TYPE, "/type",
                        "type must include OpenBadgeCredential or AchievementCredential");
            }
        }
        boolean v11 = c.isVcdm11();
        if (v11 && c.name().isEmpty()) {
            sink.error(ValidationCode.REQUIRED_PROPERTY_MISSING, "/name",
                    "a VC Data Model 1.1 credential requires name");
        }
        zoned(c.awardedDate(), "/awardedDate", sink);
        vcCommon(c.context(), v11, c.issuer(), c.validFrom(), c.validUntil(), c.issuanceDate(), c.expirationDate(),
                sink);
    }

    private static void endorsement(EndorsementCredential c, RuleSink sink) {
        if (!c.type().isEmpty()) {
            if (!c.type().contains(Ob3Terms.VERIFIABLE_CREDENTIAL)) {
                sink.error(ValidationCode.MISSING_TYPE, "/type", "type must include VerifiableCredential");
            }
            if (!c.type().contains(EndorsementCredential.TYPE)) {
                sink.error(ValidationCode.MISSING_TYPE, "/type", "type must include EndorsementCredential");
            }
        }
        zoned(c.awardedDate(), "/awardedDate", sink);
        vcCommon(c.context(), c.isVcdm11(), c.issuer(), c.validFrom(), c.validUntil(), c.issuanceDate(),
                c.expirationDate(), sink);
    }

    private static void vcCommon(List<JsonValue> context, boolean v11, Optional<Ref<Profile>> issuer,
            Optional<Timestamp> validFrom, Optional<Timestamp> validUntil, Optional<Timestamp> issuanceDate,
            Optional<Timestamp> expirationDate, RuleSink sink) {
        if (!context.isEmpty()) {
            JsonValue first = context.get(0);
            if (!first.equals(new JsonString(Ob3Terms.VC_V2_CONTEXT))
                    && !first.equals(new JsonString(Ob3Terms.VC_V1_CONTEXT))) {
                sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/@context/0",
                        "the first @context must be " + Ob3Terms.VC_V2_CONTEXT);
            }
            boolean ob = context.stream().anyMatch(v -> v instanceof JsonString s && Ob3Terms.isObContext(s.value()));
            if (!ob) {
                sink.error(ValidationCode.SPEC_RULE_BROKEN, "/@context", "@context must include the OB 3.0 context");
            }
        }
        issuer.ifPresent(ref -> {
            if (ref instanceof Ref.Iri<Profile> iri && !IriValidator.isIri(iri.iri())) {
                sink.error(ValidationCode.INVALID_IRI, "/issuer",
                        "must be an absolute IRI, got " + Shown.value(iri.iri()));
            }
        });
        if (v11) {
            if (issuanceDate.isEmpty()) {
                sink.error(ValidationCode.REQUIRED_PROPERTY_MISSING, "/issuanceDate",
                        "a VC Data Model 1.1 credential requires issuanceDate");
            }
        } else if (validFrom.isEmpty()) {
            sink.error(ValidationCode.REQUIRED_PROPERTY_MISSING, "/validFrom", "required property missing");
        }
        zoned(validFrom, "/validFrom", sink);
        zoned(validUntil, "/validUntil", sink);
        zoned(issuanceDate, "/issuanceDate", sink);
        zoned(expirationDate, "/expirationDate", sink);
        ordered(validFrom, validUntil, "/validUntil", "validUntil is before validFrom", sink);
        ordered(issuanceDate, expirationDate, "/expirationDate", "expirationDate is before issuanceDate", sink);
    }

    // ------------------------------------------------------------------ subjects and achievements

    private static void subject(AchievementSubject s, RuleSink sink) {
        containsType(s.type(), AchievementSubject.TYPE, sink);
        if (s.id().isEmpty() && s.identifier().isEmpty()) {
            sink.error(ValidationCode.SUBJECT_NOT_IDENTIFIED, "",
                    "the credential subject needs an id or at least one identifier");
        }
        List<ResultDescription> descriptions = s.achievement().map(Achievement::resultDescription).orElse(List.of());
        for (int i = 0; i < s.result().size(); i++) {
            Result result = s.result().get(i);
            if (result.resultDescription().isEmpty() || s.achievement().isEmpty()) {
                continue;
            }
            String ref = result.resultDescription().get();
            Optional<ResultDescription> linked = descriptions.stream()
                    .filter(d -> d.id().filter(ref::equals).isPresent()).findFirst();
            String at = "/result/" + i;
            if (linked.isEmpty()) {
                sink.error(ValidationCode.SPEC_RULE_BROKEN, at + "/resultDescription",
                        "resultDescription must be the id of a result description of the achievement");
                continue;
            }
            ResultDescription d = linked.get();
            if (result.status().isEmpty() && d.resultType().filter(t -> t.value().equals(RESULT_TYPE_STATUS))
                    .isPresent()) {
                sink.error(ValidationCode.REQUIRED_PROPERTY_MISSING, at + "/status",
                        "status is required when the linked result description's resultType is Status");
            }
            result.achievedLevel().ifPresent(level -> {
                boolean known = d.rubricCriterionLevel().stream().anyMatch(l -> l.id().filter(level::equals)
                        .isPresent());
                if (!known) {
                    // The model describes this link without a MUST, and the spec's own full example
                    // breaks it: a warning, not an error.
                    sink.warning(ValidationCode.SPEC_RULE_BROKEN, at + "/achievedLevel",
                            "achievedLevel should be the id of a rubric criterion level of the linked result "
                                    + "description");
                }
            });
        }
    }

    private static void achievement(Achievement a, RuleSink sink) {
        containsType(a.type(), Achievement.TYPE, sink);
        extensible(a.achievementType(), AchievementType::isAllowed, "/achievementType", sink);
        Optional<CredentialLevel> level = a.level();
        if (level.isPresent() && level.get().requiresAssessment()
                && a.criteria().filter(Criteria::isDescribed).isEmpty()) {
            sink.error(ValidationCode.FORMAL_LEVEL_WITHOUT_CRITERIA, "/criteria",
                    "an achievement at the formal level " + level.get().id()
                            + " needs criteria with an id or a narrative");
        }
    }

    private static void profile(Profile p, RuleSink sink) {
        containsType(p.type(), Profile.TYPE, sink);
        p.dateOfBirth().ifPresent(d -> {
            if (d.numeric() || !DATE.matcher(d.text()).matches()) {
                sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/dateOfBirth", "dateOfBirth must be a date (YYYY-MM-DD)");
            }
        });
    }

    private static void identityObject(IdentityObject o, RuleSink sink) {
        exactType(o.type(), IdentityObject.TYPE, sink);
        extensible(o.identityType(), IdentifierTypeEnum::isAllowed, "/identityType", sink);
        if (o.hashed().orElse(Boolean.FALSE) && o.identityHash().isPresent()
                && !IDENTITY_HASH.matcher(o.identityHash().get()).matches()) {
            sink.error(ValidationCode.INVALID_IDENTITY_HASH, "/identityHash",
                    "a hashed identityHash must be sha256$ and 64 hex digits or md5$ and 32 hex digits");
        }
    }

    // ------------------------------------------------------------------ helpers

    static void containsType(List<String> type, String required, RuleSink sink) {
        // An empty list is already reported as a missing property.
        if (!type.isEmpty() && !type.contains(required)) {
            sink.error(ValidationCode.MISSING_TYPE, "/type", "type must include " + required);
        }
    }

    /**
     * Checks a single-valued {@code type} that the specification fixes to one IRI. It has no {@code @NotNull}
     * constraint, so an absent type is reported here, once, as the missing required type.
     */
    static void exactType(Optional<String> type, String required, RuleSink sink) {
        if (type.isEmpty()) {
            sink.error(ValidationCode.MISSING_TYPE, "/type", "type must be the IRI " + required);
        } else if (!type.get().equals(required)) {
            sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/type",
                    "type must be the IRI " + required + ", got " + Shown.value(type.get()));
        }
    }

    private static <T extends Term> void extensible(Optional<T> term, Predicate<T> allowed, String path,
            RuleSink sink) {
        term.ifPresent(t -> {
            if (!allowed.test(t)) {
                sink.error(ValidationCode.VALUE_NOT_ALLOWED, path,
                        "the value is not a term of the vocabulary"
                                + (t instanceof ResultStatusType ? "" : " nor an ext: extension"));
            }
        });
    }

    static void zoned(Optional<Timestamp> value, String path, RuleSink sink) {
        value.ifPresent(t -> {
            if (!t.hasZone()) {
                sink.error(ValidationCode.DATE_WITHOUT_ZONE, path,
                        "must be a date-time with a time zone (Z or an offset), got " + Shown.value(t.text()));
            }
        });
    }

    static void ordered(Optional<Timestamp> from, Optional<Timestamp> until, String path, String message,
            RuleSink sink) {
        if (from.isPresent() && until.isPresent() && until.get().compareTo(from.get()) < 0) {
            sink.error(ValidationCode.DATES_OUT_OF_ORDER, path, message);
        }
    }

}
