package dev.laurel.badges.verify;

import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.dataintegrity.ContextSet;
import dev.laurel.badges.verify.fetch.CachingDocumentFetcher;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchPolicy;
import dev.laurel.badges.verify.fetch.HttpDocumentFetcher;
import dev.laurel.badges.verify.internal.steps.Pipeline;
import dev.laurel.badges.verify.internal.steps.PresentationSteps;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.DidResolver;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.ClockSkew;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The front door of badges-verify: answers "is this badge real, unaltered, unexpired, unrevoked, valid
 * and issued to this person?" for any Open Badge, with every step as a {@link Check}.
 *
 * <p>Accepts JSON, a compact JWS/JWT, a baked PNG or SVG (a hosted URL inside is followed through the fetcher), or
 * a document already read. Handles OB 2.0 hosted and signed badges, OB 3.0 VC-JWT and embedded Data Integrity
 * proofs (eddsa-rdfc-2022, Ed25519Signature2020...), CLR 2.0 (each nested credential with its own report,
 * {@link VerificationReport#clr()}), issuer key binding (strict by default: see {@link BindingMode}), validity
 * dates, status lists, embedded endorsements and recipient matching. A badge is verified only if it is also
 * valid: schema and specification problems fail it.
 *
 * <p>Work per verification is bounded: at most {@link Builder#maxFetches} distinct documents (default 16) and an
 * overall {@link Builder#deadline} (default 30 s), endorsements and a CLR's nested credentials included; no
 * network check runs once a check has failed.
 *
 * <p>The input is read once by {@link BadgeJson}; its kind picks the steps. A W3C Verifiable Presentation (JSON or
 * VP-JWT) is recognised by content: its report carries one nested report per credential inside
 * ({@link VerificationReport#presentation()}); see {@link #withChallenge} and {@link #withDomain}.
 *
 * <pre>{@code
 * Verifier verifier = Verifier.builder().build();           // safe HTTP fetching, with a cache
 * VerificationReport report = verifier.verify(bytes, Recipient.parse("email:alice@example.org"));
 * if (report.verified()) { ... }
 * report.checks().forEach(c -> System.out.println(c.id() + " " + c.outcome() + " " + c.message()));
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it. Untrusted input never throws; it yields a report.
 */
public final class Verifier {

    private final Pipeline pipeline;
    private final BindingMode keyBinding;
    private final PresentationSteps.Expected expected;

    private Verifier(Builder b) {
        DocumentFetcher cached = b.fetcher instanceof CachingDocumentFetcher ? b.fetcher : CachingDocumentFetcher.of(b.fetcher);
        this.keyBinding = b.keyBinding;
        this.pipeline = new Pipeline(new Pipeline.Settings(cached, b.clock, b.clockSkew, b.keyBinding,
                b.maxEndorsementDepth, b.maxFetches, b.deadline, b.json, b.contexts, List.copyOf(b.didResolvers),
                b.maxCredentials, Optional.ofNullable(b.executor), b.requireSameLearner));
        this.expected = PresentationSteps.Expected.NONE;
    }

    private Verifier(Verifier base, PresentationSteps.Expected expected) {
        this.pipeline = base.pipeline;
        this.keyBinding = base.keyBinding;
        this.expected = expected;
    }

    /**
     * Returns a verifier that shares this one's settings and cache and expects presentations to carry a
     * {@code challenge} (a VP-JWT's {@code nonce}): one missing or different fails {@code presentation.challenge}.
     * Without one, a presentation's challenge is not compared and draws a warning.
     *
     * @param value the challenge the caller gave the holder
     * @return the new verifier
     * @throws NullPointerException if value is null
     */
    public Verifier withChallenge(String value) {
        return new Verifier(this, new PresentationSteps.Expected(Optional.of(value), expected.domain(),
                expected.holderRequired()));
    }

    /**
     * Returns a verifier like this one that expects presentations to carry a {@code domain} (a VP-JWT's
     * {@code aud}); one missing or different fails {@code presentation.domain}.
     *
     * @param value the caller's domain
     * @return the new verifier
     * @throws NullPointerException if value is null
     */
    public Verifier withDomain(String value) {
        return new Verifier(this, new PresentationSteps.Expected(expected.challenge(), Optional.of(value),
                expected.holderRequired()));
    }

    /**
     * @return a verifier like this one for which a presentation naming no {@code holder} fails
     *     {@code presentation.holder-binding} (otherwise it warns)
     */
    public Verifier requiringHolder() {
        return new Verifier(this, new PresentationSteps.Expected(expected.challenge(), expected.domain(), true));
    }

    /** @return how this verifier judges an unconfirmed issuer binding: {@link BindingMode#STRICT} unless set */
    public BindingMode keyBinding() {
        return keyBinding;
    }

    /** @return a builder; its defaults fetch over HTTP(S) under {@link FetchPolicy#defaults()} with a cache */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a verifier that makes no network call: any document it would need to fetch fails its check */
    public static Verifier offline() {
        return builder().fetcher(DocumentFetcher.refusing()).build();
    }

    /**
     * Verifies a badge: JSON, a compact JWS/JWT, or a baked PNG/SVG.
     *
     * @param input the bytes
     * @return the report
     * @throws NullPointerException if {@code input} is null
     */
    public VerificationReport verify(byte[] input) {
        return verify(input, Optional.empty());
    }

    /**
     * Verifies a badge and that it was issued to a known recipient.
     *
     * @param input the bytes
     * @param recipient the recipient the caller knows
     * @return the report; a mismatch fails {@code recipient.match}
     */
    public VerificationReport verify(byte[] input, Recipient recipient) {
        return verify(input, Optional.of(recipient));
    }

    /**
     * Verifies a badge given as text (JSON or a compact JWS/JWT).
     *
     * @param input the text
     * @return the report
     */
    public VerificationReport verify(String input) {
        return verify(Objects.requireNonNull(input, "input").getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    /**
     * Verifies a badge, optionally against a known recipient.
     *
     * @param input JSON, a compact JWS/JWT or a baked image
     * @param recipient the recipient, if one is to be matched
     * @return the report
     */
    public VerificationReport verify(byte[] input, Optional<Recipient> recipient) {
        Objects.requireNonNull(recipient, "recipient");
        return pipeline.verifyBytes(Objects.requireNonNull(input, "input"), recipient, expected);
    }

    /**
     * Verifies a document already read by {@link BadgeJson}.
     *
     * @param doc the document
     * @param recipient the recipient, if one is to be matched
     * @return the report
     */
    public VerificationReport verify(BadgeDocument doc, Optional<Recipient> recipient) {
        Objects.requireNonNull(recipient, "recipient");
        return pipeline.verifyDocument(Objects.requireNonNull(doc, "doc"), recipient);
    }

    /** Configures a {@link Verifier}. Not thread-safe; the verifier it builds is. */
    public static final class Builder {
        private DocumentFetcher fetcher;
        private Clock clock = Clock.systemUTC();
        private Duration clockSkew = ClockSkew.DEFAULT;
        private BindingMode keyBinding = BindingMode.STRICT;
        private int maxEndorsementDepth = 2;
        private int maxFetches = 16;
        private Duration deadline = Duration.ofSeconds(30);
        private BadgeJson json = BadgeJson.standard();
        private ContextSet contexts = ContextSet.empty();
        private final List<DidResolver> didResolvers = new ArrayList<>();
        private int maxCredentials = PresentationSteps.DEFAULT_MAX_CREDENTIALS;
        private Executor executor;
        private boolean requireSameLearner;

        private Builder() {
        }

        /**
         * Sets where a presentation's or CLR's credentials are verified concurrently (default none: in order on the
         * calling thread, with the same reports); that thread also takes any not yet started, so no pool deadlocks.
         *
         * @param value the executor, e.g. a fixed thread pool
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder executor(Executor value) {
            this.executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /**
         * @return this builder, making a CLR whose nested subject is not shown to be its learner fail
         *     {@code clr.subject} (default: a warning that says why, as learners have other ids at other issuers)
         */
        public Builder requireSameLearner() {
            this.requireSameLearner = true;
            return this;
        }

        /**
         * Sets the most credentials one presentation may carry (default 64; past it none is verified). A CLR's count
         * is bounded when it is read ({@code JsonLimits.maxNestedCredentials}); its nested credentials share its
         * fetch budget and deadline, while a presentation's each have their own.
         *
         * @param value 1 to 1,000
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxCredentials(int value) {
            this.maxCredentials = range("maxCredentials", value, 1, 1000);
            return this;
        }

        /**
         * Adds a resolver for the DIDs of a method not built in (as {@code did:key}, {@code did:jwk}, {@code did:web}
         * are), for every proof format's keys and the issuer binding; asked in the order added, with this fetcher.
         *
         * @param value the DID resolver
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder didResolver(DidResolver value) {
            didResolvers.add(Objects.requireNonNull(value, "didResolver"));
            return this;
        }

        /**
         * Sets the JSON-LD contexts that Data Integrity proofs may use beside the bundled ones (default none),
         * replacing any set before; they are never fetched.
         *
         * @param value the registered contexts
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder contexts(ContextSet value) {
            this.contexts = Objects.requireNonNull(value, "contexts");
            return this;
        }

        /**
         * Registers one more JSON-LD context document by URL, as {@link ContextSet#with(java.net.URI, String)} does.
         *
         * @param url the context URL
         * @param json the context document
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws dev.laurel.badges.verify.dataintegrity.ContextException if the context is refused
         */
        public Builder context(java.net.URI url, String json) {
            this.contexts = contexts.with(url, json);
            return this;
        }

        /**
         * Sets where documents are fetched from (a caching decorator is added unless it is one).
         *
         * @param value the fetcher, e.g. {@code MapDocumentFetcher} for offline use
         * @return this builder
         */
        public Builder fetcher(DocumentFetcher value) {
            this.fetcher = Objects.requireNonNull(value, "fetcher");
            return this;
        }

        /**
         * Sets the clock that judges validity dates.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets how far a date may be in the future (issuance) or past (expiry) and still pass; default 5 minutes.
         *
         * @param value the skew, not negative
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder clockSkew(Duration value) {
            if (Objects.requireNonNull(value, "clockSkew").isNegative()) {
                throw new IllegalArgumentException("clockSkew must not be negative: " + value);
            }
            this.clockSkew = value;
            return this;
        }

        /**
         * Sets how an unconfirmed issuer binding (a key nothing shows to be the issuer's, nor someone else's) is
         * judged: {@link BindingMode#STRICT}, the default, fails the credential; {@link BindingMode#LENIENT} warns, as
         * 1EdTech's reference validator does. A key shown to be someone else's fails in both modes.
         *
         * @param value the mode
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder keyBinding(BindingMode value) {
            this.keyBinding = Objects.requireNonNull(value, "keyBinding");
            return this;
        }

        /**
         * Sets the most distinct documents one verification may fetch, endorsements and status lists included; default
         * 16. A request past it fails its check, and the report gets a failed {@code verifier.limits} check.
         *
         * @param value 1 to 1,000
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxFetches(int value) {
            this.maxFetches = range("maxFetches", value, 1, 1000);
            return this;
        }

        /**
         * Sets how long one verification may take before it stops fetching; default 30 seconds. Each request also has
         * the fetch policy's own time limits.
         *
         * @param value a positive duration
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder deadline(Duration value) {
            if (Objects.requireNonNull(value, "deadline").isNegative() || value.isZero()) {
                throw new IllegalArgumentException("deadline must be positive: " + value);
            }
            this.deadline = value;
            return this;
        }

        /**
         * Sets how deep embedded endorsements (of endorsements...) are verified; default 2.
         *
         * @param value the depth, 0 to 8
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxEndorsementDepth(int value) {
            this.maxEndorsementDepth = range("maxEndorsementDepth", value, 0, 8);
            return this;
        }

        /**
         * Sets the JSON reader (e.g. with other limits).
         *
         * @param value the reader
         * @return this builder
         */
        public Builder json(BadgeJson value) {
            this.json = Objects.requireNonNull(value, "json");
            return this;
        }

        private static int range(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be " + min + " to " + max + ", was " + value);
            }
            return value;
        }

        /**
         * Builds the verifier.
         *
         * @return the verifier
         */
        public Verifier build() {
            if (fetcher == null) {
                fetcher = new HttpDocumentFetcher(FetchPolicy.defaults());
            }
            return new Verifier(this);
        }
    }
}
