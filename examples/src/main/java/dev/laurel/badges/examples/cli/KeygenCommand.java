package dev.laurel.badges.examples.cli;

import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code laurel keygen}: makes a signing key pair and writes it as JWK files (and, for Ed25519, P-256 and
 * P-384, its did:key), ready for {@code laurel sign}.
 */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Generate a signing key pair: DIR/private.jwk.json, DIR/public.jwk.json "
                + "(and DIR/did.txt for ed25519, p256 and p384).")
final class KeygenCommand implements Callable<Integer> {

    /** The private key file's name. */
    static final String PRIVATE_FILE = "private.jwk.json";
    /** The public key file's name. */
    static final String PUBLIC_FILE = "public.jwk.json";
    /** The did:key file's name (Ed25519, P-256 and P-384 keys). */
    static final String DID_FILE = "did.txt";

    @Option(names = "--type", required = true, paramLabel = "ed25519|rsa|p256|p384",
            description = "The key type: ed25519 (EdDSA, eddsa-rdfc-2022, did:key z6Mk...), rsa (RS256, 2048 bits), "
                    + "p256 (ES256, ecdsa-rdfc-2019, did:key zDn...) or p384 (ES384, ecdsa-rdfc-2019, did:key z82...).")
    KeyKind type;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write to (created if missing).")
    Path out;

    @Option(names = "--force", description = "Replace key files that already exist in DIR.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("not a folder: " + out);
        }
        // did.txt belongs to whatever key is in DIR: it blocks every type, and a forced key of another type
        // removes it, so it never names a key that is no longer there.
        List<Path> targets = List.of(out.resolve(PRIVATE_FILE), out.resolve(PUBLIC_FILE), out.resolve(DID_FILE));
        if (!force) {
            for (Path target : targets) {
                if (Files.exists(target)) {
                    throw new UsageException(target + " already exists; use --force to replace it");
                }
            }
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UsageException("cannot create folder " + out + ": " + OutputFiles.reason(e));
        }

        LaurelKey key = KeyPairs.generate(type);
        Optional<LaurelKey> did = didKey(key);
        // The private key first: a public key without its private half would be of no use.
        OutputFiles.writeSecret(out.resolve(PRIVATE_FILE), key.toPrivateJwk() + "\n");
        OutputFiles.writeFile(out.resolve(PUBLIC_FILE), key.toPublicJwk() + "\n");
        if (did.isPresent()) {
            OutputFiles.writeFile(out.resolve(DID_FILE), did.get().didKey() + "\n" + did.get().didKeyVerificationMethod() + "\n");
        } else {
            try {
                Files.deleteIfExists(out.resolve(DID_FILE));
            } catch (IOException e) {
                throw new UsageException("cannot remove the old " + out.resolve(DID_FILE) + ": " + OutputFiles.reason(e));
            }
        }

        spec.commandLine().getErr().println("generated " + type.name().toLowerCase(Locale.ROOT) + " key " + key.thumbprint()
                + did.map(d -> " (" + d.didKey() + ")").orElse("") + " in " + out);
        return Laurel.OK;
    }

    /**
     * Returns the did:key public key of an Ed25519, P-256 or P-384 key.
     *
     * @param key any key
     * @return its public key, which has did:key forms, or empty for RSA or a public-only key
     */
    static Optional<LaurelKey> didKey(LaurelKey key) {
        if (key.kind() == KeyKind.RSA || !key.canSign()) {
            return Optional.empty();
        }
        return Optional.of(key.publicOnly());
    }
}
