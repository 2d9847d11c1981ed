/**
 * The OAuth 2.0 authorization server of the OB 3.0 API's provider: dynamic client registration (RFC 7591 and
 * the OB 3.0 registration rules), the authorization-code grant with PKCE S256 through a plain HTML login and
 * consent page, refresh-token rotation, revocation (RFC 7009), and the access-token check the resource
 * endpoints call. OAuth messages are read and written by the Nimbus OAuth 2.0 SDK; learner passwords are
 * argon2id hashes ({@link dev.laurel.badges.api.provider.oauth.Passwords}).
 *
 * <pre>{@code
 * AuthorizationStore store = JdbcAuthorizationStore.h2(dataDir);          // or new InMemoryAuthorizationStore()
 * store.addUser("alice", Passwords.hash(passwordChars));
 * AuthorizationServer oauth = AuthorizationServer.builder(store)
 *         .allowLoopbackHttp(true)                                       // development on 127.0.0.1
 *         .build();
 * ApiResponse response = oauth.handle(request);                         // /oauth/registration, authorize, token, revoke
 * Optional<AccessGrant> grant = oauth.validate(bearerToken);           // for the resource endpoints
 * }</pre>
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#api-security">OB 3.0, API security</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749">RFC 6749</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7636">RFC 7636</a>
 */
package dev.laurel.badges.api.provider.oauth;
