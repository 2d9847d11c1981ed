/**
 * A bounded reader of {@code multipart/form-data} request bodies (RFC 7578), for the upload form of the web pages.
 * {@link dev.laurel.badges.web.multipart.MultipartParser#parse} returns the parts or throws a
 * {@link dev.laurel.badges.web.multipart.MultipartException} with a
 * {@link dev.laurel.badges.web.multipart.MultipartCode}; the limits are one
 * {@link dev.laurel.badges.web.multipart.MultipartLimits} value.
 *
 * <pre>{@code
 * try {
 *     List<FormPart> parts = MultipartParser.parse(contentType, body, MultipartLimits.ofMaxBytes(2_097_152));
 * } catch (MultipartException e) {
 *     // e.code(): NOT_MULTIPART, BAD_BOUNDARY, TOO_LARGE, TOO_MANY_PARTS, HEADER_TOO_LARGE, MALFORMED
 * }
 * }</pre>
 */
package dev.laurel.badges.web.multipart;
