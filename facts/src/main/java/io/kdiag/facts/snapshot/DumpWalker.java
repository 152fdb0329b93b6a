package io.kdiag.facts.snapshot;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Walks a folder in name order, recognises the dump layouts in it, and hands on every file with
 * what its layout says it holds.
 *
 * <p>The walk never leaves the folder it was given: symbolic links are not followed (a link to
 * a place inside the folder is read there; a link out of it, a broken link and a link loop are
 * reported). It reads no deeper than the folder depth limit and stops after the file limit, so
 * its cost is bounded whatever the folder holds.
 */
final class DumpWalker {

    /** Receives what a walk finds. */
    interface Visitor {
        /** A folder recognised as the top of a dump in {@code layout}; {@code name} names it in sources. */
        void layout(Layout layout, Path top, String name);

        /** A file to read. */
        void file(DumpFile file);

        /** Something in the folder that is not read. */
        void warning(SnapshotWarning warning);
    }

    private static final Layout PLAIN = new PlainLayout();
    private static final List<Layout> DUMPS =
            List.of(new KdiagCaptureLayout(), new MustGatherLayout(), new SupportBundleLayout(), new ClusterInfoDumpLayout());

    private final InputLimits limits;
    private int files;
    private boolean tooMany;

    /** A walker whose file limit counts over every walk it makes. */
    DumpWalker(InputLimits limits) {
        this.limits = limits;
    }

    /**
     * Walks one folder.
     *
     * @param folder the folder, as given or unpacked
     * @param name how sources name the folder
     */
    void walk(Path folder, String name, Visitor visitor) throws IOException {
        Walk walk = new Walk(folder.toRealPath(), name, visitor);
        walk.folder(folder, name, PLAIN, List.of(), 0);
    }

    /** The layout a dump of this single folder is in, for the folder itself. */
    static Optional<Layout> recognise(Path folder) {
        return DUMPS.stream().filter(layout -> layout.recognises(folder)).findFirst();
    }

    /** One walk of one given folder. */
    private final class Walk {
        private final Path realTop;
        private final String topName;
        private final Visitor visitor;

        Walk(Path realTop, String topName, Visitor visitor) {
            this.realTop = realTop;
            this.topName = topName;
            this.visitor = visitor;
        }

        void folder(Path folder, String name, Layout layout, List<String> relative, int depth) {
            if (layout == PLAIN) {
                Optional<Layout> dump = recognise(folder);
                if (dump.isPresent()) {
                    layout = dump.get();
                    relative = List.of();
                    visitor.layout(layout, folder, name);
                }
            }
            List<Path> children;
            try {
                children = children(folder);
            } catch (IOException e) {
                visitor.warning(new SnapshotWarning(name, "cannot list folder: " + DocumentReader.oneLine(e.getMessage())));
                return;
            }
            for (Path child : children) {
                if (tooMany) {
                    return;
                }
                String childName = child.getFileName().toString();
                entry(child, name + "/" + childName, layout, append(relative, childName), depth);
            }
        }

        private void entry(Path child, String name, Layout layout, List<String> relative, int depth) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                visitor.warning(new SnapshotWarning(name, "cannot read: " + DocumentReader.oneLine(e.getMessage())));
                return;
            }
            if (attributes.isSymbolicLink()) {
                link(child, name);
            } else if (attributes.isDirectory()) {
                if (depth + 1 > limits.maxFolderDepth()) {
                    visitor.warning(new SnapshotWarning(name, "folder nested deeper than " + limits.maxFolderDepth()
                            + " levels, not read"));
                } else {
                    folder(child, name, layout, relative, depth + 1);
                }
            } else if (attributes.isRegularFile()) {
                if (files == limits.maxFiles()) {
                    tooMany = true;
                    visitor.warning(new SnapshotWarning(name, "more than " + limits.maxFiles()
                            + " files given: this and every later file not read"));
                    return;
                }
                files++;
                layout.classify(child, relative, name).ifPresent(visitor::file);
            }
        }

        /** A link inside the folder is read where it points; only a link that leads nowhere or out is reported. */
        private void link(Path child, String name) {
            Path target;
            try {
                target = child.toRealPath();
            } catch (IOException e) {
                visitor.warning(new SnapshotWarning(name, "symbolic link is broken or loops, not followed"));
                return;
            }
            if (!target.startsWith(realTop)) {
                visitor.warning(new SnapshotWarning(name, "symbolic link points outside " + topName + ", not followed"));
            }
        }
    }

    private static List<Path> children(Path folder) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(children::add);
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return children;
    }

    private static List<String> append(List<String> relative, String child) {
        List<String> longer = new ArrayList<>(relative.size() + 1);
        longer.addAll(relative);
        longer.add(child);
        return List.copyOf(longer);
    }
}
