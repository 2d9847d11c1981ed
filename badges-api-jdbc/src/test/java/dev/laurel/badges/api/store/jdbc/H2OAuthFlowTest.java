package dev.laurel.badges.api.store.jdbc;

import dev.laurel.badges.api.store.AuthorizationStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The OAuth flow through a restart on the embedded H2 store. */
class H2OAuthFlowTest extends OAuthFlowOnJdbcContract {

    @TempDir
    Path dir;

    @Override
    AuthorizationStore open() {
        return JdbcAuthorizationStore.h2(dir);
    }
}
