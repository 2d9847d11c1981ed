package dev.laurel.badges.examples.cli;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.transcript.ClrAssembler;
import dev.laurel.badges.core.taxonomy.transcript.ClrAssemblyException;
import dev.laurel.badges.core.taxonomy.transcript.TranscriptCode;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/** {@code laurel clr}: Comprehensive Learner Records (CLR 2.0); {@code validate}, {@code verify} and {@code classify} read them too. */
@Command(name = "clr", mixinStandardHelpOptions = true,
        description = "Comprehensive Learner Records (CLR 2.0): build and sign one from a folder of credentials.",
        subcommands = ClrCommand.Build.class)
final class ClrCommand implements Runnable {

    @Override
    public void run() {
        throw new UsageException("clr needs a subcommand: build");
    }

    /**
     * {@code laurel clr build --from DIR}: nests every OB 3.0 credential (a JSON object) found in the folder, in the
     * walk's stable order, into one {@code ClrCredential} with {@link ClrAssembler}, and signs it with the flags of
     * {@code laurel sign}. Anything that cannot be nested (an OB 2.0 assertion, a VC-JWT, an unreadable file, a
     * document that is not a credential) is listed and nothing is written, unless {@code --skip-unusable}.
     */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Assemble the OB 3.0 credentials in a folder into a CLR and sign it.")
    static final class Build implements Callable<Integer> {

        @Option(names = "--from", required = true, paramLabel = "DIR",
                description = "The folder of credentials (walked recursively, in a stable order; told by content).")
        Path from;

        @Option(names = "--issuer-id", paramLabel = "ID",
                description = "The CLR's issuer. Default: the signing key's did:key (required for an RSA key).")
        String issuerId;

        @Option(names = "--issuer-name", paramLabel = "NAME", description = "The issuer's name (default: its id).")
        String issuerName;

        @Option(names = "--learner", paramLabel = "ID",
                description = "The learner's id (default: the first credential's subject id).")
        String learner;

        @Option(names = "--name", paramLabel = "TEXT", defaultValue = "Comprehensive Learner Record",
                description = "The CLR's name (default: ${DEFAULT-VALUE}).")
        String name;

        @Option(names = "--id", paramLabel = "ID", description = "The CLR's id (default: a new urn:uuid).")
        String id;

        @Option(names = "--valid-from", paramLabel = "INSTANT",
                description = "The CLR's validFrom, an ISO 8601 instant (default: now).")
        String validFrom;

        @Option(names = "--pathway", paramLabel = "FILE", description = "A pathway (LaurelPathway) or set "
                + "(LaurelPathways) file: isPartOf associations from each step's achievement to the pathway's goal.")
        Path pathway;

        @Option(names = "--skip-unusable", description = "Leave out what cannot be nested (listed on stderr) "
                + "instead of refusing to build.")
        boolean skipUnusable;

        @Mixin
        SigningOptions signing;

        @Option(names = "--out", paramLabel = "OUT", description = "Where to write the signed CLR (default: stdout).")
        Path out;

        @Spec
        CommandSpec spec;

        /**
         * A file that cannot be nested, and why.
         *
         * @param file the file as printed
         * @param reason why
         * @param code the typed reason
         */
        record Unusable(String file, String reason, String code) {
        }

        @Override
        public Integer call() {
            if (!Files.isDirectory(from)) {
                throw new UsageException("--from must be a folder: " + from);
            }
            if (signing.suite == SignCommand.Suite.OB2_JWS || signing.suite == SignCommand.Suite.ECDSA_SD_2023) {
                throw SignCommand.clrSuiteRefused("clr build", signing.suite);
            }
            Instant start;
            try {
                start = validFrom == null ? Instant.now() : Instant.parse(validFrom);
            } catch (java.time.format.DateTimeParseException e) {
                throw new UsageException("--valid-from must be an ISO 8601 instant such as 2026-01-01T00:00:00Z, got "
                        + validFrom);
            }
            SigningOptions.Prepared prepared = signing.prepare("clr build", null);
            String issuer = issuerId != null ? issuerId : SigningOptions.didKey(prepared).orElseThrow(() ->
                    new UsageException("--issuer-id is needed with an RSA key (it has no did:key to be the issuer)"));
            List<OpenBadgeCredential> chosen = new ArrayList<>();
            List<Unusable> unusable = new ArrayList<>();
            for (Inputs.Input input : Inputs.expand(List.of(from.toString()))) {
                read(input, chosen, unusable);
            }
            PrintWriter err = spec.commandLine().getErr();
            for (Unusable u : unusable) {
                err.println("laurel: " + (skipUnusable ? "skipped " : "cannot nest ") + SafeText.escape(u.file()) + ": "
                        + SafeText.escape(u.reason()) + " [" + u.code() + "]");
            }
            if (!unusable.isEmpty() && !skipUnusable) {
                err.println("laurel: no CLR written: " + unusable.size() + (unusable.size() == 1 ? " file" : " files")
                        + " in " + SafeText.escape(from.toString()) + " cannot be nested (--skip-unusable leaves them out)");
                return Laurel.FAILED;
            }
            ClrAssembler assembler = ClrAssembler.create().id(id != null ? id : "urn:uuid:" + UUID.randomUUID())
                    .name(name).issuer(Profile.of(issuer, issuerName != null ? issuerName : issuer))
                    .validFrom(start);
            if (learner != null) {
                assembler.learner(learner);
            }
            chosen.forEach(assembler::choose);
            if (pathway != null) {
                assembler.inferAssociations(PathwayCommand.readPathways(pathway));
            }
            ClrCredential clr;
            try {
                clr = assembler.assemble();
            } catch (ClrAssemblyException e) {
                for (Problem p : e.problems()) {
                    err.println("laurel: " + SafeText.escape(p.toString()));
                }
                err.println("laurel: no CLR written: it cannot be assembled from " + SafeText.escape(from.toString()));
                return Laurel.FAILED;
            }
            SigningOptions.Signed signed;
            try {
                signed = signing.sign(BadgeJson.standard().toJson(clr), prepared,
                        json -> SignCommand.warnIfInvalid(json, "the CLR", err));
            } catch (DataIntegrityException e) {
                err.println("laurel: cannot sign the CLR: " + e.getMessage() + " [" + e.code().name() + "]");
                return Laurel.FAILED;
            } catch (IllegalArgumentException e) {
                err.println("laurel: cannot sign the CLR: " + e.getMessage());
                return Laurel.FAILED;
            }
            OutputFiles.writeText(Optional.ofNullable(out), signed.text(), spec.commandLine().getOut());
            int nested = clr.credentialSubject().map(s -> s.verifiableCredential().size()).orElse(0);
            err.println("built ClrCredential " + SafeText.escape(clr.id().orElse("")) + " of " + nested
                    + (nested == 1 ? " credential" : " credentials") + ", signed with " + signing.suite.label() + " ("
                    + SafeText.escape(signed.by()) + ")" + (out != null ? " into " + SafeText.escape(out.toString()) : ""));
            return Laurel.OK;
        }

        /** Reads one file: an OB 3.0 credential object is chosen, anything else is listed with its reason. */
        private static void read(Inputs.Input input, List<OpenBadgeCredential> chosen, List<Unusable> unusable) {
            Loaded loaded = Loaded.load(input);
            String file = input.display();
            if (loaded.badge() == null) {
                unusable.add(loaded.hostedUrl() != null
                        ? new Unusable(file, "the image carries only the URL of a hosted OB 2.0 assertion",
                                TranscriptCode.NOT_NESTABLE.name())
                        : new Unusable(file, loaded.problem()[1], loaded.problem()[0]));
                return;
            }
            BadgeDocument doc;
            try {
                doc = BadgeJson.standard().read(loaded.badge());
            } catch (BadgeJsonException e) {
                unusable.add(new Unusable(file, e.getMessage(), e.code().name()));
                return;
            }
            Object model = doc.model().orElse(null);
            if (model instanceof OpenBadgeCredential c && doc.jws().isEmpty()) {
                chosen.add(c);
            } else if (model instanceof OpenBadgeCredential) {
                unusable.add(new Unusable(file, "an OB 3.0 credential received as a VC-JWT: its signature is on the "
                        + "compact JWS, and a CLR nests credential objects", TranscriptCode.NOT_NESTABLE.name()));
            } else if (model instanceof Assertion) {
                unusable.add(new Unusable(file, "an OB 2.0 assertion: a CLR 2.0 nests OB 3.0 credentials",
                        TranscriptCode.NOT_NESTABLE.name()));
            } else {
                unusable.add(new Unusable(file, doc.isBadge() ? "a " + doc.kind().displayName()
                        + " is not an OB 3.0 credential" : "not a badge (" + doc.description() + ")",
                        doc.isBadge() ? TranscriptCode.NOT_NESTABLE.name() : "NOT_A_BADGE"));
            }
        }
    }
}
