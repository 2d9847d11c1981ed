package dev.laurel.badges.core;

/**
 * Builds the JSON Pointers (RFC 6901) that {@link Problem#path()} and every other finding carry, so that
 * a member named {@code a/b} or {@code ~x} is addressed the same way by every module.
 */
public final class JsonPointers {

    private JsonPointers() {
    }

    /**
     * Escapes one reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}
     * (RFC 6901, section 3).
     *
     * @param token a member name
     * @return the token as it stands in a pointer; the same string when nothing needs escaping
     */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Returns the pointer to a member of the object at {@code parent}.
     *
     * @param parent the object's pointer; {@code ""} is the whole document
     * @param member the member name, unescaped
     * @return for example {@code /credentialSubject/a~1b} for member {@code a/b}
     */
    public static String child(String parent, String member) {
        return parent + "/" + escape(member);
    }

    /**
     * Returns the pointer to an element of the array at {@code parent}.
     *
     * @param parent the array's pointer
     * @param index the element's index, from 0
     * @return for example {@code /evidence/0}
     */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
