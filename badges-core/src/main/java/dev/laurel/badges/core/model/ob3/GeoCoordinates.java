package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The geographic coordinates of a place (OB 3.0 {@code GeoCoordinates}, from the common data model).
 *
 * @param type the type, a single IRI that must be exactly {@code GeoCoordinates} (required)
 * @param latitude the latitude in degrees (WGS 84, required)
 * @param longitude the longitude in degrees (WGS 84, required)
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#geocoordinates">Open Badges 3.0, GeoCoordinates</a>
 */
@SpecRules
public record GeoCoordinates(
        Optional<String> type,
        Optional<@NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal> latitude,
        Optional<@NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal> longitude,
        Extensions extensions) {

    /** The type this object's {@code type} must be: {@value}. */
    public static final String TYPE = "GeoCoordinates";

    /**
     * Creates the record. Any combination of present and absent values is accepted, so that an invalid document
     * can be held and reported on.
     *
     * @throws NullPointerException if a component is null
     */
    public GeoCoordinates {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(latitude, "latitude");
        Objects.requireNonNull(longitude, "longitude");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns coordinates with type {@code GeoCoordinates}.
     *
     * @param latitude the latitude in degrees
     * @param longitude the longitude in degrees
     * @return the coordinates
     * @throws NullPointerException if an argument is null
     */
    public static GeoCoordinates of(BigDecimal latitude, BigDecimal longitude) {
        return new GeoCoordinates(Optional.of(TYPE), Optional.of(Objects.requireNonNull(latitude, "latitude")),
                Optional.of(Objects.requireNonNull(longitude, "longitude")), Extensions.NONE);
    }
}
