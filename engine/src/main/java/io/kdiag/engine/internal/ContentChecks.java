package io.kdiag.engine.internal;

import io.kdiag.engine.RuleError;
import io.kdiag.engine.internal.PlaybookContent.DiagnosisContent;
import io.kdiag.engine.internal.PlaybookContent.StepContent;
import io.kdiag.facts.snapshot.MissingKinds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be checked statically about DRL and content together, before any snapshot runs:
 * <ul>
 *   <li>every diagnosis a rule concludes ({@code Candidate.of("id", ...)}) has content;</li>
 *   <li>every {@code {placeholder}} and every step's {@code when:} names a value that some rule
 *       sets ({@code .with("name", ...)}, on a candidate or on a link, whose values every
 *       candidate concluding from it inherits).</li>
 * </ul>
 * The checks read the DRL text for string literals. They cannot tell which rule sets which
 * value: a placeholder set by any loaded playbook passes, even if the rule that concludes this
 * diagnosis does not set it (that shows at run time as a warning naming the diagnosis). When a
 * DRL computes ids or value names instead of writing literals, the checks of that kind are
 * skipped for all playbooks, since a literal search can no longer be complete.
 *
 * <p>Links without words are not checked here: a playbook may build per-object links that it
 * gathers into one link of its chain, and only the links that reach a report need words. The
 * test kit checks those, on the reports of its cases.
 */
final class ContentChecks {

    private static final Pattern CANDIDATE = Pattern.compile("Candidate\\s*\\.\\s*of\\s*\\(\\s*(\"([^\"]*)\")?");
    private static final Pattern WITH = Pattern.compile("\\.\\s*with\\s*\\(\\s*(\"([^\"]*)\")?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{|}}|\\{([A-Za-z][A-Za-z0-9]*)}");

    private ContentChecks() {
    }

    /** Every error the checks find, in file order. */
    static List<RuleError> check(List<Playbook> playbooks) {
        Literals diagnoses = new Literals();
        Literals values = new Literals();
        for (Playbook playbook : playbooks) {
            String drl = stripComments(playbook.drl());
            diagnoses.scan(CANDIDATE, drl, playbook);
            values.scan(WITH, drl, playbook);
        }
        Set<String> contentDiagnoses = new LinkedHashSet<>();
        playbooks.forEach(p -> contentDiagnoses.addAll(p.content().diagnoses().keySet()));
        List<RuleError> errors = new ArrayList<>();
        playbooks.forEach(playbook -> unknownNeeds(playbook, errors));
        diagnoses.missingFrom(contentDiagnoses, "diagnosis '%s' has no content: add it under diagnoses: in the content file", errors);
        if (values.complete) {
            for (Playbook playbook : playbooks) {
                unboundNames(playbook, values.names(), errors);
            }
        }
        return errors;
    }

    /** Kinds and log components under needs: that kdiag does not read: misspelt, or a kind without facts. */
    private static void unknownNeeds(Playbook playbook, List<RuleError> errors) {
        PlaybookContent.Needs needs = playbook.content().needs();
        Set<String> kinds = MissingKinds.readKinds();
        List<String> named = new ArrayList<>(needs.kinds());
        named.addAll(needs.reads());
        for (String kind : named) {
            if (!kinds.contains(kind)) {
                errors.add(inNeeds(playbook, kind, "unknown kind '" + kind + "' under needs: kdiag reads "
                        + String.join(", ", kinds)));
            }
        }
        for (String component : needs.logs()) {
            if (!MissingKinds.LOG_COMPONENTS.contains(component)) {
                errors.add(inNeeds(playbook, component, "unknown log component '" + component + "' under needs.logs: kdiag"
                        + " knows " + String.join(", ", new java.util.TreeSet<>(MissingKinds.LOG_COMPONENTS))));
            }
        }
    }

    /** An error at a name in the content file's needs: section. */
    private static RuleError inNeeds(Playbook playbook, String name, String message) {
        String text = playbook.contentText();
        int section = Math.max(0, text.indexOf("needs:"));
        int index = text.indexOf(name, section);
        return index < 0 ? new RuleError(playbook.contentPath(), 0, 0, message)
                : at(playbook.contentPath(), text, index, message);
    }

    private static void unboundNames(Playbook playbook, Set<String> bound, List<RuleError> errors) {
        Set<String> reported = new LinkedHashSet<>();
        for (String text : texts(playbook.content())) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                if (name != null && !bound.contains(name) && reported.add(name)) {
                    errors.add(at(playbook.contentPath(), playbook.contentText(), "{" + name + "}",
                            "placeholder {" + name + "} names a value no rule sets with .with(\"" + name + "\", ...)"));
                }
            }
        }
        for (DiagnosisContent diagnosis : playbook.content().diagnoses().values()) {
            for (StepContent step : diagnosis.remediation()) {
                if (step.when() != null && !bound.contains(step.when()) && reported.add(step.when())) {
                    errors.add(at(playbook.contentPath(), playbook.contentText(), "when: " + step.when(),
                            "when: " + step.when() + " names a value no rule sets with .with(\"" + step.when()
                                    + "\", ...)"));
                }
            }
        }
    }

    private static List<String> texts(PlaybookContent content) {
        List<String> texts = new ArrayList<>(content.links().values());
        for (DiagnosisContent d : content.diagnoses().values()) {
            texts.add(d.title());
            texts.add(d.summary());
            texts.add(d.rootCause());
            texts.addAll(d.verification());
            texts.addAll(d.prevention());
            for (StepContent step : d.remediation()) {
                texts.add(step.title());
                texts.add(step.why());
                texts.addAll(step.checks());
                texts.addAll(step.commands());
            }
        }
        return texts;
    }

    /** An error at the first occurrence of {@code needle} in {@code text}, or at line 0 when it does not occur. */
    static RuleError at(String file, String text, String needle, String message) {
        int index = text.indexOf(needle);
        return index < 0 ? new RuleError(file, 0, 0, message) : at(file, text, index, message);
    }

    /** An error at a character index of {@code text}. */
    static RuleError at(String file, String text, int index, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new RuleError(file, line, index - lineStart + 1, message);
    }

    /** The DRL with its comments blanked out (same length, same line breaks), so positions stay true. */
    private static String stripComments(String drl) {
        StringBuilder out = new StringBuilder(drl);
        boolean inString = false;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
                for (; i < out.length() && out.charAt(i) != '\n'; i++) {
                    out.setCharAt(i, ' ');
                }
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
                for (; i < out.length() && !(out.charAt(i) == '*' && i + 1 < out.length() && out.charAt(i + 1) == '/'); i++) {
                    out.setCharAt(i, out.charAt(i) == '\n' ? '\n' : ' ');
                }
                if (i + 1 < out.length()) {
                    out.setCharAt(i, ' ');
                    out.setCharAt(i + 1, ' ');
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** The string literals one call takes as its first argument, over all playbooks, with where each is first used. */
    private static final class Literals {
        private final Map<String, RuleError> firstUse = new TreeMap<>();
        private boolean complete = true;

        void scan(Pattern call, String drl, Playbook playbook) {
            Matcher m = call.matcher(drl);
            while (m.find()) {
                if (m.group(1) == null) {
                    complete = false;
                } else {
                    firstUse.putIfAbsent(m.group(2), at(playbook.drlPath(), drl, m.start(1), ""));
                }
            }
        }

        Set<String> names() {
            return firstUse.keySet();
        }

        void missingFrom(Set<String> defined, String message, List<RuleError> errors) {
            if (!complete) {
                return;
            }
            firstUse.forEach((name, position) -> {
                if (!defined.contains(name)) {
                    errors.add(new RuleError(position.file(), position.line(), position.column(),
                            String.format(Locale.ROOT, message, name)));
                }
            });
        }
    }

}
