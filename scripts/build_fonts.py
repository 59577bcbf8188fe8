#!/usr/bin/env python3
"""Build the subset fonts bundled with civcat's renderer (src/civcat/render/fonts/).

Why subsets: the full Noto CJK collections are 20–60 MB each; civcat only needs the characters a
county's documents use. The subset covers GB 2312 (6763 hanzi and its symbols) plus Big5 level 1
(5401 common traditional hanzi), ASCII, Latin-1, CJK punctuation and full-width forms, so that
`pip install civcat` renders every ordinary document with nothing else installed. Characters
outside the set are caught by the glyph preflight (civcat.render.fonts), never printed as boxes.

Source: Debian's `fonts-noto-cjk` package (OFL 1.1), fetched with `apt-get download` into a
temporary folder and unpacked with `dpkg-deb -x`, so the build needs no root and installs nothing.

Output (committed, about 3 MB and 2.2 MB):
  CivcatNotoSerifSC-Regular.otf   from Noto Serif CJK SC Regular (body text)
  CivcatNotoSansSC-Bold.otf       from Noto Sans CJK SC Bold (titles)
  OFL.txt                         the licence, with the copyright notice

The families are renamed ("Civcat Noto Serif SC", "Civcat Noto Sans SC"): a modified version should
not pass for the original, and a distinct name keeps Typst from mixing the subset with a full Noto
CJK installed on the system. Outlines stay CFF (smaller than TrueType for CJK), hinting is dropped
(print and high-resolution rasterising do not use it), and of the language-specific forms (`locl`)
only the simplified Chinese ones are kept, so Japanese, Korean, Taiwan and Hong Kong variant glyphs
are not carried along (traditional characters keep the font's own default forms).

Usage: python scripts/build_fonts.py [--deb PATH] [--out DIR]
"""

from __future__ import annotations

import argparse
import glob
import subprocess
import sys
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

OUT = Path(__file__).resolve().parent.parent / "src" / "civcat" / "render" / "fonts"

#: (source collection in the package, face inside it, output file, new family name, style name)
FACES = (
    (
        "NotoSerifCJK-Regular.ttc",
        "Noto Serif CJK SC",
        "CivcatNotoSerifSC-Regular.otf",
        "Civcat Noto Serif SC",
        "Regular",
    ),
    ("NotoSansCJK-Bold.ttc", "Noto Sans CJK SC Bold", "CivcatNotoSansSC-Bold.otf", "Civcat Noto Sans SC", "Bold"),
)

#: Punctuation and symbols Chinese documents use that the codec ranges below might miss.
EXTRA_PUNCTUATION = "“”‘’…—–·•《》〈〉【】〔〕〖〗「」『』（）［］｛｝、。，；：？！·～‥〃々〇№℃°±×÷‰§†‡※→←↑↓√∶"


def gb2312_characters() -> set[str]:
    """Every character that encodes in GB 2312: rows 0xA1–0xF7, cells 0xA1–0xFE."""
    found = set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                found.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def big5_characters() -> set[str]:
    """Big5 symbols (0xA140–0xA3BF) and level 1 hanzi (0xA440–0xC67E, the 5401 常用字)."""
    found = set()
    for lead in range(0xA1, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            code = (lead << 8) | trail
            if code > 0xC67E:
                continue
            try:
                found.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                continue
    return found


def character_set() -> set[str]:
    chars = gb2312_characters() | big5_characters()
    chars |= {chr(c) for c in range(0x20, 0x7F)}  # ASCII
    chars |= {chr(c) for c in range(0xA0, 0x100)}  # Latin-1: no-break space, ×, ÷, accented names
    chars |= {chr(c) for c in range(0x3000, 0x3040)}  # CJK symbols and punctuation
    chars |= {chr(c) for c in range(0xFF01, 0xFF5F)}  # full-width forms
    chars |= {chr(c) for c in range(0x2460, 0x2474)}  # ① … ⑳, used in numbered lists
    chars |= set(EXTRA_PUNCTUATION)
    return chars


def fetch_package(workdir: Path) -> Path:
    """Download fonts-noto-cjk with apt-get (no root needed) and unpack it; the folder with its fonts."""
    subprocess.run(["apt-get", "download", "fonts-noto-cjk"], cwd=workdir, check=True)
    debs = sorted(glob.glob(str(workdir / "fonts-noto-cjk_*.deb")))
    if not debs:
        sys.exit("apt-get download fonts-noto-cjk produced no .deb")
    return unpack(Path(debs[-1]), workdir)


def unpack(deb: Path, workdir: Path) -> Path:
    target = workdir / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(target)], check=True)
    return target / "usr" / "share" / "fonts" / "opentype" / "noto"


def face_from_collection(path: Path, full_name: str):
    """The face of a .ttc collection whose full name (name ID 4) is `full_name`."""
    # recalcTimestamp=False keeps the source's head.modified date: the build is reproducible.
    for font in TTCollection(str(path), recalcTimestamp=False).fonts:
        if font["name"].getDebugName(4) == full_name:
            return font
    sys.exit(f"{path.name}: no face named {full_name!r}")


def rename(font, family: str, style: str) -> None:
    """Give the subset its own family, so it never passes for (or mixes with) the full Noto CJK."""
    postscript = f"{family.replace(' ', '')}-{style}"
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 2, 3, 4, 6, 16, 17):
            names.removeNames(nameID=record.nameID)
    for name_id, value in (
        (1, family),
        (2, style),
        (3, f"{postscript};civcat subset"),
        (4, f"{family} {style}".replace(" Regular", "")),
        (6, postscript),
    ):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)
    # CFF carries its own copy of the names.
    cff = font["CFF "].cff
    cff.fontNames = [postscript]
    top = cff.topDictIndex[0]
    top.FullName = f"{family} {style}"
    top.FamilyName = family


def build(source_dir: Path, out: Path) -> None:
    chars = character_set()
    out.mkdir(parents=True, exist_ok=True)
    for collection, face, filename, family, style in FACES:
        font = face_from_collection(source_dir / collection, face)
        options = subset.Options()
        options.hinting = False  # CFF hints: dropped (print does not use them)
        options.desubroutinize = False  # keep subroutines: smaller CFF
        options.notdef_glyph = True  # keep .notdef (Typst and PDF viewers need glyph 0)
        options.notdef_outline = True
        options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 13, 14]
        options.name_languages = [0x409, 0]
        # Horizontal text only (no `vert`), and of the language systems only the default and simplified
        # Chinese: the JAN, KOR, ZHT and ZHH `locl` forms would add some 4000 variant glyphs (+1.3 MB).
        options.layout_features = ["ccmp", "locl", "kern", "liga", "calt"]
        options.layout_scripts = ["DFLT.dflt", "hani.dflt", "hani.ZHS", "latn.dflt", "latn.ZHS"]
        options.drop_tables += ["DSIG", "VORG"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(c) for c in chars])
        subsetter.subset(font)
        rename(font, family, style)
        target = out / filename
        font.save(str(target))
        covered = len(set(font.getBestCmap()) & {ord(c) for c in chars})
        print(f"{filename}: {target.stat().st_size / 1e6:.2f} MB, {covered} of {len(chars)} characters")
    write_licence(out)


def write_licence(out: Path) -> None:
    (out / "OFL.txt").write_text(OFL_TEXT, encoding="utf-8")


OFL_TEXT = """\
CivcatNotoSerifSC-Regular.otf and CivcatNotoSansSC-Bold.otf are subsets of Noto Serif CJK SC
Regular and Noto Sans CJK SC Bold (version 2.001), taken from Debian's fonts-noto-cjk package and
made by civcat's scripts/build_fonts.py (characters of GB 2312 and Big5 level 1 only, hinting
removed, families renamed). They remain under the SIL Open Font License 1.1, below.

Copyright 2014-2022 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.
Noto is a trademark of Google Inc.

-----------------------------------------------------------
SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007
-----------------------------------------------------------

PREAMBLE
The goals of the Open Font License (OFL) are to stimulate worldwide
development of collaborative font projects, to support the font creation
efforts of academic and linguistic communities, and to provide a free and
open framework in which fonts may be shared and improved in partnership
with others.

The OFL allows the licensed fonts to be used, studied, modified and
redistributed freely as long as they are not sold by themselves. The
fonts, including any derivative works, can be bundled, embedded,
redistributed and/or sold with any software provided that any reserved
names are not used by derivative works. The fonts and derivatives,
however, cannot be released under any other type of license. The
requirement for fonts to remain under this license does not apply
to any document created using the fonts or their derivatives.

DEFINITIONS
"Font Software" refers to the set of files released by the Copyright
Holder(s) under this license and clearly marked as such. This may
include source files, build scripts and documentation.

"Reserved Font Name" refers to any names specified as such after the
copyright statement(s).

"Original Version" refers to the collection of Font Software components as
distributed by the Copyright Holder(s).

"Modified Version" refers to any derivative made by adding to, deleting,
or substituting -- in part or in whole -- any of the components of the
Original Version, by changing formats or by porting the Font Software to a
new environment.

"Author" refers to any designer, engineer, programmer, technical
writer or other person who contributed to the Font Software.

PERMISSION & CONDITIONS
Permission is hereby granted, free of charge, to any person obtaining
a copy of the Font Software, to use, study, copy, merge, embed, modify,
redistribute, and sell modified and unmodified copies of the Font
Software, subject to the following conditions:

1) Neither the Font Software nor any of its individual components,
in Original or Modified Versions, may be sold by itself.

2) Original or Modified Versions of the Font Software may be bundled,
redistributed and/or sold with any software, provided that each copy
contains the above copyright notice and this license. These can be
included either as stand-alone text files, human-readable headers or
in the appropriate machine-readable metadata fields within text or
binary files as long as those fields can be easily viewed by the user.

3) No Modified Version of the Font Software may use the Reserved Font
Name(s) unless explicit written permission is granted by the corresponding
Copyright Holder. This restriction only applies to the primary font name as
presented to the users.

4) The name(s) of the Copyright Holder(s) or the Author(s) of the Font
Software shall not be used to promote, endorse or advertise any
Modified Version, except to acknowledge the contribution(s) of the
Copyright Holder(s) and the Author(s) or with their explicit written
permission.

5) The Font Software, modified or unmodified, in part or in whole,
must be distributed entirely under this license, and must not be
distributed under any other license. The requirement for fonts to
remain under this license does not apply to any document created
using the Font Software.

TERMINATION
This license becomes null and void if any of the above conditions are
not met.

DISCLAIMER
THE FONT SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO ANY WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT
OF COPYRIGHT, PATENT, TRADEMARK, OR OTHER RIGHT. IN NO EVENT SHALL THE
COPYRIGHT HOLDER BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
INCLUDING ANY GENERAL, SPECIAL, INDIRECT, INCIDENTAL, OR CONSEQUENTIAL
DAMAGES, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
FROM, OUT OF THE USE OR INABILITY TO USE THE FONT SOFTWARE OR FROM
OTHER DEALINGS IN THE FONT SOFTWARE.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deb", type=Path, help="use this fonts-noto-cjk .deb instead of downloading it")
    parser.add_argument("--out", type=Path, default=OUT, help=f"output folder (default {OUT})")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="civcat-fonts-") as temp:
        workdir = Path(temp)
        source_dir = unpack(args.deb.resolve(), workdir) if args.deb else fetch_package(workdir)
        build(source_dir, args.out)


if __name__ == "__main__":
    main()
