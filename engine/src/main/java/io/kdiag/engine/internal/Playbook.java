package io.kdiag.engine.internal;

/**
 * One playbook: its DRL and its content, and where they come from.
 *
 * @param id the playbook's id (the DRL file's name without {@code .drl})
 * @param origin {@code builtin}, or the folder it was loaded from
 * @param drlPath how error messages name the DRL file
 * @param drl the DRL text
 * @param contentPath how error messages name the content file
 * @param contentText the content file's text, {@code ""} when it is missing
 * @param content the playbook's words and plans
 */
public record Playbook(String id, String origin, String drlPath, String drl, String contentPath, String contentText,
        PlaybookContent content) {
}
