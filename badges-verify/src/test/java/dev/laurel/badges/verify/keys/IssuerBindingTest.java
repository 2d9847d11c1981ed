package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.keys.BindingVerdict.Status;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one issuer-binding rule: bound, not bound, unconfirmed; and what each mode makes of it. */
class IssuerBindingTest {

    static final LaurelKey KEY = KeyResolverTest.KEY;
    static final LaurelKey ATTACKER = KeyResolverTest.OTHER;
    static final String ISSUER = "https://issuer.example/issuers/1";
    static final String DID_WEB = "did:web:issuer.example";
    static final String DID_WEB_DOC = "https://issuer.example/.well-known/did.json";

    static final IssuerBinding OFFLINE = new IssuerBinding(KeyResolver.offline());

    static IssuerBinding with(MapDocumentFetcher.Builder docs) {
        return new IssuerBinding(KeyResolver.of(docs.build()));
    }

    static VerificationMethod didKey(LaurelKey key) {
        return KeyResolver.offline().resolve(key.didKeyVerificationMethod()).method().orElseThrow();
    }

    static VerificationMethod headerJwk(LaurelKey key, String kid) {
        return new VerificationMethod(kid, Optional.empty(), key.publicOnly(), KeyOrigin.HEADER_JWK, Optional.empty(),
                KeyAuthorization.UNKNOWN);
    }

    static VerificationMethod fromDocument(String id, LaurelKey key) {
        String base = id.indexOf('#') < 0 ? id : id.substring(0, id.indexOf('#'));
        return new VerificationMethod(id, Optional.empty(), key.publicOnly(), KeyOrigin.DOCUMENT,
                Optional.of(URI.create(base)), KeyAuthorization.NOT_DECLARED);
    }

    static String profile(String extra) {
        return "{\"id\":\"" + ISSUER + "\",\"type\":\"Profile\",\"name\":\"Issuer\"" + extra + "}";
    }

    static String multikeyMethod(String id, LaurelKey key) {
        return "{\"id\":\"" + id + "\",\"type\":\"Multikey\",\"controller\":\"" + ISSUER + "\",\"publicKeyMultibase\":\""
                + key.publicKeyMultibase() + "\"}";
    }

    static String didJwk(LaurelKey key) {
        return "did:jwk:" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(key.toPublicJwk().getBytes(StandardCharsets.UTF_8));
    }

    static Status status(IssuerBinding binding, String issuer, VerificationMethod key) {
        return binding.evaluate(Optional.of(issuer), key).status();
    }

    // ------------------------------------------------------------------ DID issuers

    @Test
    void didKeyIssuerWithItsOwnKeyIsBound() {
        BindingVerdict v = OFFLINE.evaluate(Optional.of(KEY.didKey()), didKey(KEY));
        assertThat(v.status()).isEqualTo(Status.BOUND);
        assertThat(v.passes(BindingMode.STRICT)).isTrue();
    }

    @Test
    void didKeyIssuerWithAnotherDidKeyIsNotBound() {
        BindingVerdict v = OFFLINE.evaluate(Optional.of(KEY.didKey()), didKey(ATTACKER));
        assertThat(v.status()).isEqualTo(Status.NOT_BOUND);
        assertThat(v.passes(BindingMode.LENIENT)).as("someone else's key fails in every mode").isFalse();
    }

    @Test
    void didKeyIssuerWithAnAttackersHeaderJwkIsNotBound() {
        assertThat(status(OFFLINE, KEY.didKey(), headerJwk(ATTACKER, KEY.didKeyVerificationMethod())))
                .isEqualTo(Status.NOT_BOUND);
    }

    @Test
    void didKeyIssuerWithItsOwnKeyInTheHeaderJwkIsBound() {
        assertThat(status(OFFLINE, KEY.didKey(), headerJwk(KEY, "whatever"))).isEqualTo(Status.BOUND);
    }

    @Test
    void didJwkIssuerWithAnAttackersHeaderJwkIsNotBound() {
        String issuer = didJwk(KEY);
        assertThat(status(OFFLINE, issuer, headerJwk(ATTACKER, issuer + "#0"))).isEqualTo(Status.NOT_BOUND);
        assertThat(status(OFFLINE, issuer, headerJwk(KEY, issuer + "#0"))).isEqualTo(Status.BOUND);
    }

    @Test
    void didWebIssuerWithAnAttackersHeaderJwkIsNotBound() {
        String doc = "{\"id\":\"" + DID_WEB + "\",\"verificationMethod\":[" + multikeyMethod(DID_WEB + "#k1", KEY)
                + "],\"assertionMethod\":[\"#k1\"]}";
        IssuerBinding binding = with(MapDocumentFetcher.builder().put(DID_WEB_DOC, doc));
        assertThat(status(binding, DID_WEB, headerJwk(ATTACKER, DID_WEB + "#k1"))).isEqualTo(Status.NOT_BOUND);
        assertThat(status(binding, DID_WEB, headerJwk(KEY, DID_WEB + "#k1"))).isEqualTo(Status.BOUND);
    }

    @Test
    void didWebKeyResolvedFromItsDocumentIsBound() {
        String doc = "{\"id\":\"" + DID_WEB + "\",\"verificationMethod\":[" + multikeyMethod(DID_WEB + "#k1", KEY)
                + "],\"assertionMethod\":[\"#k1\"]}";
        KeyResolver resolver = KeyResolver.of(MapDocumentFetcher.builder().put(DID_WEB_DOC, doc).build());
        VerificationMethod key = resolver.resolve(DID_WEB + "#k1").method().orElseThrow();
        assertThat(new IssuerBinding(resolver).evaluate(Optional.of(DID_WEB), key).status()).isEqualTo(Status.BOUND);
    }

    @Test
    void didWebKeyOutsideAssertionMethodIsNotBound() {
        VerificationMethod listedElsewhere = new VerificationMethod(DID_WEB + "#k1", Optional.of(DID_WEB), KEY.publicOnly(),
                KeyOrigin.DID_WEB, Optional.empty(), KeyAuthorization.NOT_ASSERTION_METHOD);
        assertThat(status(OFFLINE, DID_WEB, listedElsewhere)).isEqualTo(Status.NOT_BOUND);
    }

    @Test
    void unreachableDidWebIssuerLeavesAFragmentKeyUnconfirmed() {
        VerificationMethod fragment = KeyResolver.offline().resolve(DID_WEB + "#" + KEY.publicKeyMultibase())
                .method().orElseThrow();
        assertThat(fragment.origin()).isEqualTo(KeyOrigin.FRAGMENT);
        BindingVerdict v = OFFLINE.evaluate(Optional.of(DID_WEB), fragment);
        assertThat(v.status()).isEqualTo(Status.UNCONFIRMED);
        assertThat(v.passes(BindingMode.STRICT)).isFalse();
        assertThat(v.passes(BindingMode.LENIENT)).isTrue();
        assertThat(v.describe(BindingMode.LENIENT)).contains("key binding: lenient");
    }

    // ------------------------------------------------------------------ https issuers

    @Test
    void httpsIssuerWhoseProfileListsTheKeyIsBound() {
        IssuerBinding binding = with(MapDocumentFetcher.builder().put(ISSUER,
                profile(",\"verificationMethod\":[" + multikeyMethod(ISSUER + "#k1", KEY) + "]")));
        assertThat(status(binding, ISSUER, fromDocument(ISSUER + "#k1", KEY))).isEqualTo(Status.BOUND);
        assertThat(status(binding, ISSUER, headerJwk(KEY, "anything")))
                .as("the same key material is listed, whatever the kid").isEqualTo(Status.BOUND);
    }

    @Test
    void httpsIssuerWithAnAttackersHeaderJwkClaimingAListedKidIsNotBound() {
        IssuerBinding binding = with(MapDocumentFetcher.builder().put(ISSUER,
                profile(",\"verificationMethod\":[" + multikeyMethod(ISSUER + "#k1", KEY) + "]")));
        assertThat(status(binding, ISSUER, headerJwk(ATTACKER, ISSUER + "#k1")))
                .as("a kid is a claim; only the listed key material binds").isEqualTo(Status.NOT_BOUND);
    }

    @Test
    void httpsIssuerWithAnAttackersDidKeyIsUnconfirmedWhenItsProfileListsNoKeys() {
        IssuerBinding binding = with(MapDocumentFetcher.builder().put(ISSUER, profile("")));
        BindingVerdict v = binding.evaluate(Optional.of(ISSUER), didKey(ATTACKER));
        assertThat(v.status()).isEqualTo(Status.UNCONFIRMED);
        assertThat(v.passes(BindingMode.STRICT)).isFalse();
        assertThat(v.message()).contains("lists no keys");
    }

    @Test
    void keyOnTheIssuersHostButOutsideItsProfileIsNotBoundByTheOriginAlone() {
        IssuerBinding noKeys = with(MapDocumentFetcher.builder().put(ISSUER, profile("")));
        VerificationMethod sameHost = fromDocument("https://issuer.example/keys/attacker#k", ATTACKER);
        BindingVerdict v = noKeys.evaluate(Optional.of(ISSUER), sameHost);
        assertThat(v.status()).isEqualTo(Status.UNCONFIRMED);
        assertThat(v.message()).contains("origin");
        IssuerBinding otherKeys = with(MapDocumentFetcher.builder().put(ISSUER,
                profile(",\"verificationMethod\":[" + multikeyMethod(ISSUER + "#k1", KEY) + "]")));
        assertThat(status(otherKeys, ISSUER, sameHost)).as("the profile lists other keys: fails in both modes")
                .isEqualTo(Status.NOT_BOUND);
    }

    @Test
    void unreachableIssuerProfileLeavesTheBindingUnconfirmed() {
        BindingVerdict v = new IssuerBinding(KeyResolver.of(DocumentFetcher.refusing()))
                .evaluate(Optional.of(ISSUER), fromDocument("https://keys.example/k1", KEY));
        assertThat(v.status()).isEqualTo(Status.UNCONFIRMED);
        assertThat(v.message()).contains("could not be read");
    }

    @Test
    void assertionMethodDecidesWhenTheProfileHasIt() {
        KeyResolver notListed = KeyResolver.of(MapDocumentFetcher.builder().put(ISSUER,
                profile(",\"verificationMethod\":[" + multikeyMethod(ISSUER + "#k1", KEY) + "],\"assertionMethod\":[\"#k2\"]"))
                .build());
        VerificationMethod k1 = notListed.resolve(ISSUER + "#k1").method().orElseThrow();
        assertThat(k1.authorization()).isEqualTo(KeyAuthorization.NOT_ASSERTION_METHOD);
        assertThat(new IssuerBinding(notListed).evaluate(Optional.of(ISSUER), k1).status()).isEqualTo(Status.NOT_BOUND);
        assertThat(new IssuerBinding(notListed).evaluate(Optional.of(ISSUER), headerJwk(KEY, "x")).status())
                .as("listed under verificationMethod only, not assertionMethod").isEqualTo(Status.NOT_BOUND);
        KeyResolver listed = KeyResolver.of(MapDocumentFetcher.builder().put(ISSUER,
                profile(",\"verificationMethod\":[" + multikeyMethod(ISSUER + "#k1", KEY) + "],\"assertionMethod\":[\"#k1\"]"))
                .build());
        VerificationMethod ok = listed.resolve(ISSUER + "#k1").method().orElseThrow();
        assertThat(new IssuerBinding(listed).evaluate(Optional.of(ISSUER), ok).status()).isEqualTo(Status.BOUND);
        assertThat(new IssuerBinding(listed).evaluate(Optional.of(ISSUER), headerJwk(KEY, "x")).status())
                .isEqualTo(Status.BOUND);
    }

    @Test
    void ob2ProfileListingAKeyUrlBindsTheKeyReadFromThatUrl() throws Exception {
        ObjectNode ob2 = Json.parseObject(("{\"id\":\"" + ISSUER + "\",\"type\":\"Issuer\",\"publicKey\":"
                + "[\"https://keys.example/k1\"]}").getBytes(StandardCharsets.UTF_8));
        assertThat(OFFLINE.evaluate(Optional.of(ISSUER), fromDocument("https://keys.example/k1", KEY), Optional.of(ob2))
                .status()).isEqualTo(Status.BOUND);
        assertThat(OFFLINE.evaluate(Optional.of(ISSUER), fromDocument("https://keys.example/k2", KEY), Optional.of(ob2))
                .status()).isEqualTo(Status.NOT_BOUND);
        assertThat(OFFLINE.evaluate(Optional.of(ISSUER), headerJwk(KEY, "https://keys.example/k1"), Optional.of(ob2))
                .status()).as("a header jwk naming a listed URL is not the key read from it").isEqualTo(Status.NOT_BOUND);
    }

    @Test
    void aProfileServedForAnotherIdIsNotTheIssuers() {
        IssuerBinding binding = with(MapDocumentFetcher.builder().put(ISSUER, "{\"id\":\"https://evil.example/\","
                + "\"verificationMethod\":[" + multikeyMethod("https://evil.example/#k", ATTACKER) + "]}"));
        assertThat(status(binding, ISSUER, headerJwk(ATTACKER, "x"))).isEqualTo(Status.UNCONFIRMED);
    }

    // ------------------------------------------------------------------ no issuer, odd issuers

    @Test
    void noIssuerIsNotBound() {
        assertThat(OFFLINE.evaluate(Optional.empty(), didKey(KEY)).status()).isEqualTo(Status.NOT_BOUND);
        assertThat(OFFLINE.evaluate(Optional.of(" "), didKey(KEY)).status()).isEqualTo(Status.NOT_BOUND);
    }

    @Test
    void anIssuerThatIsNeitherDidNorUrlIsUnconfirmed() {
        assertThat(status(OFFLINE, "urn:uuid:1234", didKey(KEY))).isEqualTo(Status.UNCONFIRMED);
    }
}
