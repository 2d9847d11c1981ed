package dev.laurel.badges.core.taxonomy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialLevelProperties {

    private static Arbitrary<Optional<String>> details() {
        return Arbitraries.strings().alpha().ofMaxLength(12).optional();
    }

    @Provide
    Arbitrary<CredentialLevel.Formal> formal() {
        return Arbitraries.oneOf(
                Arbitraries.just(CredentialLevel.knowledge()),
                Arbitraries.just(CredentialLevel.skill()),
                Arbitraries.just(CredentialLevel.ability()),
                details().map(CredentialLevel.Certification::new));
    }

    @Provide
    Arbitrary<CredentialLevel.Informal> informal() {
        return Arbitraries.oneOf(
                details().map(CredentialLevel.Participation::new),
                details().map(CredentialLevel.Recognition::new));
    }

    @Provide
    Arbitrary<CredentialLevel> any() {
        return Arbitraries.oneOf(formal(), informal());
    }

    /** An id written with random case and surrounding white space. */
    @Provide
    Arbitrary<String> scrambledIds() {
        return Combinators.combine(Arbitraries.of(LevelKind.class), Arbitraries.longs(),
                        Arbitraries.of("", " ", "\t", "\n ", "\u2003"), Arbitraries.of("", " ", "\r\n"))
                .as((kind, caseBits, before, after) -> {
                    StringBuilder id = new StringBuilder(before);
                    String plain = kind.id();
                    for (int i = 0; i < plain.length(); i++) {
                        char c = plain.charAt(i);
                        id.append(((caseBits >> i) & 1) == 1 ? Character.toUpperCase(c) : c);
                    }
                    return id.append(after).toString();
                });
    }

    @Property
    void formalOrderIsReflexive(@ForAll("formal") CredentialLevel.Formal a) {
        assertThat(a.isAtLeast(a)).isTrue();
    }

    @Property
    void formalOrderIsTotal(@ForAll("formal") CredentialLevel.Formal a, @ForAll("formal") CredentialLevel.Formal b) {
        assertThat(a.isAtLeast(b) || b.isAtLeast(a)).isTrue();
    }

    @Property
    void formalOrderIsAntisymmetricUpToRank(@ForAll("formal") CredentialLevel.Formal a,
            @ForAll("formal") CredentialLevel.Formal b) {
        if (a.isAtLeast(b) && b.isAtLeast(a)) {
            assertThat(a.kind()).isEqualTo(b.kind());
            assertThat(a.rank()).isEqualTo(b.rank());
        }
    }

    @Property
    void formalOrderIsTransitive(@ForAll("formal") CredentialLevel.Formal a,
            @ForAll("formal") CredentialLevel.Formal b, @ForAll("formal") CredentialLevel.Formal c) {
        if (a.isAtLeast(b) && b.isAtLeast(c)) {
            assertThat(a.isAtLeast(c)).isTrue();
        }
    }

    @Property
    void isAtLeastFollowsRankOnTheLadder(@ForAll("formal") CredentialLevel.Formal a,
            @ForAll("formal") CredentialLevel.Formal b) {
        assertThat(a.isAtLeast(b)).isEqualTo(a.rank().orElseThrow() >= b.rank().orElseThrow());
    }

    @Property
    void compareToAgreesWithIsAtLeastAndIsAntisymmetric(@ForAll("formal") CredentialLevel.Formal a,
            @ForAll("formal") CredentialLevel.Formal b) {
        assertThat(a.compareTo(b) >= 0).isEqualTo(a.isAtLeast(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    @Property
    void formalAndInformalAreNeverComparableEitherWay(@ForAll("formal") CredentialLevel.Formal f,
            @ForAll("informal") CredentialLevel.Informal i) {
        assertThat(f.isAtLeast(i)).isFalse();
        assertThat(i.isAtLeast(f)).isFalse();
    }

    @Property
    void informalLevelsCompareOnlyWithTheirOwnKind(@ForAll("informal") CredentialLevel.Informal a,
            @ForAll("informal") CredentialLevel.Informal b) {
        assertThat(a.isAtLeast(b)).isEqualTo(a.kind() == b.kind());
    }

    @Property
    void requiresAssessmentExactlyWhenRanked(@ForAll("any") CredentialLevel level) {
        assertThat(level.requiresAssessment()).isEqualTo(level.rank().isPresent());
        assertThat(level.requiresAssessment()).isEqualTo(level instanceof CredentialLevel.Formal);
        level.rank().ifPresent(rank -> assertThat(rank).isBetween(1, 4));
    }

    @Property
    void idRoundTripsThroughParse(@ForAll("any") CredentialLevel level) {
        CredentialLevel parsed = CredentialLevel.parse(level.id());
        assertThat(parsed.kind()).isEqualTo(level.kind());
        assertThat(parsed.id()).isEqualTo(level.id());
        assertThat(parsed.rank()).isEqualTo(level.rank());
    }

    @Property
    void parseIgnoresCaseAndSurroundingWhiteSpace(@ForAll("scrambledIds") String written) {
        CredentialLevel parsed = CredentialLevel.parse(written);
        assertThat(parsed.id()).isEqualTo(written.strip().toLowerCase(Locale.ROOT));
    }

    /** Any string either names a level (ignoring case and white space) or is refused with an IAE. */
    @Property(tries = 2000)
    void parseAcceptsExactlyTheIds(@ForAll String written) {
        boolean known = Arrays.stream(LevelKind.values())
                .anyMatch(kind -> kind.id().equalsIgnoreCase(written.strip()));
        if (known) {
            assertThat(CredentialLevel.parse(written).id()).isEqualToIgnoringCase(written.strip());
        } else {
            assertThatThrownBy(() -> CredentialLevel.parse(written)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown credential level");
        }
    }

    /** An id with a character added, removed or changed inside it is not an id. */
    @Property
    void nearMissesAreRefused(@ForAll LevelKind kind, @ForAll("positions") int position,
            @ForAll("inner") char inserted) {
        String id = kind.id();
        int at = position % (id.length() + 1);
        String added = id.substring(0, at) + inserted + id.substring(at);
        assertThatThrownBy(() -> CredentialLevel.parse(added)).isInstanceOf(IllegalArgumentException.class);
        int cut = position % id.length();
        String removed = id.substring(0, cut) + id.substring(cut + 1);
        assertThatThrownBy(() -> CredentialLevel.parse(removed)).isInstanceOf(IllegalArgumentException.class);
        int inside = 1 + position % (id.length() - 1);
        String spaced = id.substring(0, inside) + ' ' + id.substring(inside);
        assertThatThrownBy(() -> CredentialLevel.parse(spaced)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<Character> inner() {
        return Arbitraries.chars().alpha().numeric().with('-', '_', '.');
    }
}
