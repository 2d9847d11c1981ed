package dev.laurel.badges.json.taxonomy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.taxonomy.backpack.Audience;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.Ob3Export;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.policy.IssuerTrust;
import dev.laurel.badges.core.taxonomy.policy.Policy;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.json.internal.JsonValues;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The front door of the taxonomy's JSON forms: policies and pathways as small JSON documents that people
 * keep by hand, and a backpack as the OB 3.0 API's credential list. docs/TAXONOMY.md ("JSON forms")
 * shows every form with examples.
 *
 * <ul>
 *   <li>A policy is <code>{"type": "LaurelPolicy", "onUnknown": "refer", "conditions": [...]}</code>, one
 *       object per condition named by one key: {@code minimumLevel}, {@code levelIn}, {@code alignedTo},
 *       {@code trustedIssuers}, {@code verified}, {@code issuerKeyBound}, {@code notExpired},
 *       {@code notRevoked}, {@code issuedWithin}.</li>
 *   <li>A pathway is <code>{"type": "LaurelPathway", "id": ..., "name": ..., "goal": ..., "steps": [...]}</code>,
 *       one object per step named by one key: {@code achievementId}, {@code options} (any N of),
 *       {@code competency}, {@code pathwayId}; a set is <code>{"type": "LaurelPathways", "pathways": [...]}</code>.</li>
 *   <li>A backpack export is an OB 3.0 {@code GetOpenBadgeCredentialsResponse}:
 *       <code>{"credential": [...], "compactJwsString": [...]}</code>.</li>
 * </ul>
 *
 * <p>Reading is strict: an unknown member, condition or step, a value of the wrong type, a bad level id
 * or period, and every problem {@link dev.laurel.badges.core.taxonomy.pathway.Pathways#validate} finds
 * are reported together in one {@link TaxonomyJsonException}, each with a JSON Pointer to the bad value.
 * Nothing else is ever thrown for bad input. Writing then reading gives back an equal policy, pathway
 * (when valid) or list of credentials.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TaxonomyJson tj = TaxonomyJson.standard();
 * Policy policy = tj.readPolicy(Files.readString(Path.of("hiring-policy.json")));
 * List<Pathway> pathways = tj.readPathways(Files.readString(Path.of("programmes.json")));
 * Backpack pack = tj.add(Backpack.empty(), Files.readAllBytes(Path.of("badge.png")));
 * String export = tj.exportOb3(pack, Audience.PUBLIC);
 * Backpack again = tj.importOb3(Backpack.empty(), export);
 * }</pre>
 */
public final class TaxonomyJson {

    /**
     * The deepest nesting of sub-pathways {@link #readPathways} accepts: a chain of pathways each of which
     * includes the next. Real programmes nest a few levels; the limit keeps validation and progress, which
     * follow every level, within the stack.
     */
    public static final int MAX_PATHWAY_NESTING = dev.laurel.badges.core.taxonomy.pathway.Pathways.MAX_NESTING;

    private static final TaxonomyJson STANDARD = new TaxonomyJson(BadgeJson.standard(), Baker.standard(), Map.of());
    private static final JsonNodeFactory NODES = JsonValues.NODES;

    private final BadgeJson json;
    private final Baker baker;
    private final ObjectWriter pretty;
    private final ObjectWriter compact;
    private final Map<String, IssuerTrust> issuerTrust;

    private TaxonomyJson(BadgeJson json, Baker baker, Map<String, IssuerTrust> issuerTrust) {
        this.json = json;
        this.baker = baker;
        this.issuerTrust = issuerTrust;
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        this.pretty = JsonValues.WRITER.writer(new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter).withArrayIndenter(indenter));
        this.compact = JsonValues.WRITER.writer();
    }

    /**
     * Returns the instance that reads with {@link BadgeJson#standard()} and {@link Baker#standard()}.
     *
     * @return the shared instance
     */
    public static TaxonomyJson standard() {
        return STANDARD;
    }

    /**
     * Returns an instance that reads JSON within the limits of {@code json} and images within those of
     * {@code baker}.
     *
     * @param json the badge reader, whose {@link BadgeJson#limits()} also bound policies and pathways
     * @param baker the image reader
     * @return the instance
     * @throws NullPointerException if an argument is null
     */
    public static TaxonomyJson with(BadgeJson json, Baker baker) {
        return new TaxonomyJson(Objects.requireNonNull(json, "json"), Objects.requireNonNull(baker, "baker"), Map.of());
    }

    /**
     * Returns an instance like this one that also reads the policy condition {@code {"trustedBy": NAME}}
     * for this name, as {@link dev.laurel.badges.core.taxonomy.policy.Condition.TrustedBy} with the given
     * lookup. A policy naming a lookup that was not given is refused with a finding: the trust itself is
     * code the caller supplies, never JSON.
     *
     * @param name the name policies use
     * @param trust the lookup
     * @return the new instance (this one is unchanged)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public TaxonomyJson withIssuerTrust(String name, IssuerTrust trust) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trust, "trust");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Map<String, IssuerTrust> all = new LinkedHashMap<>(issuerTrust);
        all.put(name, trust);
        return new TaxonomyJson(json, baker, Collections.unmodifiableMap(all));
    }

    // ---- policies ----

    /**
     * Reads a policy.
     *
     * @param text the JSON
     * @return the policy
     * @throws NullPointerException if {@code text} is null
     * @throws TaxonomyJsonException if the text is not a policy in Laurel's form; every problem is listed
     */
    public Policy readPolicy(String text) {
        return readPolicy(utf8(text, "text"));
    }

    /**
     * Reads a policy from UTF-8 bytes.
     *
     * @param input the JSON
     * @return the policy
     * @throws NullPointerException if {@code input} is null
     * @throws TaxonomyJsonException if the input is not a policy in Laurel's form; every problem is listed
     */
    public Policy readPolicy(byte[] input) {
        Findings findings = new Findings();
        Policy policy = PolicyForm.read(parse(input, "policy"), findings, issuerTrust).orElse(null);
        findings.throwIfAny("policy");
        return policy;
    }

    /**
     * Writes a policy as indented JSON, the form {@link #readPolicy(String)} reads.
     *
     * @param policy the policy
     * @return the JSON
     * @throws NullPointerException if {@code policy} is null
     */
    public String writePolicy(Policy policy) {
        return text(toJson(policy), pretty);
    }

    /**
     * Writes a policy as a JSON tree.
     *
     * @param policy the policy
     * @return a new object
     * @throws NullPointerException if {@code policy} is null
     */
    public ObjectNode toJson(Policy policy) {
        return PolicyForm.write(Objects.requireNonNull(policy, "policy"), NODES);
    }

    // ---- pathways ----

    /**
     * Reads one pathway and checks it with
     * {@link dev.laurel.badges.core.taxonomy.pathway.Pathways#validate}. The pathways its sub-pathway steps
     * name are kept elsewhere, so they are not looked for here (a step naming the pathway itself is still
     * a cycle); {@link dev.laurel.badges.core.taxonomy.pathway.Pathways#of} checks them when the set is
     * put together.
     *
     * @param text the JSON
     * @return the pathway
     * @throws NullPointerException if {@code text} is null
     * @throws TaxonomyJsonException if the text is not a pathway in Laurel's form, or the pathway is not
     *     valid ({@link TaxonomyJsonCode#INVALID_PATHWAY}, with each problem's
     *     {@link dev.laurel.badges.core.taxonomy.pathway.PathwayCode})
     */
    public Pathway readPathway(String text) {
        return readPathway(utf8(text, "text"));
    }

    /**
     * Reads one pathway from UTF-8 bytes; see {@link #readPathway(String)}.
     *
     * @param input the JSON
     * @return the pathway
     * @throws NullPointerException if {@code input} is null
     * @throws TaxonomyJsonException if the input is not a valid pathway in Laurel's form
     */
    public Pathway readPathway(byte[] input) {
        Findings findings = new Findings();
        Pathway pathway = PathwayForm.read(parse(input, "pathway"), findings).orElse(null);
        findings.throwIfAny("pathway");
        return pathway;
    }

    /**
     * Reads a set of pathways and checks them together with
     * {@link dev.laurel.badges.core.taxonomy.pathway.Pathways#validate}: every sub-pathway must be in the set.
     *
     * @param text the JSON
     * @return the pathways, in document order; {@code Pathways.of(list)} accepts them
     * @throws NullPointerException if {@code text} is null
     * @throws TaxonomyJsonException if the text is not a set of pathways in Laurel's form, the set is
     *     not valid ({@link TaxonomyJsonCode#INVALID_PATHWAY}), or its sub-pathways nest deeper than
     *     {@link #MAX_PATHWAY_NESTING} ({@link TaxonomyJsonCode#NESTING_TOO_DEEP})
     */
    public List<Pathway> readPathways(String text) {
        return readPathways(utf8(text, "text"));
    }

    /**
     * Reads a set of pathways from UTF-8 bytes; see {@link #readPathways(String)}.
     *
     * @param input the JSON
     * @return the pathways, in document order
     * @throws NullPointerException if {@code input} is null
     * @throws TaxonomyJsonException if the input is not a valid set of pathways in Laurel's form
     */
    public List<Pathway> readPathways(byte[] input) {
        Findings findings = new Findings();
        List<Pathway> pathways = PathwayForm.readAll(parse(input, "pathways"), findings).orElse(null);
        findings.throwIfAny("pathways");
        return pathways;
    }

    /**
     * Writes a pathway as indented JSON. A pathway is written as it is, valid or not; only a valid one
     * reads back.
     *
     * @param pathway the pathway
     * @return the JSON
     * @throws NullPointerException if {@code pathway} is null
     */
    public String writePathway(Pathway pathway) {
        return text(toJson(pathway), pretty);
    }

    /**
     * Writes a pathway as a JSON tree.
     *
     * @param pathway the pathway
     * @return a new object
     * @throws NullPointerException if {@code pathway} is null
     */
    public ObjectNode toJson(Pathway pathway) {
        return PathwayForm.write(Objects.requireNonNull(pathway, "pathway"), NODES, true);
    }

    /**
     * Writes a set of pathways as indented JSON.
     *
     * @param pathways the pathways, in order
     * @return the JSON
     * @throws NullPointerException if {@code pathways} is or holds null
     */
    public String writePathways(List<Pathway> pathways) {
        return text(pathwaysToJson(pathways), pretty);
    }

    /**
     * Writes a set of pathways as a JSON tree.
     *
     * @param pathways the pathways, in order
     * @return a new object
     * @throws NullPointerException if {@code pathways} is or holds null
     */
    public ObjectNode pathwaysToJson(List<Pathway> pathways) {
        return PathwayForm.writeAll(List.copyOf(Objects.requireNonNull(pathways, "pathways")), NODES);
    }

    // ---- backpacks ----

    /**
     * Writes what an audience may see of a backpack as an OB 3.0 {@code GetOpenBadgeCredentialsResponse}
     * (see {@link Backpack#exportOb3(Audience)}): credentials received as JSON in {@code credential},
     * those received as a VC-JWT in {@code compactJwsString} exactly as received. OB 2.0 assertions
     * have no place in it and are left out ({@link Ob3Export#notExported()} lists them).
     *
     * @param backpack the backpack
     * @param audience who the export is for
     * @return compact JSON
     * @throws NullPointerException if an argument is null
     */
    public String exportOb3(Backpack backpack, Audience audience) {
        Objects.requireNonNull(backpack, "backpack");
        return writeOb3(backpack.exportOb3(Objects.requireNonNull(audience, "audience")));
    }

    /**
     * Writes an export as an OB 3.0 {@code GetOpenBadgeCredentialsResponse}.
     *
     * @param export the export
     * @return compact JSON
     * @throws NullPointerException if {@code export} is null
     */
    public String writeOb3(Ob3Export export) {
        return text(toJson(export), compact);
    }

    /**
     * Writes an export as a JSON tree.
     *
     * @param export the export
     * @return a new object with {@code credential} and {@code compactJwsString}
     * @throws NullPointerException if {@code export} is null
     */
    public ObjectNode toJson(Ob3Export export) {
        return BackpackForm.write(Objects.requireNonNull(export, "export"), json, NODES);
    }

    /**
     * Reads an OB 3.0 {@code GetOpenBadgeCredentialsResponse}: each object in {@code credential} through
     * {@link BadgeJson}, each string in {@code compactJwsString} decoded and kept as the JWS it is, so that
     * it can be verified later. Nothing is verified here.
     *
     * @param text the JSON
     * @return the credentials: those of {@code credential}, then those of {@code compactJwsString}
     * @throws NullPointerException if {@code text} is null
     * @throws TaxonomyJsonException if the text is not such a list, or an entry is not an OB 3.0
     *     credential; every problem is listed
     */
    public List<Credential> readOb3(String text) {
        return readOb3(utf8(text, "text"));
    }

    /**
     * Reads an OB 3.0 {@code GetOpenBadgeCredentialsResponse} from UTF-8 bytes; see {@link #readOb3(String)}.
     *
     * @param input the JSON
     * @return the credentials
     * @throws NullPointerException if {@code input} is null
     * @throws TaxonomyJsonException if the input is not such a list, or an entry is not an OB 3.0 credential
     */
    public List<Credential> readOb3(byte[] input) {
        Findings findings = new Findings();
        List<Credential> credentials = BackpackForm.read(parse(input, "credential list"), json, findings);
        findings.throwIfAny("credential list");
        return List.copyOf(credentials);
    }

    /**
     * Adds every credential of an OB 3.0 {@code GetOpenBadgeCredentialsResponse} to a backpack (private,
     * verification unknown, de-duplicated by id as {@link Backpack#withAll} does).
     *
     * @param backpack the backpack to add to, e.g. {@link Backpack#empty()}
     * @param text the JSON
     * @return the new backpack
     * @throws NullPointerException if an argument is null
     * @throws TaxonomyJsonException if the text cannot be read; nothing is added then
     */
    public Backpack importOb3(Backpack backpack, String text) {
        return importOb3(backpack, utf8(text, "text"));
    }

    /**
     * Adds every credential of an OB 3.0 {@code GetOpenBadgeCredentialsResponse} to a backpack; see
     * {@link #importOb3(Backpack, String)}.
     *
     * @param backpack the backpack to add to
     * @param input the JSON
     * @return the new backpack
     * @throws NullPointerException if an argument is null
     * @throws TaxonomyJsonException if the input cannot be read; nothing is added then
     */
    public Backpack importOb3(Backpack backpack, byte[] input) {
        Objects.requireNonNull(backpack, "backpack");
        return backpack.withAll(readOb3(input));
    }

    /**
     * Reads one awarded badge, recognised by its content: a JSON object (an OB 3.0 credential or an OB 2.0
     * assertion), a compact JWS (a VC-JWT or an OB 2.0 signed assertion; the JWS is kept for later
     * verification) or a PNG or SVG with a badge baked in. An image that carries only the URL of a hosted
     * assertion is refused ({@link TaxonomyJsonCode#HOSTED_ONLY}): Laurel does not fetch here.
     *
     * @param input the bytes
     * @return the credential, not verified
     * @throws NullPointerException if {@code input} is null
     * @throws TaxonomyJsonException if the input cannot be read or is not an awarded badge
     */
    public Credential readCredential(byte[] input) {
        return BackpackForm.credential(Objects.requireNonNull(input, "input"), json, baker);
    }

    /**
     * Reads one awarded badge from text (JSON or a compact JWS); see {@link #readCredential(byte[])}.
     *
     * @param text the JSON or JWS
     * @return the credential, not verified
     * @throws NullPointerException if {@code text} is null
     * @throws TaxonomyJsonException if the text cannot be read or is not an awarded badge
     */
    public Credential readCredential(String text) {
        return readCredential(utf8(text, "text"));
    }

    /**
     * Adds a badge read by {@link #readCredential(byte[])} to a backpack, private and with an unknown
     * verification status (or replacing the entry with the same id).
     *
     * @param backpack the backpack
     * @param input JSON, a compact JWS, or a baked PNG or SVG
     * @return the new backpack
     * @throws NullPointerException if an argument is null
     * @throws TaxonomyJsonException if the input cannot be read or is not an awarded badge
     */
    public Backpack add(Backpack backpack, byte[] input) {
        Objects.requireNonNull(backpack, "backpack");
        return backpack.with(readCredential(input));
    }

    /**
     * Adds a badge read by {@link #readCredential(byte[])} to a backpack with a visibility and what is known
     * of its verification (e.g. from badges-verify).
     *
     * @param backpack the backpack
     * @param input JSON, a compact JWS, or a baked PNG or SVG
     * @param visibility who may see it
     * @param verification what is known of its verification
     * @return the new backpack
     * @throws NullPointerException if an argument is null
     * @throws TaxonomyJsonException if the input cannot be read or is not an awarded badge
     */
    public Backpack add(Backpack backpack, byte[] input, Visibility visibility, VerificationStatus verification) {
        Objects.requireNonNull(backpack, "backpack");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(verification, "verification");
        return backpack.with(readCredential(input), visibility, verification);
    }

    // ---- plumbing ----

    private JsonNode parse(byte[] input, String what) {
        Objects.requireNonNull(input, "input");
        try {
            return json.readTree(input);
        } catch (BadgeJsonException e) {
            throw new TaxonomyJsonException(TaxonomyJsonCode.MALFORMED_JSON, what, List.of(Problem.error(
                    TaxonomyJsonCode.MALFORMED_JSON, "", e.getMessage() + " [" + e.code().name() + "]")),
                    e.line(), e.column(), e);
        }
    }

    private static byte[] utf8(String text, String name) {
        return Objects.requireNonNull(text, name).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(JsonNode node, ObjectWriter writer) {
        try {
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
