package dev.laurel.badges.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.classify.BadgeClassSource;
import dev.laurel.badges.core.taxonomy.classify.Classification;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.classify.Reason;
import dev.laurel.badges.core.taxonomy.credential.AlignmentTarget;
import dev.laurel.badges.core.taxonomy.credential.BadgeDefinition;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.bake.ImageFormat;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.NestedReport;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import dev.laurel.badges.web.view.BadgeDetails;
import dev.laurel.badges.web.view.CheckView;
import dev.laurel.badges.web.view.ImageView;
import dev.laurel.badges.web.view.LadderView;
import dev.laurel.badges.web.view.Linked;
import dev.laurel.badges.web.view.NestedView;
import dev.laurel.badges.web.view.ReportPage;
import dev.laurel.badges.web.view.Rung;
import dev.laurel.badges.web.view.Site;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link CheckedBadge} into the report page's values: the verdict sentence, the ordered checks, what the
 * badge says about itself, its level. Only text goes out; the templates escape it.
 */
final class ReportViews {

    /** The id of the row shown when the checker refused a badge none of whose checks failed (a trust list). */
    static final String TRUST_ID = "trust";
    /** The id {@code laurel verify} gives an input it could not read. */
    static final String UNREADABLE_ID = "input.readable";

    private static final Set<String> STATUS_IDS = Set.of("status.revocation", "status.revoked", "ob2.revocation");
    private static final Set<String> ISSUER_IDS = Set.of("proof.key-binding", "ob2.key-owner", "hosted.origin",
            "hosted.issuer");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Classifier classifier;
    private final BadgeClassSource badgeClasses;
    private final Clock clock;
    private final Site site;

    ReportViews(Classifier classifier, BadgeClassSource badgeClasses, Clock clock, Site site) {
        this.classifier = classifier;
        this.badgeClasses = badgeClasses;
        this.clock = clock;
        this.site = site;
    }

    ReportPage report(String name, byte[] bytes, CheckedBadge checked) {
        Optional<VerificationReport> report = checked.report();
        List<CheckView> checks = new ArrayList<>();
        report.ifPresent(r -> r.checks().stream()
                .sorted(Comparator.comparingInt(c -> rank(c.outcome())))
                .map(c -> new CheckView(c.id(), c.outcome().name().toLowerCase(Locale.ROOT), sentence(c.message()),
                        c.path()))
                .forEach(checks::add));
        boolean failedCheck = checks.stream().anyMatch(c -> c.outcome().equals("failed"));
        if (!checked.verified() && !failedCheck) {
            // Not verified without a failed check of the report: the input was unreadable, or the checker's own
            // rule (a trust list) refused it. The row says which, so the first row is always the reason.
            checks.add(0, report.isEmpty()
                    ? new CheckView(UNREADABLE_ID, "failed", sentence(unreadable(checked.reportLine())), "")
                    : new CheckView(TRUST_ID, "failed", nestedFailure(report.get()).orElse(
                            "The issuer is not on this server's list of trusted issuers."), ""));
        }
        Optional<Object> model = report.flatMap(VerificationReport::document).flatMap(BadgeDocument::model);
        Optional<Classification> classification = model.flatMap(this::classify);
        String levelId = classification.flatMap(Classification::level).map(l -> l.id()).orElse("unclassified");
        Optional<Credential> credential = model.flatMap(ReportViews::credential);
        Optional<BadgeDetails> details = credential.map(c -> details(c, bytes, report.get()));
        String verdict = verdict(checked.verified(), report, checks, levelId, credential);
        Optional<String> download = checked.reportLine().map(l -> "data:application/x-ndjson;base64,"
                + Base64.getEncoder().encodeToString((l + "\n").getBytes(StandardCharsets.UTF_8)));
        return new ReportPage(site, name, checked.verified(), levelId, verdict, checks, details,
                ladder(levelId, classification), download, report.map(ReportViews::nested).orElse(List.of()));
    }

    private static int rank(Outcome outcome) {
        switch (outcome) {
            case FAILED:
                return 0;
            case WARNING:
                return 1;
            default:
                return 2;
        }
    }

    /** The verdict in one sentence. */
    private static String verdict(boolean verified, Optional<VerificationReport> report, List<CheckView> checks,
                                  String levelId, Optional<Credential> credential) {
        if (!verified) {
            String first = checks.stream().filter(c -> c.outcome().equals("failed")).findFirst().map(CheckView::text)
                    .orElse("no check passed");
            return "Not verified: " + lowerFirst(stripStop(first)) + ".";
        }
        VerificationReport r = report.orElseThrow();
        if (r.isPresentation()) {
            int n = r.presentation().orElseThrow().credentials().size();
            return "Verified: this presentation and the " + n + (n == 1 ? " credential" : " credentials")
                    + " in it check out.";
        }
        if (r.clr().isPresent()) {
            int n = r.nested().size();
            return "Verified: this Comprehensive Learner Record and the " + n
                    + (n == 1 ? " credential" : " credentials") + " in it check out.";
        }
        String what = levelId.equals("unclassified") ? "this badge" : "this " + upperFirst(levelId) + " badge";
        String issuer = credential.flatMap(Credential::issuerName).or(() -> credential.flatMap(Credential::issuerId))
                .or(r::issuer).orElse("an issuer it does not name");
        return "Verified: " + what + " was issued by " + issuer + " and its proof checks out.";
    }

    private static Optional<String> nestedFailure(VerificationReport report) {
        List<NestedView> nested = nested(report);
        return nested.stream().filter(n -> !n.verified()).findFirst()
                .map(n -> n.label() + " is not verified" + (n.reason().isEmpty() ? "" : ": " + lowerFirst(n.reason())));
    }

    /** The message of the failed line of an input the checker could not read. */
    private static String unreadable(Optional<String> line) {
        try {
            if (line.isPresent()) {
                JsonNode json = JSON.readTree(line.get());
                String message = json.path("checks").path(0).path("message").asText("");
                if (!message.isEmpty()) {
                    return "The input could not be read as a badge: " + message;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // The line is the checker's; an unreadable one only loses the detail.
        }
        return "The input could not be read as a badge";
    }

    private static List<NestedView> nested(VerificationReport report) {
        List<NestedView> out = new ArrayList<>();
        if (report.isPresentation()) {
            List<VerificationReport> inside = report.presentation().orElseThrow().credentials();
            for (int i = 0; i < inside.size(); i++) {
                out.add(nestedView("Credential " + (i + 1), inside.get(i)));
            }
        }
        for (NestedReport n : report.nested()) {
            out.add(nestedView("Credential at " + n.pointer(), n.report()));
        }
        return out;
    }

    private static NestedView nestedView(String where, VerificationReport r) {
        Optional<String> name = r.document().flatMap(BadgeDocument::model).flatMap(ReportViews::credential)
                .flatMap(Credential::name);
        String reason = r.checks().stream().filter(c -> c.outcome() == Outcome.FAILED).findFirst()
                .map(c -> stripStop(sentence(c.message())) + " (" + c.id() + ")").orElse(r.verified() ? ""
                        : "a credential inside it is not verified");
        return new NestedView(where + name.map(n -> ", " + n).orElse(""), r.verified(), reason);
    }

    /** Classifies as {@code laurel classify} does: the credential, achievement, assertion or badge class. */
    private Optional<Classification> classify(Object m) {
        if (m instanceof OpenBadgeCredential) {
            return Optional.of(classifier.classify((OpenBadgeCredential) m));
        }
        if (m instanceof Achievement) {
            return Optional.of(classifier.classify((Achievement) m));
        }
        if (m instanceof Assertion) {
            // An assertion whose badge is only a URL is classified from that badge class when the source has it,
            // as laurel classify --url-map does: else the page's level would differ from the CLI's.
            return Optional.of(classifier.classify((Assertion) m, badgeClasses));
        }
        if (m instanceof BadgeClass) {
            return Optional.of(classifier.classify((BadgeClass) m));
        }
        return Optional.empty();
    }

    /** The credential the checker read, when it is one badge (an OB 3.0 credential or an OB 2.0 assertion). */
    static Optional<Credential> credential(CheckedBadge checked) {
        return checked.report().flatMap(VerificationReport::document).flatMap(BadgeDocument::model)
                .flatMap(ReportViews::credential);
    }

    private static Optional<Credential> credential(Object m) {
        if (m instanceof OpenBadgeCredential) {
            return Optional.of(Credential.of((OpenBadgeCredential) m));
        }
        if (m instanceof Assertion) {
            return Optional.of(Credential.of((Assertion) m));
        }
        return Optional.empty();
    }

    private BadgeDetails details(Credential c, byte[] bytes, VerificationReport report) {
        Optional<BadgeDefinition> def = c.definition();
        Optional<String> name = c.name().or(() -> def.flatMap(BadgeDefinition::name));
        Optional<String> expires = c.expiresAt().map(at -> at + (at.isBefore(Instant.now(clock)) ? " (expired)" : ""));
        return new BadgeDetails(image(c, bytes, name), name, def.flatMap(BadgeDefinition::description),
                def.flatMap(BadgeDefinition::criteriaNarrative).or(() -> criteriaUrl(c)),
                c.issuerName().or(c::issuerId).or(report::issuer), c.issuerId().or(report::issuer),
                issuerConfirmation(report), recipient(c), c.issuedAt().map(Instant::toString), expires,
                status(report), evidence(c), def.map(d -> d.alignments().stream().map(ReportViews::alignment).toList())
                        .orElse(List.of()));
    }

    /** The uploaded baked image itself, else the badge's own image: inline when a data: URI, else a link. */
    static Optional<ImageView> image(Credential c, byte[] bytes, Optional<String> name) {
        String alt = "The badge image of " + name.orElse("this badge");
        Optional<ImageFormat> format = ImageFormat.detect(bytes);
        if (format.isPresent()) {
            String type = format.get() == ImageFormat.PNG ? "image/png" : "image/svg+xml";
            return Optional.of(new ImageView(Optional.of("data:" + type + ";base64,"
                    + Base64.getEncoder().encodeToString(bytes)), Optional.empty(), alt));
        }
        Optional<String> id = c.ob3().flatMap(o -> o.credentialSubject().flatMap(AchievementSubject::achievement)
                        .flatMap(Achievement::image).or(o::image)).flatMap(i -> i.id())
                .or(() -> c.ob2().flatMap(a -> a.image().flatMap(Ref::id)
                        .or(() -> a.badge().flatMap(Ref::embedded).flatMap(BadgeClass::image).flatMap(Ref::id))));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String src = id.get();
        if (isInlineImage(src)) {
            return Optional.of(new ImageView(Optional.of(src), Optional.empty(), alt));
        }
        return httpUrl(src).map(u -> new ImageView(Optional.empty(), Optional.of(u), alt));
    }

    /** A data: URI of a raster or SVG image (an SVG in an img element runs no script). */
    private static boolean isInlineImage(String src) {
        String lower = src.toLowerCase(Locale.ROOT);
        return lower.startsWith("data:image/png") || lower.startsWith("data:image/svg+xml")
                || lower.startsWith("data:image/jpeg") || lower.startsWith("data:image/gif")
                || lower.startsWith("data:image/webp");
    }

    private static Optional<String> httpUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? Optional.of(text) : Optional.empty();
    }

    private static Optional<String> criteriaUrl(Credential c) {
        return c.ob3().flatMap(o -> o.credentialSubject().flatMap(AchievementSubject::achievement)
                .flatMap(Achievement::criteria).flatMap(cr -> cr.id()));
    }

    private static String issuerConfirmation(VerificationReport report) {
        return report.checks().stream().filter(c -> ISSUER_IDS.contains(c.id())).findFirst().map(c -> {
            String message = stripStop(sentence(c.message()));
            switch (c.outcome()) {
                case PASSED:
                    return "Confirmed: " + lowerFirst(message) + " (" + c.id() + ").";
                case WARNING:
                    return "Not confirmed: " + lowerFirst(message) + " (" + c.id() + ").";
                case FAILED:
                    return "Refused: " + lowerFirst(message) + " (" + c.id() + ").";
                default:
                    return "Not checked: " + lowerFirst(message) + " (" + c.id() + ").";
            }
        }).orElse("No check confirmed that the issuer signed it.");
    }

    private static String status(VerificationReport report) {
        return report.checks().stream().filter(c -> STATUS_IDS.contains(c.id())).findFirst()
                .map(c -> (c.outcome() == Outcome.PASSED ? "Not revoked: "
                        : c.outcome() == Outcome.FAILED ? "Revoked or unknown: " : "Not checked: ")
                        + lowerFirst(stripStop(sentence(c.message()))) + " (" + c.id() + ").")
                .orElse("The badge names no revocation status to check.");
    }

    /** As much of the recipient as the badge reveals: an id, a plain identity, or only that one is hashed. */
    private static String recipient(Credential c) {
        if (c.ob3().isPresent()) {
            Optional<AchievementSubject> subject = c.ob3().get().credentialSubject();
            List<String> parts = new ArrayList<>();
            subject.flatMap(AchievementSubject::id).ifPresent(id -> parts.add("identified as " + id));
            subject.map(AchievementSubject::identifier).orElse(List.of()).forEach(i -> {
                String type = i.identityType().map(t -> t.value()).orElse("identifier");
                if (i.hashed().orElse(false)) {
                    parts.add("a hashed " + type + " (the badge does not reveal it; whoever knows it can check it)");
                } else {
                    parts.add(type + " " + i.identityHash().orElse("(empty)"));
                }
            });
            return parts.isEmpty() ? "The badge does not say to whom it was issued."
                    : upperFirst(String.join("; ", parts)) + ".";
        }
        return c.ob2().flatMap(Assertion::recipient).map(r -> {
            String type = r.type().isEmpty() ? "identity" : String.join(" ", r.type());
            return r.hashed().orElse(false)
                    ? "A hashed " + type + " (the badge does not reveal it; whoever knows it can check it)."
                    : upperFirst(type) + " " + r.identity().orElse("(empty)") + ".";
        }).orElse("The badge does not say to whom it was issued.");
    }

    private static List<Linked> evidence(Credential c) {
        List<Linked> out = new ArrayList<>();
        c.ob3().ifPresent(o -> o.evidence().forEach(e -> out.add(new Linked(
                e.name().or(e::id).orElse("Evidence"), e.id().flatMap(ReportViews::httpUrl),
                e.narrative().or(e::description).orElse("")))));
        c.ob2().ifPresent(a -> a.evidence().forEach(ref -> {
            Optional<dev.laurel.badges.core.model.ob2.Evidence> e = ref.embedded();
            out.add(new Linked(e.flatMap(x -> x.name()).or(ref::id).orElse("Evidence"),
                    ref.id().flatMap(ReportViews::httpUrl),
                    e.flatMap(x -> x.narrative().or(x::description)).orElse("")));
        }));
        return out;
    }

    private static Linked alignment(AlignmentTarget a) {
        List<String> detail = new ArrayList<>();
        a.targetFramework().ifPresent(detail::add);
        a.targetCode().ifPresent(detail::add);
        a.targetType().ifPresent(detail::add);
        return new Linked(a.targetName().or(a::targetUrl).or(a::targetCode).orElse("Alignment"),
                a.targetUrl().flatMap(ReportViews::httpUrl), String.join(", ", detail));
    }

    /** The ladder: formal rungs bottom to top on the left, the informal levels beside them on the right. */
    private static LadderView ladder(String levelId, Optional<Classification> classification) {
        List<Rung> rungs = new ArrayList<>();
        LevelKind[] formal = {LevelKind.CERTIFICATION, LevelKind.ABILITY, LevelKind.SKILL, LevelKind.KNOWLEDGE};
        for (int i = 0; i < formal.length; i++) {
            rungs.add(new Rung(formal[i].id(), upperFirst(formal[i].id()), formal[i].id().equals(levelId), 20,
                    40 + 52 * i));
        }
        LevelKind[] informal = {LevelKind.PARTICIPATION, LevelKind.RECOGNITION};
        for (int i = 0; i < informal.length; i++) {
            rungs.add(new Rung(informal[i].id(), upperFirst(informal[i].id()), informal[i].id().equals(levelId), 300,
                    92 + 52 * i));
        }
        String basis = classification.map(c -> c.basis().name().toLowerCase(Locale.ROOT)).orElse("unclassified");
        String confidence = String.format(Locale.ROOT, "%.2f", classification.map(Classification::confidence)
                .orElse(0.0));
        List<String> reasons = classification.map(c -> c.reasons().stream().map(Reason::message)
                .map(ReportViews::sentence).toList()).orElse(List.of());
        return new LadderView(levelId, basis, confidence, rungs, reasons);
    }

    /** A message as a sentence: capitalised, ending in a full stop. */
    static String sentence(String message) {
        String m = message.strip();
        if (m.isEmpty()) {
            return m;
        }
        m = upperFirst(m);
        return m.endsWith(".") || m.endsWith("!") || m.endsWith("?") ? m : m + ".";
    }

    private static String stripStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Lower-cases the first letter unless the first word looks like a name or an acronym (JWS, OB, did:). */
    private static String lowerFirst(String s) {
        if (s.length() < 2 || Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
