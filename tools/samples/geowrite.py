"""Minimal writers for the synthetic spatial samples: a tiled or striped, Deflate-compressed
single-band uint8 GeoTIFF in EPSG:4326 (GeoKeys, ModelPixelScale/Tiepoint, GDAL_NODATA), a GeoJSON
FeatureCollection and an ESRI shapefile (.shp/.shx/.dbf/.prj/.cpg) of polygons. numpy + stdlib only."""
import json, struct, zlib

WGS84_WKT = ('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],'
             'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]')


def write_geotiff(path, data, x0, y0, dx, dy, nodata=None, tile=256, level=6):
    """data: 2-D numpy uint8 array (rows, cols); (x0, y0) the upper-left corner in degrees."""
    h, w = data.shape
    blocks = []
    if tile:
        for r in range(0, h, tile):
            for c in range(0, w, tile):
                t = data[r:r + tile, c:c + tile]
                pad = bytearray(tile * tile)
                full = t.shape[1] == tile and t.shape[0] == tile
                if full:
                    pad = t.tobytes()
                else:
                    import numpy as np
                    p = np.zeros((tile, tile), dtype=np.uint8)
                    p[:t.shape[0], :t.shape[1]] = t
                    pad = p.tobytes()
                blocks.append(zlib.compress(pad, level))
    else:
        rows = max(1, 8192 // w)
        for r in range(0, h, rows):
            blocks.append(zlib.compress(data[r:r + rows].tobytes(), level))
    geokeys = [1, 1, 0, 3, 1024, 0, 1, 2, 1025, 0, 1, 1, 2048, 0, 1, 4326]
    out = bytearray(b'II*\x00\x00\x00\x00\x00')
    extra = []  # (tag, type, count, bytes)
    def add(tag, typ, values):
        fmt = {3: 'H', 4: 'I', 12: 'd'}[typ] if typ != 2 else None
        raw = (values.encode('ascii') + b'\x00') if typ == 2 else struct.pack('<%d%s' % (len(values), fmt), *values)
        extra.append((tag, typ, len(values) + 1 if typ == 2 else len(values), raw))
    offsets_pos = len(out)
    data_offsets = []
    for b in blocks:
        data_offsets.append(len(out))
        out += b
        if len(out) % 2:
            out += b'\x00'
    add(256, 4, [w]); add(257, 4, [h]); add(258, 3, [8]); add(259, 3, [8]); add(262, 3, [1]); add(277, 3, [1])
    if tile:
        add(322, 3, [tile]); add(323, 3, [tile]); add(324, 4, data_offsets); add(325, 4, [len(b) for b in blocks])
    else:
        add(273, 4, data_offsets); add(278, 4, [max(1, 8192 // w)]); add(279, 4, [len(b) for b in blocks])
    add(339, 3, [1])
    add(33550, 12, [dx, dy, 0.0]); add(33922, 12, [0.0, 0.0, 0.0, x0, y0, 0.0]); add(34735, 3, geokeys)
    if nodata is not None:
        add(42113, 2, str(nodata))
    extra.sort()
    ifd_entries = []
    for tag, typ, count, raw in extra:
        if len(raw) <= 4:
            ifd_entries.append(struct.pack('<HHI', tag, typ, count) + raw.ljust(4, b'\x00'))
        else:
            ifd_entries.append((tag, typ, count, raw))
    # values that do not fit inline go before the IFD
    entries = []
    for e in ifd_entries:
        if isinstance(e, tuple):
            tag, typ, count, raw = e
            off = len(out)
            out += raw
            if len(out) % 2:
                out += b'\x00'
            entries.append(struct.pack('<HHII', tag, typ, count, off))
        else:
            entries.append(e)
    ifd = len(out)
    out += struct.pack('<H', len(entries)) + b''.join(entries) + struct.pack('<I', 0)
    struct.pack_into('<I', out, 4, ifd)
    with open(path, 'wb') as f:
        f.write(out)


def write_geojson(path, features):
    """features: list of (properties dict, list of polygons, each a list of rings of (x, y))."""
    fc = {"type": "FeatureCollection", "features": []}
    for props, polys in features:
        coords = [[[list(p) for p in ring] for ring in poly] for poly in polys]
        geom = {"type": "Polygon", "coordinates": coords[0]} if len(coords) == 1 else {"type": "MultiPolygon", "coordinates": coords}
        fc["features"].append({"type": "Feature", "properties": props, "geometry": geom})
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(fc, f, ensure_ascii=False, indent=1)


def _signed_area(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


def write_shapefile(base, features, fields):
    """fields: list of (name, 'C'|'N', length). Shells are written clockwise and holes counter-clockwise."""
    records = []
    for props, polys in features:
        rings = []
        for poly in polys:
            for i, ring in enumerate(poly):
                cw = _signed_area(ring) < 0
                if (i == 0) != cw:
                    ring = ring[::-1]
                rings.append(ring)
        pts = [p for r in rings for p in r]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        parts, i = [], 0
        for r in rings:
            parts.append(i)
            i += len(r)
        content = struct.pack('<i4dii', 5, min(xs), min(ys), max(xs), max(ys), len(rings), len(pts))
        content += struct.pack('<%di' % len(parts), *parts) + b''.join(struct.pack('<2d', *p) for p in pts)
        records.append((content, (min(xs), min(ys), max(xs), max(ys))))
    bbox = (min(r[1][0] for r in records), min(r[1][1] for r in records), max(r[1][2] for r in records), max(r[1][3] for r in records))
    shp, shx = bytearray(), bytearray()
    offset = 50
    for n, (content, _) in enumerate(records, 1):
        shx += struct.pack('>ii', offset, len(content) // 2)
        shp += struct.pack('>ii', n, len(content) // 2) + content
        offset += 4 + len(content) // 2
    def header(length_words):
        return struct.pack('>i5ii', 9994, 0, 0, 0, 0, 0, length_words) + struct.pack('<ii4d4d', 1000, 5, *bbox, 0, 0, 0, 0)
    with open(base + '.shp', 'wb') as f:
        f.write(header(50 + len(shp) // 2) + shp)
    with open(base + '.shx', 'wb') as f:
        f.write(header(50 + len(shx) // 2) + shx)
    rec_len = 1 + sum(l for _, _, l in fields)
    dbf = bytearray(struct.pack('<BBBBIHH20x', 3, 126, 1, 1, len(features), 32 + 32 * len(fields) + 1, rec_len))
    for name, typ, length in fields:
        dbf += struct.pack('<11sc4xBB14x', name.encode('ascii'), typ.encode('ascii'), length, 0)
    dbf += b'\x0d'
    for props, _ in features:
        dbf += b' '
        for name, typ, length in fields:
            v = str(props[name]).encode('utf-8')
            dbf += (v.rjust(length) if typ == 'N' else v.ljust(length))[:length]
    dbf += b'\x1a'
    with open(base + '.dbf', 'wb') as f:
        f.write(dbf)
    with open(base + '.prj', 'w') as f:
        f.write(WGS84_WKT)
    with open(base + '.cpg', 'w') as f:
        f.write('UTF-8')
