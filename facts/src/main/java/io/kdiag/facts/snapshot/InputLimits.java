package io.kdiag.facts.snapshot;

/**
 * Bounds on what walking the given paths and unpacking archives may cost. A dump is untrusted
 * input: a folder of millions of files, a gzip bomb or an archive nested in itself must end in a
 * warning, never in a full disk, an exhausted heap or a run that does not end.
 *
 * @param maxFiles the most files read from all paths together
 * @param maxFolderDepth the deepest folder below a given path that is still read
 * @param maxFileBytes the largest single file that is read; object files and Lists are read as
 *     streams, so this bounds time, not memory
 * @param maxArchiveEntries the most entries unpacked from one archive
 * @param maxEntryBytes the largest single archive entry, unpacked
 * @param maxUnpackedBytes the most bytes unpacked from all archives together
 * @param maxArchiveNesting how deep archives inside archives are opened (1: only the given ones)
 * @param maxLogLines the most log lines kept as facts; past it, only lines that carry a signal
 *     (a CSI error, a force detach, ...) are kept, so huge logs cannot exhaust the heap
 */
public record InputLimits(int maxFiles, int maxFolderDepth, long maxFileBytes, int maxArchiveEntries,
        long maxEntryBytes, long maxUnpackedBytes, int maxArchiveNesting, int maxLogLines) {

    /**
     * 200,000 files, depth 32, 64 GiB a file; archives: 200,000 entries, 1 GiB an entry,
     * 4 GiB in all, nested 3 deep; 500,000 log lines.
     */
    public static final InputLimits DEFAULT =
            new InputLimits(200_000, 32, 64L << 30, 200_000, 1L << 30, 4L << 30, 3, 500_000);
}
