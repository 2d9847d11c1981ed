package dev.laurel.badges.verify.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.internal.steps.PresentationSteps;
import dev.laurel.badges.verify.jose.internal.JwsCrypto;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.SigningKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes a VC Data Model 2.0 presentation of chosen credentials and signs it as their holder: what a wallet
 * does when a verifier asks for a badge with a {@code challenge} and its {@code domain}.
 *
 * <p>Two forms: {@link #signDataIntegrity} embeds a proof with {@code proofPurpose} {@code authentication}:
 * eddsa-rdfc-2022 for an Ed25519 key, ecdsa-rdfc-2019 for a P-256 or P-384 key (SHA-256 or SHA-384, as
 * VC DI ECDSA says); {@link #signJwt} makes a VP-JWT whose payload is the presentation,
 * with {@code iss} the holder, {@code nonce} the challenge and {@code aud} the domain (EdDSA, ES256, ES384 or
 * RS256 by the key). {@link #sign} picks Data Integrity for an Ed25519 key and the JWT otherwise.
 *
 * <p>Each credential is given as text: a JSON object (an embedded credential, its proof kept) or a compact
 * JWS (a VC-JWT, carried as an {@code EnvelopedVerifiableCredential} whose {@code id} is a
 * {@code data:application/vc+jwt,} URL).
 *
 * <p>By default the holder is the key's own DID ({@code did:key} for Ed25519, else {@code did:jwk}) and the
 * verification method its key in that DID, so the presentation verifies offline and binds to its holder.
 *
 * <pre>{@code
 * String vp = PresentationSigner.of(walletKey).challenge(nonce).domain("https://employer.example")
 *         .sign(List.of(badgeJson, badgeJwt));
 * }</pre>
 *
 * <p>Immutable and thread-safe: every setter returns a new signer.
 */
public final class PresentationSigner {

    private final SigningKey key;
    private final LaurelKey publicKey;
    private final String holder;
    private final String verificationMethod;
    private final Optional<String> challenge;
    private final Optional<String> domain;
    private final Clock clock;

    private PresentationSigner(SigningKey key, LaurelKey publicKey, String holder, String verificationMethod,
                               Optional<String> challenge, Optional<String> domain, Clock clock) {
        this.key = key;
        this.publicKey = publicKey;
        this.holder = holder;
        this.verificationMethod = verificationMethod;
        this.challenge = challenge;
        this.domain = domain;
        this.clock = clock;
    }

    /**
     * Returns a signer for a holder's key; the holder is the key's own DID until {@link #holder} says
     * otherwise, and the verification method the key's {@link SigningKey#keyId()} or its key in that DID.
     *
     * @param key a key that can sign
     * @return the signer
     * @throws NullPointerException if key is null
     * @throws IllegalArgumentException if the key cannot sign, or its public key is not of its kind
     */
    public static PresentationSigner of(SigningKey key) {
        Objects.requireNonNull(key, "key");
        LaurelKey pub = SigningKey.checkedPublicKey(key);
        String did;
        String vm;
        if (pub.kind() == KeyKind.ED25519) {
            did = pub.didKey();
            vm = pub.didKeyVerificationMethod();
        } else {
            did = "did:jwk:" + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(pub.toPublicJwk().getBytes(StandardCharsets.UTF_8));
            vm = did + "#0";
        }
        return new PresentationSigner(key, pub, did, key.keyId().orElse(vm), Optional.empty(), Optional.empty(),
                Clock.systemUTC());
    }

    /**
     * Returns a copy that names another holder (a DID whose document lists this key).
     *
     * @param value the holder's id
     * @return the new signer
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if it is blank
     */
    public PresentationSigner holder(String value) {
        return new PresentationSigner(key, publicKey, nonBlank(value, "holder"), verificationMethod, challenge, domain,
                clock);
    }

    /**
     * Returns a copy that names another verification method (the proof's {@code verificationMethod}, the
     * JWT's {@code kid}).
     *
     * @param value a DID URL or https URL that dereferences to this key
     * @return the new signer
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if it is blank
     */
    public PresentationSigner verificationMethod(String value) {
        return new PresentationSigner(key, publicKey, holder, nonBlank(value, "verificationMethod"), challenge, domain,
                clock);
    }

    /**
     * Returns a copy that signs the verifier's challenge into the presentation.
     *
     * @param value the challenge
     * @return the new signer
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if it is blank
     */
    public PresentationSigner challenge(String value) {
        return new PresentationSigner(key, publicKey, holder, verificationMethod,
                Optional.of(nonBlank(value, "challenge")), domain, clock);
    }

    /**
     * Returns a copy that signs the verifier's domain into the presentation.
     *
     * @param value the domain
     * @return the new signer
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if it is blank
     */
    public PresentationSigner domain(String value) {
        return new PresentationSigner(key, publicKey, holder, verificationMethod, challenge,
                Optional.of(nonBlank(value, "domain")), clock);
    }

    /**
     * Returns a copy that dates proofs and tokens by another clock.
     *
     * @param value the clock
     * @return the new signer
     * @throws NullPointerException if value is null
     */
    public PresentationSigner clock(Clock value) {
        return new PresentationSigner(key, publicKey, holder, verificationMethod, challenge, domain,
                Objects.requireNonNull(value, "clock"));
    }

    /**
     * Returns the holder this signer names.
     *
     * @return the holder's id
     */
    public String holder() {
        return holder;
    }

    /**
     * Signs a presentation of credentials: Data Integrity for an Ed25519 key, a VP-JWT otherwise.
     *
     * @param credentials each a JSON object's text or a compact JWS
     * @return the presentation's JSON text, or the compact VP-JWT
     * @throws NullPointerException if credentials or an element is null
     * @throws IllegalArgumentException if an element is neither a JSON object nor a compact JWS
     * @throws dev.laurel.badges.verify.dataintegrity.DataIntegrityException as {@link DataIntegritySigner#sign}
     * @throws dev.laurel.badges.verify.keys.KeyException if the key did not sign
     */
    public String sign(List<String> credentials) {
        return publicKey.kind() == KeyKind.ED25519 ? signDataIntegrity(credentials) : signJwt(credentials);
    }

    /**
     * Signs a presentation with an embedded {@code authentication} proof: eddsa-rdfc-2022 for an Ed25519
     * key, ecdsa-rdfc-2019 for a P-256 or P-384 key.
     *
     * @param credentials each a JSON object's text or a compact JWS
     * @return the presentation's JSON text
     * @throws NullPointerException if credentials or an element is null
     * @throws IllegalArgumentException if the key is an RSA key (no Data Integrity suite here signs with
     *     one), or an element is neither a JSON object nor a compact JWS
     * @throws dev.laurel.badges.verify.dataintegrity.DataIntegrityException as {@link DataIntegritySigner#sign}
     * @throws dev.laurel.badges.verify.keys.KeyException if the key did not sign
     */
    public String signDataIntegrity(List<String> credentials) {
        ProofSuite suite = switch (publicKey.kind()) {
            case ED25519 -> ProofSuite.EDDSA_RDFC_2022;
            case P256, P384 -> ProofSuite.ECDSA_RDFC_2019;
            case RSA -> throw new IllegalArgumentException("no Data Integrity suite signs with an RSA key: use signJwt");
        };
        ObjectNode vp = presentation(credentials);
        ProofOptions options = ProofOptions.of(suite, verificationMethod, clock.instant())
                .withProofPurpose(PresentationSteps.AUTHENTICATION);
        options = challenge.map(options::withChallenge).orElse(options);
        options = domain.map(options::withDomain).orElse(options);
        return Json.MAPPER.valueToTree(DataIntegritySigner.of(key).sign(vp, options)).toString();
    }

    /**
     * Signs a presentation as a VP-JWT: the payload is the presentation with {@code iss} (the holder),
     * {@code iat}, {@code nonce} (the challenge) and {@code aud} (the domain); the header has the
     * {@code kid}.
     *
     * @param credentials each a JSON object's text or a compact JWS
     * @return the compact JWS
     * @throws NullPointerException if credentials or an element is null
     * @throws IllegalArgumentException if an element is neither a JSON object nor a compact JWS
     * @throws dev.laurel.badges.verify.keys.KeyException if the key did not sign
     */
    public String signJwt(List<String> credentials) {
        ObjectNode payload = presentation(credentials);
        payload.put("iss", holder);
        payload.put("iat", clock.instant().getEpochSecond());
        challenge.ifPresent(c -> payload.put("nonce", c));
        domain.ifPresent(d -> payload.put("aud", d));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.parse(publicKey.kind().jwsAlgorithm()))
                .type(new JOSEObjectType("vp+jwt")).keyID(verificationMethod).build();
        return JwsCrypto.sign(header, Json.bytes(payload), JwsCrypto.signer(key));
    }

    private ObjectNode presentation(List<String> credentials) {
        Objects.requireNonNull(credentials, "credentials");
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode vp = f.objectNode();
        vp.putArray("@context").add(PresentationSteps.CREDENTIALS_V2);
        vp.putArray("type").add("VerifiablePresentation");
        vp.put("holder", holder);
        ArrayNode list = vp.putArray("verifiableCredential");
        for (String credential : credentials) {
            list.add(entry(Objects.requireNonNull(credential, "credential")));
        }
        return vp;
    }

    private static JsonNode entry(String credential) {
        String text = credential.strip();
        if (text.startsWith("{")) {
            try {
                return Json.parseObject(text.getBytes(StandardCharsets.UTF_8));
            } catch (Json.NotAnObjectException e) {
                throw new IllegalArgumentException("a credential is " + e.getMessage(), e);
            }
        }
        if (text.chars().filter(c -> c == '.').count() == 2 && text.matches("[A-Za-z0-9_\\-.]+")) {
            ObjectNode enveloped = JsonNodeFactory.instance.objectNode();
            enveloped.put("@context", PresentationSteps.CREDENTIALS_V2);
            enveloped.put("id", "data:application/vc+jwt," + text);
            enveloped.put("type", "EnvelopedVerifiableCredential");
            return enveloped;
        }
        throw new IllegalArgumentException("a credential is neither a JSON object nor a compact JWS");
    }

    private static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
