package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** did:web to https addresses, as the did:web method specification's examples give them. */
class DidWebTest {

    @ParameterizedTest
    @CsvSource({
        "did:web:example.com, https://example.com/.well-known/did.json",
        "did:web:w3c-ccg.github.io, https://w3c-ccg.github.io/.well-known/did.json",
        "did:web:w3c-ccg.github.io:user:alice, https://w3c-ccg.github.io/user/alice/did.json",
        "did:web:example.com%3A3000:user:alice, https://example.com:3000/user/alice/did.json",
        "did:web:Example.COM#key-1, https://example.com/.well-known/did.json",
    })
    void mapsToTheDocumentAddress(String did, String url) {
        assertThat(DidWeb.documentUrl(did)).contains(URI.create(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"did:web:", "did:key:z6Mk", "did:web:exa mple.com", "did:web:example.com:..:etc",
        "did:web:example.com%3A99999", "did:web:example.com%3Aabc", "did:web:user@example.com",
        "did:web:example.com:a/b", "did:web:example.com?service=x", "did:web:-bad-.com/x"})
    void refusesMalformedDids(String did) {
        assertThat(DidWeb.documentUrl(did)).isEmpty();
    }
}
