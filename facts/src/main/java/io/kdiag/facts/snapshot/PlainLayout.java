package io.kdiag.facts.snapshot;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Files and folders of {@code kubectl get -o yaml|json} output, and plain log files: what is
 * left when no dump layout is recognised.
 */
final class PlainLayout implements Layout {

    @Override
    public String title() {
        return "plain files";
    }

    @Override
    public boolean recognises(Path folder) {
        return true;
    }

    @Override
    public Optional<DumpFile> classify(Path file, List<String> relative, String name) {
        return Layout.objectsOrArchive(file, relative, name).or(() -> plainLog(file, relative, name));
    }

    /** A log file ({@link LogFiles}), or one that may be, read as a log of no known pod. */
    static Optional<DumpFile> plainLog(Path file, List<String> relative, String name) {
        if (LogFiles.namedLog(file)) {
            return Optional.of(new DumpFile.PlainLog(file, name, false));
        }
        return LogFiles.mayBeLog(file) ? Optional.of(new DumpFile.PlainLog(file, name, true)) : Optional.empty();
    }
}
