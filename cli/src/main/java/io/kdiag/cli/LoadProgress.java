package io.kdiag.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One progress line on stderr while a large snapshot is read, rewritten in place every second:
 * how much of the input the process has read so far (from {@code /proc/self/io} where the system
 * has it), of how much, and for how long. Only on a terminal, and only once reading has taken a
 * second: a small dump shows nothing. The count is of every byte the process read, so it runs a
 * little ahead of the snapshot's files; the line says "about".
 */
final class LoadProgress {

    private static final Path PROCESS_IO = Path.of("/proc/self/io");

    private final PrintWriter err;
    private final long inputBytes;
    private final long startRead;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private boolean shown;

    private LoadProgress(PrintWriter err, long inputBytes, boolean onTerminal) {
        this.err = err;
        this.inputBytes = inputBytes;
        this.startRead = onTerminal ? bytesRead().orElse(0) : 0;
        this.ticker = onTerminal ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kdiag-load-progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    /** Starts the line for reading these paths; it stays silent when stderr is not a terminal. */
    static LoadProgress start(PrintWriter err, List<Path> paths) {
        boolean onTerminal = System.console() != null;
        return new LoadProgress(err, onTerminal ? size(paths) : 0, onTerminal);
    }

    private synchronized void tick() {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        OptionalLong read = bytesRead();
        String amount = read.isPresent() && inputBytes > 0
                ? String.format(Locale.ROOT, "about %s of %s", human(read.getAsLong() - startRead), human(inputBytes))
                : human(inputBytes);
        err.print("\rkdiag: reading " + amount + ", " + seconds + " s ");
        err.flush();
        shown = true;
    }

    /** Ends the line, clearing it if it was shown. */
    synchronized void close() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    /** Bytes this process has read so far, where the system says. */
    private static OptionalLong bytesRead() {
        try (Stream<String> lines = Files.lines(PROCESS_IO)) {
            return lines.filter(line -> line.startsWith("rchar:"))
                    .mapToLong(line -> Long.parseLong(line.substring("rchar:".length()).strip())).findFirst();
        } catch (IOException | UncheckedIOException | NumberFormatException | SecurityException e) {
            return OptionalLong.empty();
        }
    }

    private static long size(List<Path> paths) {
        long total = 0;
        for (Path path : paths) {
            try (Stream<Path> files = Files.walk(path)) {
                total += files.filter(Files::isRegularFile).mapToLong(LoadProgress::sizeOf).sum();
            } catch (IOException | UncheckedIOException e) {
                // the loader names unreadable paths in its warnings
            }
        }
        return total;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}
