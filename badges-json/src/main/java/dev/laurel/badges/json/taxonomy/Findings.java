package dev.laurel.badges.json.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.core.Problem;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one document, bounded so that hostile input cannot fill memory. */
final class Findings {

    /** The most problems kept; the rest are counted. */
    static final int MAX_PROBLEMS = 1000;

    private final List<Problem> problems = new ArrayList<>();
    private int dropped;

    void add(TaxonomyJsonCode code, String pointer, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(Problem.error(code, pointer, message));
        } else {
            dropped++;
        }
    }

    void add(Problem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        } else {
            dropped++;
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<Problem> problems() {
        if (dropped == 0) {
            return List.copyOf(problems);
        }
        List<Problem> out = new ArrayList<>(problems);
        out.add(Problem.error(problems.get(problems.size() - 1).code(), "", dropped + " more problems are not listed"));
        return List.copyOf(out);
    }

    /** Throws every finding, if there is any, as one exception. */
    void throwIfAny(String what) {
        if (!problems.isEmpty()) {
            Problem first = problems.get(0);
            TaxonomyJsonCode code = first.code() instanceof TaxonomyJsonCode t ? t : TaxonomyJsonCode.INVALID_PATHWAY;
            throw new TaxonomyJsonException(code, what, problems(), -1, -1, null);
        }
    }

    /** Names a JSON value's type for messages, e.g. "a number". */
    static String describe(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "a list";
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return node.booleanValue() ? "true" : "false";
            case NULL:
                return "null";
            default:
                return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
