#!/usr/bin/python3
"""Print the code points of the fugong font subset, one U+XXXX per line.

Usage: charset.py UNIHAN_OTHERMAPPINGS_BZ2 > unicodes.txt

The set: ASCII, Latin-1, general punctuation, CJK symbols and punctuation,
full-width forms, Kana, GB 2312 (from Python's gb2312 codec), the 8,105
characters of the Table of General Standard Chinese Characters (those with a
kTGH field in Unihan), JIS X 0208 level-1 kanji (euc_jp rows 16-47), the
2,350 KS X 1001 Hangul syllables (euc_kr rows 16-40) and the symbols the kit
prints. Code points the font lacks are ignored by pyftsubset.
"""
import bz2
import sys

cps = set()


def span(lo, hi):
    cps.update(range(lo, hi + 1))


def codec_rows(codec, first, last):
    """Add every character of rows first..last (1-based) of a 94x94 set."""
    for row in range(first, last + 1):
        for cell in range(1, 95):
            try:
                ch = bytes([0xA0 + row, 0xA0 + cell]).decode(codec)
            except UnicodeDecodeError:
                continue
            cps.update(ord(c) for c in ch)


span(0x20, 0x7E)      # ASCII
span(0xA0, 0xFF)      # Latin-1 supplement
span(0x2000, 0x206F)  # general punctuation
span(0x3000, 0x303F)  # CJK symbols and punctuation
span(0x3040, 0x30FF)  # Hiragana, Katakana
span(0x31F0, 0x31FF)  # Katakana phonetic extensions
span(0xFF00, 0xFFEF)  # half-width and full-width forms
span(0x2460, 0x2473)  # circled numbers 1-20
span(0x2190, 0x2199)  # arrows
span(0x25A0, 0x25CF)  # squares, triangles, circles (the stand-in is U+25A1)
span(0x2605, 0x2606)  # stars
span(0x2713, 0x2718)  # check and ballot marks
for c in "°×÷±≥≤≠≈∶·•…—–‰№℃％":
    cps.add(ord(c))

codec_rows("gb2312", 1, 87)   # GB 2312, all rows
codec_rows("euc_jp", 16, 47)  # JIS X 0208 level-1 kanji
codec_rows("euc_kr", 16, 40)  # KS X 1001 Hangul syllables

with bz2.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1] == "kTGH":
            cps.add(int(parts[0][2:], 16))

for cp in sorted(cps):
    print("U+%04X" % cp)
