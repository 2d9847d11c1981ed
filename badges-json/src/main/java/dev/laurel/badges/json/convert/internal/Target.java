package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The object a {@link Table} writes into while it runs over one source object: the output, the source and
 * target pointers, its list members, and the few facts a concept keeps for what comes after its members
 * (the name and issuer a badge class gives the credential, the id the original is linked by...).
 */
final class Target {

    /** The converted object. */
    final ObjectNode out;
    /** The JSON Pointer of the source object. */
    final String at;
    /** The JSON Pointer of the converted object. */
    final String tgt;
    /** Whether the object is a document of its own (else it is embedded in another). */
    final boolean standalone;

    private final Map<String, ArrayNode> lists = new LinkedHashMap<>();

    /** The source object the table runs over. */
    ObjectNode src;

    /** The IRI a resolved document was supplied for, or null. */
    String resolvedFrom;
    /** The id the source object has (an IRI), and where. */
    String id;
    String idFrom;
    /** The name the source object has, and where. */
    String name;
    String nameFrom;
    /** The issuer the object gives its credential, and where; or the credential's issuer id (OB 3.0 to 2.0). */
    JsonNode issuer;
    String issuerFrom;
    String issuerId;
    /** Whether the criteria converted. */
    boolean criteria;
    /** The credential subject being written (OB 2.0 to 3.0). */
    ObjectNode subject;
    /** The badge class or achievement of a credential, once converted. */
    Target badge;
    /** The dates of a credential. */
    DateMapping.Dates dates;

    Target(ObjectNode out, String at, String tgt, boolean standalone) {
        this.out = out;
        this.at = at;
        this.tgt = tgt;
        this.standalone = standalone;
    }

    /** The list member of that name in the converted object, set when the table ends if it has elements. */
    ArrayNode list(String name) {
        return lists.computeIfAbsent(name, n -> Conversion.NODES.arrayNode());
    }

    void finish() {
        lists.forEach((name, values) -> Conversion.setIfAny(out, name, values));
    }
}
