package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The builders of the large records: defaults, argument checks, required properties, round trips. */
class BuilderTest {

    @Test
    void buildersDefaultTheRequiredTypes() {
        assertThat(Achievement.builder().id("urn:a").name("n").description("d").criteria(Criteria.ofId("urn:c"))
                .build().type()).containsExactly("Achievement");
        assertThat(Profile.builder().id("urn:p").build().type()).containsExactly("Profile");
        assertThat(ResultDescription.builder().id("urn:r").name("n").resultType(ResultType.PERCENT).build().type())
                .containsExactly("ResultDescription");
        assertThat(Ob3Fixtures.subject().type()).containsExactly("AchievementSubject");
        assertThat(Ob3Fixtures.minimal().type()).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(Ob3Fixtures.endorsement("urn:e", "urn:x").type())
                .containsExactly("VerifiableCredential", "EndorsementCredential");
    }

    @Test
    void credentialBuildersDefaultTheContexts() {
        List<JsonValue> expected = List.of(JsonValue.of("https://www.w3.org/ns/credentials/v2"),
                JsonValue.of("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        assertThat(Ob3Fixtures.minimal().context()).isEqualTo(expected);
        assertThat(Ob3Fixtures.endorsement("urn:e", "urn:x").context()).isEqualTo(expected);
        assertThat(Ob3Fixtures.credential().context()).hasSize(3)
                .endsWith(JsonValue.of("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"));
    }

    @Test
    void achievementBuildNamesEveryMissingProperty() {
        Achievement.Builder b = Achievement.builder();
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("Achievement is missing required properties: id, criteria, description, name");
        b.id("urn:a");
        assertThatThrownBy(b::build)
                .hasMessage("Achievement is missing required properties: criteria, description, name");
        b.name("n");
        assertThatThrownBy(b::build).hasMessage("Achievement is missing required properties: criteria, description");
        b.description("d");
        assertThatThrownBy(b::build).hasMessage("Achievement is missing required properties: criteria");
        b.criteria(Criteria.ofNarrative("do it"));
        assertThat(b.build().name()).contains("n");
        b.type(List.of());
        assertThatThrownBy(b::build).hasMessage("Achievement is missing required properties: type");
    }

    @Test
    void otherBuildersNameTheirMissingProperties() {
        assertThatThrownBy(() -> Profile.builder().build()).hasMessage("Profile is missing required properties: id");
        assertThatThrownBy(() -> ResultDescription.builder().id("urn:r").name("n").build())
                .hasMessage("ResultDescription is missing required properties: resultType");
        assertThatThrownBy(() -> AchievementSubject.builder().id("did:example:1").build())
                .hasMessage("AchievementSubject is missing required properties: achievement");
        assertThatThrownBy(() -> AchievementSubject.builder().achievement(Ob3Fixtures.achievement()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("AchievementSubject is missing required properties: id or identifier");
        assertThatThrownBy(() -> OpenBadgeCredential.builder().id("urn:c").issuer("https://example.org/i")
                .credentialSubject(Ob3Fixtures.subject()).build())
                .hasMessage("OpenBadgeCredential is missing required properties: validFrom");
        assertThatThrownBy(() -> OpenBadgeCredential.builder().id("urn:c").validFrom(Instant.EPOCH)
                .credentialSubject(Ob3Fixtures.subject()).build())
                .hasMessage("OpenBadgeCredential is missing required properties: issuer");
        EndorsementCredential.Builder e = EndorsementCredential.builder().id("urn:e").issuer("https://example.org/i")
                .validFrom(Instant.EPOCH).credentialSubject(EndorsementSubject.of("urn:x", "good"));
        assertThatThrownBy(e::build).hasMessage("EndorsementCredential is missing required properties: name");
    }

    @Test
    void vcdm11CredentialBuilderNeedsIssuanceDateInsteadOfValidFrom() {
        OpenBadgeCredential.Builder b = OpenBadgeCredential.builder()
                .context(List.of(JsonValue.of(Ob3Terms.VC_V1_CONTEXT), JsonValue.of(Ob3Terms.OB_CONTEXT)))
                .id("urn:c").issuer("https://example.org/i").credentialSubject(Ob3Fixtures.subject());
        assertThatThrownBy(b::build).hasMessage(
                "OpenBadgeCredential is missing required properties: issuanceDate (VC Data Model 1.1)");
        OpenBadgeCredential c = b.issuanceDate(Timestamp.parse("2020-01-01T00:00:00Z")).build();
        assertThat(c.isVcdm11()).isTrue();
        assertThat(c.validFrom()).isEmpty();
        assertThat(c.effectiveValidFrom()).isEqualTo(c.issuanceDate());
    }

    @Test
    void settersRejectNullNamingTheArgument() {
        assertThatThrownBy(() -> Achievement.builder().name(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> Achievement.builder().addAlignment(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("alignment");
        assertThatThrownBy(() -> Achievement.builder().alignment(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("alignment");
        assertThatThrownBy(() -> Achievement.builder().level(null)).hasMessage("level");
        assertThatThrownBy(() -> OpenBadgeCredential.builder().issuer((String) null)).hasMessage("iri");
        assertThatThrownBy(() -> OpenBadgeCredential.builder().validFrom((Instant) null)).hasMessage("validFrom");
        assertThatThrownBy(() -> Profile.builder().extension(null, JsonValue.of(1))).hasMessage("name");
        assertThatThrownBy(() -> Profile.builder().extension("x", null)).hasMessage("value");
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> Achievement.builder().tag(withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyFixtureSurvivesToBuilderAndBuild() {
        OpenBadgeCredential c = Ob3Fixtures.credential();
        assertThat(c.toBuilder().build()).isEqualTo(c);
        assertThat(Ob3Fixtures.achievement().toBuilder().build()).isEqualTo(Ob3Fixtures.achievement());
        assertThat(Ob3Fixtures.issuer().toBuilder().build()).isEqualTo(Ob3Fixtures.issuer());
        assertThat(Ob3Fixtures.subject().toBuilder().build()).isEqualTo(Ob3Fixtures.subject());
        EndorsementCredential e = Ob3Fixtures.endorsement("urn:e", "urn:x");
        assertThat(e.toBuilder().build()).isEqualTo(e);
        ResultDescription rd = Ob3Fixtures.achievement().resultDescription().get(1);
        assertThat(rd.toBuilder().build()).isEqualTo(rd);
    }

    @Test
    void builderDoesNotShareListsWithWhatItBuilt() {
        List<String> tags = new ArrayList<>(List.of("a"));
        Achievement.Builder b = Ob3Fixtures.achievement().toBuilder().tag(tags);
        tags.add("b");
        Achievement first = b.build();
        b.addTag("c");
        assertThat(first.tag()).containsExactly("a");
        assertThat(b.build().tag()).containsExactly("a", "c");
    }

    @Test
    void toBuilderLeavesTheOriginalUntouched() {
        Achievement original = Ob3Fixtures.achievement();
        Achievement changed = original.toBuilder().addTag("new").name("Other").build();
        assertThat(original.tag()).containsExactly("research", "computer science");
        assertThat(original.name()).contains("1EdTech University Degree");
        assertThat(changed.tag()).endsWith("new");
    }

    @Test
    void issuerSettersMakeTheRightKindOfRef() {
        OpenBadgeCredential byIri = Ob3Fixtures.minimal();
        assertThat(byIri.issuer()).containsInstanceOf(Ref.Iri.class);
        assertThat(byIri.issuer().flatMap(Ref::id)).contains("https://example.com/issuers/876543");
        OpenBadgeCredential embedded = Ob3Fixtures.credential();
        assertThat(embedded.issuer()).containsInstanceOf(Ref.Embedded.class);
        assertThat(embedded.issuer().flatMap(Ref::embedded)).contains(Ob3Fixtures.issuer());
        assertThat(embedded.issuer().flatMap(Ref::id)).contains(Ob3Fixtures.ISSUER_ID);
    }

    @Test
    void instantSettersWriteUtcWithZ() {
        OpenBadgeCredential c = Ob3Fixtures.minimal().toBuilder()
                .validUntil(Instant.parse("2030-06-01T12:00:00Z")).build();
        assertThat(c.validFrom().map(Timestamp::text)).contains("2010-01-01T00:00:00Z");
        assertThat(c.validUntil().map(Timestamp::text)).contains("2030-06-01T12:00:00Z");
    }

    @Test
    void extensionsAreKeptInOrderAndSurviveToBuilder() {
        OpenBadgeCredential c = Ob3Fixtures.minimal().toBuilder()
                .extension("https://example.org/ns#b", JsonValue.of(2))
                .extension("https://example.org/ns#a", JsonValue.of(1)).build();
        assertThat(c.extensions().properties().members().keySet())
                .containsExactly("https://example.org/ns#b", "https://example.org/ns#a");
        assertThat(c.toBuilder().build().extensions()).isEqualTo(c.extensions());
    }

    @Test
    void withProofReplacesOnlyTheProofs() {
        OpenBadgeCredential c = Ob3Fixtures.credential();
        Proof proof = Proof.dataIntegrity("eddsa-rdfc-2022", Timestamp.parse("2024-01-01T00:00:00Z"),
                "did:key:z6Mk#z6Mk", "assertionMethod").withProofValue("z58");
        OpenBadgeCredential signed = c.withProof(List.of(proof));
        assertThat(signed.proof()).containsExactly(proof);
        assertThat(signed.withProof(List.of())).isEqualTo(c);
        EndorsementCredential e = Ob3Fixtures.endorsement("urn:e", "urn:x");
        assertThat(e.withProof(List.of()).proof()).isEmpty();
        assertThat(e.withProof(List.of()).withProof(e.proof())).isEqualTo(e);
    }

    @Test
    void withProofWorksOnInvalidCredentials() {
        OpenBadgeCredential c = Ob3Fixtures.minimal();
        OpenBadgeCredential invalid = new OpenBadgeCredential(List.of(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                c.extensions());
        assertThat(invalid.withProof(List.of()).context()).isEmpty();
    }

    @Test
    void credentialShortcutsReadThroughTheSubject() {
        OpenBadgeCredential c = Ob3Fixtures.credential();
        assertThat(c.achievement()).contains(Ob3Fixtures.achievement());
        assertThat(c.isVcdm11()).isFalse();
        assertThat(c.effectiveValidUntil()).isEqualTo(c.validUntil());
    }
}
