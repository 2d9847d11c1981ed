package dev.laurel.badges.web.view;

import java.util.Objects;

/**
 * The frame every page shares.
 *
 * @param serviceName the service's name, in the title and the header
 * @param maxUploadBytes the upload limit, in bytes, stated next to the form
 */
public record Site(String serviceName, long maxUploadBytes) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if serviceName is null
     */
    public Site {
        Objects.requireNonNull(serviceName, "serviceName");
    }

    /**
     * Returns the upload limit for people.
     *
     * @return e.g. {@code 2 MiB} or {@code 1500 bytes}
     */
    public String maxUpload() {
        if (maxUploadBytes % (1024 * 1024) == 0) {
            return maxUploadBytes / (1024 * 1024) + " MiB";
        }
        if (maxUploadBytes % 1024 == 0) {
            return maxUploadBytes / 1024 + " KiB";
        }
        return maxUploadBytes + " bytes";
    }
}
