package dev.laurel.badges.core.taxonomy.backpack;

import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;

import java.util.List;
import java.util.Objects;

/**
 * What an OB 3.0 {@code GetOpenBadgeCredentialsResponse} carries for a backpack: credentials received
 * as JSON objects go in {@code credential}, those received as a compact JWS go in
 * {@code compactJwsString} exactly as received. badges-json writes it as JSON.
 *
 * @param credential the credentials to write as objects, in backpack order
 * @param compactJwsString the JWS strings, in backpack order
 * @param notExported visible entries that have no OB 3.0 form (OB 2.0 assertions), in backpack order
 */
public record Ob3Export(List<OpenBadgeCredential> credential, List<String> compactJwsString,
        List<BackpackEntry> notExported) {

    /**
     * Creates an export.
     *
     * @throws NullPointerException if a list is null or holds null
     */
    public Ob3Export {
        credential = List.copyOf(Objects.requireNonNull(credential, "credential"));
        compactJwsString = List.copyOf(Objects.requireNonNull(compactJwsString, "compactJwsString"));
        notExported = List.copyOf(Objects.requireNonNull(notExported, "notExported"));
    }
}
