package dev.laurel.badges.verify.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PKCS#12 key store made once per test JVM by the JDK's own {@code keytool}, as an operator would make
 * one: entries {@code ed25519}, {@code ed25519-b}, {@code p256}, {@code p384}, {@code rsa} (2048 bits) that
 * Laurel signs with, and {@code dsa} and {@code rsa1024} that it refuses. Password {@link #PASSWORD}.
 */
public final class TestKeyStore {

    /** The store's and every key's password. */
    public static final String PASSWORD = "laurel-test-secret";

    private static Path file;

    private TestKeyStore() {
    }

    /**
     * Returns the key store file, made on first use in a temporary folder deleted when the JVM exits.
     *
     * @return the PKCS#12 file
     */
    public static synchronized Path file() {
        if (file == null) {
            try {
                Path dir = Files.createTempDirectory("laurel-keystore");
                Path store = dir.resolve("test.p12");
                // Deleted in the reverse order of registration: the file, then its folder.
                dir.toFile().deleteOnExit();
                store.toFile().deleteOnExit();
                keytool(store, "ed25519", "-keyalg", "Ed25519");
                keytool(store, "ed25519-b", "-keyalg", "Ed25519");
                keytool(store, "p256", "-keyalg", "EC", "-groupname", "secp256r1");
                keytool(store, "p384", "-keyalg", "EC", "-groupname", "secp384r1");
                keytool(store, "rsa", "-keyalg", "RSA", "-keysize", "2048");
                keytool(store, "dsa", "-keyalg", "DSA", "-keysize", "2048");
                keytool(store, "rsa1024", "-keyalg", "RSA", "-keysize", "1024");
                file = store;
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return file;
    }

    /**
     * Returns the password as the API takes it.
     *
     * @return a fresh copy
     */
    public static char[] password() {
        return PASSWORD.toCharArray();
    }

    /**
     * Loads the key store, for tests that build odd entries from its keys.
     *
     * @return the loaded store
     */
    public static KeyStore load() {
        try {
            return KeyStore.getInstance(file().toFile(), password());
        } catch (IOException | GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Runs {@code keytool -genkeypair} into a PKCS#12 store.
     *
     * @param store the store file (created or added to)
     * @param alias the new entry's alias
     * @param keyOptions {@code -keyalg} and its size or curve
     */
    public static void keytool(Path store, String alias, String... keyOptions) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), "-genkeypair", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", PASSWORD, "-alias", alias, "-dname", "CN=" + alias, "-validity", "30"));
        command.addAll(List.of(keyOptions));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("keytool failed for " + alias + ": " + output);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
