/**
 * The conversion engines behind {@link dev.laurel.badges.json.convert.Converter}: JSON to JSON, one member
 * at a time, so that every member of the source is mapped or reported where it stands. Not exported.
 *
 * <pre>{@code
 * Trace trace = new Trace();
 * ObjectNode credential = new Forward(trace, ReferenceResolver.none(), null).assertion(assertionJson);
 * }</pre>
 */
package dev.laurel.badges.json.convert.internal;
