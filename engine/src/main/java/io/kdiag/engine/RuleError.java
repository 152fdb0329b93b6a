package io.kdiag.engine;

/**
 * One error in a rule or content file.
 *
 * @param file the file, as its folder was given
 * @param line the line, from 1, or 0 when unknown
 * @param column the column, from 1, or 0 when unknown
 * @param message what is wrong
 */
public record RuleError(String file, int line, int column, String message) {

    /** {@code file:line:column: message}, the form compilers print. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
