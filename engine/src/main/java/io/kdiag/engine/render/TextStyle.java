package io.kdiag.engine.render;

import io.kdiag.engine.report.Risk;
import io.kdiag.engine.report.Severity;
import java.util.regex.Pattern;

/**
 * ANSI colours for the text format, or none. Severities and the risky plan steps (disruptive,
 * data-loss) stand out; everything else stays plain so the report reads the same without colour.
 */
final class TextStyle {

    private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final String RESET = "\u001B[0m";

    private final boolean on;

    TextStyle(boolean on) {
        this.on = on;
    }

    String severity(Severity severity, String text) {
        return paint(switch (severity) {
            case CRITICAL -> "1;31";
            case HIGH -> "31";
            case MEDIUM -> "33";
            case LOW -> "36";
            case INFO -> "2";
        }, text);
    }

    String risk(Risk risk, String text) {
        return paint(switch (risk) {
            case DATA_LOSS -> "1;37;41";
            case DISRUPTIVE -> "1;33";
            case SAFE, READ_ONLY -> "32";
        }, text);
    }

    String bold(String text) {
        return paint("1", text);
    }

    String dim(String text) {
        return paint("2", text);
    }

    private String paint(String code, String text) {
        return on && !text.isEmpty() ? "\u001B[" + code + "m" + text + RESET : text;
    }

    /** How many columns a string takes on screen: its length without escapes. */
    static int visibleLength(String text) {
        return ESCAPES.matcher(text).replaceAll("").length();
    }
}
