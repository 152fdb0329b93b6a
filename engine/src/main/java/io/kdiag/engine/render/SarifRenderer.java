package io.kdiag.engine.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kdiag.engine.DiagnosisInfo;
import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.RemediationStep;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.Severity;
import io.kdiag.engine.report.SnapshotSummary;
import io.kdiag.facts.ObjectRef;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a report as SARIF 2.1.0: one run of the tool {@code kdiag} whose rules are the
 * diagnosis ids of the loaded playbooks (each with its playbook and help text), and one result
 * per diagnosis whose locations are its evidence (file and line in the dump), its plan in the
 * result's properties. Snapshot warnings
 * become tool notifications, so unread input shows there too.
 */
final class SarifRenderer implements Renderer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final TreeRenderer JSON = TreeRenderer.json();
    private static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    @Override
    public void render(Report report, RenderOptions options, Writer out) throws IOException {
        Map<String, ObjectNode> rules = rules(report, options);
        List<String> ruleIds = List.copyOf(rules.keySet());
        ObjectNode driver = NODES.objectNode().put("name", report.tool().name())
                .put("version", report.tool().version());
        driver.putArray("rules").addAll(rules.values());
        ObjectNode run = NODES.objectNode();
        run.putObject("tool").set("driver", driver);
        run.putArray("invocations").add(invocation(report.snapshot()));
        ArrayNode results = run.putArray("results");
        for (Diagnosis d : report.diagnoses()) {
            results.add(result(d, ruleIds.indexOf(d.id())));
        }
        ObjectNode snapshot = run.putObject("properties").putObject("snapshot");
        snapshot.set("sources", strings(report.snapshot().sources()));
        snapshot.put("capturedAt", report.snapshot().capturedAt()).put("analyzedAt", report.snapshot().analyzedAt());
        ObjectNode sarif = NODES.objectNode().put("$schema", SCHEMA).put("version", "2.1.0");
        sarif.putArray("runs").add(run);
        JSON.renderTree(sarif, out);
    }

    /** Every known diagnosis id, and any reported one that is not known, sorted by id. */
    private static Map<String, ObjectNode> rules(Report report, RenderOptions options) {
        Map<String, ObjectNode> rules = new TreeMap<>();
        for (DiagnosisInfo info : options.rules()) {
            rules.put(info.id(), rule(info));
        }
        for (Diagnosis d : report.diagnoses()) {
            rules.computeIfAbsent(d.id(), id -> rule(new DiagnosisInfo(id, id, "unknown", d.severity(), d.title(),
                    d.summary(), "", List.of(), d.prevention(), d.references())));
        }
        return rules;
    }

    private static ObjectNode rule(DiagnosisInfo info) {
        ObjectNode rule = NODES.objectNode().put("id", info.id());
        rule.putObject("shortDescription").put("text", info.title());
        rule.putObject("fullDescription").put("text", info.summary());
        rule.putObject("help").put("text", help(info));
        info.references().stream().filter(r -> r.startsWith("https://")).findFirst()
                .ifPresent(uri -> rule.put("helpUri", uri));
        rule.putObject("defaultConfiguration").put("level", level(info.severity()));
        ObjectNode properties = rule.putObject("properties");
        properties.put("playbook", info.playbook()).put("origin", info.origin())
                .put("severity", info.severity().label());
        properties.putArray("tags").add("kubernetes").add("storage");
        return rule;
    }

    private static String help(DiagnosisInfo info) {
        StringBuilder help = new StringBuilder(info.summary());
        if (!info.explain().isEmpty()) {
            help.append("\n\n").append(info.explain().strip());
        }
        if (!info.steps().isEmpty()) {
            help.append("\n\nPlan:");
            for (int i = 0; i < info.steps().size(); i++) {
                help.append("\n").append(i + 1).append(". ").append(info.steps().get(i));
            }
        }
        if (!info.prevention().isEmpty()) {
            help.append("\n\nPrevent:");
            info.prevention().forEach(p -> help.append("\n- ").append(p));
        }
        return help.toString();
    }

    private static ObjectNode invocation(SnapshotSummary snapshot) {
        ObjectNode invocation = NODES.objectNode().put("executionSuccessful", true);
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (SnapshotSummary.Warning w : snapshot.warnings()) {
            ObjectNode notification = notifications.addObject().put("level", "warning");
            notification.putObject("message").put("text", w.source() + ": " + w.message());
            EvidenceSource source = EvidenceSource.parse(w.source());
            notification.putArray("locations").add(physical(source));
        }
        return invocation;
    }

    private static ObjectNode result(Diagnosis d, int ruleIndex) {
        ObjectNode result = NODES.objectNode().put("ruleId", d.id()).put("ruleIndex", ruleIndex)
                .put("level", level(d.severity()));
        result.putObject("message").put("text", d.title() + ". " + d.summary());
        ArrayNode locations = result.putArray("locations");
        for (ChainLink link : d.chain()) {
            for (ChainLink.EvidenceItem e : link.evidence()) {
                ObjectNode location = physical(EvidenceSource.parse(e.source()));
                location.putObject("message").put("text", link.id() + ": " + e.text());
                location.putArray("logicalLocations").add(logical(e.kind(), e.namespace(), e.name()));
                locations.add(location);
            }
        }
        Diagnosis.RootCause cause = d.rootCause();
        result.putObject("partialFingerprints").put("kdiagRootCause/v1",
                d.id() + ":" + cause.kind() + "/" + cause.namespace() + "/" + cause.name());
        ObjectNode properties = result.putObject("properties");
        properties.put("rank", d.rank()).put("severity", d.severity().label()).put("confidence", d.confidence());
        properties.set("rootCause", logical(cause.kind(), cause.namespace(), cause.name()));
        ArrayNode affected = properties.putArray("affected");
        for (ObjectRef ref : d.affected()) {
            affected.add(logical(ref.kind(), ref.namespace(), ref.name()));
        }
        ArrayNode plan = properties.putArray("remediation");
        for (RemediationStep step : d.remediation()) {
            ObjectNode node = plan.addObject().put("step", step.step()).put("title", step.title())
                    .put("risk", step.risk().label());
            node.set("checks", strings(step.checks()));
            node.set("commands", strings(step.commands()));
        }
        return result;
    }

    private static ObjectNode physical(EvidenceSource source) {
        ObjectNode location = NODES.objectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", source.uri());
        source.line().ifPresent(line -> physical.putObject("region").put("startLine", line));
        return location;
    }

    private static ObjectNode logical(String kind, String namespace, String name) {
        return NODES.objectNode().put("name", name).put("fullyQualifiedName", kind + "/"
                + Names.qualified(namespace, name)).put("kind", "resource");
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** SARIF's levels: what stops pods is an error, what degrades a warning, the rest a note. */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }
}
