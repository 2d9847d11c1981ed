/**
 * Internals of the taxonomy services; not exported by the module and not API.
 *
 * <pre>{@code
 * String q = Text.percentEncode("a b"); // "a%20b"
 * }</pre>
 */
package dev.laurel.badges.core.taxonomy.internal;
