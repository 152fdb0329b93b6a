package io.kdiag.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded playbook, as {@code kdiag rules list} shows it.
 *
 * @param id the playbook's id (its DRL file's name)
 * @param origin {@code builtin}, or the folder it was loaded from
 * @param file the DRL file, as errors name it
 * @param rules the names of its rules, in file order
 * @param diagnoses the diagnoses its content describes: each id with its title template, by id
 */
public record PlaybookInfo(String id, String origin, String file, List<String> rules, Map<String, String> diagnoses) {

    /** Copies the collections, keeping their order. */
    public PlaybookInfo {
        rules = List.copyOf(rules);
        diagnoses = Collections.unmodifiableMap(new LinkedHashMap<>(diagnoses));
    }
}
