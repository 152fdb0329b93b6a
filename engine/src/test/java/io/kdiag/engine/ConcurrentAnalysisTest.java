package io.kdiag.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.engine.render.ReportFormat;
import io.kdiag.engine.report.Report;
import io.kdiag.facts.snapshot.Snapshot;
import io.kdiag.facts.snapshot.SnapshotLoader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One shared instance, many analyses at once: the reports are byte for byte those of sequential
 * runs. Snapshots are read once (they are immutable), so that the threads share the knowledge
 * base and the snapshots while each runs sessions of its own.
 */
class ConcurrentAnalysisTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<Path> FIXTURES = List.of(
            ROOT.resolve("test-fixtures/stale-volumeattachment"),
            ROOT.resolve("test-fixtures/node-down-csi"),
            ROOT.resolve("test-fixtures/volume-in-use-elsewhere"),
            ROOT.resolve("test-fixtures/pvc-stuck-terminating-running-pod"),
            ROOT.resolve("test-fixtures/pvc-stuck-terminating-finished-job"),
            ROOT.resolve("examples/rules/stateful-data-reclaim-delete/cases/statefulset-on-delete-volume/cluster.yaml"));
    private static final int THREADS = 8;
    private static final int ANALYSES_PER_THREAD = 20;

    @Test
    void eightThreadsOfTwentyAnalysesGiveTheSequentialBytes() throws Exception {
        Kdiag kdiag = Kdiag.builder().addRuleFolder(ROOT.resolve("examples/rules")).build();
        List<Snapshot> snapshots = new ArrayList<>();
        List<String> sequential = new ArrayList<>();
        for (Path fixture : FIXTURES) {
            snapshots.add(new SnapshotLoader().load(List.of(fixture)));
            sequential.add(json(kdiag, snapshots.get(snapshots.size() - 1)));
        }
        assertThat(sequential).doesNotHaveDuplicates();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                Callable<List<String>> work = () -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < ANALYSES_PER_THREAD; i++) {
                        out.add(json(kdiag, snapshots.get((offset + i) % snapshots.size())));
                    }
                    return out;
                };
                threads.add(pool.submit(work));
            }
            for (int t = 0; t < THREADS; t++) {
                List<String> out = threads.get(t).get();
                for (int i = 0; i < ANALYSES_PER_THREAD; i++) {
                    assertThat(out.get(i)).as("thread %d analysis %d", t, i)
                            .isEqualTo(sequential.get((t + i) % FIXTURES.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String json(Kdiag kdiag, Snapshot snapshot) throws Exception {
        Report report = kdiag.analyze(snapshot);
        StringWriter out = new StringWriter();
        ReportFormat.JSON.write(report, out);
        return out.toString();
    }
}
