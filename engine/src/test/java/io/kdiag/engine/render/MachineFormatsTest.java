package io.kdiag.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.Report;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The formats pipelines read, for every bundled fixture: the JSON report against its schema in
 * {@code docs/}, SARIF against the official SARIF 2.1.0 schema, JUnit XML parsed and counted.
 */
class MachineFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final JsonSchema REPORT_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(read(Path.of("..", "docs", "report.schema.json")), InputFormat.JSON, FORMATS);
    private static final JsonSchema SARIF_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(resource("/sarif/sarif-schema-2.1.0.json"), InputFormat.JSON, FORMATS);

    static Stream<String> fixtures() {
        return FixtureReports.names().stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theJsonReportMatchesTheSchemaInDocs(String fixture) throws Exception {
        JsonNode report = JSON.readTree(FixtureReports.render(fixture, ReportFormat.JSON));

        assertThat(REPORT_SCHEMA.validate(report)).as(fixture).isEmpty();
        List<String> fields = new ArrayList<>();
        report.fieldNames().forEachRemaining(fields::add);
        fields.remove("unreadInput");
        assertThat(fields).containsExactly("schemaVersion", "tool", "snapshot", "summary", "diagnoses");
        assertThat(report.path("summary").path("diagnoses").asInt()).isEqualTo(report.path("diagnoses").size());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theSchemaRejectsAReportThatBreaksTheContract(String fixture) throws Exception {
        ObjectNode report = (ObjectNode) JSON.readTree(FixtureReports.render(fixture, ReportFormat.JSON));
        report.remove("summary");
        ((ObjectNode) report.path("snapshot")).put("capturedAt", 42);

        assertThat(REPORT_SCHEMA.validate(report)).as(fixture).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void sarifIsValidAndLocatesEachDiagnosisByItsEvidence(String fixture) throws Exception {
        Report report = FixtureReports.all().get(fixture);
        JsonNode sarif = JSON.readTree(FixtureReports.render(fixture, ReportFormat.SARIF));

        assertThat(SARIF_SCHEMA.validate(sarif)).as(fixture).isEmpty();
        ObjectNode broken = sarif.deepCopy();
        broken.put("version", "2.0.0");
        assertThat(SARIF_SCHEMA.validate(broken)).as("the schema checks").isNotEmpty();
        JsonNode run = sarif.path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(rules.findValuesAsText("id")).contains("stale-volumeattachment", "node-down-volume-attached");
        assertThat(rules.get(0).path("properties").path("playbook").asText()).isNotEmpty();
        assertThat(rules.get(0).path("help").path("text").asText()).contains("Plan:");
        JsonNode results = run.path("results");
        assertThat(results).hasSize(report.diagnoses().size());
        for (int i = 0; i < results.size(); i++) {
            Diagnosis d = report.diagnoses().get(i);
            JsonNode result = results.get(i);
            assertThat(result.path("ruleId").asText()).isEqualTo(d.id());
            assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(d.id());
            List<ChainLink.EvidenceItem> evidence = d.chain().stream().flatMap(l -> l.evidence().stream()).toList();
            JsonNode locations = result.path("locations");
            assertThat(locations).hasSize(evidence.size());
            for (int e = 0; e < evidence.size(); e++) {
                JsonNode physical = locations.get(e).path("physicalLocation");
                String source = evidence.get(e).source();
                assertThat(source).startsWith(physical.path("artifactLocation").path("uri").asText());
                if (source.matches(".*:\\d+")) {
                    assertThat(source).endsWith(":" + physical.path("region").path("startLine").asInt());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void junitHasASuitePerPlaybookAndFailsWhatIsAtLeastMedium(String fixture) throws Exception {
        Report report = FixtureReports.all().get(fixture);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(FixtureReports.render(fixture, ReportFormat.JUNIT))));

        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        NodeList suites = root.getElementsByTagName("testsuite");
        List<String> names = new ArrayList<>();
        int failures = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            names.add(suite.getAttribute("name"));
            assertThat(suite.getElementsByTagName("testcase").getLength()).as(suite.getAttribute("name"))
                    .isEqualTo(Integer.parseInt(suite.getAttribute("tests")));
            assertThat(suite.getElementsByTagName("failure").getLength())
                    .isEqualTo(Integer.parseInt(suite.getAttribute("failures")));
            failures += suite.getElementsByTagName("failure").getLength();
        }
        assertThat(names).contains("input", "stale-volumeattachment");
        long grave = report.diagnoses().stream().filter(d -> d.severity().atLeast(
                io.kdiag.engine.report.Severity.MEDIUM)).count();
        assertThat(failures).isEqualTo(grave).isEqualTo(Integer.parseInt(root.getAttribute("failures")));
        assertThat(root.getElementsByTagName("skipped").getLength()).isEqualTo(report.snapshot().warnings().size());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = MachineFormatsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
