package dev.laurel.badges.core.taxonomy.share;

import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.internal.Text;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the links learners share credentials with: a plain share URL (a base and the credential's id,
 * percent-encoded) and LinkedIn's "add to profile" link for a certification. Both honour the learner's
 * {@link Visibility}: a {@link Visibility#PRIVATE} credential is refused with a {@link ShareException};
 * {@link Visibility#LINK} and {@link Visibility#PUBLIC} are shared.
 *
 * <p>The LinkedIn link is {@value #LINKEDIN_ADD_TO_PROFILE}{@code ?startTask=CERTIFICATION_NAME} with
 * {@code name} (the achievement's name), {@code organizationId} (when one is configured for the issuer)
 * or else {@code organizationName} (the issuer's name), {@code issueYear} and {@code issueMonth} (the
 * award date), {@code expirationYear} and {@code expirationMonth} (when it expires), {@code certUrl} (the
 * share URL) and {@code certId} (the credential's id). Years and months are read in {@link #zone()}.
 * Every value is percent-encoded as RFC 3986 asks (a space is {@code %20}).
 *
 * <pre>{@code
 * ShareLinks links = ShareLinks.withBase("https://badges.example.org/c/");
 * URI share = links.shareUrl(entry);        // https://badges.example.org/c/urn%3Auuid%3A...
 * URI linkedIn = links.linkedInAddToProfile(entry);
 * }</pre>
 *
 * @param base the share URL's beginning; the encoded credential id is appended as is, so end it with
 *     {@code /} or {@code ?id=} as the site needs
 * @param linkedInOrganizations LinkedIn organization ids by issuer id
 * @param zone the time zone years and months are read in
 */
public record ShareLinks(String base, Map<String, String> linkedInOrganizations, ZoneId zone) {

    /** LinkedIn's "add to profile" address. */
    public static final String LINKEDIN_ADD_TO_PROFILE = "https://www.linkedin.com/profile/add";

    /**
     * Creates the link builder.
     *
     * @throws NullPointerException if a component is or holds null
     * @throws IllegalArgumentException if {@code base} is not an absolute {@code http} or {@code https} URL
     */
    public ShareLinks {
        Objects.requireNonNull(base, "base");
        linkedInOrganizations = Map.copyOf(Objects.requireNonNull(linkedInOrganizations, "linkedInOrganizations"));
        Objects.requireNonNull(zone, "zone");
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base is not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : Text.fold(uri.getScheme());
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException("base must be an absolute http(s) URL: \"" + base + "\"");
        }
    }

    /**
     * Returns a link builder with a share base, no LinkedIn organization ids, and UTC.
     *
     * @param base the share URL's beginning
     * @return the link builder
     * @throws NullPointerException if {@code base} is null
     * @throws IllegalArgumentException if {@code base} is not an absolute http(s) URL
     */
    public static ShareLinks withBase(String base) {
        return new ShareLinks(base, Map.of(), ZoneOffset.UTC);
    }

    /**
     * Returns this link builder with LinkedIn organization ids by issuer id.
     *
     * @param organizations the ids
     * @return the link builder
     * @throws NullPointerException if {@code organizations} is or holds null
     */
    public ShareLinks withLinkedInOrganizations(Map<String, String> organizations) {
        return new ShareLinks(base, organizations, zone);
    }

    /**
     * Returns this link builder reading years and months in another zone.
     *
     * @param newZone the zone
     * @return the link builder
     * @throws NullPointerException if {@code newZone} is null
     */
    public ShareLinks withZone(ZoneId newZone) {
        return new ShareLinks(base, linkedInOrganizations, newZone);
    }

    /**
     * Returns the plain share URL of a credential: the base and its percent-encoded id.
     *
     * @param entry the credential
     * @return the URL
     * @throws NullPointerException if {@code entry} is null
     * @throws ShareException if the credential is private ({@link ShareCode#PRIVATE_CREDENTIAL}) or has no
     *     id ({@link ShareCode#NO_CREDENTIAL_ID})
     */
    public URI shareUrl(BackpackEntry entry) {
        return URI.create(base + Text.percentEncode(shareableId(entry)));
    }

    /**
     * Returns LinkedIn's "add to profile" link for a credential.
     *
     * @param entry the credential
     * @return the URL
     * @throws NullPointerException if {@code entry} is null
     * @throws ShareException if the credential is private, has no id, no name, or its issuer has neither a
     *     name nor a configured organization id
     */
    public URI linkedInAddToProfile(BackpackEntry entry) {
        String id = shareableId(entry);
        Credential c = entry.credential();
        String name = c.name().filter(n -> !n.isBlank()).orElseThrow(() -> new ShareException(ShareCode.NO_NAME,
                "credential " + id + " has no name to show on LinkedIn"));
        StringBuilder url = new StringBuilder(LINKEDIN_ADD_TO_PROFILE).append("?startTask=CERTIFICATION_NAME");
        param(url, "name", name);
        Optional<String> orgId = c.issuerId().map(linkedInOrganizations::get);
        if (orgId.isPresent()) {
            param(url, "organizationId", orgId.get());
        } else {
            param(url, "organizationName", c.issuerName().filter(n -> !n.isBlank()).orElseThrow(
                    () -> new ShareException(ShareCode.NO_ORGANIZATION, "credential " + id + " names no issuer and "
                            + "no LinkedIn organization id is configured for it")));
        }
        c.issuedAt().ifPresent(t -> month(url, "issue", t));
        c.expiresAt().ifPresent(t -> month(url, "expiration", t));
        param(url, "certUrl", base + Text.percentEncode(id));
        param(url, "certId", id);
        return URI.create(url.toString());
    }

    private static String shareableId(BackpackEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (entry.visibility() == Visibility.PRIVATE) {
            throw new ShareException(ShareCode.PRIVATE_CREDENTIAL, "the credential "
                    + entry.id().orElse("(no id)") + " is private; make it LINK or PUBLIC to share it");
        }
        return entry.id().orElseThrow(() -> new ShareException(ShareCode.NO_CREDENTIAL_ID,
                "the credential has no id to link to"));
    }

    private void month(StringBuilder url, String prefix, Instant t) {
        ZonedDateTime z = t.atZone(zone);
        param(url, prefix + "Year", Integer.toString(z.getYear()));
        param(url, prefix + "Month", Integer.toString(z.getMonthValue()));
    }

    private static void param(StringBuilder url, String name, String value) {
        url.append('&').append(name).append('=').append(Text.percentEncode(value));
    }
}
