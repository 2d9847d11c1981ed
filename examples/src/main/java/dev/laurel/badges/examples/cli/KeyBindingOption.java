package dev.laurel.badges.examples.cli;

import dev.laurel.badges.verify.keys.BindingMode;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code --key-binding strict|lenient}, shared by every command that verifies: how an unconfirmed issuer
 * binding (a key nothing shows to be the issuer's) is judged.
 */
final class KeyBindingOption {

    @Option(names = "--key-binding", paramLabel = "MODE", defaultValue = "strict", converter = Mode.class,
            description = "How a key nothing ties to the issuer is judged: strict (default: not verified) or "
                    + "lenient (a warning, as 1EdTech's reference validator does).")
    BindingMode mode = BindingMode.STRICT;

    /** Reads {@code strict} or {@code lenient}, in any case. */
    static final class Mode implements ITypeConverter<BindingMode> {
        @Override
        public BindingMode convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "strict" -> BindingMode.STRICT;
                case "lenient" -> BindingMode.LENIENT;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected strict or lenient, got '" + SafeText.escape(value) + "'");
            };
        }
    }
}
