package io.kdiag.engine.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * A case's {@code expect.yaml}: what the report of its snapshot must show. Every field is
 * optional; the checks on one diagnosis ({@code titleMention} to {@code verificationMention}) apply
 * to the {@code top} diagnosis, and to the diagnosis each entry of {@code others} names.
 *
 * @param description what the case is about, for people
 * @param now the analysis clock (RFC 3339), else the snapshot's own
 * @param snapshot more snapshot paths, relative to the case folder; the case folder's own files
 *     are always read
 * @param fixture the name of a shared snapshot folder in the fixtures folder (see
 *     {@link PlaybookTestKit#withFixtures})
 * @param top the id of the rank-1 diagnosis, or {@code none} when the report must have none
 * @param ranked the ids of every diagnosis of the report, exactly and in rank order
 * @param present ids that must appear at any rank
 * @param absent ids that must not appear
 * @param diagnoses diagnoses that must appear at any rank, each as {@code id Kind namespace/name}
 *     (its id and its root cause), for reports that hold one id several times
 * @param titleMention texts the top diagnosis' title must each contain
 * @param rootCause the top diagnosis' root cause, as {@code Kind namespace/name} ({@code Kind name}
 *     when cluster-scoped)
 * @param rootCauseMention texts the top diagnosis' root cause summary must each contain
 * @param affected objects the top diagnosis must list as affected, in the same form
 * @param affectedExactly every object the top diagnosis lists as affected, exactly and in order
 * @param chain the link ids of the top diagnosis' chain, exactly and in order
 * @param chainMention texts that must each appear in the summary of some link of the top
 *     diagnosis' chain
 * @param evidenceMention texts that must each appear in some evidence of the top diagnosis'
 *     chain: in its text or its source ({@code file:line})
 * @param commandsMention names that must each appear in at least one command of the top
 *     diagnosis' plan
 * @param commandsAbsent texts that no command of the top diagnosis' plan may contain
 * @param risks the risk of every step of the top diagnosis' plan, exactly and in order
 * @param plan steps the top diagnosis' plan must hold in this order (other steps may come
 *     between them)
 * @param minConfidence the least confidence of the top diagnosis
 * @param confidence the top diagnosis' confidence, exactly (to two decimals)
 * @param maxConfidence the greatest confidence of the top diagnosis
 * @param severity the top diagnosis' severity
 * @param preventionMention texts that must each appear in some prevention line of the top diagnosis
 * @param factorsMention texts that must each appear in some confidence factor of the top diagnosis
 * @param factorsAbsent texts that no confidence factor of the top diagnosis may contain
 * @param summaryMention texts the top diagnosis' summary must each contain
 * @param verificationMention texts that must each appear in some verification line of the top diagnosis
 * @param others diagnoses at any rank, each checked with the words above that check the top one:
 *     its {@code id} names it and its {@code rootCause}, when given, picks it among several with that id
 * @param id in an entry of {@code others}: the id of the diagnosis it checks
 */
record Expectation(
        String description,
        String now,
        List<String> snapshot,
        String fixture,
        String top,
        List<String> ranked,
        List<String> present,
        List<String> absent,
        List<String> diagnoses,
        List<String> titleMention,
        String rootCause,
        List<String> rootCauseMention,
        List<String> affected,
        List<String> affectedExactly,
        List<String> chain,
        List<String> chainMention,
        List<String> evidenceMention,
        List<String> commandsMention,
        List<String> commandsAbsent,
        List<String> risks,
        List<StepExpectation> plan,
        Double minConfidence,
        Double confidence,
        Double maxConfidence,
        String severity,
        List<String> preventionMention,
        List<String> factorsMention,
        List<String> factorsAbsent,
        List<String> summaryMention,
        List<String> verificationMention,
        List<Expectation> others,
        String id) {

    /** The id {@code top} takes when the report must hold no diagnosis. */
    static final String NONE = "none";

    /** Missing lists are empty. */
    Expectation {
        snapshot = snapshot == null ? List.of() : List.copyOf(snapshot);
        present = present == null ? List.of() : List.copyOf(present);
        absent = absent == null ? List.of() : List.copyOf(absent);
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        titleMention = titleMention == null ? List.of() : List.copyOf(titleMention);
        rootCauseMention = rootCauseMention == null ? List.of() : List.copyOf(rootCauseMention);
        affected = affected == null ? List.of() : List.copyOf(affected);
        chainMention = chainMention == null ? List.of() : List.copyOf(chainMention);
        evidenceMention = evidenceMention == null ? List.of() : List.copyOf(evidenceMention);
        commandsMention = commandsMention == null ? List.of() : List.copyOf(commandsMention);
        commandsAbsent = commandsAbsent == null ? List.of() : List.copyOf(commandsAbsent);
        plan = plan == null ? List.of() : List.copyOf(plan);
        preventionMention = preventionMention == null ? List.of() : List.copyOf(preventionMention);
        factorsMention = factorsMention == null ? List.of() : List.copyOf(factorsMention);
        factorsAbsent = factorsAbsent == null ? List.of() : List.copyOf(factorsAbsent);
        summaryMention = summaryMention == null ? List.of() : List.copyOf(summaryMention);
        verificationMention = verificationMention == null ? List.of() : List.copyOf(verificationMention);
        others = others == null ? List.of() : List.copyOf(others);
    }

    /** The words of this expectation that check a whole report, not one diagnosis; an entry of {@code others} may use none. */
    List<String> reportWords() {
        List<String> words = new ArrayList<>();
        if (now != null || !snapshot.isEmpty() || fixture != null) {
            words.add("now, snapshot, fixture");
        }
        if (top != null || ranked != null || !present.isEmpty() || !absent.isEmpty() || !diagnoses.isEmpty()) {
            words.add("top, ranked, present, absent, diagnoses");
        }
        if (!others.isEmpty()) {
            words.add("others");
        }
        return words;
    }

    /** Whether any check concerns the top diagnosis itself. */
    boolean checksTopDiagnosis() {
        return !titleMention.isEmpty() || rootCause != null || !rootCauseMention.isEmpty() || !affected.isEmpty() || affectedExactly != null
                || chain != null || !chainMention.isEmpty() || !evidenceMention.isEmpty() || !commandsMention.isEmpty()
                || !commandsAbsent.isEmpty() || risks != null || !plan.isEmpty() || minConfidence != null
                || confidence != null || maxConfidence != null || severity != null || !preventionMention.isEmpty()
                || !factorsMention.isEmpty() || !factorsAbsent.isEmpty() || !summaryMention.isEmpty() || !verificationMention.isEmpty();
    }
}
