package dev.laurel.badges.json.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the JSON forms share: the {@code type} member that says which form a document is. */
final class Forms {

    private Forms() {
    }

    /** Checks the {@code type} member, which must be present and equal {@code expected}. */
    static void type(Fields fields, String expected, String what) {
        Optional<JsonNode> type = fields.get("type");
        if (type.isEmpty()) {
            fields.findings().add(TaxonomyJsonCode.WRONG_DOCUMENT_TYPE, fields.pointer(), "\"type\": \"" + expected
                    + "\" is missing: it tells " + what + " from other documents");
            return;
        }
        checkType(fields, type.get(), expected);
    }

    /** Checks the {@code type} member when present. */
    static void optionalType(Fields fields, String expected) {
        fields.get("type").ifPresent(t -> checkType(fields, t, expected));
    }

    private static void checkType(Fields fields, JsonNode type, String expected) {
        if (!type.isTextual() || !type.textValue().equals(expected)) {
            fields.findings().add(TaxonomyJsonCode.WRONG_DOCUMENT_TYPE, fields.at("type"), "expected \"type\": \""
                    + expected + "\" but found " + (type.isTextual() ? "\"" + type.textValue() + "\""
                            : Findings.describe(type)));
        }
    }

    static String quoted(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        names.forEach(n -> out.add("\"" + n + "\""));
        return String.join(", ", out);
    }
}
