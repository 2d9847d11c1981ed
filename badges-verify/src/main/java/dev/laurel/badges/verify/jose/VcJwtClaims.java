package dev.laurel.badges.verify.jose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.jose.internal.CheckList;
import dev.laurel.badges.verify.jose.internal.Dates;
import dev.laurel.badges.verify.report.CheckId;
import dev.laurel.badges.verify.report.VcJwtCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The VC-JWT claims ({@code iss}, {@code sub}, {@code jti}, {@code nbf}, {@code exp}): made from a
 * credential when signing (OB 3.0 "JWT Payload Format"), compared with it when verifying (OB 3.0
 * "Verify a Credential VC-JWT Signature"; VC Data Model 1.1 section 6.3.1 for the {@code vc} form).
 */
final class VcJwtClaims {

    /** The JWT claims removed from a credential-as-payload to give back the credential. */
    private static final List<String> REGISTERED = List.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti");

    private VcJwtClaims() {
    }

    /**
     * Makes the JWT payload for a credential.
     *
     * @param credential the credential (not changed)
     * @param form where the credential goes
     * @return the payload
     * @throws IllegalArgumentException if the credential has no issuer id or no valid start date
     */
    public static ObjectNode payload(ObjectNode credential, PayloadForm form) {
        String iss = issuerId(credential).orElseThrow(
                () -> new IllegalArgumentException("credential has no issuer id"));
        Field start = start(credential).orElseThrow(
                () -> new IllegalArgumentException("credential has no validFrom (or issuanceDate)"));
        long nbf = Dates.parseDateTime(start.value).orElseThrow(() -> new IllegalArgumentException(
                "credential " + start.name + " is not a date-time with zone: " + start.value)).getEpochSecond();
        Optional<Field> end = end(credential);
        Long exp = null;
        if (end.isPresent()) {
            exp = Dates.parseDateTime(end.get().value).orElseThrow(() -> new IllegalArgumentException(
                    "credential " + end.get().name + " is not a date-time with zone: " + end.get().value))
                    .getEpochSecond();
        }
        ObjectNode payload = form == PayloadForm.CREDENTIAL ? credential.deepCopy() : JsonNodeFactory.instance.objectNode();
        payload.put("iss", iss);
        subjectId(credential).ifPresent(s -> payload.put("sub", s.value));
        Json.text(credential, "id").ifPresent(id -> payload.put("jti", id));
        payload.put("nbf", nbf);
        if (exp != null) {
            payload.put("exp", exp);
        }
        if (form == PayloadForm.VC_CLAIM) {
            payload.set("vc", credential.deepCopy());
        }
        return payload;
    }

    /**
     * Splits a freshly parsed payload into its JWT claims and the credential it carries, reusing the
     * payload's nodes (the payload must not be used afterwards).
     *
     * @param payload the payload, consumed
     * @param form the form
     * @return the claims (an object holding the registered claims) and the credential
     */
    public static ObjectNode[] split(ObjectNode payload, PayloadForm form) {
        if (form == PayloadForm.VC_CLAIM) {
            ObjectNode credential = (ObjectNode) payload.remove("vc");
            return new ObjectNode[] {payload, credential};
        }
        ObjectNode claims = JsonNodeFactory.instance.objectNode();
        for (String name : REGISTERED) {
            JsonNode v = payload.get(name);
            if (v != null) {
                claims.set(name, v);
            }
        }
        payload.remove(REGISTERED);
        return new ObjectNode[] {claims, payload};
    }

    /**
     * Compares the claims with the credential, filling the credential from the claims where the VC Data
     * Model 1.1 encoding leaves fields to the claims ({@code vc} form) and {@code validUntil} from
     * {@code exp} as OB 3.0 says.
     *
     * @param claims the JWT claims
     * @param form the form
     * @param credential the credential, filled in place
     * @param now the current time
     * @param skew the clock tolerance
     * @param checks where the checks go
     */
    public static void check(ObjectNode claims, PayloadForm form, ObjectNode credential, Instant now, Duration skew,
            CheckList checks) {
        boolean legacy = form == PayloadForm.VC_CLAIM;
        checkIss(claims.get("iss"), credential, legacy, checks);
        checkSub(claims.get("sub"), credential, legacy, checks);
        checkJti(claims.get("jti"), credential, legacy, checks);
        Optional<Long> nbf = checkNbf(claims.get("nbf"), credential, legacy, checks);
        Optional<Long> exp = checkExp(claims.get("exp"), credential, checks);
        checkTimes(nbf, exp, credential, now, skew, checks);
    }

    private static void checkIss(JsonNode claim, ObjectNode credential, boolean legacy, CheckList checks) {
        JsonNode issuer = credential.get("issuer");
        String path = issuer != null && issuer.isObject() ? "/issuer/id" : "/issuer";
        Optional<String> value = issuerId(credential);
        if (claim == null) {
            if (value.isPresent()) {
                checks.warn(VcJwtCheck.ISS, "the JWT has no iss claim; OB 3.0 requires it", path);
            } else {
                checks.skip(VcJwtCheck.ISS, "neither an iss claim nor an issuer id", path);
            }
            return;
        }
        if (!claim.isTextual()) {
            checks.fail(VcJwtCheck.ISS, "iss is not a string", path);
            return;
        }
        if (value.isPresent()) {
            compare(VcJwtCheck.ISS, "iss", claim.textValue(), "issuer id", value.get(), path, checks);
        } else if (legacy && (issuer == null || issuer.isObject())) {
            if (issuer == null) {
                credential.put("issuer", claim.textValue());
            } else {
                ((ObjectNode) issuer).put("id", claim.textValue());
            }
            checks.pass(VcJwtCheck.ISS, "the issuer is taken from iss (VC Data Model 1.1 JWT encoding)", path);
        } else {
            checks.fail(VcJwtCheck.ISS, "iss names an issuer, but the credential has no issuer id", path);
        }
    }

    private static void checkSub(JsonNode claim, ObjectNode credential, boolean legacy, CheckList checks) {
        Optional<Field> subject = subjectId(credential);
        String path = subject.map(f -> f.path).orElse("/credentialSubject/id");
        if (claim == null) {
            checks.warn(VcJwtCheck.SUB, "the JWT has no sub claim; OB 3.0 requires it", path);
            return;
        }
        if (!claim.isTextual()) {
            checks.fail(VcJwtCheck.SUB, "sub is not a string", path);
            return;
        }
        if (subject.isPresent()) {
            compare(VcJwtCheck.SUB, "sub", claim.textValue(), "credentialSubject.id", subject.get().value,
                    path, checks);
            return;
        }
        JsonNode cs = credential.get("credentialSubject");
        if (legacy && cs != null && cs.isObject()) {
            ((ObjectNode) cs).put("id", claim.textValue());
            checks.pass(VcJwtCheck.SUB, "credentialSubject.id is taken from sub (VC Data Model 1.1 JWT encoding)",
                    path);
        } else {
            checks.fail(VcJwtCheck.SUB, "sub names a subject, but the credential subject has no id", path);
        }
    }

    private static void checkJti(JsonNode claim, ObjectNode credential, boolean legacy, CheckList checks) {
        Optional<String> id = Json.text(credential, "id");
        if (claim == null) {
            if (id.isPresent()) {
                checks.warn(VcJwtCheck.JTI, "the JWT has no jti claim; OB 3.0 requires it", "/id");
            } else {
                checks.skip(VcJwtCheck.JTI, "neither a jti claim nor a credential id", "/id");
            }
            return;
        }
        if (!claim.isTextual()) {
            checks.fail(VcJwtCheck.JTI, "jti is not a string", "/id");
            return;
        }
        if (id.isPresent()) {
            compare(VcJwtCheck.JTI, "jti", claim.textValue(), "credential id", id.get(), "/id", checks);
        } else if (legacy && credential.get("id") == null) {
            credential.put("id", claim.textValue());
            checks.pass(VcJwtCheck.JTI, "the credential id is taken from jti (VC Data Model 1.1 JWT encoding)", "/id");
        } else {
            checks.fail(VcJwtCheck.JTI, "jti names a credential, but the credential has no id", "/id");
        }
    }

    private static Optional<Long> checkNbf(JsonNode claim, ObjectNode credential, boolean legacy, CheckList checks) {
        Optional<Field> start = start(credential);
        String path = "/" + start.map(f -> f.name).orElse("validFrom");
        if (claim == null) {
            if (start.isPresent()) {
                checks.warn(VcJwtCheck.NBF, "the JWT has no nbf claim; OB 3.0 requires it", path);
            } else {
                checks.skip(VcJwtCheck.NBF, "neither an nbf claim nor a validFrom", path);
            }
            return Optional.empty();
        }
        Optional<Long> nbf = Dates.numericDate(claim);
        if (nbf.isEmpty()) {
            checks.fail(VcJwtCheck.NBF, "nbf is not a NumericDate", path);
            return Optional.empty();
        }
        if (start.isPresent()) {
            compareDate(VcJwtCheck.NBF, "nbf", nbf.get(), start.get(), checks);
        } else if (legacy) {
            credential.put("issuanceDate", Dates.format(nbf.get()));
            checks.pass(VcJwtCheck.NBF, "issuanceDate is taken from nbf (VC Data Model 1.1 JWT encoding)",
                    "/issuanceDate");
        } else {
            checks.fail(VcJwtCheck.NBF, "nbf is set, but the credential has no validFrom", path);
        }
        return nbf;
    }

    private static Optional<Long> checkExp(JsonNode claim, ObjectNode credential, CheckList checks) {
        Optional<Field> end = end(credential);
        boolean vcdm11 = credential.has("issuanceDate") && !credential.has("validFrom");
        String name = end.map(f -> f.name).orElse(vcdm11 ? "expirationDate" : "validUntil");
        String path = "/" + name;
        if (claim == null) {
            if (end.isPresent()) {
                checks.warn(VcJwtCheck.EXP, "the credential has " + name
                        + " but the JWT has no exp claim; OB 3.0 requires it then", path);
            } else {
                checks.skip(VcJwtCheck.EXP, "neither an exp claim nor a " + name, path);
            }
            return Optional.empty();
        }
        Optional<Long> exp = Dates.numericDate(claim);
        if (exp.isEmpty()) {
            checks.fail(VcJwtCheck.EXP, "exp is not a NumericDate", path);
            return Optional.empty();
        }
        if (end.isPresent()) {
            compareDate(VcJwtCheck.EXP, "exp", exp.get(), end.get(), checks);
        } else {
            credential.put(name, Dates.format(exp.get()));
            checks.pass(VcJwtCheck.EXP, name + " is set from exp, as OB 3.0 says", path);
        }
        return exp;
    }

    private static void checkTimes(Optional<Long> nbf, Optional<Long> exp, ObjectNode credential, Instant now,
            Duration skew, CheckList checks) {
        // NumericDates are whole seconds while the credential's dates may have a fraction: judge the later
        // start and the earlier end of the two, so that these checks never pass where the credential's own
        // validity.not-before / validity.expiry would fail (nbf is validFrom rounded down).
        Optional<Field> startField = start(credential);
        Optional<Instant> start = latest(nbf.map(Instant::ofEpochSecond),
                startField.flatMap(f -> Dates.parseDateTime(f.value)));
        String startPath = "/" + startField.map(f -> f.name).orElse("validFrom");
        if (start.isEmpty()) {
            checks.skip(VcJwtCheck.NOT_YET_VALID, "no start of validity to check", startPath);
        } else if (now.plus(skew).isBefore(start.get())) {
            checks.fail(VcJwtCheck.NOT_YET_VALID, "the credential is not valid before " + start.get(), startPath);
        } else {
            checks.pass(VcJwtCheck.NOT_YET_VALID, "valid since " + start.get(), startPath);
        }
        Optional<Field> endField = end(credential);
        Optional<Instant> end = earliest(exp.map(Instant::ofEpochSecond),
                endField.flatMap(f -> Dates.parseDateTime(f.value)));
        String endPath = "/" + endField.map(f -> f.name).orElse("validUntil");
        if (end.isEmpty()) {
            checks.skip(VcJwtCheck.EXPIRED, "the credential does not expire", endPath);
        } else if (now.minus(skew).isAfter(end.get())) {
            checks.fail(VcJwtCheck.EXPIRED, "the credential expired at " + end.get(), endPath);
        } else {
            checks.pass(VcJwtCheck.EXPIRED, "valid until " + end.get(), endPath);
        }
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }

    private static void compare(CheckId id, String claimName, String claim, String fieldName, String value, String path,
            CheckList checks) {
        if (claim.equals(value)) {
            checks.pass(id, claimName + " equals the " + fieldName, path);
        } else {
            checks.fail(id, claimName + " \"" + claim + "\" does not match the " + fieldName + " \"" + value + "\"", path);
        }
    }

    private static void compareDate(CheckId id, String claimName, long claim, Field field, CheckList checks) {
        String path = "/" + field.name;
        Optional<Instant> value = Dates.parseDateTime(field.value);
        if (value.isEmpty()) {
            checks.fail(id, field.name + " is not a date-time with zone: " + field.value, path);
        } else if (value.get().getEpochSecond() == claim) {
            checks.pass(id, claimName + " equals " + field.name, path);
        } else {
            checks.fail(id, claimName + " " + Dates.format(claim) + " does not match " + field.name + " "
                    + field.value, path);
        }
    }

    /** A named string member of the credential and its JSON Pointer. */
    private static final class Field {
        final String name;
        final String value;
        final String path;

        Field(String name, String value, String path) {
            this.name = name;
            this.value = value;
            this.path = path;
        }
    }

    private static Optional<String> issuerId(ObjectNode credential) {
        return Json.idOf(credential.get("issuer"));
    }

    private static Optional<Field> subjectId(ObjectNode credential) {
        JsonNode cs = credential.get("credentialSubject");
        if (cs != null && cs.isObject()) {
            return Json.text(cs, "id").map(v -> new Field("id", v, "/credentialSubject/id"));
        }
        if (cs != null && cs.isArray() && cs.size() == 1 && cs.get(0).isObject()) {
            return Json.text(cs.get(0), "id").map(v -> new Field("id", v, "/credentialSubject/0/id"));
        }
        return Optional.empty();
    }

    private static Optional<Field> start(ObjectNode credential) {
        return field(credential, "validFrom").or(() -> field(credential, "issuanceDate"));
    }

    private static Optional<Field> end(ObjectNode credential) {
        return field(credential, "validUntil").or(() -> field(credential, "expirationDate"));
    }

    private static Optional<Field> field(ObjectNode credential, String name) {
        JsonNode v = credential.get(name);
        if (v == null) {
            return Optional.empty();
        }
        // A non-string date is reported as not a date-time rather than ignored.
        return Optional.of(new Field(name, v.isTextual() ? v.textValue() : v.toString(), "/" + name));
    }
}
