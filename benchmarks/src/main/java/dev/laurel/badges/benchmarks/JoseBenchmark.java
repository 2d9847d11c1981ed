package dev.laurel.badges.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.fetch.CachingDocumentFetcher;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.keys.KeyResolver;
import dev.laurel.badges.verify.jose.SignedBadgeSigner;
import dev.laurel.badges.verify.jose.SignedBadgeVerifier;
import dev.laurel.badges.verify.jose.VcJwtResult;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.jose.VcJwtVerifier;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JOSE verification primitives, offline, one thread: VC-JWT (RS256, ES256, EdDSA) of a typical OB 3.0
 * credential with its {@code kid} dereferenced through a cached offline fetcher, and an OB 2.0 signed
 * badge with its badge class, issuer, key and revocation list fetched the same way. Each operation is
 * the whole primitive: JWS parse, algorithm and header checks, key lookup, signature, payload parse and
 * claim comparison (or, for OB 2.0, owner, listing and revocation checks).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JoseBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JoseBenchmark {

    private static final String ISSUER = "https://1edtech.edu/issuers/565049";
    private static final String KEYS = ISSUER + "/keys";

    private String rs256Jwt;
    private String es256Jwt;
    private String edDsaJwt;
    private String ob2Jws;
    private VcJwtVerifier vcJwtVerifier;
    private SignedBadgeVerifier ob2Verifier;
    private VcJwtSigner edDsaSigner;
    private VcJwtSigner rs256Signer;
    private ObjectNode credential;

    /** Signs the tokens and builds the verifiers over a cached offline fetcher. */
    @Setup
    public void setUp() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        credential = (ObjectNode) mapper.readTree(resource("ob3/ob_v3p0_impl_recommended-practices-04.json"));
        LaurelKey rsa = KeyPairs.generateRsa(2048);
        LaurelKey p256 = KeyPairs.generateP256();
        LaurelKey ed = KeyPairs.generateEd25519();
        String jwks = "{\"keys\":[" + withKid(rsa.toPublicJwk(), "rsa") + "," + withKid(p256.toPublicJwk(), "p256")
                + "," + withKid(ed.toPublicJwk(), "ed") + "]}";
        rs256Signer = VcJwtSigner.of(rsa).withKeyId(KEYS + "#rsa");
        edDsaSigner = VcJwtSigner.of(ed).withKeyId(KEYS + "#ed");
        rs256Jwt = rs256Signer.sign(credential);
        es256Jwt = VcJwtSigner.of(p256).withKeyId(KEYS + "#p256").sign(credential);
        edDsaJwt = edDsaSigner.sign(credential);

        String issuer2 = "https://example.org/organization.json";
        String keyId = "https://example.org/publicKey.json";
        LaurelKey ob2Key = KeyPairs.generateRsa(2048);
        ObjectNode assertion = (ObjectNode) mapper.readTree(resource("ob2/ob_v2p0_examples_index-06.json"));
        ob2Jws = SignedBadgeSigner.of(ob2Key).sign(assertion);

        DocumentFetcher offline = CachingDocumentFetcher.of(MapDocumentFetcher.builder()
                .put(KEYS, jwks)
                .put(issuer2, new String(resource("ob2/ob_v2p0_examples_index-02.json"), java.nio.charset.StandardCharsets.UTF_8))
                .put(keyId, SignedBadgeSigner.cryptographicKey(keyId, issuer2, ob2Key).toString())
                .put("https://example.org/robotics-badge.json", resource("ob2/robotics-badge.json"), "application/json")
                .put("https://example.org/revocationList.json", resource("ob2/ob_v2p0_examples_index-09.json"),
                        "application/json")
                .build());
        // JWS mechanics only: the issuer binding fetches the issuer profile, which VerifierBenchmark measures.
        vcJwtVerifier = VcJwtVerifier.of(KeyResolver.of(offline)).withoutKeyBinding();
        ob2Verifier = SignedBadgeVerifier.of(offline);
        for (String t : new String[] {rs256Jwt, es256Jwt, edDsaJwt}) {
            VcJwtResult r = vcJwtVerifier.verify(t);
            if (!r.verified()) {
                throw new IllegalStateException("benchmark token does not verify: " + r.failures());
            }
        }
        if (!ob2Verifier.verify(ob2Jws).verified()) {
            throw new IllegalStateException("benchmark OB 2.0 token does not verify: " + ob2Verifier.verify(ob2Jws).failures());
        }
    }

    /** VC-JWT, RS256 (RSA 2048), kid in a JWK Set. */
    @Benchmark
    public boolean vcJwtRs256Verify() {
        return vcJwtVerifier.verify(rs256Jwt).verified();
    }

    /** VC-JWT, ES256 (P-256), kid in a JWK Set. */
    @Benchmark
    public boolean vcJwtEs256Verify() {
        return vcJwtVerifier.verify(es256Jwt).verified();
    }

    /** VC-JWT, EdDSA (Ed25519, Bouncy Castle), kid in a JWK Set. */
    @Benchmark
    public boolean vcJwtEdDsaVerify() {
        return vcJwtVerifier.verify(edDsaJwt).verified();
    }

    /** OB 2.0 signed assertion, RS256, with badge class, issuer, CryptographicKey and revocation list. */
    @Benchmark
    public boolean ob2SignedVerify() {
        return ob2Verifier.verify(ob2Jws).verified();
    }

    /** VC-JWT signing with Ed25519, for comparison. */
    @Benchmark
    public String vcJwtEdDsaSign() {
        return edDsaSigner.sign(credential);
    }

    /** VC-JWT signing with RSA 2048, for comparison. */
    @Benchmark
    public String vcJwtRs256Sign() {
        return rs256Signer.sign(credential);
    }

    private static String withKid(String jwk, String kid) {
        return jwk.replaceFirst("\"kid\":\"[^\"]+\"", "\"kid\":\"" + kid + "\"");
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = JoseBenchmark.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return in.readAllBytes();
        }
    }
}
