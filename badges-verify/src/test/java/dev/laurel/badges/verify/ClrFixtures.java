package dev.laurel.badges.verify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.util.List;
import java.util.Optional;

/** CLR 2.0 documents for the verifier tests: built as JSON around the OB 3.0 fixtures, signed with Laurel. */
final class ClrFixtures {

    static final String LEARNER = "did:example:learner-sam";
    static final String NESTED = "/credentialSubject/verifiableCredential";
    static final String CLR_CONTEXT = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";

    private ClrFixtures() {
    }

    /** Nested credential {@code i}, issued by the did:key of {@code issuer} to {@link #LEARNER}, unsigned. */
    static ObjectNode nested(LaurelKey issuer, int i) {
        ObjectNode credential = VerifierFixtures.credential(issuer.didKey(), Optional.empty());
        credential.put("id", "urn:uuid:6c3f9a1e-2f7b-4c1a-9d2e-0000000000" + String.format("%02d", i));
        credential.put("name", "Course " + i);
        ((ObjectNode) credential.get("credentialSubject")).put("id", LEARNER);
        return credential;
    }

    /** Nested credential {@code i}, signed eddsa-rdfc-2022 by {@code issuer}. */
    static ObjectNode signedNested(LaurelKey issuer, int i) {
        return VerifierFixtures.signDi(nested(issuer, i), issuer);
    }

    /** An unsigned CLR by the did:key of {@code issuer} about {@link #LEARNER} holding the credentials given. */
    static ObjectNode clr(LaurelKey issuer, List<ObjectNode> credentials) {
        ObjectNode clr = VerifierFixtures.object("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\", \""
                + CLR_CONTEXT + "\", \"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
                + " \"id\": \"urn:uuid:2d1f7ac8-3d6f-4f6e-9e55-7a4c1f0b9c11\","
                + " \"type\": [\"VerifiableCredential\", \"ClrCredential\"],"
                + " \"issuer\": {\"id\": \"" + issuer.didKey() + "\", \"type\": [\"Profile\"], \"name\": \"Example University\"},"
                + " \"validFrom\": \"2026-01-15T10:00:00Z\", \"name\": \"Transcript of Sam\","
                + " \"credentialSubject\": {\"id\": \"" + LEARNER + "\", \"type\": [\"ClrSubject\"]}}");
        ArrayNode array = ((ObjectNode) clr.get("credentialSubject")).putArray("verifiableCredential");
        credentials.forEach(array::add);
        return clr;
    }

    /** A CLR signed eddsa-rdfc-2022 by {@code issuer} holding {@code count} credentials it signed too. */
    static ObjectNode signedClr(LaurelKey issuer, int count) {
        List<ObjectNode> credentials = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            credentials.add(signedNested(issuer, i));
        }
        return VerifierFixtures.signDi(clr(issuer, credentials), issuer);
    }
}
