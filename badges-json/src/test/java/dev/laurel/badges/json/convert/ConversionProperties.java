package dev.laurel.badges.json.convert;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.core.json.JsonObject;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.ob2.AlignmentObject;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob2.Criteria;
import dev.laurel.badges.core.model.ob2.Endorsement;
import dev.laurel.badges.core.model.ob2.EndorsementClaim;
import dev.laurel.badges.core.model.ob2.Evidence;
import dev.laurel.badges.core.model.ob2.IdentityObject;
import dev.laurel.badges.core.model.ob2.Image;
import dev.laurel.badges.core.model.ob2.Profile;
import dev.laurel.badges.core.model.ob2.VerificationObject;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeVersion;
import dev.laurel.badges.json.ValidationResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random OB 2.0 assertions built with the model's builders (embedded or referenced badge classes and
 * issuers, every recipient type, every date form, extensions with awkward names, some invalid values):
 * conversion never throws, accounts for every property, and a complete conversion validates.
 */
class ConversionProperties {

    /** An assertion and the documents a caller could supply for its references. */
    record Case(Assertion assertion, Map<String, Object> documents) {
        ReferenceResolver resolver() {
            return ReferenceResolver.of(documents);
        }
    }

    @Property(tries = 300)
    void toV3NeverThrowsAndAccountsForEveryProperty(@ForAll("cases") Case c) {
        ConversionResult<OpenBadgeCredential> result = Converter.standard().toV3(c.assertion(), c.resolver());

        Accounting.assertAccounted(Accounting.tree(c.assertion()), result);
    }

    @Property(tries = 300)
    void aCompleteConversionValidatesAgainstTheOfficialSchema(@ForAll("cases") Case c) {
        ConversionResult<OpenBadgeCredential> result = Converter.standard().toV3(c.assertion(), c.resolver());
        ValidationResult validation = validate(result.model());

        if (result.isComplete()) {
            assertThat(validation.errors()).as("report: %s", result.problems()).isEmpty();
        }
        Statistics.label("complete").collect(result.isComplete());
        Statistics.label("complete").coverage(coverage -> {
            coverage.check(true).percentage(p -> p >= 20);
            coverage.check(false).percentage(p -> p >= 20);
        });
    }

    @Property(tries = 200)
    void sameVersionConversionIsTheIdentity(@ForAll("cases") Case c) {
        String json = BadgeJson.standard().write(c.assertion());
        BadgeDocument doc = BadgeJson.standard().read(json);
        ConversionResult<Object> result = Converter.standard().convert(doc, BadgeVersion.V2_0);

        assertThat(result.problems()).isEmpty();
        assertThat(Accounting.tree(result.model())).isEqualTo(Accounting.tree(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 200)
    void theConvertedCredentialConvertsBackAccountingForEveryProperty(@ForAll("cases") Case c) {
        OpenBadgeCredential credential = Converter.standard().toV3(c.assertion(), c.resolver()).model();
        ConversionResult<Assertion> back = Converter.standard().toV2(credential);

        Accounting.assertAccounted(Accounting.tree(credential), back);
        if (back.isComplete()) {
            assertThat(validate(back.model()).errors()).as("report: %s", back.problems()).isEmpty();
        }
    }

    @Property(tries = 200)
    void theRecipientSurvivesTheRoundTrip(@ForAll("cases") Case c) {
        IdentityObject recipient = c.assertion().recipient().orElseThrow();
        ConversionResult<OpenBadgeCredential> there = Converter.standard().toV3(c.assertion(), c.resolver());
        if (there.problems().stream().anyMatch(p -> p.path().startsWith("/recipient") && p.isError())) {
            return;
        }
        JsonNode back = Accounting.tree(Converter.standard().toV2(there.model()).model()).path("recipient");

        assertThat(back.path("identity").asText()).isEqualTo(recipient.identity().orElseThrow());
        // The OB 2.0 type comes back in its short form: a schema.org IRI as its term, @id as id.
        String type = recipient.type().get(0).replace("http://schema.org/", "").replace("@id", "id");
        assertThat(back.path("type").asText()).isEqualTo(type);
    }

    private static ValidationResult validate(Object model) {
        return BadgeJson.standard().validate(BadgeJson.standard().write(model).getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ generators

    private static Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    }

    private static Arbitrary<String> iri() {
        return word().map(w -> "https://example.org/" + w);
    }

    /** Mostly IRIs, sometimes a urn:uuid, sometimes not an IRI at all. */
    private static Arbitrary<String> id() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, iri()),
                Tuple.of(2, Arbitraries.create(() -> "urn:uuid:" + java.util.UUID.randomUUID())),
                Tuple.of(1, Arbitraries.of("not an iri", "", "relative/path")));
    }

    /** Any text, including blanks and characters JSON must escape. */
    private static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, word().map(w -> "Text " + w)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(12)),
                Tuple.of(1, Arbitraries.of("", " ", "\"quoted\" / ~tilde", "\u00e9\u4e2d\ud83d\ude00")));
    }

    /** Every date form OB 2.0 allows: zoned, without zone, a date, a Unix timestamp. */
    private static Arbitrary<Timestamp> timestamp() {
        return Arbitraries.longs().between(0, 4_000_000_000L).flatMap(seconds -> {
            Instant instant = Instant.ofEpochSecond(seconds);
            LocalDateTime local = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
            return Arbitraries.of(
                    Timestamp.of(instant),
                    Timestamp.ofEpochSecond(seconds),
                    Timestamp.parse(local.toString().length() == 16 ? local + ":00" : local.toString()),
                    Timestamp.parse(local.toLocalDate().toString()),
                    Timestamp.parse(instant.atOffset(ZoneOffset.ofHours(2)).toString()));
        });
    }

    private static Arbitrary<Extensions> extensions() {
        Arbitrary<String> name = Arbitraries.of("extensions:ApplyLink", "schema:license", "validFrom", "name",
                "credentialSubject", "@language", "http://example.org/terms/a~b", "identifier", "achievement",
                "creator", "tag", "@id", "obi:note");
        Arbitrary<JsonValue> value = Arbitraries.of(JsonValue.of("x"), JsonValue.of(3),
                JsonObject.builder().put("@context", "https://example.org/ext.json").put("type", "Extension").build());
        return Combinators.combine(name, value).as((n, v) -> Extensions.of(JsonObject.builder().put(n, v).build()))
                .injectNull(0.6).map(e -> e == null ? Extensions.NONE : e);
    }

    private static Arbitrary<IdentityObject> recipient() {
        Arbitrary<IdentityObject> plain = Combinators.combine(
                Arbitraries.of("email", "url", "telephone", "id", "userName", "http://schema.org/email", "@id"),
                word()).as((type, w) -> IdentityObject.plain(type, switch (type) {
                    case "email", "http://schema.org/email" -> w + "@example.org";
                    case "telephone" -> "+1555" + Math.abs(w.hashCode() % 10_000_000);
                    case "url", "id", "@id" -> "https://example.org/people/" + w;
                    default -> w;
                }));
        Arbitrary<IdentityObject> hashed = Combinators.combine(word(), word())
                .as((w, salt) -> IdentityObject.hashedEmail(w + "@example.org", salt));
        Arbitrary<IdentityObject> extended = word().map(w -> new IdentityObject(List.of("email"),
                java.util.Optional.of(w + "@example.org"), java.util.Optional.of(false), java.util.Optional.empty(),
                Extensions.of(JsonObject.builder().put("name", "Name " + w).build())));
        return Arbitraries.frequencyOf(Tuple.of(6, plain), Tuple.of(3, hashed), Tuple.of(1, extended));
    }

    private static Arbitrary<Profile> profile() {
        return Combinators.combine(iri(), text(), iri(), word(), Arbitraries.of(true, false), Arbitraries.of(true, false),
                extensions()).as((id, name, url, mail, keys, related, ext) -> {
                    Profile.Builder b = Profile.builder().id(id).name(name).url(url).email(mail + "@example.org")
                            .extensions(ext);
                    if (keys) {
                        b.addPublicKey(id + "/key").revocationList(id + "/revocations").telephone("+15555550100");
                    }
                    if (related) {
                        b.addRelated("did:web:example.org:" + mail).image(Image.of(id + "/logo.png", "Logo"));
                    }
                    return b.build();
                });
    }

    private static Arbitrary<Endorsement> endorsement() {
        return Combinators.combine(iri(), iri(), timestamp(), text())
                .as((id, issuer, at, comment) -> Endorsement.hosted(id, issuer, at, EndorsementClaim.of(id + "/c", comment)));
    }

    private record Badge(BadgeClass badgeClass, Map<String, Object> documents) {
    }

    private static Arbitrary<Badge> badge() {
        Arbitrary<Object> image = Arbitraries.oneOf(iri().map(i -> (Object) (i + ".png")),
                Combinators.combine(iri(), text()).as((i, caption) -> (Object) Image.of(i + ".png", caption)));
        Arbitrary<Object> criteria = Arbitraries.oneOf(iri().map(i -> (Object) i),
                text().map(Criteria::narrative), Combinators.combine(iri(), text()).as(Criteria::of));
        Arbitrary<Integer> issuerMode = Arbitraries.integers().between(0, 2); // embedded, supplied, unresolved
        Arbitrary<List<AlignmentObject>> alignment = Combinators.combine(text(), iri())
                .as(AlignmentObject::of).list().ofMaxSize(2);
        Arbitrary<List<String>> tags = word().list().ofMaxSize(3);
        Arbitrary<List<Endorsement>> endorsements = endorsement().list().ofMaxSize(1);
        return Combinators.combine(id(), text(), text(), image, criteria, profile(), issuerMode, alignment)
                .flatAs((id, name, description, img, crit, issuer, mode, align) ->
                        Combinators.combine(tags, endorsements, extensions(), Arbitraries.of(0, 1, 2)).as(
                                (tagList, ends, ext, extra) -> {
                                    BadgeClass.Builder b = BadgeClass.builder().id(id).name(name).description(description)
                                            .criteria(crit instanceof Criteria c ? dev.laurel.badges.core.model.Ref.embedded(c)
                                                    : dev.laurel.badges.core.model.Ref.iri((String) crit))
                                            .alignment(align).tags(tagList.toArray(String[]::new)).extensions(ext);
                                    if (img instanceof Image i) {
                                        b.image(i);
                                    } else {
                                        b.image((String) img);
                                    }
                                    Map<String, Object> docs = new HashMap<>();
                                    if (mode == 0) {
                                        b.issuer(issuer);
                                    } else {
                                        b.issuer(issuer.id().orElseThrow());
                                        if (mode == 1) {
                                            docs.put(issuer.id().orElseThrow(), issuer);
                                        }
                                    }
                                    ends.forEach(b::addEndorsement);
                                    if (extra == 1) {
                                        b.addRelated(id + "-v1").version(JsonValue.of(2));
                                    } else if (extra == 2) {
                                        b.version(JsonValue.of("2.0"));
                                    }
                                    return new Badge(b.build(), docs);
                                }));
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> badgeMode = Arbitraries.integers().between(0, 2); // embedded, supplied, unresolved
        Arbitrary<List<Object>> evidence = Arbitraries.oneOf(iri().map(i -> (Object) i),
                Combinators.combine(iri(), text(), text()).as((i, n, narrative) -> (Object) Evidence.of(i, n, narrative)))
                .list().ofMaxSize(2);
        Arbitrary<Timestamp> expires = timestamp().injectNull(0.5);
        Arbitrary<Set<String>> optional = Arbitraries.of("narrative", "revoked", "revocationReason", "uid", "related",
                "image", "endorsement", "signed").set().ofMaxSize(3);
        return Combinators.combine(id(), recipient(), badge(), badgeMode, timestamp(), expires, evidence, optional)
                .flatAs((id, recipient, badge, mode, issuedOn, expiry, ev, opts) -> Combinators.combine(extensions(),
                        endorsement(), text()).as((ext, end, words) -> {
                            Assertion.Builder b = Assertion.builder().id(id).recipient(recipient).issuedOn(issuedOn)
                                    .verification(opts.contains("signed") ? VerificationObject.signed(id + "#key")
                                            : VerificationObject.hosted())
                                    .extensions(ext);
                            Map<String, Object> docs = new HashMap<>(badge.documents());
                            BadgeClass bc = badge.badgeClass();
                            if (mode == 0) {
                                b.badge(bc);
                            } else {
                                String badgeIri = bc.id().filter(i -> !i.isBlank()).orElse("https://example.org/b");
                                b.badge(badgeIri);
                                if (mode == 1) {
                                    docs.put(badgeIri, bc);
                                }
                            }
                            if (expiry != null) {
                                b.expires(expiry);
                            }
                            for (Object e : ev) {
                                if (e instanceof Evidence evi) {
                                    b.addEvidence(evi);
                                } else {
                                    b.addEvidence((String) e);
                                }
                            }
                            if (opts.contains("narrative")) {
                                b.narrative(words);
                            }
                            if (opts.contains("revoked")) {
                                b.revoked(words.length() % 2 == 0);
                            }
                            if (opts.contains("revocationReason")) {
                                b.revocationReason(words);
                            }
                            if (opts.contains("uid")) {
                                b.uid(words);
                            }
                            if (opts.contains("related")) {
                                b.related(List.of(dev.laurel.badges.core.model.Ref.iri(id + "-related")));
                            }
                            if (opts.contains("image")) {
                                b.image(id + ".png");
                            }
                            if (opts.contains("endorsement")) {
                                b.addEndorsement(end);
                            }
                            return new Case(b.build(), docs);
                        }));
    }
}
