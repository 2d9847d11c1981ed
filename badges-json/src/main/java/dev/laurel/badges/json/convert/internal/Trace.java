package dev.laurel.badges.json.convert.internal;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.json.convert.ConversionCode;
import dev.laurel.badges.json.convert.Mapping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What one conversion found and did: problems (with JSON Pointers into the source) and mappings (source
 * pointer to target pointer). Content that came from a resolved reference is reported at the pointer of
 * the reference, as if it had been embedded there, and its messages name the IRI it came from.
 * Not thread-safe: one per conversion.
 */
public final class Trace {

    private final List<Problem> problems = new ArrayList<>();
    private final List<Mapping> mappings = new ArrayList<>();
    private final Deque<String> origins = new ArrayDeque<>();

    /**
     * Returns the problems found so far.
     *
     * @return the live list
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Returns the mappings recorded so far.
     *
     * @return the live list
     */
    public List<Mapping> mappings() {
        return mappings;
    }

    void map(String source, String target) {
        mappings.add(new Mapping(source, target));
    }

    void report(Severity severity, ConversionCode code, String path, String message) {
        String where = origins.isEmpty() ? "" : " (in " + origins.peek() + ", resolved for this reference)";
        problems.add(new Problem(code, severity, path, message + where));
    }

    void error(ConversionCode code, String path, String message) {
        report(Severity.ERROR, code, path, message);
    }

    void warning(ConversionCode code, String path, String message) {
        report(Severity.WARNING, code, path, message);
    }

    void info(ConversionCode code, String path, String message) {
        report(Severity.INFO, code, path, message);
    }

    boolean resolving(String iri) {
        return origins.contains(iri);
    }

    int depth() {
        return origins.size();
    }

    void enter(String iri) {
        origins.push(iri);
    }

    void leave() {
        origins.pop();
    }
}
