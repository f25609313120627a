package org.airlock.extract;

/**
 * Per-file state shared by the extractors working on one file: its limits, how deep inside
 * embedded documents we are, and the deadline. Extractors call {@link #checkDeadline()} often
 * enough (once per row) that a hostile file cannot hold a worker.
 */
public final class ExtractionContext {

    private final Limits limits;
    private final int depth;
    private final long deadlineNanos;
    private final ExpansionBudget budget;

    public ExtractionContext(Limits limits, int depth, long deadlineNanos) {
        this(limits, depth, deadlineNanos, new ExpansionBudget(limits));
    }

    private ExtractionContext(Limits limits, int depth, long deadlineNanos, ExpansionBudget budget) {
        this.limits = limits;
        this.depth = depth;
        this.deadlineNanos = deadlineNanos;
        this.budget = budget;
    }

    public static ExtractionContext startingNow(Limits limits) {
        return new ExtractionContext(limits, 0, System.nanoTime() + limits.timeout().toNanos());
    }

    public Limits limits() {
        return limits;
    }

    public int depth() {
        return depth;
    }

    /** The context for a document embedded in this one. */
    public ExtractionContext nested() {
        return new ExtractionContext(limits, depth + 1, deadlineNanos, budget);
    }

    /** Members and bytes expanded from archives so far, for the whole file (shared with nested contexts). */
    public ExpansionBudget budget() {
        return budget;
    }

    /** Throws {@link InspectionTimeout} once the file's time is up or the thread is interrupted. */
    public void checkDeadline() {
        if (System.nanoTime() - deadlineNanos > 0 || Thread.currentThread().isInterrupted()) {
            throw new InspectionTimeout();
        }
    }

    /** Unchecked so it can leave a SAX callback; the inspector turns it into a TIMEOUT failure. */
    public static final class InspectionTimeout extends RuntimeException {
        public InspectionTimeout() {
            super("inspection time limit reached", null, false, false);
        }
    }
}
