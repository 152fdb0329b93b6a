package io.kdiag.facts.snapshot;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures loading time and peak heap for 20,000 small files and for one 50 MB List (YAML and
 * JSON), and, when asked, for one JSON List of a chosen size (over the 256 MiB document cap
 * earlier builds had). A plain main, not a test: run it as docs/performance.md says. Each input
 * is loaded {@code runs} times after one warm-up load; the times printed are the fastest run's
 * (wall clock, and CPU time of the loading thread, which a busy machine disturbs less), the heap
 * the highest peak of any run.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    /** {@code LoadBenchmark [runs [MiB]]}: with MiB, only a JSON List of that size is measured. */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        long large = args.length > 1 ? Long.parseLong(args[1]) : 0;
        Path work = Files.createTempDirectory("kdiag-bench-");
        try {
            if (large > 0) {
                measure(large + " MiB JSON List", list(work.resolve("large.json"), large << 20, true), runs);
                return;
            }
            measure("20,000 small files", smallFiles(work.resolve("small"), 20_000), runs);
            measure("50 MB YAML List", list(work.resolve("big.yaml"), 50L << 20, false), runs);
            measure("50 MB JSON List", list(work.resolve("big.json"), 50L << 20, true), runs);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void measure(String what, Path input, int runs) throws Exception {
        SnapshotLoader loader = new SnapshotLoader();
        Snapshot warmUp = loader.load(List.of(input));
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long startCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            Snapshot snapshot = loader.load(List.of(input));
            best = Math.min(best, System.nanoTime() - start);
            bestCpu = Math.min(bestCpu, ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startCpu);
            peak = Math.max(peak, heapPeak());
            if (!snapshot.counts().equals(warmUp.counts())) {
                throw new IllegalStateException("loads differ");
            }
        }
        System.out.printf("%-20s %8.0f ms (CPU %6.0f ms)  peak heap %5d MiB  %s, %d warnings%n", what, best / 1e6,
                bestCpu / 1e6, peak >> 20, warmUp.counts(), warmUp.warnings().size());
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static Path smallFiles(Path folder, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve("ns-" + (i % 100)).resolve("pod-" + i + ".yaml");
            Files.createDirectories(file.getParent());
            Files.writeString(file, pod(i, false));
        }
        return folder;
    }

    private static Path list(Path file, long bytes, boolean json) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(json ? "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [\n" : "apiVersion: v1\nkind: List\nitems:\n");
            long written = 0;
            for (int i = 0; written < bytes; i++) {
                String item = json ? (i == 0 ? "" : ",\n") + pod(i, true) : "- " + pod(i, false).strip().replace("\n", "\n  ") + "\n";
                out.write(item);
                written += item.length();
            }
            out.write(json ? "]}\n" : "");
        }
        return file;
    }

    /** A pod as {@code kubectl get -o yaml|json} prints one: metadata, a container, volumes, status. */
    private static String pod(int i, boolean json) {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web-%1$d
                  namespace: ns-%2$d
                  uid: 6f1c%1$08d-0000-4000-8000-000000000000
                  resourceVersion: "%1$d"
                  creationTimestamp: "2025-11-03T19:10:12Z"
                  labels:
                    app: web
                    pod-template-hash: 6d9f7b8c4
                  ownerReferences:
                  - apiVersion: apps/v1
                    kind: ReplicaSet
                    name: web-6d9f7b8c4
                    uid: 0b1c2d3e-0000-4000-8000-000000000000
                    controller: true
                spec:
                  nodeName: worker-%3$d
                  terminationGracePeriodSeconds: 30
                  containers:
                  - name: web
                    image: nginx:1.27.2
                    ports:
                    - containerPort: 8080
                      protocol: TCP
                    volumeMounts:
                    - name: data
                      mountPath: /data
                  volumes:
                  - name: data
                    persistentVolumeClaim:
                      claimName: data-web-%1$d
                status:
                  phase: Running
                  startTime: "2025-11-03T19:10:15Z"
                  conditions:
                  - type: Ready
                    status: "True"
                    lastTransitionTime: "2025-11-03T19:10:20Z"
                  containerStatuses:
                  - name: web
                    ready: true
                    restartCount: 0
                    image: nginx:1.27.2
                    state:
                      running:
                        startedAt: "2025-11-03T19:10:18Z"
                """.formatted(i, i % 100, i % 20);
        return json ? YamlToJson.convert(yaml) : yaml;
    }

    /** Converts the benchmark's pod YAML to JSON once per pod, with Jackson. */
    private static final class YamlToJson {
        private static final com.fasterxml.jackson.databind.ObjectMapper YAML =
                new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

        static String convert(String yaml) {
            try {
                return JSON.writeValueAsString(YAML.readTree(yaml));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
