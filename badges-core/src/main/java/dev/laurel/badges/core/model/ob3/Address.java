package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A postal address (OB 3.0 {@code Address}, from the common data model).
 *
 * @param type the types, which must include {@code Address}
 * @param addressCountry the country
 * @param addressCountryCode the ISO 3166-1 alpha-2 country code
 * @param addressRegion the region within the country
 * @param addressLocality the locality within the region
 * @param streetAddress the street address within the locality
 * @param postOfficeBoxNumber the post office box number
 * @param postalCode the postal code
 * @param geo the geographic coordinates
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#address">Open Badges 3.0, Address</a>
 */
@SpecRules
public record Address(
        @NotEmpty List<String> type,
        Optional<String> addressCountry,
        Optional<@Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 country code")
                String> addressCountryCode,
        Optional<String> addressRegion,
        Optional<String> addressLocality,
        Optional<String> streetAddress,
        Optional<String> postOfficeBoxNumber,
        Optional<String> postalCode,
        Optional<@Valid GeoCoordinates> geo,
        Extensions extensions) {

    /** The type this object's {@code type} must contain: {@value}. */
    public static final String TYPE = "Address";

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public Address {
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(addressCountry, "addressCountry");
        Objects.requireNonNull(addressCountryCode, "addressCountryCode");
        Objects.requireNonNull(addressRegion, "addressRegion");
        Objects.requireNonNull(addressLocality, "addressLocality");
        Objects.requireNonNull(streetAddress, "streetAddress");
        Objects.requireNonNull(postOfficeBoxNumber, "postOfficeBoxNumber");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(geo, "geo");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns an address with type {@code Address} and only a country code and locality, a common minimum.
     *
     * @param addressCountryCode the ISO 3166-1 alpha-2 country code
     * @param addressLocality the locality (city or town)
     * @return the address
     * @throws NullPointerException if an argument is null
     */
    public static Address of(String addressCountryCode, String addressLocality) {
        return new Address(List.of(TYPE), Optional.empty(),
                Optional.of(Objects.requireNonNull(addressCountryCode, "addressCountryCode")), Optional.empty(),
                Optional.of(Objects.requireNonNull(addressLocality, "addressLocality")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Extensions.NONE);
    }
}
