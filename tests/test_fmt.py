"""`civcat fmt`: one canonical layout, every comment kept, meaning never changed, files written atomically."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import COMMUNITY, MINI_COUNTY, VILLAGE, VILLAGE_CHARTER
from typer.testing import CliRunner

from civcat import formatting
from civcat.cli import app
from civcat.formatting import FormatError, format_text
from civcat.loader import parse

REPO = Path(__file__).resolve().parent.parent


def fmt(*args: str, cwd: Path):
    """Run `civcat fmt` in this process (so monkeypatching reaches it)."""
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(app, ["fmt", *args], catch_exceptions=False)
    finally:
        os.chdir(old)


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


# A community file as a clerk might write it by hand: four-space indentation, keys out of order, an
# unquoted code, a quoted date, and comments everywhere: at the top, at line ends, between items,
# inside lists, above keys that move, at the end.
HAND_WRITTEN = dedent("""
    # 长生镇 石门村 事项清单
    # 维护人：村委会文书

    civcat: 1
    kind: community          # 文件类型
    name: 石门村              # 名称写在代码前面
    code: 500243112201       # 代码没有加引号
    type: village
    urban_rural: 0220
    committee:
        # 2026 年换届
        members: 5           # 委员人数
        elected: "2026-03-01"
        women: 1
    triage:
      excluded:
      # 不适用的参考事项
      - {id: XS-02, reason: 本村无集体林地}    # 林地已流转
      # 山坪塘已填平
      - id: XS-03
        reason: 本村无山坪塘
      local:
        - title: 山坪塘日常维护
          tier: minor
          # 编号接在 XS-L 后面
          id: XS-L01
          forms:
            - 院坝会       # 每月一次
            # 冬季改为
            - 村民议事会
        # 下面是新增的第二项
        - {forms: [院坝会], title: 集体林管护, id: XS-L02, tier: minor}
    consultation:
      platforms: [村民议事会,   院坝会]   # 常设平台
    assigned_tasks:
      - {title: 协助开展最低生活保障对象入户调查, ref: XZ-01, department: 县民政局}
    # 文件到此结束
    """)

CANONICAL = dedent("""
    # 长生镇 石门村 事项清单
    # 维护人：村委会文书

    civcat: 1
    kind: community          # 文件类型
    code: "500243112201"     # 代码没有加引号
    name: 石门村              # 名称写在代码前面
    type: village
    urban_rural: "0220"
    committee:
      # 2026 年换届
      elected: 2026-03-01
      members: 5           # 委员人数
      women: 1
    triage:
      excluded:
        # 不适用的参考事项
        - {id: XS-02, reason: 本村无集体林地}    # 林地已流转
        # 山坪塘已填平
        - id: XS-03
          reason: 本村无山坪塘
      local:
        # 编号接在 XS-L 后面
        - id: XS-L01
          tier: minor
          title: 山坪塘日常维护
          forms:
            - 院坝会       # 每月一次
            # 冬季改为
            - 村民议事会
        # 下面是新增的第二项
        - {id: XS-L02, tier: minor, title: 集体林管护, forms: [院坝会]}
    consultation:
      platforms: [村民议事会, 院坝会]     # 常设平台
    assigned_tasks:
      - {title: 协助开展最低生活保障对象入户调查, ref: XZ-01, department: 县民政局}
    # 文件到此结束
    """)


def comments(text: str) -> list[str]:
    return sorted(line.split("#", 1)[1].strip() for line in text.splitlines() if "#" in line)


# --- the canonical layout ----------------------------------------------------------------------


def test_hand_written_file_gets_the_canonical_layout_with_every_comment():
    assert format_text(HAND_WRITTEN) == CANONICAL
    assert comments(CANONICAL) == comments(HAND_WRITTEN)


def test_fmt_is_idempotent():
    assert format_text(CANONICAL) == CANONICAL
    for rel, text in MINI_COUNTY.items():
        once = format_text(textwrap.dedent(text))
        assert format_text(once) == once, rel


def test_mini_county_is_canonical():
    for rel, text in MINI_COUNTY.items():
        assert format_text(textwrap.dedent(text)) == textwrap.dedent(text), rel


def test_meaning_is_unchanged_except_the_quoted_codes():
    before, _ = parse(HAND_WRITTEN)
    after, _ = parse(CANONICAL)
    before["code"], before["urban_rural"] = "500243112201", "0220"
    assert after == before


def test_unquoted_codes_are_quoted_with_the_token_as_written():
    text = dedent("""
        civcat: 1
        kind: county
        code: 0500243
        name: 彭水苗族土家族自治县
        townships:
          - {code: 500243001, name: 汉葭街道, type: street}
          - code: 5.00243112e8
            name: 长生镇
            type: town
        """)
    out = format_text(text)
    assert 'code: "0500243"' in out  # the leading zero a number would have lost
    assert '{code: "500243001", name: 汉葭街道, type: street}' in out
    assert 'code: "5.00243112e8"' in out  # what was written, never str(float)
    assert format_text(out) == out


def test_numbers_in_number_fields_and_unknown_fields_stay_numbers():
    text = dedent("""
        civcat: 1
        kind: community
        code: "500243112201"
        name: 石门村
        type: village
        committee:
          elected: 2026-03-01
          members: 5
        extra: 123
        """)
    out = format_text(text)
    assert "members: 5\n" in out and "extra: 123\n" in out


def test_codes_inside_text_lists_are_quoted():
    text = dedent("""
        civcat: 1
        kind: community
        code: "500243112201"
        name: 石门村
        type: village
        consultation:
          platforms: [院坝会, 2021]
        """)
    assert 'platforms: [院坝会, "2021"]' in format_text(text)


def test_dates_are_plain_iso_and_other_spellings_are_left_for_validate():
    text = dedent("""
        civcat: 1
        kind: triage-reference
        level: township
        title: 清单
        issued: '2021-09-30'
        items:
          - {id: SS-01, tier: private, title: 家庭房屋装修, route: market}
        """)
    assert "issued: 2021-09-30\n" in format_text(text)
    odd = text.replace("'2021-09-30'", "2021-9-30")
    assert "issued: 2021-9-30\n" in format_text(odd)
    text_field = text.replace("title: 清单", "title: '2021-09-30'")
    assert "title: '2021-09-30'" in format_text(text_field)  # a title, not a date: quotes stay


def test_triage_items_take_the_order_of_format_md():
    text = dedent("""
        civcat: 1
        kind: triage-reference
        level: township
        title: 清单
        items:
          - title: 城乡最低生活保障申请
            description: 说明
            basis: [《社会救助暂行办法》]
            handler: 乡镇人民政府社会事务办公室
            tier: major
            id: DS-01
        """)
    out = format_text(text)
    assert out.endswith(
        dedent("""
        items:
          - id: DS-01
            tier: major
            title: 城乡最低生活保障申请
            handler: 乡镇人民政府社会事务办公室
            basis: [《社会救助暂行办法》]
            description: 说明
        """)
    )


def test_a_mapping_with_an_unknown_key_keeps_its_order():
    text = dedent("""
        civcat: 1
        kind: community
        code: "500243112201"
        name: 石门村
        type: village
        committee:
          membrs: 5
          elected: 2026-03-01
        """)
    assert "  membrs: 5\n  elected: 2026-03-01\n" in format_text(text)


def test_header_comment_above_document_start_is_kept_and_bom_crlf_normalised():
    text = (
        "\ufeff# 头注释\r\n---\r\ncivcat: 1\r\nkind: charter-model\r\ntype: village_rules\r\ntitle: 示范\r\n"
        "chapters:\r\n- title: 总则\r\n  articles:\r\n  - text: 条文。  # 注\r\n"
    )
    assert format_text(text) == dedent("""
        # 头注释
        civcat: 1
        kind: charter-model
        type: village_rules
        title: 示范
        chapters:
          - title: 总则
            articles:
              - text: 条文。  # 注
        """)


def test_long_chinese_lines_and_block_text_are_untouched():
    article = "村民应当" + "爱护公共环境，垃圾分类投放，" * 20 + "不乱倒乱扔。"
    text = dedent(f"""
        civcat: 1
        kind: charter-model
        type: village_rules
        title: 示范
        chapters:
          - title: 总则
            articles:
              - text: {article}
              - text: |
                  第一行
                  第二行  # 不是注释
        """)
    assert format_text(text) == text


def test_flow_item_with_comment_before_block_item_stays_valid():
    # ruamel alone writes `- id: XS-03 reason: …` here (civcat's emitter fixes it)
    text = dedent("""
        civcat: 1
        kind: community
        code: "500243112201"
        name: 石门村
        type: village
        triage:
          excluded:
            # 第一项
            - {id: XS-02, reason: 本村无集体林地}   # 行尾
            - id: XS-03
              reason: 本村无山坪塘
        """)
    assert format_text(text) == text


def test_formatting_that_would_change_the_data_is_refused(monkeypatch):
    monkeypatch.setattr(formatting, "_dump_rt", lambda tree: "civcat: 1\nkind: community\n")
    with pytest.raises(FormatError, match="数据与原来不同"):
        format_text(CANONICAL)


def test_formatting_that_would_lose_a_comment_is_refused(monkeypatch):
    real = formatting._dump_rt
    monkeypatch.setattr(formatting, "_dump_rt", lambda tree: real(tree).replace("# 冬季改为\n", "\n"))
    with pytest.raises(FormatError, match="注释"):
        format_text(CANONICAL)


# --- the command ---------------------------------------------------------------------------------


def test_bundled_county_is_canonical():
    run = subprocess.run(
        [sys.executable, "-m", "civcat", "fmt", "--check"], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout == ""


def test_check_exit_codes_and_nothing_written(mini):
    assert fmt("--check", cwd=mini.root).exit_code == 0
    mini.replace(VILLAGE, 'code: "500243112201"', "code: 500243112201")
    before = mini.read(VILLAGE)
    run = fmt("--check", cwd=mini.root)
    assert run.exit_code == 1
    assert run.stdout.strip() == f"需要格式化：{VILLAGE}"
    assert mini.read(VILLAGE) == before


def test_diff_shows_a_unified_diff_and_writes_nothing(mini):
    mini.replace(VILLAGE, 'code: "500243112201"', "code: 500243112201")
    before = mini.read(VILLAGE)
    run = fmt("--diff", cwd=mini.root)
    assert run.exit_code == 1
    assert f"--- a/{VILLAGE}\n+++ b/{VILLAGE}\n" in run.stdout
    assert '-code: 500243112201\n+code: "500243112201"\n' in run.stdout
    assert mini.read(VILLAGE) == before


def test_fmt_writes_then_check_passes_and_validate_is_clean(mini):
    mini.replace(VILLAGE, 'code: "500243112201"', "code: 500243112201")
    mini.replace(VILLAGE_CHARTER, "  voted: 2021-08-15", '  voted: "2021-08-15"')
    assert [f.code for f in mini.findings()] == ["CV102"]
    run = fmt(cwd=mini.root)
    assert run.exit_code == 0, run.output
    assert f"已格式化：{VILLAGE}" in run.stdout and f"已格式化：{VILLAGE_CHARTER}" in run.stdout
    assert 'code: "500243112201"' in mini.read(VILLAGE)
    assert "  voted: 2021-08-15\n" in mini.read(VILLAGE_CHARTER)
    assert fmt("--check", cwd=mini.root).exit_code == 0
    assert mini.findings() == []


def test_paths_limit_what_is_formatted(mini):
    mini.replace(VILLAGE, 'code: "500243112201"', "code: 500243112201")
    mini.replace(COMMUNITY, 'code: "500243001001"', "code: 500243001001")
    run = fmt("--check", "catalogues/communities/500243001", cwd=mini.root)
    assert run.exit_code == 1
    assert run.stdout.strip() == f"需要格式化：{COMMUNITY}"
    assert fmt("--check", "nowhere", cwd=mini.root).exit_code == 2


def test_file_with_a_syntax_error_is_reported_and_left_untouched(mini):
    broken = mini.write(COMMUNITY, "civcat: 1\nkind: community\nname: [三合社区\n")
    before = broken.read_bytes()
    mini.replace(VILLAGE, 'code: "500243112201"', "code: 500243112201")
    run = fmt(cwd=mini.root)
    assert run.exit_code == 2
    errors = [line for line in run.stderr.splitlines() if line.startswith("civcat: ")]
    assert len(errors) == 1 and errors[0].startswith(f"civcat: {COMMUNITY}:") and "CV002" in errors[0]
    assert broken.read_bytes() == before
    assert 'code: "500243112201"' in mini.read(VILLAGE)  # the other files are still formatted
    assert fmt("--check", cwd=mini.root).exit_code == 2


@pytest.mark.parametrize(
    "raw",
    [
        b"civcat: 1\nkind: community\nname: a\nname: b\n",  # CV003 duplicate key
        "civcat: 1\nkind: community\nname: 石门村\n".encode("gbk"),  # CV001 not UTF-8
        "civcat: 1\nkind: community\nname: 石\u200b门村\x07\n".encode(),  # CV706 control character
    ],
)
def test_unreadable_files_are_never_touched(mini, raw):
    path = mini.write(COMMUNITY, raw)
    run = fmt(COMMUNITY, cwd=mini.root)
    assert run.exit_code == 2
    assert path.read_bytes() == raw


def test_original_stays_when_writing_fails(mini, monkeypatch):
    mini.replace(VILLAGE, 'code: "500243112201"', "code: 500243112201")
    before = mini.read(VILLAGE)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    run = fmt(cwd=mini.root)
    assert run.exit_code == 2
    assert f"civcat: {VILLAGE}: 无法写入" in run.stderr
    assert mini.read(VILLAGE) == before
    folder = (mini.root / VILLAGE).parent
    assert sorted(p.name for p in folder.iterdir()) == ["500243112201.yaml"]  # no temporary file left


def test_empty_and_comment_only_files_are_left_alone(mini):
    path = mini.write("catalogues/reference/notes.yaml", "# 备忘\n")
    assert fmt("catalogues/reference/notes.yaml", cwd=mini.root).exit_code == 0
    assert path.read_text(encoding="utf-8") == "# 备忘\n"


def test_text_with_an_invisible_bom_inside_is_refused_not_escaped():
    # ruamel would write it as the escape "\uFEFF": no longer the text as written
    with pytest.raises(FormatError, match="U\\+FEFF") as caught:
        format_text("civcat: 1\nkind: community\nname: 石\ufeff门村\n")
    assert (caught.value.code, caught.value.line, caught.value.column) == ("CV706", 3, 8)


def test_special_files_are_never_opened(mini):
    fifo = mini.root / "charters/500243112/pipe.yaml"
    os.mkfifo(fifo)
    run = fmt(cwd=mini.root)  # would hang if the pipe were read
    assert run.exit_code == 2
    assert "charters/500243112/pipe.yaml: 不是普通文件" in run.stderr


# --- an edit made while fmt runs is never overwritten ----------------------------------------------


def test_a_file_edited_while_fmt_runs_is_left_with_the_edit_and_reported(mini, monkeypatch):
    mini.replace(VILLAGE, 'code: "500243112201"', "code: 500243112201")
    mini.replace(COMMUNITY, 'code: "500243001001"', "code: 500243001001")
    real_format_text = formatting.format_text
    edited = mini.read(VILLAGE) + "# 刚刚保存的修改\n"

    def format_then_someone_saves(text: str) -> str:
        result = real_format_text(text)
        if "500243112201" in text:  # a clerk saves the village's file between fmt's read and its write
            (mini.root / VILLAGE).write_text(edited, encoding="utf-8")
        return result

    monkeypatch.setattr(formatting, "format_text", format_then_someone_saves)
    run = fmt("--no-cache", cwd=mini.root)
    assert run.exit_code == 2
    assert mini.read(VILLAGE) == edited  # the clerk's edit, untouched
    errors = [line for line in run.stderr.splitlines() if line.startswith("civcat: ")]
    assert errors == [f"civcat: {VILLAGE}: 文件在 fmt 运行期间被改动过，未写入（改动保留）；请再运行 civcat fmt"]
    assert 'code: "500243001001"' in mini.read(COMMUNITY)  # the others are still formatted
    assert sorted(p.name for p in (mini.root / VILLAGE).parent.iterdir()) == ["500243112201.yaml"]


def test_a_file_replaced_by_another_process_while_fmt_runs_is_left_alone(mini, monkeypatch):
    """A real second process saves the file (as an editor does: a new file renamed over the old)."""
    mini.replace(VILLAGE, 'code: "500243112201"', "code: 500243112201")
    real_format_text = formatting.format_text
    edited = mini.read(VILLAGE).replace("members: 5", "members: 6")
    script = (
        "import os, sys; path = sys.argv[1]; open(path + '.new', 'w', encoding='utf-8').write(sys.argv[2]); "
        "os.replace(path + '.new', path)"
    )

    def format_while_another_process_saves(text: str) -> str:
        result = real_format_text(text)
        subprocess.run([sys.executable, "-c", script, str(mini.root / VILLAGE), edited], check=True)
        return result

    monkeypatch.setattr(formatting, "format_text", format_while_another_process_saves)
    run = fmt("--no-cache", VILLAGE, cwd=mini.root)
    assert run.exit_code == 2 and f"civcat: {VILLAGE}: 文件在 fmt 运行期间被改动过" in run.stderr
    assert mini.read(VILLAGE) == edited


# --- fmt's cache: canonical files are not formatted again -------------------------------------------


@pytest.fixture(autouse=True)
def user_cache(tmp_path_factory, monkeypatch):
    """fmt keeps a cache (of which files are canonical): each test its own, never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
    monkeypatch.delenv("CIVCAT_CACHE_DIR", raising=False)


def test_canonical_files_are_skipped_until_they_change(mini, monkeypatch):
    formatted: list[str] = []
    real_format_text = formatting.format_text

    def counting(text: str) -> str:
        formatted.append(text)
        return real_format_text(text)

    monkeypatch.setattr(formatting, "format_text", counting)
    assert fmt("--check", cwd=mini.root).exit_code == 0
    files = len(formatted)
    assert files == len(MINI_COUNTY)
    formatted.clear()
    assert fmt("--check", cwd=mini.root).exit_code == 0
    assert formatted == []  # all known to be canonical
    mini.replace(VILLAGE, 'code: "500243112201"', "code: 500243112201")
    run = fmt("--check", cwd=mini.root)
    assert run.exit_code == 1 and run.stdout.strip() == f"需要格式化：{VILLAGE}"
    assert len(formatted) == 1
    assert fmt(cwd=mini.root).exit_code == 0  # writes it, and remembers what it wrote
    formatted.clear()
    assert fmt("--check", cwd=mini.root).exit_code == 0
    assert formatted == []
    # a change to civcat itself (its stamp) makes every file new again
    monkeypatch.setattr("civcat.cache.package_stamp", lambda: "another civcat")
    assert fmt("--check", cwd=mini.root).exit_code == 0
    assert len(formatted) == files


def test_a_cached_run_reports_what_an_uncached_run_does(mini):
    mini.replace(VILLAGE, 'code: "500243112201"', "code: 500243112201")
    cold = fmt("--check", cwd=mini.root)
    warm = fmt("--check", cwd=mini.root)
    uncached = fmt("--check", "--no-cache", cwd=mini.root)
    assert (
        (cold.exit_code, cold.stdout, cold.stderr)
        == (warm.exit_code, warm.stdout, warm.stderr)
        == (uncached.exit_code, uncached.stdout, uncached.stderr)
    )
