package dev.laurel.badges.json;

/** The Open Badges version a document belongs to. */
public enum BadgeVersion {
    /** Open Badges 2.0 (and 1.1 documents read as 2.0). */
    V2_0("2.0"),
    /** Open Badges 3.0 (VC Data Model 2.0, and 1.1 credentials read as 3.0). */
    V3_0("3.0");

    private final String label;

    BadgeVersion(String label) {
        this.label = label;
    }

    /**
     * Returns the version as written on the command line and in reports, {@code "2.0"} or {@code "3.0"}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
