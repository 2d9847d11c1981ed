package dev.laurel.badges.json.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.JsonPointers;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob2.Endorsement;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.EndorsementCredential;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeVersion;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.json.convert.internal.Engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Converts badges between Open Badges 2.0 and 3.0, reporting everything that does not carry over.
 *
 * <p>OB 2.0 to 3.0 follows the migration section of the OB 3.0 implementation guide: an {@link Assertion}
 * becomes an unsigned {@link OpenBadgeCredential} (context {@code [VC v2, OB 3.0.3]}, type
 * {@code [VerifiableCredential, OpenBadgeCredential]}) that keeps the assertion's id, embeds the
 * {@link Achievement} made from the badge class with its issuer as {@code creator}, names that issuer as the
 * credential's {@code issuer}, and links the original assertion as evidence of type
 * {@code ["Evidence", "https://w3id.org/openbadges#Assertion"]}. OB 3.0 to 2.0 gives a hosted
 * {@link Assertion} with its badge class and issuer embedded. docs/CONVERSION.md has the full mapping.
 *
 * <pre>{@code
 * Converter converter = Converter.standard();
 * ConversionResult<OpenBadgeCredential> result = converter.toV3(assertion, ReferenceResolver.of(fetched));
 * String json = BadgeJson.standard().write(result.model());     // sign it before issuing
 * result.problems().forEach(System.out::println);                // "/badge/issuer/publicKey: ... [NO_COUNTERPART]"
 * }</pre>
 *
 * <p>Converting never throws for the content of a badge: what cannot be converted is a problem of the
 * result, with a JSON Pointer into the source document. Content a {@link ReferenceResolver} supplied is
 * reported at the pointer of the reference, as if it were embedded there. Immutable and thread-safe.
 */
public final class Converter {

    private static final Converter STANDARD = new Converter(null);

    private final Supplier<String> newCredentialIds;

    private Converter(Supplier<String> newCredentialIds) {
        this.newCredentialIds = newCredentialIds;
    }

    /**
     * Returns the standard converter: an assertion's id becomes the credential's id.
     *
     * @return the shared instance
     */
    public static Converter standard() {
        return STANDARD;
    }

    /**
     * Returns a converter that gives each credential made from an assertion a new id (the guide's example
     * uses a new {@code urn:uuid}); the assertion's id is still linked as evidence.
     *
     * @param ids supplies the new ids; each must be a URI
     * @return a new converter
     * @throws NullPointerException if {@code ids} is null
     */
    public Converter withNewCredentialIds(Supplier<String> ids) {
        return new Converter(Objects.requireNonNull(ids, "ids"));
    }

    // ------------------------------------------------------------------ OB 2.0 to 3.0

    /**
     * Converts an assertion whose badge class and issuer are embedded (references are reported).
     *
     * @param assertion the OB 2.0 assertion
     * @return the unsigned credential and the report
     * @throws NullPointerException if {@code assertion} is null
     * @throws IllegalStateException if the id supplier of {@link #withNewCredentialIds} gives a non-URI
     */
    public ConversionResult<OpenBadgeCredential> toV3(Assertion assertion) {
        return toV3(assertion, ReferenceResolver.none());
    }

    /**
     * Converts an assertion, embedding the badge class, issuer profile and endorsements its references
     * name when the resolver supplies them.
     *
     * @param assertion the OB 2.0 assertion
     * @param resolver supplies referenced OB 2.0 documents
     * @return the unsigned credential and the report
     * @throws NullPointerException if an argument is null, or the resolver returns null
     * @throws IllegalStateException if the id supplier of {@link #withNewCredentialIds} gives a non-URI
     */
    public ConversionResult<OpenBadgeCredential> toV3(Assertion assertion, ReferenceResolver resolver) {
        return forward(assertion, resolver, OpenBadgeCredential.class, Engine.Document.CREDENTIAL);
    }

    /**
     * Converts a badge class to an achievement document (with an OB 3.0 {@code @context}).
     *
     * @param badgeClass the OB 2.0 badge class
     * @param resolver supplies the issuer profile and endorsements it references
     * @return the achievement and the report
     * @throws NullPointerException if an argument is null, or the resolver returns null
     */
    public ConversionResult<Achievement> toV3(BadgeClass badgeClass, ReferenceResolver resolver) {
        return forward(badgeClass, resolver, Achievement.class, Engine.Document.ACHIEVEMENT);
    }

    /**
     * Converts a badge class to an achievement document, references reported as they are.
     *
     * @param badgeClass the OB 2.0 badge class
     * @return the achievement and the report
     * @throws NullPointerException if {@code badgeClass} is null
     */
    public ConversionResult<Achievement> toV3(BadgeClass badgeClass) {
        return toV3(badgeClass, ReferenceResolver.none());
    }

    /**
     * Converts an issuer profile to an OB 3.0 profile document (with an OB 3.0 {@code @context}).
     *
     * @param profile the OB 2.0 profile
     * @param resolver supplies the endorsements it references
     * @return the profile and the report
     * @throws NullPointerException if an argument is null, or the resolver returns null
     */
    public ConversionResult<dev.laurel.badges.core.model.ob3.Profile> toV3(
            dev.laurel.badges.core.model.ob2.Profile profile, ReferenceResolver resolver) {
        return forward(profile, resolver, dev.laurel.badges.core.model.ob3.Profile.class, Engine.Document.PROFILE);
    }

    /**
     * Converts an issuer profile to an OB 3.0 profile document, references reported as they are.
     *
     * @param profile the OB 2.0 profile
     * @return the profile and the report
     * @throws NullPointerException if {@code profile} is null
     */
    public ConversionResult<dev.laurel.badges.core.model.ob3.Profile> toV3(
            dev.laurel.badges.core.model.ob2.Profile profile) {
        return toV3(profile, ReferenceResolver.none());
    }

    /**
     * Converts an endorsement to an unsigned endorsement credential. OB 3.0 requires a {@code name}, which
     * an OB 2.0 endorsement does not have: the result always reports it missing.
     *
     * @param endorsement the OB 2.0 endorsement
     * @return the endorsement credential and the report
     * @throws NullPointerException if {@code endorsement} is null
     */
    public ConversionResult<EndorsementCredential> toV3(Endorsement endorsement) {
        return forward(endorsement, ReferenceResolver.none(), EndorsementCredential.class,
                Engine.Document.ENDORSEMENT);
    }

    private <T> ConversionResult<T> forward(Object source, ReferenceResolver resolver, Class<T> type,
            Engine.Document document) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(resolver, "resolver");
        return run(Engine.toV3(resolver::resolve, newCredentialIds), document, source, type);
    }

    // ------------------------------------------------------------------ OB 3.0 to 2.0

    /**
     * Converts a credential to a hosted assertion with its badge class and issuer embedded; results,
     * proofs, status and everything else OB 2.0 has no place for are reported.
     *
     * @param credential the OB 3.0 credential
     * @return the assertion and the report
     * @throws NullPointerException if {@code credential} is null
     */
    public ConversionResult<Assertion> toV2(OpenBadgeCredential credential) {
        return backward(credential, Assertion.class, Engine.Document.CREDENTIAL);
    }

    /**
     * Converts an achievement to a badge class document; its {@code creator} becomes the issuer.
     *
     * @param achievement the OB 3.0 achievement
     * @return the badge class and the report
     * @throws NullPointerException if {@code achievement} is null
     */
    public ConversionResult<BadgeClass> toV2(Achievement achievement) {
        return backward(achievement, BadgeClass.class, Engine.Document.ACHIEVEMENT);
    }

    /**
     * Converts an OB 3.0 profile to an OB 2.0 issuer profile document.
     *
     * @param profile the OB 3.0 profile
     * @return the profile and the report
     * @throws NullPointerException if {@code profile} is null
     */
    public ConversionResult<dev.laurel.badges.core.model.ob2.Profile> toV2(
            dev.laurel.badges.core.model.ob3.Profile profile) {
        return backward(profile, dev.laurel.badges.core.model.ob2.Profile.class, Engine.Document.PROFILE);
    }

    /**
     * Converts an endorsement credential to a hosted OB 2.0 endorsement.
     *
     * @param endorsement the OB 3.0 endorsement credential
     * @return the endorsement and the report
     * @throws NullPointerException if {@code endorsement} is null
     */
    public ConversionResult<Endorsement> toV2(EndorsementCredential endorsement) {
        return backward(endorsement, Endorsement.class, Engine.Document.ENDORSEMENT);
    }

    private static <T> ConversionResult<T> backward(Object source, Class<T> type, Engine.Document document) {
        Objects.requireNonNull(source, "source");
        return run(Engine.toV2(), document, source, type);
    }

    /** Runs the engine and turns what it found into the public report (codes of the same name). */
    private static <T> ConversionResult<T> run(Engine engine, Engine.Document document, Object source, Class<T> type) {
        ObjectNode out = engine.convert(document, BadgeJson.standard().toJson(source));
        List<Problem> problems = engine.findings().stream().map(f -> new Problem(ConversionCode.valueOf(
                f.code().name()), f.severity(), f.path(), f.message())).toList();
        List<Mapping> mappings = engine.links().stream().map(l -> new Mapping(l.source(), l.target())).toList();
        return new ConversionResult<>(BadgeJson.standard().fromJson(out, type), problems, mappings);
    }

    // ------------------------------------------------------------------ documents

    /**
     * Converts a document to a version, references reported as they are.
     *
     * @param document the document as {@link BadgeJson#read(byte[])} gave it
     * @param target the version wanted
     * @return the converted model and the report
     * @throws ConversionException if the document has no counterpart in {@code target}
     *     ({@link ConversionCode#UNSUPPORTED_DOCUMENT})
     * @throws NullPointerException if an argument is null
     */
    public ConversionResult<Object> convert(BadgeDocument document, BadgeVersion target) {
        return convert(document, target, ReferenceResolver.none());
    }

    /**
     * Converts a document to a version. Converting to the version the document already has gives its
     * model back unchanged (it writes the same JSON tree), with every property mapped to itself.
     * A document that came as a compact JWS loses its signature, which is reported at {@code ""}.
     *
     * @param document the document as {@link BadgeJson#read(byte[])} gave it
     * @param target the version wanted
     * @param resolver supplies referenced OB 2.0 documents when converting to 3.0
     * @return the converted model and the report
     * @throws ConversionException if the document has no counterpart in {@code target}
     *     ({@link ConversionCode#UNSUPPORTED_DOCUMENT})
     * @throws NullPointerException if an argument is null
     */
    public ConversionResult<Object> convert(BadgeDocument document, BadgeVersion target, ReferenceResolver resolver) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(resolver, "resolver");
        Object model = document.model().orElseThrow(() -> new ConversionException(ConversionCode.UNSUPPORTED_DOCUMENT,
                "not an Open Badge: " + document.description()));
        if (document.kind() == DocumentKind.CLR_CREDENTIAL) {
            throw new ConversionException(ConversionCode.UNSUPPORTED_DOCUMENT, "a CLR 2.0 ClrCredential has no Open "
                    + "Badges " + target.label() + " counterpart; convert its nested credentials one by one");
        }
        List<Problem> signature = new ArrayList<>();
        if (document.jws().isPresent()) {
            signature.add(Problem.warning(ConversionCode.SIGNATURE_DROPPED, "", "the document came as a compact JWS; "
                    + "the converted model is its payload, without the signature"));
        }
        if (document.version().orElseThrow() == target) {
            return new ConversionResult<>(model, signature, identity(document.json()));
        }
        ConversionResult<?> result;
        switch (document.kind()) {
            case OB2_ASSERTION:
                result = toV3((Assertion) model, resolver);
                break;
            case OB2_BADGE_CLASS:
                result = toV3((BadgeClass) model, resolver);
                break;
            case OB2_PROFILE:
                result = toV3((dev.laurel.badges.core.model.ob2.Profile) model, resolver);
                break;
            case OB2_ENDORSEMENT:
                result = toV3((Endorsement) model);
                break;
            case OB3_CREDENTIAL:
                result = toV2((OpenBadgeCredential) model);
                break;
            case OB3_ACHIEVEMENT:
                result = toV2((Achievement) model);
                break;
            case OB3_PROFILE:
                result = toV2((dev.laurel.badges.core.model.ob3.Profile) model);
                break;
            case OB3_ENDORSEMENT_CREDENTIAL:
                result = toV2((EndorsementCredential) model);
                break;
            case OB2_REVOCATION_LIST:
            case OB2_CRYPTOGRAPHIC_KEY:
            case NOT_A_BADGE:
            default:
                throw new ConversionException(ConversionCode.UNSUPPORTED_DOCUMENT, "an OB 2.0 "
                        + document.kind().displayName() + " has no Open Badges " + target.label() + " counterpart");
        }
        signature.addAll(result.problems());
        return new ConversionResult<>(result.model(), signature, result.mappings());
    }

    private static List<Mapping> identity(JsonNode json) {
        List<Mapping> mappings = new ArrayList<>();
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String pointer = JsonPointers.child("", name);
            mappings.add(new Mapping(pointer, pointer));
        }
        return mappings;
    }
}
