package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.dataintegrity.ContextSet;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityException;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.jose.SignedBadgeSigner;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.KeyException;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyStoreSigningKey;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.SigningKey;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The key and suite flags of {@code laurel sign}, shared with {@code laurel clr build} (a picocli mixin), and the
 * signing they describe: one place checks the flags against each other, reads the key and signs with the suite.
 */
final class SigningOptions {

    @Option(names = "--key", paramLabel = "JWK", description = "The private key as a JWK file "
            + "(e.g. from laurel keygen). Give this or --keystore.")
    Path keyFile;

    @Option(names = "--keystore", paramLabel = "FILE", description = "A PKCS#12 (or JKS) key store holding the "
            + "private key, instead of --key; needs --key-alias. Its password comes from --keystore-password-file "
            + "or the environment variable " + SignCommand.PASSWORD_VARIABLE + ", never from the command line.")
    Path keystore;

    @Option(names = "--key-alias", paramLabel = "NAME", description = "The alias of the key in --keystore.")
    String keyAlias;

    @Option(names = "--keystore-password-file", paramLabel = "FILE", description = "A file whose first line is the "
            + "--keystore password (default: the environment variable " + SignCommand.PASSWORD_VARIABLE + ").")
    Path keystorePasswordFile;

    @Option(names = "--suite", required = true, paramLabel = "SUITE", converter = SignCommand.SuiteConverter.class,
            completionCandidates = SignCommand.SuiteNames.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    SignCommand.Suite suite;

    @Option(names = "--kid", paramLabel = "KID", description = "The key id in the JWS header (an https URL or DID "
            + "URL); for ob2-jws also the assertion's verification.creator. Default for an ed25519 key: its did:key "
            + "verification method; for rsa and p256 keys the public JWK goes into the header instead.")
    String kid;

    @Option(names = "--verification-method", paramLabel = "VM", description = "Data Integrity suites "
            + "only: the proof's verificationMethod. Default: the key's did:key verification method.")
    String verificationMethod;


    @Option(names = "--context", paramLabel = "URL=FILE", description = "Data Integrity suites only. "
            + ContextOptions.DESCRIPTION)
    List<String> contexts;


    /**
     * The checked flags: the key read, the registered contexts and the mandatory pointers.
     *
     * @param key the signing key
     * @param contexts the contexts of {@code --context}
     * @param mandatory the pointers of {@code --mandatory}
     */
    record Prepared(SigningKey key, ContextSet contexts, List<String> mandatory) {
    }

    /**
     * A signed document and who signed it.
     *
     * @param text the signed document as written (JSON or a compact JWS), ending in a newline
     * @param by the key id or verification method, for the summary line
     */
    record Signed(String text, String by) {
    }

    /**
     * Checks the flags against each other and reads the key.
     *
     * @param command the command's name, for messages ({@code sign}, {@code clr build})
     * @param mandatory the {@code --mandatory} pointers of {@code laurel sign} (ecdsa-sd-2023 only), or null
     * @return the key and options
     * @throws UsageException if flags do not fit the suite or each other, or the key cannot be read or is of the
     *     wrong kind
     */
    Prepared prepare(String command, List<String> mandatory) {
        if (verificationMethod != null && suite.isJws()) {
            throw new UsageException("--verification-method applies to the Data Integrity suites only; use --kid for "
                    + suite.label());
        }
        if (mandatory != null && !mandatory.isEmpty() && suite != SignCommand.Suite.ECDSA_SD_2023) {
            throw new UsageException("--mandatory applies to ecdsa-sd-2023 only");
        }
        List<String> mandatoryPointers = DeriveCommand.requirePointers("--mandatory", mandatory);
        if (kid != null && !suite.isJws()) {
            throw new UsageException("--kid applies to JWS suites only; use --verification-method for " + suite.label());
        }
        if (contexts != null && !contexts.isEmpty() && suite.isJws()) {
            throw new UsageException("--context applies to the Data Integrity suites (eddsa-rdfc-2022, ecdsa-rdfc-2019,"
                    + " ecdsa-sd-2023) only: JWS suites sign the JSON as it is");
        }
        ContextSet registered = ContextOptions.read(contexts);
        if ((kid != null && kid.isBlank()) || (verificationMethod != null && verificationMethod.isBlank())) {
            throw new UsageException("--kid and --verification-method must not be blank");
        }
        SigningKey key = signingKey(command);
        if (suite.keyKind().isPresent() && suite.keyKind().get() != key.kind()) {
            throw new UsageException(suite.label() + " needs " + article(suite.keyKind().get()) + " key, got " + key.kind());
        }
        if (!suite.accepts(key.kind())) {
            throw new UsageException(suite.label() + " needs a P-256 or P-384 key, got " + key.kind());
        }
        return new Prepared(key, registered, mandatoryPointers);
    }

    /**
     * Signs a document with the suite.
     *
     * @param document the document (an OB 2.0 assertion for {@code ob2-jws}, else a credential); not changed
     * @param prepared what {@link #prepare} returned
     * @param beforeSigning sees the JSON exactly as it will be signed (to warn when it is not valid)
     * @return the signed document
     * @throws UsageException if {@code ob2-jws} has no key id, or the key store did not sign
     * @throws DataIntegrityException if a Data Integrity proof cannot be made (a context, a pointer)
     * @throws IllegalArgumentException if the signer refuses the document (no issuer id, no zoned validFrom)
     */
    Signed sign(ObjectNode document, Prepared prepared, Consumer<ObjectNode> beforeSigning) {
        SigningKey key = prepared.key();
        LaurelKey publicKey = key.publicOnly();
        try {
            switch (suite) {
                case OB2_JWS: {
                    ObjectNode assertion = document.deepCopy();
                    Optional<String> creator = kid != null ? Optional.of(kid) : declaredCreator(assertion);
                    if (creator.isEmpty()) {
                        throw new UsageException("ob2-jws needs --kid: the URL of the hosted CryptographicKey, "
                                + "which becomes the assertion's verification.creator");
                    }
                    assertion = SignedBadgeSigner.withSignedVerification(assertion, creator.get());
                    beforeSigning.accept(assertion);
                    return new Signed(SignedBadgeSigner.of(key).sign(assertion) + "\n", creator.get());
                }
                case VC_JWT_RS256:
                case VC_JWT_ES256:
                case VC_JWT_ES384:
                case VC_JWT_EDDSA: {
                    Optional<String> keyId = Optional.ofNullable(kid).or(() -> key.kind() == KeyKind.ED25519
                            ? Optional.of(publicKey.didKeyVerificationMethod()) : Optional.empty());
                    VcJwtSigner signer = VcJwtSigner.of(key);
                    if (keyId.isPresent()) {
                        signer = signer.withKeyId(keyId.get());
                    }
                    beforeSigning.accept(document);
                    return new Signed(signer.sign(document) + "\n", keyId.orElse("header jwk " + publicKey.thumbprint()));
                }
                case EDDSA_RDFC_2022:
                case ECDSA_RDFC_2019:
                case ECDSA_SD_2023: {
                    String vm = verificationMethod != null ? verificationMethod : publicKey.didKeyVerificationMethod();
                    beforeSigning.accept(document);
                    ProofSuite proofSuite = suite == SignCommand.Suite.EDDSA_RDFC_2022 ? ProofSuite.EDDSA_RDFC_2022
                            : suite == SignCommand.Suite.ECDSA_RDFC_2019 ? ProofSuite.ECDSA_RDFC_2019
                            : ProofSuite.ECDSA_SD_2023;
                    ProofOptions options = ProofOptions.of(proofSuite, vm, Instant.now());
                    if (suite == SignCommand.Suite.ECDSA_SD_2023) {
                        options = options.withMandatoryPointers(prepared.mandatory());
                    }
                    ObjectNode proofed = DataIntegritySigner.of(key).withContexts(prepared.contexts())
                            .sign(document, options);
                    return new Signed(BadgeJson.standard().serialize(proofed, true) + "\n",
                            suite == SignCommand.Suite.ECDSA_SD_2023 ? vm + "; a base proof for the holder: laurel"
                                    + " derive makes what verifiers check" : vm);
                }
                default:
                    throw new AssertionError(suite);
            }
        } catch (KeyException e) {
            // The key store, token or KMS did not sign: the key is unusable, not the badge.
            throw new UsageException(e.getMessage() + " [" + e.code().name() + "]");
        }
    }

    /**
     * The DID the key's {@code did:key} names, for an issuer that must be bound to the key.
     *
     * @param prepared what {@link #prepare} returned
     * @return the DID, or empty for an RSA key (it has no {@code did:key} here)
     */
    static Optional<String> didKey(Prepared prepared) {
        return prepared.key().kind() == KeyKind.RSA ? Optional.empty()
                : Optional.of(prepared.key().publicOnly().didKey());
    }

    private static Optional<String> declaredCreator(ObjectNode assertion) {
        JsonNode verification = assertion.path("verification");
        JsonNode creator = verification.path("creator");
        return creator.isTextual() && !creator.asText().isBlank() ? Optional.of(creator.asText()) : Optional.empty();
    }

    private static String article(KeyKind kind) {
        return switch (kind) {
            case ED25519 -> "an Ed25519";
            case RSA -> "an RSA";
            case P256 -> "a P-256";
            case P384 -> "a P-384";
        };
    }

    /**
     * Returns the key the flags name: a private JWK file ({@code --key}) or a key store entry
     * ({@code --keystore} with {@code --key-alias}).
     *
     * @param command the command's name, for the message when no key is given
     * @return the signing key
     * @throws UsageException if neither or both are given, a key store flag is missing or misplaced, or the
     *     key cannot be read
     */
    private SigningKey signingKey(String command) {
        if (keystore == null) {
            if (keyAlias != null || keystorePasswordFile != null) {
                throw new UsageException((keyAlias != null ? "--key-alias" : "--keystore-password-file")
                        + " applies to --keystore only");
            }
            if (keyFile == null) {
                throw new UsageException(command + " needs a key: --key JWK, or --keystore FILE with --key-alias NAME");
            }
            return SignCommand.readKey(keyFile);
        }
        if (keyFile != null) {
            throw new UsageException("--key and --keystore are alternatives: give one of them");
        }
        if (keyAlias == null || keyAlias.isBlank()) {
            throw new UsageException("--keystore needs --key-alias NAME: the alias of the key in " + keystore);
        }
        char[] password = SignCommand.keystorePassword(keystorePasswordFile, System.getenv(SignCommand.PASSWORD_VARIABLE));
        try {
            return KeyStoreSigningKey.open(keystore, keyAlias, password);
        } catch (KeyException e) {
            throw new UsageException(e.getMessage() + " [" + e.code().name() + "]");
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
