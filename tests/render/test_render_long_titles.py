"""Long titles (issue 17 item 10): a poster's title shrinks to fit its line; it never fails.

A title wider than the page used to multiply a length by a length in the templates ("cannot
multiply length with length"): a charter title of 14 characters, a community name of about 10.
Each length below is rendered with every built-in template on every paper, and read back.
"""

from __future__ import annotations

import re

import pypdf
import pytest
from conftest import VILLAGE, VILLAGE_CHARTER

from civcat.render import PAPERS, RenderOptions, render_catalogues, render_charters
from civcat.validate import load_repository, parse_documents

CODE = "500243112201"
#: The lengths around each template's limit, and well beyond it.
LENGTHS = (2, 6, 10, 12, 13, 14, 15, 18, 24, 32, 40)
FILLER = "桐梓山坪塘青杠长生石门村民小组新农"


def title_of(length: int, ending: str) -> str:
    body = (FILLER * 3)[: length - len(ending)]
    return body + ending


def text_of(path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in pypdf.PdfReader(path).pages))


def page_size_mm(path) -> tuple[int, int]:
    box = pypdf.PdfReader(path).pages[0].mediabox
    return round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)


def loaded(mini):
    repository = load_repository(mini.root)
    parse_documents(repository)
    return repository


@pytest.mark.parametrize("template", ["charter-poster", "charter-booklet"])
def test_charter_titles_of_any_length_render_on_every_paper(mini, tmp_path, template):
    for length in LENGTHS:
        title = title_of(length, "村规民约") if length >= 6 else "规约"[:length]
        mini.replace(VILLAGE_CHARTER, "title: 石门村村规民约", f"title: {title}")
        repository = loaded(mini)
        for paper in PAPERS.values():
            out = tmp_path / f"{template}-{length}-{paper.name}"
            [path] = render_charters(
                repository, [CODE], RenderOptions(template=template, paper=paper.name, out_dir=out)
            )
            assert page_size_mm(path) == (paper.width_mm, paper.height_mm)
            assert title in text_of(path), (template, length, paper.name)
        mini.replace(VILLAGE_CHARTER, f"title: {title}", "title: 石门村村规民约")


def test_catalogue_headings_of_any_length_render_on_every_paper(mini, tmp_path):
    for length in LENGTHS:
        name = title_of(length, "村")
        mini.replace(VILLAGE, "name: 石门村", f"name: {name}")
        repository = loaded(mini)
        for paper in PAPERS.values():
            out = tmp_path / f"{length}-{paper.name}"
            [path] = render_catalogues(repository, [CODE], RenderOptions(paper=paper.name, out_dir=out))
            assert page_size_mm(path) == (paper.width_mm, paper.height_mm)
            assert f"{name}“三事分流”事项清单" in text_of(path), (length, paper.name)
        mini.replace(VILLAGE, f"name: {name}", "name: 石门村")
