package dev.laurel.badges.api.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.api.store.AuthorizationStore;
import dev.laurel.badges.api.store.CredentialFormat;
import dev.laurel.badges.api.store.CredentialQuery;
import dev.laurel.badges.api.store.StoredToken;
import dev.laurel.badges.api.store.TokenKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The authorization store contract on the embedded H2 file database, and H2 beside the credential store. */
class H2AuthorizationStoreTest extends AuthorizationStoreContract {

    @TempDir
    Path dir;

    @Override
    AuthorizationStore open() {
        return JdbcAuthorizationStore.h2(dir);
    }

    @Test
    void bothStoresAreOpenAtOnceOnOneFolderAndSurviveReopening() {
        String clientId;
        StoredToken t;
        try (JdbcCredentialStore credentials = JdbcCredentialStore.h2(dir);
             JdbcAuthorizationStore auth = JdbcAuthorizationStore.h2(dir)) {
            auth.addUser("carol-" + tag, "hash");
            credentials.upsert("carol-" + tag, CredentialFormat.JSON, TestCredentials.json(1, null));
            clientId = "client-" + tag;
            auth.addClient(client(clientId));
            t = token(clientId, TokenKind.ACCESS, hash(), T0.plusSeconds(60));
            auth.addToken(t);
            // Interleaved use of both pools on the one database.
            assertThat(credentials.list("carol-" + tag, CredentialQuery.of(10, 0)).total()).isEqualTo(1);
            assertThat(auth.user("carol-" + tag)).isPresent();
        }
        try (JdbcAuthorizationStore auth = JdbcAuthorizationStore.h2(dir);
             JdbcCredentialStore credentials = JdbcCredentialStore.h2(dir)) {
            assertThat(auth.user("carol-" + tag)).isPresent();
            assertThat(auth.client(clientId)).isPresent();
            assertThat(auth.token(t.tokenHash())).contains(t);
            assertThat(credentials.list("carol-" + tag, CredentialQuery.of(10, 0)).total()).isEqualTo(1);
        }
    }

    @Test
    void closingOneStoreLeavesTheOtherWorking() {
        JdbcCredentialStore credentials = JdbcCredentialStore.h2(dir);
        try (JdbcAuthorizationStore auth = JdbcAuthorizationStore.h2(dir)) {
            credentials.close();
            auth.addUser("dave-" + tag, "hash");
            assertThat(auth.user("dave-" + tag)).isPresent();
        }
    }
}
