"""Configuration (civcat.toml, [tool.civcat] in pyproject.toml, the command line) and inline suppression."""

from __future__ import annotations

import pytest
from conftest import VILLAGE, VILLAGE_CHARTER

from civcat.errors import UsageError

FINE = "不参加义务劳动的，罚款100元。"


@pytest.fixture
def fined(mini):
    """The mini county with one article that imposes a fine (CV601) and a committee without women (CV402)."""
    mini.replace(VILLAGE_CHARTER, "不乱倒乱扔。", f"不乱倒乱扔。\n      - text: {FINE}")
    mini.replace(VILLAGE, "women: 1", "women: 0")
    return mini


def codes(mini, **options) -> set[str]:
    return {f.code for f in mini.validate(**options).findings}


def test_defaults_report_both(fined):
    assert codes(fined) == {"CV601", "CV402"}


def test_civcat_toml_ignore(fined):
    fined.write("civcat.toml", 'ignore = ["CV402"]\n')
    assert codes(fined) == {"CV601"}


def test_pyproject_tool_civcat_select_prefix(fined):
    fined.write("pyproject.toml", '[project]\nname = "county"\n[tool.civcat]\nselect = ["CV6"]\n')
    assert codes(fined) == {"CV601"}


def test_civcat_toml_wins_over_pyproject(fined):
    fined.write("pyproject.toml", '[tool.civcat]\nignore = ["CV601"]\n')
    fined.write("civcat.toml", 'ignore = ["CV402"]\n')
    assert codes(fined) == {"CV601"}


def test_command_line_select_and_ignore(fined):
    assert codes(fined, select=["CV4"]) == {"CV402"}
    assert codes(fined, ignore=["CV601"]) == {"CV402"}


def test_off_by_default_rule_needs_its_own_code(fined):
    old = {"as_of": __import__("datetime").date(2031, 1, 1)}
    assert "CV510" not in codes(fined, **old)
    assert "CV510" not in codes(fined, select=["CV5"], **old)  # a prefix does not turn on an off rule
    assert "CV510" in codes(fined, extend_select=["CV510"], **old)


def test_rule_options_from_configuration(fined):
    import datetime as dt

    fined.write("civcat.toml", 'extend-select = ["CV510"]\n[rules.CV510]\nyears = 10\n')
    assert "CV510" not in codes(fined, as_of=dt.date(2029, 1, 1))
    fined.write("civcat.toml", '[tool.civcat]\nextend-select = ["CV510"]\n[tool.civcat.rules.CV510]\nyears = 3\n')
    assert "CV510" in codes(fined, as_of=dt.date(2025, 1, 1))


@pytest.mark.parametrize(
    "toml,words",
    [
        ('selct = ["CV601"]\n', "未知的配置项"),
        ("[rules.CV510]\nyear = 5\n", "没有选项 `year`"),
        ('[rules.CV510]\nyears = "5"\n', "应为 int"),
        ('ignore = ["CV9"]\n', "CV9"),
        ("[rules.CV999]\nx = 1\n", "CV999"),
    ],
)
def test_bad_configuration_is_a_usage_error(fined, toml, words):
    fined.write("civcat.toml", toml)
    with pytest.raises(UsageError, match=words.replace("(", r"\(")):
        fined.validate()


def test_ignore_comment_on_the_finding_line(fined):
    fined.replace(VILLAGE_CHARTER, f"text: {FINE}", f"text: {FINE}  # civcat: ignore[CV601]")
    assert codes(fined) == {"CV402"}


def test_ignore_comment_for_another_code_keeps_the_finding(fined):
    fined.replace(VILLAGE_CHARTER, f"text: {FINE}", f"text: {FINE}  # civcat: ignore[CV604]")
    assert "CV601" in codes(fined)


def test_ignore_comment_on_another_line_keeps_the_finding(fined):
    fined.replace(VILLAGE_CHARTER, "title: 环境卫生", "title: 环境卫生  # civcat: ignore[CV601]")
    assert "CV601" in codes(fined)


def test_ignore_file_comment(fined):
    fined.write(VILLAGE, "# civcat: ignore-file[CV402, CV999]\n" + fined.read(VILLAGE))
    assert codes(fined) == {"CV601"}


def test_as_of_moves_the_term_check(mini):
    import datetime as dt

    assert "CV403" not in codes(mini, as_of=dt.date(2031, 2, 28))
    assert "CV403" in codes(mini, as_of=dt.date(2031, 3, 2))


# --- the one configuration model (civcat.config.Config): rules and render read the same table ------


def test_one_model_reads_rules_and_render_settings(fined):
    from civcat.config import load_config
    from civcat.render.settings import render_settings

    fined.write(
        "civcat.toml",
        'ignore = ["cv601"]\n[render]\nbody-font = "Noto Serif CJK SC"\nfont-dirs = ["fonts"]\ntimeout = 30\n',
    )
    config = load_config(fined.root)
    assert config.ignore == ["CV601"] and config.source == "civcat.toml"
    assert config.render.body_font == "Noto Serif CJK SC" and config.render.timeout == 30.0
    assert render_settings(fined.root) == {
        "body-font": "Noto Serif CJK SC",
        "font-dirs": [fined.root / "fonts"],
        "timeout": 30.0,
    }


@pytest.mark.parametrize(
    "toml,words",
    [
        ('[render]\nbody_font = "x"\n', "未知的配置项 body_font"),  # kebab-case only, as TOML writes keys
        ('[render]\nsystem-fonts = "yes"\n', "system-fonts 的值类型不对（应为 bool）"),
        ("render = 5\n", "[render] 应为一个表"),
        ('select = "CV601"\n', "select 应为规则代码的列表"),
        ("[rules]\nCV510 = 5\n", "应为各规则的选项表"),
    ],
)
def test_the_model_refuses_unknown_keys_and_wrong_types_in_one_line(fined, toml, words):
    fined.write("civcat.toml", toml)
    with pytest.raises(UsageError, match=words.replace("(", r"\(").replace("[", r"\[")):
        fined.validate()
