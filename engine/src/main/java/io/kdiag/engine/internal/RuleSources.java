package io.kdiag.engine.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The DRL text of every compiled playbook, to place a rule that a run-time warning names at its
 * file, line and column: at a string literal the rule writes (the diagnosis id of its
 * {@code Candidate.of}, the name of a value), else at the rule's first line.
 */
final class RuleSources {

    private final Map<String, String> drlByFile;

    private RuleSources(Map<String, String> drlByFile) {
        this.drlByFile = Map.copyOf(drlByFile);
    }

    /** The DRL of these playbooks, by the file name their rules carry. */
    static RuleSources of(List<Playbook> playbooks) {
        Map<String, String> drl = new HashMap<>();
        playbooks.forEach(p -> drl.put(p.drlPath(), p.drl()));
        return new RuleSources(drl);
    }

    /**
     * What a warning about a candidate starts with: {@code file:line:column: rule "name" concludes id},
     * placed at the first of the literals the rule writes, else at the rule; or the diagnosis id
     * alone when no rule is known (a candidate inserted from Java).
     *
     * @param rule the rule that inserted the candidate, or {@code null}
     * @param diagnosisId the candidate's diagnosis id
     * @param literals texts to look for in the rule, in order of preference, quotes included
     */
    String blame(ConcludingRule rule, String diagnosisId, String... literals) {
        if (rule == null) {
            return diagnosisId;
        }
        List<String> lines = drlByFile.getOrDefault(rule.file(), "").lines().toList();
        int ruleLine = ruleLine(lines, rule.name());
        int[] at = {ruleLine, ruleLine > 0 ? 1 : 0};
        for (String literal : literals) {
            int[] found = ErrorLocator.find(lines, ruleLine, literal);
            if (found != null) {
                at = found;
                break;
            }
        }
        return rule.file() + ":" + at[0] + ":" + at[1] + ": rule \"" + rule.name() + "\" concludes " + diagnosisId;
    }

    /** The line (from 1) that opens the rule, or 0 when the text does not hold it. */
    private static int ruleLine(List<String> lines, String name) {
        String quoted = Pattern.quote(name);
        Pattern opening = Pattern.compile("\\s*rule\\s+(\"" + quoted + "\"|'" + quoted + "'|" + quoted + "\\b).*");
        for (int i = 0; i < lines.size(); i++) {
            if (opening.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return 0;
    }
}
