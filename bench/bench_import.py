"""Benchmark of `civcat import charter`: the whole county's 296 Word charters imported in one run.

    python bench/bench_import.py                 # 3 runs, the median
    python bench/bench_import.py --repeat 1

Target (issue 12): 296 Word charters in under 20 s wall on the 2-core reference machine.
Not a test: timings depend on the machine. The Word documents are generated once into a scratch
folder from the bundled county's charters (made-up data, see scripts/generate_county.py): title,
第X章 headings, 第X条 articles, a points table where the charter has one, and closing lines with the
meeting, its date, the figures and the filing authority, as a village's own document would have
them. Each run is a fresh process (`python -m civcat import charter <folder>`) in a copy of the
county without its charters, as a bureau adopting civcat runs it: Python start, loading the
repository, reading and parsing every document, writing every YAML file, validating what was written.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 20.0
CN = "零一二三四五六七八九"
BODIES = {
    "villagers_meeting": "村民会议",
    "villagers_representatives": "村民代表会议",
    "residents_meeting": "居民会议",
    "residents_representatives": "居民代表会议",
}
UNITS = {"persons": "人", "households": "户", "representatives": "名代表"}


def cn(n: int) -> str:
    if n < 10:
        return CN[n]
    return ("" if n < 20 else CN[n // 10]) + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{int(year)}年{int(month)}月{int(day)}日"


def write_word(charter: dict, township: str, path: Path) -> None:
    """One charter as a village would keep it in Word."""
    import docx

    document = docx.Document()
    document.add_paragraph(charter["title"], style="Title")
    number = 0
    for c, chapter in enumerate(charter["chapters"], start=1):
        document.add_paragraph(f"第{cn(c)}章　{chapter['title']}", style="Heading 1")
        for article in chapter["articles"]:
            number += 1
            document.add_paragraph(f"第{cn(number)}条　{article['text']}")
    points = charter.get("points")
    if points:
        document.add_paragraph(points.get("title") or "积分管理办法")
        table = document.add_table(rows=len(points["items"]) + 1, cols=3)
        for col, header in enumerate(("序号", "积分项目", "分值")):
            table.cell(0, col).text = header
        for row, item in enumerate(points["items"], start=1):
            table.cell(row, 0).text = str(row)
            table.cell(row, 1).text = item["behaviour"]
            table.cell(row, 2).text = f"{item['points']:+d}"
        if points.get("redemption"):
            document.add_paragraph(points["redemption"])
    vote, procedure = charter.get("vote") or {}, charter.get("procedure") or {}
    if vote and procedure.get("voted"):
        unit = UNITS[vote["basis"]]
        women = f"，到会妇女{vote['women_present']}人" if vote.get("women_present") is not None else ""
        document.add_paragraph(
            f"本{charter['title'][-4:]}于{cn_date(str(procedure['voted']))}经{BODIES[vote['body']]}表决通过，"
            f"应到{vote['eligible']}{unit}，实到{vote['present']}{unit}，赞成{vote['in_favour']}{unit}{women}。"
        )
    if charter.get("filed_with"):
        document.add_paragraph(f"报{charter['filed_with']}备案。")
    document.save(path)


def generate(scratch: Path) -> tuple[Path, Path]:
    """The Word documents (made once) and a county without charters to import them into."""
    from ruamel.yaml import YAML

    words = scratch / "word"
    county = scratch / "county"
    if not words.is_dir():
        yaml = YAML(typ="safe")
        names = {
            t["code"]: t["name"] for t in yaml.load((REPO / "catalogues/county.yaml").read_text("utf-8"))["townships"]
        }
        partial = scratch / "word.partial"
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        for path in sorted((REPO / "charters").glob("5*/*.yaml")):
            charter = yaml.load(path.read_text("utf-8"))
            township = names[path.parent.name]
            write_word(charter, township, partial / f"{township}{charter['title']}.docx")
        partial.rename(words)
    shutil.rmtree(county, ignore_errors=True)
    shutil.copytree(REPO / "catalogues", county / "catalogues")
    shutil.copytree(REPO / "charters" / "model", county / "charters" / "model")
    return words, county


def run(words: Path, county: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds of one import in a fresh process, and the charters written."""
    shutil.rmtree(county / "charters", ignore_errors=True)
    shutil.copytree(REPO / "charters" / "model", county / "charters" / "model")
    shutil.rmtree(county / ".civcat_cache", ignore_errors=True)
    command = [sys.executable, "-m", "civcat", "import", "charter", str(words)]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=county, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    errors = process.stderr.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: the imported charters have findings
        sys.exit(f"civcat import charter failed: {errors.strip()[:800]}")
    written = len([p for p in (county / "charters").glob("5*/*.yaml")])
    return wall, usage.ru_utime + usage.ru_stime, written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scratch", type=Path, default=Path(tempfile.gettempdir()) / "civcat-bench-import")
    args = parser.parse_args()
    args.scratch.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    words, county = generate(args.scratch)
    documents = len(list(words.glob("*.docx")))
    print(f"{documents} Word charters in {words} ({time.perf_counter() - started:.1f} s to prepare)")
    results = [run(words, county) for _ in range(args.repeat)]
    for wall, cpu, written in results:
        print(f"  wall {wall:.2f} s, cpu {cpu:.2f} s, {written} charters written")
    median = statistics.median(r[0] for r in results)
    verdict = "met" if median < TARGET_SECONDS else "MISSED"
    print(
        f"median {median:.2f} s for {documents} documents (target < {TARGET_SECONDS:.0f} s: {verdict}); "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )


if __name__ == "__main__":
    main()
