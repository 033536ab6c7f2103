package org.landcarbon.analysis.spatial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sparse spatial weights matrix over named regions: for each region its neighbours and their weights.
 * Build one with {@link #builder()} (a weights CSV, or contiguity computed from boundaries elsewhere),
 * then {@link #alignedTo(List)} puts it in the order of a data column. Immutable.
 */
public final class SpatialWeights {

    private final List<String> ids;
    private final int[][] neighbours;
    private final double[][] weights;

    private SpatialWeights(List<String> ids, int[][] neighbours, double[][] weights) {
        this.ids = List.copyOf(ids);
        this.neighbours = neighbours;
        this.weights = weights;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The regions, in matrix order. */
    public List<String> ids() {
        return ids;
    }

    public int size() {
        return ids.size();
    }

    /** Row i's neighbours (indices into {@link #ids()}); do not modify. */
    public int[] neighbours(int i) {
        return neighbours[i];
    }

    /** Row i's weights, aligned with {@link #neighbours(int)}; do not modify. */
    public double[] weights(int i) {
        return weights[i];
    }

    /** Sum of all weights, S0. */
    public double sum() {
        double s = 0;
        for (double[] row : weights) {
            for (double w : row) {
                s += w;
            }
        }
        return s;
    }

    /** Regions without neighbours (islands). */
    public List<String> islands() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (neighbours[i].length == 0) {
                out.add(ids.get(i));
            }
        }
        return out;
    }

    /** Each row divided by its sum (style "W"), so a region's lag is the weighted mean of its neighbours; islands stay empty. */
    public SpatialWeights rowStandardised() {
        double[][] w = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            double s = Arrays.stream(weights[i]).sum();
            w[i] = Arrays.stream(weights[i]).map(v -> v / s).toArray();
        }
        return new SpatialWeights(ids, neighbours, w);
    }

    /**
     * The same weights over {@code order} (the rows of a data column). Regions of {@code order} that the
     * weights do not mention become islands; a region of the weights missing from {@code order} is an error.
     */
    public SpatialWeights alignedTo(List<String> order) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            if (at.put(order.get(i), i) != null) {
                throw new IllegalArgumentException("region '" + order.get(i) + "' appears twice in the data");
            }
        }
        for (String id : ids) {
            if (!at.containsKey(id)) {
                throw new IllegalArgumentException("the weights name region '" + id + "', which the data do not have");
            }
        }
        int[][] nb = new int[order.size()][0];
        double[][] w = new double[order.size()][0];
        for (int i = 0; i < ids.size(); i++) {
            int row = at.get(ids.get(i));
            nb[row] = Arrays.stream(neighbours[i]).map(j -> at.get(ids.get(j))).toArray();
            w[row] = weights[i].clone();
        }
        return new SpatialWeights(order, nb, w);
    }

    /** Collects (region, neighbour, weight) entries; refuses self-neighbours, negative or repeated entries. */
    public static final class Builder {
        private final Map<String, Map<String, Double>> rows = new LinkedHashMap<>();

        private Builder() {
        }

        /** Declares a region, so that one without neighbours (an island) is kept. */
        public Builder region(String id) {
            rows.computeIfAbsent(Objects.requireNonNull(id, "id"), k -> new LinkedHashMap<>());
            return this;
        }

        public Builder add(String id, String neighbour, double weight) {
            if (id.equals(neighbour)) {
                throw new IllegalArgumentException("region '" + id + "' cannot be its own neighbour");
            }
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("the weight of " + id + " -> " + neighbour + " must be a finite number >= 0, got " + weight);
            }
            // regions keep the order in which they are first named, the region before its neighbour
            Map<String, Double> row = rows.computeIfAbsent(id, k -> new LinkedHashMap<>());
            region(neighbour);
            if (row.put(neighbour, weight) != null) {
                throw new IllegalArgumentException(id + " -> " + neighbour + " is given twice");
            }
            return this;
        }

        /** Adds both directions with the same weight (contiguity). */
        public Builder addSymmetric(String a, String b, double weight) {
            return add(a, b, weight).add(b, a, weight);
        }

        public SpatialWeights build() {
            List<String> ids = new ArrayList<>(rows.keySet());
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                at.put(ids.get(i), i);
            }
            int[][] nb = new int[ids.size()][];
            double[][] w = new double[ids.size()][];
            for (int i = 0; i < ids.size(); i++) {
                // zero weights are no link
                List<Map.Entry<String, Double>> e = rows.get(ids.get(i)).entrySet().stream().filter(x -> x.getValue() > 0).toList();
                nb[i] = e.stream().mapToInt(x -> at.get(x.getKey())).toArray();
                w[i] = e.stream().mapToDouble(Map.Entry::getValue).toArray();
            }
            return new SpatialWeights(ids, nb, w);
        }
    }
}
