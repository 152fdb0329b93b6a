package io.kdiag.engine.capture;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a capture reads, beside the connection.
 *
 * @param namespaces the namespaces to read namespaced kinds in; empty for the context's
 *     namespace, as {@code kubectl} does
 * @param allNamespaces read every namespace ({@code -A}); {@code namespaces} is then ignored
 * @param logTailLines how many of the newest lines to read of each log; negative for all
 * @param logSince read only log lines newer than this, or {@code null} for no such bound
 * @param chunkSize how many objects to ask for in one list request, as {@code kubectl --chunk-size}
 * @param clock the clock whose time the manifest records as the capture time
 * @param progress receives a line now and then about what is being read
 */
public record CaptureOptions(List<String> namespaces, boolean allNamespaces, int logTailLines, Duration logSince,
        int chunkSize, Clock clock, Consumer<String> progress) {

    /** The newest lines read of each log unless told otherwise. */
    public static final int DEFAULT_LOG_TAIL_LINES = 2000;
    /** Objects asked for in one list request unless told otherwise: {@code kubectl}'s default. */
    public static final int DEFAULT_CHUNK_SIZE = 500;

    /** Options with the lists copied and the chunk size checked. */
    public CaptureOptions {
        namespaces = List.copyOf(namespaces);
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunk size must be positive: " + chunkSize);
        }
    }

    /** The context's namespace, the default log bounds and chunk size, the system clock, and no progress. */
    public static CaptureOptions defaults() {
        return new CaptureOptions(List.of(), false, DEFAULT_LOG_TAIL_LINES, null, DEFAULT_CHUNK_SIZE,
                Clock.systemUTC(), line -> { });
    }

    /** These options reading every namespace. */
    public CaptureOptions withAllNamespaces() {
        return new CaptureOptions(namespaces, true, logTailLines, logSince, chunkSize, clock, progress);
    }

    /** These options with another chunk size. */
    public CaptureOptions withChunkSize(int size) {
        return new CaptureOptions(namespaces, allNamespaces, logTailLines, logSince, size, clock, progress);
    }

    /** These options with another clock. */
    public CaptureOptions withClock(Clock newClock) {
        return new CaptureOptions(namespaces, allNamespaces, logTailLines, logSince, chunkSize, newClock, progress);
    }
}
