package dev.laurel.badges.core.taxonomy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class LevelKindTest {

    /** The wire ids are a published contract (CLI --level, JSON Lines "level", alignment targetCode). */
    @Test
    void idsAreTheSixPublishedLowerCaseIds() {
        assertThat(Arrays.stream(LevelKind.values()).map(LevelKind::id))
                .containsExactly("knowledge", "skill", "ability", "certification", "participation", "recognition");
    }

    @ParameterizedTest
    @EnumSource(LevelKind.class)
    void fromIdFindsEveryKindInAnyCase(LevelKind kind) {
        assertThat(LevelKind.fromId(kind.id())).contains(kind);
        assertThat(LevelKind.fromId(kind.id().toUpperCase(Locale.ROOT))).contains(kind);
        assertThat(LevelKind.fromId("  " + kind.name() + " ")).contains(kind);
    }

    @Test
    void fromIdOfUnknownOrNullIsEmpty() {
        assertThat(LevelKind.fromId("expert")).isEmpty();
        assertThat(LevelKind.fromId("")).isEmpty();
        assertThat(LevelKind.fromId(null)).isEmpty();
        assertThat(LevelKind.fromId("know ledge")).isEmpty();
    }

    @Test
    void formalKindsAreExactlyTheRankedOnes() {
        List<LevelKind> formal = Arrays.stream(LevelKind.values()).filter(LevelKind::isFormal)
                .collect(Collectors.toList());
        assertThat(formal).containsExactly(LevelKind.KNOWLEDGE, LevelKind.SKILL, LevelKind.ABILITY,
                LevelKind.CERTIFICATION);
        assertThat(formal).extracting(LevelKind::rank)
                .containsExactly(Optional.of(1), Optional.of(2), Optional.of(3), Optional.of(4));
        assertThat(LevelKind.PARTICIPATION.rank()).isEmpty();
        assertThat(LevelKind.RECOGNITION.rank()).isEmpty();
        assertThat(LevelKind.RECOGNITION.isFormal()).isFalse();
    }
}
