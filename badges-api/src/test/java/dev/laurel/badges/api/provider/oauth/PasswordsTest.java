package dev.laurel.badges.api.provider.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Argon2id password hashes in PHC form. */
class PasswordsTest {

    @Test
    void aHashVerifiesItsPasswordOnly() {
        char[] password = "correct horse battery staple".toCharArray();
        String hash = Passwords.hash(password);
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("horse");
        assertThat(password).isEqualTo("correct horse battery staple".toCharArray());   // the caller's, untouched
        assertThat(Passwords.verify(password, hash)).isTrue();
        assertThat(Passwords.verify("correct horse battery stapl".toCharArray(), hash)).isFalse();
        assertThat(Passwords.verify("".toCharArray(), hash)).isFalse();
        assertThat(Passwords.hash(password)).as("a fresh salt each time").isNotEqualTo(hash);
    }

    @Test
    void nonAsciiPasswordsWork() {
        String hash = Passwords.hash("pässwörd ✓".toCharArray());
        assertThat(Passwords.verify("pässwörd ✓".toCharArray(), hash)).isTrue();
        assertThat(Passwords.verify("passwort ✓".toCharArray(), hash)).isFalse();
    }

    @Test
    void theReferenceImplementationsHashVerifies() {
        // Made by the reference C library (Debian's libargon2, argon2id_hash_encoded), not by Bouncy Castle.
        String reference = "$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$F1jG2CV3/Nr+yRuIsPKw0J9r4s7cJHBU";
        assertThat(Passwords.verify("password".toCharArray(), reference)).isTrue();
        assertThat(Passwords.verify("Password".toCharArray(), reference)).isFalse();
        String ours = "$argon2id$v=19$m=19456,t=2,p=1$MDEyMzQ1Njc4OWFiY2RlZg$QfkxvhERZc2hMiIBVgTiaVNSRCw53nlvBGiqHkVVbCw";
        assertThat(Passwords.verify("pässwörd ✓".toCharArray(), ours)).isTrue();
    }

    @Test
    void malformedOrOversizedHashesDoNotVerify() {
        char[] p = "x".toCharArray();
        assertThat(Passwords.verify(p, "")).isFalse();
        assertThat(Passwords.verify(p, "plain")).isFalse();
        assertThat(Passwords.verify(p, "$2a$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234")).isFalse();
        assertThat(Passwords.verify(p, "$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG"))
                .isFalse();
        // 4 GiB of memory from a planted hash: refused without running it.
        assertThat(Passwords.verify(p, "$argon2id$v=19$m=4194304,t=2,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG"))
                .isFalse();
        assertThatThrownBy(() -> Passwords.hash(new char[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLoginTakesWellUnderASecond() {
        String hash = Passwords.hash("warm up".toCharArray());
        Passwords.verify("warm up".toCharArray(), hash);
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            Passwords.verify("warm up".toCharArray(), hash);
            times[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(times);
        System.out.println("[Passwords] argon2id verify, median of 5: " + times[2] + " ms");
        // The goal is < ~100 ms; the bound leaves room for a loaded CI machine.
        assertThat(times[2]).isLessThan(1000);
    }
}
