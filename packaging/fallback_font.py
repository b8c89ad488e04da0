#!/usr/bin/env python3
"""Make the fallback fonts for rare characters: ``python packaging/fallback_font.py``.

Source: Debian's ``fonts-hanazono`` (GlyphWiki's HanaMin A and B, TrueType outlines, which
reportlab can embed). Licence: the Hanazono Font License (use, copy, modify, redistribute,
commercially or not), dual with the SIL OFL 1.1; we take it under the Hanazono Font License, so
the subset may keep its name. The texts are in ``resources/fonts/HANAZONO-LICENSE.txt``.

- ``HanaMinB.ttf`` is shipped as it is: CJK Extensions B–F and the rest of plane 2.
- ``HanaMinA-rare.ttf`` is HanaMin A cut down to the characters WenQuanYi Micro Hei lacks
  (Extension A, the compatibility ideographs, the few unified ideographs and symbols it misses)
  and HanaMin B does not have,
  without hinting: most of HanaMin A repeats what the main font already draws.

Needs fontTools (a packaging tool, not a dependency of the app) and the .deb's fonts, found in
``/usr/share/fonts/truetype/hanazono`` or given as ``--source DIR`` (``apt-get download
fonts-hanazono && dpkg-deb -x fonts-hanazono_*.deb x``).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "resources" / "fonts"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path("/usr/share/fonts/truetype/hanazono"))
    args = parser.parse_args()
    main_font = TTCollection(str(FONTS / "wqy-microhei.ttc")).fonts[0]
    covered = set(main_font.getBestCmap())
    covered |= set(TTFont(str(args.source / "HanaMinB.ttf"), lazy=True).getBestCmap())
    hana_a = TTFont(str(args.source / "HanaMinA.ttf"))
    wanted = sorted(set(hana_a.getBestCmap()) - covered)
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(hana_a)
    hana_a.save(str(FONTS / "HanaMinA-rare.ttf"))
    shutil.copyfile(args.source / "HanaMinB.ttf", FONTS / "HanaMinB.ttf")
    for name in ("HanaMinA-rare.ttf", "HanaMinB.ttf"):
        print(f"{name}: {(FONTS / name).stat().st_size / 1e6:.1f} MB")
    print(f"HanaMinA-rare: {len(wanted)} characters neither WenQuanYi nor HanaMin B has")


if __name__ == "__main__":
    main()
