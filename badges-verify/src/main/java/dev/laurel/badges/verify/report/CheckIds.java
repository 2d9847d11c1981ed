package dev.laurel.badges.verify.report;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every step of every area, by id, built once; a test proves no two steps share an id. */
final class CheckIds {

    static final Map<String, CheckId> BY_ID = Stream.of(DocumentCheck.values(), JwsCheck.values(),
                    VcJwtCheck.values(), ProofCheck.values(), Ob2Check.values(), CredentialCheck.values(),
                    VerifierCheck.values(), PresentationCheck.values(), ClrCheck.values())
            .flatMap(Stream::of).collect(Collectors.toUnmodifiableMap(CheckId::id, Function.identity()));

    private CheckIds() {
    }
}
