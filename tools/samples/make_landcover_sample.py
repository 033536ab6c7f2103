#!/usr/bin/env python3
"""Writes the synthetic land-cover sample of org.landcarbon.spatial (reproducible, seed 20240512):
two CLCD-coded rasters (2000, 2020; EPSG:4326; 400 x 300 pixels of 0.001 deg at about 26.5N, the
latitude of Guizhou) and four made-up county polygons as GeoJSON and as a shapefile.
SYNTHETIC: the classes are smoothed random noise and the counties invented; nothing here is a
real place or a measurement. Usage: make_landcover_sample.py [OUTDIR]"""
import os, sys
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geowrite import write_geotiff, write_geojson, write_shapefile

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                          '..', '..', 'bundles', 'org.landcarbon.spatial', 'samples')
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(20240512)
W, H, X0, Y0, D = 400, 300, 106.5, 26.8, 0.001


def smooth(a, k):
    for axis in (0, 1):
        a = sum(np.roll(a, s, axis=axis) for s in range(-k, k + 1)) / (2 * k + 1)
    return a


# Class 2000: thresholds of a smooth field -> mostly forest (2), cropland (1), grassland (4), shrub (3),
# some water (5), barren (7), impervious (8) near a town at the centre, wetland (9) beside the water.
f = smooth(rng.random((H, W)), 6)
q = np.quantile(f, [0.30, 0.45, 0.55, 0.62, 0.97, 0.985])
c2000 = np.full((H, W), 2, np.uint8)
c2000[f < q[0]] = 1
c2000[(f >= q[1]) & (f < q[2])] = 4
c2000[(f >= q[2]) & (f < q[3])] = 3
c2000[f >= q[4]] = 9
c2000[f >= q[5]] = 5
yy, xx = np.mgrid[0:H, 0:W]
town = (yy - 150) ** 2 + (xx - 200) ** 2
c2000[town < 15 ** 2] = 8
c2000[(smooth(rng.random((H, W)), 3) > 0.535) & (c2000 == 4)] = 7
# 2020: the town grows over cropland and grassland, some cropland returns to forest (Grain for Green).
c2020 = c2000.copy()
c2020[(town < 28 ** 2) & np.isin(c2000, (1, 4))] = 8
regrow = smooth(rng.random((H, W)), 4) > 0.53
c2020[regrow & (c2000 == 1)] = 2
# Nodata: a cloud gap in 2000 (0 = no data, as in CLCD)
c2000[40:60, 300:340] = 0

write_geotiff(os.path.join(out, 'landcover-2000.tif'), c2000, X0, Y0, D, D, nodata=0, tile=128)
write_geotiff(os.path.join(out, 'landcover-2020.tif'), c2020, X0, Y0, D, D, nodata=0, tile=None)

# Counties in lon/lat: A west, B east (crossing the raster's east edge at 106.9), C south with a hole
# that is county D (an enclave). Vertices are placed off the pixel grid.
xm, ym, xe, ys = 106.7013, 26.6517, 106.9504, 26.5012
A = [[(106.5003, 26.7996), (xm, 26.7996), (106.6890, 26.7204), (xm, ym), (106.5003, ym), (106.5003, 26.7996)]]
B = [[(xm, 26.7996), (xe, 26.7996), (xe, ym), (xm, ym), (106.6890, 26.7204), (xm, 26.7996)]]
hole = [(106.6211, 26.6011), (106.6811, 26.6011), (106.6811, 26.5411), (106.6211, 26.5411), (106.6211, 26.6011)]
C = [[(106.5003, ym), (xe, ym), (xe, ys + 0.0003), (106.5003, ys + 0.0003), (106.5003, ym)], hole]
D_ = [list(hole)]
features = [
    ({"code": "520001", "name": "甲县 (synthetic A)"}, [A]),
    ({"code": "520002", "name": "乙县 (synthetic B, crosses the raster edge)"}, [B]),
    ({"code": "520003", "name": "丙县 (synthetic C, with a hole)"}, [C]),
    ({"code": "520004", "name": "丁县 (synthetic D, the enclave)"}, [D_]),
]
write_geojson(os.path.join(out, 'counties.geojson'), features)
write_shapefile(os.path.join(out, 'counties'), features, [("code", "C", 6), ("name", "C", 60)])
print("wrote", out)
