/**
 * The Open Badges 2.0 data model as immutable records: {@link dev.laurel.badges.core.model.ob2.Assertion},
 * {@link dev.laurel.badges.core.model.ob2.BadgeClass} and {@link dev.laurel.badges.core.model.ob2.Profile}
 * (the issuer), the objects they contain ({@link dev.laurel.badges.core.model.ob2.IdentityObject},
 * {@link dev.laurel.badges.core.model.ob2.VerificationObject}, {@link dev.laurel.badges.core.model.ob2.Evidence},
 * {@link dev.laurel.badges.core.model.ob2.Image}, {@link dev.laurel.badges.core.model.ob2.Criteria},
 * {@link dev.laurel.badges.core.model.ob2.AlignmentObject}), and the documents around them
 * ({@link dev.laurel.badges.core.model.ob2.RevocationList}, {@link dev.laurel.badges.core.model.ob2.CryptographicKey},
 * {@link dev.laurel.badges.core.model.ob2.Endorsement}).
 *
 * <p>The records follow the conventions of {@link dev.laurel.badges.core.model}: one component per JSON
 * property with the JSON name ({@code context} is {@code @context}); every singular property, required
 * or not, is an {@code Optional} so that an invalid document is held without loss; properties that OB 2.0
 * allows as one value or an array ({@code type}, {@code evidence}, {@code alignment}, {@code tags},
 * {@code endorsement}...) are lists; a property that is an IRI or an embedded object is a
 * {@link dev.laurel.badges.core.model.Ref}. Property extensions (e.g. {@code "extensions:ApplyLink"}) and
 * any unmapped property stay in the {@code extensions} component.
 *
 * <p>Constructors accept any combination; {@code build()} on the builders checks required properties;
 * {@link dev.laurel.badges.core.validation.BadgeValidator} reports everything else with stable codes.
 *
 * <pre>{@code
 * Profile issuer = Profile.builder().id("https://example.org/issuer").name("Example Maker Society")
 *         .url("https://example.org").email("contact@example.org").build();
 * BadgeClass badge = BadgeClass.builder().id("https://example.org/badges/5").name("3-D Printmaster")
 *         .description("Passed the safety test.").image("https://example.org/badges/5/image")
 *         .criteria(Criteria.narrative("Pass the test.")).issuer(issuer).build();
 * Assertion assertion = Assertion.builder().id("https://example.org/assertions/123")
 *         .recipient(IdentityObject.hashedEmail("alice@example.org", "deadsea"))
 *         .badge(badge).verification(VerificationObject.hosted())
 *         .issuedOn(Instant.parse("2016-12-31T23:59:59Z")).build();
 * List<Problem> problems = BadgeValidator.standard().validate(assertion); // empty
 * }</pre>
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/">Open Badges 2.0</a>
 */
package dev.laurel.badges.core.model.ob2;
