package dev.laurel.badges.core.taxonomy.share;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.IdentityObject;
import dev.laurel.badges.core.model.ob2.VerificationObject;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShareLinksTest {

    private static final ShareLinks LINKS = ShareLinks.withBase("https://badges.example.org/c/");
    private static final String ID = "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002";

    private static BackpackEntry entry(Credential c, Visibility v) {
        return new BackpackEntry(c, Classifier.standard().classify(c), v, VerificationStatus.UNKNOWN);
    }

    private static Credential cloud(Optional<Instant> until) {
        Achievement a = Badges.achievement("urn:a:cloud", "Cloud Architect: Level 2 & Beyond")
                .level(CredentialLevel.certification()).build();
        return Credential.of(Badges.credential(ID, a, Profile.of(Badges.ISSUER, "Example Académie"),
                Instant.parse("2024-03-15T10:00:00Z"), until));
    }

    @Test
    void shareUrlIsTheBaseAndTheEncodedId() {
        URI url = LINKS.shareUrl(entry(cloud(Optional.empty()), Visibility.PUBLIC));

        assertThat(url.toString())
                .isEqualTo("https://badges.example.org/c/urn%3Auuid%3A91537dba-56cb-11ec-bf63-0242ac130002");
    }

    @Test
    void linkVisibilityIsShared() {
        assertThat(LINKS.shareUrl(entry(cloud(Optional.empty()), Visibility.LINK))).isNotNull();
    }

    @Test
    void privateCredentialIsRefused() {
        BackpackEntry hidden = entry(cloud(Optional.empty()), Visibility.PRIVATE);

        assertThatThrownBy(() -> LINKS.shareUrl(hidden)).isInstanceOfSatisfying(ShareException.class,
                e -> assertThat(e.code()).isEqualTo(ShareCode.PRIVATE_CREDENTIAL));
        assertThatThrownBy(() -> LINKS.linkedInAddToProfile(hidden)).isInstanceOfSatisfying(ShareException.class,
                e -> assertThat(e.code()).isEqualTo(ShareCode.PRIVATE_CREDENTIAL));
    }

    @Test
    void linkedInLinkCarriesEveryParameterEncoded() {
        URI url = LINKS.linkedInAddToProfile(entry(cloud(Optional.of(Instant.parse("2027-01-31T23:00:00Z"))),
                Visibility.PUBLIC));

        assertThat(url.toString()).isEqualTo("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
                + "&name=Cloud%20Architect%3A%20Level%202%20%26%20Beyond"
                + "&organizationName=Example%20Acad%C3%A9mie"
                + "&issueYear=2024&issueMonth=3"
                + "&expirationYear=2027&expirationMonth=1"
                + "&certUrl=https%3A%2F%2Fbadges.example.org%2Fc%2Furn%253Auuid%253A91537dba-56cb-11ec-bf63-0242ac130002"
                + "&certId=urn%3Auuid%3A91537dba-56cb-11ec-bf63-0242ac130002");
        assertThat(url.getQuery()).contains("name=Cloud Architect: Level 2 & Beyond");
    }

    @Test
    void configuredOrganizationIdReplacesTheName() {
        URI url = LINKS.withLinkedInOrganizations(Map.of(Badges.ISSUER, "1337"))
                .linkedInAddToProfile(entry(cloud(Optional.empty()), Visibility.LINK));

        assertThat(url.toString()).contains("&organizationId=1337&").doesNotContain("organizationName")
                .doesNotContain("expiration");
    }

    @Test
    void monthsAreReadInTheConfiguredZone() {
        URI url = LINKS.withZone(ZoneId.of("Pacific/Kiritimati")).linkedInAddToProfile(
                entry(cloud(Optional.of(Instant.parse("2027-01-31T23:00:00Z"))), Visibility.PUBLIC));

        assertThat(url.toString()).contains("&expirationYear=2027&expirationMonth=2");
    }

    @Test
    void ob2AssertionIsSharedToo() {
        Credential ob2 = Credential.of(Badges.assertion("https://example.org/assertions/1",
                Badges.badgeClass("https://example.org/b/1", "Robot Builder", "d", "n")));

        URI url = LINKS.linkedInAddToProfile(entry(ob2, Visibility.PUBLIC));

        assertThat(url.toString()).contains("name=Robot%20Builder").contains("organizationName=Example%20Issuer")
                .contains("certId=https%3A%2F%2Fexample.org%2Fassertions%2F1");
    }

    @Test
    void badgeWithoutANameCannotGoToLinkedIn() {
        Assertion byIri = Assertion.builder().id("https://example.org/assertions/1")
                .recipient(IdentityObject.plain("email", "x@example.org")).badge("https://example.org/b/1")
                .verification(VerificationObject.hosted()).issuedOn(Badges.ISSUED).build();

        assertThatThrownBy(() -> LINKS.linkedInAddToProfile(entry(Credential.of(byIri), Visibility.PUBLIC)))
                .isInstanceOfSatisfying(ShareException.class, e -> assertThat(e.code()).isEqualTo(ShareCode.NO_NAME));
        assertThat(LINKS.shareUrl(entry(Credential.of(byIri), Visibility.PUBLIC))).isNotNull();
    }

    @Test
    void issuerWithoutANameNeedsAnOrganizationId() {
        Achievement a = Badges.achievement("urn:a:1", "Named").build();
        Credential c = Credential.of(Badges.credential(ID, a).toBuilder().issuer(Badges.ISSUER).build());

        assertThatThrownBy(() -> LINKS.linkedInAddToProfile(entry(c, Visibility.PUBLIC)))
                .isInstanceOfSatisfying(ShareException.class,
                        e -> assertThat(e.code()).isEqualTo(ShareCode.NO_ORGANIZATION));
        assertThat(LINKS.withLinkedInOrganizations(Map.of(Badges.ISSUER, "42"))
                .linkedInAddToProfile(entry(c, Visibility.PUBLIC)).toString()).contains("organizationId=42");
    }

    @Test
    void idWithQueryAndFragmentCharactersCannotEscapeItsParameter() {
        Achievement a = Badges.achievement("urn:a:1", "Named").build();
        Credential c = Credential.of(Badges.credential("https://x.example/c?a=1&certUrl=https://evil.example#f", a));

        URI url = LINKS.linkedInAddToProfile(entry(c, Visibility.PUBLIC));

        assertThat(url.getRawQuery().split("&")).filteredOn(p -> p.startsWith("certUrl=")).hasSize(1);
        assertThat(url.getRawFragment()).isNull();
        assertThat(LINKS.shareUrl(entry(c, Visibility.PUBLIC)).getRawQuery()).isNull();
    }

    @Test
    void baseMustBeAnAbsoluteWebUrl() {
        assertThatThrownBy(() -> ShareLinks.withBase("badges.example.org/c/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShareLinks.withBase("javascript:alert(1)//"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShareLinks.withBase("https://exa mple.org/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ShareLinks.withBase("HTTPS://badges.example.org/share?id=").base())
                .isEqualTo("HTTPS://badges.example.org/share?id=");
    }
}
