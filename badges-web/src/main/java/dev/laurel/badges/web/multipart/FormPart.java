package dev.laurel.badges.web.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One part of a {@code multipart/form-data} body (RFC 7578 section 4).
 *
 * @param name the field name from {@code Content-Disposition}
 * @param filename the file name, when the part is a file
 * @param contentType the part's {@code Content-Type}, if it gave one
 * @param content the part's bytes
 */
public record FormPart(String name, Optional<String> filename, Optional<String> contentType, byte[] content) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public FormPart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    /**
     * Returns the part's bytes, copied.
     *
     * @return the bytes
     */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /**
     * Returns the part's bytes as UTF-8 text (RFC 7578 4.6: form fields are UTF-8 unless a charset is given).
     *
     * @return the text; malformed sequences become U+FFFD
     */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /**
     * Returns the number of bytes of the part's content.
     *
     * @return the size
     */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormPart p && name.equals(p.name) && filename.equals(p.filename)
                && contentType.equals(p.contentType) && Arrays.equals(content, p.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, filename, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "FormPart[" + name + filename.map(f -> ", file " + f).orElse("") + ", " + content.length + " bytes]";
    }
}
