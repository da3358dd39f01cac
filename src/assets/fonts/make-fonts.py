"""Regenerate the site's two web fonts: Be Vietnam Pro 400 and 600, one file per weight, holding
exactly the Vietnamese alphabet, ASCII and the punctuation the site uses (UNICODES below).

Why: @fontsource splits each weight into latin, latin-ext and vietnamese files whose unicode-ranges
overlap (ă, đ, ơ, ư are in two), so a Vietnamese page downloaded six files (91 KB). One subset per
weight, with a unicode-range that overlaps nothing, is two files. Characters outside it fall back to
the metric-matched local fonts in src/styles/tokens.css.

Run (Debian: apt-get install python3-fonttools python3-brotli), from the repository root:
    /usr/bin/python3 src/assets/fonts/make-fonts.py
Sources: the latin and vietnamese files of @fontsource/be-vietnam-pro (SIL Open Font License 1.1).
"""
import os
from fontTools.merge import Merger
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont

# Keep in sync with UNICODE_RANGE in src/styles/fonts.css (the unit test compares them).
UNICODES = (
    list(range(0x20, 0x7F))
    + [0xA0, 0xA9, 0xB0, 0xB7, 0xD7]
    + [0xC0, 0xC1, 0xC2, 0xC3, 0xC8, 0xC9, 0xCA, 0xCC, 0xCD, 0xD2, 0xD3, 0xD4, 0xD5, 0xD9, 0xDA, 0xDD]
    + [0xE0, 0xE1, 0xE2, 0xE3, 0xE8, 0xE9, 0xEA, 0xEC, 0xED, 0xF2, 0xF3, 0xF4, 0xF5, 0xF9, 0xFA, 0xFD]
    + [0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0]
    + [0x300, 0x301, 0x303, 0x309, 0x323]
    + list(range(0x1EA0, 0x1EFA))
    + [0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x2039, 0x203A, 0x20AB, 0x2212]
)

SRC = 'node_modules/@fontsource/be-vietnam-pro/files'
OUT = os.path.dirname(os.path.abspath(__file__))

for weight in (400, 600):
    tmp = []
    for subset in ('latin', 'vietnamese'):
        f = TTFont(f'{SRC}/be-vietnam-pro-{subset}-{weight}-normal.woff2')
        f.flavor = None
        path = f'/tmp/bvp-{subset}-{weight}.ttf'
        f.save(path)
        tmp.append(path)
    merged = Merger().merge(tmp)
    opts = Options()
    opts.flavor = 'woff2'
    opts.layout_features = ['kern', 'mark', 'mkmk', 'ccmp', 'liga', 'locl']
    opts.hinting = False
    opts.desubroutinize = True
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    sub = Subsetter(opts)
    sub.populate(unicodes=UNICODES)
    sub.subset(merged)
    merged.flavor = 'woff2'
    out = f'{OUT}/be-vietnam-pro-vi-{weight}.woff2'
    merged.save(out)
    missing = [hex(u) for u in UNICODES if u not in merged.getBestCmap()]
    print(out, os.path.getsize(out), 'bytes; missing:', missing)
