/**
 * Laurel verify: verification and signing of Open Badges 2.0 and 3.0.
 */
module dev.laurel.badges.verify {
    requires transitive dev.laurel.badges.json;
    requires com.fasterxml.jackson.dataformat.cbor;
    requires com.nimbusds.jose.jwt;
    requires org.bouncycastle.provider;
    requires titanium.json.ld;
    requires titanium.rdfc;
    requires titanium.rdf.n.quads;
    requires titanium.rdf.api;
    requires jakarta.json;

    exports dev.laurel.badges.verify;
    exports dev.laurel.badges.verify.report;
    exports dev.laurel.badges.verify.fetch;
    exports dev.laurel.badges.verify.dataintegrity;
    exports dev.laurel.badges.verify.jose;
    exports dev.laurel.badges.verify.keys;
    exports dev.laurel.badges.verify.presentation;
}
