#!/usr/bin/env python3
"""Independent check of PNG files (Python standard library only: zlib, struct).

    python3 scripts/checks/png_check.py FILE.png [OTHER.png]

Checks the signature, every chunk's CRC-32, the chunk order (IHDR first, IDAT together, IEND last),
decompresses the image data and undoes all five row filters (None, Sub, Up, Average, Paeth), as any
decoder must. Prints width, height, colour type and the number of distinct colours. With a second
file, both are composited onto white and compared pixel by pixel: prints how many pixels differ and
the largest difference in any channel (0 = the same picture).
Used to check Sociogram's PNG encoder (Sources/Sociogram/Render/PNGEncoder.swift) against Graphviz's
own png:cairo output of the same diagram.
"""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG signature")
    pos, chunks = 8, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        ctype = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(ctype + body) & 0xFFFFFFFF != crc:
            raise SystemExit(f"{path}: bad CRC in chunk {ctype!r}")
        chunks.append((ctype, body))
        pos += 12 + length
    types = [c for c, _ in chunks]
    if types[0] != b"IHDR" or types[-1] != b"IEND" or pos != len(data):
        raise SystemExit(f"{path}: bad chunk order or trailing bytes: {types}")
    idat_at = [i for i, t in enumerate(types) if t == b"IDAT"]
    if not idat_at or idat_at != list(range(idat_at[0], idat_at[-1] + 1)):
        raise SystemExit(f"{path}: IDAT chunks missing or not consecutive")
    width, height, depth, ctype, comp, filt, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    if depth != 8 or ctype not in (2, 6) or comp or filt or interlace:
        raise SystemExit(f"{path}: unsupported IHDR {depth=} {ctype=} {interlace=}")
    channels = 3 if ctype == 2 else 4
    raw = zlib.decompress(b"".join(b for t, b in chunks if t == b"IDAT"))
    stride = width * channels
    if len(raw) != height * (stride + 1):
        raise SystemExit(f"{path}: image data has {len(raw)} bytes, expected {height * (stride + 1)}")
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if f == 0:
                p = 0
            elif f == 1:
                p = a
            elif f == 2:
                p = b
            elif f == 3:
                p = (a + b) // 2
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                p = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
            else:
                raise SystemExit(f"{path}: row {y} has filter type {f}")
            line[x] = (line[x] + p) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def on_white(width, channels, row):
    out = []
    for x in range(width):
        px = row[x * channels:(x + 1) * channels]
        if channels == 3:
            out.append(tuple(px))
        else:
            a = px[3]
            out.append(tuple((v * a + 255 * (255 - a) + 127) // 255 for v in px[:3]))
    return out


def main():
    first = read_png(sys.argv[1])
    w, h, ch, rows = first
    colours = {p for r in rows for p in on_white(w, ch, r)}
    print(f"{sys.argv[1]}: {w} x {h}, {'RGB' if ch == 3 else 'RGBA'}, {len(colours)} colours, CRCs and filters OK")
    if len(sys.argv) > 2:
        w2, h2, ch2, rows2 = read_png(sys.argv[2])
        if (w, h) != (w2, h2):
            raise SystemExit(f"sizes differ: {w}x{h} vs {w2}x{h2}")
        differing, largest = 0, 0
        for r1, r2 in zip(rows, rows2):
            for p, q in zip(on_white(w, ch, r1), on_white(w2, ch2, r2)):
                d = max(abs(u - v) for u, v in zip(p, q))
                if d:
                    differing += 1
                    largest = max(largest, d)
        print(f"compared with {sys.argv[2]}: {differing} of {w * h} pixels differ, largest difference {largest}")


main()
