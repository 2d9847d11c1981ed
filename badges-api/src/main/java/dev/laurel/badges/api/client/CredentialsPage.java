package dev.laurel.badges.api.client;

import dev.laurel.badges.api.wire.CredentialsResponse;
import dev.laurel.badges.api.wire.PageLinks;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of {@code getCredentials}: the credentials, the total from {@code X-Total-Count} and the paging
 * links from {@code Link}.
 *
 * @param credentials the page's credentials ({@code credential} and {@code compactJwsString})
 * @param total the {@code X-Total-Count}, empty when the provider did not send it
 * @param links the {@code Link} relations; all null when the provider sent no {@code Link}
 * @param request the URL this page was read from
 */
public record CredentialsPage(CredentialsResponse credentials, OptionalLong total, PageLinks links, URI request) {

    /**
     * Checks.
     *
     * @throws NullPointerException if a value is null
     */
    public CredentialsPage {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(request, "request");
    }

    /**
     * The next page's URL, as the provider's {@code Link: rel="next"} gives it.
     *
     * @return the URL, empty on the last page
     */
    public Optional<URI> next() {
        return links.optionalNext();
    }
}
