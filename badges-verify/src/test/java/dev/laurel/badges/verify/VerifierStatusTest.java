package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.CREDENTIAL_ID;
import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.lenient;
import static dev.laurel.badges.verify.VerifierFixtures.object;
import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.signDi;
import static dev.laurel.badges.verify.VerifierFixtures.signJwt;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static dev.laurel.badges.verify.VerifierFixtures.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** OB 3.0 {@code credentialStatus}: Bitstring Status List, StatusList2021 and the 1EdTech Revocation List. */
class VerifierStatusTest {

    static final String STATUS = "status.revocation";
    static final String LIST_URL = "https://example.org/status/1";
    static final String REVOCATIONS = "https://example.org/revocations/1";
    static final String EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
    static final String UNDEFINED_TERMS = "https://www.w3.org/ns/credentials/undefined-terms/v2";
    /** 16 KiB: the Bitstring Status List minimum, 131,072 entries. */
    static final int LIST_BYTES = 16 * 1024;

    final LaurelKey issuerKeys = VerifierFixtures.keys(1);
    final String issuer = issuerKeys.didKey();

    /** Gzip, base64url without padding, multibase prefix "u": the encodedList of Bitstring Status List. */
    static String encodedList(int bytes, long... setBits) {
        return "u" + base64url(gzip(bits(bytes, setBits)));
    }

    static byte[] bits(int bytes, long... setBits) {
        byte[] bits = new byte[bytes];
        for (long bit : setBits) {
            // Index 0 is the left-most bit of the first byte.
            bits[(int) (bit / 8)] |= (byte) (0x80 >>> (bit % 8));
        }
        return bits;
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String base64url(byte[] data) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }

    ObjectNode statusListCredential(String purpose, String encodedList) {
        return object("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"id\": \"" + LIST_URL + "\","
                + " \"type\": [\"VerifiableCredential\", \"BitstringStatusListCredential\"],"
                + " \"issuer\": \"" + issuer + "\", \"validFrom\": \"2026-01-01T00:00:00Z\","
                + " \"credentialSubject\": {\"id\": \"" + LIST_URL + "#list\", \"type\": \"BitstringStatusList\","
                + " \"statusPurpose\": \"" + purpose + "\", \"encodedList\": \"" + encodedList + "\"}}");
    }

    static ObjectNode entry(String purpose, long index) {
        return object("{\"id\": \"" + LIST_URL + "#" + index + "\", \"type\": \"BitstringStatusListEntry\","
                + " \"statusPurpose\": \"" + purpose + "\", \"statusListIndex\": \"" + index + "\","
                + " \"statusListCredential\": \"" + LIST_URL + "\"}");
    }

    /** The issuer's credential with a status entry, under an embedded proof. */
    String credentialWithStatus(JsonNode status, String... extraContexts) {
        ObjectNode credential = credential(issuerKeys);
        for (String context : extraContexts) {
            ((ArrayNode) credential.get("@context")).add(context);
        }
        credential.set("credentialStatus", status);
        return text(signDi(credential, issuerKeys));
    }

    /** A StatusList2021Credential served as a VC-JWT signed by the issuer (its context is not bundled). */
    ObjectNode statusList2021(String encodedList) {
        ObjectNode list = statusListCredential("revocation", encodedList);
        list.putArray("type").add("VerifiableCredential").add("StatusList2021Credential");
        ((ObjectNode) list.get("credentialSubject")).put("type", "StatusList2021");
        return list;
    }

    VerificationReport verifyWithList(String credential, String jwtList) {
        return verifier(MapDocumentFetcher.builder().put(LIST_URL, jwtList).build()).verify(credential);
    }

    VerificationReport verifyWithList(String credential, ObjectNode listCredential) {
        DocumentFetcher fetcher = MapDocumentFetcher.builder().put(LIST_URL, text(listCredential)).build();
        return verifier(fetcher).verify(credential);
    }

    /** The status list credential, signed by the credential's issuer: the only kind trusted by default. */
    ObjectNode signedList(String purpose, String encodedList) {
        return signDi(statusListCredential(purpose, encodedList), issuerKeys);
    }

    // ------------------------------------------------------------------ Bitstring Status List

    @Test
    void clearBitInASignedStatusListPasses() {
        ObjectNode list = signDi(statusListCredential("revocation", encodedList(LIST_BYTES, 3, 41)), issuerKeys);
        VerificationReport report = verifyWithList(credentialWithStatus(entry("revocation", 42)), list);
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.PASSED);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
    }

    @Test
    void setBitInASignedStatusListFails() {
        ObjectNode list = signDi(statusListCredential("revocation", encodedList(LIST_BYTES, 42)), issuerKeys);
        VerificationReport report = verifyWithList(credentialWithStatus(entry("revocation", 42)), list);
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
        assertThat(outcome(report, "proof.signature")).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void theFirstAndLastBitsAreReadLeftMostFirst() {
        long last = LIST_BYTES * 8L - 1;
        ObjectNode list = signedList("revocation", encodedList(LIST_BYTES, 0, last));
        assertThat(outcome(verifyWithList(credentialWithStatus(entry("revocation", 0)), list), STATUS))
                .isEqualTo(Outcome.FAILED);
        assertThat(outcome(verifyWithList(credentialWithStatus(entry("revocation", last)), list), STATUS))
                .isEqualTo(Outcome.FAILED);
        assertThat(outcome(verifyWithList(credentialWithStatus(entry("revocation", 1)), list), STATUS))
                .isEqualTo(Outcome.PASSED);
        assertThat(outcome(verifyWithList(credentialWithStatus(entry("revocation", 7)), list), STATUS))
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void indexOutsideTheListFails() {
        ObjectNode list = signDi(statusListCredential("revocation", encodedList(LIST_BYTES)), issuerKeys);
        VerificationReport report = verifyWithList(credentialWithStatus(entry("revocation", LIST_BYTES * 8L)), list);
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(STATUS).orElseThrow().path()).isEqualTo("/credentialStatus/statusListIndex");
        assertThat(report.verified()).isFalse();
    }

    @Test
    void negativeIndexFails() {
        ObjectNode list = signedList("revocation", encodedList(LIST_BYTES));
        VerificationReport report = verifyWithList(credentialWithStatus(entry("revocation", -1)), list);
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void unsignedStatusListFailsByDefault() {
        ObjectNode clear = statusListCredential("revocation", encodedList(LIST_BYTES));
        VerificationReport report = verifyWithList(credentialWithStatus(entry("revocation", 42)), clear);
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(STATUS).orElseThrow().message()).contains("not signed");
        assertThat(report.verified()).isFalse();
    }

    @Test
    void unsignedStatusListByTheSameIssuerIsAWarningWhenLenient() {
        DocumentFetcher clear = MapDocumentFetcher.builder()
                .put(LIST_URL, text(statusListCredential("revocation", encodedList(LIST_BYTES)))).build();
        VerificationReport report = lenient(clear).verify(credentialWithStatus(entry("revocation", 42)));
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.WARNING);
        assertThat(report.check(STATUS).orElseThrow().message()).contains("not signed");
        assertThat(report.verified()).isTrue();
        DocumentFetcher set = MapDocumentFetcher.builder()
                .put(LIST_URL, text(statusListCredential("revocation", encodedList(LIST_BYTES, 42)))).build();
        assertThat(outcome(lenient(set).verify(credentialWithStatus(entry("revocation", 42))), STATUS))
                .as("a revocation in an unsigned list still counts").isEqualTo(Outcome.FAILED);
    }

    @Test
    void statusListSignedByAnotherIssuerFailsInBothModes() {
        LaurelKey other = VerifierFixtures.keys(77);
        ObjectNode foreign = statusListCredential("revocation", encodedList(LIST_BYTES));
        foreign.put("issuer", other.didKey());
        ObjectNode signed = signDi(foreign, other);
        DocumentFetcher fetcher = MapDocumentFetcher.builder().put(LIST_URL, text(signed)).build();
        for (Verifier v : new Verifier[] {verifier(fetcher), lenient(fetcher)}) {
            VerificationReport report = v.verify(credentialWithStatus(entry("revocation", 42)));
            assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
            assertThat(report.check(STATUS).orElseThrow().message()).contains("not by the credential's issuer");
        }
    }

    @Test
    void statusListNamingTheIssuerButSignedByAnotherKeyFails() {
        // The list claims the credential's issuer, but an attacker's did:key signed it: the binding fails.
        ObjectNode claimed = statusListCredential("revocation", encodedList(LIST_BYTES));
        ObjectNode signed = signDi(claimed, VerifierFixtures.keys(78));
        DocumentFetcher fetcher = MapDocumentFetcher.builder().put(LIST_URL, text(signed)).build();
        for (Verifier v : new Verifier[] {verifier(fetcher), lenient(fetcher)}) {
            VerificationReport report = v.verify(credentialWithStatus(entry("revocation", 42)));
            assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
            assertThat(report.check(STATUS).orElseThrow().message()).contains("does not verify");
        }
    }

    @Test
    void bareJsonObjectWithAnEncodedListFails() {
        ObjectNode bare = object("{\"encodedList\": \"" + encodedList(LIST_BYTES) + "\", \"statusPurpose\": \"revocation\"}");
        DocumentFetcher fetcher = MapDocumentFetcher.builder().put(LIST_URL, text(bare)).build();
        for (Verifier v : new Verifier[] {verifier(fetcher), lenient(fetcher)}) {
            assertThat(outcome(v.verify(credentialWithStatus(entry("revocation", 42))), STATUS))
                    .isEqualTo(Outcome.FAILED);
        }
    }

    @Test
    void statusListOfTheWrongTypeFails() {
        ObjectNode wrong = statusListCredential("revocation", encodedList(LIST_BYTES));
        wrong.putArray("type").add("VerifiableCredential");
        VerificationReport report = verifyWithList(credentialWithStatus(entry("revocation", 42)), signDi(wrong, issuerKeys));
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(STATUS).orElseThrow().message()).contains("BitstringStatusListCredential");
    }

    @Test
    void statusListWhoseSignatureNoLongerMatchesFails() {
        // Signed with the bit set, then the bit cleared: whoever can alter the hosted list must not un-revoke.
        ObjectNode list = signDi(statusListCredential("revocation", encodedList(LIST_BYTES, 42)), issuerKeys);
        ((ObjectNode) list.get("credentialSubject")).put("encodedList", encodedList(LIST_BYTES));
        VerificationReport report = verifyWithList(credentialWithStatus(entry("revocation", 42)), list);
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(STATUS).orElseThrow().message()).contains("does not verify");
    }

    @Test
    void statusListThatCannotBeFetchedFails() {
        VerificationReport report = verifier(DocumentFetcher.refusing())
                .verify(credentialWithStatus(entry("revocation", 42)));
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void suspendedCredentialFails() {
        ObjectNode list = signedList("suspension", encodedList(LIST_BYTES, 42));
        VerificationReport report = verifyWithList(credentialWithStatus(entry("suspension", 42)), list);
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(STATUS).orElseThrow().message()).contains("suspension");
    }

    @Test
    void setRefreshStatusIsAWarningAndTheCredentialStillVerifies() {
        ObjectNode list = signedList("refresh", encodedList(LIST_BYTES, 42));
        VerificationReport report = verifyWithList(credentialWithStatus(entry("refresh", 42)), list);
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.WARNING);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void statusListForAnotherPurposeFails() {
        // A suspension list cannot answer whether the credential is revoked.
        ObjectNode list = signedList("suspension", encodedList(LIST_BYTES));
        VerificationReport report = verifyWithList(credentialWithStatus(entry("revocation", 42)), list);
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(STATUS).orElseThrow().path()).isEqualTo("/credentialStatus/statusPurpose");
    }

    @Test
    void expiredStatusListFails() {
        ObjectNode unsigned = statusListCredential("revocation", encodedList(LIST_BYTES));
        unsigned.put("validUntil", "2026-02-01T00:00:00Z");
        ObjectNode list = signDi(unsigned, issuerKeys);
        VerificationReport report = verifyWithList(credentialWithStatus(entry("revocation", 42)), list);
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(STATUS).orElseThrow().message()).contains("expired");
    }

    @Test
    void multiBitStatusIsReadAtIndexTimesSize() {
        // statusSize 2: entry 5 is bits 10 and 11; value 0b01 = 1.
        ObjectNode status = entry("message", 5);
        status.put("statusSize", 2);
        ArrayNode messages = status.putArray("statusMessage");
        messages.addObject().put("status", "0x0").put("message", "valid");
        messages.addObject().put("status", "0x1").put("message", "pending review");
        ObjectNode list = signedList("message", encodedList(LIST_BYTES, 11));
        VerificationReport report = verifyWithList(credentialWithStatus(status), list);
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.WARNING);
        assertThat(report.check(STATUS).orElseThrow().message()).contains("pending review");
        assertThat(report.verified()).isTrue();
        ObjectNode clearAtFive = signedList("message", encodedList(LIST_BYTES, 9, 12));
        assertThat(outcome(verifyWithList(credentialWithStatus(status), clearAtFive), STATUS))
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void compressionBombIsRefusedWithinItsBound() {
        // 17 MiB of zeros gzip to about 17 KiB; the inflated list is capped at 16 MiB.
        String bomb = "u" + base64url(gzip(new byte[17 * 1024 * 1024]));
        ObjectNode list = signedList("revocation", bomb);
        long start = System.nanoTime();
        VerificationReport report = verifyWithList(credentialWithStatus(entry("revocation", 42)), list);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(STATUS).orElseThrow().message()).contains("cannot be decoded");
    }

    @Test
    void encodedListThatIsNotGzipFails() {
        ObjectNode list = signedList("revocation", "u" + base64url(bits(LIST_BYTES)));
        VerificationReport report = verifyWithList(credentialWithStatus(entry("revocation", 42)), list);
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void statusListServedAsAVcJwtIsVerifiedToo() {
        ObjectNode list = statusListCredential("revocation", encodedList(LIST_BYTES, 42));
        DocumentFetcher good = MapDocumentFetcher.builder().put(LIST_URL, signJwt(list, issuerKeys)).build();
        assertThat(outcome(verifier(good).verify(credentialWithStatus(entry("revocation", 42))), STATUS))
                .isEqualTo(Outcome.FAILED);
        // A cleared list signed by another key, under the issuer's header (kid): the signature does not verify.
        String forged = signJwt(statusListCredential("revocation", encodedList(LIST_BYTES)), VerifierFixtures.keys(9));
        String[] parts = forged.split("\\.");
        String tampered = signJwt(list, issuerKeys).split("\\.")[0] + "." + parts[1] + "." + parts[2];
        DocumentFetcher bad = MapDocumentFetcher.builder().put(LIST_URL, tampered).build();
        VerificationReport report = verifier(bad).verify(credentialWithStatus(entry("revocation", 42)));
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(STATUS).orElseThrow().message()).contains("does not verify");
    }

    @Test
    void legacyStatusList2021EntryIsChecked() {
        // StatusList2021: plain base64url, no multibase prefix. VC-JWT, as its context is not bundled.
        ObjectNode status = object("{\"id\": \"" + LIST_URL + "#42\", \"type\": \"StatusList2021Entry\","
                + " \"statusPurpose\": \"revocation\", \"statusListIndex\": \"42\","
                + " \"statusListCredential\": \"" + LIST_URL + "\"}");
        ObjectNode credential = credential(issuerKeys);
        credential.set("credentialStatus", status);
        String jwt = signJwt(credential, issuerKeys);
        ObjectNode set = statusList2021(base64url(gzip(bits(LIST_BYTES, 42))));
        assertThat(outcome(verifyWithList(jwt, signJwt(set, issuerKeys)), STATUS)).isEqualTo(Outcome.FAILED);
        ObjectNode clear = statusList2021(base64url(gzip(bits(LIST_BYTES))));
        VerificationReport report = verifyWithList(jwt, signJwt(clear, issuerKeys));
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void aStatusArrayBreaksTheSchemaAndNothingIsFetched() {
        // The official OB 3.0 schema allows one credentialStatus object; an array fails document.valid, and a
        // credential that has already failed fetches nothing more.
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        entries.add(entry("revocation", 1));
        entries.add(entry("revocation", 42));
        java.util.List<java.net.URI> asked = new java.util.ArrayList<>();
        DocumentFetcher recording = (uri, accept) -> {
            asked.add(uri);
            throw new dev.laurel.badges.verify.fetch.FetchException(dev.laurel.badges.verify.fetch.FetchCode.NOT_FOUND, "no");
        };
        VerificationReport report = verifier(recording).verify(credentialWithStatus(entries));
        assertThat(outcome(report, "document.valid")).isEqualTo(Outcome.FAILED);
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.SKIPPED);
        assertThat(asked).isEmpty();
        assertThat(report.verified()).isFalse();
    }

    @Test
    void twentyThousandStatusEntriesCostNoMoreThanTheBudget() {
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < 20_000; i++) {
            ObjectNode e = entry("revocation", i);
            e.put("statusListCredential", "https://example.org/status/" + i);
            entries.add(e);
        }
        java.util.concurrent.atomic.AtomicInteger fetches = new java.util.concurrent.atomic.AtomicInteger();
        DocumentFetcher counting = (uri, accept) -> {
            fetches.incrementAndGet();
            throw new dev.laurel.badges.verify.fetch.FetchException(dev.laurel.badges.verify.fetch.FetchCode.NOT_FOUND, "no");
        };
        // Signing 20,000 entries is itself refused by the value limit, so the proof of a small credential is
        // attached: the point is what verifying such a document costs, not whether it verifies.
        ObjectNode big = credential(issuerKeys);
        big.set("credentialStatus", entries);
        big.set("proof", signDi(credential(issuerKeys), issuerKeys).get("proof"));
        String credential = text(big);
        long start = System.nanoTime();
        VerificationReport report = verifier(counting).verify(credential);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(fetches.get()).isLessThanOrEqualTo(16);
        assertThat(report.verified()).isFalse();
    }

    // ------------------------------------------------------------------ 1EdTech Revocation List, others

    ObjectNode revocationList(String... revokedIds) {
        ObjectNode list = object("{\"id\": \"" + REVOCATIONS + "\", \"issuer\": \"" + issuer + "\"}");
        ArrayNode revoked = list.putArray("revokedCredentials");
        for (String id : revokedIds) {
            revoked.addObject().put("id", id).put("revocationReason", "Issued in error");
        }
        return list;
    }

    String credentialWithRevocationList() {
        ObjectNode status = object("{\"id\": \"" + REVOCATIONS + "\", \"type\": \"1EdTechRevocationList\"}");
        return credentialWithStatus(status, EXTENSIONS);
    }

    VerificationReport verifyWithRevocations(ObjectNode list) {
        return verifier(MapDocumentFetcher.builder().put(REVOCATIONS, text(list)).build())
                .verify(credentialWithRevocationList());
    }

    @Test
    void revocationListListingTheCredentialFails() {
        VerificationReport report = verifyWithRevocations(revocationList("urn:uuid:other", CREDENTIAL_ID));
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(STATUS).orElseThrow().message()).contains("Issued in error");
        assertThat(outcome(report, "proof.signature")).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void revocationListNotListingTheCredentialPasses() {
        VerificationReport report = verifyWithRevocations(revocationList("urn:uuid:other"));
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.PASSED);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
    }

    @Test
    void documentThatIsNotARevocationListFails() {
        VerificationReport report = verifyWithRevocations(object("{\"id\": \"" + REVOCATIONS + "\"}"));
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void unreachableRevocationListFails() {
        VerificationReport report = verifier(DocumentFetcher.refusing()).verify(credentialWithRevocationList());
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void unknownStatusTypeIsAWarningAndTheCredentialStillVerifies() {
        ObjectNode status = object("{\"id\": \"https://example.org/status/x\", \"type\": \"ExampleStatusMethod\"}");
        VerificationReport report = verifier(DocumentFetcher.refusing())
                .verify(credentialWithStatus(status, UNDEFINED_TERMS));
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.WARNING);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
    }

    @Test
    void noStatusIsSkipped() {
        VerificationReport report = verifier(DocumentFetcher.refusing()).verify(text(signDi(credential(issuerKeys),
                issuerKeys)));
        assertThat(outcome(report, STATUS)).isEqualTo(Outcome.SKIPPED);
        assertThat(report.verified()).isTrue();
    }
}
