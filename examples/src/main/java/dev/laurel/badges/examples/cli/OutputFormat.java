package dev.laurel.badges.examples.cli;

/** How results are printed: readable text, or JSON Lines (one object per input on stdout). */
enum OutputFormat {
    /** Readable text. */
    text,
    /** JSON Lines. */
    json
}
