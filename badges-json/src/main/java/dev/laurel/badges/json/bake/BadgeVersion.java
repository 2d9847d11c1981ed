package dev.laurel.badges.json.bake;

/** The Open Badges version a baked badge belongs to, as its PNG keyword or SVG namespace tells. */
public enum BadgeVersion {
    /**
     * Open Badges 2.0 (and the 1.x baking it continues): PNG keyword {@code openbadges}, SVG element
     * {@code assertion} in the {@code http://openbadges.org} namespace.
     */
    OB2("openbadges", "http://openbadges.org", "assertion"),
    /**
     * Open Badges 3.0: PNG keyword {@code openbadgecredential}, SVG element {@code credential} in the
     * {@code https://purl.imsglobal.org/ob/v3p0} namespace.
     */
    OB3("openbadgecredential", "https://purl.imsglobal.org/ob/v3p0", "credential");

    private final String pngKeyword;
    private final String svgNamespace;
    private final String svgElement;

    BadgeVersion(String pngKeyword, String svgNamespace, String svgElement) {
        this.pngKeyword = pngKeyword;
        this.svgNamespace = svgNamespace;
        this.svgElement = svgElement;
    }

    /**
     * Returns the keyword of the PNG {@code iTXt} chunk that carries a badge of this version.
     *
     * @return the keyword
     */
    public String pngKeyword() {
        return pngKeyword;
    }

    /**
     * Returns the XML namespace of the SVG badge element of this version.
     *
     * @return the namespace URI
     */
    public String svgNamespace() {
        return svgNamespace;
    }

    /**
     * Returns the local name of the SVG badge element of this version.
     *
     * @return {@code assertion} or {@code credential}
     */
    public String svgElement() {
        return svgElement;
    }
}
