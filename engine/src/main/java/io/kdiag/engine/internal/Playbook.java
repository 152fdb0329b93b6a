package io.kdiag.engine.internal;

/**
 * One playbook: its DRL and its content, and where they come from.
 *
 * @param id the playbook's id (the DRL file's name without {@code .drl})
 * @param origin {@code builtin}, or the folder it was loaded from
 * @param drlPath how error messages name the DRL file
 * @param drl the DRL text
 * @param content the playbook's words and plans
 */
public record Playbook(String id, String origin, String drlPath, String drl, PlaybookContent content) {
}
