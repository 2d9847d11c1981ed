package dev.laurel.badges.verify.jose;

import dev.laurel.badges.verify.report.ClockSkew;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The limits of JWS verification, as one immutable value: which algorithms are accepted, the clock and
 * its tolerance for {@code nbf}/{@code exp}, and the longest token read.
 *
 * <pre>{@code
 * JosePolicy onlyEdDsa = JosePolicy.defaults().withAllowedAlgorithms(Set.of(JwsAlgorithm.EDDSA));
 * }</pre>
 *
 * @param allowedAlgorithms the accepted algorithms, a non-empty subset of {@link JwsAlgorithm}
 *     ({@code none} and {@code HS*} can never be allowed)
 * @param clock the clock that validity periods are checked against
 * @param clockSkew how far the clock may be off when checking validity periods
 * @param maxTokenChars the longest compact JWS read; longer input fails before parsing
 */
public record JosePolicy(Set<JwsAlgorithm> allowedAlgorithms, Clock clock, Duration clockSkew, int maxTokenChars) {

    /** RS256, ES256, ES384 and EdDSA. */
    public static final Set<JwsAlgorithm> DEFAULT_ALLOWED_ALGORITHMS =
            Collections.unmodifiableSet(EnumSet.allOf(JwsAlgorithm.class));
    /** Five minutes of tolerance, {@link ClockSkew#DEFAULT}, as for every other date check. */
    public static final Duration DEFAULT_CLOCK_SKEW = ClockSkew.DEFAULT;
    /** Four MiB of token text: a credential with an embedded image still fits. */
    public static final int DEFAULT_MAX_TOKEN_CHARS = 4 * 1024 * 1024;

    private static final JosePolicy DEFAULTS = new JosePolicy(DEFAULT_ALLOWED_ALGORITHMS, Clock.systemUTC(),
            DEFAULT_CLOCK_SKEW, DEFAULT_MAX_TOKEN_CHARS);

    /**
     * Creates a policy.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if no algorithm is allowed, the skew is negative or the length
     *     limit is not positive
     */
    public JosePolicy {
        Objects.requireNonNull(allowedAlgorithms, "allowedAlgorithms");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (allowedAlgorithms.isEmpty()) {
            throw new IllegalArgumentException("allowedAlgorithms must not be empty");
        }
        allowedAlgorithms = Collections.unmodifiableSet(EnumSet.copyOf(allowedAlgorithms));
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("clockSkew must not be negative: " + clockSkew);
        }
        if (maxTokenChars < 1) {
            throw new IllegalArgumentException("maxTokenChars must be positive: " + maxTokenChars);
        }
    }

    /**
     * Returns the default policy.
     *
     * @return every {@code DEFAULT_*} value and the system UTC clock
     */
    public static JosePolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with other allowed algorithms.
     *
     * @param algorithms a non-empty set
     * @return the new policy
     */
    public JosePolicy withAllowedAlgorithms(Set<JwsAlgorithm> algorithms) {
        return new JosePolicy(algorithms, clock, clockSkew, maxTokenChars);
    }

    /**
     * Returns a copy with another clock.
     *
     * @param value the clock
     * @return the new policy
     */
    public JosePolicy withClock(Clock value) {
        return new JosePolicy(allowedAlgorithms, value, clockSkew, maxTokenChars);
    }

    /**
     * Returns a copy with another clock skew.
     *
     * @param value zero or positive
     * @return the new policy
     */
    public JosePolicy withClockSkew(Duration value) {
        return new JosePolicy(allowedAlgorithms, clock, value, maxTokenChars);
    }

    /**
     * Returns a copy with another token length limit.
     *
     * @param value positive
     * @return the new policy
     */
    public JosePolicy withMaxTokenChars(int value) {
        return new JosePolicy(allowedAlgorithms, clock, clockSkew, value);
    }
}
