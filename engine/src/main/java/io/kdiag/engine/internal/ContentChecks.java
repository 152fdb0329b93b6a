package io.kdiag.engine.internal;

import io.kdiag.engine.RuleError;
import io.kdiag.engine.internal.PlaybookContent.DiagnosisContent;
import io.kdiag.engine.internal.PlaybookContent.StepContent;
import io.kdiag.facts.snapshot.MissingKinds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be checked of the content files alone, before any snapshot runs:
 * <ul>
 *   <li>every {@code {placeholder}} and every step's {@code when:} of a diagnosis names a value
 *       the diagnosis declares under {@code values:};</li>
 *   <li>every {@code {placeholder}} of a link's words names a value some loaded diagnosis
 *       declares (a link may reach the chains of several diagnoses, of any playbook);</li>
 *   <li>every kind and log component under {@code needs:} is one kdiag reads.</li>
 * </ul>
 * The DRL is not read: what the rules conclude is checked on what they conclude, when they run
 * ({@link DeclaredValues}, and the ranking step for a value a text names but a candidate lacks),
 * and the test kit fails a case on it.
 */
final class ContentChecks {

    private ContentChecks() {
    }

    /** Every error the checks find, in file order. */
    static List<RuleError> check(List<Playbook> playbooks) {
        Set<String> declared = new TreeSet<>();
        playbooks.forEach(p -> p.content().diagnoses().values().forEach(d -> declared.addAll(d.values().keySet())));
        List<RuleError> errors = new ArrayList<>();
        for (Playbook playbook : playbooks) {
            unknownNeeds(playbook, errors);
            new TreeMap<>(playbook.content().diagnoses()).forEach((id, diagnosis) ->
                    undeclared(playbook, id, diagnosis, errors));
            new TreeMap<>(playbook.content().links()).forEach((id, words) -> {
                int from = section(playbook.contentText(), "links", id);
                for (String name : placeholders(List.of(words))) {
                    if (!declared.contains(name)) {
                        errors.add(at(playbook, "{" + name + "}", from, "placeholder {" + name + "} of link '" + id
                                + "' names a value no diagnosis declares under values:"));
                    }
                }
            });
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
                        + " knows " + String.join(", ", new TreeSet<>(MissingKinds.LOG_COMPONENTS))));
            }
        }
    }

    /** An error at a name in the content file's needs: section. */
    private static RuleError inNeeds(Playbook playbook, String name, String message) {
        return at(playbook, name, Math.max(0, playbook.contentText().indexOf("needs:")), message);
    }

    /** The placeholders and {@code when:} values of a diagnosis that it does not declare under values:. */
    private static void undeclared(Playbook playbook, String id, DiagnosisContent diagnosis, List<RuleError> errors) {
        int from = section(playbook.contentText(), "diagnoses", id);
        Set<String> declared = diagnosis.values().keySet();
        for (String name : placeholders(texts(diagnosis))) {
            if (!declared.contains(name)) {
                errors.add(at(playbook, "{" + name + "}", from, "placeholder {" + name + "} names a value diagnosis '"
                        + id + "' does not declare under values:"));
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        for (StepContent step : diagnosis.remediation()) {
            if (step.when() != null && !declared.contains(step.when()) && reported.add(step.when())) {
                errors.add(at(playbook, "when: " + step.when(), from, "when: " + step.when() + " names a value diagnosis '"
                        + id + "' does not declare under values:"));
            }
        }
    }

    /** The names the texts' placeholders use, each once, in order. */
    private static Set<String> placeholders(List<String> texts) {
        Set<String> names = new LinkedHashSet<>();
        texts.forEach(text -> names.addAll(Template.names(text)));
        return names;
    }

    /** Every text of a diagnosis that is filled with its values. */
    private static List<String> texts(DiagnosisContent d) {
        List<String> texts = new ArrayList<>(List.of(d.title(), d.summary(), d.rootCause()));
        for (StepContent step : d.remediation()) {
            texts.add(step.title());
            texts.add(step.why());
            texts.addAll(step.checks());
            texts.addAll(step.commands());
        }
        texts.addAll(d.verification());
        texts.addAll(d.prevention());
        return texts;
    }

    /** Where an entry's key is in the content file's top-level section, or 0 when it cannot be found. */
    private static int section(String text, String section, String key) {
        Matcher top = Pattern.compile("(?m)^" + section + "\\s*:").matcher(text);
        int from = top.find() ? top.end() : 0;
        Matcher entry = Pattern.compile("(?m)^\\s+" + Pattern.quote(key) + "\\s*:").matcher(text);
        return entry.find(from) ? entry.start() : from;
    }

    /** An error at the first occurrence of {@code needle} in the playbook's content file from an index on. */
    private static RuleError at(Playbook playbook, String needle, int from, String message) {
        String text = playbook.contentText();
        int index = text.indexOf(needle, from);
        return index < 0 ? at(playbook.contentPath(), text, needle, message) : at(playbook.contentPath(), text, index, message);
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
}
