"""Templates: repository overrides, and what a template may not do (network, files, sandbox)."""

from __future__ import annotations

import re

import pypdf
import pytest

from civcat.errors import UsageError
from civcat.render import RenderFailed, RenderOptions, render_charters
from civcat.render.templates import BUILTIN_DIR, available_templates
from civcat.validate import load_repository, parse_documents

CODE = "500243112201"


def render(mini, tmp_path, **options):
    repository = load_repository(mini.root)
    parse_documents(repository)
    return render_charters(repository, [CODE], RenderOptions(out_dir=tmp_path / "out", **options))


def text_of(path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in pypdf.PdfReader(path).pages))


def write_template(mini, name: str, body: str) -> None:
    mini.write(
        f"templates/{name}.typ.j2",
        '{#- civcat: kind=charter paper=A4 -#}\n#set text(font: {{ fonts.body|typst_string }}, lang: "zh")\n' + body,
    )


def test_builtin_templates_are_declared():
    templates = available_templates(None)
    assert {"charter-poster", "charter-booklet", "catalogue-poster"} <= set(templates)
    assert templates["charter-poster"].paper == "A3" and templates["charter-poster"].kind == "charter"
    assert templates["catalogue-poster"].kind == "catalogue"
    assert all(t.builtin and t.path.parent == BUILTIN_DIR for t in templates.values())


def test_repository_template_overrides_the_builtin_one(mini, tmp_path):
    write_template(mini, "charter-poster", "本地模板：{{ charter.title }}，共{{ charter.article_count }}条。\n")
    [path] = render(mini, tmp_path)
    assert path.name == "500243112201-石门村村规民约.pdf"  # same name: it is the default template now
    assert text_of(path) == "本地模板：石门村村规民约，共2条。"
    assert round(float(pypdf.PdfReader(path).pages[0].mediabox.width)) == 595  # the override's own A4


def test_override_can_extend_the_builtin_template(mini, tmp_path):
    mini.write(
        "templates/charter-poster.typ.j2",
        "{#- civcat: kind=charter paper=A3 -#}\n"
        '{% include "builtin/charter-poster.typ.j2" %}\n#place(top + left)[加印：仅供张贴]\n',
    )
    text = text_of(render(mini, tmp_path)[0])
    assert "石门村村规民约" in text and "加印：仅供张贴" in text


def test_template_importing_a_package_is_refused_before_compiling(mini, tmp_path):
    write_template(mini, "with-package", '#import "@preview/cetz:0.3.0": canvas\n{{ charter.title }}\n')
    with pytest.raises(UsageError) as raised:
        render(mini, tmp_path, template="with-package")
    message = str(raised.value)
    assert "with-package.typ.j2" in message and "第 3 行" in message and "@preview/cetz:0.3.0" in message
    assert "网络" in message


def test_template_reading_outside_its_root_is_refused(mini, tmp_path):
    (mini.root / "secret.txt").write_text("机密", encoding="utf-8")
    for path in ("/etc/passwd", "../secret.txt", "/secret.txt"):
        write_template(mini, "reader", f'#read("{path}")\n')
        with pytest.raises(RenderFailed) as raised:
            render(mini, tmp_path, template="reader")
        assert "模板只能读取" in raised.value.failures[0].message, raised.value.failures[0].message
    assert not list(tmp_path.rglob("*.pdf"))


def test_template_may_read_its_own_files(mini, tmp_path):
    mini.write("templates/with-notice/notice.txt", "张贴期间请勿撕毁")
    write_template(mini, "with-notice", '{{ charter.title }} #read("notice.txt")\n')
    assert "张贴期间请勿撕毁" in text_of(render(mini, tmp_path, template="with-notice")[0])


def test_sandbox_refuses_python_internals(mini, tmp_path):
    write_template(mini, "escape", "{{ charter.__class__.__mro__ }}\n")
    with pytest.raises(UsageError) as raised:
        render(mini, tmp_path, template="escape")
    assert "escape.typ.j2" in str(raised.value)
    write_template(mini, "escape2", "{{ ''.__class__.__subclasses__() }}\n")
    with pytest.raises(UsageError, match="沙盒|模板出错"):
        render(mini, tmp_path, template="escape2")


def test_template_mistakes_are_reported_at_their_line(mini, tmp_path):
    write_template(mini, "typo", "{{ charter.title }}\n{{ charter.titel }}\n")
    with pytest.raises(UsageError) as raised:
        render(mini, tmp_path, template="typo")
    assert "typo.typ.j2 第 4 行" in str(raised.value) and "titel" in str(raised.value)


def test_template_without_declaration_is_refused(mini, tmp_path):
    mini.write("templates/bare.typ.j2", "{{ charter.title }}\n")
    with pytest.raises(UsageError, match="第一行应声明用途"):
        render(mini, tmp_path, template="bare")
