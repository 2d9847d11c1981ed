package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.taxonomy.policy.IssuerTrust;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.verify.keys.DidResolver;
import dev.laurel.badges.verify.keys.DidResolvers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the trust options of the verifying commands: the repeatable {@code --did-document DID=FILE} (a
 * static DID document for a DID of any method, never fetched) and {@code --trusted-issuers FILE} (the
 * issuers a caller trusts). Every mistake is a {@link UsageException} (exit 2, one line).
 */
final class TrustOptions {

    /** The name under which policies reach {@code --trusted-issuers}: {@code {"trustedBy": "trusted-issuers"}}. */
    static final String TRUST_NAME = "trusted-issuers";

    static final String DID_DOCUMENT = "A static DID document for a DID of any method (did:web included): DID=FILE, "
            + "the DID and a local file holding its DID document (a JSON object whose id is the DID, at most 256 KiB). "
            + "Repeatable. That DID is resolved from the file and never fetched.";

    static final String TRUSTED_ISSUERS = "The issuers you trust: a file holding a JSON array of issuer ids, or one id "
            + "per line ('#' starts a comment). verify adds 'trusted' to each line (an untrusted issuer exits 1); "
            + "decide policies use it as {\"trustedBy\": \"" + TRUST_NAME + "\"}.";


    private TrustOptions() {
    }

    /**
     * Reads {@code --did-document} values.
     *
     * @param values the {@code DID=FILE} values, possibly null
     * @return the resolver of the given documents, or empty when none is given
     * @throws UsageException for a value that is not {@code DID=FILE}, a DID given twice, a file that is
     *     missing or no JSON object, or a document whose {@code id} is not the DID
     */
    static Optional<DidResolver> didDocuments(List<String> values) {
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        for (String value : values) {
            int eq = value.indexOf('=');
            String did = eq > 0 ? value.substring(0, eq) : "";
            if (!did.startsWith("did:") || did.indexOf(':', 4) < 0 || did.indexOf('#') >= 0 || eq == value.length() - 1) {
                throw new UsageException("--did-document must be DID=FILE with a DID without #fragment, got "
                        + SafeText.escape(value));
            }
            if (documents.containsKey(did)) {
                throw new UsageException("--did-document: " + SafeText.escape(did) + " is given twice");
            }
            Path file = Path.of(value.substring(eq + 1));
            JsonNode doc = parse(ContextOptions.readText(file, "--did-document"), "--did-document " + file);
            if (!doc.isObject() || !did.equals(doc.path("id").asText(null))) {
                throw new UsageException("--did-document: " + file + " is not the DID document of " + SafeText.escape(did)
                        + " (a JSON object whose id is that DID)");
            }
            documents.put(did, (ObjectNode) doc);
        }
        return Optional.of(DidResolvers.of(documents));
    }

    /**
     * Reads {@code --trusted-issuers}.
     *
     * @param file the file, possibly null
     * @return the static trust list, or empty when the option is not given
     * @throws UsageException if the file is missing, unreadable, or lists no issuer
     */
    static Optional<IssuerTrust> trustedIssuers(Path file) {
        if (file == null) {
            return Optional.empty();
        }
        String text = ContextOptions.readText(file, "--trusted-issuers");
        Set<String> ids = new LinkedHashSet<>();
        if (text.stripLeading().startsWith("[")) {
            JsonNode list = parse(text, "--trusted-issuers " + file);
            for (JsonNode id : list) {
                if (!id.isTextual() || id.textValue().isBlank()) {
                    throw new UsageException("--trusted-issuers: " + file + " must be a JSON array of issuer id strings");
                }
                ids.add(id.textValue().strip());
            }
        } else {
            for (String line : text.split("\\R")) {
                int hash = line.indexOf('#');
                // A '#' starts a comment only at the start of a line or after a space: DID URLs have fragments.
                String id = (hash == 0 || hash > 0 && Character.isWhitespace(line.charAt(hash - 1))
                        ? line.substring(0, hash) : line).strip();
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
        }
        if (ids.isEmpty()) {
            throw new UsageException("--trusted-issuers: " + file + " lists no issuer");
        }
        return Optional.of(IssuerTrust.list(ids));
    }

    /** Parses with the library's bounded reader (depth, size, duplicate keys), as any untrusted JSON. */
    private static JsonNode parse(String text, String where) {
        try {
            return BadgeJson.standard().readTree(text.getBytes(StandardCharsets.UTF_8));
        } catch (BadgeJsonException e) {
            throw new UsageException(where + " is not JSON: " + e.getMessage() + " [" + e.code().name() + "]");
        }
    }
}
