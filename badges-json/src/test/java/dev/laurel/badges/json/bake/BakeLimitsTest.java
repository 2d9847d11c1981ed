package dev.laurel.badges.json.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BakeLimitsTest {

    @Test
    void theDefaultsAreTheDocumentedConstants() {
        BakeLimits d = BakeLimits.defaults();

        assertThat(d.maxImageBytes()).isEqualTo(BakeLimits.DEFAULT_MAX_IMAGE_BYTES).isEqualTo(32 << 20);
        assertThat(d.maxBadgeTextBytes()).isEqualTo(BakeLimits.DEFAULT_MAX_BADGE_TEXT_BYTES).isEqualTo(4 << 20);
        assertThat(d.maxInflatedBytes()).isEqualTo(BakeLimits.DEFAULT_MAX_INFLATED_BYTES).isEqualTo(4 << 20);
        assertThat(d.maxXmlDepth()).isEqualTo(BakeLimits.DEFAULT_MAX_XML_DEPTH);
        assertThat(Baker.standard().limits()).isEqualTo(d);
    }

    @Test
    void withersChangeOneLimit() {
        BakeLimits l = BakeLimits.defaults().withMaxImageBytes(10).withMaxBadgeTextBytes(20).withMaxInflatedBytes(30)
                .withMaxXmlDepth(40);

        assertThat(l).isEqualTo(new BakeLimits(10, 20, 30, 40));
        assertThat(Baker.withLimits(l).limits()).isEqualTo(l);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new BakeLimits(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxImageBytes");
        assertThatThrownBy(() -> BakeLimits.defaults().withMaxBadgeTextBytes(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBadgeTextBytes");
        assertThatThrownBy(() -> BakeLimits.defaults().withMaxInflatedBytes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInflatedBytes");
        assertThatThrownBy(() -> BakeLimits.defaults().withMaxXmlDepth(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxXmlDepth");
        assertThatThrownBy(() -> BakeLimits.defaults().withMaxImageBytes(Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Baker.withLimits(null)).isInstanceOf(NullPointerException.class).hasMessage("limits");
    }
}
