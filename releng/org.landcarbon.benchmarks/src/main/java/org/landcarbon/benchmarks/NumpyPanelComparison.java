package org.landcarbon.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.landcarbon.analysis.grey.Gm11;
import org.landcarbon.analysis.grey.Gm11Accuracy;
import org.landcarbon.analysis.grey.GreyRelational;
import org.landcarbon.analysis.grey.GreyRelational.Normalization;
import org.landcarbon.analysis.landuse.LandUseIndices;

/**
 * The panel kernels on the panel tools/perf/numpy_panel.py writes with --csv, computing what its run()
 * computes: Gibbs-Martin diversity per year, the single dynamic degree first to last year, Deng's degree
 * of every class with net (initial-value transform, rho 0.5) and GM(1,1) with C and P. Prints the median
 * and minimum over REPEAT runs after WARMUP runs (one thread) and the same checksum as the script, so the
 * two sides are seen to compute the same numbers. Usage: NumpyPanelComparison PANEL.csv [REPEAT] [WARMUP]
 */
public final class NumpyPanelComparison {

    private final double[][][] area; // [region][class][year]
    private final double[][] net; // [region][year]

    private NumpyPanelComparison(double[][][] area, double[][] net) {
        this.area = area;
        this.net = net;
    }

    public static void main(String[] args) throws IOException {
        NumpyPanelComparison p = read(Path.of(args[0]));
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        double check = 0;
        for (int i = 0; i < warmup; i++) {
            check = p.run();
        }
        double[] ms = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long t = System.nanoTime();
            check = p.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(java.util.Locale.ROOT, "java panel R=%d Y=%d K=%d: median %.2f ms, min %.2f ms, checksum %.6f%n",
                p.net.length, p.net[0].length, p.area[0].length, ms[repeat / 2], ms[0], check);
    }

    double run() {
        int regions = net.length;
        int years = net[0].length;
        int classes = area[0].length;
        double sum = 0;
        double[] areas = new double[classes];
        double[][] xs = new double[classes][];
        for (int r = 0; r < regions; r++) {
            double[][] a = area[r];
            for (int y = 0; y < years; y++) {
                for (int c = 0; c < classes; c++) {
                    areas[c] = a[c][y];
                }
                sum += LandUseIndices.gibbsMartin(areas);
            }
            for (int c = 0; c < classes; c++) {
                sum += LandUseIndices.singleDynamicDegree(a[c][0], a[c][years - 1], years - 1);
                xs[c] = GreyRelational.normalize(a[c], Normalization.INITIAL);
            }
            double[] x0 = net[r];
            for (double d : GreyRelational.degrees(GreyRelational.coefficients(GreyRelational.normalize(x0, Normalization.INITIAL), xs, 0.5), null)) {
                sum += d;
            }
            Gm11Accuracy acc = Gm11Accuracy.of(x0, Gm11.fit(x0).fitted(years), Gm11Accuracy.Conventions.DEFAULT);
            sum += acc.c() + acc.p();
        }
        return sum;
    }

    /** region,year,c0..c(K-1),net; rows grouped by region, years ascending (as the script writes them). */
    static NumpyPanelComparison read(Path csv) throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        int classes;
        try (BufferedReader in = Files.newBufferedReader(csv)) {
            String[] header = in.readLine().split(",");
            classes = header.length - 3;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                double[] v = new double[classes + 1];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Double.parseDouble(f[i + 2]);
                }
                if (regions.isEmpty() || !regions.getLast().equals(f[0])) {
                    regions.add(f[0]);
                }
                rows.add(v);
            }
        }
        int years = rows.size() / regions.size();
        double[][][] area = new double[regions.size()][classes][years];
        double[][] net = new double[regions.size()][years];
        for (int i = 0; i < rows.size(); i++) {
            int r = i / years;
            int y = i % years;
            double[] v = rows.get(i);
            for (int c = 0; c < classes; c++) {
                area[r][c][y] = v[c];
            }
            net[r][y] = v[classes];
        }
        return new NumpyPanelComparison(area, net);
    }
}
