package dev.laurel.badges.verify.dataintegrity.internal;

import com.apicatalog.jsonld.uri.UriUtils;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Titanium's full absolute-IRI test ({@code java.net.URI} parsing) with its answers remembered for the IRIs
 * that recur across documents: property names, types and datatypes, which come from the contexts. Ids are
 * not passed here (each document has its own), so the memory fills with vocabulary, not with credentials.
 *
 * <p>Bounded and thread-safe: at most {@value #MAX_ENTRIES} IRIs of at most {@value #MAX_LENGTH} characters
 * are remembered, the first ones seen; past that the test simply runs each time. The answer is a pure
 * function of the string, so a remembered answer is always the one the test would give.
 */
final class VocabularyIris {

    /** The most answers remembered. */
    static final int MAX_ENTRIES = 4096;
    /** The longest IRI remembered. */
    static final int MAX_LENGTH = 256;

    private static final Map<String, Boolean> ANSWERS = new ConcurrentHashMap<>();

    private VocabularyIris() {}

    /**
     * Tells whether a string is an absolute IRI, as {@code UriUtils.isAbsoluteUri(iri, UriValidationPolicy.Full)}.
     *
     * @param iri the string
     * @return the test's answer
     */
    static boolean isAbsolute(String iri) {
        Boolean known = ANSWERS.get(iri);
        if (known != null) {
            return known;
        }
        boolean answer = UriUtils.isAbsoluteUri(iri, UriValidationPolicy.Full);
        if (iri.length() <= MAX_LENGTH && ANSWERS.size() < MAX_ENTRIES) {
            ANSWERS.putIfAbsent(iri, answer);
        }
        return answer;
    }

    /** The number of remembered answers (for tests). */
    static int size() {
        return ANSWERS.size();
    }
}
