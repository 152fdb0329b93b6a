package io.kdiag.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import picocli.CommandLine;

/**
 * One run of the real {@code kdiag} command line in this JVM, with its exit status and what it
 * wrote to stdout and stderr. Paths in arguments are resolved against the repository root.
 *
 * @param exitCode the exit status
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CliRun(int exitCode, String out, String err) {

    /** The repository root (tests run in the cli module folder). */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs kdiag with these arguments, no standard input, no terminal and an empty environment. */
    static CliRun of(String... args) {
        return in(new ProcessContext(InputStream.nullInputStream(), FakeTerminal.NONE, Map.of()), args);
    }

    /** Runs kdiag with these arguments in a process with this standard input, terminal and environment. */
    static CliRun in(ProcessContext process, String... args) {
        CommandLine commandLine = KdiagCommand.commandLine(process);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs {@code kdiag analyze FIXTURE --format json EXTRA...} on a folder of test-fixtures/. */
    static CliRun analyzeJson(String fixture, String... extra) {
        List<String> args = new ArrayList<>(List.of("analyze", fixture(fixture), "--format", "json"));
        args.addAll(List.of(extra));
        return of(args.toArray(String[]::new));
    }

    /** The absolute path of a test fixture. */
    static String fixture(String name) {
        return ROOT.resolve("test-fixtures").resolve(name).toString();
    }

    /** Stdout parsed as the JSON report. */
    JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("stdout is not JSON (stderr: " + err + ")", e);
        }
    }

    /** The report's diagnoses, in rank order. */
    List<JsonNode> diagnoses() {
        return StreamSupport.stream(json().path("diagnoses").spliterator(), false).toList();
    }

    /** The ids of the report's diagnoses, in rank order. */
    List<String> ids() {
        return diagnoses().stream().map(d -> d.path("id").asText()).toList();
    }

    /** Every command of a diagnosis' remediation plan, in order. */
    static List<String> commands(JsonNode diagnosis) {
        List<String> commands = new ArrayList<>();
        diagnosis.path("remediation").forEach(step -> step.path("commands").forEach(c -> commands.add(c.asText())));
        return commands;
    }
}
