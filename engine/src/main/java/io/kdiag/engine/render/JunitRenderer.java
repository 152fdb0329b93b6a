package io.kdiag.engine.render;

import io.kdiag.engine.DiagnosisInfo;
import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.RemediationStep;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.SnapshotSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a report as JUnit XML, which CI systems show without a plugin: a test suite per
 * playbook, a failed test case per diagnosis at or above the fail-on severity, a passed one per
 * less grave diagnosis and per diagnosis id the playbook did not conclude. Unread input is a
 * skipped test case of the suite {@code input}, so a partial analysis never reads as all passed.
 */
final class JunitRenderer implements Renderer {

    private static final String INPUT_SUITE = "input";

    @Override
    public void render(Report report, RenderOptions options, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            Map<String, List<Diagnosis>> suites = suites(report, options);
            List<SnapshotSummary.Warning> warnings = report.snapshot().warnings();
            int tests = Math.max(1, warnings.size()) + suites.entrySet().stream()
                    .mapToInt(e -> e.getValue().size() + quiet(e.getKey(), e.getValue(), options).size()).sum();
            int failures = (int) report.diagnoses().stream().filter(d -> d.severity().atLeast(options.failOn())).count();
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            attributes(xml, "kdiag", tests, failures, warnings.size());
            input(xml, report.snapshot());
            for (Map.Entry<String, List<Diagnosis>> suite : suites.entrySet()) {
                suite(xml, suite.getKey(), suite.getValue(), quiet(suite.getKey(), suite.getValue(), options), options);
            }
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.write('\n');
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    /** Each playbook with its diagnoses, playbooks sorted; every known playbook has a suite. */
    private static Map<String, List<Diagnosis>> suites(Report report, RenderOptions options) {
        Map<String, List<Diagnosis>> suites = new TreeMap<>();
        options.rules().forEach(info -> suites.computeIfAbsent(info.playbook(), p -> new ArrayList<>()));
        for (Diagnosis d : report.diagnoses()) {
            String playbook = options.rule(d.id()).map(DiagnosisInfo::playbook).orElse(d.id());
            suites.computeIfAbsent(playbook, p -> new ArrayList<>()).add(d);
        }
        return suites;
    }

    /** The diagnosis ids of a playbook that it did not conclude: each passes. */
    private static Set<String> quiet(String playbook, List<Diagnosis> concluded, RenderOptions options) {
        Set<String> ids = new TreeSet<>();
        options.rules().stream().filter(r -> r.playbook().equals(playbook)).forEach(r -> ids.add(r.id()));
        concluded.forEach(d -> ids.remove(d.id()));
        return ids;
    }

    private static void input(XMLStreamWriter xml, SnapshotSummary snapshot) throws XMLStreamException {
        List<SnapshotSummary.Warning> warnings = snapshot.warnings();
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        attributes(xml, INPUT_SUITE, Math.max(1, warnings.size()), 0, warnings.size());
        if (warnings.isEmpty()) {
            testcase(xml, INPUT_SUITE, "every input was read in full");
            xml.writeEndElement();
        }
        for (SnapshotSummary.Warning w : warnings) {
            testcase(xml, INPUT_SUITE, "read " + w.source());
            newline(xml, 3);
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", "not read: " + w.source() + ": " + w.message());
            newline(xml, 2);
            xml.writeEndElement();
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void suite(XMLStreamWriter xml, String playbook, List<Diagnosis> diagnoses, Set<String> quiet,
            RenderOptions options) throws XMLStreamException {
        int failures = (int) diagnoses.stream().filter(d -> d.severity().atLeast(options.failOn())).count();
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        attributes(xml, playbook, diagnoses.size() + quiet.size(), failures, 0);
        for (Diagnosis d : diagnoses) {
            testcase(xml, playbook, "#" + d.rank() + " " + d.id() + ": " + d.rootCause().kind() + " "
                    + Names.qualified(d.rootCause().namespace(), d.rootCause().name()));
            newline(xml, 3);
            if (d.severity().atLeast(options.failOn())) {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", d.id());
                xml.writeAttribute("message", d.severity().label() + ": " + d.title());
            } else {
                xml.writeStartElement("system-out");
            }
            xml.writeCharacters(details(d));
            xml.writeEndElement();
            newline(xml, 2);
            xml.writeEndElement();
        }
        for (String id : quiet) {
            testcase(xml, playbook, "no " + id);
            xml.writeEndElement();
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    /** The diagnosis in plain text: what CI shows under the failed test. */
    private static String details(Diagnosis d) {
        StringBuilder text = new StringBuilder();
        text.append(d.severity().label()).append(", confidence ").append(d.confidence()).append('\n')
                .append(d.summary()).append("\n\nRoot cause: ").append(d.rootCause().kind()).append(' ')
                .append(Names.qualified(d.rootCause().namespace(), d.rootCause().name())).append("\n\nChain:\n");
        for (ChainLink link : d.chain()) {
            text.append("- ").append(link.summary()).append('\n');
            link.evidence().forEach(e -> text.append("    ").append(e.source()).append(": ").append(e.text()).append('\n'));
        }
        text.append("\nPlan:\n");
        for (RemediationStep step : d.remediation()) {
            text.append(step.step()).append(". ").append(step.title()).append(" [").append(step.risk().label())
                    .append("]\n");
            step.commands().forEach(c -> text.append("   $ ").append(c).append('\n'));
        }
        return text.toString();
    }

    private static void testcase(XMLStreamWriter xml, String suite, String name) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "kdiag." + suite);
        xml.writeAttribute("name", name);
        xml.writeAttribute("time", "0");
    }

    private static void attributes(XMLStreamWriter xml, String name, int tests, int failures, int skipped)
            throws XMLStreamException {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("name", name);
        attributes.put("tests", String.valueOf(tests));
        attributes.put("failures", String.valueOf(failures));
        attributes.put("errors", "0");
        attributes.put("skipped", String.valueOf(skipped));
        attributes.put("time", "0");
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            xml.writeAttribute(a.getKey(), a.getValue());
        }
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
