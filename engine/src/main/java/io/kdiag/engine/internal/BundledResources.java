package io.kdiag.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the bundled playbooks' DRL files on the class path ({@code <folder>/<playbook>/*.drl}), so
 * that a playbook is added by adding its folder and nothing else. The folder {@code io/kdiag/rules/}
 * holds a {@code README.md} that anchors the search. In a jar (the runnable jar, the rules jar) the
 * files are those the index {@value #INDEX} names, which the rules module's build writes into the
 * same jar, so that a start does not list the jar's every entry; in a build's class folder, the
 * folder itself is listed.
 */
final class BundledResources {

    private static final String ANCHOR = "README.md";
    private static final String INDEX = "playbooks.list";

    private BundledResources() {
    }

    /**
     * The {@code .drl} resources below a folder, as class path resource names, in path order.
     *
     * @param folder a resource folder ending in {@code /}, holding {@value #ANCHOR}
     */
    static List<String> drlFiles(String folder) {
        return drlFiles(BundledResources.class.getClassLoader(), folder);
    }

    /** The {@code .drl} resources below a folder of a class loader's class path, in path order. */
    static List<String> drlFiles(ClassLoader loader, String folder) {
        URL anchor = loader.getResource(folder + ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("bundled rules missing: no " + folder + ANCHOR + " on the class path");
        }
        try {
            List<String> names = "jar".equals(anchor.getProtocol()) ? indexed(loader, folder) : inFolder(anchor, folder);
            return names.stream().filter(name -> isPlaybookDrl(name.substring(folder.length()))).sorted().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the bundled rules in " + anchor, e);
        }
    }

    /** A DRL file in a playbook's folder ({@code <playbook>/<file>.drl}), not in its cases or above it. */
    private static boolean isPlaybookDrl(String relative) {
        int slash = relative.indexOf('/');
        return relative.endsWith(".drl") && slash > 0 && relative.indexOf('/', slash + 1) < 0;
    }

    private static List<String> indexed(ClassLoader loader, String folder) throws IOException {
        try (InputStream index = loader.getResourceAsStream(folder + INDEX)) {
            if (index == null) {
                throw new IllegalStateException("bundled rules incomplete: no " + folder + INDEX + " beside " + ANCHOR);
            }
            return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).map(line -> folder + line.strip()).toList();
        }
    }

    private static List<String> inFolder(URL anchor, String folder) throws IOException, URISyntaxException {
        Path root = Path.of(anchor.toURI()).getParent();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> folder + root.relativize(p).toString().replace('\\', '/')).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
