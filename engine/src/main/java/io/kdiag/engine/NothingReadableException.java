package io.kdiag.engine;

import io.kdiag.facts.snapshot.Snapshot;
import io.kdiag.facts.snapshot.SnapshotException;
import io.kdiag.facts.snapshot.SnapshotWarning;
import java.util.List;

/**
 * The given input held no Kubernetes object that could be read (only logs, or nothing at all),
 * so there is nothing to analyse: a report would read as "no problem found" about a cluster
 * kdiag never saw. The message is one line naming the first problem.
 */
public final class NothingReadableException extends SnapshotException {

    private final transient Snapshot snapshot;

    NothingReadableException(Snapshot snapshot) {
        super(describe(snapshot));
        this.snapshot = snapshot;
    }

    /** What was read: warnings, and the log lines if any. */
    public Snapshot snapshot() {
        return snapshot;
    }

    /** The first input that could not be read, else what was read instead of objects. */
    private static String describe(Snapshot snapshot) {
        List<SnapshotWarning> unread = snapshot.warnings().stream().filter(SnapshotWarning::unread).toList();
        int logLines = snapshot.counts().getOrDefault(Snapshot.LOG_LINE, 0);
        if (!unread.isEmpty()) {
            SnapshotWarning first = unread.get(0);
            String more = unread.size() == 1 ? "" : " (and " + (unread.size() - 1) + " more problems)";
            return "nothing to analyze: " + first.source() + ": " + first.message() + more;
        }
        if (logLines > 0) {
            return "nothing to analyze in " + String.join(", ", snapshot.sources()) + ": no Kubernetes object, only "
                    + logLines + " log line(s); add the objects (kubectl get pods,pvc,pv,volumeattachments -A -o yaml)";
        }
        if (!snapshot.warnings().isEmpty()) {
            SnapshotWarning first = snapshot.warnings().get(0);
            return "nothing to analyze: " + first.source() + ": " + first.message();
        }
        return "nothing to analyze in " + String.join(", ", snapshot.sources()) + ": no Kubernetes objects found";
    }
}
