"""The English catalog: extract civcat's messages, merge them into civcat.po, compile civcat.mo, check.

    python scripts/i18n.py update              # new messages into en/…/civcat.po (untranslated), drop gone ones
    python scripts/i18n.py merge PART.po ...   # take translations from other .po files (parallel work)
    python scripts/i18n.py compile             # civcat.po → civcat.mo (commit both)
    python scripts/i18n.py check               # what tests/test_i18n.py checks; exit 1 listing problems
    python scripts/i18n.py missing [FILE ...]  # messages still without English, optionally only from FILEs
    python scripts/i18n.py fragment OUT.po FILE ...   # the messages of FILEs in their own catalog,
                                               # to translate apart from civcat.po (merge it after)
    python scripts/i18n.py check-fragment OUT.po FILE ...  # check such a catalog against its FILEs

Messages are Chinese strings in `_()`, `N_()` and `ngettext()` calls (see civcat/i18n.py), plus the
law titles and quoted articles of civcat/legal/parameters.yaml and citations.yaml, which messages
and rule pages cite, and the titles and summaries of citations.yaml's documents.
Needs Babel (in the test extras).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import string
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "civcat"
LOCALE = PACKAGE / "locale"
PO = LOCALE / "en" / "LC_MESSAGES" / "civcat.po"
MO = PO.with_suffix(".mo")
PARAMETERS = PACKAGE / "legal" / "parameters.yaml"
CITATIONS = PACKAGE / "legal" / "citations.yaml"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Where an English message may keep Chinese: a law's title in 《》 (the authoritative name, given
# beside its translation) and a quoted Chinese term in “” or 「」.
QUOTED = re.compile(r"《[^》]*》|“[^”]*”|「[^」]*」")


def _strings(node, key: str) -> list[str]:
    """Every string under `key` in `node`, in file order (lists of strings included)."""
    found: list[str] = []
    if isinstance(node, dict):
        for name, value in node.items():
            if name == key:
                found += [value] if isinstance(value, str) else [v for v in value if isinstance(v, str)]
            elif isinstance(value, (dict, list)):
                found += _strings(value, key)
    elif isinstance(node, list):
        for value in node:
            found += _strings(value, key)
    return found


def law_messages() -> list[tuple[str, str]]:
    """(message, where) for each law title and quoted text the citations hold."""
    sys.path.insert(0, str(ROOT / "src"))
    from ruamel.yaml import YAML

    from civcat.legal import Citation

    data = YAML(typ="safe", pure=True).load(PARAMETERS.read_text(encoding="utf-8"))
    where = "legal/parameters.yaml"
    out: list[tuple[str, str]] = []
    for text in _strings(data, "citation"):
        citation = Citation.model_validate(text)
        out += [(citation.law, where), (citation.quote, where)]
    out += [(mark, where) for mark in _strings(data, "carried_forward_mark")]
    # Figures' notes are shown to clerks; a set's own note is for maintainers.
    out += [(note, where) for s in data for note in _strings(s.get("parameters", {}), "note")]
    texts = YAML(typ="safe", pure=True).load(CITATIONS.read_text(encoding="utf-8"))
    where = "legal/citations.yaml"
    for text in _strings(texts, "citation"):
        citation = Citation.model_validate(text)
        out += [(citation.law, where), (citation.quote, where)]
    out += [(text, where) for key in ("document", "says") for text in _strings(texts, key)]
    return out


def _where(path: Path) -> str:
    """A source file as the catalog names it: relative to the package (other files: as given)."""
    return str(path.relative_to(PACKAGE)) if path.is_relative_to(PACKAGE) else str(path)


def extract(files: list[Path] | None = None) -> Catalog:
    """The messages of `files` (default: the whole package and the legal parameters)."""
    catalog = Catalog(project="civcat", domain="civcat", fuzzy=False)
    files = None if files is None else [p.resolve() for p in files]
    for path in sorted(p for p in (files if files is not None else PACKAGE.rglob("*.py")) if p.suffix == ".py"):
        where = _where(path)
        for lineno, message, comments, _context in extract_from_file("python", path, keywords=KEYWORDS):
            msgid = message if isinstance(message, str) else tuple(message)
            if msgid[0] if isinstance(msgid, tuple) else msgid:
                catalog.add(msgid, locations=[(where, lineno)], auto_comments=comments)
    if files is None or PARAMETERS in files or CITATIONS in files:
        for message, where in law_messages():
            catalog.add(message, locations=[(where, 0)])
    return catalog


def load_po(path: Path = PO) -> Catalog:
    if not path.exists():
        return Catalog(locale="en", project="civcat", domain="civcat")
    with path.open("rb") as handle:
        return read_po(handle, locale="en", domain="civcat")


HEADER = """\
# civcat's interface in English. The message ids are the Chinese source texts.
# Edit msgstr only; `python scripts/i18n.py update` adds and removes messages, `compile` builds civcat.mo.
#"""
# Fixed dates and no line numbers: the file changes only when a message does.
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def save_po(catalog: Catalog, path: Path = PO) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog.fuzzy = False
    catalog.header_comment = HEADER
    catalog.project, catalog.version = "civcat", ""
    catalog.creation_date = catalog.revision_date = FIXED_DATE
    catalog.last_translator = catalog.language_team = "civcat developers"
    buffer = io.BytesIO()
    write_po(
        buffer,
        catalog,
        width=0,
        omit_header=False,
        sort_output=False,
        ignore_obsolete=True,
        include_previous=False,
        include_lineno=False,
    )
    path.write_bytes(buffer.getvalue())


def mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def update() -> Catalog:
    catalog = load_po()
    template = extract()
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    catalog.obsolete.clear()
    save_po(catalog)
    return catalog


def merge(parts: list[Path]) -> int:
    catalog = load_po()
    taken = 0
    for part in parts:
        for message in load_po(part):
            if not message.id or not _translated(message.string):
                continue
            mine = catalog.get(message.id)
            if mine is not None and not _translated(mine.string):
                mine.string = message.string
                mine.flags.discard("fuzzy")
                taken += 1
    save_po(catalog)
    return taken


def compile_mo() -> None:
    MO.write_bytes(mo_bytes(load_po()))


def _translated(value) -> bool:
    return all(value) if isinstance(value, tuple) else bool(value)


def _fields(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as error:
        return {f"<malformed: {error}>"}


def fragment(out: Path, files: list[Path]) -> Catalog:
    """A catalog of `files`' messages alone, keeping what `out` and civcat.po already translate."""
    catalog = load_po(out)
    known = load_po()
    catalog.update(extract(files), no_fuzzy_matching=True, update_header_comment=False)
    catalog.obsolete.clear()
    for message in catalog:
        if message.id and not _translated(message.string):
            theirs = known.get(message.id)
            if theirs is not None and _translated(theirs.string):
                message.string = theirs.string
    save_po(catalog, out)
    return catalog


def problems(only: set[str] | None = None, po: Path = PO, files: list[Path] | None = None) -> list[str]:
    """Everything wrong with the catalog `po` for the messages of `files` (default: all);
    `only`: report untranslated messages of these files only."""
    found: list[str] = []
    template = extract(files)
    catalog = load_po(po)
    for message in template:
        if not message.id:
            continue
        where = f"{message.locations[0][0]}:{message.locations[0][1]}" if message.locations else "?"
        if only is not None and not any(loc in only for loc, _ in message.locations):
            continue
        mine = catalog.get(message.id)
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        if mine is None or not _translated(mine.string):
            found.append(f"{where}: no English for {ids[0]!r}")
            continue
        if mine.fuzzy:
            # Babel marks a guessed translation fuzzy, and a fuzzy one is left out of civcat.mo.
            found.append(f"{where}: the English of {ids[0]!r} is marked fuzzy; check it and remove the flag")
        strings = mine.string if isinstance(mine.string, tuple) else (mine.string,)
        for text in strings:
            if _fields(text) != _fields(ids[0]):
                found.append(
                    f"{where}: placeholders differ: {ids[0]!r} has {sorted(_fields(ids[0]))}, "
                    f"English {text!r} has {sorted(_fields(text))}"
                )
            if HAN.search(QUOTED.sub("", text)):
                found.append(f"{where}: Chinese left in the English {text!r} (allowed only inside 《》, “” or 「」)")
    if only is None and files is None:
        gone = {m.id for m in catalog if m.id} - {m.id for m in template if m.id}
        found += [f"civcat.po: {msgid!r} is no longer used (run update)" for msgid in sorted(map(str, gone))]
        if not MO.exists() or MO.read_bytes() != mo_bytes(catalog):
            found.append("civcat.mo is not compiled from the current civcat.po (run compile)")
    for path in sorted(files if files is not None else PACKAGE.rglob("*.py")):
        if path.suffix != ".py":
            continue
        path = path.resolve()
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"\b(?:_|N_)\(\s*f[\"']", text):
            line = text.count("\n", 0, match.start()) + 1
            found.append(
                f"{_where(path)}:{line}: an f-string inside _() cannot be translated; "
                "use named placeholders and .format()"
            )
    return found


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "update":
        catalog = update()
        missing = sum(1 for m in catalog if m.id and not _translated(m.string))
        print(f"{PO.relative_to(ROOT)}: {len(catalog)} messages, {missing} without English")
    elif command == "merge":
        print(f"took {merge([Path(p) for p in rest])} translations")
    elif command == "compile":
        compile_mo()
        print(f"wrote {MO.relative_to(ROOT)}")
    elif command in ("fragment", "check-fragment"):
        out, files = Path(rest[0]), [Path(p) for p in rest[1:]]
        if command == "fragment":
            catalog = fragment(out, files)
            missing = sum(1 for m in catalog if m.id and not _translated(m.string))
            print(f"{out}: {len(catalog)} messages, {missing} without English")
            return 0
        found = problems(po=out, files=files)
        print("\n".join(found) or "fragment complete")
        return 1 if found else 0
    elif command in ("check", "missing"):
        only = {_where(Path(p).resolve()) for p in rest} if rest else None
        found = problems(only)
        if command == "missing":
            found = [line for line in found if "no English" in line]
        print("\n".join(found) or "catalog complete")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
