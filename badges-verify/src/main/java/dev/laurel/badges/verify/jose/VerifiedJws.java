package dev.laurel.badges.verify.jose;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.jose.internal.CheckList;
import dev.laurel.badges.verify.keys.KeyResolver;
import dev.laurel.badges.verify.keys.VerificationMethod;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Checked;
import dev.laurel.badges.verify.report.JwsCheck;
import dev.laurel.badges.verify.report.Outcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A compact JWS whose algorithm, header, key and signature were checked as a VC-JWT's are (the same
 * {@code jws.*} checks), with its payload read only once the signature verified: the JWS layer of a
 * VP-JWT, whose claims the caller judges.
 *
 * @param checks the {@code jws.*} checks, in order
 * @param payload the payload object, present only when the signature verified and the payload is a JSON
 *     object
 * @param key the key found for the JWS, if any
 */
public record VerifiedJws(List<Check> checks, Optional<ObjectNode> payload, Optional<VerificationMethod> key)
        implements Checked {

    private static final Set<String> EXPECTED_HEADERS = Set.of("alg", "kid", "jwk", "typ", "cty");

    /**
     * Creates the result.
     *
     * @throws NullPointerException if a component is null
     */
    public VerifiedJws {
        checks = List.copyOf(checks);
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(key, "key");
    }

    /**
     * Verifies a compact JWS (any {@code typ}; headers other than {@code alg}, {@code kid}, {@code jwk},
     * {@code typ} and {@code cty} warn). Never throws for bad input.
     *
     * @param compact the token
     * @param resolver dereferences {@code kid}
     * @param policy the algorithms, clock and size limit
     * @return the result
     * @throws NullPointerException if an argument is null
     */
    public static VerifiedJws verify(String compact, KeyResolver resolver, JosePolicy policy) {
        Objects.requireNonNull(compact, "compact");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(policy, "policy");
        CheckList checks = new CheckList();
        try {
            Optional<JwsInspection.Parsed> parsed = JwsInspection.inspect(compact, policy, EXPECTED_HEADERS, false, checks);
            if (parsed.isEmpty()) {
                checks.skip(JwsCheck.SIGNATURE, "not checked: the token was refused", "");
                return new VerifiedJws(checks.toList(), Optional.empty(), Optional.empty());
            }
            Optional<VerificationMethod> key = JwsInspection.selectKey(parsed.get(), resolver, checks);
            if (key.isEmpty()) {
                checks.skip(JwsCheck.SIGNATURE, "not checked: no usable key", "");
                return new VerifiedJws(checks.toList(), Optional.empty(), Optional.empty());
            }
            if (!JwsInspection.signatureValid(parsed.get(), key.get().key())) {
                checks.fail(JwsCheck.SIGNATURE, "the signature does not verify with the key", "");
                return new VerifiedJws(checks.toList(), Optional.empty(), key);
            }
            checks.pass(JwsCheck.SIGNATURE, "the signature verifies", "");
            try {
                return new VerifiedJws(checks.toList(),
                        Optional.of(Json.parseObject(JwsInspection.payloadBytes(parsed.get()))), key);
            } catch (Json.NotAnObjectException e) {
                checks.fail(JwsCheck.FORMAT, "the payload is " + e.getMessage(), "");
                return new VerifiedJws(checks.toList(), Optional.empty(), key);
            }
        } catch (RuntimeException e) {
            checks.fail(JwsCheck.FORMAT, "verification failed unexpectedly", "");
            return new VerifiedJws(checks.toList(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * Tells whether the signature verified and the payload was read.
     *
     * @return {@code true} if so
     */
    public boolean verified() {
        return payload.isPresent() && checks.stream().noneMatch(c -> c.outcome() == Outcome.FAILED);
    }
}
