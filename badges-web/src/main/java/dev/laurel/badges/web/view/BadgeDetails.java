package dev.laurel.badges.web.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the badge says about itself, as the report page shows it. Every text comes from the document and is
 * escaped by the template engine.
 *
 * @param image the badge's image
 * @param name the achievement's (or badge class's) name
 * @param description its description
 * @param criteria its criteria narrative (or the criteria's address)
 * @param issuer the issuer's name, or its id when it has none
 * @param issuerId the issuer's id, if known
 * @param issuerConfirmation whether and how the issuer was confirmed, from the checks
 * @param recipient as much of the recipient as the badge reveals
 * @param issued when it was issued, ISO 8601
 * @param expires when it expires, ISO 8601
 * @param status its revocation status, from the checks
 * @param evidence the evidence
 * @param alignments the alignments
 */
public record BadgeDetails(Optional<ImageView> image, Optional<String> name, Optional<String> description,
                           Optional<String> criteria, Optional<String> issuer, Optional<String> issuerId,
                           String issuerConfirmation, String recipient, Optional<String> issued,
                           Optional<String> expires, String status, List<Linked> evidence, List<Linked> alignments) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public BadgeDetails {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(issuerConfirmation, "issuerConfirmation");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence);
        alignments = List.copyOf(alignments);
    }
}
