package dev.laurel.badges.api.store.jdbc;

import dev.laurel.badges.api.store.CredentialStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 file database ({@link JdbcCredentialStore#h2(Path)}). */
class H2CredentialStoreTest extends CredentialStoreContract {

    @TempDir
    Path dir;

    @Override
    CredentialStore open() {
        return JdbcCredentialStore.h2(dir);
    }
}
