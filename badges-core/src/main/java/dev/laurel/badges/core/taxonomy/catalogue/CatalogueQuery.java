package dev.laurel.badges.core.taxonomy.catalogue;

import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;

import java.util.Objects;
import java.util.Optional;

/**
 * What a learner searches a {@link Catalogue} for; every part given must match.
 *
 * <pre>{@code
 * CatalogueQuery q = CatalogueQuery.all().text("python data").minimumLevel(CredentialLevel.skill()).limit(10);
 * }</pre>
 *
 * @param text words to find in the name, tags and description (case-insensitive), if any
 * @param level the exact level, if any
 * @param minimumLevel the least level (see {@link CredentialLevel#isAtLeast}), if any
 * @param issuerId the issuer's id, if any
 * @param competency a competency URL or code the achievement must be aligned to, if any
 * @param limit the most hits to return, at least 1
 */
public record CatalogueQuery(Optional<String> text, Optional<LevelKind> level, Optional<CredentialLevel> minimumLevel,
        Optional<String> issuerId, Optional<String> competency, int limit) {

    /** The default and largest useful limit. */
    public static final int DEFAULT_LIMIT = 100;

    /**
     * Creates a query.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code limit} is less than 1
     */
    public CatalogueQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(minimumLevel, "minimumLevel");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(competency, "competency");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
    }

    /**
     * Returns a query that matches everything, up to {@link #DEFAULT_LIMIT} hits.
     *
     * @return the query
     */
    public static CatalogueQuery all() {
        return new CatalogueQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), DEFAULT_LIMIT);
    }

    /**
     * Returns this query with words to find.
     *
     * @param words the words
     * @return the query
     * @throws NullPointerException if {@code words} is null
     */
    public CatalogueQuery text(String words) {
        return new CatalogueQuery(Optional.of(Objects.requireNonNull(words, "words")), level, minimumLevel, issuerId,
                competency, limit);
    }

    /**
     * Returns this query restricted to one level.
     *
     * @param kind the level
     * @return the query
     * @throws NullPointerException if {@code kind} is null
     */
    public CatalogueQuery level(LevelKind kind) {
        return new CatalogueQuery(text, Optional.of(Objects.requireNonNull(kind, "kind")), minimumLevel, issuerId,
                competency, limit);
    }

    /**
     * Returns this query restricted to levels at or above one.
     *
     * @param least the least level
     * @return the query
     * @throws NullPointerException if {@code least} is null
     */
    public CatalogueQuery minimumLevel(CredentialLevel least) {
        return new CatalogueQuery(text, level, Optional.of(Objects.requireNonNull(least, "least")), issuerId,
                competency, limit);
    }

    /**
     * Returns this query restricted to one issuer.
     *
     * @param id the issuer's id
     * @return the query
     * @throws NullPointerException if {@code id} is null
     */
    public CatalogueQuery issuer(String id) {
        return new CatalogueQuery(text, level, minimumLevel, Optional.of(Objects.requireNonNull(id, "id")),
                competency, limit);
    }

    /**
     * Returns this query restricted to achievements aligned to a competency.
     *
     * @param urlOrCode the competency's URL or code
     * @return the query
     * @throws NullPointerException if {@code urlOrCode} is null
     */
    public CatalogueQuery competency(String urlOrCode) {
        return new CatalogueQuery(text, level, minimumLevel, issuerId,
                Optional.of(Objects.requireNonNull(urlOrCode, "urlOrCode")), limit);
    }

    /**
     * Returns this query with another limit.
     *
     * @param most the most hits, at least 1
     * @return the query
     * @throws IllegalArgumentException if {@code most} is less than 1
     */
    public CatalogueQuery limit(int most) {
        return new CatalogueQuery(text, level, minimumLevel, issuerId, competency, most);
    }
}
