"""The unlawful articles an analyser misses, written as an evaluation set (for the reading list's populations,
bench/reading_list.py; bench/briefs/reading-list.md):

    PYTHONPATH=CHECKOUT/src python scripts/dump_misses.py OUT.yaml SET.yaml...

CHECKOUT is a worktree at the commit the sets were blind at (`git worktree add --detach /tmp/at COMMIT`), so the
misses are the ones the rules had when nobody had tuned on them. Each article keeps its id, text and codes, and
`silent: true` when the analyser found nothing at all in it (the articles the reading list is for). Real text
stays where the sets are: write OUT outside the repository when a set is a real audit.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ruamel.yaml import YAML

from civcat.rules.clauses import unlawful_measures


def misses(path: Path) -> list[dict[str, object]]:
    articles = YAML(typ="safe").load(path.read_text(encoding="utf-8"))["articles"]
    out = []
    for number, article in enumerate(articles):
        codes = set(article["codes"])
        found = {m.code for m in unlawful_measures(article["text"])}
        if codes and not codes <= found:
            name = str(article.get("id", f"{path.stem}-{number}"))
            out.append({"id": name, "text": article["text"], "codes": sorted(codes), "silent": not found})
    return out


def main(out: str, sets: list[str]) -> None:
    found = [a for s in sets for a in misses(Path(s))]
    yaml = YAML()
    yaml.width = 10**6  # one article, one line: real texts keep their own breaks
    with open(out, "w", encoding="utf-8") as handle:
        yaml.dump({"civcat-eval": 1, "articles": found}, handle)
    print(f"{out}: {len(found)} misses, {sum(bool(a['silent']) for a in found)} silent")


if __name__ == "__main__":
    # argparse, so that `--help` prints this help instead of being taken for OUT (a file named --help was once
    # written and committed that way)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", metavar="OUT.yaml", help="where the misses are written")
    parser.add_argument("sets", metavar="SET.yaml", nargs="+", help="labelled evaluation sets")
    args = parser.parse_args()
    main(args.out, args.sets)
