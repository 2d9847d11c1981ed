package dev.laurel.badges.api.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.badges.api.store.CredentialFormat;
import dev.laurel.badges.api.store.CredentialPage;
import dev.laurel.badges.api.store.CredentialQuery;
import dev.laurel.badges.api.store.CredentialStore;
import dev.laurel.badges.api.store.EqualityKey;
import dev.laurel.badges.api.store.StoreCode;
import dev.laurel.badges.api.store.StoreException;
import dev.laurel.badges.api.store.StoredCredential;
import dev.laurel.badges.api.store.UpsertOutcome;
import dev.laurel.badges.api.store.UpsertResult;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link CredentialStore} contract, run against each database by a subclass. Every test works under
 * owners of its own (random names), so a shared database needs no cleaning between runs.
 */
abstract class CredentialStoreContract {

    /** Opens a store on the database under test; the same database each call (to test reopening). */
    abstract CredentialStore open();

    /** Opens a plain JDBC connection to the database under test (after {@link #open()} has run). */
    abstract Connection connect() throws SQLException;

    CredentialStore store;
    String owner;

    @BeforeEach
    void openStore() {
        store = open();
        owner = "learner-" + UUID.randomUUID();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aNewCredentialIsCreatedAndKeptByteForByte() {
        String json = "\n  " + TestCredentials.json(1, "2010-01-01T00:00:00Z") + "  \n";
        UpsertResult r = store.upsert(owner, CredentialFormat.JSON, json);
        assertThat(r.outcome()).isEqualTo(UpsertOutcome.CREATED);
        assertThat(r.outcome().httpStatus()).isEqualTo(201);
        StoredCredential s = r.stored();
        assertThat(s.payload()).isEqualTo(json);
        assertThat(s.format()).isEqualTo(CredentialFormat.JSON);
        assertThat(s.owner()).isEqualTo(owner);
        assertThat(s.issuerId()).isEqualTo("https://example.edu/issuers/565049");
        assertThat(s.credentialId()).contains("http://example.edu/credentials/1");
        assertThat(s.validFrom()).contains(Instant.parse("2010-01-01T00:00:00Z"));
        assertThat(s.updated()).isEqualTo(s.created());

        CredentialPage page = store.list(owner, CredentialQuery.of(10, 0));
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.credentials()).containsExactly(s);
        assertThat(store.find(owner, s.key())).contains(s);
    }

    @Test
    void theSameCredentialAgainReplacesTheEntryInPlace() {
        StoredCredential first = store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(1, "2010-01-01T00:00:00Z"))
                .stored();
        store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(2, "2010-01-01T00:00:00Z"));
        String again = TestCredentials.json(1, "2010-01-01T00:00:00Z").replace("Teamwork Badge", "Teamwork Badge (corrected)");
        UpsertResult r = store.upsert(owner, CredentialFormat.JSON, again);
        assertThat(r.outcome()).isEqualTo(UpsertOutcome.UPDATED);
        assertThat(r.outcome().httpStatus()).isEqualTo(200);
        assertThat(r.stored().payload()).isEqualTo(again);
        assertThat(r.stored().sequence()).isEqualTo(first.sequence());
        assertThat(r.stored().created()).isEqualTo(first.created());
        assertThat(r.stored().updated()).isAfterOrEqualTo(first.updated());

        List<StoredCredential> listed = store.list(owner, CredentialQuery.of(10, 0)).credentials();
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).payload()).as("the replaced entry keeps its place").isEqualTo(again);
    }

    @Test
    void idsAreComparedAfterPercentUnescapingAndTrimming() {
        store.upsert(owner, CredentialFormat.JSON, TestCredentials.json("http://example.edu/credentials/3732",
                "https://example.edu/issuers/565049", "2010-01-01T00:00:00Z"));
        UpsertResult r = store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(
                " http://example.edu/credentials/%33732\\t", "https%3A%2F%2Fexample.edu/issuers/565049 ",
                "2010-01-01T00:00:00Z"));
        assertThat(r.outcome()).isEqualTo(UpsertOutcome.UPDATED);
        assertThat(store.list(owner, CredentialQuery.of(10, 0)).total()).isEqualTo(1);
    }

    @Test
    void theSameIdFromAnotherIssuerIsAnotherCredential() {
        store.upsert(owner, CredentialFormat.JSON, TestCredentials.json("urn:uuid:1", "https://a.example/issuer", null));
        UpsertResult r = store.upsert(owner, CredentialFormat.JSON,
                TestCredentials.json("urn:uuid:1", "https://b.example/issuer", null));
        assertThat(r.outcome()).isEqualTo(UpsertOutcome.CREATED);
        assertThat(store.list(owner, CredentialQuery.of(10, 0)).total()).isEqualTo(2);
    }

    @Test
    void theNewerValidFromReplacesAndAnOlderOneIsNotStored() {
        // The specification's credentials C (2010-03-01) and D (2010-01-01): C is the up-to-date one.
        String d = TestCredentials.json(3732, "2010-01-01T00:00:00Z");
        String c = TestCredentials.json(3732, "2010-03-01T00:00:00Z");
        store.upsert(owner, CredentialFormat.JSON, d);
        UpsertResult newer = store.upsert(owner, CredentialFormat.JSON, c);
        assertThat(newer.outcome()).isEqualTo(UpsertOutcome.UPDATED);
        UpsertResult older = store.upsert(owner, CredentialFormat.JSON, d);
        assertThat(older.outcome()).isEqualTo(UpsertOutcome.KEPT_NEWER);
        assertThat(older.outcome().httpStatus()).isEqualTo(200);
        assertThat(older.stored().payload()).as("the newer one is kept and answered").isEqualTo(c);
        assertThat(store.find(owner, older.stored().key()).orElseThrow().payload()).isEqualTo(c);
    }

    @Test
    void aCredentialWithoutADateNeverReplacesADatedOne() {
        String dated = TestCredentials.json(5, "2010-01-01T00:00:00Z");
        store.upsert(owner, CredentialFormat.JSON, dated);
        UpsertResult undated = store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(5, null));
        assertThat(undated.outcome()).isEqualTo(UpsertOutcome.KEPT_NEWER);
        assertThat(undated.stored().payload()).isEqualTo(dated);
    }

    @Test
    void aVcJwtIsStoredAsGivenAndIsEqualToItsJsonForm() {
        String json = TestCredentials.json(7, "2010-01-01T00:00:00Z");
        String jwt = TestCredentials.jwt(TestCredentials.json(7, "2011-01-01T00:00:00Z"));
        store.upsert(owner, CredentialFormat.JSON, json);
        UpsertResult r = store.upsert(owner, CredentialFormat.JWT, jwt + "\r\n");
        assertThat(r.outcome()).isEqualTo(UpsertOutcome.UPDATED);
        assertThat(r.stored().format()).isEqualTo(CredentialFormat.JWT);
        assertThat(r.stored().payload()).as("the compact JWS without the white space around it").isEqualTo(jwt);
        StoredCredential listed = store.list(owner, CredentialQuery.of(10, 0)).credentials().get(0);
        assertThat(listed.format()).isEqualTo(CredentialFormat.JWT);
        assertThat(listed.payload()).isEqualTo(jwt);
        assertThat(listed.validFrom()).contains(Instant.parse("2011-01-01T00:00:00Z"));
    }

    @Test
    void aCredentialWithoutIdIsKeyedByItsBytes() {
        String noId = TestCredentials.json(null, "https://example.edu/issuers/565049", "2010-01-01T00:00:00Z");
        assertThat(store.upsert(owner, CredentialFormat.JSON, noId).outcome()).isEqualTo(UpsertOutcome.CREATED);
        UpsertResult same = store.upsert(owner, CredentialFormat.JSON, noId);
        assertThat(same.outcome()).isEqualTo(UpsertOutcome.UPDATED);
        assertThat(same.stored().credentialId()).isEmpty();
        assertThat(store.upsert(owner, CredentialFormat.JSON, noId.replace("Teamwork Badge", "Other")).outcome())
                .isEqualTo(UpsertOutcome.CREATED);
        assertThat(store.list(owner, CredentialQuery.of(10, 0)).total()).isEqualTo(2);
    }

    @Test
    void whatCannotBeKeyedIsRefusedWithACode() {
        assertInvalid(CredentialFormat.JSON, "{not json", StoreCode.INVALID_CREDENTIAL, "");
        assertInvalid(CredentialFormat.JWT, TestCredentials.json(1, null), StoreCode.INVALID_CREDENTIAL, "");
        assertInvalid(CredentialFormat.JSON, TestCredentials.jwt(TestCredentials.json(1, null)),
                StoreCode.INVALID_CREDENTIAL, "");
        assertInvalid(CredentialFormat.JSON, TestCredentials.json(1, null).replace("\"issuer\": {\"id\": \"https://example.edu/issuers/565049\", ", "\"issuer\": {"),
                StoreCode.INVALID_CREDENTIAL, "/issuer/id");
        assertInvalid(CredentialFormat.JSON, "{\"@context\": [\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
                + " \"type\": \"Profile\", \"id\": \"https://example.edu/issuers/565049\", \"name\": \"Example\"}",
                StoreCode.INVALID_CREDENTIAL, "");
        assertThat(store.list(owner, CredentialQuery.of(10, 0)).total()).isZero();
    }

    private void assertInvalid(CredentialFormat format, String payload, StoreCode code, String pointer) {
        assertThatThrownBy(() -> store.upsert(owner, format, payload))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.pointer()).isEqualTo(pointer);
                });
    }

    @Test
    void pagesFollowInsertionOrderWithATotalAndStayStableAcrossReplacements() {
        for (int i = 0; i < 25; i++) {
            store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(i, "2010-01-01T00:00:00Z"));
        }
        CredentialPage first = store.list(owner, CredentialQuery.of(10, 0));
        // Replacing an entry of the first page between two page reads moves nothing.
        store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(3, "2012-01-01T00:00:00Z"));
        CredentialPage second = store.list(owner, CredentialQuery.of(10, 10));
        CredentialPage third = store.list(owner, CredentialQuery.of(10, 20));
        assertThat(List.of(first.total(), second.total(), third.total())).containsOnly(25L);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isTrue();
        assertThat(third.hasNext()).isFalse();
        List<String> ids = new ArrayList<>();
        for (CredentialPage p : List.of(first, second, third)) {
            p.credentials().forEach(c -> ids.add(c.credentialId().orElseThrow()));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            expected.add("http://example.edu/credentials/" + i);
        }
        assertThat(ids).containsExactlyElementsOf(expected);
        assertThat(store.list(owner, CredentialQuery.of(10, 30)).credentials()).isEmpty();
        assertThat(store.list(owner, CredentialQuery.of(10, 30)).total()).isEqualTo(25);
    }

    @Test
    void sinceKeepsCredentialsValidFromAfterIt() {
        store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(1, "2010-01-01T00:00:00Z"));
        store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(2, "2012-06-01T12:00:00+02:00"));
        store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(3, null));
        store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(4, "2015-01-01T00:00:00Z"));
        CredentialPage page = store.list(owner, CredentialQuery.of(10, 0).since(Instant.parse("2012-06-01T10:00:00Z")));
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.credentials().get(0).credentialId()).contains("http://example.edu/credentials/4");
        assertThat(store.list(owner, CredentialQuery.of(10, 0).since(Instant.parse("2012-06-01T09:59:59.999Z")))
                .total()).isEqualTo(2);
    }

    @Test
    void ownersAreSeparate() {
        String other = owner + "-other";
        store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(1, null));
        UpsertResult r = store.upsert(other, CredentialFormat.JSON, TestCredentials.json(1, null));
        assertThat(r.outcome()).isEqualTo(UpsertOutcome.CREATED);
        store.putProfile(owner, "{\"name\": \"A\"}");
        assertThat(store.profile(other)).isEmpty();
        assertThat(store.list(other, CredentialQuery.of(10, 0)).total()).isEqualTo(1);
        assertThat(store.find(other, r.stored().key()).orElseThrow().owner()).isEqualTo(other);
        assertThatThrownBy(() -> store.list(" ", CredentialQuery.of(1, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.profile("x".repeat(256))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProfileIsKeptAsPutAndReplaced() {
        assertThat(store.profile(owner)).isEmpty();
        String profile = "{\n  \"@context\": [\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],\n"
                + "  \"type\": \"Profile\", \"id\": \"https://example.edu/issuers/565049\", \"name\": \"Example University\"\n}";
        store.putProfile(owner, profile);
        assertThat(store.profile(owner).orElseThrow().json()).isEqualTo(profile);
        String phone = profile.replace("\"Example University\"", "\"Example University\", \"phone\": \"111-222-3333\"");
        assertThat(store.putProfile(owner, phone).json()).isEqualTo(phone);
        assertThat(store.profile(owner).orElseThrow().json()).isEqualTo(phone);
        for (String bad : List.of("[]", "{\"a\": 1, \"a\": 2}", "not json", "")) {
            assertThatThrownBy(() -> store.putProfile(owner, bad))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.code()).isEqualTo(StoreCode.INVALID_PROFILE));
        }
        assertThat(store.profile(owner).orElseThrow().json()).isEqualTo(phone);
    }

    @Test
    void everythingIsStillThereAfterReopening() {
        UpsertResult r = store.upsert(owner, CredentialFormat.JWT, TestCredentials.jwt(TestCredentials.json(9, null)));
        store.putProfile(owner, "{\"name\": \"Alice\"}");
        store.close();
        try (CredentialStore reopened = open()) {
            assertThat(reopened.list(owner, CredentialQuery.of(10, 0)).credentials()).containsExactly(r.stored());
            assertThat(reopened.profile(owner).orElseThrow().json()).isEqualTo("{\"name\": \"Alice\"}");
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        store.close();
        store.close();
        assertThatThrownBy(() -> store.list(owner, CredentialQuery.of(1, 0)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.code()).isEqualTo(StoreCode.CLOSED));
    }

    @Test
    void concurrentUpsertsOfOneCredentialLeaveOneEntryWithTheNewestDate() throws Exception {
        int threads = 8;
        int rounds = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < rounds; round++) {
                int id = 1000 + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<UpsertResult>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String validFrom = String.format("2010-01-%02dT00:00:00Z", t + 1);
                    Callable<UpsertResult> task = () -> {
                        start.await();
                        return store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(id, validFrom));
                    };
                    results.add(pool.submit(task));
                }
                start.countDown();
                Map<UpsertOutcome, Integer> outcomes = new ConcurrentHashMap<>();
                for (Future<UpsertResult> f : results) {
                    outcomes.merge(f.get(60, TimeUnit.SECONDS).outcome(), 1, Integer::sum);
                }
                assertThat(outcomes.get(UpsertOutcome.CREATED)).as("round %d: %s", round, outcomes).isEqualTo(1);
                EqualityKey key = EqualityKey.of("https://example.edu/issuers/565049", "http://example.edu/credentials/" + id);
                assertThat(store.find(owner, key).orElseThrow().validFrom())
                        .as("the newest of the concurrent ones is kept")
                        .contains(Instant.parse(String.format("2010-01-%02dT00:00:00Z", threads)));
            }
        } finally {
            pool.shutdownNow();
        }
        List<StoredCredential> all = store.list(owner, CredentialQuery.of(100, 0)).credentials();
        assertThat(all).hasSize(rounds);
        assertThat(all.stream().map(StoredCredential::key).collect(Collectors.toSet())).hasSize(rounds);
    }

    @Test
    void theSchemaIsLaurelsOwnBesideAnApplicationsTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = connect(); ResultSet rs = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        assertThat(tables).contains("laurel_schema_history", "laurel_credentials", "laurel_profiles",
                "laurel_users", "laurel_clients", "laurel_authorization_codes", "laurel_tokens");
        assertThat(tables).noneMatch(t -> t.equals("flyway_schema_history"));
    }
}
