package dev.laurel.badges.json.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;

import java.util.Optional;

/**
 * The JSON form of a {@link CredentialLevel}: its id ({@code "skill"}), or, for a level that names who
 * accredits, what was attended or who recognised, an object such as
 * <code>{"level": "certification", "accreditingBody": "ACME"}</code>.
 */
final class LevelForm {

    static final String IDS = "knowledge, skill, ability, certification, participation, recognition";

    private LevelForm() {
    }

    /** The key of the one detail a level kind can carry, if any. */
    static Optional<String> detailKey(LevelKind kind) {
        return switch (kind) {
            case CERTIFICATION -> Optional.of("accreditingBody");
            case PARTICIPATION -> Optional.of("eventKind");
            case RECOGNITION -> Optional.of("recognisedBy");
            case KNOWLEDGE, SKILL, ABILITY -> Optional.empty();
        };
    }

    private static Optional<String> detail(CredentialLevel level) {
        return switch (level.kind()) {
            case CERTIFICATION -> ((CredentialLevel.Certification) level).accreditingBody();
            case PARTICIPATION -> ((CredentialLevel.Participation) level).eventKind();
            case RECOGNITION -> ((CredentialLevel.Recognition) level).recognisedBy();
            case KNOWLEDGE, SKILL, ABILITY -> Optional.empty();
        };
    }

    private static CredentialLevel withDetail(LevelKind kind, Optional<String> detail) {
        return switch (kind) {
            case CERTIFICATION -> new CredentialLevel.Certification(detail);
            case PARTICIPATION -> new CredentialLevel.Participation(detail);
            case RECOGNITION -> new CredentialLevel.Recognition(detail);
            case KNOWLEDGE, SKILL, ABILITY -> CredentialLevel.of(kind);
        };
    }

    static JsonNode write(CredentialLevel level, JsonNodeFactory nodes) {
        Optional<String> detail = detail(level);
        if (detail.isEmpty()) {
            return nodes.textNode(level.id());
        }
        ObjectNode out = nodes.objectNode();
        out.put("level", level.id());
        out.put(detailKey(level.kind()).orElseThrow(), detail.get());
        return out;
    }

    static Optional<CredentialLevel> read(JsonNode value, String at, Findings findings) {
        if (value.isTextual()) {
            return kind(value.textValue(), at, findings).map(CredentialLevel::of);
        }
        if (!value.isObject()) {
            findings.add(TaxonomyJsonCode.WRONG_TYPE, at, "expected a level id such as \"skill\" (or an object "
                    + "with \"level\") but found " + Findings.describe(value));
            return Optional.empty();
        }
        Fields fields = new Fields((ObjectNode) value, at, findings);
        Optional<LevelKind> kind = fields.requireString("level").flatMap(id -> kind(id, fields.at("level"), findings));
        Optional<CredentialLevel> level = Optional.empty();
        if (kind.isPresent()) {
            Optional<String> key = detailKey(kind.get());
            Optional<String> detail = key.isPresent() ? fields.string(key.get()) : Optional.empty();
            level = Optional.of(withDetail(kind.get(), detail));
        }
        fields.rejectUnknown("a level");
        return level;
    }

    static Optional<LevelKind> kind(String id, String at, Findings findings) {
        Optional<LevelKind> kind = LevelKind.fromId(id);
        if (kind.isEmpty()) {
            findings.add(TaxonomyJsonCode.UNKNOWN_LEVEL, at, "unknown level \"" + id + "\": expected one of " + IDS);
        }
        return kind;
    }
}
