#!/bin/sh
# subset.sh makes web/fonts/wqy-microhei-subset.ttf from Debian's
# WenQuanYi Micro Hei (face 0 of its .ttc). Run from the repository root:
#
#	sh tools/fonts/subset.sh
#
# Needs Debian's fonts-wqy-microhei, python3-fonttools and unicode-data.
# The output is committed, so a fresh checkout needs none of them.
set -eu

ttc=${TTC:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}
unihan=${UNIHAN:-/usr/share/unicode/Unihan_OtherMappings.txt.bz2}
out=${OUT:-web/fonts/wqy-microhei-subset.ttf}
py=${PYTHON:-/usr/bin/python3}

dir=$(dirname "$0")
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

"$py" "$dir/charset.py" "$unihan" >"$tmp"
"$py" -m fontTools.subset "$ttc" \
	--font-number=0 \
	--unicodes-file="$tmp" \
	--output-file="$out" \
	--layout-features='' \
	--no-hinting \
	--name-IDs='*' \
	--name-languages='*' \
	--notdef-outline \
	--drop-tables+=GSUB,GPOS,GDEF,vhea,vmtx,gasp,FFTM \
	--recalc-bounds
echo "$out: $(wc -c <"$out") bytes, $(wc -l <"$tmp") code points asked"
