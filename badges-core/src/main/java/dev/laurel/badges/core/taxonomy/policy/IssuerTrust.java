package dev.laurel.badges.core.taxonomy.policy;

/**
 * Says whether an issuer is trusted, for the policy conditions {@link Condition.TrustedIssuers} (a static
 * list, which is itself an {@code IssuerTrust}) and {@link Condition.TrustedBy} (any lookup the caller
 * supplies: a registry, a directory, a database). Core only asks the question; where the answer comes
 * from is the caller's, so core depends on no verifier or network code.
 *
 * <p>Implementations must be thread-safe and should answer {@link TrustAnswer#unknown} rather than throw
 * when they cannot tell (a registry that is down); an exception, or a null answer, is judged unknown.
 *
 * <pre>{@code
 * IssuerTrust registry = issuerId -> directory.contains(issuerId)
 *         ? TrustAnswer.trusted("listed in the state directory")
 *         : TrustAnswer.notTrusted("not in the state directory");
 * Policy policy = Policy.builder().trustedBy("state-directory", registry).requireVerified().build();
 * }</pre>
 */
@FunctionalInterface
public interface IssuerTrust {

    /**
     * Judges an issuer.
     *
     * @param issuerId the issuer's id as the credential gives it (a URL or a DID)
     * @return trusted, not trusted, or unknown, with a reason
     */
    TrustAnswer judge(String issuerId);

    /**
     * Returns a static trust list (ids compared exactly), the same rule as {@link Condition.TrustedIssuers}.
     *
     * @param issuerIds the trusted issuers' ids, at least one
     * @return the list as an {@code IssuerTrust}
     * @throws NullPointerException if {@code issuerIds} is or holds null
     * @throws IllegalArgumentException if {@code issuerIds} is empty
     */
    static IssuerTrust list(java.util.Collection<String> issuerIds) {
        return new Condition.TrustedIssuers(java.util.List.copyOf(java.util.Objects.requireNonNull(issuerIds, "issuerIds")));
    }
}
