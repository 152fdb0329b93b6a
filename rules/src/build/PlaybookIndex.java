import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A build step of the rules module, run as a source file: writes {@code playbooks.list} into the
 * bundled rules folder given as the only argument, one line per playbook DRL file
 * ({@code <playbook>/<file>.drl}), in path order. A run reads it instead of listing every entry
 * of the jar the rules are in.
 */
public final class PlaybookIndex {

    private PlaybookIndex() {
    }

    /** Writes the index of the folder {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        try (Stream<Path> playbooks = Files.list(folder)) {
            String index = playbooks.filter(Files::isDirectory)
                    .flatMap(PlaybookIndex::drlFiles)
                    .map(drl -> folder.relativize(drl).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(folder.resolve("playbooks.list"), index, StandardCharsets.UTF_8);
        }
    }

    private static Stream<Path> drlFiles(Path playbook) {
        try (Stream<Path> files = Files.list(playbook)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".drl") && Files.isRegularFile(f))
                    .toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
