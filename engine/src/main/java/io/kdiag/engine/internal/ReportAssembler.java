package io.kdiag.engine.internal;

import io.kdiag.engine.internal.PlaybookContent.DiagnosisContent;
import io.kdiag.engine.internal.PlaybookContent.StepContent;
import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.ChainLink.EvidenceItem;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.RemediationStep;
import io.kdiag.engine.report.Severity;
import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.chain.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives a conclusion its words: the playbook content with the conclusion's values filled in,
 * the chain with each link's summary and evidence, the plan with only the steps that apply,
 * and the severity its impact warrants.
 */
final class ReportAssembler {

    private final ContentCatalog catalog;
    private final Impact impact;

    ReportAssembler(ContentCatalog catalog, Impact impact) {
        this.catalog = catalog;
        this.impact = impact;
    }

    /**
     * The unranked diagnosis for a conclusion.
     *
     * @throws IllegalStateException when the playbook has no content for it or a text names a
     *     value the rules did not bind
     */
    Diagnosis diagnosis(Conclusion conclusion) {
        DiagnosisContent content = catalog.diagnosis(conclusion.diagnosisId()).orElseThrow(() ->
                new IllegalStateException("no content for diagnosis '" + conclusion.diagnosisId() + "'"));
        Map<String, Object> values = conclusion.primary().values();
        List<ObjectRef> affected = impact.withWorkloads(conclusion.affected());
        ObjectRef root = conclusion.rootCause();
        return new Diagnosis(0, conclusion.diagnosisId(),
                Template.fill(content.title(), values),
                severity(content.severity(), affected),
                Math.round(conclusion.confidence() * 100) / 100.0,
                Template.fill(content.summary(), values).strip(),
                new Diagnosis.RootCause(root.kind(), root.namespace(), root.name(),
                        Template.fill(content.rootCause(), values)),
                affected,
                conclusion.primary().chain().stream().map(link -> chainLink(link, values)).toList(),
                plan(content.remediation(), values),
                expandAll(content.verification(), values),
                content.prevention().stream().map(p -> Template.fill(p, values).strip()).toList(),
                content.references(),
                conclusion.reasons());
    }

    /** A workload fully down turns a diagnosis that blocks pods into a critical one. */
    private Severity severity(Severity base, List<ObjectRef> affected) {
        return base == Severity.HIGH && impact.anyWorkloadDown(affected) ? Severity.CRITICAL : base;
    }

    private ChainLink chainLink(Link link, Map<String, Object> values) {
        Map<String, Object> linkValues = new HashMap<>(values);
        linkValues.putAll(link.values());
        String summary = catalog.link(link.id()).map(text -> Template.fill(text, linkValues).strip())
                .orElse(link.id());
        return new ChainLink(link.id(), summary, link.evidence().stream().map(ReportAssembler::item).toList());
    }

    private static EvidenceItem item(Evidence evidence) {
        ObjectRef object = evidence.object();
        return new EvidenceItem(object.kind(), object.namespace(), object.name(), evidence.text(), evidence.source());
    }

    private static List<RemediationStep> plan(List<StepContent> steps, Map<String, Object> values) {
        List<RemediationStep> plan = new ArrayList<>();
        for (StepContent step : steps) {
            if (applies(step, values)) {
                plan.add(new RemediationStep(plan.size() + 1, Template.fill(step.title(), values), step.risk(),
                        step.checks().stream().map(c -> Template.fill(c, values).strip()).toList(),
                        expandAll(step.commands(), values),
                        Template.fill(step.why(), values).strip()));
            }
        }
        return plan;
    }

    private static boolean applies(StepContent step, Map<String, Object> values) {
        if (step.when() == null) {
            return true;
        }
        Object value = Optional.ofNullable(values.get(step.when())).orElse("");
        return value instanceof List<?> list ? !list.isEmpty()
                : !value.toString().isEmpty() && !"false".equals(value.toString());
    }

    private static List<String> expandAll(List<String> commands, Map<String, Object> values) {
        return commands.stream().flatMap(c -> Template.expand(c, values).stream()).toList();
    }
}
