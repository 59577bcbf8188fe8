"""Write src/civcat/rules/traditional.txt: every character OpenCC's t2s conversion changes on its own.

CV701 uses it only as a quick first look (a file without any of these characters is not mixed, and
OpenCC's dictionaries are not even loaded); whether a character is traditional in its phrase, and
what it becomes, is then decided by OpenCC itself. tests/rules/test_text.py checks that the file is
what this script writes with the installed OpenCC; run it again after upgrading OpenCC.

    python scripts/build_script_table.py
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "civcat" / "rules" / "traditional.txt"
# CJK Unified Ideographs and Extension A. The compatibility ideographs (U+F900…) are left out: OpenCC
# maps them to their unified forms whatever the script, and CV706's neighbours report them apart.
RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))


def traditional_characters() -> str:
    import opencc

    chars = [chr(code) for first, last in RANGES for code in range(first, last + 1)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    return "".join(c for c, s in zip(chars, converted, strict=True) if c != s)


def main() -> None:
    OUT.write_text(traditional_characters() + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(OUT.read_text(encoding='utf-8').strip())} characters)")


if __name__ == "__main__":
    main()
