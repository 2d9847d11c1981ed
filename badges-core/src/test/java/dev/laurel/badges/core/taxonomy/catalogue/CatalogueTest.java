package dev.laurel.badges.core.taxonomy.catalogue;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import dev.laurel.badges.core.taxonomy.pathway.InvalidPathwayException;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.Step;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueTest {

    private static final String VIZ = "https://example.org/c/visualisation";
    private static final String SQL = "https://example.org/c/sql";

    private static Achievement offered(String id, String name, String description, LevelKind level, List<String> tags,
            String issuer, String... competencies) {
        Achievement.Builder b = Badges.achievement(id, name).description(description).tag(tags)
                .creator(Profile.of(issuer, "Issuer")).level(CredentialLevel.of(level));
        for (String c : competencies) {
            b.addAlignment(Alignment.of("c", c));
        }
        return b.build();
    }

    private static final Achievement SQL_BASICS = offered("urn:a:sql", "SQL Basics", "Query relational data.",
            LevelKind.KNOWLEDGE, List.of("databases"), Badges.ISSUER, SQL);
    private static final Achievement SQL_PRO = offered("urn:a:sql-pro", "Advanced SQL", "Window functions and tuning.",
            LevelKind.SKILL, List.of("databases", "sql"), Badges.ISSUER, SQL);
    private static final Achievement VIZ_SKILL = offered("urn:a:viz", "Data Visualisation",
            "Charts that tell the truth about data.", LevelKind.SKILL, List.of("charts"), Badges.OTHER_ISSUER, VIZ);
    private static final Achievement VIZ_ABILITY = offered("urn:a:viz-capstone", "Visualisation Capstone",
            "A dashboard project.", LevelKind.ABILITY, List.of("dashboards"), Badges.ISSUER, VIZ);
    private static final Achievement MEETUP = offered("urn:a:meetup", "Data Meetup", "Attended the monthly meetup.",
            LevelKind.PARTICIPATION, List.of(), Badges.ISSUER);
    private static final Achievement ANALYST = offered("urn:a:analyst", "Certified Data Analyst",
            "The certification.", LevelKind.CERTIFICATION, List.of("data"), Badges.ISSUER);

    private static final Pathway PROGRAMME = Pathway.builder("analyst", "Data Analyst").goal("urn:a:analyst")
            .require("urn:a:sql")
            .competency("viz", CredentialLevel.skill(), VIZ)
            .anyOf("sql-more", 1, Step.achievement("urn:a:sql-pro"), Step.achievement("urn:a:not-offered"))
            .build();

    private static final Catalogue CATALOGUE = Catalogue.builder().add(SQL_BASICS).add(SQL_PRO).add(VIZ_SKILL)
            .add(VIZ_ABILITY).add(MEETUP).add(ANALYST).programme(PROGRAMME).build();

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.listing().id().orElse("?")).toList();
    }

    @Test
    void textSearchRanksNameOverTagsOverDescription() {
        // "data" (each +1 for matching every query word): analyst name 3 + tag 2; viz name 3 + description 1;
        // meetup name 3; SQL Basics description 1 + tag prefix "databases" 1; Advanced SQL tag prefix 1.
        List<SearchHit> hits = CATALOGUE.search(CatalogueQuery.all().text("data"));

        assertThat(ids(hits)).containsExactly("urn:a:analyst", "urn:a:viz", "urn:a:meetup", "urn:a:sql",
                "urn:a:sql-pro");
        assertThat(hits).extracting(SearchHit::score).containsExactly(6.0, 5.0, 4.0, 3.0, 2.0);
    }

    @Test
    void textSearchIsCaseInsensitiveWhateverTheLocale() {
        // Tests run in the Turkish locale, where "I".toLowerCase() is a dotless i. Both score 3 + 1: the tie
        // is broken by name.
        assertThat(ids(CATALOGUE.search(CatalogueQuery.all().text("VISUALISATION")))).containsExactly(
                "urn:a:viz", "urn:a:viz-capstone");
    }

    @Test
    void prefixesOfThreeLettersOrMoreMatchForLess() {
        List<SearchHit> hits = CATALOGUE.search(CatalogueQuery.all().text("dash"));

        assertThat(ids(hits)).containsExactly("urn:a:viz-capstone");
        assertThat(hits.get(0).score()).isEqualTo(1 + 0.5 + 1);
        assertThat(CATALOGUE.search(CatalogueQuery.all().text("da"))).isEmpty();
    }

    @Test
    void listingsMatchingEveryWordComeFirst() {
        assertThat(ids(CATALOGUE.search(CatalogueQuery.all().text("sql databases"))).get(0)).isEqualTo("urn:a:sql-pro");
    }

    @Test
    void noMatchingWordIsNoHit() {
        assertThat(CATALOGUE.search(CatalogueQuery.all().text("astronomy"))).isEmpty();
        assertThat(CATALOGUE.search(CatalogueQuery.all().text("  ,, "))).hasSize(6);
    }

    @Test
    void filtersCombine() {
        assertThat(ids(CATALOGUE.search(CatalogueQuery.all().level(LevelKind.SKILL))))
                .containsExactly("urn:a:sql-pro", "urn:a:viz");
        assertThat(ids(CATALOGUE.search(CatalogueQuery.all().minimumLevel(CredentialLevel.ability()))))
                .containsExactly("urn:a:analyst", "urn:a:viz-capstone");
        assertThat(ids(CATALOGUE.search(CatalogueQuery.all().issuer(Badges.OTHER_ISSUER))))
                .containsExactly("urn:a:viz");
        assertThat(ids(CATALOGUE.search(CatalogueQuery.all().competency(VIZ).minimumLevel(CredentialLevel.skill())
                .text("capstone")))).containsExactly("urn:a:viz-capstone");
    }

    @Test
    void limitCutsTheList() {
        assertThat(CATALOGUE.search(CatalogueQuery.all().limit(2))).hasSize(2);
        assertThatThrownBy(() -> CatalogueQuery.all().limit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void earnNextSuggestsWhatMeetsEachMissingStep() {
        Backpack pack = Badges.verified(List.of(
                dev.laurel.badges.core.taxonomy.credential.Credential.of(Badges.credential("urn:c:1", SQL_BASICS)),
                dev.laurel.badges.core.taxonomy.credential.Credential.of(Badges.credential("urn:c:2", VIZ_SKILL))));

        EarnNext next = CATALOGUE.earnNext("urn:a:analyst", pack).orElseThrow();

        assertThat(next.programme()).isEqualTo(PROGRAMME);
        assertThat(next.progress().doneCount()).isEqualTo(2);
        assertThat(next.suggestions()).extracting(s -> s.step().step().id())
                .containsExactly("urn:a:sql-pro", "urn:a:not-offered");
        assertThat(next.suggestions().get(0).achievements()).extracting(Listing::id)
                .containsExactly(Optional.of("urn:a:sql-pro"));
        assertThat(next.suggestions().get(1).achievements()).isEmpty();
    }

    @Test
    void competencyStepSuggestsListingsAtTheLevelNotYetHeld() {
        EarnNext next = CATALOGUE.earnNext("analyst", Backpack.empty()).orElseThrow();

        Suggestion viz = next.suggestions().get(1);
        assertThat(viz.step().step().id()).isEqualTo("viz");
        assertThat(viz.achievements()).extracting(Listing::id)
                .containsExactly(Optional.of("urn:a:viz"), Optional.of("urn:a:viz-capstone"));
    }

    @Test
    void heldButExpiredAchievementIsSuggestedAgainAtALaterInstant() {
        Instant expiry = Instant.parse("2025-01-01T00:00:00Z");
        Backpack pack = Backpack.empty().with(dev.laurel.badges.core.taxonomy.credential.Credential.of(
                Badges.credential("urn:c:1", VIZ_ABILITY, Profile.of(Badges.ISSUER, "I"), Badges.ISSUED,
                        Optional.of(expiry))), Visibility.PRIVATE, VerificationStatus.verified(Badges.ISSUED));

        assertThat(CATALOGUE.earnNext("analyst", pack).orElseThrow().progress().steps().get(1).isDone()).isTrue();
        EarnNext later = CATALOGUE.earnNext("analyst", pack, expiry.plusSeconds(1)).orElseThrow();
        assertThat(later.suggestions().get(1).achievements()).extracting(Listing::id)
                .contains(Optional.of("urn:a:viz-capstone"));
    }

    @Test
    void earnNextCountsOnlyVerifiedCredentialsAndListsTheIgnored() {
        Backpack pack = Backpack.empty().with(dev.laurel.badges.core.taxonomy.credential.Credential.of(
                Badges.credential("urn:c:1", SQL_BASICS)), Visibility.PRIVATE, VerificationStatus.UNKNOWN);

        EarnNext next = CATALOGUE.earnNext("urn:a:analyst", pack).orElseThrow();

        assertThat(next.progress().doneCount()).isZero();
        assertThat(next.progress().ignored()).extracting(u -> u.id().orElseThrow()).containsExactly("urn:c:1");
    }

    @Test
    void completeProgrammeSuggestsNothing() {
        Backpack pack = Badges.verified(List.of(
                dev.laurel.badges.core.taxonomy.credential.Credential.of(Badges.credential("urn:c:9", ANALYST))));

        assertThat(CATALOGUE.earnNext("analyst", pack).orElseThrow().suggestions()).isEmpty();
    }

    @Test
    void unknownGoalHasNoAnswer() {
        assertThat(CATALOGUE.earnNext("urn:a:unknown", Backpack.empty())).isEmpty();
    }

    @Test
    void listingsAreClassifiedAndFoundById() {
        assertThat(CATALOGUE.listing("urn:a:meetup").orElseThrow().kind()).contains(LevelKind.PARTICIPATION);
        assertThat(CATALOGUE.listings()).hasSize(6);
        assertThat(CATALOGUE.programmes().get("analyst")).contains(PROGRAMME);
    }

    @Test
    void ob2BadgeClassesAreListedToo() {
        Catalogue c = Catalogue.builder().add(Badges.badgeClass("https://example.org/b/1", "Robot Builder",
                "Build a robot.", "Build it.", "robots")).build();

        assertThat(ids(c.search(CatalogueQuery.all().text("robot")))).containsExactly("https://example.org/b/1");
    }

    @Test
    void duplicateAchievementIdsAreRefused() {
        assertThatThrownBy(() -> Catalogue.builder().add(SQL_BASICS).add(SQL_BASICS).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("urn:a:sql");
    }

    @Test
    void invalidProgrammesAreRefused() {
        Pathway broken = Pathway.builder("broken", "Broken").subPathway("broken").build();

        assertThatThrownBy(() -> Catalogue.builder().programme(broken).build())
                .isInstanceOf(InvalidPathwayException.class);
    }
}
