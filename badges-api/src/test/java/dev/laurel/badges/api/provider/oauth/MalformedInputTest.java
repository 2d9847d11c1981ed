package dev.laurel.badges.api.provider.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.provider.ProviderPaths;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input never throws out of {@code handle()} and never gets a 5xx or a stack trace. */
class MalformedInputTest {

    final OAuthFixture f = new OAuthFixture();
    final OAuthFixture.Client client = f.registerClient();

    private static final List<String> PATHS = List.of(ProviderPaths.REGISTRATION, ProviderPaths.AUTHORIZE,
            ProviderPaths.TOKEN, ProviderPaths.REVOKE);
    private static final List<String> TYPES = List.of("application/json", "application/x-www-form-urlencoded",
            "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded; charset=ISO-8859-1",
            ";;;");

    private void assertClientError(ApiResponse r, String what) {
        assertThat(r.status()).as(what + " -> " + r.bodyText()).isBetween(400, 499);
        assertThat(r.bodyText()).as(what).doesNotContain("Exception", "\tat ");
    }

    @Test
    void randomBodiesTypesAndMethodsGet4xx() {
        Random random = new Random(17);
        String[] fragments = {"grant_type=", "authorization_code", "refresh_token", "code=", "&", "=", "%", "%zz",
                "redirect_uri=", "client_id=" + client.id(), "code_verifier=", "{", "}", "\"", "token=", "\u0000",
                "é", "+", "scope=", "[", "]", ":", "\"redirect_uris\":", "null", "1e999", "response_type=code"};
        for (int i = 0; i < 600; i++) {
            StringBuilder body = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                body.append(fragments[random.nextInt(fragments.length)]);
            }
            String path = PATHS.get(random.nextInt(PATHS.size()));
            String method = List.of("POST", "GET", "PUT", "DELETE", "PATCH").get(random.nextInt(5));
            ApiRequest r = ApiRequest.of(method, OAuthFixture.BASE, path + (random.nextBoolean() ? "?" + body : ""))
                    .withBody(TYPES.get(random.nextInt(TYPES.size())), body.toString().getBytes(StandardCharsets.UTF_8));
            if (random.nextBoolean()) {
                r = r.withHeader("Authorization", random.nextBoolean() ? "Basic " + body : client.basic());
            }
            ApiResponse response = f.server.handle(r);
            assertClientError(response, r + " " + body);
        }
    }

    @Test
    void oddRequestsGet4xx() {
        byte[] notUtf8 = {(byte) 0xff, (byte) 0xfe, 'a', '=', (byte) 0xc3};
        for (String path : PATHS) {
            assertClientError(f.server.handle(ApiRequest.of("POST", OAuthFixture.BASE, path)
                    .withBody("application/x-www-form-urlencoded", notUtf8)), path + " not UTF-8");
            assertClientError(f.server.handle(ApiRequest.of("POST", OAuthFixture.BASE, path)), path + " empty");
            assertClientError(f.server.handle(new ApiRequest("BREW", OAuthFixture.BASE, path, "", Map.of(),
                    new byte[0], "")), path + " BREW");
            assertClientError(f.server.handle(ApiRequest.of("POST", OAuthFixture.BASE, path)
                    .withHeader("Authorization", "Basic !!!not-base64")
                    .withBody("application/x-www-form-urlencoded", "grant_type=refresh_token&refresh_token=x&token=y"
                            .getBytes(StandardCharsets.UTF_8))), path + " bad Basic");
        }
        assertClientError(f.server.handle(ApiRequest.of("GET", URI.create("https://backpack.example"),
                ProviderPaths.AUTHORIZE + "?client_id=" + client.id() + "&client_id=x")), "repeated client_id");
        assertThat(f.server.handle(ApiRequest.of("GET", OAuthFixture.BASE, "/oauth/other")).status()).isEqualTo(404);
    }
}
