package io.kdiag.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kdiag.facts.snapshot.SnapshotException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic cluster dump for the benchmark: {@code cluster.json}, one {@code kind: List}
 * of about the asked number of objects; {@code logs/}, the CSI attacher's and provisioner's logs
 * and the logs of the injected cases; and {@code manifest.json}, the faults injected.
 *
 * <p>The bulk is a {@link HealthyCluster}. Into it goes one copy of every bundled playbook test
 * case (every {@code expect.yaml} under {@code rules/src}), rewritten by a {@link CaseRewriter}:
 * the cases that expect a diagnosis are the injected faults, those that expect none are healthy
 * look-alikes. A playbook added with its cases is thus injected without touching this tool.
 *
 * <pre>
 * java -cp ... io.kdiag.bench.ClusterGenerator OBJECTS OUT-DIR [REPOSITORY] [SEED]
 * </pre>
 */
public final class ClusterGenerator {

    /** The cluster's clock: the newest timestamp in every generated dump. */
    public static final Instant CLOCK = Instant.parse("2026-03-02T12:00:00Z");

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path repository;
    private final long seed;

    /**
     * @param repository the kdiag checkout whose bundled cases are injected
     * @param seed the seed of the healthy bulk
     */
    public ClusterGenerator(Path repository, long seed) {
        this.repository = repository;
        this.seed = seed;
    }

    /** Runs the generator: {@code OBJECTS OUT-DIR [REPOSITORY] [SEED]}. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ClusterGenerator OBJECTS OUT-DIR [REPOSITORY] [SEED]");
            System.exit(2);
        }
        long objects = Long.parseLong(args[0].replace("_", ""));
        Path out = Path.of(args[1]);
        Path repository = Path.of(args.length > 2 ? args[2] : ".");
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        Manifest manifest = new ClusterGenerator(repository, seed).write(objects, out);
        System.err.printf("wrote %,d objects (%,d bytes), %,d log lines, %d injected cases (%d faults) to %s%n",
                manifest.objects(), Files.size(out.resolve("cluster.json")), manifest.logLines(),
                manifest.cases().size(), manifest.cases().stream().filter(Fault::isFault).count(), out);
    }

    /**
     * Writes a dump of about {@code objects} objects into {@code out} (created if needed).
     *
     * @return what was written and injected, as also saved in {@code manifest.json}
     */
    public Manifest write(long objects, Path out) throws IOException, SnapshotException {
        Files.createDirectories(out.resolve("logs"));
        List<InjectedCase> cases = InjectedCase.discover(repository);
        List<Fault> faults = new ArrayList<>();
        long written;
        long logLines;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out.resolve("cluster.json")), 1 << 16);
             JsonGenerator json = JSON.getFactory().createGenerator(file, JsonEncoding.UTF8).useDefaultPrettyPrinter();
             Writer attacher = Files.newBufferedWriter(out.resolve("logs/csi-attacher.log"), StandardCharsets.UTF_8);
             Writer provisioner = Files.newBufferedWriter(out.resolve("logs/csi-provisioner.log"), StandardCharsets.UTF_8)) {
            json.writeStartObject();
            json.writeStringField("apiVersion", "v1");
            json.writeStringField("kind", "List");
            json.writeObjectFieldStart("metadata");
            json.writeStringField("resourceVersion", "");
            json.writeEndObject();
            json.writeArrayFieldStart("items");
            long injected = 0;
            logLines = 0;
            for (int i = 0; i < cases.size(); i++) {
                InjectedCase injectedCase = cases.get(i);
                String tag = "-f" + i;
                List<ObjectNode> caseObjects = injectedCase.objects();
                CaseRewriter rewriter = new CaseRewriter(tag, InjectedCase.definedNames(caseObjects),
                        GeneratedNames.of(tag, caseObjects), injectedCase.clock(), CLOCK);
                for (ObjectNode object : caseObjects) {
                    InjectedCase.rewrite(object, rewriter);
                    JSON.writeTree(json, object);
                    injected++;
                }
                for (Path log : injectedCase.logs()) {
                    Path target = out.resolve("logs").resolve(injectedCase.name() + tag)
                            .resolve(rewriter.rewrite(injectedCase.logName(log).toString()));
                    Files.createDirectories(target.getParent());
                    List<String> lines = InjectedCase.rewriteLog(log, rewriter);
                    Files.write(target, lines, StandardCharsets.UTF_8);
                    logLines += lines.size();
                }
                faults.add(injectedCase.fault(tag, rewriter));
            }
            long apps = Math.max(1, Math.round((objects - injected) / HealthyCluster.objectsPerApp()));
            HealthyCluster cluster = new HealthyCluster(json, attacher, provisioner, CLOCK, apps, seed);
            cluster.writeNodes();
            for (long app = 0; app < apps; app++) {
                cluster.writeApp(app);
            }
            written = injected + cluster.objects();
            logLines += 4 * apps;
            json.writeEndArray();
            json.writeEndObject();
        }
        Manifest manifest = new Manifest(CLOCK.toString(), written, logLines, faults);
        JSON.writeValue(out.resolve("manifest.json").toFile(), manifest);
        return manifest;
    }

    /**
     * What a generated dump holds.
     *
     * @param clock the analysis clock the dump's newest timestamp sets
     * @param objects how many objects {@code cluster.json} holds
     * @param logLines how many log lines {@code logs/} holds
     * @param cases the injected cases: faults and healthy look-alikes
     */
    public record Manifest(String clock, long objects, long logLines, List<Fault> cases) {

        /** Copies the list. */
        public Manifest {
            cases = List.copyOf(cases);
        }

        /** Reads a manifest written by the generator. */
        public static Manifest read(Path file) throws IOException {
            return JSON.readValue(file.toFile(), Manifest.class);
        }
    }
}
