package io.kdiag.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the bundled playbooks' DRL files on the class path ({@code <folder>/<playbook>/*.drl}), so
 * that a playbook is added by adding its folder and nothing else. The folder {@code io/kdiag/rules/} holds a {@code README.md} that
 * anchors the search: it is found in a jar (the runnable jar, the rules jar) or in a build's
 * class folder alike.
 */
final class BundledResources {

    private static final String ANCHOR = "README.md";

    private BundledResources() {
    }

    /**
     * The {@code .drl} resources below a folder, as class path resource names, in path order.
     *
     * @param folder a resource folder ending in {@code /}, holding {@value #ANCHOR}
     */
    static List<String> drlFiles(String folder) {
        URL anchor = BundledResources.class.getClassLoader().getResource(folder + ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("bundled rules missing: no " + folder + ANCHOR + " on the class path");
        }
        try {
            List<String> names = "jar".equals(anchor.getProtocol()) ? inJar(anchor, folder) : inFolder(anchor, folder);
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

    private static List<String> inJar(URL anchor, String folder) throws IOException {
        JarURLConnection connection = (JarURLConnection) anchor.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            return Collections.list(jar.entries()).stream().map(JarEntry::getName)
                    .filter(name -> name.startsWith(folder)).toList();
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
