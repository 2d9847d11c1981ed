package dev.laurel.badges.examples.cli;

import dev.laurel.badges.verify.Verifier;
import picocli.CommandLine.Option;

import java.util.concurrent.Executor;

/**
 * How a CLR's nested credentials are verified, shared by {@code verify}, {@code decide} and {@code pathway} so that
 * the two taxonomy commands verify a CLR exactly as {@code verify} does: on the nested pool, and with
 * {@code --require-same-learner} when given.
 */
final class ClrOptions {

    @Option(names = "--require-same-learner", description = "For a CLR: a nested credential whose subject is not "
            + "shown to be the CLR's learner fails it (otherwise a clr.subject warning).")
    boolean requireSameLearner;

    /** Adds the nested pool and {@code --require-same-learner} to a verifier's builder. */
    void apply(Verifier.Builder builder, Executor nestedPool) {
        builder.executor(nestedPool);
        if (requireSameLearner) {
            builder.requireSameLearner();
        }
    }
}
