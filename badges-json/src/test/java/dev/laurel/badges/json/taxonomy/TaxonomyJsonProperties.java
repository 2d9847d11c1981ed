package dev.laurel.badges.json.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Audience;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.Ob3Export;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.pathway.Step;
import dev.laurel.badges.core.taxonomy.policy.Condition;
import dev.laurel.badges.core.taxonomy.policy.Policy;
import dev.laurel.badges.core.taxonomy.policy.Verdict;
import dev.laurel.badges.core.testing.Ob2Arbitraries;
import dev.laurel.badges.core.testing.Ob3Arbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Round trips (read after write gives back an equal value) for random policies, pathway sets and
 * backpack exports, and the promise that damaged or random input only ever fails with a
 * {@link TaxonomyJsonException}.
 */
class TaxonomyJsonProperties {

    private final TaxonomyJson tj = TaxonomyJson.standard();

    // ---- policies ----

    @Property(tries = 300)
    void policyWriteThenReadIsIdentity(@ForAll("policies") Policy policy) {
        String written = tj.writePolicy(policy);
        assertThat(tj.readPolicy(written)).as(written).isEqualTo(policy);
        assertThat(tj.readPolicy(tj.toJson(policy).toString())).isEqualTo(policy);
    }

    @Provide
    Arbitrary<Policy> policies() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(20);
        Arbitrary<Double> confidence = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1),
                Arbitraries.of(0.0, 1.0, Policy.DEFAULT_MINIMUM_CONFIDENCE, 1e-9, 0.1 + 0.2));
        Arbitrary<Condition> condition = Arbitraries.oneOf(
                Combinators.combine(levels(), confidence).as(Condition.MinimumLevel::new),
                Combinators.combine(Arbitraries.of(LevelKind.class).set().ofMinSize(1), confidence)
                        .as(Condition.LevelIn::new),
                text.filter(s -> !s.isBlank()).map(Condition.AlignedTo::new),
                text.list().ofMinSize(1).ofMaxSize(4).map(Condition.TrustedIssuers::new),
                Arbitraries.just(new Condition.Verified()),
                Arbitraries.just(new Condition.IssuerKeyBound()),
                Arbitraries.just(new Condition.NotExpired()),
                Arbitraries.just(new Condition.NotRevoked()),
                Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                        Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 100_000))
                        .as((y, m, d) -> new Condition.IssuedWithin(Period.of(y, m, d))));
        return Combinators.combine(condition.list().ofMaxSize(8), Arbitraries.of(Verdict.REFER, Verdict.REJECT))
                .as(Policy::new);
    }

    static Arbitrary<CredentialLevel> levels() {
        Arbitrary<Optional<String>> detail = Arbitraries.strings().ofMaxLength(12).optional(0.5);
        return Arbitraries.of(LevelKind.class).flatMap(k -> switch (k) {
            case CERTIFICATION -> detail.map(CredentialLevel.Certification::new);
            case PARTICIPATION -> detail.map(CredentialLevel.Participation::new);
            case RECOGNITION -> detail.map(CredentialLevel.Recognition::new);
            case KNOWLEDGE, SKILL, ABILITY -> Arbitraries.just(CredentialLevel.of(k));
        });
    }

    // ---- pathways ----

    @Property(tries = 300)
    void validPathwaySetWriteThenReadIsIdentity(@ForAll("pathwaySets") List<Pathway> set) {
        assertThat(Pathways.validate(set)).as("the generator makes valid sets").isEmpty();
        String written = tj.writePathways(set);
        assertThat(tj.readPathways(written)).as(written).isEqualTo(set);
        for (Pathway p : set) {
            assertThat(tj.readPathway(tj.writePathway(p))).isEqualTo(p);
        }
    }

    /** Sets of 1 to 5 valid pathways; a pathway refers only to later ones, so there are no cycles. */
    @Provide
    Arbitrary<List<Pathway>> pathwaySets() {
        return Arbitraries.integers().between(1, 5).flatMap(n ->
                Arbitraries.strings().ofMaxLength(10).list().ofSize(n).flatMap(names ->
                        Arbitraries.longs().map(seed -> pathways(names, new Random(seed)))));
    }

    private static List<Pathway> pathways(List<String> names, Random random) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ids.add(names.get(i) + "@" + i);
        }
        List<Pathway> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int[] counter = {0};
            Set<String> used = new HashSet<>();
            List<Step> steps = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int j = 0; j < count; j++) {
                steps.add(step(random, ids, i, counter, used, 0));
            }
            Optional<String> goal = random.nextBoolean() ? Optional.of(names.get(i) + " goal") : Optional.empty();
            out.add(new Pathway(ids.get(i), names.get(i), goal, steps));
        }
        return out;
    }

    private static Step step(Random random, List<String> ids, int owner, int[] counter, Set<String> used, int depth) {
        int n = counter[0]++;
        String own = "s" + n;
        int kind = random.nextInt(depth < 2 ? 4 : 3);
        switch (kind) {
            case 0: {
                String target = "https://example.org/a/" + random.nextInt(1000) + "#" + n;
                return new Step.RequiredAchievement(random.nextBoolean() && used.add(target) ? target : own, target);
            }
            case 1: {
                CredentialLevel level = CredentialLevel.of(LevelKind.values()[random.nextInt(6)]);
                return new Step.CompetencyAtLevel(own, level, "C-" + random.nextInt(50) + " é/~" + n);
            }
            case 2: {
                if (owner + 1 >= ids.size()) {
                    return new Step.RequiredAchievement(own, "urn:a:" + n);
                }
                String target = ids.get(owner + 1 + random.nextInt(ids.size() - owner - 1));
                return new Step.SubPathway(random.nextBoolean() && used.add(target) ? target : own, target);
            }
            default: {
                List<Step> options = new ArrayList<>();
                int size = 1 + random.nextInt(3);
                for (int k = 0; k < size; k++) {
                    options.add(step(random, ids, owner, counter, used, depth + 1));
                }
                return new Step.AnyOf(own, 1 + random.nextInt(size), options);
            }
        }
    }

    // ---- backpack exports ----

    /** One credential to put in the backpack, how it was received and who may see it. */
    record Held(Object model, boolean asJws, Visibility visibility) {
    }

    @Property(tries = 60)
    void importOfAnExportEqualsTheExportedEntries(@ForAll("held") List<Held> held, @ForAll Audience audience) {
        Backpack pack = Backpack.empty();
        for (Held h : held) {
            Credential c = h.model() instanceof OpenBadgeCredential ob3
                    ? (h.asJws() ? Credential.of(ob3, TestJws.of(ob3)) : Credential.of(ob3))
                    : Credential.of((Assertion) h.model());
            pack = pack.with(c, h.visibility(), VerificationStatus.UNKNOWN);
        }
        Ob3Export export = pack.exportOb3(audience);

        List<Credential> imported = tj.readOb3(tj.writeOb3(export));

        List<Credential> objects = new ArrayList<>();
        List<Credential> signed = new ArrayList<>();
        for (BackpackEntry e : pack.entries()) {
            if (e.visibility().isVisibleTo(audience) && e.credential().ob3().isPresent()) {
                (e.credential().compactJws().isPresent() ? signed : objects).add(e.credential());
            }
        }
        List<Credential> expected = new ArrayList<>(objects);
        expected.addAll(signed);
        assertThat(imported).containsExactlyElementsOf(expected);
        assertThat(imported).allMatch(c -> c.version() == dev.laurel.badges.core.taxonomy.credential.SpecVersion.OB_3_0);

        Backpack again = tj.importOb3(Backpack.empty(), tj.exportOb3(pack, audience));
        assertThat(again.entries()).extracting(BackpackEntry::credential).containsExactlyElementsOf(expected);
        for (BackpackEntry e : again.entries()) {
            BackpackEntry original = pack.entries().stream().filter(o -> o.credential().equals(e.credential()))
                    .findFirst().orElseThrow();
            assertThat(e.classification()).isEqualTo(original.classification());
        }
    }

    @Provide
    Arbitrary<List<Held>> held() {
        Arbitrary<Object> model = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Ob3Arbitraries.credentials().map(c -> (Object) c)),
                net.jqwik.api.Tuple.of(1, Ob2Arbitraries.assertions().map(a -> (Object) a)));
        return Combinators.combine(model, Arbitraries.of(true, false), Arbitraries.of(Visibility.class))
                .as(Held::new).list().ofMaxSize(6);
    }

    // ---- hostile input ----

    @Property(tries = 400)
    void damagedDocumentsFailOnlyWithTypedErrors(@ForAll("damaged") byte[] input) {
        assertThatCode(() -> {
            attempt(() -> tj.readPolicy(input));
            attempt(() -> tj.readPathway(input));
            attempt(() -> tj.readPathways(input));
            attempt(() -> tj.readOb3(input));
            attempt(() -> tj.readCredential(input));
        }).doesNotThrowAnyException();
    }

    @Property(tries = 400)
    void randomTreesFromTheFormsVocabularyFailOnlyWithTypedErrors(@ForAll long seed) {
        byte[] input = randomTree(new Random(seed), 0).toString().getBytes(StandardCharsets.UTF_8);
        assertThatCode(() -> {
            attempt(() -> tj.readPolicy(input));
            attempt(() -> tj.readPathway(input));
            attempt(() -> tj.readPathways(input));
            attempt(() -> tj.readOb3(input));
        }).doesNotThrowAnyException();
    }

    private static void attempt(Runnable read) {
        try {
            read.run();
        } catch (TaxonomyJsonException expected) {
            assertThat(expected.problems()).isNotEmpty();
            assertThat(expected.getMessage()).isNotBlank();
            assertThat(expected.problems()).allSatisfy(p -> assertThat(p.path()).matches("(/[^/]*)*"));
        }
    }

    private static final List<String> VOCABULARY = List.of("type", "LaurelPolicy", "LaurelPathway", "LaurelPathways",
            "onUnknown", "refer", "reject", "conditions", "minimumLevel", "minimumConfidence", "levelIn", "alignedTo",
            "trustedIssuers", "verified", "issuerKeyBound", "notExpired", "notRevoked", "issuedWithin", "P3Y", "level",
            "skill", "certification", "accreditingBody", "id", "name", "goal", "steps", "pathways", "achievementId",
            "options", "required", "competency", "pathwayId", "credential", "compactJwsString", "a.b.c", "");

    private static JsonNode randomTree(Random r, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        int pick = depth > 6 ? 3 + r.nextInt(5) : r.nextInt(8);
        switch (pick) {
            case 0:
            case 1: {
                ObjectNode o = f.objectNode();
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    o.set(VOCABULARY.get(r.nextInt(VOCABULARY.size())), randomTree(r, depth + 1));
                }
                return o;
            }
            case 2: {
                ArrayNode a = f.arrayNode();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    a.add(randomTree(r, depth + 1));
                }
                return a;
            }
            case 3:
            case 4:
                return f.textNode(VOCABULARY.get(r.nextInt(VOCABULARY.size())));
            case 5:
                return r.nextBoolean() ? f.numberNode(r.nextInt(7) - 2) : f.numberNode(r.nextDouble() * 3 - 1);
            case 6:
                return f.booleanNode(r.nextBoolean());
            default:
                return f.nullNode();
        }
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<String> documents = Arbitraries.oneOf(
                policies().map(tj::writePolicy),
                pathwaySets().map(tj::writePathways),
                Ob3Arbitraries.credentials().list().ofMaxSize(2).map(cs -> tj.writeOb3(new Ob3Export(cs,
                        cs.stream().map(TestJws::of).toList(), List.of()))));
        return Combinators.combine(documents, Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofSize(3),
                        Arbitraries.of("", "\"", "{", "]", ",", "0", "null", "true", "\\u0000", "~1", "-", "P"),
                        Arbitraries.integers().between(0, 2))
                .as((doc, positions, noise, how) -> {
                    StringBuilder s = new StringBuilder(doc);
                    for (int p : positions) {
                        if (s.length() == 0) {
                            break;
                        }
                        int at = p % s.length();
                        switch (how) {
                            case 0 -> s.deleteCharAt(at);
                            case 1 -> s.insert(at, noise);
                            default -> s.replace(at, Math.min(s.length(), at + 3), noise);
                        }
                    }
                    return s.toString().getBytes(StandardCharsets.UTF_8);
                });
    }
}
