package dev.laurel.badges.verify.jose;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64URL;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Test documents and hand-made tokens. */
final class Fixtures {

    private Fixtures() {
    }

    static ObjectNode resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + path);
            }
            return Json.parseObject(in.readAllBytes());
        } catch (IOException | Json.NotAnObjectException e) {
            throw new AssertionError(e);
        }
    }

    static ObjectNode basicCredential() {
        return resource("ob3/ob_v3p0_examples_basicOpenBadgeCredential-00.json");
    }

    static String b64(String s) {
        return Base64URL.encode(s.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String b64(byte[] b) {
        return Base64URL.encode(b).toString();
    }

    /** Signs a payload under a header given as JSON text, through nimbus. */
    static String sign(String headerJson, byte[] payload, JWSSigner signer) {
        try {
            JWSObject jws = new JWSObject(JWSHeader.parse(headerJson), new Payload(payload));
            jws.sign(signer);
            return jws.serialize();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String[] parts(String token) {
        return token.split("\\.", -1);
    }

    static String payloadJson(String token) {
        return new String(Base64URL.from(parts(token)[1]).decode(), StandardCharsets.UTF_8);
    }

    static String headerJson(String token) {
        return new String(Base64URL.from(parts(token)[0]).decode(), StandardCharsets.UTF_8);
    }

    /** Replaces the payload, keeping header and signature. */
    static String withPayload(String token, String payloadJson) {
        String[] p = parts(token);
        return p[0] + "." + b64(payloadJson) + "." + p[2];
    }

    static Optional<Check> check(List<Check> checks, String id, Outcome outcome) {
        return checks.stream().filter(c -> c.id().equals(id) && c.outcome() == outcome).findFirst();
    }

    static Outcome outcome(List<Check> checks, String id) {
        List<Outcome> found = checks.stream().filter(c -> c.id().equals(id)).map(Check::outcome).toList();
        if (found.isEmpty()) {
            throw new AssertionError("no check " + id + " in " + checks);
        }
        // The worst outcome of the id decides.
        return found.contains(Outcome.FAILED) ? Outcome.FAILED
                : found.contains(Outcome.WARNING) ? Outcome.WARNING
                : found.contains(Outcome.PASSED) ? Outcome.PASSED : Outcome.SKIPPED;
    }

    /** A fetcher that records every request and serves a delegate. */
    static final class RecordingFetcher implements DocumentFetcher {
        final List<URI> requests = Collections.synchronizedList(new ArrayList<>());
        private final DocumentFetcher delegate;

        RecordingFetcher(DocumentFetcher delegate) {
            this.delegate = delegate;
        }

        @Override
        public FetchedDocument fetch(URI uri, String accept) {
            requests.add(uri);
            return delegate.fetch(uri, accept);
        }
    }
}
