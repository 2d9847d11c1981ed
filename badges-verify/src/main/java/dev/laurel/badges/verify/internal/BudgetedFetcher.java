package dev.laurel.badges.verify.internal;

import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Bounds the work one verification may cause: at most a number of distinct documents and an overall
 * deadline, shared by everything the verification fetches (keys, issuer documents, status lists,
 * endorsements, hosted documents). A hostile credential with thousands of status entries or key ids
 * then costs no more than the budget.
 *
 * <p>The budget belongs to the calling thread while a verification runs ({@link #open}); outside one,
 * requests pass through unbounded. Verifications are synchronous, so a thread-local scope is exact;
 * nested verifications of endorsements share the outer budget. The credentials nested in a CLR share the
 * CLR's budget, also when they are verified on other threads ({@link #enter}): spending is synchronised.
 * Thread-safe.
 */
public final class BudgetedFetcher implements DocumentFetcher {

    private final DocumentFetcher delegate;
    private final ThreadLocal<Budget> current = new ThreadLocal<>();

    /**
     * Creates the fetcher.
     *
     * @param delegate the fetcher that does the work (usually a cache in front of the network)
     */
    public BudgetedFetcher(DocumentFetcher delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** What one verification has spent, and whether it ran out. */
    public static final class Budget implements AutoCloseable {
        private final BudgetedFetcher owner;
        private final Budget outer;
        private final boolean entered;
        private final Budget previous;
        private final int maxDocuments;
        private final long deadlineNanos;
        private final Duration deadline;
        private final Set<URI> fetched = new HashSet<>();
        private String exhausted;

        private Budget(BudgetedFetcher owner, Budget outer, boolean entered, Budget previous, int maxDocuments,
                       Duration deadline) {
            this.owner = owner;
            this.outer = outer;
            this.entered = entered;
            this.previous = previous;
            this.maxDocuments = maxDocuments;
            this.deadline = deadline;
            this.deadlineNanos = System.nanoTime() + deadline.toNanos();
        }

        /**
         * Returns why the budget ran out, if it did.
         *
         * @return a sentence, or {@code null} while there was enough
         */
        public String exhausted() {
            if (outer != null) {
                return outer.exhausted();
            }
            synchronized (this) {
                return exhausted;
            }
        }

        /**
         * Tells whether the deadline has passed (without spending anything).
         *
         * @return {@code true} once the verification is past its deadline
         */
        public boolean deadlinePassed() {
            return outer != null ? outer.deadlinePassed() : System.nanoTime() - deadlineNanos > 0;
        }

        private synchronized void spend(URI uri) {
            if (System.nanoTime() - deadlineNanos > 0) {
                exhausted = "the verification passed its deadline of " + deadline.toMillis() + " ms";
                throw new FetchException(FetchCode.TIMEOUT, "not fetched: " + exhausted);
            }
            if (!fetched.contains(uri) && fetched.size() >= maxDocuments) {
                exhausted = "the verification asked for more than " + maxDocuments + " documents";
                throw new FetchException(FetchCode.FETCH_REFUSED, "not fetched: " + exhausted);
            }
            fetched.add(uri);
        }

        /** Ends the scope; an outer verification's budget applies again. */
        @Override
        public void close() {
            if (entered && previous != null) {
                owner.current.set(previous);
            } else if (outer == null || entered) {
                owner.current.remove();
            } else {
                owner.current.set(outer);
            }
        }
    }

    /**
     * Opens a budget for the verification that runs on this thread until it is closed. An inner scope
     * (an endorsement verified inside a credential) keeps spending the outer budget.
     *
     * @param maxDocuments the most distinct documents that may be requested
     * @param deadline how long the verification may take, counted from now
     * @return the budget, to close when the verification ends
     */
    public Budget open(int maxDocuments, Duration deadline) {
        Budget outer = current.get();
        if (outer != null) {
            return new Budget(this, outer, false, null, 0, Duration.ZERO);
        }
        Budget b = new Budget(this, null, false, null, maxDocuments, deadline);
        current.set(b);
        return b;
    }

    /**
     * Returns the budget of the verification running on this thread, if one runs.
     *
     * @return the budget whose scope is open on this thread
     */
    public java.util.Optional<Budget> current() {
        return java.util.Optional.ofNullable(current.get());
    }

    /**
     * Makes another thread's budget this thread's until the returned scope is closed: a credential nested in a
     * CLR and verified on a pool thread spends the CLR's budget. Whatever budget this thread had before (normally
     * none) applies again on close.
     *
     * @param budget the budget to spend
     * @return the scope, to close when the work on this thread ends
     */
    public Budget enter(Budget budget) {
        Budget root = budget.outer != null ? budget.outer : budget;
        Budget view = new Budget(this, root, true, current.get(), 0, Duration.ZERO);
        current.set(root);
        return view;
    }

    @Override
    public FetchedDocument fetch(URI uri, String accept) {
        Budget budget = current.get();
        if (budget != null) {
            budget.spend(uri);
        }
        return delegate.fetch(uri, accept);
    }
}
