package dev.laurel.badges.verify.jose.internal;

import dev.laurel.badges.verify.internal.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What OB 2.0 signed verification needs from issuer profiles, badge classes, keys and revocation lists. */
public final class Ob2Documents {

    private Ob2Documents() {
    }

    /** A fetched document that could not be read. */
    public static final class UnreadableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /**
         * Creates the exception.
         *
         * @param message what is wrong
         */
        public UnreadableException(String message) {
            super(message);
        }
    }

    /**
     * Parses a fetched document as a JSON object, or throws {@link UnreadableException}.
     *
     * @param doc the document
     * @return the object
     */
    public static ObjectNode object(FetchedDocument doc) {
        try {
            return Json.parseObject(doc.body());
        } catch (Json.NotAnObjectException e) {
            throw new UnreadableException(doc.uri() + " is " + e.getMessage());
        }
    }

    /**
     * An issuer profile, read once.
     *
     * @param node the profile (never handed out; copy it)
     * @param id its id
     * @param keys the keys listed in {@code publicKey}
     * @param revocationList the revocation list address, if any
     */
    public record Issuer(ObjectNode node, Optional<String> id, List<KeyRef> keys, Optional<String> revocationList) {

        /**
         * Reads an issuer profile.
         *
         * @param node the profile
         * @return the issuer
         */
        public static Issuer of(ObjectNode node) {
            List<KeyRef> keys = new ArrayList<>();
            for (JsonNode k : Json.items(node.get("publicKey"))) {
                Optional<String> id = Json.idOf(k);
                Optional<ObjectNode> embedded = k.isObject() && (k.has("publicKeyPem") || k.has("publicKeyJwk"))
                        ? Optional.of((ObjectNode) k) : Optional.empty();
                if (id.isPresent() || embedded.isPresent()) {
                    keys.add(new KeyRef(id, embedded));
                }
            }
            return new Issuer(node, Json.text(node, "id"), List.copyOf(keys),
                    Json.idOf(node.get("revocationList")));
        }
    }

    /**
     * A key an issuer lists.
     *
     * @param id the key's id, if given
     * @param embedded the {@code CryptographicKey} object itself, when embedded in the profile
     */
    public record KeyRef(Optional<String> id, Optional<ObjectNode> embedded) {
    }

    /**
     * A revocation list, read once.
     *
     * @param revoked the revoked ids and uids, each with its reason ({@code ""} when none)
     */
    public record Revocations(Map<String, String> revoked) {

        /**
         * Reads a revocation list.
         *
         * @param node the list
         * @return the revocations
         */
        public static Revocations of(ObjectNode node) {
            Map<String, String> revoked = new HashMap<>();
            for (JsonNode r : Json.items(node.get("revokedAssertions"))) {
                if (r.isTextual()) {
                    revoked.put(r.textValue(), "");
                } else if (r.isObject()) {
                    String reason = Json.text(r, "revocationReason").orElse("");
                    Json.text(r, "id").ifPresent(id -> revoked.put(id, reason));
                    Json.text(r, "uid").ifPresent(uid -> revoked.put(uid, reason));
                }
            }
            return new Revocations(Map.copyOf(revoked));
        }
    }
}
