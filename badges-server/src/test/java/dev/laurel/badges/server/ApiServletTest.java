package dev.laurel.badges.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.api.provider.ApiHandler;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.provider.servlet.ApiServlet;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ApiServlet} in a plain servlet container (Jetty, no {@link LaurelServer}), registered the way an
 * application would: under a context path and a prefix mapping.
 */
class ApiServletTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final ApiHandler ECHO = r -> ApiResponse.json(200, JSON.createObjectNode()
            .put("base", r.baseUri().toString()).put("path", r.path()).put("query", r.rawQuery())
            .put("header", r.header("X-Test").orElse("")).put("bodyBytes", r.body().length).toString())
            .withHeader("X-Multi", "a").withHeader("X-Multi", "b");

    private Server server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/app");
        context.addServlet(new ServletHolder(new ApiServlet(ECHO, 64)), "/badges/*");
        server.setHandler(context);
        server.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void theContextPathAndThePrefixMappingAreInTheBaseUri() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/app/badges/ims/ob/v3p0/credentials?limit=2&offset=0"))
                .header("X-Test", "yes").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode seen = JSON.readTree(response.body());
        assertThat(seen.get("base").asText()).isEqualTo("http://127.0.0.1:" + port + "/app/badges");
        assertThat(seen.get("path").asText()).isEqualTo("/ims/ob/v3p0/credentials");
        assertThat(seen.get("query").asText()).isEqualTo("limit=2&offset=0");
        assertThat(seen.get("header").asText()).isEqualTo("yes");
        assertThat(response.headers().allValues("X-Multi")).containsExactly("a", "b");
    }

    @Test
    void theBodyLimitIsTheServletsOwn() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/app/badges/x");
        assertThat(http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(new byte[64]))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(new byte[65]))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
    }

    @Test
    void http10WithoutHostUsesTheServersName() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /app/badges/p HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).matches("(?s)HTTP/1\\.[01] 200 .*").contains("\"path\":\"/p\"").contains("/app/badges\"");
        }
    }

    @Test
    void theConstructorChecksItsArguments() {
        assertThatThrownBy(() -> new ApiServlet(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ApiServlet(ECHO, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ApiServlet(ECHO).maxBodyBytes()).isEqualTo(ApiServlet.DEFAULT_MAX_BODY_BYTES);
    }
}
