package dev.laurel.badges.json.convert.internal;

import dev.laurel.badges.core.Severity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What one conversion found and did: findings (with JSON Pointers into the source) and links (source
 * pointer to target pointer). Content that came from a resolved reference is reported at the pointer of
 * the reference, as if it had been embedded there, and its messages name the IRI it came from.
 * Not thread-safe: one per conversion.
 */
final class Trace {

    private final List<Engine.Finding> findings = new ArrayList<>();
    private final List<Engine.Link> links = new ArrayList<>();
    private final Deque<String> origins = new ArrayDeque<>();

    List<Engine.Finding> findings() {
        return findings;
    }

    List<Engine.Link> links() {
        return links;
    }

    void map(String source, String target) {
        links.add(new Engine.Link(source, target));
    }

    /** Where the next link goes; see {@link #retarget}. */
    int mark() {
        return links.size();
    }

    /**
     * Points the links recorded since {@code mark} from {@code from} to {@code to} instead (an object
     * written as its IRI). Scanning only from the mark keeps a long list linear.
     */
    void retarget(int mark, String from, String to) {
        for (int i = mark; i < links.size(); i++) {
            if (links.get(i).target().equals(from)) {
                links.set(i, new Engine.Link(links.get(i).source(), to));
            }
        }
    }

    void report(Severity severity, Code code, String path, String message) {
        String where = origins.isEmpty() ? "" : " (in " + origins.peek() + ", resolved for this reference)";
        findings.add(new Engine.Finding(severity, code, path, message + where));
    }

    void error(Code code, String path, String message) {
        report(Severity.ERROR, code, path, message);
    }

    void warning(Code code, String path, String message) {
        report(Severity.WARNING, code, path, message);
    }

    void info(Code code, String path, String message) {
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
