package org.landcarbon.uncertainty;

import java.util.ArrayList;
import java.util.List;

/**
 * IPCC Approach 1 (2006 Guidelines Vol. 1 Ch. 3): first-order propagation of the 95 % half-widths U_i of the
 * inputs, U_y^2 = sum_i sum_j (dy/dx_i U_i)(dy/dx_j U_j) rho_ij. For a product this is Eq. 3.1 (relative
 * half-widths add in quadrature), for a sum Eq. 3.2 (absolute ones do); with rho the covariance terms of
 * correlated inputs. Derivatives are central differences over +-U_i (exact for the affine parts of the account).
 * The interval is symmetric around the point value: mean = p50 = point, sd = U / 1.96.
 */
public final class Propagation {

    private static final double Z975 = 1.959963984540054;

    private Propagation() {
    }

    public static UncertainAccount account(UncertaintyModel model) {
        List<UncertainInput> inputs = model.inputs();
        double[] point = model.point();
        double[] x0 = new double[inputs.size()];
        for (int i = 0; i < x0.length; i++) {
            x0[i] = inputs.get(i).point();
        }
        // contribution of input i to output j: dy_j/dx_i x U_i
        double[][] c = new double[inputs.size()][];
        for (int i = 0; i < x0.length; i++) {
            double u = inputs.get(i).distribution().halfWidth95();
            double[] up = x0.clone();
            double[] down = x0.clone();
            up[i] += u;
            down[i] -= u;
            double[] yu = model.evaluate(up);
            double[] yd = model.evaluate(down);
            c[i] = new double[point.length];
            for (int j = 0; j < point.length; j++) {
                c[i][j] = (yu[j] - yd[j]) / 2;
            }
        }
        double[][] rho = model.correlation();
        List<Statistics> stats = new ArrayList<>();
        for (int j = 0; j < point.length; j++) {
            if (Double.isNaN(point[j])) {
                stats.add(Statistics.MISSING);
                continue;
            }
            double v = 0;
            for (int a = 0; a < x0.length; a++) {
                for (int b = 0; b < x0.length; b++) {
                    v += c[a][j] * c[b][j] * rho[a][b];
                }
            }
            double u = Math.sqrt(Math.max(0, v));
            stats.add(new Statistics(point[j], point[j], u / Z975, point[j] - u, point[j], point[j] + u));
        }
        return new UncertainAccount(model, "propagation", 0, 0, stats);
    }
}
