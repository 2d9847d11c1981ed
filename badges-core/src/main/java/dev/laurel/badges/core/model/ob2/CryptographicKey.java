package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A public key an issuer signs assertions with, published at its {@code id} and linked both ways with
 * the issuer {@link Profile} ({@code owner} here, {@code publicKey} there).
 *
 * @param context the JSON-LD {@code @context}; empty when embedded
 * @param id the IRI of the key document
 * @param type defaults to {@code CryptographicKey}
 * @param owner the IRI of the profile that owns the key
 * @param publicKeyPem the key in PEM form
 * @param extensions what the object carries beyond the model
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#CryptographicKey">OB 2.0 CryptographicKey</a>
 */
@SpecRules
public record CryptographicKey(
        List<JsonValue> context,
        Optional<@Iri String> id,
        List<String> type,
        Optional<@Iri String> owner,
        Optional<String> publicKeyPem,
        Extensions extensions) implements Identified {

    /**
     * Creates the object; any combination of values is accepted.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public CryptographicKey {
        context = List.copyOf(Objects.requireNonNull(context, "context"));
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(publicKeyPem, "publicKeyPem");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a key document with the OB 2.0 context and type.
     *
     * @param id the IRI of the key
     * @param owner the IRI of the issuer profile
     * @param publicKeyPem the key in PEM form
     * @return the key
     * @throws NullPointerException if an argument is null
     */
    public static CryptographicKey of(String id, String owner, String publicKeyPem) {
        return new CryptographicKey(List.of(JsonValue.of(Ob2Vocabulary.CONTEXT)),
                Optional.of(Objects.requireNonNull(id, "id")), List.of(Ob2Vocabulary.CRYPTOGRAPHIC_KEY),
                Optional.of(Objects.requireNonNull(owner, "owner")),
                Optional.of(Objects.requireNonNull(publicKeyPem, "publicKeyPem")), Extensions.NONE);
    }
}
