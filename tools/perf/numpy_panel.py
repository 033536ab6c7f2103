#!/usr/bin/env python3
"""Reference timing for the engine goal: a county panel (regions x years x classes) through
Gibbs-Martin diversity, single dynamic degree (first->last year), Deng GRA of each class area
against a net-emission series (initial-value normalisation, rho 0.5) and GM(1,1) with C and P,
all vectorised in numpy. Writes the panel as CSV when asked, so the project can be fed the same data.
Kept from ../shared/perf/numpy_panel.py so a clone can rerun the comparison (tools/perf/cli-bench.sh).
Usage: numpy_panel.py [--regions 2850] [--years 40] [--classes 7] [--repeat 20] [--csv OUT]"""
import argparse, time
import numpy as np

ap = argparse.ArgumentParser()
ap.add_argument("--regions", type=int, default=2850)
ap.add_argument("--years", type=int, default=40)
ap.add_argument("--classes", type=int, default=7)
ap.add_argument("--repeat", type=int, default=20)
ap.add_argument("--csv")
a = ap.parse_args()
R, Y, K = a.regions, a.years, a.classes
rng = np.random.default_rng(61)
base = rng.uniform(50, 5000, size=(R, 1, K))
trend = 1 + rng.normal(0.005, 0.01, size=(R, 1, K))
area = base * trend ** np.arange(Y)[None, :, None] * rng.uniform(0.98, 1.02, size=(R, Y, K))
net = 1000 * (1.04 ** np.arange(Y))[None, :] * rng.uniform(0.9, 1.1, size=(R, Y))

def run():
    s = area.sum(2)
    div = 1 - (area ** 2).sum(2) / s ** 2
    dyn = (area[:, -1, :] - area[:, 0, :]) / area[:, 0, :] / (Y - 1) * 100
    x0n = net / net[:, :1]
    xn = area / area[:, :1, :]
    d = np.abs(xn - x0n[:, :, None])
    mn = d.min(axis=(1, 2), keepdims=True); mx = d.max(axis=(1, 2), keepdims=True)
    gra = ((mn + 0.5 * mx) / (d + 0.5 * mx)).mean(1)
    x1 = np.cumsum(net, 1); z = 0.5 * (x1[:, 1:] + x1[:, :-1]); y = net[:, 1:]
    n = Y - 1
    sz, szz, sy, szy = z.sum(1), (z * z).sum(1), y.sum(1), (z * y).sum(1)
    det = n * szz - sz * sz
    ga = -(n * szy - sz * sy) / det
    gb = (szz * sy - sz * szy) / det
    k = np.arange(Y)[None, :]
    x1h = (net[:, :1] - (gb / ga)[:, None]) * np.exp(-ga[:, None] * k) + (gb / ga)[:, None]
    fit = np.concatenate([net[:, :1], np.diff(x1h, axis=1)], 1)
    e = net - fit
    S1 = net.std(1); C = e.std(1) / S1
    P = (np.abs(e - e.mean(1, keepdims=True)) < 0.6745 * S1[:, None]).mean(1)
    return div.sum() + dyn.sum() + gra.sum() + C.sum() + P.sum()

run()
ts = []
for _ in range(a.repeat):
    t = time.perf_counter(); chk = run(); ts.append(time.perf_counter() - t)
print(f"numpy panel R={R} Y={Y} K={K}: median {np.median(ts)*1e3:.2f} ms, min {min(ts)*1e3:.2f} ms, checksum {chk:.6f}")
if a.csv:
    with open(a.csv, "w") as f:
        f.write("region,year," + ",".join(f"c{j}" for j in range(K)) + ",net\n")
        for r in range(R):
            for t in range(Y):
                f.write(f"{r},{2000+t}," + ",".join(f"{v:.6f}" for v in area[r, t]) + f",{net[r, t]:.6f}\n")
