#!/usr/bin/python3
"""Reference zonal class areas with rasterio + numpy, the way a GIS analyst would script them:
rasterize the polygons to a zone raster (GDAL's pixel-centre rule, all_touched=False), then per
block of rows np.bincount(zone * 256 + code) weighted by the row's ellipsoidal pixel area (Snyder's
authalic formula, as in org.landcarbon.spatial). Prints the wall time and writes areas (m2) as JSON
{id: {code: area}} for the comparison with `landcarbon zonal`.
Usage: zonal_reference.py RASTER REGIONS.geojson ID_FIELD [OUT.json]"""
import json, math, sys, time
import numpy as np
import rasterio
from rasterio import features

t0 = time.perf_counter()
raster, regions, id_field = sys.argv[1:4]
a, f = 6378137.0, 1 / 298.257223563
e2 = f * (2 - f)
e = math.sqrt(e2)


def q(lat):
    s = np.sin(np.radians(lat))
    return (1 - e2) * (s / (1 - e2 * s * s) - 1 / (2 * e) * np.log((1 - e * s) / (1 + e * s)))


with open(regions, encoding='utf-8') as fh:
    fc = json.load(fh)
ids = [str(ft["properties"][id_field]) for ft in fc["features"]]
with rasterio.open(raster) as src:
    H, W, T, nodata = src.height, src.width, src.transform, src.nodata
    zones = features.rasterize(((ft["geometry"], i + 1) for i, ft in enumerate(fc["features"])),
                               out_shape=(H, W), transform=T, fill=0, dtype='uint16' if len(ids) > 254 else 'uint8')
    t1 = time.perf_counter()
    lat_edges = T.f + T.e * np.arange(H + 1)
    row_area = np.abs(a * a * math.radians(T.a) * (q(lat_edges[1:]) - q(lat_edges[:-1])) / 2)
    K = 256
    totals = np.zeros((len(ids) + 1) * K)
    nd = np.zeros(len(ids) + 1, dtype=np.int64)
    block = 1024
    for r0 in range(0, H, block):
        r1 = min(H, r0 + block)
        codes = src.read(1, window=((r0, r1), (0, W)))
        z = zones[r0:r1]
        key = z.astype(np.int64) * K + codes
        w = np.repeat(row_area[r0:r1], W)
        valid = codes.ravel() != nodata if nodata is not None else np.ones(key.size, bool)
        totals += np.bincount(key.ravel()[valid], weights=w[valid], minlength=totals.size)
        nd += np.bincount(z.ravel()[~valid], minlength=nd.size)
t2 = time.perf_counter()
out = {}
for i, rid in enumerate(ids, start=1):
    row = totals[i * K:(i + 1) * K]
    out[rid] = {"areas": {str(c): float(row[c]) for c in np.nonzero(row)[0]}, "nodata_pixels": int(nd[i])}
print("reference: %d x %d px, %d regions: rasterize %.2f s, count %.2f s, total %.2f s"
      % (W, H, len(ids), t1 - t0, t2 - t1, t2 - t0))
if len(sys.argv) > 4:
    with open(sys.argv[4], 'w') as fh:
        json.dump(out, fh)
