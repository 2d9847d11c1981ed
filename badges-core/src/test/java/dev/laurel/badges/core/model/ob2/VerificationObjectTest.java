package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Ref;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.codes;
import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerificationObjectTest {

    private static VerificationObject typed(String... type) {
        return new VerificationObject(List.of(type), Optional.empty(), List.of(), List.of(), Optional.empty(),
                Extensions.NONE);
    }

    @Test
    void factoriesWriteTheSpecificationsTypes() {
        assertThat(VerificationObject.hosted().type()).containsExactly("HostedBadge");
        assertThat(VerificationObject.signed().type()).containsExactly("SignedBadge");
        assertThat(VerificationObject.signed().creator()).isEmpty();
        assertThat(VerificationObject.signed("https://example.org/publicKey.json").creator())
                .contains(Ref.iri("https://example.org/publicKey.json"));
        assertThat(VerificationObject.allowedOrigins(List.of("example.org")).type())
                .containsExactly("VerificationObject");
    }

    @Test
    void hostedAndSignedRecogniseTheAliases() {
        assertThat(typed("hosted").isHosted()).isTrue();
        assertThat(typed("HostedBadge").isHosted()).isTrue();
        assertThat(typed("hosted").isSigned()).isFalse();
        assertThat(typed("signed").isSigned()).isTrue();
        assertThat(typed("SignedBadge").isSigned()).isTrue();
        assertThat(typed("Hosted").isHosted()).isFalse();
        assertThat(typed().isHosted()).isFalse();
    }

    @Test
    void profileVerificationObjectsAreValid() {
        assertThat(validate(VerificationObject.allowedOrigins(List.of("example.org", "badges.example.co.uk"))))
                .isEmpty();
        assertThat(validate(typed())).isEmpty();
    }

    @Test
    void embeddedCreatorKeyIsValidated() {
        CryptographicKey key = new CryptographicKey(List.of(), Optional.of("key.json"), List.of(), Optional.empty(),
                Optional.empty(), Extensions.NONE);
        VerificationObject v = new VerificationObject(List.of("SignedBadge"), Optional.empty(), List.of(), List.of(),
                Optional.of(Ref.embedded(key)), Extensions.NONE);
        assertThat(codes(v)).containsExactly("INVALID_IRI /creator/id");
    }

    @Test
    void trailingDotAndEmptyLabelsAreNotHostNames() {
        assertThat(codes(VerificationObject.allowedOrigins(List.of("example.org.", "a..b", ""))))
                .containsExactly("VALUE_NOT_ALLOWED /allowedOrigins/0", "VALUE_NOT_ALLOWED /allowedOrigins/1",
                        "VALUE_NOT_ALLOWED /allowedOrigins/2");
    }

    @Test
    void factoriesRejectNull() {
        assertThatThrownBy(() -> VerificationObject.signed(null)).hasMessage("creator");
        assertThatThrownBy(() -> VerificationObject.allowedOrigins(null)).isInstanceOf(NullPointerException.class);
    }
}
