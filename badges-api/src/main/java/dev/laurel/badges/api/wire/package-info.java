/**
 * The values the OB 3.0 API's client and provider exchange, as immutable records, and {@link
 * dev.laurel.badges.api.wire.WireCodec}, which reads and writes them: {@link
 * dev.laurel.badges.api.wire.StatusInfo} (Imsx_StatusInfo), {@link
 * dev.laurel.badges.api.wire.CredentialsResponse} (GetOpenBadgeCredentialsResponse), {@link
 * dev.laurel.badges.api.wire.PageLinks} (the {@code Link} and {@code X-Total-Count} headers of
 * {@code getCredentials}), {@link dev.laurel.badges.api.wire.ServiceDescription} (the discovery document) and
 * the OAuth 2.0 {@link dev.laurel.badges.api.wire.Scopes}. Reading untrusted
 * input never leaks a parser exception: it fails with {@link dev.laurel.badges.api.wire.WireException}.
 */
package dev.laurel.badges.api.wire;
