/**
 * Laurel API: the Open Badges 3.0 API, framework-neutral. So far the credential store contract
 * ({@code dev.laurel.badges.api.store}); the client and the provider come with later parts of issue 17.
 */
module dev.laurel.badges.api {
    requires transitive dev.laurel.badges.json;

    exports dev.laurel.badges.api.store;
    exports dev.laurel.badges.api.wire;
}
