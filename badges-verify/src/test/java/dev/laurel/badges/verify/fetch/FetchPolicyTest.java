package dev.laurel.badges.verify.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchPolicyTest {

    @Test
    void defaultsAreTheDocumentedConstants() {
        FetchPolicy p = FetchPolicy.defaults();
        assertThat(p.httpsOnly()).isFalse();
        assertThat(p.allowLoopback()).isFalse();
        assertThat(p.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.totalTimeout()).isEqualTo(FetchPolicy.DEFAULT_TOTAL_TIMEOUT);
        assertThat(p.maxBodyBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(p.maxRedirects()).isEqualTo(5);
        assertThat(p.defaultAccept()).isEqualTo("application/ld+json, application/json");
        assertThat(p.proxy()).isEqualTo(FetchProxy.none());
        assertThat(p.maxIdleConnections()).isEqualTo(FetchPolicy.DEFAULT_MAX_IDLE_CONNECTIONS);
        assertThat(p.idleConnectionTimeout()).isEqualTo(FetchPolicy.DEFAULT_IDLE_CONNECTION_TIMEOUT);
    }

    @Test
    void theNineValueConstructorStillBuildsADirectPolicy() {
        FetchPolicy p = new FetchPolicy(true, false, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3),
                10, 1, "a/b", "ua");
        assertThat(p.proxy()).isEqualTo(FetchProxy.none());
        assertThat(p.maxIdleConnections()).isEqualTo(FetchPolicy.DEFAULT_MAX_IDLE_CONNECTIONS);
    }

    @Test
    void proxySettersComposeInAnyOrder() {
        FetchPolicy a = FetchPolicy.builder().nonProxyHosts("*.corp").proxyCredentials("u", "p")
                .proxy(java.net.URI.create("http://proxy.corp:3128")).build();
        FetchPolicy b = FetchPolicy.builder().proxy(java.net.URI.create("http://proxy.corp:3128"))
                .proxyCredentials("u", "p").nonProxyHosts("*.corp").build();
        assertThat(a).isEqualTo(b);
        assertThat(a.proxy().nonProxyHosts()).containsExactly("*.corp");
        assertThat(a.toBuilder().build()).isEqualTo(a);
        assertThat(a.toString()).doesNotContain("password=p");
    }

    @Test
    void toBuilderRoundTrips() {
        FetchPolicy p = FetchPolicy.builder().httpsOnly(true).maxRedirects(2).maxBodyBytes(10)
                .totalTimeout(Duration.ofSeconds(3)).userAgent("x").build();
        assertThat(p.toBuilder().build()).isEqualTo(p);
        assertThat(p).isNotEqualTo(FetchPolicy.defaults());
    }

    @Test
    void settersRejectBadValuesAtOnce() {
        FetchPolicy.Builder b = FetchPolicy.builder();
        assertThatThrownBy(() -> b.connectTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> b.readTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.maxBodyBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.maxRedirects(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.maxRedirects(21)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.userAgent("a\r\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.defaultAccept(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.totalTimeout(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.maxIdleConnections(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.maxIdleConnections(257)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.idleConnectionTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.proxy(java.net.URI.create("https://proxy.corp"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.proxy((FetchProxy) null)).isInstanceOf(NullPointerException.class);
    }
}
