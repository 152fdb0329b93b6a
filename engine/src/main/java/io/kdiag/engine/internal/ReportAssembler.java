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
import java.util.function.IntFunction;

/**
 * Gives a conclusion its words: the playbook content with the conclusion's values filled in,
 * the chain with each link's summary and evidence, and the plan with only the steps that apply.
 */
final class ReportAssembler {

    private final ContentCatalog catalog;

    ReportAssembler(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The diagnosis for a conclusion, with every text filled in now and built once the ranking
     * step gives it its rank.
     *
     * @param content the playbook's content for the conclusion's diagnosis id
     * @param severity the severity the ranking step gave it
     * @param confidence its confidence as the report shows it
     * @throws IllegalStateException when a text names a value the rules did not bind
     */
    IntFunction<Diagnosis> diagnosis(Conclusion conclusion, DiagnosisContent content, Severity severity,
            double confidence) {
        Map<String, Object> values = conclusion.primary().values();
        ObjectRef root = conclusion.rootCause();
        String title = Template.fill(content.title(), values);
        String summary = Template.fill(content.summary(), values).strip();
        Diagnosis.RootCause rootCause = new Diagnosis.RootCause(root.kind(), root.namespace(), root.name(),
                Template.fill(content.rootCause(), values));
        List<ChainLink> chain = conclusion.primary().chain().stream().map(link -> chainLink(link, values)).toList();
        List<RemediationStep> plan = plan(content.remediation(), values);
        List<String> verification = expandAll(content.verification(), values);
        List<String> prevention = content.prevention().stream().map(p -> Template.fill(p, values).strip()).toList();
        return rank -> new Diagnosis(rank, conclusion.diagnosisId(), title, severity, confidence, summary, rootCause,
                conclusion.affected(), chain, plan, verification, prevention, content.references(),
                conclusion.reasons());
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
