package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.Base64URL;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class KeyPairsProperties {

    @Property(tries = 200)
    void everyEd25519SeedRoundTripsThroughJwkAndPem(@ForAll @Size(32) byte[] seed) {
        String jwk = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"d\":\"" + Base64URL.encode(seed) + "\",\"x\":\""
                + Base64URL.encode(derivePublic(seed)) + "\"}";
        LaurelKey key = KeyPairs.fromJwk(jwk);
        assertThat(KeyPairs.fromPem(key.privateKeyPem())).isEqualTo(key);
        assertThat(KeyPairs.fromJwk(key.toPrivateJwk())).isEqualTo(key);
        assertThat(KeyPairs.fromJwk(key.toPublicJwk()).thumbprint()).isEqualTo(key.thumbprint());
    }

    private static byte[] derivePublic(byte[] seed) {
        byte[] pk = new byte[32];
        org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, pk, 0);
        return pk;
    }
}
