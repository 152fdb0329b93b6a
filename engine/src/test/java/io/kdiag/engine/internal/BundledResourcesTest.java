package io.kdiag.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled DRL files: listed in a class folder, read from the build's index in a jar. */
class BundledResourcesTest {

    private static final String FOLDER = "io/kdiag/rules/";

    @TempDir
    Path temp;

    @Test
    void inAJarTheIndexNamesThePlaybookDrlFiles() throws IOException {
        Path jar = jar(Map.of(FOLDER + "README.md", "anchor",
                FOLDER + "playbooks.list", "b/b.drl\na/a.drl\n\na/cases/x.drl\n",
                FOLDER + "a/a.drl", "", FOLDER + "b/b.drl", "", FOLDER + "c/c.drl", "not indexed"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(BundledResources.drlFiles(loader, FOLDER)).containsExactly(FOLDER + "a/a.drl", FOLDER + "b/b.drl");
        }
    }

    @Test
    void aJarWithoutTheIndexIsNamedAsIncomplete() throws IOException {
        Path jar = jar(Map.of(FOLDER + "README.md", "anchor", FOLDER + "a/a.drl", ""));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> BundledResources.drlFiles(loader, FOLDER))
                    .hasMessageContaining("no " + FOLDER + "playbooks.list");
        }
    }

    @Test
    void theBuildsIndexNamesEveryPlaybookDrlFileOfTheSources() throws IOException {
        Path sources = Path.of("..", "rules", "src", "main", "resources", FOLDER);
        List<String> drlFiles;
        try (Stream<Path> playbooks = Files.list(sources)) {
            drlFiles = playbooks.filter(Files::isDirectory).flatMap(BundledResourcesTest::list)
                    .filter(file -> file.getFileName().toString().endsWith(".drl"))
                    .map(file -> sources.relativize(file).toString().replace('\\', '/')).sorted().toList();
        }
        try (InputStream index = BundledResources.class.getClassLoader().getResourceAsStream(FOLDER + "playbooks.list")) {
            assertThat(new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().toList())
                    .isEqualTo(drlFiles).hasSizeGreaterThan(10);
        }
    }

    private static Stream<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = temp.resolve("rules.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
