package io.kdiag.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a JSON report with the manifest of the dump it analysed: every injected fault must be
 * diagnosed (its id, on its root cause when the case names one, and the other ids its case
 * expects), and nothing above {@code low} may be diagnosed that no injected fault explains: not
 * on the healthy bulk, not on a look-alike, and no id a case lists as absent. A diagnosis above
 * {@code low} on a fault's own objects that its case does not mention is listed as a
 * differential, not counted as a failure (a case lists what it must show, not all it shows).
 *
 * <pre>
 * java -cp ... io.kdiag.bench.FaultCheck REPORT.json MANIFEST.json
 * </pre>
 * Exits 1 when a fault is missed or something extra is found.
 */
public final class FaultCheck {

    private static final List<String> SEVERITIES = List.of("info", "low", "medium", "high", "critical");

    /**
     * One line of the outcome.
     *
     * @param testCase the injected case it concerns, or {@code null} for the healthy bulk
     * @param text what was found or not
     */
    public record Finding(String testCase, String text) {

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * The outcome.
     *
     * @param found the faults found
     * @param missed the faults not found
     * @param extra diagnoses above {@code low} that no injected fault explains
     * @param differentials diagnoses above {@code low} on a fault's objects that its case does not mention
     */
    public record Result(List<Finding> found, List<Finding> missed, List<Finding> extra, List<Finding> differentials) {

        /** Whether every fault was found and nothing extra. */
        public boolean passed() {
            return missed.isEmpty() && extra.isEmpty();
        }
    }

    private FaultCheck() {
    }

    /** Runs the check: {@code REPORT.json MANIFEST.json}. */
    public static void main(String[] args) throws IOException {
        JsonNode report = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Result result = check(report, ClusterGenerator.Manifest.read(Path.of(args[1])));
        result.found().forEach(line -> System.out.println("found   " + line));
        result.differentials().forEach(line -> System.out.println("differential " + line));
        result.missed().forEach(line -> System.out.println("MISSED  " + line));
        result.extra().forEach(line -> System.out.println("EXTRA   " + line));
        System.out.printf("faults: %d found, %d missed; %d extra above low%n", result.found().size(),
                result.missed().size(), result.extra().size());
        System.exit(result.passed() ? 0 : 1);
    }

    /** Checks a report (the contract's JSON) against a manifest. */
    public static Result check(JsonNode report, ClusterGenerator.Manifest manifest) {
        List<Finding> found = new ArrayList<>();
        List<Finding> missed = new ArrayList<>();
        List<Finding> extra = new ArrayList<>();
        List<Finding> differentials = new ArrayList<>();
        List<JsonNode> diagnoses = new ArrayList<>();
        report.path("diagnoses").forEach(diagnoses::add);
        for (Fault fault : manifest.cases()) {
            if (!fault.isFault()) {
                continue;
            }
            List<String> ids = new ArrayList<>(fault.present());
            ids.add(0, fault.id());
            for (String id : ids) {
                String rootCause = id.equals(fault.id()) ? fault.rootCause() : null;
                String what = fault.testCase() + ": " + id + (rootCause == null ? "" : " on " + rootCause);
                boolean hit = diagnoses.stream().anyMatch(d -> d.path("id").asText().equals(id)
                        && (rootCause == null ? owner(d, manifest).filter(fault::equals).isPresent()
                                : rootCause(d).equals(rootCause)));
                (hit ? found : missed).add(new Finding(fault.testCase(), what));
            }
        }
        for (JsonNode diagnosis : diagnoses) {
            if (SEVERITIES.indexOf(diagnosis.path("severity").asText()) <= SEVERITIES.indexOf("low")) {
                continue;
            }
            String id = diagnosis.path("id").asText();
            String what = id + " on " + rootCause(diagnosis) + " (" + diagnosis.path("severity").asText() + ")";
            Optional<Fault> owner = owner(diagnosis, manifest);
            if (owner.isEmpty()) {
                extra.add(new Finding(null, what + ": on the healthy bulk"));
                continue;
            }
            String testCase = owner.get().testCase();
            if (!owner.get().isFault()) {
                extra.add(new Finding(testCase, what + ": on the healthy look-alike " + testCase));
            } else if (owner.get().absent().contains(id)) {
                extra.add(new Finding(testCase, what + ": case " + testCase + " says it is absent"));
            } else if (!id.equals(owner.get().id()) && !owner.get().present().contains(id)) {
                differentials.add(new Finding(testCase, what + " in case " + testCase));
            }
        }
        return new Result(found, missed, extra, differentials);
    }

    /** The injected case whose namespaces or cluster-scoped names hold the diagnosis' root cause. */
    private static Optional<Fault> owner(JsonNode diagnosis, ClusterGenerator.Manifest manifest) {
        JsonNode root = diagnosis.path("rootCause");
        String namespace = root.path("namespace").asText("");
        String name = root.path("name").asText("");
        return manifest.cases().stream()
                .filter(f -> namespace.isEmpty() ? f.names().contains(name) : f.names().contains(namespace))
                .findFirst();
    }

    private static String rootCause(JsonNode diagnosis) {
        JsonNode root = diagnosis.path("rootCause");
        String namespace = root.path("namespace").asText("");
        return root.path("kind").asText() + " " + (namespace.isEmpty() ? "" : namespace + "/") + root.path("name").asText();
    }
}
