package io.kdiag.engine.internal;

import io.kdiag.engine.internal.PlaybookContent.Needs;
import io.kdiag.facts.snapshot.MissingKinds;
import io.kdiag.facts.snapshot.MissingKinds.Missing;
import io.kdiag.facts.snapshot.Snapshot;
import io.kdiag.facts.snapshot.SnapshotWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the snapshot lacks, as warnings that name what it costs: for each kind (or component's
 * logs) the snapshot shows to exist but holds none of, the playbooks that could not be checked
 * because they need it, and those checked only in part because they read it when it is there
 * (see each playbook's {@code needs:}). A missing kind that no loaded playbook reads is not
 * worth a warning.
 */
final class CoverageWarnings {

    /** How warnings about the snapshot as a whole name their source. */
    static final String SOURCE = "snapshot";

    private CoverageWarnings() {
    }

    /** The warnings, in the order {@link MissingKinds#in} finds the gaps. */
    static List<SnapshotWarning> of(Snapshot snapshot, Map<String, Needs> needs) {
        List<SnapshotWarning> warnings = new ArrayList<>();
        for (Missing missing : MissingKinds.in(snapshot)) {
            List<String> unchecked = new ArrayList<>();
            List<String> partly = new ArrayList<>();
            needs.forEach((playbook, need) -> {
                if (need.kinds().contains(missing.kind())) {
                    unchecked.add(playbook);
                } else if (need.reads().contains(missing.kind()) || need.logs().contains(missing.component())) {
                    partly.add(playbook);
                }
            });
            if (unchecked.isEmpty() && partly.isEmpty()) {
                continue;
            }
            List<String> costs = new ArrayList<>();
            if (!unchecked.isEmpty()) {
                costs.add("playbooks not checked: " + String.join(", ", unchecked));
            }
            if (!partly.isEmpty()) {
                costs.add("checked only in part: " + String.join(", ", partly));
            }
            warnings.add(new SnapshotWarning(SOURCE, "the snapshot holds no " + missing.what() + ", though "
                    + missing.shownBy() + ": " + String.join("; ", costs)
                    + (snapshot.hasUnreadInput() ? "; it may be in input that could not be read" : "")
                    + "; add the output of `" + missing.command() + "`"));
        }
        return warnings;
    }
}
