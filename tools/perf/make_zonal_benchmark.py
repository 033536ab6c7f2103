#!/usr/bin/python3
"""Synthetic input of the zonal benchmark (SYNTHETIC, seed 12): a 20,000 x 20,000 uint8 land-cover
GeoTIFF in EPSG:4326 with CLCD's 30 m pixel (0.000269494585236 deg) over about 103.6-109.0E,
24.0-29.4N (Guizhou's box), tiled 256 x 256, Deflate, nodata 0; and 100 polygons (a 10 x 10 grid of
jittered quadrilaterals, each edge densified to 10 points, tiling the raster) as GeoJSON.
Needs rasterio (apt-get install -y python3-rasterio). Usage: make_zonal_benchmark.py OUTDIR [SIZE]"""
import json, os, sys
import numpy as np
import rasterio
from rasterio.transform import from_origin

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(12)
D, X0, Y0 = 0.000269494585236, 103.6, 29.4
# blocky classes (32-pixel patches) with 10 % salt of other classes and a few nodata patches
coarse = rng.choice(np.arange(1, 10, dtype=np.uint8), size=(n // 32 + 1, n // 32 + 1),
                    p=[.25, .35, .08, .15, .03, .01, .03, .06, .04])
data = np.repeat(np.repeat(coarse, 32, axis=0), 32, axis=1)[:n, :n]
salt = rng.random((n, n), dtype=np.float32) < 0.10
data[salt] = rng.integers(1, 10, size=int(salt.sum()), dtype=np.uint8)
for _ in range(20):
    r, c = rng.integers(0, n - 500, size=2)
    data[r:r + 300, c:c + 400] = 0
profile = dict(driver='GTiff', width=n, height=n, count=1, dtype='uint8', crs='EPSG:4326',
               transform=from_origin(X0, Y0, D, D), tiled=True, blockxsize=256, blockysize=256,
               compress='deflate', nodata=0, BIGTIFF='IF_SAFER')
with rasterio.open(os.path.join(out, 'bench-2020.tif'), 'w', **profile) as dst:
    dst.write(data, 1)
del data, salt

# 11 x 11 jittered nodes over the extent (the outer ones on the border), 10 x 10 cells
k = 10
xs = np.linspace(X0, X0 + n * D, k + 1)
ys = np.linspace(Y0, Y0 - n * D, k + 1)
nodes = np.zeros((k + 1, k + 1, 2))
for i in range(k + 1):
    for j in range(k + 1):
        jx = 0 if j in (0, k) else rng.uniform(-0.3, 0.3) * (xs[1] - xs[0])
        jy = 0 if i in (0, k) else rng.uniform(-0.3, 0.3) * (ys[0] - ys[1])
        nodes[i, j] = (xs[j] + jx, ys[i] + jy)


def edge(a, b, m=10):
    return [tuple(a + (b - a) * t) for t in np.linspace(0, 1, m, endpoint=False)]


features = []
for i in range(k):
    for j in range(k):
        a, b, c, d = nodes[i, j], nodes[i, j + 1], nodes[i + 1, j + 1], nodes[i + 1, j]
        ring = edge(a, b) + edge(b, c) + edge(c, d) + edge(d, a)
        ring.append(ring[0])
        features.append({"type": "Feature", "properties": {"code": "%02d%02d" % (i, j)},
                         "geometry": {"type": "Polygon", "coordinates": [[list(map(float, p)) for p in ring]]}})
with open(os.path.join(out, 'bench-regions.geojson'), 'w') as f:
    json.dump({"type": "FeatureCollection", "features": features}, f)
print("wrote", out)
