package dev.laurel.badges.verify.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FetchProxyTest {

    private static final URI CORP = URI.create("http://proxy.corp:3128");

    private static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void noneSendsNothingThroughAProxy() {
        FetchProxy none = FetchProxy.none();
        assertThat(none.isConfigured()).isFalse();
        assertThat(none.endpointFor(URI.create("https://example.org/"))).isEmpty();
        assertThat(FetchPolicy.defaults().proxy()).isEqualTo(none);
    }

    @Test
    void oneProxyServesBothSchemes() {
        FetchProxy p = FetchProxy.of(CORP);
        FetchProxy.Endpoint e = new FetchProxy.Endpoint("proxy.corp", 3128);
        assertThat(p.endpointFor(URI.create("https://example.org/a"))).contains(e);
        assertThat(p.endpointFor(URI.create("http://example.org/a"))).contains(e);
        assertThat(p.endpointFor(URI.create("ftp://example.org/a"))).isEmpty();
        assertThat(e).hasToString("proxy.corp:3128");
        assertThat(FetchProxy.of(URI.create("http://proxy.corp")).forHttp()).contains(new FetchProxy.Endpoint("proxy.corp", 80));
        assertThat(FetchProxy.of(URI.create("http://[fd00::1]:8080/")).forHttps().orElseThrow())
                .hasToString("[fd00::1]:8080");
    }

    @Test
    void aProxyUrlIsAnHttpUrlWithAHostAndNothingElse() {
        for (String bad : List.of("https://proxy.corp:3128", "socks5://proxy.corp:1080", "proxy.corp:3128",
                "http://user:pw@proxy.corp:3128", "http://proxy.corp:3128/path", "http://proxy.corp:3128/?q",
                "http:///x", "/relative")) {
            assertThatThrownBy(() -> FetchProxy.of(URI.create(bad))).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> FetchProxy.of(URI.create("http://user:s3cret@proxy.corp:3128")))
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> new FetchProxy.Endpoint("proxy.corp", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FetchProxy.Endpoint("proxy corp", 80)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonProxyPatternsMatchLikeTheJdks() {
        FetchProxy p = FetchProxy.of(CORP).withNonProxyHosts(List.of("*.corp.example", "intranet", "10.*", "[::1]",
                "*internal*"));
        assertThat(p.endpointFor(URI.create("https://wiki.corp.example/"))).isEmpty();
        assertThat(p.endpointFor(URI.create("https://WIKI.Corp.Example/"))).isEmpty();
        assertThat(p.endpointFor(URI.create("http://intranet/"))).isEmpty();
        assertThat(p.endpointFor(URI.create("http://10.1.2.3/"))).isEmpty();
        assertThat(p.endpointFor(URI.create("http://[::1]:8080/"))).isEmpty();
        assertThat(p.endpointFor(URI.create("http://my-internal-host.org/"))).isEmpty();
        assertThat(p.endpointFor(URI.create("https://corp.example.org/"))).isPresent();
        assertThat(p.endpointFor(URI.create("https://intranet.example.org/"))).isPresent();
        assertThat(FetchProxy.of(CORP).withNonProxyHosts(List.of("*")).endpointFor(URI.create("https://a.b/"))).isEmpty();
    }

    @Test
    void malformedNonProxyPatternsAreRefused() {
        for (String bad : List.of("", "a b", "a|b", "a,b", "a*b", "\u00e9.example", "a/b")) {
            assertThatThrownBy(() -> FetchProxy.of(CORP).withNonProxyHosts(List.of(bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theJvmPropertiesAreReadPerScheme() {
        FetchProxy p = FetchProxy.fromProperties(props("http.proxyHost", "plain.corp", "http.proxyPort", "8080",
                "https.proxyHost", "secure.corp", "http.nonProxyHosts", "*.corp|localhost"));
        assertThat(p.forHttp()).contains(new FetchProxy.Endpoint("plain.corp", 8080));
        assertThat(p.forHttps()).contains(new FetchProxy.Endpoint("secure.corp", 443));
        assertThat(p.nonProxyHosts()).containsExactly("*.corp", "localhost");
        assertThat(FetchProxy.fromProperties(props("https.proxyHost", "secure.corp")).forHttp()).isEmpty();
        assertThat(FetchProxy.fromProperties(props("http.proxyHost", "plain.corp")).forHttp())
                .contains(new FetchProxy.Endpoint("plain.corp", 80));
    }

    @Test
    void withoutNonProxyHostsTheJdkDefaultApplies() {
        FetchProxy p = FetchProxy.fromProperties(props("https.proxyHost", "secure.corp"));
        assertThat(p.nonProxyHosts()).isEqualTo(FetchProxy.JDK_DEFAULT_NON_PROXY_HOSTS);
    }

    @Test
    void noProxyHostPropertyMeansNoProxy() {
        assertThat(FetchProxy.fromProperties(props("http.proxyPort", "3128", "http.nonProxyHosts", "x")))
                .isEqualTo(FetchProxy.none());
        assertThat(FetchProxy.fromProperties(props("http.proxyHost", " "))).isEqualTo(FetchProxy.none());
    }

    @Test
    void malformedPropertiesNameTheProperty() {
        assertThatThrownBy(() -> FetchProxy.fromProperties(props("https.proxyHost", "p", "https.proxyPort", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https.proxyPort");
        assertThatThrownBy(() -> FetchProxy.fromProperties(props("http.proxyHost", "p", "http.proxyPort", "70000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http.proxyPort");
        assertThatThrownBy(() -> FetchProxy.fromProperties(props("http.proxyHost", "p", "http.nonProxyHosts", "a*b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http.nonProxyHosts");
    }

    @Test
    void credentialsAreNeverShown() {
        FetchProxy p = FetchProxy.of(CORP).withCredentials("alice", "s3cret");
        assertThat(p.toString()).contains("alice").contains("****").doesNotContain("s3cret");
        assertThat(p.credentials().orElseThrow().basicAuthorization()).isEqualTo("Basic YWxpY2U6czNjcmV0");
        assertThatThrownBy(() -> p.withCredentials("a:b", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withCredentials("alice", "line\r\nbreak")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("line");
    }

    @Test
    void patternListsSplitOnBarsAndCommas() {
        assertThat(FetchProxy.splitPatterns(" *.a | b,, c ")).containsExactly("*.a", "b", "c");
    }

    @Test
    void withersKeepTheOtherSettings() {
        FetchProxy p = FetchProxy.none().withNonProxyHosts(List.of("x")).withCredentials("u", "p")
                .withTunnelPlainHttp(true).withProxy(CORP);
        assertThat(p.nonProxyHosts()).containsExactly("x");
        assertThat(p.credentials()).map(FetchProxy.Credentials::user).isEqualTo(Optional.of("u"));
        assertThat(p.tunnelPlainHttp()).isTrue();
        assertThat(p.isConfigured()).isTrue();
    }
}
