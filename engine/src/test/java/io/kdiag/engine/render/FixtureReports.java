package io.kdiag.engine.render;

import io.kdiag.engine.Kdiag;
import io.kdiag.engine.RuleCompilationException;
import io.kdiag.engine.report.Report;
import io.kdiag.facts.snapshot.SnapshotException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The report of every bundled fixture, analysed once for all the format tests. */
final class FixtureReports {

    private static Map<String, Report> reports;
    private static RenderOptions options;

    private FixtureReports() {
    }

    /** Every fixture's report, by fixture name. */
    static synchronized Map<String, Report> all() throws RuleCompilationException, SnapshotException {
        if (reports == null) {
            Kdiag kdiag = Kdiag.builder().build();
            Map<String, Report> analysed = new TreeMap<>();
            for (String fixture : names()) {
                analysed.put(fixture, kdiag.analyze(List.of(GeneratedCluster.FIXTURES.resolve(fixture))));
            }
            options = RenderOptions.defaults().withRules(kdiag);
            reports = analysed;
        }
        return reports;
    }

    /** The options with every bundled rule, as the command line passes them. */
    static synchronized RenderOptions options() throws RuleCompilationException, SnapshotException {
        all();
        return options;
    }

    /** The names of the fixture folders. */
    static List<String> names() {
        try (Stream<Path> folders = Files.list(GeneratedCluster.FIXTURES)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture's report in a format. */
    static String render(String fixture, ReportFormat format) throws Exception {
        StringWriter out = new StringWriter();
        format.write(all().get(fixture), options(), out);
        return out.toString();
    }
}
