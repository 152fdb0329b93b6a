package io.kdiag.engine.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A small layered (Sugiyama-style) layout of a directed acyclic graph: each node goes to the
 * latest layer its successors allow (so evidence sits just before the finding it supports),
 * then the nodes of each layer are ordered by the mean position of their neighbours, sweeping
 * down and up a few times to reduce crossings. Deterministic: ties keep the input order.
 */
final class LayeredLayout {

    private static final int SWEEPS = 4;

    /** Where a node goes: its layer (0 first) and its position within the layer (0 first). */
    record Slot(int layer, int position) {
    }

    private LayeredLayout() {
    }

    /**
     * Lays out {@code nodes} nodes joined by {@code edges}, each {@code {from, to}}.
     *
     * @throws IllegalArgumentException when the edges make a cycle
     */
    static List<Slot> layout(int nodes, List<int[]> edges) {
        List<List<Integer>> successors = adjacency(nodes, edges, false);
        List<List<Integer>> predecessors = adjacency(nodes, edges, true);
        int[] height = new int[nodes];
        Arrays.fill(height, -1);
        for (int n = 0; n < nodes; n++) {
            height(n, successors, height, new boolean[nodes]);
        }
        int top = Arrays.stream(height).max().orElse(0);
        List<List<Integer>> layers = new ArrayList<>();
        for (int i = 0; i <= top; i++) {
            layers.add(new ArrayList<>());
        }
        for (int n = 0; n < nodes; n++) {
            layers.get(top - height[n]).add(n);
        }
        double[] position = new double[nodes];
        layers.forEach(layer -> number(layer, position));
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int i = 1; i < layers.size(); i++) {
                order(layers.get(i), predecessors, position);
            }
            for (int i = layers.size() - 2; i >= 0; i--) {
                order(layers.get(i), successors, position);
            }
        }
        Slot[] slots = new Slot[nodes];
        for (int i = 0; i < layers.size(); i++) {
            List<Integer> layer = layers.get(i);
            for (int p = 0; p < layer.size(); p++) {
                slots[layer.get(p)] = new Slot(i, p);
            }
        }
        return List.of(slots);
    }

    /** The longest path from a node to a sink, in edges. */
    private static int height(int node, List<List<Integer>> successors, int[] height, boolean[] visiting) {
        if (height[node] >= 0) {
            return height[node];
        }
        if (visiting[node]) {
            throw new IllegalArgumentException("the graph has a cycle through node " + node);
        }
        visiting[node] = true;
        int h = 0;
        for (int next : successors.get(node)) {
            h = Math.max(h, 1 + height(next, successors, height, visiting));
        }
        visiting[node] = false;
        height[node] = h;
        return h;
    }

    /** Orders a layer by the mean position of each node's neighbours in the adjacent layer. */
    private static void order(List<Integer> layer, List<List<Integer>> neighbours, double[] position) {
        double[] key = new double[position.length];
        for (int n : layer) {
            key[n] = neighbours.get(n).stream().mapToDouble(m -> position[m]).average().orElse(position[n]);
        }
        layer.sort(Comparator.comparingDouble((Integer n) -> key[n]).thenComparingDouble(n -> position[n]));
        number(layer, position);
    }

    /** Numbers a layer's nodes from its centre, so that layers of different widths line up. */
    private static void number(List<Integer> layer, double[] position) {
        for (int p = 0; p < layer.size(); p++) {
            position[layer.get(p)] = p - (layer.size() - 1) / 2.0;
        }
    }

    private static List<List<Integer>> adjacency(int nodes, List<int[]> edges, boolean reverse) {
        List<List<Integer>> adjacency = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            adjacency.add(new ArrayList<>());
        }
        for (int[] edge : edges) {
            adjacency.get(reverse ? edge[1] : edge[0]).add(reverse ? edge[0] : edge[1]);
        }
        return adjacency;
    }
}
