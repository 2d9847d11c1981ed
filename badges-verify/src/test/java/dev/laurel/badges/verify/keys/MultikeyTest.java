package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Multikey encodings of Ed25519 keys against the W3C vc-di-eddsa key pairs. */
class MultikeyTest {

    /** privateKeyMultibase, publicKeyMultibase from keyPair.json and proof-set-chain/multiKeyPairs.json. */
    @ParameterizedTest
    @CsvSource({
        "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq, z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
        "z3u2W4YnTstS1nSSBAgZcYSJF43JuZ9uLV6bF38B1Bf8NugW, z6MktgKTsu1QhX6QPbyqG6geXdw6FQCZBPq7uQpieWbiQiG7",
        "z3u2cfp4Q17kMGhNCh348a3yw3cUBiWK6RXRzyJE54sixMFn, z6MkhWqdDBPojHA7cprTGTt5yHv5yUi1B8cnXn8ReLumkw6E",
        "z3u2Zr3tcDLBDQKGxVa9SRDFNLqNqPWsa8p9rWPvCEH6bADB, z6MkmEq87wkHCYnWnNZkigeDMGTN7oUw1upkhzd77KuXERS1",
        "z3u2ZTWiFwM17veUR7sXniY66Gf14SqMdpMLy7SW9x4EDdmw, z6Mkm1S51iPHJvDEkJ9MRtxJmT8Pqo6wHipAFwBAjN83vntT",
    })
    void privateKeyGivesItsPublicKey(String privateKey, String publicKey) {
        LaurelKey keys = KeyPairs.fromSecretKeyMultibase(privateKey);
        assertThat(keys.publicKeyMultibase()).isEqualTo(publicKey);
        assertThat(keys.secretKeyMultibase()).isEqualTo(privateKey);
        assertThat(Multikey.decodePublicKey(publicKey)).contains(keys.publicOnly());
    }

    @Test
    void didKeyFormsFollowTheMethod() {
        LaurelKey key = Multikey.decodePublicKey("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2").orElseThrow();
        assertThat(key.didKey()).isEqualTo("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
        assertThat(key.didKeyVerificationMethod()).isEqualTo(
                "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
    }

    @Test
    void rfc8032TestVectorOneSignsAsPublished() {
        byte[] seed = HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        LaurelKey keys = KeyPairs.fromEd25519Seed(seed);
        assertThat(HexFormat.of().formatHex(keys.ed25519PublicBytes()))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        byte[] signature = keys.sign(new byte[0]);
        assertThat(HexFormat.of().formatHex(signature)).isEqualTo("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e0652249015"
                + "55fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        assertThat(keys.verify(new byte[0], signature)).isTrue();
        signature[0] ^= 1;
        assertThat(keys.verify(new byte[0], signature)).isFalse();
        assertThat(keys.verify(new byte[0], Arrays.copyOf(signature, 63))).isFalse();
    }

    @Test
    void refusesOtherCodecsAndLengths() {
        // A secp256k1 multikey (zQ3s..., codec 0xe7, not supported) and a truncated Ed25519 key.
        assertThat(Multikey.decodePublicKey("zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme")).isEmpty();
        assertThat(Multikey.decodePublicKey("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbT")).isEmpty();
        assertThat(Multikey.decodePublicKey("u7QE")).isEmpty();
        assertThat(Multikey.decodePrivateKey("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")).isEmpty();
        assertThatThrownBy(() -> KeyPairs.fromSecretKeyMultibase("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"))
                .isInstanceOf(KeyException.class).hasMessageContaining("Multikey private key");
    }

    @Test
    void keyPairNeverPrintsItsSecret() {
        LaurelKey keys = KeyPairs.fromSecretKeyMultibase("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq");
        assertThat(keys.toString()).doesNotContain(keys.secretKeyMultibase()).contains(keys.thumbprint());
    }

    @Test
    void callerMistakesThrow() {
        assertThatThrownBy(() -> KeyPairs.fromEd25519Seed(new byte[31])).isInstanceOf(KeyException.class)
                .hasMessageContaining("seed");
        assertThatThrownBy(() -> LaurelKey.ed25519(new byte[33])).isInstanceOf(KeyException.class);
        assertThatThrownBy(() -> Multikey.encodePrivateKey(new byte[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
