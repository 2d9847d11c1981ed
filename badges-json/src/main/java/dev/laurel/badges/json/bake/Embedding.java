package dev.laurel.badges.json.bake;

import dev.laurel.badges.json.BadgeVersion;

/**
 * Where each Open Badges version puts a badge in an image: the PNG {@code iTXt} keyword and the SVG
 * element and namespace (OB 2.0 Baking; OB 3.0 "Document Format", baked images).
 */
final class Embedding {

    private Embedding() {
    }

    /** The PNG iTXt keyword: {@code openbadges} (2.0) or {@code openbadgecredential} (3.0). */
    static String pngKeyword(BadgeVersion version) {
        return switch (version) {
            case V2_0 -> "openbadges";
            case V3_0 -> "openbadgecredential";
        };
    }

    /** The SVG namespace of the badge element. */
    static String svgNamespace(BadgeVersion version) {
        return switch (version) {
            case V2_0 -> "http://openbadges.org";
            case V3_0 -> "https://purl.imsglobal.org/ob/v3p0";
        };
    }

    /** The local name of the SVG badge element: {@code assertion} (2.0) or {@code credential} (3.0). */
    static String svgElement(BadgeVersion version) {
        return switch (version) {
            case V2_0 -> "assertion";
            case V3_0 -> "credential";
        };
    }
}
