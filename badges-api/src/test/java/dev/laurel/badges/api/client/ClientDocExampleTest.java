package dev.laurel.badges.api.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.api.wire.CredentialsResponse;
import dev.laurel.badges.api.wire.Scopes;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The LMS flow of docs/API.md "The client (the LMS side)", step by step, against the scripted provider (the
 * only differences: the provider's loopback base URL, {@code allowLoopbackHttp}, and a test browser in place
 * of the learner's). The end-to-end run against the real {@code laurel serve} comes with the server.
 */
class ClientDocExampleTest {

    @Test
    void theDocumentedFlowRuns() throws Exception {
        try (ScriptedBackpack scripted = new ScriptedBackpack()) {
            TokenStore tokenStore = new InMemoryTokenStore();
            String signedVcJwt = Ob3ApiClientTest.JWS;
            String profileJson = "{\"id\":\"https://lms.example/learners/42\",\"type\":\"Profile\",\"name\":\"Ada\"}";

            Ob3ApiClient client = Ob3ApiClient.builder().tokenStore(tokenStore).allowLoopbackHttp(true).build();
            URI callback = URI.create("https://lms.example/oauth/callback");
            ApiProvider backpack = client.discover(scripted.http.base());
            ClientRegistration registration = client.register(backpack, ClientMetadata.builder()
                    .client("Example LMS", URI.create("https://lms.example/"))
                    .pages(URI.create("https://lms.example/logo.png"), URI.create("https://lms.example/terms"),
                            URI.create("https://lms.example/privacy"))
                    .software("c88b6ed8-269e-448e-99be-7e2ff47167d1", "4.2.0")
                    .redirectUri(callback).scopes(Scopes.ALL).build())
                    .withRevocationUrl(URI.create(scripted.http.base() + "/oauth/revoke"));

            PendingAuthorization pending = client.startAuthorization(registration, "learner-42",
                    List.of(Scopes.CREDENTIAL_UPSERT, Scopes.CREDENTIAL_READONLY, Scopes.PROFILE_UPDATE), callback);
            URI callbackUrl = Ob3ApiClientTest.browse(pending.authorizationUrl());
            client.completeAuthorization(pending, callbackUrl);

            LearnerConnection learner = client.connect(registration, "learner-42");
            UpsertResponse r = learner.upsertCredential(signedVcJwt);
            learner.putProfile(profileJson);
            CredentialsResponse all = learner.allCredentials();
            boolean revoked = learner.revoke();

            assertThat(r.outcome()).isEqualTo(UpsertResponse.Outcome.CREATED);
            assertThat(all.compactJwsString()).containsExactly(signedVcJwt);
            assertThat(scripted.profile).isEqualTo(profileJson);
            assertThat(revoked).isTrue();
            assertThat(tokenStore.load(learner.tokenKey())).isEmpty();
        }
    }
}
