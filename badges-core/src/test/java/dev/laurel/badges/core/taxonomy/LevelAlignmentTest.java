package dev.laurel.badges.core.taxonomy;

import dev.laurel.badges.core.constraint.IriValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LevelAlignmentTest {

    @ParameterizedTest
    @EnumSource(LevelKind.class)
    void targetUrlIsTheLevelsCaseItemAndReadsBack(LevelKind kind) {
        String url = LevelAlignment.targetUrl(kind);
        assertThat(url).startsWith("https://laurel.dev/ims/case/v1p0/CFItems/");
        assertThat(IriValidator.isIri(url)).isTrue();
        assertThat(LevelAlignment.levelOfUrl(url)).contains(kind);
        assertThat(LevelAlignment.levelOfUrl(LevelAlignment.legacyTargetUrl(kind))).contains(kind);
        assertThat(LevelAlignment.levelOfUrl(url + "#eventKind")).isEmpty();
        assertThat(LevelAlignment.isFrameworkUrl(url + "#eventKind")).isTrue();
        assertThat(LevelAlignment.levelOfUrl("https://example.org/CFItems/not-a-level")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LevelKind.class)
    void targetNameIsTheCapitalisedId(LevelKind kind) {
        String name = LevelAlignment.targetName(kind);
        assertThat(name.toLowerCase(Locale.ROOT)).isEqualTo(kind.id());
        assertThat(Character.isUpperCase(name.charAt(0))).isTrue();
    }

    @Test
    void nullKindIsRejectedWithItsName() {
        assertThatThrownBy(() -> LevelAlignment.targetUrl(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("kind");
        assertThatThrownBy(() -> LevelAlignment.targetName(null)).hasMessage("kind");
        assertThatThrownBy(() -> LevelAlignment.achievementType(null)).hasMessage("kind");
    }

    @Test
    void targetUrlsAreDistinct() {
        assertThat(Arrays.stream(LevelKind.values()).map(LevelAlignment::targetUrl)).doesNotHaveDuplicates();
    }

    /** The OB 3.0 achievementType each level maps to, as documented in LevelAlignment. */
    @Test
    void achievementTypesAreTheDocumentedOb3Terms() {
        Map<LevelKind, String> expected = Map.of(
                LevelKind.KNOWLEDGE, "Assessment",
                LevelKind.SKILL, "Competency",
                LevelKind.ABILITY, "Competency",
                LevelKind.CERTIFICATION, "Certification",
                LevelKind.PARTICIPATION, "CertificateOfCompletion",
                LevelKind.RECOGNITION, "Award");
        for (LevelKind kind : LevelKind.values()) {
            assertThat(LevelAlignment.achievementType(kind)).as(kind.id()).isEqualTo(expected.get(kind));
        }
    }
}
