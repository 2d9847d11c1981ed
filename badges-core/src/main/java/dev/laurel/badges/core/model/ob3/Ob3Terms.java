package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.json.JsonValue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The fixed IRIs and terms of Open Badges 3.0 documents: the JSON-LD contexts, the credential types and the
 * compact JWS form of {@code endorsementJwt}.
 */
public final class Ob3Terms {

    /** The VC Data Model 2.0 context, first in every OB 3.0 credential: {@value}. */
    public static final String VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";

    /** The VC Data Model 1.1 context, first in older credentials: {@value}. */
    public static final String VC_V1_CONTEXT = "https://www.w3.org/2018/credentials/v1";

    /** The current OB 3.0 context, which builders write: {@value}. */
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    /** The OB 3.0 extensions context: {@value}. */
    public static final String OB_EXTENSIONS_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";

    /** The type every verifiable credential has: {@value}. */
    public static final String VERIFIABLE_CREDENTIAL = "VerifiableCredential";

    /** The alias of {@code OpenBadgeCredential} that OB 3.0 also accepts: {@value}. */
    public static final String ACHIEVEMENT_CREDENTIAL = "AchievementCredential";

    /** The OB 3.0 {@code CompactJws} pattern: three base64url parts, the middle one possibly empty. */
    public static final String COMPACT_JWS = "^[a-zA-Z0-9_-]+\\.[a-zA-Z0-9_-]*\\.[a-zA-Z0-9_-]+$";

    private static final Pattern OB_CONTEXT_PATTERN =
            Pattern.compile("^https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(-3\\.\\d\\.\\d)*\\.json$");

    private static final Pattern EXTENSION_TERM = Pattern.compile("^ext:[A-Za-z0-9._-]+$");

    private static final List<JsonValue> DEFAULT_CONTEXT = List.of(JsonValue.of(VC_V2_CONTEXT),
            JsonValue.of(OB_CONTEXT));

    private Ob3Terms() {
    }

    /**
     * Returns the {@code @context} builders write: {@value #VC_V2_CONTEXT} then {@value #OB_CONTEXT}.
     *
     * @return an immutable list of two JSON strings
     */
    public static List<JsonValue> defaultContext() {
        return DEFAULT_CONTEXT;
    }

    /**
     * Tells whether an IRI is one of the OB 3.0 contexts the specification allows in a credential
     * ({@code context.json} or {@code context-3.x.y.json} under {@code https://purl.imsglobal.org/spec/ob/v3p0/}).
     *
     * @param iri the context IRI
     * @return {@code true} for an OB 3.0 context
     * @throws NullPointerException if {@code iri} is null
     */
    public static boolean isObContext(String iri) {
        return OB_CONTEXT_PATTERN.matcher(iri).matches();
    }

    /** Tells whether a credential's first {@code @context} is the VC Data Model 1.1 one. */
    static boolean isVcdm11Context(List<JsonValue> context) {
        return !context.isEmpty() && context.get(0).equals(JsonValue.of(VC_V1_CONTEXT));
    }

    /**
     * Tells whether a value of an extensible vocabulary is an extension term: {@code ext:} followed by letters,
     * digits, {@code .}, {@code -} or {@code _} (OB 3.0, "Extending Enumerated Vocabularies").
     *
     * @param value the value
     * @return {@code true} for an extension term
     * @throws NullPointerException if {@code value} is null
     */
    public static boolean isExtensionTerm(String value) {
        return EXTENSION_TERM.matcher(value).matches();
    }
}
