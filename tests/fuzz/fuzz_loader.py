"""Fuzz civcat's loader: any bytes in, a SourceFile out; never an exception, never a hang (issue 7).

The target is `civcat.loader.load_bytes` (decode, YAML parse, limits, positions), followed by what
validate does next with the data (header and schema checks), so odd data reaching the models is
fuzzed too. Seeds are the bundled county's files, the mini county and the bad-input corpus.

With atheris (coverage-guided; Linux x86-64 wheels, `pip install atheris`):

    python tests/fuzz/fuzz_loader.py -max_total_time=600 -timeout=10 [corpus_folder]

Without atheris, or with --plain, the same file runs a plain random mutation fuzzer:

    python tests/fuzz/fuzz_loader.py --plain --seconds 600 [--seed N]

Either way a crash prints the exception and leaves the input in crash-<hash>.yaml (atheris: in
its own crash-* file); any single input taking more than 5 s counts as a hang.
"""

from __future__ import annotations

import hashlib
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parents[1]
HANG_SECONDS = 5.0
PATH = "charters/500243112/500243112201.yaml"  # where the fuzzed file claims to live (places the kind checks)

_TOKENS = [
    b"\x00",
    b"\xff",
    b"\xfe",
    b"\xef\xbb\xbf",
    b"\t",
    b"\r",
    b"\r\n",
    b"\n",
    b"---\n",
    b"...\n",
    b"&a ",
    b"*a",
    b"&b [",
    b"*b, *b, *b",
    b"!!python/object/apply:os.system ",
    b"!x ",
    b"!!str ",
    b"? ",
    b": ",
    b"- ",
    b"- - - ",
    b"[",
    b"]",
    b"{",
    b"}",
    b",",
    b"'",
    b'"',
    b"\\u202e",
    b"\\x07",
    b"\\0",
    b"#",
    b"|\n",
    b">-\n",
    b"%YAML 1.2\n",
    b"%TAG !e! tag:e,2000:\n",
    b"1e400",
    b".nan",
    b"-.inf",
    b"0x" + b"f" * 40,
    b"9" * 30,
    b"2021-02-30",
    b"null",
    b"~",
    b"true",
    b"yes",
    b"<<: *a\n",
    "\u200b".encode(),
    "\u2028".encode(),
    "\u0085".encode(),
    "\ufffe".encode(),
    "石门村".encode(),
    "石".encode()[:2],
    "石".encode("gbk"),
    b" " * 64,
    b"[" * 70,
    b"{a: " * 70,
    b"civcat: 1\n",
    b"kind: charter\n",
    b"kind: community\n",
    b'code: "500243112201"\n',
    b"chapters:\n  - title: x\n    articles:\n",
]


def check(data: bytes) -> None:
    """One input: load it as validate would, then check the answer holds together."""
    from civcat.loader import load_bytes
    from civcat.schema import check_header, expected_kinds, validate_model

    source = load_bytes(PATH, data)
    if source.problem is not None:
        problem = source.problem
        assert problem.code.startswith("CV") and problem.line >= 1 and problem.column >= 1 and problem.message, problem
        return
    assert source.text is not None
    kind, problems = check_header(source.data, expected_kinds(PATH))
    if kind is not None:
        model, problems = validate_model(kind, source.data, source.positions)
    for found in problems:
        line, column = source.positions.locate(found.at, key=found.key, needle=found.needle)
        assert line >= 1 and column >= 1, (found, line, column)


def seeds() -> list[bytes]:
    found = []
    for folder in (PROJECT / "catalogues", PROJECT / "charters", PROJECT / "tests" / "corpus"):
        for path in sorted(folder.rglob("*.y*ml")) if folder.is_dir() else []:
            if path.is_file() and path.name != "expected.yaml" and path.stat().st_size < 64 * 1024:
                found.append(path.read_bytes())
    sys.path.insert(0, str(PROJECT / "tests"))
    try:
        import textwrap

        from conftest import MINI_COUNTY

        found += [textwrap.dedent(text).encode() for text in MINI_COUNTY.values()]
    except Exception:  # noqa: BLE001 — seeds are a help, not a need
        pass
    return found or [b"civcat: 1\nkind: charter\n"]


def mutate(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    raw = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randint(0, len(raw))
        operation = rng.randrange(8)
        if operation == 0 and raw:
            raw[min(at, len(raw) - 1)] = rng.randrange(256)
        elif operation == 1:
            raw[at:at] = rng.randbytes(rng.randint(1, 8))
        elif operation == 2:
            del raw[at : at + rng.randint(1, 64)]
        elif operation in (3, 4):
            raw[at:at] = rng.choice(_TOKENS)
        elif operation == 5:  # splice a piece of another seed
            other = rng.choice(pool)
            start = rng.randint(0, len(other))
            raw[at:at] = other[start : start + rng.randint(1, 200)]
        elif operation == 6:  # repeat a piece (nesting, long lines, many values)
            piece = bytes(raw[at : at + rng.randint(1, 6)]) or b"["
            raw[at:at] = piece * rng.choice((2, 10, 100, 1000))
        else:
            lines = bytes(raw).split(b"\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            raw = bytearray(b"\n".join(lines))
    return bytes(raw)


def _keep(data: bytes, error: BaseException) -> Path:
    path = Path.cwd() / f"crash-{hashlib.sha256(data).hexdigest()[:16]}.yaml"
    path.write_bytes(data)
    print(f"{type(error).__name__}: {error}; input kept in {path}", file=sys.stderr)
    return path


def plain(seconds: float, seed: int | None = None, keep: bool = True) -> int:
    """Random mutations of the seeds for `seconds`; raises (after keeping the input) on a crash or hang."""
    rng = random.Random(seed)
    pool = seeds()
    runs = 0
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        data = mutate(rng.choice(pool), rng, pool)
        started = time.monotonic()
        try:
            check(data)
        except BaseException as error:
            if keep:
                _keep(data, error)
            raise
        took = time.monotonic() - started
        if took > HANG_SECONDS:
            error = TimeoutError(f"one input took {took:.1f} s")
            if keep:
                _keep(data, error)
            raise error
        runs += 1
        if runs % 8 == 0 and len(data) < 64 * 1024:
            pool.append(data)  # grow the pool with what was made, so damage compounds
    return runs


def main(argv: list[str]) -> None:
    if "--plain" not in argv:
        try:
            import atheris
        except ImportError:
            print(
                "atheris is not installed: running the plain random fuzzer (pip install atheris for coverage guidance)",
                file=sys.stderr,
            )
        else:
            with atheris.instrument_imports(include=["civcat"]):
                import civcat.loader  # noqa: F401
                import civcat.schema  # noqa: F401

            def test_one_input(data: bytes) -> None:
                started = time.monotonic()
                check(data)
                if time.monotonic() - started > HANG_SECONDS:
                    raise TimeoutError(f"one input took more than {HANG_SECONDS:.0f} s")

            if not [a for a in argv[1:] if not a.startswith("-")]:  # no corpus folder given: start from the seeds
                import tempfile

                folder = Path(tempfile.mkdtemp(prefix="civcat-fuzz-"))
                for number, data in enumerate(seeds()):
                    (folder / f"seed-{number}.yaml").write_bytes(data)
                argv = [*argv, str(folder)]
            atheris.Setup(argv, test_one_input)
            atheris.Fuzz()
            return
    seconds = float(argv[argv.index("--seconds") + 1]) if "--seconds" in argv else 60.0
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else None
    runs = plain(seconds, seed)
    print(f"{runs} inputs in {seconds:.0f} s, no crash, no hang")


if __name__ == "__main__":
    sys.path.insert(0, str(PROJECT / "src"))
    main(sys.argv)
