package org.landcarbon.uncertainty;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The scalar a sensitivity analysis explains: {@code net} (net emission of the account's last year),
 * {@code net:YEAR}, or {@code cumulative:Y1-Y2} (sum of the net emission over those years, both included).
 */
public record Target(String text, String output, int from, int to) {

    public static Target parse(String text, List<Integer> years) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("the account has no years");
        }
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        String span = " (the account covers " + first + "-" + last + ")";
        Target t;
        try {
            if (text.equals("net")) {
                t = new Target(text, "net", last, last);
            } else if (text.startsWith("net:")) {
                int y = Integer.parseInt(text.substring(4));
                t = new Target(text, "net", y, y);
            } else if (text.startsWith("cumulative:") && text.indexOf('-', 11) > 0) {
                String[] p = text.substring(11).split("-");
                t = new Target(text, "net", Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            } else {
                throw new IllegalArgumentException("target '" + text + "' must be net, net:YEAR or cumulative:Y1-Y2");
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("target '" + text + "': the year is not a number; use net, net:YEAR or cumulative:Y1-Y2");
        }
        if (t.from > t.to || !years.contains(t.from) || !years.contains(t.to)) {
            throw new IllegalArgumentException("target " + text + ": years " + t.from + "-" + t.to + " are not in the account" + span
                    + "; a scenario that extends the account (--scenario) can supply later years");
        }
        return t;
    }

    /** The target as a function of the model's inputs. */
    public ToDoubleFunction<double[]> of(UncertaintyModel model) {
        int[] slots = new int[to - from + 1];
        for (int y = from; y <= to; y++) {
            slots[y - from] = model.index(y, output);
        }
        return x -> {
            double[] out = model.evaluate(x);
            double s = 0;
            for (int i : slots) {
                s += out[i];
            }
            return s;
        };
    }
}
