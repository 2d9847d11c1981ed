package dev.laurel.badges.core.taxonomy.classify;

/** What a {@link Classification} rests on. */
public enum Basis {
    /** The badge declares its level with a Laurel level alignment. */
    DECLARED,
    /** The level was inferred from the evidence in the badge. */
    INFERRED,
    /** No level: the evidence was too weak. */
    UNCLASSIFIED
}
