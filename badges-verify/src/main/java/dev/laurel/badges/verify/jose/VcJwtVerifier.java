package dev.laurel.badges.verify.jose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.CompactJws;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.jose.internal.CheckList;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.IssuerBinding;
import dev.laurel.badges.verify.keys.KeyResolver;
import dev.laurel.badges.verify.keys.VerificationMethod;
import dev.laurel.badges.verify.report.JwsCheck;
import dev.laurel.badges.verify.report.ProofCheck;
import dev.laurel.badges.verify.report.VcJwtCheck;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Verifies an OB 3.0 VC-JWT (a credential secured as a compact JWS), as OB 3.0 "Verify a Credential"
 * and "Verify a Credential VC-JWT Signature" describe.
 *
 * <p>Steps, each reported as a {@link dev.laurel.badges.verify.report.Check} with an id from {@link dev.laurel.badges.verify.report.JwsCheck}, {@link dev.laurel.badges.verify.report.VcJwtCheck} and {@link dev.laurel.badges.verify.report.Ob2Check}:
 * parse (nimbus; no exception escapes), algorithm allow-list ({@code none} and {@code HS*} always
 * rejected), header (only {@code alg}, {@code kid}, {@code jwk}, {@code typ} expected; {@code jku} and
 * {@code x5u} never followed), key (the {@code kid} dereferenced by the {@link KeyResolver}, else the
 * header {@code jwk}), signature, payload (the credential as payload, or with a warning the VC Data
 * Model 1.1 {@code vc} claim), then {@code iss}, {@code sub}, {@code jti}, {@code nbf} and {@code exp}
 * against the credential's own fields and the validity period against the clock. Nothing after a failed
 * signature is read.
 *
 * <p>Whether the key belongs to the credential's issuer is then checked by the one
 * {@link IssuerBinding} rule ({@code proof.key-binding}), strict unless {@link #withKeyBinding} says
 * otherwise. Schema and type validation of the returned credential are the caller's. Thread-safe.
 *
 * <pre>{@code
 * VcJwtVerifier verifier = VcJwtVerifier.of(KeyResolver.of(fetcher));
 * VcJwtResult result = verifier.verify(compactJws);
 * if (result.verified()) { ObjectNode credential = result.credential().orElseThrow(); }
 * }</pre>
 */
public final class VcJwtVerifier {

    private static final Set<String> EXPECTED_HEADERS = Set.of("alg", "kid", "jwk", "typ");

    private final KeyResolver resolver;
    private final IssuerBinding binding;
    private final JosePolicy policy;
    private final Optional<BindingMode> bindingMode;

    private VcJwtVerifier(KeyResolver resolver, JosePolicy policy, Optional<BindingMode> bindingMode) {
        this.resolver = resolver;
        this.binding = new IssuerBinding(resolver);
        this.policy = policy;
        this.bindingMode = bindingMode;
    }

    /**
     * Returns a verifier with the default policy and strict issuer binding.
     *
     * @param resolver resolves {@code kid} values, issuer DIDs and issuer documents
     * @return the verifier
     * @throws NullPointerException if resolver is null
     */
    public static VcJwtVerifier of(KeyResolver resolver) {
        return new VcJwtVerifier(Objects.requireNonNull(resolver, "resolver"), JosePolicy.defaults(),
                Optional.of(BindingMode.STRICT));
    }

    /**
     * Returns a verifier that dereferences {@code kid} through a fetcher ({@link KeyResolver#of}).
     *
     * @param fetcher the fetcher
     * @return the verifier
     * @throws NullPointerException if fetcher is null
     */
    public static VcJwtVerifier of(DocumentFetcher fetcher) {
        return of(KeyResolver.of(fetcher));
    }

    /**
     * Returns a copy that judges the issuer binding under another mode.
     *
     * @param mode {@link BindingMode#STRICT} (an unconfirmed binding fails) or {@link BindingMode#LENIENT}
     *     (it warns)
     * @return the new verifier
     * @throws NullPointerException if mode is null
     */
    public VcJwtVerifier withKeyBinding(BindingMode mode) {
        return new VcJwtVerifier(resolver, policy, Optional.of(Objects.requireNonNull(mode, "mode")));
    }

    /**
     * Returns a copy that does not check the issuer binding (reported as skipped), for a caller that
     * binds keys itself.
     *
     * @return the new verifier
     */
    public VcJwtVerifier withoutKeyBinding() {
        return new VcJwtVerifier(resolver, policy, Optional.empty());
    }

    /**
     * Returns a copy with another policy.
     *
     * @param value the policy
     * @return the new verifier
     * @throws NullPointerException if value is null
     */
    public VcJwtVerifier withPolicy(JosePolicy value) {
        return new VcJwtVerifier(resolver, Objects.requireNonNull(value, "policy"), bindingMode);
    }

    /**
     * Verifies a VC-JWT. Never throws for bad input: every problem is a failed check.
     *
     * @param compactJws the token; surrounding white space is ignored
     * @return the checks and what could be read
     * @throws NullPointerException if compactJws is null
     */
    public VcJwtResult verify(String compactJws) {
        Objects.requireNonNull(compactJws, "compactJws");
        return guarded(checks -> JwsInspection.inspect(compactJws, policy, EXPECTED_HEADERS, true, checks));
    }

    /**
     * Verifies a VC-JWT that {@code BadgeJson} has already read, without parsing it again: the header and
     * payload trees are the ones read from {@link CompactJws#compact()}, and the signature is checked over
     * that text. The trees are not modified. Never throws for bad input.
     *
     * @param jws the JWS as {@code BadgeJson.read} returned it (its header and payload must be those of its
     *     compact text, as every {@code CompactJws} that badges-json makes is)
     * @return the checks and what could be read
     * @throws NullPointerException if jws is null
     */
    public VcJwtResult verify(CompactJws jws) {
        Objects.requireNonNull(jws, "jws");
        return guarded(checks -> JwsInspection.inspect(jws, policy, EXPECTED_HEADERS, true, checks));
    }

    private VcJwtResult guarded(Function<CheckList, Optional<JwsInspection.Parsed>> inspect) {
        CheckList checks = new CheckList();
        try {
            return run(inspect.apply(checks), checks);
        } catch (RuntimeException e) {
            // A bug or a library surprise must still end as a failed check, never as an escape.
            checks.fail(JwsCheck.FORMAT, "verification failed unexpectedly", "");
            return new VcJwtResult(checks.toList(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    private VcJwtResult run(Optional<JwsInspection.Parsed> parsed, CheckList checks) {
        if (parsed.isEmpty()) {
            checks.skip(JwsCheck.SIGNATURE, "not checked: the token was refused", "");
            return new VcJwtResult(checks.toList(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        Optional<VerificationMethod> key = JwsInspection.selectKey(parsed.get(), resolver, checks);
        if (key.isEmpty()) {
            checks.skip(JwsCheck.SIGNATURE, "not checked: no usable key", "");
            return new VcJwtResult(checks.toList(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        if (!JwsInspection.signatureValid(parsed.get(), key.get().key())) {
            checks.fail(JwsCheck.SIGNATURE, "the signature does not verify with the key", "");
            return new VcJwtResult(checks.toList(), Optional.empty(), Optional.empty(), key);
        }
        checks.pass(JwsCheck.SIGNATURE, "the signature verifies", "");
        ObjectNode payload;
        if (parsed.get().payloadTree().isPresent()) {
            // Read once already, from this very text; a copy, since the claims are split off below.
            payload = parsed.get().payloadTree().get().deepCopy();
        } else {
            try {
                payload = Json.parseObject(JwsInspection.payloadBytes(parsed.get()));
            } catch (Json.NotAnObjectException e) {
                checks.fail(VcJwtCheck.PAYLOAD, "the payload is " + e.getMessage(), "");
                return new VcJwtResult(checks.toList(), Optional.empty(), Optional.empty(), key);
            }
        }
        PayloadForm form;
        JsonNode vc = payload.get("vc");
        if (vc != null) {
            if (!vc.isObject()) {
                checks.fail(VcJwtCheck.PAYLOAD, "the vc claim is not an object", "");
                return new VcJwtResult(checks.toList(), Optional.empty(), Optional.empty(), key);
            }
            form = PayloadForm.VC_CLAIM;
        } else {
            form = PayloadForm.CREDENTIAL;
        }
        ObjectNode[] split = VcJwtClaims.split(payload, form);
        ObjectNode claims = split[0];
        ObjectNode credential = split[1];
        if (!Json.hasType(credential.get("type"), "VerifiableCredential")) {
            checks.fail(VcJwtCheck.PAYLOAD, "the " + (form == PayloadForm.VC_CLAIM ? "vc claim" : "payload")
                    + " is not a credential: its type lacks VerifiableCredential", "/type");
            return new VcJwtResult(checks.toList(), Optional.empty(), Optional.of(form), key);
        }
        if (form == PayloadForm.VC_CLAIM) {
            checks.warn(VcJwtCheck.PAYLOAD,
                    "the credential is in the vc claim (VC Data Model 1.1 JWT encoding), an older form", "");
        } else {
            checks.pass(VcJwtCheck.PAYLOAD, "the payload is the credential", "");
        }
        VcJwtClaims.check(claims, form, credential, policy.clock().instant(), policy.clockSkew(), checks);
        if (bindingMode.isPresent()) {
            JsonNode issuer = credential.get("issuer");
            Optional<String> issuerId = issuer == null ? Optional.empty() : Json.idOf(issuer);
            checks.add(binding.evaluate(issuerId, key.get()).check(bindingMode.get(), "/issuer"));
        } else {
            checks.skip(ProofCheck.KEY_BINDING, "not checked: this verifier leaves key binding to its caller", "/issuer");
        }
        return new VcJwtResult(checks.toList(), Optional.of(credential), Optional.of(form), key);
    }
}
