package io.kdiag.engine.render;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link CausalGraph} as inline SVG, top to bottom, at the places {@link LayeredLayout}
 * computes: boxes for nodes (full text on hover), curved arrows for edges.
 */
final class SvgGraph {

    static final int NODE_WIDTH = 210;
    static final int NODE_HEIGHT = 48;
    private static final int GAP_X = 22;
    private static final int GAP_Y = 40;
    private static final int MARGIN = 8;
    private static final int CHARS = 30;

    private SvgGraph() {
    }

    /** The SVG element; {@code id} makes its marker id unique within the page. */
    static String draw(CausalGraph graph, String id) {
        List<CausalGraph.Node> nodes = graph.nodes();
        List<LayeredLayout.Slot> slots = LayeredLayout.layout(nodes.size(), graph.edges());
        int layers = slots.stream().mapToInt(LayeredLayout.Slot::layer).max().orElse(0) + 1;
        int[] widths = new int[layers];
        slots.forEach(s -> widths[s.layer()] = Math.max(widths[s.layer()], s.position() + 1));
        int most = java.util.Arrays.stream(widths).max().orElse(1);
        int width = 2 * MARGIN + most * NODE_WIDTH + (most - 1) * GAP_X;
        int height = 2 * MARGIN + layers * NODE_HEIGHT + (layers - 1) * GAP_Y;
        int[] x = new int[nodes.size()];
        int[] y = new int[nodes.size()];
        for (int n = 0; n < nodes.size(); n++) {
            LayeredLayout.Slot slot = slots.get(n);
            int row = widths[slot.layer()] * NODE_WIDTH + (widths[slot.layer()] - 1) * GAP_X;
            x[n] = (width - row) / 2 + slot.position() * (NODE_WIDTH + GAP_X);
            y[n] = MARGIN + slot.layer() * (NODE_HEIGHT + GAP_Y);
        }
        String marker = id + "-arrow";
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"causal chain\">",
                width, height, width, height));
        svg.append("<defs><marker id=\"").append(marker).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
                + "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\"/></marker></defs>");
        for (int[] edge : graph.edges()) {
            int x1 = x[edge[0]] + NODE_WIDTH / 2;
            int y1 = y[edge[0]] + NODE_HEIGHT;
            int x2 = x[edge[1]] + NODE_WIDTH / 2;
            int y2 = y[edge[1]];
            int bend = (y2 - y1) / 2;
            svg.append(String.format(Locale.ROOT, "<path class=\"edge\" d=\"M%d,%d C%d,%d %d,%d %d,%d\" "
                    + "marker-end=\"url(#%s)\"/>", x1, y1, x1, y1 + bend, x2, y2 - bend, x2, y2, marker));
        }
        for (int n = 0; n < nodes.size(); n++) {
            CausalGraph.Node node = nodes.get(n);
            svg.append(String.format(Locale.ROOT, "<g class=\"node %s\" transform=\"translate(%d,%d)\">",
                    node.role().name().toLowerCase(Locale.ROOT).replace('_', '-'), x[n], y[n]));
            svg.append("<title>").append(Html.escape(node.role().label + ": " + node.detail())).append("</title>");
            svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" rx=\"6\"/>", NODE_WIDTH,
                    NODE_HEIGHT));
            svg.append("<text x=\"8\" y=\"18\" class=\"heading\">")
                    .append(Html.escape(shorten(node.role().label + " · " + node.heading()))).append("</text>");
            if (!node.name().isEmpty()) {
                svg.append("<text x=\"8\" y=\"36\">").append(Html.escape(shorten(node.name()))).append("</text>");
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** At most one box's width of text; the full text is in the node's title. */
    private static String shorten(String text) {
        return text.length() <= CHARS ? text : text.substring(0, CHARS - 1) + "…";
    }
}
