package io.kdiag.cli;

import io.kdiag.engine.capture.CaptureException;
import io.kdiag.engine.capture.ClusterCapture;
import io.kdiag.engine.capture.ClusterConnection;
import io.kdiag.facts.snapshot.Snapshot;
import io.kdiag.facts.snapshot.SnapshotLoader;
import java.io.IOException;

/** {@code kdiag analyze --live}: a capture into a temporary folder, read as {@code kdiag analyze} reads a capture. */
final class LiveSnapshot {

    private LiveSnapshot() {
    }

    /** The snapshot of the cluster the options name; sources name it {@code live:CONTEXT}. */
    static Snapshot read(ClusterOptions cluster, Progress progress) throws CaptureException, IOException {
        try (ClusterConnection.Connected connected = cluster.connection().open()) {
            progress.say("capturing " + connected.contextName());
            return new ClusterCapture(connected.client(), connected.contextName(), cluster.capture(progress))
                    .snapshot(new SnapshotLoader(), "live:" + connected.contextName());
        }
    }
}
