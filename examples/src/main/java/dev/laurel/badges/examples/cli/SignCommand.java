package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.json.ValidationResult;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityException;
import dev.laurel.badges.verify.keys.KeyException;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code laurel sign}: signs an OB 2.0 assertion (signed badge, compact JWS) or an OB 3.0 credential
 * (VC-JWT, or an embedded eddsa-rdfc-2022, ecdsa-rdfc-2019 or ecdsa-sd-2023 Data Integrity proof), or a CLR 2.0
 * {@code ClrCredential} (the same suites but ecdsa-sd-2023; its nested credentials keep their own proofs) with a
 * private JWK,
 * or with a key store
 * entry ({@code --keystore FILE --key-alias NAME}) whose password comes from a file or the environment,
 * never from the command line.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign a badge: an OB 2.0 assertion as a signed badge (ob2-jws), an OB 3.0 credential or a CLR "
                + "2.0 ClrCredential as a VC-JWT or with an embedded Data Integrity proof.")
final class SignCommand implements Callable<Integer> {

    /** The largest key file read; a JWK is well under a kilobyte, even for RSA 4096. */
    static final int MAX_KEY_BYTES = 64 * 1024;

    /** The environment variable that holds the key store password when no password file is given. */
    static final String PASSWORD_VARIABLE = "LAUREL_KEYSTORE_PASSWORD";

    /** The signature suites the command offers, with the key kind each needs. */
    enum Suite {
        /** OB 2.0 signed badge: compact JWS over the assertion (any key kind; RS256 recommended). */
        OB2_JWS("ob2-jws", null),
        /** OB 3.0 VC-JWT signed with RS256. */
        VC_JWT_RS256("vc-jwt-rs256", KeyKind.RSA),
        /** OB 3.0 VC-JWT signed with ES256. */
        VC_JWT_ES256("vc-jwt-es256", KeyKind.P256),
        /** OB 3.0 VC-JWT signed with ES384. */
        VC_JWT_ES384("vc-jwt-es384", KeyKind.P384),
        /** OB 3.0 VC-JWT signed with EdDSA (Ed25519). */
        VC_JWT_EDDSA("vc-jwt-eddsa", KeyKind.ED25519),
        /** OB 3.0 embedded proof: DataIntegrityProof, cryptosuite eddsa-rdfc-2022. */
        EDDSA_RDFC_2022("eddsa-rdfc-2022", KeyKind.ED25519),
        /** OB 3.0 embedded proof: DataIntegrityProof, cryptosuite ecdsa-rdfc-2019 (a P-256 or P-384 key). */
        ECDSA_RDFC_2019("ecdsa-rdfc-2019", null),
        /** OB 3.0 embedded selective-disclosure base proof: cryptosuite ecdsa-sd-2023 (a P-256 key), for the holder. */
        ECDSA_SD_2023("ecdsa-sd-2023", KeyKind.P256);

        private final String label;
        private final KeyKind keyKind;

        Suite(String label, KeyKind keyKind) {
            this.label = label;
            this.keyKind = keyKind;
        }

        String label() {
            return label;
        }

        /** The key kind the suite needs, or empty when any kind signs or (ecdsa-rdfc-2019) one of two. */
        Optional<KeyKind> keyKind() {
            return Optional.ofNullable(keyKind);
        }

        /** Whether the suite signs with a key of this kind. */
        boolean accepts(KeyKind kind) {
            if (this == ECDSA_RDFC_2019) {
                return kind == KeyKind.P256 || kind == KeyKind.P384;
            }
            return keyKind == null || keyKind == kind;
        }

        boolean isJws() {
            return this != EDDSA_RDFC_2022 && this != ECDSA_RDFC_2019 && this != ECDSA_SD_2023;
        }

        static Suite parse(String value) {
            for (Suite s : values()) {
                if (s.label.equals(value)) {
                    return s;
                }
            }
            throw new CommandLine.TypeConversionException("unknown suite '" + value + "' (expected one of: "
                    + labels() + ")");
        }

        static String labels() {
            return Arrays.stream(values()).map(Suite::label).collect(Collectors.joining(", "));
        }
    }

    /** Lists the suites in help and shell completion. */
    static final class SuiteNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Suite.values()).map(Suite::label).iterator();
        }
    }

    @Mixin
    SigningOptions signing;

    @Option(names = "--mandatory", paramLabel = "POINTER", description = "ecdsa-sd-2023 only, repeatable: a JSON "
            + "Pointer (RFC 6901) to what every disclosure derived from the base proof must reveal, e.g. /issuer.")
    List<String> mandatory;

    @Option(names = "--out", paramLabel = "OUT", description = "Where to write the signed badge (default: stdout).")
    Path out;

    @Parameters(index = "0", paramLabel = "IN", description = "The badge to sign (JSON).")
    Path in;

    @Spec
    CommandSpec spec;

    /** Converts --suite values. */
    static final class SuiteConverter implements CommandLine.ITypeConverter<Suite> {
        @Override
        public Suite convert(String value) {
            return Suite.parse(value);
        }
    }

    @Override
    public Integer call() {
        SigningOptions.Prepared prepared = signing.prepare("sign", mandatory);
        SignCommand.Suite suite = signing.suite;
        byte[] input = BakeCommand.read(in);

        BadgeDocument doc;
        try {
            doc = BadgeJson.standard().read(input);
        } catch (BadgeJsonException e) {
            return fail(in + " is not a badge: " + e.getMessage() + " [" + e.code().name() + "]");
        }
        if (doc.jws().isPresent()) {
            return fail(in + " is already signed (a compact JWS); sign the JSON badge instead");
        }
        if (doc.kind() == DocumentKind.CLR_CREDENTIAL && suite == Suite.ECDSA_SD_2023) {
            // The same refusal as clr build's: a selective-disclosure base proof is for one credential a holder
            // derives from, and Laurel derives no CLR.
            throw clrSuiteRefused("sign", suite);
        }
        if (suite == Suite.OB2_JWS ? doc.kind() != DocumentKind.OB2_ASSERTION
                : doc.kind() != DocumentKind.OB3_CREDENTIAL && doc.kind() != DocumentKind.OB3_ENDORSEMENT_CREDENTIAL
                && doc.kind() != DocumentKind.CLR_CREDENTIAL) {
            String wanted = suite == Suite.OB2_JWS ? "an OB 2.0 Assertion" : "an OB 3.0 credential or a CLR 2.0 ClrCredential";
            String got = doc.isBadge() ? "an OB " + doc.version().orElseThrow().label() + " " + doc.kind().displayName()
                    : "not a badge (" + doc.description() + ")";
            return fail(suite.label() + " signs " + wanted + ", but " + in + " is " + got);
        }

        SigningOptions.Signed signed;
        try {
            signed = signing.sign(doc.json(), prepared, this::warnIfInvalid);
        } catch (DataIntegrityException e) {
            String message = e.getMessage().startsWith("cannot sign: ") ? e.getMessage().substring(13) : e.getMessage();
            return fail("cannot sign " + in + ": " + message + " [" + e.code().name() + "]");
        } catch (IllegalArgumentException e) {
            // The signers refuse a credential without an issuer id or a zoned validFrom this way.
            return fail("cannot sign " + in + ": " + e.getMessage());
        }
        OutputFiles.writeText(Optional.ofNullable(out), signed.text(), spec.commandLine().getOut());
        spec.commandLine().getErr().println("signed " + doc.kind().displayName() + " with " + suite.label() + " ("
                + signed.by() + ")" + (out != null ? " into " + out : ""));
        return Laurel.OK;
    }

    /**
     * The usage error of {@code sign} and {@code clr build} for a suite that does not sign a CLR (ob2-jws,
     * ecdsa-sd-2023).
     */
    static UsageException clrSuiteRefused(String command, Suite suite) {
        return new UsageException(command + " signs a ClrCredential with eddsa-rdfc-2022, ecdsa-rdfc-2019 or a vc-jwt "
                + "suite, not " + suite.label());
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("laurel: " + message);
        return Laurel.FAILED;
    }

    /** Signing an invalid badge is allowed (test material), but it will not verify: say so. */
    private void warnIfInvalid(ObjectNode json) {
        warnIfInvalid(json, in, spec.commandLine().getErr());
    }

    /**
     * Warns on {@code err} when the document about to be signed is not valid (it is still signed: test material).
     *
     * @param json the document as it will be signed
     * @param what the name printed for it
     * @param err standard error
     */
    static void warnIfInvalid(ObjectNode json, Object what, java.io.PrintWriter err) {
        ValidationResult result = BadgeJson.standard().validate(BadgeJson.standard().serialize(json, false));
        if (!result.valid()) {
            err.println("laurel: warning: " + what + " is not valid, so the signed badge will not verify:");
            for (Problem p : result.problems()) {
                if (p.severity() == Severity.ERROR) {
                    err.println("  " + p);
                }
            }
        }
    }

    /**
     * Returns the key store password: the first line of the password file when one is given, else the
     * environment variable's value.
     *
     * @param file the password file, or null
     * @param environment the value of {@value #PASSWORD_VARIABLE}, or null
     * @return the password; the caller clears it
     * @throws UsageException if there is neither, or the file is missing, too large or empty
     */
    static char[] keystorePassword(Path file, String environment) {
        if (file == null) {
            if (environment == null || environment.isEmpty()) {
                throw new UsageException("--keystore needs its password: --keystore-password-file FILE, or the "
                        + "environment variable " + PASSWORD_VARIABLE);
            }
            return environment.toCharArray();
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_KEY_BYTES) {
                throw new UsageException(file + " is too large for a password file");
            }
            bytes = Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read " + file + ": " + OutputFiles.reason(e));
        }
        java.nio.CharBuffer chars = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes));
        Arrays.fill(bytes, (byte) 0);
        int start = chars.limit() > 0 && chars.get(0) == '\uFEFF' ? 1 : 0;
        int end = start;
        while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
            end++;
        }
        char[] password = new char[end - start];
        chars.position(start);
        chars.get(password);
        Arrays.fill(chars.array(), '\0');
        if (password.length == 0) {
            throw new UsageException("the password file " + file + " is empty (its first line is the password)");
        }
        return password;
    }

    /**
     * Reads a private JWK.
     *
     * @param file the JWK file
     * @return the signing key
     * @throws UsageException if the file is missing, too large, not a JWK, or holds no private key
     */
    static LaurelKey readKey(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        try {
            if (Files.size(file) > MAX_KEY_BYTES) {
                throw new UsageException(file + " is too large for a JWK");
            }
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read " + file + ": " + OutputFiles.reason(e));
        }
        byte[] bytes = BakeCommand.read(file);
        LaurelKey key;
        try {
            key = KeyPairs.fromJwk(new String(bytes, StandardCharsets.UTF_8));
        } catch (KeyException e) {
            throw new UsageException(file + " is not a usable JWK: " + e.getMessage());
        }
        if (!key.canSign()) {
            throw new UsageException(file + " holds a public key only; signing needs the private JWK");
        }
        return key;
    }
}
