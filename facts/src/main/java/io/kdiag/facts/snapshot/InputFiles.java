package io.kdiag.facts.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The first step of a load: finds every file to read under the paths given, with what its
 * layout says it holds, and hands each on to the next step. Archives are unpacked into the
 * load's {@link Workspace} and their content found in turn, so the next step never sees an
 * archive and never calls back into this one.
 */
final class InputFiles {

    private final InputLimits limits;
    private final Workspace workspace;
    private final DumpWalker walker;
    private final ArchiveUnpacker unpacker;

    /** A finder whose file limit counts over every path it is given, unpacking into {@code workspace}. */
    InputFiles(InputLimits limits, Workspace workspace) {
        this.limits = limits;
        this.workspace = workspace;
        this.walker = new DumpWalker(limits);
        this.unpacker = new ArchiveUnpacker(limits);
    }

    /**
     * Finds the files of one given file, folder or archive.
     *
     * @param name how sources name the path
     * @param found receives the dumps, files and warnings found, in name order
     */
    void find(Path path, String name, DumpWalker.Visitor found) {
        find(path, name, 0, found);
    }

    private void find(Path path, String name, int nesting, DumpWalker.Visitor found) {
        DumpWalker.Visitor unpacking = new DumpWalker.Visitor() {
            @Override
            public void layout(Layout layout, Path top, String dumpName) {
                found.layout(layout, top, dumpName);
            }

            @Override
            public void file(DumpFile file) {
                if (file instanceof DumpFile.Archive archive) {
                    unpack(archive, nesting, found);
                } else {
                    found.file(file);
                }
            }

            @Override
            public void warning(SnapshotWarning warning) {
                found.warning(warning);
            }
        };
        try {
            if (Files.isDirectory(path)) {
                walker.walk(path, name, unpacking);
            } else if (!Files.isRegularFile(path)) {
                found.warning(DumpWalker.specialFile(name));
            } else {
                List<String> relative = List.of(path.getFileName().toString());
                unpacking.file(new PlainLayout().classify(path, relative, name).orElse(new DumpFile.Objects(path, name)));
            }
        } catch (IOException e) {
            found.warning(new SnapshotWarning(name, "cannot read: " + DocumentReader.oneLine(e.getMessage()), true));
        }
    }

    private void unpack(DumpFile.Archive archive, int nesting, DumpWalker.Visitor found) {
        if (nesting >= limits.maxArchiveNesting()) {
            found.warning(new SnapshotWarning(archive.name(), "archive nested more than " + limits.maxArchiveNesting()
                    + " deep, not opened", true));
            return;
        }
        try {
            Path folder = workspace.newFolder();
            unpacker.unpack(archive.path(), archive.name(), folder, found::warning);
            find(folder, archive.name() + "!", nesting + 1, found);
        } catch (IOException e) {
            found.warning(new SnapshotWarning(archive.name(), "cannot unpack: " + DocumentReader.oneLine(e.getMessage()), true));
        }
    }
}
