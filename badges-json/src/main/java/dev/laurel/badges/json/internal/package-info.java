/**
 * Internals of badges-json, not exported: the bounded strict JSON reader, the reflective model codec,
 * kind detection, the bundled OB 3.0 schema and conversions between core's JSON values and Jackson's.
 */
package dev.laurel.badges.json.internal;
