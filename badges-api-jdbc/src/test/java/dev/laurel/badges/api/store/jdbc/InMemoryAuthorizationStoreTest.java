package dev.laurel.badges.api.store.jdbc;

import dev.laurel.badges.api.store.AuthorizationStore;
import dev.laurel.badges.api.store.InMemoryAuthorizationStore;

/** The authorization store contract on {@link InMemoryAuthorizationStore}, the store the server's tests use. */
class InMemoryAuthorizationStoreTest extends AuthorizationStoreContract {

    @Override
    AuthorizationStore open() {
        return new InMemoryAuthorizationStore();
    }
}
