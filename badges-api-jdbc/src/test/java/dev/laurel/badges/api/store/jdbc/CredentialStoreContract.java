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
import dev.laurel.badges.core.taxonomy.backpack.Audience;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import java.sql.PreparedStatement;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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

    /**
     * Runs a test on an empty database (or schema) of the kind under test, made for it and dropped after, for
     * the migration tests that must start from an older schema version.
     */
    abstract void withEmptyDatabase(EmptyDatabaseTest test) throws Exception;

    /** A test given an empty database. */
    @FunctionalInterface
    interface EmptyDatabaseTest {
        void run(DataSource empty) throws Exception;
    }

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
                "laurel_users", "laurel_clients", "laurel_authorization_codes", "laurel_tokens",
                "laurel_chosen_pathways");
        assertThat(tables).noneMatch(t -> t.equals("flyway_schema_history"));
    }

    // ---- visibility, shared credentials, audiences, chosen pathways (issue 21) ----

    /** A credential id no other test (or earlier run on a shared database) uses. */
    private static String uniqueId() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    private StoredCredential upsertWithId(String who, String id, String validFrom) {
        return store.upsert(who, CredentialFormat.JSON, TestCredentials.json(id, "https://example.edu/issuers/565049",
                validFrom)).stored();
    }

    @Test
    void aNewEntryIsPrivate() {
        StoredCredential s = store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(1, null)).stored();
        assertThat(s.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(store.find(owner, s.key()).orElseThrow().visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(store.list(owner, CredentialQuery.of(10, 0)).credentials().get(0).visibility())
                .isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void visibilityIsSetWithoutTouchingUpdatedOrSequence() throws InterruptedException {
        StoredCredential s = store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(1, null)).stored();
        Thread.sleep(5); // a change of updated would show
        for (Visibility v : List.of(Visibility.LINK, Visibility.PUBLIC, Visibility.PRIVATE, Visibility.PUBLIC)) {
            StoredCredential changed = store.setVisibility(owner, s.key(), v).orElseThrow();
            assertThat(changed.visibility()).isEqualTo(v);
            assertThat(changed).isEqualTo(new StoredCredential(s.owner(), s.key(), s.format(), s.payload(),
                    s.validFrom(), s.created(), s.updated(), s.sequence(), v));
            assertThat(store.find(owner, s.key())).contains(changed);
        }
        assertThat(store.list(owner, CredentialQuery.of(10, 0)).credentials())
                .extracting(StoredCredential::visibility).containsExactly(Visibility.PUBLIC);
        store.close();
        try (CredentialStore reopened = open()) {
            assertThat(reopened.find(owner, s.key()).orElseThrow().visibility()).isEqualTo(Visibility.PUBLIC);
        }
    }

    @Test
    void visibilityOfAnEntryTheOwnerDoesNotHoldIsEmpty() {
        StoredCredential s = store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(1, null)).stored();
        String other = owner + "-other";
        assertThat(store.setVisibility(owner, EqualityKey.of("https://example.edu/issuers/565049", uniqueId()),
                Visibility.PUBLIC)).isEmpty();
        assertThat(store.setVisibility(other, s.key(), Visibility.PUBLIC)).as("another owner's entry").isEmpty();
        assertThat(store.find(owner, s.key()).orElseThrow().visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(store.list(other, CredentialQuery.of(10, 0)).total()).isZero();
        assertThatThrownBy(() -> store.setVisibility(owner, s.key(), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.setVisibility(" ", s.key(), Visibility.LINK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replacingACredentialKeepsItsVisibility() {
        String id = uniqueId();
        StoredCredential first = upsertWithId(owner, id, "2010-01-01T00:00:00Z");
        store.setVisibility(owner, first.key(), Visibility.LINK);
        UpsertResult newer = store.upsert(owner, CredentialFormat.JSON,
                TestCredentials.json(id, "https://example.edu/issuers/565049", "2011-01-01T00:00:00Z"));
        assertThat(newer.outcome()).isEqualTo(UpsertOutcome.UPDATED);
        assertThat(newer.stored().visibility()).isEqualTo(Visibility.LINK);
        UpsertResult older = store.upsert(owner, CredentialFormat.JSON,
                TestCredentials.json(id, "https://example.edu/issuers/565049", "2009-01-01T00:00:00Z"));
        assertThat(older.outcome()).isEqualTo(UpsertOutcome.KEPT_NEWER);
        assertThat(older.stored().visibility()).isEqualTo(Visibility.LINK);
        assertThat(store.find(owner, first.key()).orElseThrow().visibility()).isEqualTo(Visibility.LINK);
        assertThat(store.findShared(id).orElseThrow().validFrom()).contains(Instant.parse("2011-01-01T00:00:00Z"));
    }

    @Test
    void onlyALinkOrPublicCredentialIsFoundByItsId() {
        String id = uniqueId();
        StoredCredential s = upsertWithId(owner, id, null);
        assertThat(store.findShared(id)).as("private").isEmpty();
        store.setVisibility(owner, s.key(), Visibility.LINK);
        assertThat(store.findShared(id).orElseThrow().key()).isEqualTo(s.key());
        assertThat(store.findShared(id).orElseThrow().visibility()).isEqualTo(Visibility.LINK);
        store.setVisibility(owner, s.key(), Visibility.PUBLIC);
        assertThat(store.findShared(id).orElseThrow().owner()).isEqualTo(owner);
        store.setVisibility(owner, s.key(), Visibility.PRIVATE);
        assertThat(store.findShared(id)).as("private again").isEmpty();
        assertThat(store.findShared(uniqueId())).as("unknown id").isEmpty();
    }

    @Test
    void findSharedComparesNormalisedIds() {
        String uuid = UUID.randomUUID().toString();
        // Stored percent-encoded with white space; looked up in other spellings of the same id.
        StoredCredential s = upsertWithId(owner, " https://example.edu/credentials/%62adge-" + uuid + "\\t", null);
        assertThat(s.credentialId()).contains("https://example.edu/credentials/badge-" + uuid);
        store.setVisibility(owner, s.key(), Visibility.PUBLIC);
        for (String spelling : List.of("https://example.edu/credentials/badge-" + uuid,
                "  https://example.edu/credentials/badge-" + uuid + "\n",
                "https%3A%2F%2Fexample.edu%2Fcredentials%2Fbadge-" + uuid,
                "https://example.edu/credentials/%62%61dge-" + uuid + " ")) {
            assertThat(store.findShared(spelling)).as(spelling).map(StoredCredential::key).contains(s.key());
        }
        assertThat(store.findShared("https://example.edu/credentials/Badge-" + uuid)).as("case matters").isEmpty();
        assertThat(store.findShared("https://example.edu/credentials/badge-" + uuid + "/x")).isEmpty();
    }

    @Test
    void ofTwoOwnersSharingOneIdTheFirstStoredIsFound() {
        String id = uniqueId();
        String second = owner + "-second";
        StoredCredential a = upsertWithId(owner, id, null);
        StoredCredential b = upsertWithId(second, id, null);
        assertThat(b.sequence()).isGreaterThan(a.sequence());
        store.setVisibility(second, b.key(), Visibility.PUBLIC);
        assertThat(store.findShared(id).orElseThrow().owner()).as("the first owner's is private").isEqualTo(second);
        store.setVisibility(owner, a.key(), Visibility.LINK);
        assertThat(store.findShared(id).orElseThrow().owner()).isEqualTo(owner);
        // Replacing the first owner's entry keeps its place, so it stays the one found.
        store.upsert(owner, CredentialFormat.JSON, TestCredentials.json(id, "https://example.edu/issuers/565049",
                "2012-01-01T00:00:00Z"));
        assertThat(store.findShared(id).orElseThrow().owner()).isEqualTo(owner);
    }

    @Test
    void anAudienceSeesOnlyWhatItMayOnEveryPageAndInTheTotal() {
        List<Visibility> cycle = List.of(Visibility.PRIVATE, Visibility.LINK, Visibility.PUBLIC);
        List<String> publicIds = new ArrayList<>();
        List<String> sharedIds = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            StoredCredential s = store.upsert(owner, CredentialFormat.JSON,
                    TestCredentials.json(i, "201" + (i % 10) + "-01-01T00:00:00Z")).stored();
            Visibility v = cycle.get(i % 3);
            if (v != Visibility.PRIVATE) {
                store.setVisibility(owner, s.key(), v);
                sharedIds.add(s.credentialId().orElseThrow());
            }
            if (v == Visibility.PUBLIC) {
                publicIds.add(s.credentialId().orElseThrow());
            }
        }
        assertThat(pagedIds(CredentialQuery.of(3, 0).visibleTo(Audience.PUBLIC), 4)).containsExactlyElementsOf(publicIds);
        assertThat(pagedIds(CredentialQuery.of(3, 0).visibleTo(Audience.LINK_HOLDER), 9))
                .containsExactlyElementsOf(sharedIds);
        assertThat(pagedIds(CredentialQuery.of(3, 0), 14)).hasSize(14);
        assertThat(pagedIds(CredentialQuery.of(3, 0).visibleTo(Audience.OWNER), 14)).hasSize(14);
        // since and an audience together; the order of the two calls does not matter.
        Instant since = Instant.parse("2014-06-01T00:00:00Z");
        CredentialQuery q = CredentialQuery.of(10, 0).visibleTo(Audience.PUBLIC).since(since);
        assertThat(q).isEqualTo(CredentialQuery.of(10, 0).since(since).visibleTo(Audience.PUBLIC));
        // public: i = 2, 5, 8, 11 (years 2012, 2015, 2018, 2011): after mid-2014 only 5 and 8.
        assertThat(store.list(owner, q).credentials()).extracting(c -> c.credentialId().orElseThrow())
                .containsExactly("http://example.edu/credentials/5", "http://example.edu/credentials/8");
        assertThat(store.list(owner, q).total()).isEqualTo(2);
        assertThat(store.list(owner + "-other", CredentialQuery.of(10, 0).visibleTo(Audience.PUBLIC)).total()).isZero();
    }

    /** Reads every page of a query, checking each page's total and hasNext, and returns the ids in order. */
    private List<String> pagedIds(CredentialQuery first, long expectedTotal) {
        List<String> ids = new ArrayList<>();
        CredentialQuery q = first;
        while (true) {
            CredentialPage page = store.list(owner, q);
            assertThat(page.total()).isEqualTo(expectedTotal);
            assertThat(page.credentials()).allMatch(c -> c.visibility().isVisibleTo(first.audience()));
            page.credentials().forEach(c -> ids.add(c.credentialId().orElseThrow()));
            if (!page.hasNext()) {
                return ids;
            }
            q = new CredentialQuery(q.limit(), q.offset() + q.limit(), q.since(), q.audience());
        }
    }

    @Test
    void chosenPathwaysAreKeptInOrderAndReplaced() {
        assertThat(store.chosenPathways(owner)).isEmpty();
        Set<String> chosen = new LinkedHashSet<>(List.of("urn:pathway:web", "data-science", "a"));
        store.choosePathways(owner, chosen);
        assertThat(store.chosenPathways(owner)).containsExactly("urn:pathway:web", "data-science", "a");
        store.choosePathways(owner, Set.of("only-this"));
        assertThat(store.chosenPathways(owner)).containsExactly("only-this");
        assertThat(store.chosenPathways(owner + "-other")).as("owners are separate").isEmpty();
        store.close();
        try (CredentialStore reopened = open()) {
            assertThat(reopened.chosenPathways(owner)).containsExactly("only-this");
            reopened.choosePathways(owner, Set.of());
            assertThat(reopened.chosenPathways(owner)).isEmpty();
        }
    }

    @Test
    void chosenPathwaysHaveLimits() {
        Set<String> hundred = new LinkedHashSet<>();
        for (int i = 0; i < CredentialStore.MAX_CHOSEN_PATHWAYS - 1; i++) {
            hundred.add("pathway-" + i);
        }
        hundred.add("p".repeat(CredentialStore.MAX_PATHWAY_ID_LENGTH));
        store.choosePathways(owner, hundred);
        assertThat(store.chosenPathways(owner)).containsExactlyElementsOf(hundred);

        Set<String> tooMany = new LinkedHashSet<>(hundred);
        tooMany.add("one-more");
        assertThatThrownBy(() -> store.choosePathways(owner, tooMany)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.choosePathways(owner, Set.of("ok", " ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.choosePathways(owner, Set.of("")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.choosePathways(owner, Set.of("p".repeat(CredentialStore.MAX_PATHWAY_ID_LENGTH + 1))))
                .isInstanceOf(IllegalArgumentException.class);
        Set<String> withNull = new LinkedHashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> store.choosePathways(owner, withNull)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.choosePathways(owner, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.choosePathways("", Set.of("a"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.chosenPathways(owner)).as("a refused choice changes nothing").containsExactlyElementsOf(hundred);
    }

    @Test
    void aVersion1DatabaseWithCredentialsIsMigratedAndBackfilled() throws Exception {
        withEmptyDatabase(empty -> {
            Flyway.configure(JdbcCredentialStore.class.getClassLoader()).dataSource(empty)
                    .locations(JdbcSupport.MIGRATIONS).table(JdbcSupport.HISTORY_TABLE).target("1").load().migrate();
            String uuid = UUID.randomUUID().toString();
            EqualityKey withId = EqualityKey.of("https://example.edu/issuers/565049",
                    "https://example.edu/credentials/%6Fld-" + uuid);
            EqualityKey withoutId = EqualityKey.withoutId("https://example.edu/issuers/565049", "{}");
            // Rows as version 1 of Laurel wrote them (normalised ids), for two owners with the same id.
            try (Connection c = empty.getConnection()) {
                c.setAutoCommit(true);
                insertVersion1Row(c, owner, withId, 1);
                insertVersion1Row(c, owner + "-second", withId, 2);
                insertVersion1Row(c, owner, withoutId, 3);
            }
            try (CredentialStore migrated = JdbcCredentialStore.of(empty)) {
                List<StoredCredential> all = migrated.list(owner, CredentialQuery.of(10, 0)).credentials();
                assertThat(all).hasSize(2).allMatch(c -> c.visibility() == Visibility.PRIVATE);
                assertThat(migrated.findShared("https://example.edu/credentials/old-" + uuid)).as("still private").isEmpty();
                migrated.setVisibility(owner + "-second", withId, Visibility.PUBLIC);
                assertThat(migrated.findShared(" https://example.edu/credentials/old-" + uuid).orElseThrow().owner())
                        .isEqualTo(owner + "-second");
                migrated.setVisibility(owner, withId, Visibility.LINK);
                StoredCredential found = migrated.findShared("https://example.edu/credentials/%6fld-" + uuid).orElseThrow();
                assertThat(found.owner()).isEqualTo(owner);
                assertThat(found.payload()).isEqualTo("{\"row\": 1}");
                assertThat(found.updated()).as("the migration changes no entry's dates").isEqualTo(Instant.ofEpochMilli(1000));
                migrated.setVisibility(owner, withoutId, Visibility.PUBLIC);
                assertThat(migrated.list(owner, CredentialQuery.of(10, 0).visibleTo(Audience.PUBLIC)).credentials())
                        .extracting(StoredCredential::key).containsExactly(withoutId);
                migrated.choosePathways(owner, Set.of("p"));
                assertThat(migrated.chosenPathways(owner)).containsExactly("p");
            }
            try (Connection c = empty.getConnection();
                 PreparedStatement ps = c.prepareStatement(
                         "SELECT owner, credential_id_key FROM laurel_credentials ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                List<Optional<String>> keys = new ArrayList<>();
                while (rs.next()) {
                    keys.add(Optional.ofNullable(rs.getString(2)));
                }
                String expected = JdbcCredentialStore.credentialIdKey("https://example.edu/credentials/old-" + uuid);
                assertThat(keys).containsExactly(Optional.of(expected), Optional.of(expected), Optional.empty());
            }
        });
    }

    private static void insertVersion1Row(Connection c, String who, EqualityKey key, int n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO laurel_credentials (owner, equality_key, issuer_id,"
                + " credential_id, format, payload, valid_from, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, who);
            ps.setString(2, key.value());
            ps.setString(3, key.issuerId());
            JdbcSupport.setOptional(ps, 4, key.credentialId().orElse(null));
            ps.setString(5, "JSON");
            ps.setString(6, "{\"row\": " + n + "}");
            ps.setNull(7, java.sql.Types.BIGINT);
            ps.setLong(8, 1000L * n);
            ps.setLong(9, 1000L * n);
            ps.executeUpdate();
        }
    }
}
