package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.Timestamp;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates, both ways. OB 2.0 {@code issuedOn} is OB 3.0 {@code validFrom} and {@code awardedDate}; OB 2.0
 * {@code expires} is {@code validUntil}. OB 3.0 requires RFC 3339 with a zone, so other forms are rewritten
 * as UTC; OB 2.0 has one date of each kind, so a second, different one is lost, and it wants expires after
 * issuedOn.
 */
final class DateMapping {

    /** The date-time form of RFC 3339, which the OB 3.0 schema's {@code date-time} format checks. */
    private static final Pattern RFC_3339 = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$");

    /** OB 2.0 {@code issuedOn} to OB 3.0 {@code validFrom} and {@code awardedDate}. */
    static final Table.Step ISSUED_TO_V3 = (cx, v, p, t) -> {
        t.dates.validFrom = zoned(cx, v, p, true);
        t.dates.validFrom.ifPresent(z -> {
            t.out.put("validFrom", z.text());
            t.out.put("awardedDate", z.text());
            cx.trace.map(p, Conversion.at(t.tgt, "validFrom"));
            cx.trace.map(p, Conversion.at(t.tgt, "awardedDate"));
        });
    };

    /** OB 2.0 {@code expires} to OB 3.0 {@code validUntil}. */
    static final Table.Step EXPIRES_TO_V3 = (cx, v, p, t) -> {
        t.dates.validUntil = zoned(cx, v, p, false);
        t.dates.expiresFrom = p;
        t.dates.validUntil.ifPresent(z -> {
            t.out.put("validUntil", z.text());
            cx.trace.map(p, Conversion.at(t.tgt, "validUntil"));
        });
    };

    /** OB 3.0 {@code awardedDate}, {@code validFrom} or {@code issuanceDate} to OB 2.0 {@code issuedOn}. */
    static final Table.Step ISSUED_TO_V2 = (cx, v, p, t) -> t.dates.issued(cx, p.substring(p.lastIndexOf('/') + 1),
            v, p, t.out, t.tgt);

    /** OB 3.0 {@code validUntil} or {@code expirationDate} to OB 2.0 {@code expires}. */
    static final Table.Step EXPIRES_TO_V2 = (cx, v, p, t) -> t.dates.expires(cx, p.substring(p.lastIndexOf('/') + 1),
            v, p, t.out, t.tgt);

    private DateMapping() {
    }

    /**
     * A date-time: OB 3.0 requires RFC 3339 with a zone, so a date without one is read as UTC, and any form
     * RFC 3339 does not have (no seconds, a plain date, a Unix timestamp) is written as UTC with Z.
     */
    private static Optional<Timestamp> zoned(Conversion cx, JsonNode v, String p, boolean required) {
        Optional<Timestamp> t = cx.timestamp(v, p, required);
        if (t.isEmpty() || t.get().hasZone() && RFC_3339.matcher(t.get().text()).matches()) {
            return t;
        }
        Timestamp z = Timestamp.of(t.get().instant());
        cx.trace.info(Code.VALUE_REWRITTEN, p, "\"" + t.get().text() + "\" is written as " + z.text()
                + (t.get().hasZone() ? ", the RFC 3339 form OB 3.0 requires" : ": it has no time zone, so it is read "
                + "as UTC, and OB 3.0 requires one"));
        return Optional.of(z);
    }

    /** The dates of one credential or assertion, kept to check their order when all members are read. */
    static final class Dates {
        private final ObjectNode src;
        Optional<Timestamp> validFrom = Optional.empty();
        Optional<Timestamp> validUntil = Optional.empty();
        String expiresFrom;
        boolean issuedSet;
        private Timestamp issued;
        private Timestamp expires;

        Dates(ObjectNode src) {
            this.src = src;
        }

        /** awardedDate is preferred (it is when the badge was awarded), then validFrom, then issuanceDate. */
        void issued(Conversion cx, String name, JsonNode v, String p, ObjectNode out, String tgt) {
            boolean preferred = name.equals("awardedDate")
                    || (name.equals("validFrom") && !src.has("awardedDate"))
                    || (name.equals("issuanceDate") && !src.has("awardedDate") && !src.has("validFrom"));
            Optional<Timestamp> t = cx.timestamp(v, p, preferred);
            if (t.isEmpty()) {
                return;
            }
            if (preferred) {
                out.set("issuedOn", v.deepCopy());
                cx.trace.map(p, Conversion.at(tgt, "issuedOn"));
                issuedSet = true;
                issued = t.get();
            } else {
                Timestamp other = preferredTimestamp("awardedDate", "validFrom");
                if (other != null && other.instant().equals(t.get().instant())) {
                    cx.trace.map(p, Conversion.at(tgt, "issuedOn"));
                } else {
                    cx.lost(p, "OB 2.0 has one date, issuedOn, which comes from "
                            + (src.has("awardedDate") ? "awardedDate" : "validFrom"));
                }
            }
        }

        void expires(Conversion cx, String name, JsonNode v, String p, ObjectNode out, String tgt) {
            boolean preferred = name.equals("validUntil") || !src.has("validUntil");
            Optional<Timestamp> t = cx.timestamp(v, p, false);
            if (t.isEmpty()) {
                return;
            }
            if (preferred) {
                out.set("expires", v.deepCopy());
                cx.trace.map(p, Conversion.at(tgt, "expires"));
                expires = t.get();
                expiresFrom = p;
            } else {
                Timestamp other = Timestamp.tryParse(src.path("validUntil").asText("")).orElse(null);
                if (other != null && other.instant().equals(t.get().instant())) {
                    cx.trace.map(p, Conversion.at(tgt, "expires"));
                } else {
                    cx.lost(p, "OB 2.0 has one expiry date, which comes from validUntil");
                }
            }
        }

        /** Reports dates out of order for the target: OB 3.0 lets validUntil equal validFrom, OB 2.0 does not. */
        void checkOrder(Conversion cx) {
            if (cx.toV3()) {
                if (validFrom.isPresent() && validUntil.isPresent() && validUntil.get().compareTo(validFrom.get()) < 0) {
                    cx.trace.error(Code.INVALID_VALUE, expiresFrom, "expires is before issuedOn; OB 3.0 requires "
                            + "validUntil to follow validFrom");
                }
            } else if (issued != null && expires != null && !expires.instant().isAfter(issued.instant())) {
                cx.trace.error(Code.INVALID_VALUE, expiresFrom, "OB 2.0 requires expires to be after issuedOn");
            }
        }

        private Timestamp preferredTimestamp(String... names) {
            for (String n : names) {
                if (src.has(n)) {
                    return Timestamp.tryParse(src.path(n).asText("")).orElse(null);
                }
            }
            return null;
        }
    }
}
