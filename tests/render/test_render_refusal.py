"""What reaches a notice board (issue 12 item 4): a document whose file has errors is not rendered
unless --force, the findings named with file:line and code; a draft charter is marked as one.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pypdf
import pytest
from conftest import VILLAGE_CHARTER

from civcat.render import RenderFailed, RenderOptions, render_charters
from civcat.validate import load_repository, parse_documents

VILLAGE_PDF = "out/charters/500243112/500243112201-石门村村规民约.pdf"
COMMUNITY_PDF = "out/charters/500243001/500243001001-三合社区居民公约.pdf"
MARK = "草案（征求意见稿）"


def civcat(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civcat", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        timeout=120,
    )


def text_of(path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in pypdf.PdfReader(path).pages))


def miss_the_quorum(mini) -> int:
    """600 present of 1,000 → 100: fewer present than women present, and no quorum (errors)."""
    mini.replace(VILLAGE_CHARTER, "present: 600", "present: 100")
    return mini.line_of(VILLAGE_CHARTER, "women_present")


def test_a_charter_with_errors_is_not_rendered_and_its_findings_are_named(mini):
    line = miss_the_quorum(mini)
    run = civcat("render", "charter", "石门村", cwd=mini.root)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    assert f"charters/500243112/500243112201.yaml:{line}:" in run.stderr and "CV506" in run.stderr
    assert "--force" in run.stderr and "civcat validate charters/500243112/500243112201.yaml" in run.stderr
    assert not (mini.root / VILLAGE_PDF).exists()


def test_force_renders_it_anyway(mini):
    miss_the_quorum(mini)
    run = civcat("render", "charter", "石门村", "--force", cwd=mini.root)
    assert run.returncode == 0, run.stderr
    assert "石门村村规民约" in text_of(mini.root / VILLAGE_PDF)


def test_in_a_batch_the_others_are_still_rendered(mini, tmp_path):
    miss_the_quorum(mini)
    repository = load_repository(mini.root)
    parse_documents(repository)
    with pytest.raises(RenderFailed) as raised:
        render_charters(repository, None, RenderOptions(out_dir=tmp_path), everything=True)
    [failure] = raised.value.failures
    assert failure.code == "500243112201" and "CV506" in failure.message and "\n" not in failure.message
    assert [p.name for p in raised.value.written] == ["500243001001-三合社区居民公约.pdf"]
    assert "三合社区居民公约" in text_of(raised.value.written[0])


def test_a_clean_charter_is_rendered_as_before(mini):
    run = civcat("render", "charter", "--all", cwd=mini.root)
    assert run.returncode == 0, run.stderr
    assert (mini.root / VILLAGE_PDF).is_file() and (mini.root / COMMUNITY_PDF).is_file()


@pytest.mark.parametrize("template", ["charter-poster", "charter-booklet"])
def test_a_draft_charter_carries_the_draft_mark(mini, tmp_path, template):
    repository = load_repository(mini.root)
    parse_documents(repository)
    [adopted] = render_charters(
        repository, ["500243112201"], RenderOptions(out_dir=tmp_path / "adopted", template=template)
    )
    assert MARK not in text_of(adopted)
    mini.replace(VILLAGE_CHARTER, "status: adopted", "status: draft")
    assert not [f for f in mini.findings() if f.severity == "error"]
    repository = load_repository(mini.root)
    parse_documents(repository)
    for paper in ("A4", "A3", "A2"):
        [draft] = render_charters(
            repository, ["500243112201"], RenderOptions(out_dir=tmp_path / paper, template=template, paper=paper)
        )
        text = text_of(draft)
        # On every page (the mark lies under the text), and beside the title.
        assert all(MARK in re.sub(r"\s+", "", page.extract_text()) for page in pypdf.PdfReader(draft).pages)
        assert text.count(MARK) >= 2 and "石门村村规民约" in text
