package dev.laurel.badges.verify.dataintegrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * ecdsa-sd-2023 round trips over random disclosures: an Open Badges 3.0 credential signed once by Laurel
 * (mandatory: issuer and validFrom), derived with a random subset of pointers in a random order, verifies
 * with {@link DataIntegrityVerifier}; the same derivation with one disclosed value changed does not.
 */
class EcdsaSdDerivationProperties {

    private static final ObjectNode BASE = EcdsaSdSelectiveDisclosureTest.base(EcdsaSdSelectiveDisclosureTest.P256,
            EcdsaSdSelectiveDisclosureTest.MANDATORY);

    private static final List<String> POINTERS = List.of("/id", "/type", "/type/1", "/name", "/issuer/name",
            "/credentialSubject/id", "/credentialSubject/type", "/credentialSubject/achievement",
            "/credentialSubject/achievement/id", "/credentialSubject/achievement/type",
            "/credentialSubject/achievement/name", "/credentialSubject/achievement/description",
            "/credentialSubject/achievement/criteria", "/credentialSubject/achievement/criteria/narrative");

    @Provide
    Arbitrary<List<String>> pointers() {
        return Arbitraries.of(POINTERS).list().uniqueElements().ofMaxSize(POINTERS.size());
    }

    @Property(tries = 30)
    void everyDisclosureVerifiesAndATamperedOneDoesNot(@ForAll("pointers") List<String> pointers) {
        ObjectNode derived = SelectiveDisclosure.create().derive(BASE, pointers);

        DataIntegrityReport report = DataIntegrityVerifier.offline().verify(derived);
        assertThat(report.verified()).as("%s -> %s", pointers, report).isTrue();
        for (String pointer : pointers) {
            assertThat(derived.at(pointer).isMissingNode()).as(pointer).isFalse();
        }
        assertThat(derived.at("/issuer/id").asText()).isEqualTo(BASE.at("/issuer/id").asText());

        ObjectNode tampered = derived.deepCopy();
        tampered.put("validFrom", "2011-01-01T00:00:00Z");
        assertThat(DataIntegrityVerifier.offline().verify(tampered).proofs().get(0).outcome(ProofCheck.SIGNATURE))
                .isEqualTo(Outcome.FAILED);
    }
}
