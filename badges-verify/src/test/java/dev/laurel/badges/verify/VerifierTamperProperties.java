package dev.laurel.badges.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.jose.PayloadForm;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import dev.laurel.badges.verify.report.VerifierCheck;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any change to the meaning of a signed credential is caught: the richest specification example
 * (results, result descriptions, alignments, evidence, endorsements at three places, issuer and creator
 * profiles with address and identifiers...) is signed once with eddsa-rdfc-2022 by a did:key issuer,
 * then one JSON value or member anywhere in it (the proof included) is changed, the document is
 * re-serialised and verified: it must not be verified.
 *
 * <p>The mutations: change one character of a string; add one to a number; flip a boolean; replace a
 * value by one of another JSON type (string to number, number or boolean to its text); delete an object
 * member; change one character of a member name; add a member; append an array item; delete an array
 * item; swap two different items of an array whose order is significant; move a member into a JSON-LD
 * {@code @nest} object or add an {@code @index} member. The last two leave the signed RDF as it was but
 * change the JSON every other verification step reads (a {@code validUntil} in {@code @nest} is signed but
 * not read), so they change the credential's meaning as the Verifier sees it: both verified until the
 * Verifier refused JSON-LD keywords with an embedded proof (see {@code VerifierJsonLdKeywordTest}).
 *
 * <p>The generator is restricted to changes that alter the signed data model, i.e. the RDF dataset the
 * proof covers (or, for the VC-JWT, the payload bytes). Left out, because they do not change the
 * credential's meaning, are: whitespace and member order (re-serialisation), the order of the items of a
 * JSON-LD set (every array except {@code @context} and {@code allowedValue}, the only {@code @list} of
 * the OB 3.0 context), deleting an array item equal to another item of the same set, and deleting a
 * member that another object with the same {@code id} states with the same value (one RDF statement
 * written twice; the example names its image and two organisations twice). The examples below show that
 * such changes do verify, so the restriction hides nothing; a change that did alter the meaning and still
 * verified would be a security defect. An exhaustive run over every mutation before the last restriction
 * (1,730 mutations, seeds 0 and 7: 3,460 verifications, 33 s) found no other change that verifies.
 */
class VerifierTamperProperties {

    /** JSON-LD arrays whose order is part of the meaning: the context list and the {@code @list} terms. */
    static final Set<String> ORDERED = Set.of("@context", "allowedValue");

    static final LaurelKey ISSUER = VerifierFixtures.keys(1);
    static final LaurelKey ENDORSER = VerifierFixtures.keys(2);
    static final Verifier VERIFIER = VerifierFixtures.verifier(DocumentFetcher.refusing());
    static final ObjectNode SIGNED = VerifierFixtures.richCredential(ISSUER, ENDORSER);
    static final List<Mutation> MUTATIONS = mutations(SIGNED);

    enum Kind {
        CHANGE_CHARACTER, ADD_ONE, FLIP, CHANGE_TYPE, DELETE_MEMBER, RENAME_MEMBER, ADD_MEMBER, APPEND_ITEM,
        DELETE_ITEM, SWAP_ITEMS, NEST_MEMBER, ADD_INDEX
    }

    /** One change at a JSON Pointer; {@code seed} picks the character or item where there is a choice. */
    record Mutation(String pointer, Kind kind) {

        ObjectNode applyTo(ObjectNode original, int seed) {
            ObjectNode doc = original.deepCopy();
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = slash <= 0 ? doc : doc.at(pointer.substring(0, slash));
            String last = unescape(pointer.substring(slash + 1));
            JsonNode node = doc.at(pointer);
            switch (kind) {
                case CHANGE_CHARACTER -> replace(parent, last, TextNode.valueOf(changeCharacter(node.textValue(), seed)));
                case ADD_ONE -> replace(parent, last, node.isIntegralNumber() ? IntNode.valueOf(node.intValue() + 1)
                        : DoubleNode.valueOf(node.doubleValue() + 1));
                case FLIP -> replace(parent, last, BooleanNode.valueOf(!node.booleanValue()));
                case CHANGE_TYPE -> replace(parent, last, node.isTextual() ? IntNode.valueOf(node.textValue().length())
                        : TextNode.valueOf(node.asText()));
                case DELETE_MEMBER -> ((ObjectNode) parent).remove(last);
                case RENAME_MEMBER -> {
                    ObjectNode object = (ObjectNode) parent;
                    JsonNode value = object.remove(last);
                    object.set(changeCharacter(last, seed), value);
                }
                case ADD_MEMBER -> ((ObjectNode) node).put("laurelTampered", "added after signing");
                case NEST_MEMBER -> {
                    ObjectNode object = (ObjectNode) parent;
                    object.putObject("@nest").set(last, object.remove(last));
                }
                case ADD_INDEX -> ((ObjectNode) node).put("@index", "added after signing");
                case APPEND_ITEM -> ((ArrayNode) node).add("urn:laurel:tampered");
                case DELETE_ITEM -> ((ArrayNode) node).remove(distinctIndex((ArrayNode) node, seed));
                case SWAP_ITEMS -> {
                    ArrayNode array = (ArrayNode) node;
                    int i = Math.floorMod(seed, array.size());
                    int j = (i + 1) % array.size();
                    while (array.get(j).equals(array.get(i))) {
                        i = j;
                        j = (j + 1) % array.size();
                    }
                    JsonNode a = array.get(i);
                    array.set(i, array.get(j));
                    array.set(j, a);
                }
            }
            return doc;
        }

        @Override
        public String toString() {
            return kind + " at " + (pointer.isEmpty() ? "/" : pointer);
        }
    }

    static void replace(JsonNode parent, String last, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
    }

    /** A different character (never the same one, so the string always changes). */
    static String changeCharacter(String text, int seed) {
        if (text.isEmpty()) {
            return "x";
        }
        int at = Math.floorMod(seed, text.length());
        char c = text.charAt(at);
        char other = c == 'z' ? 'a' : c == '~' ? '!' : Character.isLetterOrDigit(c) || c > ' ' ? (char) (c + 1) : 'x';
        return text.substring(0, at) + other + text.substring(at + 1);
    }

    /** An item index whose item occurs once in the array (deleting a duplicate from a set changes nothing). */
    static int distinctIndex(ArrayNode array, int seed) {
        for (int k = 0; k < array.size(); k++) {
            int i = Math.floorMod(seed + k, array.size());
            int count = 0;
            for (JsonNode item : array) {
                count += item.equals(array.get(i)) ? 1 : 0;
            }
            if (count == 1) {
                return i;
            }
        }
        throw new IllegalStateException("no distinct item");
    }

    /** Every applicable mutation of every value and member of the document. */
    static List<Mutation> mutations(ObjectNode doc) {
        List<Mutation> all = new ArrayList<>();
        collect(doc, "", null, all);
        all.removeIf(m -> m.kind() == Kind.DELETE_MEMBER && statedElsewhere(doc, m.pointer()));
        return List.copyOf(all);
    }

    /**
     * Whether the member at {@code pointer} belongs to an object with an {@code id} and another object with
     * that {@code id} has the same member with an equal value: then it is one RDF statement written twice,
     * and deleting one of the two copies leaves the signed dataset as it was.
     */
    static boolean statedElsewhere(ObjectNode doc, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode owner = doc.at(pointer.substring(0, slash));
        String member = unescape(pointer.substring(slash + 1));
        JsonNode id = owner.get("id");
        if (id == null || !id.isTextual()) {
            return false;
        }
        List<JsonNode> same = new ArrayList<>();
        sameId(doc, id.textValue(), same);
        return same.stream().anyMatch(other -> other != owner && owner.get(member).equals(other.get(member)));
    }

    private static void sameId(JsonNode node, String id, List<JsonNode> found) {
        if (node.isObject() && node.path("id").isTextual() && node.get("id").textValue().equals(id)) {
            found.add(node);
        }
        if (node.isContainerNode()) {
            node.forEach(child -> sameId(child, id, found));
        }
    }

    private static void collect(JsonNode node, String pointer, String memberName, List<Mutation> all) {
        if (memberName != null) {
            all.add(new Mutation(pointer, Kind.DELETE_MEMBER));
            all.add(new Mutation(pointer, Kind.RENAME_MEMBER));
            all.add(new Mutation(pointer, Kind.NEST_MEMBER));
        }
        if (node.isTextual()) {
            all.add(new Mutation(pointer, Kind.CHANGE_CHARACTER));
            all.add(new Mutation(pointer, Kind.CHANGE_TYPE));
        } else if (node.isNumber()) {
            all.add(new Mutation(pointer, Kind.ADD_ONE));
            all.add(new Mutation(pointer, Kind.CHANGE_TYPE));
        } else if (node.isBoolean()) {
            all.add(new Mutation(pointer, Kind.FLIP));
            all.add(new Mutation(pointer, Kind.CHANGE_TYPE));
        } else if (node.isObject()) {
            all.add(new Mutation(pointer, Kind.ADD_MEMBER));
            all.add(new Mutation(pointer, Kind.ADD_INDEX));
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), pointer + "/" + escape(field.getKey()), field.getKey(), all);
            }
        } else if (node.isArray()) {
            all.add(new Mutation(pointer, Kind.APPEND_ITEM));
            if (node.size() > 0 && hasDistinctItem((ArrayNode) node)) {
                all.add(new Mutation(pointer, Kind.DELETE_ITEM));
            }
            if (ORDERED.contains(memberName) && hasTwoDifferentItems((ArrayNode) node)) {
                all.add(new Mutation(pointer, Kind.SWAP_ITEMS));
            }
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, null, all);
            }
        }
    }

    private static boolean hasDistinctItem(ArrayNode array) {
        try {
            distinctIndex(array, 0);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static boolean hasTwoDifferentItems(ArrayNode array) {
        for (JsonNode item : array) {
            if (!item.equals(array.get(0))) {
                return true;
            }
        }
        return false;
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    // ------------------------------------------------------------------ Data Integrity

    @Property(tries = 1000)
    void anySemanticChangeOfASignedRichCredentialIsNotVerified(@ForAll("mutation") Mutation mutation,
                                                              @ForAll("seed") int seed) {
        ObjectNode changed = mutation.applyTo(SIGNED, seed);
        assertThat(changed).as("the mutation changes the JSON").isNotEqualTo(SIGNED);
        VerificationReport report = VERIFIER.verify(VerifierFixtures.text(changed));
        assertThat(report.verified()).as("%s verified: %s", mutation, report.checks()).isFalse();
        assertThat(report.check(VerifierCheck.ERROR)).as("no step stops unexpectedly").isEmpty();
    }

    @Provide
    Arbitrary<Mutation> mutation() {
        return Arbitraries.of(MUTATIONS);
    }

    @Provide
    Arbitrary<Integer> seed() {
        return Arbitraries.integers().between(0, 1 << 20);
    }

    @Example
    void richCredentialVerifiesAndOffersManyMutations() {
        VerificationReport report = VERIFIER.verify(VerifierFixtures.text(SIGNED));
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.checks()).filteredOn(c -> c.id().equals("endorsement.verified")).hasSize(3)
                .allMatch(c -> c.outcome() == Outcome.PASSED);
        assertThat(MUTATIONS).hasSizeGreaterThan(1000);
        assertThat(MUTATIONS).extracting(Mutation::kind).contains(Kind.values());
    }

    @Example
    void whitespaceAndMemberOrderAreNotPartOfTheSignature() {
        String pretty = VerifierFixtures.JSON.serialize(reversedMembers(SIGNED), true);
        assertThat(pretty).isNotEqualTo(VerifierFixtures.text(SIGNED));
        assertThat(VERIFIER.verify(pretty).verified()).isTrue();
    }

    @Example
    void orderOfAJsonLdSetIsNotPartOfTheSignature() {
        ObjectNode swapped = SIGNED.deepCopy();
        ArrayNode identifiers = (ArrayNode) swapped.at("/credentialSubject/identifier");
        JsonNode first = identifiers.remove(0);
        identifiers.add(first);
        ArrayNode evidence = (ArrayNode) swapped.get("evidence");
        evidence.add(evidence.remove(0));
        assertThat(swapped).isNotEqualTo(SIGNED);
        assertThat(VERIFIER.verify(VerifierFixtures.text(swapped)).verified()).isTrue();
    }

    @Example
    void orderOfAnOrderedListIsPartOfTheSignature() {
        Mutation swap = new Mutation("/credentialSubject/achievement/resultDescription/0/allowedValue", Kind.SWAP_ITEMS);
        assertThat(MUTATIONS).contains(swap);
        assertThat(VERIFIER.verify(VerifierFixtures.text(swap.applyTo(SIGNED, 0))).verified()).isFalse();
    }

    /**
     * The example names one node twice (the credential's image is also the subject's, with the same id and
     * caption): the caption is one statement, so deleting one of its two copies verifies. Changing either
     * copy adds a statement and does not.
     */
    @Example
    void deletingOneCopyOfARepeatedStatementKeepsTheSignedDatasetAndVerifies() {
        String pointer = "/credentialSubject/image/caption";
        assertThat(SIGNED.at("/credentialSubject/image/id")).isEqualTo(SIGNED.at("/image/id"));
        assertThat(SIGNED.at(pointer)).isEqualTo(SIGNED.at("/image/caption"));
        assertThat(statedElsewhere(SIGNED, pointer)).isTrue();
        assertThat(MUTATIONS).doesNotContain(new Mutation(pointer, Kind.DELETE_MEMBER));
        ObjectNode deleted = new Mutation(pointer, Kind.DELETE_MEMBER).applyTo(SIGNED, 0);
        assertThat(VERIFIER.verify(VerifierFixtures.text(deleted)).verified()).isTrue();
        ObjectNode changed = new Mutation(pointer, Kind.CHANGE_CHARACTER).applyTo(SIGNED, 0);
        assertThat(VERIFIER.verify(VerifierFixtures.text(changed)).verified()).isFalse();
    }

    static JsonNode reversedMembers(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            node.fields().forEachRemaining(fields::add);
            ObjectNode out = ((ObjectNode) node).objectNode();
            for (int i = fields.size() - 1; i >= 0; i--) {
                out.set(fields.get(i).getKey(), reversedMembers(fields.get(i).getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = ((ArrayNode) node).arrayNode();
            node.forEach(item -> out.add(reversedMembers(item)));
            return out;
        }
        return node;
    }

    // ------------------------------------------------------------------ VC-JWT

    static final String JWT = VerifierFixtures.signJwt(unsigned(), ISSUER, PayloadForm.CREDENTIAL);
    static final ObjectNode JWT_PAYLOAD = VerifierFixtures.object(new String(
            Base64.getUrlDecoder().decode(JWT.split("\\.")[1]), StandardCharsets.UTF_8));
    static final List<Mutation> JWT_MUTATIONS = mutations(JWT_PAYLOAD);

    /** The rich credential without its proof, for the VC-JWT variant. */
    static ObjectNode unsigned() {
        ObjectNode doc = SIGNED.deepCopy();
        doc.remove("proof");
        return doc;
    }

    /** The JWS signs the payload bytes, so every change is caught; the payload is re-encoded compactly. */
    @Property(tries = 200)
    void anyChangeOfASignedRichVcJwtPayloadIsNotVerified(@ForAll("jwtMutation") Mutation mutation,
                                                        @ForAll("seed") int seed) {
        ObjectNode changed = mutation.applyTo(JWT_PAYLOAD, seed);
        String[] parts = JWT.split("\\.");
        String token = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                VerifierFixtures.text(changed).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        VerificationReport report = VERIFIER.verify(token);
        assertThat(report.verified()).as("%s verified", mutation).isFalse();
        assertThat(report.check(VerifierCheck.ERROR)).isEmpty();
    }

    @Provide
    Arbitrary<Mutation> jwtMutation() {
        return Arbitraries.of(JWT_MUTATIONS);
    }

    @Example
    void richVcJwtVerifies() {
        VerificationReport report = VERIFIER.verify(JWT);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
    }
}
