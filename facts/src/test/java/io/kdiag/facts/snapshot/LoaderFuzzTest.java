package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded random-mutation fuzzer of the loaders: it mutates the layout fixtures (object files
 * and archives of them) and checks that every mutant loads without an exception escaping, that
 * every warning names the mutant, and that loading it twice gives the same snapshot.
 *
 * <p>The normal build runs a short, reproducible session ({@code kdiag.fuzz.iterations}, default
 * 150, seed {@code kdiag.fuzz.seed}); docs/fuzzing.md describes a longer one. A mutant that breaks
 * an invariant is written to {@code target/fuzz-crashes/}; keep it in
 * {@code src/test/resources/fuzz-regressions/}, where {@link #regressionCasesStayFixed} replays it.
 */
class LoaderFuzzTest {

    private static final int ITERATIONS = Integer.getInteger("kdiag.fuzz.iterations", 150);
    private static final long SEED = Long.getLong("kdiag.fuzz.seed", 0x6b646961L);
    private static final ParseLimits LIMITS = new ParseLimits(4 << 20, 64, 20, 1 << 20);
    private static final InputLimits INPUT = new InputLimits(2000, 16, 8 << 20, 2000, 8 << 20, 32 << 20, 2, 500_000);
    private static final Path CRASHES = Path.of("target", "fuzz-crashes");
    private static final String[] TOKENS = {"{", "}", "[", "]", "---\n", "...\n", "&a ", "*a", "<<: *a\n", "\u0000", "\"",
        "'", ":", ": ", "\n- ", "\nitems:\n", "kind: List\n", "kind: Secret\n", "kind: PodList\n", "\"kind\":\"Pod\",",
        "\t", "\r", "\uFEFF", "!!binary ", "!!python/object ", "? ", "|\n", "1e999999", "-0", "null", "~", "\\u0000",
        "==== START logs for container c of pod ns/p ====\n", "\u00ff\u00fe", "metadata: 7\n", "resourceVersion: x\n"};

    @TempDir
    Path work;

    @Test
    void mutantsOfEveryLayoutLoadWithinTheInvariants() throws IOException {
        List<Seed> seeds = seeds();
        Random random = new Random(SEED);
        for (int i = 0; i < ITERATIONS; i++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            byte[] mutant = mutate(seed.bytes(), seeds.get(random.nextInt(seeds.size())).bytes(), random);
            check(mutant, seed.extension(), "seed " + SEED + " iteration " + i + " of " + seed.name());
        }
    }

    @Test
    void regressionCasesStayFixed() throws IOException {
        Path cases = Path.of("src", "test", "resources", "fuzz-regressions");
        try (Stream<Path> files = Files.list(cases)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String name = file.getFileName().toString();
                check(Files.readAllBytes(file), name.substring(name.indexOf('.')), "regression case " + name);
            }
        }
    }

    /** Loads the mutant twice and checks the invariants; a mutant that breaks one is kept. */
    private void check(byte[] mutant, String extension, String what) throws IOException {
        Path folder = Files.createTempDirectory(work, "m");
        Path file = Files.write(folder.resolve("mutant" + extension), mutant);
        try {
            Snapshot first = new SnapshotLoader(LIMITS, INPUT).load(List.of(folder));
            Snapshot second = new SnapshotLoader(LIMITS, INPUT).load(List.of(folder));
            assertThat(first.warnings()).as(what).allSatisfy(w -> assertThat(w.source()).startsWith(file.toString()));
            assertThat(first.warnings()).as(what).allSatisfy(w -> assertThat(w.message()).doesNotContain("\n"));
            assertThat(second.counts()).as(what).isEqualTo(first.counts());
            assertThat(second.warnings()).as(what).isEqualTo(first.warnings());
        } catch (Throwable e) {
            Files.createDirectories(CRASHES);
            Path kept = Files.write(CRASHES.resolve(Integer.toHexString(Arrays.hashCode(mutant)) + extension), mutant);
            fail(what + " broke an invariant; input kept at " + kept.toAbsolutePath(), e);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One fuzzing seed: a fixture file's bytes and its file name ending. */
    private record Seed(String name, String extension, byte[] bytes) {
    }

    private List<Seed> seeds() throws IOException {
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Inputs.FIXTURES)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot > 0 && Files.size(file) < 64 << 10) {
                    seeds.add(new Seed(Inputs.FIXTURES.relativize(file).toString(), name.substring(dot), Files.readAllBytes(file)));
                }
            }
        }
        Path mustGather = Inputs.FIXTURES.resolve("layouts/must-gather/must-gather.local.5216340238384712093");
        Path archive = Archives.tarGz(work.resolve("seed.tar.gz"), Archives.of(mustGather));
        seeds.add(new Seed("must-gather.tar.gz", ".tar.gz", Files.readAllBytes(archive)));
        Path zip = Archives.zip(work.resolve("seed.zip"), Archives.of(mustGather).subList(0, 6));
        seeds.add(new Seed("must-gather.zip", ".zip", Files.readAllBytes(zip)));
        return seeds;
    }

    /** One to four random edits, of the kinds that break parsers: flips, cuts, copies, tokens, splices. */
    private static byte[] mutate(byte[] input, byte[] other, Random random) {
        byte[] bytes = input;
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            bytes = switch (random.nextInt(7)) {
                case 0 -> flip(bytes, at, random);
                case 1 -> Arrays.copyOf(bytes, at);
                case 2 -> splice(bytes, at, new byte[0], Math.min(bytes.length - at, 1 + random.nextInt(64)));
                case 3 -> splice(bytes, at, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(256))), 0);
                case 4 -> splice(bytes, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8), 0);
                case 5 -> splice(bytes, at, Arrays.copyOfRange(other, 0, random.nextInt(other.length + 1)), 0);
                default -> splice(bytes, at, TOKENS[random.nextInt(TOKENS.length)].repeat(1 + random.nextInt(2000))
                        .getBytes(StandardCharsets.UTF_8), 0);
            };
        }
        return bytes;
    }

    private static byte[] flip(byte[] bytes, int at, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] copy = bytes.clone();
        copy[at] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    private static byte[] splice(byte[] bytes, int at, byte[] insert, int remove) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }
}
