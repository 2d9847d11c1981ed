package dev.laurel.badges.json.bake;

import dev.laurel.badges.json.BadgeVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BadgePayloadTest {

    private static final String JWS = TestImages.jws("{\"sub\":\"x\"}");

    @Test
    void factoriesSetVersionAndKind() {
        assertThat(BadgePayload.ob2Url("https://example.org/a")).extracting(BadgePayload::version, BadgePayload::kind)
                .containsExactly(BadgeVersion.V2_0, BadgePayload.Kind.URL);
        assertThat(BadgePayload.ob2Jws(JWS)).extracting(BadgePayload::version, BadgePayload::kind)
                .containsExactly(BadgeVersion.V2_0, BadgePayload.Kind.COMPACT_JWS);
        assertThat(BadgePayload.ob2Json("{}")).extracting(BadgePayload::version, BadgePayload::kind)
                .containsExactly(BadgeVersion.V2_0, BadgePayload.Kind.JSON);
        assertThat(BadgePayload.ob3Json(" {\"a\":1}\n")).extracting(BadgePayload::version, BadgePayload::kind)
                .containsExactly(BadgeVersion.V3_0, BadgePayload.Kind.JSON);
        assertThat(BadgePayload.ob3Jwt(JWS)).extracting(BadgePayload::version, BadgePayload::kind)
                .containsExactly(BadgeVersion.V3_0, BadgePayload.Kind.COMPACT_JWS);
    }

    @Test
    void ofTellsTheKindFromTheText() {
        assertThat(BadgePayload.of(BadgeVersion.V2_0, "http://example.org/x").kind()).isEqualTo(BadgePayload.Kind.URL);
        assertThat(BadgePayload.of(BadgeVersion.V3_0, JWS).kind()).isEqualTo(BadgePayload.Kind.COMPACT_JWS);
        assertThat(BadgePayload.of(BadgeVersion.V3_0, "{}").kind()).isEqualTo(BadgePayload.Kind.JSON);
        assertThatThrownBy(() -> BadgePayload.of(BadgeVersion.V2_0, "hello")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDottedNameIsNotAJws() {
        assertThatThrownBy(() -> BadgePayload.ob2Jws("badge.example.org")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> BadgePayload.ob2Jws("a.b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BadgePayload.ob2Jws(JWS + ".x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnsignedJwsStillHasTheCompactForm() {
        String unsigned = JWS.substring(0, JWS.lastIndexOf('.') + 1);

        assertThat(BadgePayload.ob2Jws(unsigned).kind()).isEqualTo(BadgePayload.Kind.COMPACT_JWS);
    }

    @Test
    void onlyHttpUrlsAreHostedUrls() {
        assertThatThrownBy(() -> BadgePayload.ob2Url("file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BadgePayload.ob2Url("/relative/path")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BadgePayload.ob2Url("https://")).isInstanceOf(IllegalArgumentException.class);
        assertThat(BadgePayload.ob2Url("HTTPS://Example.org/A").text()).isEqualTo("HTTPS://Example.org/A");
    }

    @Test
    void openBadges3HasNoHostedForm() {
        assertThatThrownBy(() -> new BadgePayload(BadgeVersion.V3_0, BadgePayload.Kind.URL, "https://example.org/c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.0");
    }

    @Test
    void theKindMustMatchTheText() {
        assertThatThrownBy(() -> BadgePayload.ob2Json("https://example.org/a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("URL");
        assertThatThrownBy(() -> BadgePayload.ob3Jwt("{}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void charactersXmlForbidsAreRefused() {
        assertThatThrownBy(() -> BadgePayload.ob2Json("{\u0001}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0001");
        assertThatThrownBy(() -> BadgePayload.ob2Json("{\uFFFE}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BadgePayload.ob2Json("{\uD800}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("surrogate");
        assertThat(BadgePayload.ob2Json("{\t\r\n\uD83C\uDFC5}").text()).hasSize(7);
    }

    @Test
    void nullsAndEmptyTextAreRefused() {
        assertThatThrownBy(() -> BadgePayload.ob2Json(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> new BadgePayload(null, BadgePayload.Kind.JSON, "{}")).isInstanceOf(NullPointerException.class)
                .hasMessage("version");
        assertThatThrownBy(() -> BadgePayload.ob2Json("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }
}
