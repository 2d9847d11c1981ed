/**
 * A small immutable JSON value type ({@link dev.laurel.badges.core.json.JsonValue}) in which the model keeps
 * what it does not map to typed components, so that extensions survive every round trip.
 *
 * <pre>{@code
 * JsonObject ext = JsonObject.builder().put("extensions:level", "skill").build();
 * }</pre>
 */
package dev.laurel.badges.core.json;
