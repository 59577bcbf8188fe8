"""Property tests (issue 7): generated valid repositories, and random damage to real files.

- Strategies build community and charter files from the models' fields (codes under the mini
  county's townships, legal committee sizes, ordered procedure dates, votes that pass), written as
  YAML by ruamel as a clerk's editor or `civcat fmt` would.
- Properties: what ruamel writes, civcat reads back unchanged; a generated repository validates
  without errors; validate is deterministic and does not depend on the order it reads files in;
  random byte and line damage to bundled files never makes `validate()` raise; `load_bytes` never
  raises on any bytes.

The whole module stays under ~30 s: examples are few and bounded, repositories small.
Note for `civcat fmt`: its round-trip properties (meaning and comments kept) belong here too, on
the same strategies (`repositories()`); they are left to the fmt author.
"""

from __future__ import annotations

import datetime as dt
import inspect
import io
import os
import random
import tempfile
import textwrap
from pathlib import Path
from unittest import mock

from conftest import MINI_COUNTY, MiniRepo
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

import civcat.validate as validate_module
from civcat.loader import load_bytes
from civcat.models import KIND_MODELS
from civcat.validate import validate

AS_OF = dt.date(2026, 11, 28)
BUNDLED = Path(__file__).resolve().parents[1]
# CI runs the same few examples every time (derandomized, no example database written);
# CIVCAT_PROPERTY_SCALE=50 runs fifty times as many fresh random ones, for a longer hunt.
SCALE = int(os.environ.get("CIVCAT_PROPERTY_SCALE", "1"))


def examples(count: int) -> settings:
    return settings(
        max_examples=count * SCALE,
        derandomize=SCALE == 1,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


# The validate() options that keep a property test in-process and independent of earlier runs.
_OPTIONS = {k: v for k, v in {"use_cache": False, "jobs": 1}.items() if k in inspect.signature(validate).parameters}


def run(root: Path) -> list[tuple]:
    result = validate([], cwd=root, as_of=AS_OF, **_OPTIONS)
    return [(f.path, f.line, f.column, f.code, f.severity.value, f.message) for f in result.findings]


# ---------------------------------------------------------------------------------------------
# Strategies from the models

# Harmless Chinese text: characters that form no unlawful clause, no traditional form, no numbering.
_HAN = "村民社区邻里和睦互助团结文明新风环境卫生公共设施爱护绿化道路清洁节约用水用电勤俭孝老爱亲诚信友善"
TOWNSHIPS = {"500243112": ("town", "长生镇人民政府"), "500243001": ("street", "汉葭街道办事处")}

han = st.text(alphabet=_HAN, min_size=2, max_size=24)
# Texts a YAML writer must quote to keep them text: they look like numbers, booleans, nulls, dates.
tricky = st.sampled_from(
    [
        "yes",
        "no",
        "on",
        "off",
        "null",
        "~",
        "true",
        "False",
        "1e3",
        "0o17",
        "0x1F",
        "012",
        ".inf",
        "-.inf",
        ".nan",
        "1_000",
        "2021-02-30",
        "2021-08-15",
        "+1",
        "3.",
        "#",
        "- x",
        "a: b",
        "'",
        '"',
        "*a",
        "&a",
        "!tag",
        "%x",
        "@x",
        "`x",
        "? x",
        "[x]",
        "{x}",
        "|",
        ">",
        "---",
        "...",
        " x",
        "x ",
        "石门村: 一组",
        "第一条",
        "\t",
        "\\",
        "𠀀",
    ]
)
plain_text = st.one_of(
    han, tricky, st.text(min_size=1, max_size=12).filter(lambda s: s.isprintable() and s.strip() == s and s)
)
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2026, 11, 1))


@st.composite
def chapters(draw):
    """1–3 chapters of 1–3 articles; no article twice in a charter (that is CV705)."""
    sizes = draw(st.lists(st.integers(1, 3), min_size=1, max_size=3))
    texts = iter(draw(st.lists(han, min_size=sum(sizes), max_size=sum(sizes), unique=True)))
    return [{"title": draw(han), "articles": [{"text": next(texts)} for _ in range(size)]} for size in sizes]


@st.composite
def community(draw, township: str, number: int):
    kind = "village" if TOWNSHIPS[township][0] == "town" and draw(st.booleans()) else "community"
    code = township + (f"{200 + number:03d}" if kind == "village" else f"{1 + number:03d}")
    name = draw(han) + ("村" if kind == "village" else "社区")
    low, high = (3, 7) if kind == "village" else (5, 9)
    members = draw(st.integers(low, high))
    data = {"civcat": 1, "kind": "community", "code": code, "name": name, "type": kind}
    if draw(st.booleans()):
        data["urban_rural"] = draw(st.sampled_from(["111", "112", "121", "122", "123", "210", "220"]))
    data["committee"] = {
        "elected": draw(st.dates(min_value=AS_OF.replace(year=AS_OF.year - 4), max_value=AS_OF)).isoformat(),
        "members": members,
        "women": draw(st.integers(1, members)),
    }
    data["consultation"] = {"platforms": draw(st.lists(plain_text, min_size=1, max_size=3))}
    if draw(st.booleans()):
        data["triage"] = {
            "local": [
                {
                    "id": f"XS-L{i + 1:02d}",
                    "tier": "minor",
                    "title": f"本地{draw(han)}{number}{i}",
                    "forms": draw(st.lists(plain_text, min_size=1, max_size=2)),
                }
                for i in range(draw(st.integers(1, 2)))
            ]
        }
    return data


@st.composite
def charter(draw, data: dict):
    village = data["type"] == "village"
    steps = sorted(draw(st.lists(dates, min_size=6, max_size=6)))
    eligible = draw(st.integers(20, 3000))
    present = draw(st.integers(eligible // 2 + 1, eligible))
    if not village:
        present = max(present, eligible // 2 + 1)
    in_favour = draw(st.integers(present // 2 + 1, present))
    charter = {
        "civcat": 1,
        "kind": "charter",
        "community": data["code"],
        "type": "village_rules" if village else "residents_convention",
        "title": data["name"] + ("村规民约" if village else "居民公约"),
        "revision": draw(st.integers(1, 5)),
        "procedure": dict(
            zip(
                ("solicited", "drafted", "reviewed", "voted", "filed", "published"),
                (d.isoformat() for d in steps),
                strict=True,
            )
        ),
        "vote": {
            "body": "villagers_meeting" if village else "residents_meeting",
            "basis": "persons",
            "eligible": eligible,
            "present": present,
            "in_favour": in_favour,
            "women_present": draw(st.integers(1, present)),
        },
        "filed_with": TOWNSHIPS[data["code"][:9]][1],
        "chapters": draw(chapters()),
    }
    if draw(st.booleans()):
        charter["points"] = {
            "title": draw(han),
            "items": [{"behaviour": draw(han), "points": draw(st.integers(-5, 5))}],
        }
    return charter


@st.composite
def repositories(draw):
    """A repository: the mini county's references and models, and 1–4 communities with their charters."""
    files = {}
    count = draw(st.integers(1, 4))
    for number in range(count):
        township = draw(st.sampled_from(sorted(TOWNSHIPS)))
        data = draw(community(township, number))
        files[f"catalogues/communities/{township}/{data['code']}.yaml"] = data
        files[f"charters/{township}/{data['code']}.yaml"] = draw(charter(data))
    return files


def dump(data: dict) -> str:
    yaml = YAML()  # round-trip, YAML 1.2: what `civcat fmt` and most editors' plug-ins write
    yaml.allow_unicode = True
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


def write_repository(root: Path, files: dict[str, dict]) -> None:
    repo = MiniRepo(root)
    for rel in [r for r in MINI_COUNTY if r.startswith(("catalogues/communities/", "charters/5"))]:
        repo.remove(rel)
    villages = sum(1 for rel, d in files.items() if d.get("kind") == "community" and d["type"] == "village")
    county = textwrap.dedent(MINI_COUNTY["catalogues/county.yaml"]).replace(
        "totals: {villages: 1, communities: 1}",
        f"totals: {{villages: {villages}, communities: {len(files) // 2 - villages}}}",
    )
    repo.write("catalogues/county.yaml", county)
    for rel, data in files.items():
        repo.write(rel, dump(data))


# ---------------------------------------------------------------------------------------------
# Properties of valid repositories


@examples(60)
@given(files=repositories())
def test_what_ruamel_writes_civcat_reads_back_unchanged(files):
    for rel, data in files.items():
        source = load_bytes(rel, dump(data).encode())
        assert source.problem is None, (rel, source.problem)
        assert source.data == data, dump(data)
        KIND_MODELS[data["kind"]].model_validate(source.data)  # and the model accepts it


@examples(40)
@given(files=repositories(), seed=st.integers(0, 2**32 - 1))
def test_generated_repository_is_clean_deterministic_and_order_independent(files, seed):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_repository(root, files)
        first = run(root)
        assert not [f for f in first if f[4] == "error"], first

        original = validate_module.data_files

        def shuffled(root_: Path) -> list[Path]:
            paths = original(root_)
            random.Random(seed).shuffle(paths)
            return paths

        with mock.patch.object(validate_module, "data_files", shuffled):
            second = run(root)
        assert second == first
        assert run(root) == first


# ---------------------------------------------------------------------------------------------
# Random damage never raises

_SAMPLES = [  # (a file of the bundled county, where it goes in the mini county)
    ("catalogues/communities/500243112/500243112201.yaml", "catalogues/communities/500243112/500243112201.yaml"),
    ("charters/500243112/500243112201.yaml", "charters/500243112/500243112201.yaml"),
    ("catalogues/reference/triage-township.yaml", "catalogues/reference/triage-township.yaml"),
    ("catalogues/reference/autonomy.yaml", "catalogues/reference/autonomy.yaml"),
    ("charters/model/village_rules.yaml", "charters/model/village_rules.yaml"),
    ("catalogues/county.yaml", "catalogues/county.yaml"),
]
_TOKENS = [
    b"\x00",
    b"\xff",
    b"\xef\xbb\xbf",
    b"\t",
    b"\r",
    b"\n",
    b"---\n",
    b"...\n",
    b"&a ",
    b"*a",
    b"*b ",
    b"!!python/object ",
    b"!x ",
    b"? ",
    b": ",
    b"- ",
    b"[",
    b"]",
    b"{",
    b"}",
    b",",
    b"'",
    b'"',
    b"\\u202e",
    b"\\x07",
    b"#",
    b"|\n",
    b">-\n",
    b"%YAML 1.2\n",
    b"1e400",
    b".nan",
    b"9" * 30,
    b"2021-02-30",
    b"null",
    b"~",
    "\u200b".encode(),
    "\u2028".encode(),
    "石门村".encode(),
    "石".encode()[:2],
    b" " * 70,
    b"[" * 80,
]


@st.composite
def damaged(draw):
    source, target = draw(st.sampled_from(_SAMPLES))
    raw = bytearray((BUNDLED / source).read_bytes())
    for _ in range(draw(st.integers(1, 6))):
        operation = draw(st.sampled_from(["flip", "insert", "delete", "token", "line", "truncate"]))
        at = draw(st.integers(0, max(len(raw) - 1, 0)))
        if operation == "flip" and raw:
            raw[at] = draw(st.integers(0, 255))
        elif operation == "insert":
            raw[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif operation == "delete":
            del raw[at : at + draw(st.integers(1, 40))]
        elif operation == "token":
            raw[at:at] = draw(st.sampled_from(_TOKENS))
        elif operation == "line":
            lines = bytes(raw).split(b"\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            choice = draw(st.sampled_from(["swap", "duplicate", "drop", "indent", "dedent"]))
            if choice == "swap":
                lines[i], lines[j] = lines[j], lines[i]
            elif choice == "duplicate":
                lines.insert(j, lines[i])
            elif choice == "drop":
                del lines[i]
            elif choice == "indent":
                lines[i] = b"  " + lines[i]
            else:
                lines[i] = lines[i].lstrip(b" ")
            raw = bytearray(b"\n".join(lines))
        elif operation == "truncate":
            del raw[at:]
    return target, bytes(raw)


@examples(120)
@given(damage=st.lists(damaged(), min_size=1, max_size=3))
def test_damaged_files_never_make_validate_raise(damage):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        repo = MiniRepo(root)
        for target, raw in damage:
            repo.write(target, raw)
        findings = run(root)  # must not raise
        for _path, line, column, code, _, message in findings:
            assert line >= 1 and column >= 1 and code.startswith("CV") and message


@examples(600)
@given(
    raw=st.one_of(
        st.binary(max_size=2000),
        st.lists(st.sampled_from(_TOKENS + [b"a", b"b", b"1", b" ", b"  ", b"kind", b"civcat"]), max_size=80).map(
            b"".join
        ),
    )
)
def test_load_bytes_never_raises(raw):
    source = load_bytes("catalogues/county.yaml", raw)
    if source.problem is None:
        assert source.text is not None
        if source.data is not None:
            source.positions.locate(("kind",))  # positions work on whatever loaded
    else:
        assert source.problem.line >= 1 and source.problem.column >= 1 and source.problem.message
