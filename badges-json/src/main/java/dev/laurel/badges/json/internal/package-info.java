/**
 * Internals of badges-json shared by its packages, not exported: conversions between core's JSON values
 * and Jackson's, and the writing-only mapper. It imports nothing from the public packages above it (the
 * strict reader, the model codec, kind detection and the bundled schema are package-private classes of
 * {@code dev.laurel.badges.json}, next to the public types they use), so there is no package cycle.
 */
package dev.laurel.badges.json.internal;
