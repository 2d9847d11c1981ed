package dev.laurel.badges.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class JsonPointersTest {

    @Test
    void escapesTildeBeforeSlashSoNoTokenIsMisread() {
        // RFC 6901: "~1" in a name must come out as "~01", not "~1" read back as "/".
        assertEquals("a~1b", JsonPointers.escape("a/b"));
        assertEquals("~0x", JsonPointers.escape("~x"));
        assertEquals("~01", JsonPointers.escape("~1"));
    }

    @Test
    void leavesAPlainNameAsItIs() {
        String name = "credentialSubject";
        assertSame(name, JsonPointers.escape(name));
    }

    @Test
    void buildsMemberAndElementPointers() {
        assertEquals("/evidence/0/a~1b", JsonPointers.child(JsonPointers.child("/evidence", 0), "a/b"));
        assertEquals("/", JsonPointers.child("", ""));
    }
}
