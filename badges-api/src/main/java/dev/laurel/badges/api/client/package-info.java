/**
 * The client of the OB 3.0 API: what an LMS (or any issuer) uses to push credentials into a learner's
 * backpack and read them back. {@link dev.laurel.badges.api.client.Ob3ApiClient} is the front door: it
 * discovers a provider ({@link dev.laurel.badges.api.client.ApiProvider}), registers the application
 * ({@link dev.laurel.badges.api.client.ClientMetadata} in, {@link dev.laurel.badges.api.client.ClientRegistration}
 * out), runs the authorization code grant with PKCE S256 for each learner ({@link
 * dev.laurel.badges.api.client.PendingAuthorization}) and gives a {@link
 * dev.laurel.badges.api.client.LearnerConnection} for the API's operations. Tokens live in a {@link
 * dev.laurel.badges.api.client.TokenStore}; every failure is an {@link
 * dev.laurel.badges.api.client.ApiClientException} with an {@link dev.laurel.badges.api.client.ApiClientCode}.
 *
 * <pre>{@code
 * Ob3ApiClient client = Ob3ApiClient.builder().build();
 * ApiProvider backpack = client.discover(URI.create("https://backpack.example"));
 * ClientRegistration reg = client.register(backpack, metadata);           // once per provider; keep it
 * PendingAuthorization p = client.startAuthorization(reg, "learner-42", Scopes.ALL, callback);
 * // the browser goes to p.authorizationUrl() and comes back to the callback URL
 * LearnerConnection learner = client.completeAuthorization(p, urlTheBrowserCameBackTo);
 * learner.upsertCredential(vcJwt);
 * CredentialsResponse all = learner.allCredentials();
 * }</pre>
 *
 * <p>OAuth 2.0 messages are written and read by the Nimbus OAuth 2.0 SDK; HTTP goes over {@code
 * java.net.http} with https only, no redirects, bounded bodies and deadlines. The wire values (service
 * description, Imsx_StatusInfo, credential pages, paging headers) are those of {@link
 * dev.laurel.badges.api.wire}.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#api">OB 3.0 API</a>
 */
package dev.laurel.badges.api.client;
