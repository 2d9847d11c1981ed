/**
 * The Open Badges 3.0 data model as immutable records: {@link dev.laurel.badges.core.model.ob3.OpenBadgeCredential}
 * (the specification's {@code AchievementCredential}) and everything it contains, the
 * {@link dev.laurel.badges.core.model.ob3.EndorsementCredential}, and the vocabularies
 * ({@link dev.laurel.badges.core.model.ob3.AchievementType}, {@link dev.laurel.badges.core.model.ob3.ResultType},
 * ...).
 *
 * <p>Each record has one component per JSON property, named as the property ({@code context} is
 * {@code @context}); a single value is an {@code Optional} even when the specification requires it, and a
 * multi-valued property is a {@code List}, so that any document, valid or not, can be held without loss. The last
 * component, {@code extensions}, keeps whatever else the document carries. The builders of the larger records check
 * the required properties; {@link dev.laurel.badges.core.validation.BadgeValidator} reports everything else the
 * specification asks for.
 *
 * <pre>{@code
 * Achievement achievement = Achievement.builder()
 *         .id("https://example.org/achievements/teamwork")
 *         .name("Teamwork")
 *         .description("Collaborates within a group.")
 *         .criteria(Criteria.ofNarrative("Nominated by peers."))
 *         .level(CredentialLevel.skill())
 *         .build();
 * OpenBadgeCredential badge = OpenBadgeCredential.builder()
 *         .id("urn:uuid:8ba8c5b6-2a4e-4d28-9a56-8b3f8d6f1f3e")
 *         .issuer(Profile.of("https://example.org/issuer", "Example Org"))
 *         .validFrom(Instant.parse("2025-01-01T00:00:00Z"))
 *         .credentialSubject(AchievementSubject.builder()
 *                 .id("did:example:learner").achievement(achievement).build())
 *         .build();
 * List<Problem> problems = BadgeValidator.standard().validate(badge); // empty
 * }</pre>
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/">Open Badges Specification 3.0</a>
 */
package dev.laurel.badges.core.model.ob3;
