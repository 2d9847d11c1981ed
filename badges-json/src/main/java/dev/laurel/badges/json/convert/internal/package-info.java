/**
 * The conversion engine behind the public {@code Converter}: one two-way mapping table per pair of
 * concepts ({@code AlignmentMapping}, {@code CriteriaMapping}, {@code ProfileMapping}...), run JSON to JSON
 * in either direction, one member at a time, so that every member of the source is mapped or reported where
 * it stands. {@link dev.laurel.badges.json.convert.internal.Engine} is the one entry; the package imports
 * nothing from the public {@code convert} package, which depends on it. Not exported.
 *
 * <pre>{@code
 * Engine engine = Engine.toV3(iri -> Optional.empty(), null);
 * ObjectNode credential = engine.convert(Engine.Document.CREDENTIAL, assertionJson);
 * engine.findings().forEach(f -> System.out.println(f.code() + " " + f.path()));
 * }</pre>
 */
package dev.laurel.badges.json.convert.internal;
