package dev.laurel.badges.api.provider.oauth;

import dev.laurel.badges.api.store.AuthorizationStore;
import dev.laurel.badges.api.store.StoredUser;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Password hashes for learner accounts: argon2id (RFC 9106) through Bouncy Castle, written as the PHC string
 * format that the reference implementation and libsodium use:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded standard Base64).
 *
 * <p>The parameters are OWASP's minimum for argon2id (19 MiB, two passes, one lane), about 50 ms per hash on
 * the project's machines: slow for an attacker with a stolen table, quick enough for a login. A stored hash
 * carries its own parameters, so raising them later leaves old hashes verifiable. Verification refuses
 * parameters beyond sane bounds, so that a planted hash cannot make a login use gigabytes.
 *
 * <p>The password arrives as a {@code char[]}: the copies made here (its UTF-8 bytes, the derived hash) are
 * wiped before returning; the caller wipes its own array.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9106">RFC 9106, Argon2</a>
 */
public final class Passwords {

    /** Memory in KiB. */
    static final int MEMORY_KIB = 19 * 1024;
    /** Passes over the memory. */
    static final int ITERATIONS = 2;
    /** Lanes. */
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** The largest parameters a stored hash may ask for. */
    private static final int MAX_MEMORY_KIB = 256 * 1024;
    private static final int MAX_ITERATIONS = 16;
    private static final int MAX_PARALLELISM = 8;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{22,128})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private Passwords() {}

    /**
     * Hashes a password with a fresh random salt.
     *
     * @param password the password (not changed; the caller wipes it)
     * @return the PHC string, e.g. {@code $argon2id$v=19$m=19456,t=2,p=1$...$...}
     * @throws IllegalArgumentException if the password is empty or not valid UTF-16 (a lone surrogate)
     * @throws NullPointerException if {@code password} is null
     */
    public static String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        if (password.length == 0) {
            throw new IllegalArgumentException("the password is empty");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        try {
            return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                    + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
        } finally {
            Arrays.fill(hash, (byte) 0);
        }
    }

    /**
     * Checks a password against a stored hash, comparing in constant time.
     *
     * @param password the password given (not changed; the caller wipes it)
     * @param encoded  the stored PHC string
     * @return true when they match; false for a wrong password, and for a hash that is not an argon2id PHC
     *     string within bounds
     * @throws NullPointerException if an argument is null
     */
    public static boolean verify(char[] password, String encoded) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(encoded, "encoded");
        Matcher m = PHC.matcher(encoded);
        if (!m.matches()) {
            return false;
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int parallelism = Integer.parseInt(m.group(3));
        if (memory < 8 * parallelism || memory > MAX_MEMORY_KIB || iterations < 1 || iterations > MAX_ITERATIONS
                || parallelism < 1 || parallelism > MAX_PARALLELISM) {
            return false;
        }
        byte[] salt;
        byte[] expected;
        try {
            salt = B64D.decode(m.group(4));
            expected = B64D.decode(m.group(5));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        byte[] actual;
        try {
            actual = derive(password, salt, memory, iterations, parallelism, expected.length);
        } catch (IllegalArgumentException lonelySurrogate) {
            return false;
        }
        try {
            return MessageDigest.isEqual(actual, expected);
        } finally {
            Arrays.fill(actual, (byte) 0);
            Arrays.fill(expected, (byte) 0);
        }
    }

    /**
     * Spends the time of one verification without a stored hash: called for an unknown user name, so that
     * the time of a login attempt does not tell whether the account exists.
     *
     * @param password the password given
     */
    public static void verifyNothing(char[] password) {
        verify(password, DUMMY);
    }

    /**
     * Checks a sign-in against the learner accounts: the OAuth consent page and the web pages' sign-in share it.
     * An unknown name costs the time of a verification too (see {@link #verifyNothing}); a disabled account never
     * signs in. The password's characters are wiped after use (the {@code String} itself cannot be).
     *
     * @param accounts the accounts
     * @param name the name given, may be null
     * @param password the password given, may be null
     * @return the account, when the name is known, the password matches and the account is enabled; empty for a
     *     null, empty or over-long name, an empty password and every failure
     * @throws NullPointerException if {@code accounts} is null
     * @throws dev.laurel.badges.api.store.StoreException if the store cannot be read
     */
    public static Optional<StoredUser> signIn(AuthorizationStore accounts, String name, String password) {
        Objects.requireNonNull(accounts, "accounts");
        if (name == null || password == null || name.isEmpty() || password.isEmpty()
                || name.length() > AuthorizationStore.MAX_NAME_LENGTH) {
            return Optional.empty();
        }
        char[] chars = password.toCharArray();
        try {
            Optional<StoredUser> user = accounts.user(name);
            if (user.isEmpty()) {
                verifyNothing(chars);
                return Optional.empty();
            }
            boolean ok = verify(chars, user.get().passwordHash());
            return ok && !user.get().disabled() ? user : Optional.empty();
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** A hash of a random password, for {@link #verifyNothing}. */
    private static final String DUMMY = hash(randomPassword());

    private static char[] randomPassword() {
        char[] p = new char[24];
        for (int i = 0; i < p.length; i++) {
            p[i] = (char) ('a' + RANDOM.nextInt(26));
        }
        return p;
    }

    private static byte[] derive(char[] password, byte[] salt, int memory, int iterations, int parallelism,
                                 int length) {
        byte[] utf8 = utf8(password);
        try {
            Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(memory)
                    .withIterations(iterations)
                    .withParallelism(parallelism)
                    .withSalt(salt)
                    .build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(params);
            byte[] out = new byte[length];
            generator.generateBytes(utf8, out);
            return out;
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    /** The password's UTF-8 bytes, without an intermediate String (which could not be wiped). */
    private static byte[] utf8(char[] password) {
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(password));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            if (buffer.hasArray()) {
                Arrays.fill(buffer.array(), (byte) 0);
            }
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the password is not valid UTF-16", e);
        }
    }
}
