/**
 * Conversion between Open Badges 2.0 and 3.0, with a report of everything that does not carry over.
 *
 * <p>{@link dev.laurel.badges.json.convert.Converter} converts model records both ways (an OB 2.0
 * {@code Assertion} to an unsigned OB 3.0 {@code OpenBadgeCredential} as the OB 3.0 implementation guide's
 * migration section describes, and back) and whole documents read by {@code BadgeJson}. Each
 * {@link dev.laurel.badges.json.convert.ConversionResult} holds the converted model, problems with a
 * {@link dev.laurel.badges.json.convert.ConversionCode} and a JSON Pointer into the source, and
 * {@link dev.laurel.badges.json.convert.Mapping}s from source to target pointers: every property of the
 * source is either mapped, carried over as an extension, or reported. References (a badge class or issuer
 * named by IRI) are embedded when a {@link dev.laurel.badges.json.convert.ReferenceResolver} supplies the
 * documents, which the caller fetched; the converter never fetches.
 *
 * <pre>{@code
 * BadgeDocument doc = BadgeJson.standard().read(bytes);
 * ConversionResult<Object> result = Converter.standard()
 *         .convert(doc, BadgeVersion.V3_0, ReferenceResolver.of(Map.of(badgeIri, badgeClass)));
 * if (result.isComplete()) {
 *     String credential = BadgeJson.standard().write(result.model()); // unsigned: sign before issuing
 * }
 * result.problems().forEach(p -> System.out.println(p));           // "/verification: ... [SIGNATURE_DROPPED]"
 * }</pre>
 *
 * <p>The mapping tables, what is lost each way, and the codes are in {@code docs/CONVERSION.md}.
 */
package dev.laurel.badges.json.convert;
