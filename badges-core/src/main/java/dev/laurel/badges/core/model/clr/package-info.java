/**
 * The Comprehensive Learner Record 2.0 data model (1EdTech CLR 2.0) as immutable records: a
 * {@link dev.laurel.badges.core.model.clr.ClrCredential} whose subject, a
 * {@link dev.laurel.badges.core.model.clr.ClrSubject}, holds the learner's achievements as nested
 * {@link dev.laurel.badges.core.model.ob3.OpenBadgeCredential}s, the achievements themselves, and the
 * {@link dev.laurel.badges.core.model.clr.Association}s between them (typed by the open vocabulary
 * {@link dev.laurel.badges.core.model.clr.AssociationType}).
 *
 * <p>CLR 2.0 builds on Open Badges 3.0: its {@code Achievement}, {@code Profile}, {@code IdentityObject},
 * {@code EndorsementCredential} and proof classes are the OB 3.0 ones (the official CLR 2.0 schemas define them
 * property for property as the OB 3.0 schema does), so this package reuses the records of
 * {@code dev.laurel.badges.core.model.ob3}. The records follow the same conventions: one component per JSON
 * property, {@code Optional} for one value and {@code List} for several, and a last {@code extensions}
 * component that keeps everything else, so that a nested signed credential is written back as it was read.
 *
 * <pre>{@code
 * ClrCredential clr = ClrCredential.builder()
 *         .id("urn:uuid:2d1f7ac8-3d6f-4f6e-9e55-7a4c1f0b9c11")
 *         .name("Transcript of Sam")
 *         .issuer(Profile.of("https://registrar.example.edu", "Example University"))
 *         .validFrom(Instant.parse("2025-06-30T00:00:00Z"))
 *         .credentialSubject(ClrSubject.builder()
 *                 .id("did:example:sam")
 *                 .verifiableCredential(courseBadge, programBadge)
 *                 .association(Association.of(AssociationType.IS_PART_OF, courseId, programId))
 *                 .build())
 *         .build();
 * List<Problem> problems = BadgeValidator.standard().validate(clr);
 * }</pre>
 *
 * @see <a href="https://www.imsglobal.org/spec/clr/v2p0/">Comprehensive Learner Record Standard 2.0</a>
 */
package dev.laurel.badges.core.model.clr;
