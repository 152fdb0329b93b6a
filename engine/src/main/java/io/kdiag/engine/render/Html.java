package io.kdiag.engine.render;

/** Escaping text for HTML and SVG. */
final class Html {

    private Html() {
    }

    /** Text safe inside an element or a double-quoted attribute. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
