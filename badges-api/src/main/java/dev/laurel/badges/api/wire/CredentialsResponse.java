package dev.laurel.badges.api.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * GetOpenBadgeCredentialsResponse: one page of {@code getCredentials}. JSON credentials are kept as deep
 * copies of their objects (no model mapping: what was received is what is written), VC-JWTs as their compact
 * strings.
 *
 * @param credential the JSON credentials ({@code credential}); the accessor returns copies
 * @param compactJwsString the VC-JWT credentials ({@code compactJwsString})
 */
public record CredentialsResponse(List<ObjectNode> credential, List<String> compactJwsString) {

    /**
     * Copies deeply, so that the record stays immutable.
     *
     * @throws NullPointerException if a list or an element is null
     */
    public CredentialsResponse {
        credential = deepCopy(credential);
        compactJwsString = List.copyOf(compactJwsString);
    }

    /**
     * The JSON credentials, as copies the caller owns.
     *
     * @return the credentials
     */
    @Override
    public List<ObjectNode> credential() {
        return deepCopy(credential);
    }

    /**
     * The number of credentials in both lists.
     *
     * @return the count
     */
    public int size() {
        return credential.size() + compactJwsString.size();
    }

    private static List<ObjectNode> deepCopy(List<ObjectNode> nodes) {
        List<ObjectNode> copy = new ArrayList<>(nodes.size());
        for (ObjectNode node : nodes) {
            copy.add(Objects.requireNonNull(node, "credential element").deepCopy());
        }
        return Collections.unmodifiableList(copy);
    }
}
