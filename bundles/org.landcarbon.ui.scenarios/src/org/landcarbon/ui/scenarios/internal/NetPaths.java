package org.landcarbon.ui.scenarios.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.landcarbon.scenarios.Comparison;
import org.landcarbon.scenarios.KeyFigures;
import org.landcarbon.scenarios.ScenarioResult;

/**
 * The net emission paths of a comparison as the chart and its SVG draw them: per scenario its
 * years and values, its colour, a legend text that says the peak, and the peak point when there is one.
 */
record NetPaths(String title, String xTitle, String yTitle, List<Path> paths, int projectedFrom, String projectedText, String bandLegend) {

    /** {@code low} and {@code high}: the 95 % band aligned with {@code years} (NaN where none), or null. */
    record Path(String legend, double[] years, double[] values, int[] rgb, boolean peaked, int peakYear, double peakValue,
            String peakText, double[] low, double[] high) {

        boolean banded() {
            return low != null;
        }
    }

    static NetPaths of(Comparison c, int decimals, String heading) {
        return of(c, decimals, heading, java.util.Map.of());
    }

    /** With the bands of the paths that have one, by scenario label. */
    static NetPaths of(Comparison c, int decimals, String heading, java.util.Map<String, NetBands.Band> bands) {
        List<Path> paths = new ArrayList<>();
        int i = 0;
        for (ScenarioResult r : c.results()) {
            var map = r.account().net().asMap();
            double[] years = new double[map.size()];
            double[] values = new double[map.size()];
            int j = 0;
            for (var e : map.entrySet()) {
                years[j] = e.getKey();
                values[j++] = e.getValue();
            }
            KeyFigures k = r.figures();
            String label = r.label() + (r.illustrative() ? " *" : "");
            String legend = k.peak().reached()
                    ? NLS.bind(Messages.legendPeak, label, k.peak().year() + ", " + Format.number(k.peak().value(), decimals))
                    : NLS.bind(Messages.legendNoPeak, label, String.valueOf(k.peak().year()));
            String peakText = NLS.bind(Messages.peakLabel, String.valueOf(k.peak().year()), Format.number(k.peak().value(), decimals));
            NetBands.Band band = bands.get(r.label());
            boolean fits = band != null && java.util.Arrays.equals(band.years(), years);
            paths.add(new Path(legend, years, values, Colors.scenario(i++), k.peak().reached(), k.peak().year(), k.peak().value(),
                    peakText, fits ? band.low() : null, fits ? band.high() : null));
        }
        // The first projected year, when all scenarios share it (scenarios of one study do).
        java.util.Set<Integer> bases = new java.util.HashSet<>();
        c.results().forEach(r -> bases.add(org.landcarbon.scenarios.ScenarioProjector.baseYear(r.study()) + 1));
        int from = bases.size() == 1 ? bases.iterator().next() : 0;
        boolean banded = paths.stream().anyMatch(Path::banded);
        return new NetPaths(heading, Messages.axisYear, NLS.bind(Messages.axisNet, c.unit()), paths, from,
                NLS.bind(Messages.projectedFrom, String.valueOf(from)),
                banded ? NLS.bind(Messages.bandLegend, String.valueOf(NetBands.DRAWS), String.valueOf(NetBands.SEED)) : null);
    }

    /** The lowest and highest value (bands included) and year of all paths, zero included in the values. */
    double[] bounds() {
        double lo = 0;
        double hi = 0;
        double first = Double.MAX_VALUE;
        double last = -Double.MAX_VALUE;
        for (Path p : paths) {
            for (int i = 0; i < p.values().length; i++) {
                lo = Math.min(lo, p.values()[i]);
                hi = Math.max(hi, p.values()[i]);
                if (p.banded() && !Double.isNaN(p.low()[i])) {
                    lo = Math.min(lo, p.low()[i]);
                    hi = Math.max(hi, p.high()[i]);
                }
                first = Math.min(first, p.years()[i]);
                last = Math.max(last, p.years()[i]);
            }
        }
        if (first > last) {
            first = 0;
            last = 1;
        }
        return new double[] { lo, hi == lo ? lo + 1 : hi, first, last == first ? first + 1 : last };
    }
}
