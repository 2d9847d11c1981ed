/**
 * Baking: Open Badges 2.0 and 3.0 embedded in PNG and SVG images, and extracted from them safely.
 *
 * <p>{@link dev.laurel.badges.json.bake.Baker} is the one entry point. A
 * {@link dev.laurel.badges.json.bake.BadgePayload} says what to bake (a hosted URL, a compact JWS or
 * JSON, for OB 2.0 or 3.0); extraction returns a {@link dev.laurel.badges.json.bake.BakedBadge} with the
 * text exactly as embedded, its kind, its version and the image format. Untrusted images are read
 * within {@link dev.laurel.badges.json.bake.BakeLimits}; whatever cannot be read safely fails with a
 * {@link dev.laurel.badges.json.bake.BakeException} whose {@link dev.laurel.badges.json.bake.BakeCode}
 * says why.
 *
 * <pre>{@code
 * Baker baker = Baker.standard();
 * byte[] png = baker.bake(Files.readAllBytes(image), BadgePayload.ob2Url("https://example.org/assertions/1"));
 * baker.extract(png).ifPresent(b -> System.out.println(b.version() + " " + b.kind() + ": " + b.text()));
 * }</pre>
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/baking/">Open Badges 2.0 Baking</a>
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#baked-badge">Open Badges 3.0 Baked Badge</a>
 */
package dev.laurel.badges.json.bake;
