package io.kdiag.engine;

import java.util.List;

/**
 * A loaded playbook, as {@code kdiag rules list} shows it.
 *
 * @param id the playbook's id (its DRL file's name)
 * @param origin {@code builtin}, or the folder it was loaded from
 * @param diagnoses the diagnoses its content describes, each as {@code id: title}
 */
public record PlaybookInfo(String id, String origin, List<String> diagnoses) {

    /** Copies the list. */
    public PlaybookInfo {
        diagnoses = List.copyOf(diagnoses);
    }
}
