"""The review's reading list on a population of misses and on the clean pools (run by hand:
python bench/reading_list.py [--misses] [--clean] MISSES.yaml ... [--pool NAME=FILE,FILE ...]
[--real NAME=FILE,FILE ...]).

`consequences_to_read` (rules/clauses/to_read.py) points a reviewer at the consequence clauses the analyser
could not judge. Two questions, two readings:

- For each file of misses given (unlawful articles the analyser missed when their sets were blind, each with
  `silent: true` when it had no finding at all), is the article listed with ``found=[]`` — had the rules
  missed it, would a reviewer be pointed to it? Counted over all, and over the silent ones.
- For every clean article of the pools (bench/data/clause_eval*.yaml; the held-out sets opened so far; any
  `--pool NAME=FILE,...` given, e.g. a real audit kept outside the repository), the normal reading: found =
  the analyser's measures, and listed only where the analyser is silent (as bench_clauses.py counts it).
  Reported as listed / clean-and-silent per pool and over all pools; the pools given by `--real` (real
  charters, where the list's false prompts cost a reviewer most) are also summed on a line of their own.

The held-out sets still blind (BLIND below) are never read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
HELDOUT = DATA / "heldout"
# held-out sets nobody may read yet: never loaded here
BLIND = {"clause_eval_heldout_cb.yaml", "clause_eval_heldout_cc.yaml"}


def _articles(path: Path) -> list[dict]:
    from ruamel.yaml import YAML

    return list(YAML(typ="safe").load(path.read_text(encoding="utf-8"))["articles"])


def default_pools() -> dict[str, list[Path]]:
    return {
        "tuning sets": sorted(DATA.glob("clause_eval*.yaml")),
        "held-out (opened)": [p for p in sorted(HELDOUT.glob("clause_eval_heldout_*.yaml")) if p.name not in BLIND],
    }


def misses(paths: list[Path], show: bool) -> None:
    from civcat.rules.clauses import consequences_to_read

    for path in paths:
        listed = silent = silent_listed = 0
        arts = _articles(path)
        for item in arts:
            text = item["text"]
            spans = consequences_to_read(text, found=[])
            listed += bool(spans)
            silent += bool(item.get("silent"))
            silent_listed += bool(spans) and bool(item.get("silent"))
            if show:
                mark = "+" if spans else "-"
                quoted = "; ".join(f"“{text[a:b]}”" for a, b in spans)
                print(f"  {mark} {item.get('id', '?')} {'silent' if item.get('silent') else 'partial'}: {quoted}")
        print(
            f"{path.name}: {listed} of {len(arts)} misses listed; silent {silent_listed} of {silent}"
            f" ({silent_listed / max(silent, 1):.1%})"
        )


def clean(pools: dict[str, list[Path]], show: bool, real: frozenset[str] = frozenset()) -> None:
    from civcat.rules.clauses import consequences_to_read, unlawful_measures

    total = total_listed = real_n = real_listed = 0
    for name, paths in pools.items():
        n = listed = 0
        for path in paths:
            if path.name in BLIND:
                continue
            for item in _articles(path):
                if item["codes"]:
                    continue
                text = item["text"]
                found = unlawful_measures(text)
                if found:
                    continue
                spans = consequences_to_read(text, found=found)
                n += 1
                listed += bool(spans)
                if spans and show:
                    quoted = "; ".join(f"“{text[a:b]}”" for a, b in spans)
                    print(f"  {path.name} {item.get('id', '')}: {quoted}")
        total += n
        total_listed += listed
        if name in real:
            real_n += n
            real_listed += listed
        print(f"{name}: {listed} of {n} clean-and-silent articles listed ({listed / max(n, 1):.1%})")
    if real:
        print(
            f"real pools: {real_listed} of {real_n} clean-and-silent articles listed ({real_listed / max(real_n, 1):.1%})"
        )
    print(f"all pools: {total_listed} of {total} clean-and-silent articles listed ({total_listed / max(total, 1):.1%})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="files of misses (unlawful articles, `silent` marked)")
    parser.add_argument("--pool", action="append", default=[], help="NAME=FILE,FILE: another clean pool")
    parser.add_argument("--real", action="append", default=[], help="NAME=FILE,FILE: a clean pool of real text")
    parser.add_argument("--misses", action="store_true", help="print each miss, listed (+) or not (-)")
    parser.add_argument("--clean", action="store_true", help="print each clean article listed")
    args = parser.parse_args(argv)
    misses(args.files, args.misses)
    pools = default_pools()
    for spec in args.pool + args.real:
        name, _, files = spec.partition("=")
        pools[name] = [Path(f) for f in files.split(",") if f]
    clean(pools, args.clean, frozenset(spec.partition("=")[0] for spec in args.real))
    return 0


if __name__ == "__main__":
    sys.exit(main())
