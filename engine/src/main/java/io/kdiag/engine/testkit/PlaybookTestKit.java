package io.kdiag.engine.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kdiag.engine.AnalysisOptions;
import io.kdiag.engine.Kdiag;
import io.kdiag.engine.internal.YamlErrors;
import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.RemediationStep;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.SnapshotSummary;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.snapshot.SnapshotException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs playbook test cases: each case is a folder holding a snapshot (its files, any layout
 * kdiag reads) and an {@code expect.yaml} with the answer the report must give.
 *
 * <pre>{@code
 * class MyPlaybookTest {
 *     @Test
 *     void casesPass() throws Exception {
 *         Kdiag kdiag = Kdiag.builder().addRuleFolder(Path.of("rules")).build();
 *         PlaybookTestKit.of(kdiag).run(Path.of("rules/cases")).assertPassed();
 *     }
 * }
 * }</pre>
 *
 * <p>Besides what {@code expect.yaml} asks, every case fails when an analysis warning comes
 * from the rules (a candidate whose diagnosis has no content, that carries a value its
 * diagnosis does not declare under {@code values:}, or that lacks one its words name: each
 * naming the rule that concluded it), a link of a chain has no words in any content file, or
 * a text of any diagnosis keeps a {@code <placeholder>} or a {@code {name}} that names a value
 * some loaded diagnosis declares ({@link Kdiag#valueNames()}: other braces, such as a jsonpath
 * {@code {end}}, are the command's own). Thread-safe when its {@link Kdiag} is (always).
 */
public final class PlaybookTestKit {

    /** The name of a case's expectation file. */
    public static final String EXPECT_FILE = "expect.yaml";

    /** The folder of shared snapshots looked for above a case when none is given. */
    public static final String FIXTURES_FOLDER = "test-fixtures";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** A placeholder left in words an operator reads: {@code <pod>}, or {@code {pod}} when a text names a value pod. */
    private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Za-z][A-Za-z0-9_-]*>|\\{([A-Za-z][A-Za-z0-9_-]*)}");
    private static final int SHOWN = 8;
    /** {@code confidence:} compares to two decimals, as reports print it. */
    private static final double CONFIDENCE_PRECISION = 0.005;

    private final Kdiag kdiag;
    private final Path fixtures;

    private PlaybookTestKit(Kdiag kdiag, Path fixtures) {
        this.kdiag = kdiag;
        this.fixtures = fixtures;
    }

    /** A test kit that analyses with these playbooks. */
    public static PlaybookTestKit of(Kdiag kdiag) {
        return new PlaybookTestKit(Objects.requireNonNull(kdiag, "kdiag"), null);
    }

    /**
     * A kit that finds the snapshots cases name with {@code fixture: NAME} in {@code folder/NAME}.
     * Without it, a case's fixture is looked for in the nearest {@value #FIXTURES_FOLDER} folder
     * above the case.
     */
    public PlaybookTestKit withFixtures(Path folder) {
        return new PlaybookTestKit(kdiag, Objects.requireNonNull(folder, "folder"));
    }

    /**
     * Runs every case under a folder: the folder itself when it holds {@value #EXPECT_FILE},
     * else each folder below it that does, in path order.
     *
     * @throws IOException when the folder cannot be listed
     */
    public TestKitReport run(Path folder) throws IOException {
        List<Path> cases;
        try (Stream<Path> walk = Files.walk(folder)) {
            cases = walk.filter(p -> p.getFileName().toString().equals(EXPECT_FILE) && Files.isRegularFile(p))
                    .map(Path::getParent).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<CaseResult> results = new ArrayList<>();
        for (Path caseFolder : cases) {
            String name = folder.equals(caseFolder) ? String.valueOf(caseFolder.getFileName())
                    : folder.relativize(caseFolder).toString().replace('\\', '/');
            results.add(runCase(name, caseFolder));
        }
        return new TestKitReport(results);
    }

    /** Runs one case folder. */
    public CaseResult runCase(Path caseFolder) {
        return runCase(String.valueOf(caseFolder.getFileName()), caseFolder);
    }

    private CaseResult runCase(String name, Path caseFolder) {
        List<String> failures = new ArrayList<>();
        try {
            Expectation expect = expectation(caseFolder.resolve(EXPECT_FILE));
            Report report = kdiag.analyze(snapshotPaths(caseFolder, expect), options(expect));
            check(expect, report, kdiag.valueNames(), failures);
        } catch (CaseError e) {
            failures.add(e.getMessage());
        } catch (SnapshotException e) {
            failures.add("snapshot: " + e.getMessage());
        }
        return new CaseResult(name, caseFolder, failures);
    }

    private static Expectation expectation(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new CaseError(file + ": cannot read: " + e.getMessage());
        }
        try {
            Expectation expect = YAML.readValue(text, Expectation.class);
            if (expect == null) {
                throw new CaseError(file + ": empty");
            }
            return expect;
        } catch (JsonProcessingException e) {
            throw new CaseError(YamlErrors.of(file.toString(), text, e).toString());
        }
    }

    private List<Path> snapshotPaths(Path caseFolder, Expectation expect) throws SnapshotException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> files = Files.list(caseFolder)) {
            files.filter(p -> !p.getFileName().toString().equals(EXPECT_FILE)).sorted().forEach(paths::add);
        } catch (IOException e) {
            throw new SnapshotException(caseFolder + ": cannot list: " + e.getMessage());
        }
        expect.snapshot().forEach(p -> paths.add(caseFolder.resolve(p).normalize()));
        if (expect.fixture() != null) {
            paths.add(fixture(caseFolder, expect.fixture()));
        }
        if (paths.isEmpty()) {
            throw new CaseError("snapshot: the case folder holds no snapshot files and expect.yaml names none");
        }
        return paths;
    }

    private Path fixture(Path caseFolder, String name) {
        Path root = fixtures;
        for (Path dir = caseFolder.toAbsolutePath().getParent(); root == null && dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(FIXTURES_FOLDER))) {
                root = dir.resolve(FIXTURES_FOLDER);
            }
        }
        if (root == null) {
            throw new CaseError("fixture: no " + FIXTURES_FOLDER + " folder above the case to find " + name + " in");
        }
        Path fixture = root.resolve(name).normalize();
        if (!fixture.startsWith(root.normalize()) || !Files.exists(fixture)) {
            throw new CaseError("fixture: " + name + " is not in " + root);
        }
        return fixture;
    }

    private static AnalysisOptions options(Expectation expect) {
        if (expect.now() == null) {
            return AnalysisOptions.defaults();
        }
        try {
            return AnalysisOptions.defaults().withNow(OffsetDateTime.parse(expect.now()).toInstant());
        } catch (DateTimeParseException e) {
            throw new CaseError("now: not an RFC 3339 timestamp: " + expect.now());
        }
    }

    private static void check(Expectation expect, Report report, Set<String> valueNames, List<String> failures) {
        List<String> ids = report.diagnoses().stream().map(Diagnosis::id).toList();
        String ranked = ids.isEmpty() ? "no diagnosis" : "ranked: " + String.join(", ", ids);
        for (SnapshotSummary.Warning warning : report.snapshot().warnings()) {
            if (warning.source().equals("rules")) {
                failures.add("rules warning: " + warning.message());
            }
        }
        for (Diagnosis d : report.diagnoses()) {
            d.chain().stream().filter(link -> link.summary().equals(link.id())).forEach(link ->
                    failures.add("words: link " + link.id() + " of " + d.id() + " has no words under links: in any "
                            + "content file"));
            words(d).filter(text -> keepsPlaceholder(text, valueNames)).findFirst().ifPresent(text ->
                    failures.add("placeholder: a text of " + d.id() + " keeps a placeholder: " + text));
        }
        if (Expectation.NONE.equals(expect.top())) {
            if (!ids.isEmpty()) {
                failures.add("top: expected no diagnosis, got " + ranked);
            }
        } else if (expect.top() != null && (ids.isEmpty() || !ids.get(0).equals(expect.top()))) {
            failures.add("top: expected " + expect.top() + ", got " + (ids.isEmpty() ? "no diagnosis" : ids.get(0)
                    + " (" + ranked + ")"));
        }
        if (expect.ranked() != null && !expect.ranked().equals(ids)) {
            failures.add("ranked: expected " + String.join(", ", expect.ranked()) + ", got "
                    + (ids.isEmpty() ? "no diagnosis" : String.join(", ", ids)));
        }
        for (String id : expect.present()) {
            if (!ids.contains(id)) {
                failures.add("present: " + id + " is not in the report (" + ranked + ")");
            }
        }
        for (String id : expect.absent()) {
            if (ids.contains(id)) {
                failures.add("absent: " + id + " is in the report at rank " + (ids.indexOf(id) + 1));
            }
        }
        List<String> diagnosed = report.diagnoses().stream().map(d -> d.id() + " " + rootCause(d)).toList();
        for (String diagnosis : expect.diagnoses()) {
            if (!diagnosed.contains(diagnosis)) {
                failures.add("diagnoses: " + diagnosis + " is not in the report (" + String.join("; ", diagnosed) + ")");
            }
        }
        expect.others().forEach(other -> checkOther(other, report, failures));
        if (expect.id() != null) {
            failures.add("id: names the diagnosis of an entry of others; the top one is named by top");
        }
        if (!expect.checksTopDiagnosis()) {
            return;
        }
        Optional<Diagnosis> top = report.top().filter(d -> expect.top() == null || d.id().equals(expect.top()));
        if (top.isEmpty()) {
            if (expect.top() == null) {
                failures.add("top: titleMention, rootCause, rootCauseMention, affected, affectedExactly, chain, chainMention, evidenceMention, "
                        + "commandsMention, commandsAbsent, risks, plan, minConfidence, confidence, maxConfidence, severity, "
                        + "preventionMention, factorsMention, factorsAbsent, summaryMention and verificationMention "
                        + "check the top diagnosis: name its id in top");
            }
            return;
        }
        checkTop(expect, top.get(), failures);
    }

    /** Checks an entry of {@code others} on the diagnosis it names by id and, when given, root cause. */
    private static void checkOther(Expectation other, Report report, List<String> failures) {
        if (other.id() == null) {
            failures.add("others: an entry names no id");
            return;
        }
        if (!other.reportWords().isEmpty()) {
            failures.add("others: the entry for " + other.id() + " checks one diagnosis and may not use "
                    + String.join("; ", other.reportWords()));
            return;
        }
        Optional<Diagnosis> found = report.diagnoses().stream().filter(d -> d.id().equals(other.id()))
                .filter(d -> other.rootCause() == null || rootCause(d).equals(other.rootCause())).findFirst();
        if (found.isEmpty()) {
            failures.add("others: " + other.id() + (other.rootCause() == null ? "" : " " + other.rootCause())
                    + " is not in the report (" + report.diagnoses().stream().map(d -> d.id() + " " + rootCause(d))
                    .collect(Collectors.joining("; ")) + ")");
            return;
        }
        List<String> entry = new ArrayList<>();
        checkTop(other, found.get(), entry);
        entry.forEach(f -> failures.add("others: " + f));
    }

    private static void checkTop(Expectation expect, Diagnosis top, List<String> failures) {
        for (String text : expect.titleMention()) {
            if (!top.title().contains(text)) {
                failures.add("titleMention: the title of " + top.id() + " does not contain " + text + " (title: "
                        + top.title() + ")");
            }
        }
        if (expect.rootCause() != null) {
            String actual = rootCause(top);
            if (!actual.equals(expect.rootCause())) {
                failures.add("rootCause: expected " + expect.rootCause() + ", got " + actual);
            }
        }
        for (String text : expect.rootCauseMention()) {
            if (!top.rootCause().summary().contains(text)) {
                failures.add("rootCauseMention: the root cause summary of " + top.id() + " does not contain " + text
                        + " (summary: " + top.rootCause().summary() + ")");
            }
        }
        List<String> affected = top.affected().stream().map(ObjectRef::toString).toList();
        if (expect.affectedExactly() != null && !expect.affectedExactly().equals(affected)) {
            failures.add("affectedExactly: expected " + String.join("; ", expect.affectedExactly()) + ", got "
                    + shown(affected));
        }
        for (String object : expect.affected()) {
            if (!affected.contains(object)) {
                failures.add("affected: " + object + " is not affected by " + top.id() + " (affected: "
                        + shown(affected) + ")");
            }
        }
        List<String> summaries = top.chain().stream().map(ChainLink::summary).toList();
        for (String text : expect.chainMention()) {
            if (summaries.stream().noneMatch(summary -> summary.contains(text))) {
                failures.add("chainMention: no link of " + top.id() + "'s chain says " + text);
            }
        }
        List<String> evidence = top.chain().stream().flatMap(link -> link.evidence().stream())
                .flatMap(item -> Stream.of(item.text(), item.source())).filter(Objects::nonNull).toList();
        for (String text : expect.evidenceMention()) {
            if (evidence.stream().noneMatch(e -> e.contains(text))) {
                failures.add("evidenceMention: no evidence of " + top.id() + "'s chain contains " + text);
            }
        }
        List<String> commands = commands(top);
        for (String name : expect.commandsMention()) {
            if (commands.stream().noneMatch(c -> c.contains(name))) {
                failures.add("commandsMention: no command of " + top.id() + "'s plan names " + name + " (commands: "
                        + shown(commands) + ")");
            }
        }
        PlanCheck.check(expect, top, failures);
        if (expect.minConfidence() != null && top.confidence() < expect.minConfidence()) {
            failures.add(String.format(Locale.ROOT, "minConfidence: %s has confidence %.2f, expected at least %.2f",
                    top.id(), top.confidence(), expect.minConfidence()));
        }
        if (expect.confidence() != null && Math.abs(top.confidence() - expect.confidence()) >= CONFIDENCE_PRECISION) {
            failures.add(String.format(Locale.ROOT, "confidence: %s has confidence %.2f, expected %.2f",
                    top.id(), top.confidence(), expect.confidence()));
        }
        if (expect.maxConfidence() != null && top.confidence() > expect.maxConfidence()) {
            failures.add(String.format(Locale.ROOT, "maxConfidence: %s has confidence %.2f, expected at most %.2f",
                    top.id(), top.confidence(), expect.maxConfidence()));
        }
        mentions("preventionMention", "prevention line", top.prevention(), expect.preventionMention(), top, failures);
        mentions("factorsMention", "confidence factor", top.confidenceFactors(), expect.factorsMention(), top, failures);
        for (String text : expect.factorsAbsent()) {
            top.confidenceFactors().stream().filter(f -> f.contains(text)).findFirst().ifPresent(f ->
                    failures.add("factorsAbsent: a confidence factor of " + top.id() + " contains " + text + ": " + f));
        }
        mentions("summaryMention", "summary", List.of(top.summary()), expect.summaryMention(), top, failures);
        mentions("verificationMention", "verification line", top.verification(), expect.verificationMention(), top,
                failures);
        if (expect.severity() != null && !top.severity().label().equals(expect.severity())) {
            failures.add("severity: expected " + expect.severity() + ", got " + top.severity().label());
        }
    }

    /** Fails for each expected text that no line of a diagnosis' list contains. */
    private static void mentions(String word, String line, List<String> lines, List<String> expected, Diagnosis d,
            List<String> failures) {
        for (String text : expected) {
            if (lines.stream().noneMatch(l -> l.contains(text))) {
                failures.add(word + ": no " + line + " of " + d.id() + " contains " + text + " (found: "
                        + shown(lines) + ")");
            }
        }
    }

    /** Whether a text keeps a {@code <placeholder>} or a {@code {name}} of a value the playbooks' texts name. */
    private static boolean keepsPlaceholder(String text, Set<String> valueNames) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (m.group(1) == null || valueNames.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** Every text of a diagnosis an operator reads: its words, its chain's and its plan's. */
    private static Stream<String> words(Diagnosis d) {
        return Stream.of(Stream.of(d.title(), d.summary(), d.rootCause().summary()),
                d.chain().stream().map(ChainLink::summary),
                d.remediation().stream().flatMap(s -> Stream.concat(Stream.of(s.title(), s.why()),
                        Stream.concat(s.checks().stream(), s.commands().stream()))),
                d.verification().stream(), d.prevention().stream()).flatMap(s -> s).filter(Objects::nonNull);
    }

    private static List<String> commands(Diagnosis diagnosis) {
        return diagnosis.remediation().stream().map(RemediationStep::commands).flatMap(List::stream).toList();
    }

    private static String rootCause(Diagnosis diagnosis) {
        return diagnosis.rootCause().kind() + " " + qualified(diagnosis.rootCause().namespace(), diagnosis.rootCause().name());
    }

    private static String qualified(String namespace, String name) {
        return namespace.isEmpty() ? name : namespace + "/" + name;
    }

    private static String shown(List<String> items) {
        if (items.isEmpty()) {
            return "none";
        }
        String first = items.stream().limit(SHOWN).collect(Collectors.joining("; "));
        return items.size() > SHOWN ? first + "; ... " + (items.size() - SHOWN) + " more" : first;
    }

    /** A case that cannot be run as written. */
    private static final class CaseError extends RuntimeException {
        CaseError(String message) {
            super(message);
        }
    }
}
