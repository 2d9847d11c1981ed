package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.validation.BadgeValidator;

import java.util.List;
import java.util.stream.Collectors;

/** Valid OB 2.0 objects built with the builders, after the examples of the OB 2.0 specification. */
final class Ob2Fixtures {

    static final String ISSUER_ID = "https://example.org/organization.json";
    static final String BADGE_ID = "https://example.org/robotics-badge.json";
    static final String ASSERTION_ID = "https://example.org/beths-robotics-badge.json";

    private Ob2Fixtures() {
    }

    static Profile issuer() {
        return Profile.builder()
                .id(ISSUER_ID)
                .type("Issuer")
                .name("An Example Badge Issuer")
                .url("https://example.org")
                .email("contact@example.org")
                .image("https://example.org/logo.png")
                .addPublicKey("https://example.org/publicKey.json")
                .revocationList("https://example.org/revocationList.json")
                .build();
    }

    static BadgeClass badgeClass() {
        return BadgeClass.builder()
                .id(BADGE_ID)
                .name("Awesome Robotics Badge")
                .description("For doing awesome things with robots that people think is pretty great.")
                .image("https://example.org/robotics-badge.png")
                .criteria("https://example.org/robotics-badge.html")
                .tags("robots", "awesome")
                .issuer(ISSUER_ID)
                .addAlignment(AlignmentObject.of("Problem-Solving",
                        "https://learning.mozilla.org/en-US/web-literacy/skills#problem-solving"))
                .build();
    }

    static Assertion.Builder assertionBuilder() {
        return Assertion.builder()
                .id(ASSERTION_ID)
                .recipient(IdentityObject.hashedEmail("beth@example.org", "deadsea"))
                .badge(BADGE_ID)
                .verification(VerificationObject.hosted())
                .issuedOn(Timestamp.parse("2016-12-31T23:59:59Z"))
                .expires(Timestamp.parse("2017-06-30T23:59:59Z"));
    }

    static Assertion assertion() {
        return assertionBuilder().build();
    }

    /** Everything embedded: badge class, its issuer, criteria, image, evidence. */
    static Assertion embeddedAssertion() {
        BadgeClass badge = badgeClass().toBuilder()
                .context(List.of())
                .criteria(Criteria.of("https://example.org/robotics-badge.html", "Build a robot."))
                .image(Image.of("https://example.org/robotics-badge.png", "A robot"))
                .issuer(issuer().toBuilder().context(List.of()).build())
                .build();
        return assertionBuilder()
                .badge(badge)
                .addEvidence(Evidence.of("https://example.org/beths-robot-work.html", "My Robot", "Built it."))
                .build();
    }

    static List<Problem> validate(Object model) {
        return BadgeValidator.standard().validate(model);
    }

    /** Problems as {@code CODE path} strings, for compact assertions. */
    static List<String> codes(Object model) {
        return validate(model).stream().map(p -> p.code().name() + " " + p.path()).collect(Collectors.toList());
    }

    /** Errors only, as {@code CODE path} strings. */
    static List<String> errors(Object model) {
        return validate(model).stream().filter(Problem::isError).map(p -> p.code().name() + " " + p.path())
                .collect(Collectors.toList());
    }
}
