"""`civcat diff --git`: real git repositories with known changes, asserted in JSON and in markdown."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from conftest import COMMUNITY, COMMUNITY_CHARTER, MINI_COUNTY, VILLAGE, VILLAGE_CHARTER
from gitrepo import GitRepo, targets

from civcat.diff.gitdiff import compare_findings
from civcat.findings import Finding, Severity


@pytest.fixture
def repo(tmp_path) -> GitRepo:
    return GitRepo(tmp_path / "county")


def only_changes(document: dict) -> list[tuple[str, str, object, object]]:
    return [(c["change"], c["target"], c["before"], c["after"]) for c in document["changes"]]


# --- what changed ------------------------------------------------------------------------------------


def test_no_change_lists_nothing(repo):
    document = repo.json("--git", "base")
    assert document["changes"] == [] and document["findings"] == {"new": [], "fixed": []}
    assert document["version"] == 1 and document["base"] == "base" and document["head"] is None


def test_formatting_and_comments_are_not_changes(repo):
    text = (
        repo.read(VILLAGE)
        .replace("name: 石门村", "# 村名经乡镇核实\nname: 石门村")
        .replace("platforms: [村民议事会, 院坝会]", "platforms:\n    - 院坝会\n    - 村民议事会")
    )
    repo.write(VILLAGE, text)
    repo.commit()
    assert repo.json("--git", "base", "HEAD")["changes"] == []


def test_article_edited_by_one_character(repo):
    repo.replace(VILLAGE_CHARTER, "不乱倒乱扔", "不乱倒乱丢")
    repo.commit("改一个字")
    document = repo.json("--git", "base", "HEAD")
    [change] = document["changes"]
    assert change == {
        "path": VILLAGE_CHARTER,
        "community": "500243112201",
        "kind": "charter",
        "change": "changed",
        "target": "chapters[1].articles[0]",
        "before": "村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。",
        "after": "村民应当爱护公共环境，垃圾分类投放，不乱倒乱丢。",
        "diff": [["=", "村民应当爱护公共环境，垃圾分类投放，不乱倒乱"], ["-", "扔"], ["+", "丢"], ["=", "。"]],
    }
    assert document["findings"] == {"new": [], "fixed": []}
    markdown = repo.cli("--git", "base", "HEAD", "--format", "markdown").stdout
    assert "不乱倒乱<del>扔</del><ins>丢</ins>。" in markdown
    assert "**修改 第二条（环境卫生）** `chapters[1].articles[0]`" in markdown


def test_vote_procedure_and_catalogue_changes_have_their_targets(repo):
    repo.replace(VILLAGE_CHARTER, "present: 600", "present: 650")
    repo.replace(VILLAGE_CHARTER, "voted: 2021-08-15", "voted: 2021-08-16")
    repo.replace(VILLAGE, "{id: XS-02, reason: 本村无集体林地}", "{id: XS-02, reason: 林地已全部承包到户}")
    repo.replace(VILLAGE, "  local:\n", "    - {id: SS-01, reason: 本村无装修市场}\n  local:\n")
    repo.replace(VILLAGE, "title: 山坪塘日常维护", "title: 山坪塘和水渠日常维护")
    repo.replace(VILLAGE, "platforms: [村民议事会, 院坝会]", "platforms: [村民议事会, 院坝会, 坝坝会]")
    repo.replace(COMMUNITY, "  members: 7", "  members: 6")
    repo.commit()
    document = repo.json("--git", "base", "HEAD")
    assert only_changes(document) == [
        ("changed", "committee.members", 7, 6),
        ("changed", "triage.excluded XS-02", "本村无集体林地", "林地已全部承包到户"),
        ("added", "triage.excluded SS-01", None, "本村无装修市场"),
        ("changed", "triage.local XS-L01.title", "山坪塘日常维护", "山坪塘和水渠日常维护"),
        ("added", "consultation.platforms", None, "坝坝会"),
        ("changed", "procedure.voted", "2021-08-15", "2021-08-16"),
        ("changed", "vote.present", 600, 650),
    ]
    assert {c["community"] for c in document["changes"]} == {"500243001001", "500243112201"}
    assert {c["kind"] for c in document["changes"]} == {"community", "charter"}
    markdown = repo.cli("--git", "base", "HEAD", "--format", "markdown").stdout
    assert (
        "| 改理由 | 三事分流·不适用的参考事项 XS-02“集体林地管护” `triage.excluded XS-02` | 本村无集体林地 | 林地已全部承包到户 |"
        in markdown
    )
    assert (
        "| 排除 | 三事分流·不适用的参考事项 SS-01“家庭房屋装修” `triage.excluded SS-01` |  | 本村无装修市场 |"
        in markdown
    )
    assert "| 修改 | 实到人数 `vote.present` | 600 | 650 |" in markdown


def test_exclusion_removed_is_an_item_included_again(repo):
    repo.replace(VILLAGE, "    - {id: XS-02, reason: 本村无集体林地}\n", "    []\n")
    repo.replace(VILLAGE, "  excluded:\n    []", "  excluded: []")
    document = repo.json("--git", "base")
    assert only_changes(document) == [("removed", "triage.excluded XS-02", "本村无集体林地", None)]
    assert (
        "| 恢复适用 | 三事分流·不适用的参考事项 XS-02“集体林地管护”"
        in repo.cli("--git", "base", "-f", "markdown").stdout
    )


def test_local_item_added_removed_and_tier_edited(repo):
    repo.replace(
        VILLAGE,
        "{id: XS-L01, tier: minor, title: 山坪塘日常维护, forms: [院坝会]}",
        "{id: XS-L01, tier: minor, title: 山坪塘日常维护, forms: [院坝会]}\n"
        "    - {id: SS-L01, tier: private, title: 自家烤房维修, route: self}",
    )
    repo.commit("新增本地事项")
    repo.replace(VILLAGE, "    - {id: XS-L01, tier: minor, title: 山坪塘日常维护, forms: [院坝会]}\n", "")
    repo.commit("删去本地事项")
    document = repo.json("--git", "base", "HEAD")
    assert only_changes(document) == [
        (
            "removed",
            "triage.local XS-L01",
            {"id": "XS-L01", "tier": "minor", "title": "山坪塘日常维护", "forms": ["院坝会"]},
            None,
        ),
        (
            "added",
            "triage.local SS-L01",
            None,
            {"id": "SS-L01", "tier": "private", "title": "自家烤房维修", "route": "self"},
        ),
    ]
    assert only_changes(repo.json("--git", "HEAD~1", "HEAD")) == [only_changes(document)[0]]


def test_articles_added_removed_moved_and_chapter_retitled(repo):
    repo.write(
        VILLAGE_CHARTER,
        repo.read(VILLAGE_CHARTER).replace(
            """\
  - title: 总则
    articles:
      - text: 为推进村民自治，弘扬文明新风，根据有关法律法规，经村民会议讨论通过，制定本村规民约。
  - title: 环境卫生
    articles:
      - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。
""",
            """\
  - title: 总则
    articles:
      - text: 为推进村民自治，弘扬文明新风，根据有关法律法规，经村民会议讨论通过，制定本村规民约。
      - text: 本村规民约适用于本村村民。
  - title: 环境和卫生
    articles:
      - text: 畜禽实行圈养，不在道路上散放畜禽。
      - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。
""",
        ),
    )
    repo.commit("新增两条，改章名")
    assert only_changes(repo.json("--git", "base", "HEAD")) == [
        ("changed", "chapters[1].title", "环境卫生", "环境和卫生"),
        ("added", "chapters[0].articles[1]", None, "本村规民约适用于本村村民。"),
        ("added", "chapters[1].articles[0]", None, "畜禽实行圈养，不在道路上散放畜禽。"),
    ]
    # Remove the first article and move the last one into 总则: targets in the old file for removed,
    # in the new file for moved.
    repo.write(
        VILLAGE_CHARTER,
        repo.read(VILLAGE_CHARTER).replace(
            """\
      - text: 为推进村民自治，弘扬文明新风，根据有关法律法规，经村民会议讨论通过，制定本村规民约。
      - text: 本村规民约适用于本村村民。
  - title: 环境和卫生
    articles:
      - text: 畜禽实行圈养，不在道路上散放畜禽。
      - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。
""",
            """\
      - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。
      - text: 本村规民约适用于本村村民。
  - title: 环境和卫生
    articles:
      - text: 畜禽实行圈养，不在道路上散放畜禽。
""",
        ),
    )
    document = repo.json("--git", "HEAD")
    assert [(c["change"], c["target"], c.get("moved_from")) for c in document["changes"]] == [
        ("removed", "chapters[0].articles[0]", None),
        ("changed", "chapters[0].articles[0]", "chapters[1].articles[1]"),
    ]
    assert document["changes"][0]["before"].startswith("为推进村民自治")
    assert (
        document["changes"][1]["before"]
        == document["changes"][1]["after"]
        == "村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。"
    )
    markdown = repo.cli("--git", "HEAD", "-f", "markdown").stdout
    assert "**移动 第一条（总则）** `chapters[0].articles[0]`（原在 `chapters[1].articles[1]`）" in markdown


def test_chapter_added_and_removed(repo):
    repo.replace(
        VILLAGE_CHARTER,
        "  - title: 环境卫生\n",
        "  - title: 民风民俗\n    articles:\n      - text: 红白喜事从简办理。\n  - title: 环境卫生\n",
    )
    document = repo.json("--git", "base")
    assert only_changes(document) == [
        ("added", "chapters[1]", None, "民风民俗"),
        ("added", "chapters[1].articles[0]", None, "红白喜事从简办理。"),
    ]
    repo.commit()
    repo.write(VILLAGE_CHARTER, MINI_COUNTY[VILLAGE_CHARTER])
    assert only_changes(repo.json("--git", "HEAD")) == [
        ("removed", "chapters[1]", "民风民俗", None),
        ("removed", "chapters[1].articles[0]", "红白喜事从简办理。", None),
    ]


def test_reference_catalogue_change_has_no_community(repo):
    rel = "catalogues/reference/triage-township.yaml"
    repo.replace(rel, "title: 集体林地管护", "title: 集体林地日常管护")
    [change] = repo.json("--git", "base")["changes"]
    assert (change["path"], change["community"], change["kind"], change["target"]) == (
        rel,
        None,
        "triage-reference",
        "items XS-02.title",
    )


# --- files added, removed, moved, renamed --------------------------------------------------------------

NEW_VILLAGE = "catalogues/communities/500243112/500243112202.yaml"
NEW_CHARTER = "charters/500243112/500243112202.yaml"


def test_community_added_and_removed(repo):
    repo.write(NEW_VILLAGE, MINI_COUNTY[VILLAGE].replace("500243112201", "500243112202").replace("石门村", "龙塘村"))
    repo.write(
        NEW_CHARTER, MINI_COUNTY[VILLAGE_CHARTER].replace("500243112201", "500243112202").replace("石门村", "龙塘村")
    )
    repo.replace("catalogues/county.yaml", "villages: 1", "villages: 2")
    repo.commit("新增龙塘村")
    document = repo.json("--git", "base", "HEAD")
    assert [(c["path"], c["change"], c["target"]) for c in document["changes"]] == [
        (NEW_VILLAGE, "added", "file"),
        (NEW_CHARTER, "added", "file"),
        ("catalogues/county.yaml", "changed", "totals.villages"),
    ]
    assert document["changes"][0]["after"] == {
        "kind": "community",
        "code": "500243112202",
        "name": "龙塘村",
        "type": "village",
    }
    assert document["changes"][1]["after"]["articles"] == 2
    assert document["findings"] == {"new": [], "fixed": []}
    markdown = repo.cli("--git", "base", "HEAD", "-f", "markdown").stdout
    assert "<b>龙塘村（500243112202，长生镇）（新增）</b>" in markdown
    assert "其中新增 1 个、删除 0 个" in markdown

    repo.remove(NEW_VILLAGE)
    document = repo.json("--git", "HEAD")
    assert targets(document) == [("removed", "file")]
    # The charter lost its community, and the county's total no longer fits.
    assert {(f["code"], f["path"]) for f in document["findings"]["new"]} == {
        ("CV212", NEW_CHARTER),
        ("CV211", "catalogues/county.yaml"),
    }
    assert document["findings"]["fixed"] == []


def test_renamed_file_is_paired_and_its_code_change_listed(repo):
    """Re-coding a village: files renamed (git's rename detection) and the code inside changed."""
    repo.move(VILLAGE, NEW_VILLAGE)
    repo.move(VILLAGE_CHARTER, NEW_CHARTER)
    repo.replace(NEW_VILLAGE, 'code: "500243112201"', 'code: "500243112202"')
    repo.replace(NEW_CHARTER, 'community: "500243112201"', 'community: "500243112202"')
    repo.commit("石门村改代码")
    document = repo.json("--git", "base", "HEAD")
    assert [(c["path"], c["change"], c["target"], c["before"], c["after"]) for c in document["changes"]] == [
        (NEW_VILLAGE, "changed", "path", VILLAGE, NEW_VILLAGE),
        (NEW_VILLAGE, "changed", "code", "500243112201", "500243112202"),
        (NEW_CHARTER, "changed", "path", VILLAGE_CHARTER, NEW_CHARTER),
        (NEW_CHARTER, "changed", "community", "500243112201", "500243112202"),
    ]
    assert document["findings"] == {"new": [], "fixed": []}
    markdown = repo.cli("--git", "base", "HEAD", "-f", "markdown").stdout
    assert f"`{NEW_VILLAGE}`（原为 `{VILLAGE}`）" in markdown


def test_moved_and_rewritten_file_is_paired_by_the_code_inside(repo):
    """A file moved to another folder and rewritten beyond git's rename detection: the code pairs them."""
    moved = "catalogues/communities/500243001/500243112201.yaml"
    repo.remove(VILLAGE)
    repo.write(
        moved,
        """\
        civcat: 1
        kind: community
        code: "500243112201"
        name: 石门村
        type: village
        """,
    )
    document = repo.json("--git", "base")
    changes = [(c["change"], c["target"]) for c in document["changes"] if c["path"] == moved]
    assert changes[0] == ("changed", "path")
    assert ("removed", "committee") in changes and ("removed", "triage") in changes
    assert not any(t == "file" for _, t in changes)
    assert "CV202" in {f["code"] for f in document["findings"]["new"]}  # file in another township's folder


def test_untracked_file_in_the_working_tree_is_seen(repo):
    repo.write(NEW_VILLAGE, MINI_COUNTY[VILLAGE].replace("500243112201", "500243112202").replace("石门村", "龙塘村"))
    document = repo.json("--git", "base")
    assert targets(document) == [("added", "file")]
    assert {f["code"] for f in document["findings"]["new"]} == {"CV211", "CV212"}


def test_head_revision_ignores_the_working_tree(repo):
    repo.replace(VILLAGE_CHARTER, "present: 600", "present: 650")
    repo.commit()
    repo.replace(VILLAGE_CHARTER, "present: 650", "present: 700")  # not committed
    assert only_changes(repo.json("--git", "base", "HEAD")) == [("changed", "vote.present", 600, 650)]
    assert only_changes(repo.json("--git", "base")) == [("changed", "vote.present", 600, 700)]
    assert only_changes(repo.json("--git", "HEAD")) == [("changed", "vote.present", 650, 700)]


def test_unreadable_file_is_one_change_and_a_new_finding(repo):
    repo.replace(COMMUNITY, "name: 三合社区", "name: [三合社区")
    document = repo.json("--git", "base")
    [change] = document["changes"]
    assert (change["target"], change["change"], change["before"]) == ("file", "changed", "可以读取")
    assert change["after"].startswith("无法读取（CV002）")
    assert "CV002" in {f["code"] for f in document["findings"]["new"]}


def test_emptied_file_is_one_change(repo):
    repo.write(COMMUNITY_CHARTER, "")
    [change] = repo.json("--git", "base")["changes"]
    assert (change["target"], change["before"], change["after"]) == ("file", "可以读取", "空文件")


# --- findings new and fixed ------------------------------------------------------------------------------


def test_a_change_that_breaks_quorum_is_a_new_finding_and_exit_code_fails(repo):
    repo.replace(VILLAGE_CHARTER, "present: 600", "present: 450")
    repo.replace(VILLAGE_CHARTER, "in_favour: 550", "in_favour: 300")
    repo.commit("改表决人数")
    document = repo.json("--git", "base", "HEAD")
    assert only_changes(document) == [("changed", "vote.present", 600, 450), ("changed", "vote.in_favour", 550, 300)]
    [new] = document["findings"]["new"]
    assert (new["code"], new["severity"], new["path"]) == ("CV504", "error", VILLAGE_CHARTER)
    assert new["line"] == repo.line_of(VILLAGE_CHARTER, "present: 450")
    assert document["findings"]["fixed"] == []
    assert repo.cli("--git", "base", "HEAD", "--exit-code").returncode == 1
    assert repo.cli("--git", "base", "HEAD").returncode == 0

    markdown = repo.cli("--git", "base", "HEAD", "-f", "markdown").stdout
    lines = markdown.splitlines()
    assert lines[0].startswith("### civcat diff：base")
    assert (
        lines[2]
        == "**1 个村（社区）有改动，共 2 处（新增 0、删除 0、修改 2）；检查结果：新发现 1 个错误、0 个警告，修复 0 个问题。**"
    )
    assert "#### 新发现的问题（1）" in markdown
    assert re.search(r"\| 石门村 \| `charters/500243112/500243112201\.yaml` \| \d+:\d+ \| 错误 CV504 \|", markdown)
    assert "<details><summary><b>石门村（500243112201，长生镇）</b>：2 处改动，新发现 1 个错误</summary>" in markdown
    assert markdown.count("<details>") == markdown.count("</details>") == 1

    # Fixing it again: the finding is fixed, and nothing is new.
    repo.replace(VILLAGE_CHARTER, "present: 450", "present: 600")
    repo.replace(VILLAGE_CHARTER, "in_favour: 300", "in_favour: 550")
    document = repo.json("--git", "HEAD")
    assert document["findings"]["new"] == []
    assert [f["code"] for f in document["findings"]["fixed"]] == ["CV504"]
    assert repo.cli("--git", "HEAD", "--exit-code").returncode == 0


def test_a_finding_that_only_moved_down_a_line_is_neither_new_nor_fixed(repo):
    repo.replace(VILLAGE, "  women: 1", "  women: 0")  # CV402: no woman member (a warning)
    repo.commit("基线有一个警告")
    repo.replace(VILLAGE, "name: 石门村", "# 备注：委员会正在补选\nname: 石门村")
    repo.replace(VILLAGE_CHARTER, "present: 600", "present: 601")
    document = repo.json("--git", "HEAD")
    assert only_changes(document) == [("changed", "vote.present", 600, 601)]
    assert document["findings"] == {"new": [], "fixed": []}


def test_findings_of_unchanged_files_are_neither_new_nor_fixed(repo):
    repo.replace(VILLAGE, "  women: 1", "  women: 0")  # CV402 in a file the change does not touch
    repo.commit("基线有一个警告")
    repo.replace(COMMUNITY, "  members: 7", "  members: 6")
    document = repo.json("--git", "HEAD")
    assert only_changes(document) == [("changed", "committee.members", 7, 6)]
    assert document["findings"] == {"new": [], "fixed": []}
    # …while a repository-wide finding about an unchanged file still counts: 石门村 loses its charter.
    repo.remove(VILLAGE_CHARTER)
    document = repo.json("--git", "HEAD")
    assert [(f["code"], f["path"]) for f in document["findings"]["new"]] == [("CV212", VILLAGE)]


def test_a_finding_whose_figures_changed_is_still_the_same_finding(repo):
    repo.replace(VILLAGE_CHARTER, "present: 600", "present: 450")
    repo.replace(VILLAGE_CHARTER, "in_favour: 550", "in_favour: 300")
    repo.commit("法定人数不足")
    repo.replace(VILLAGE_CHARTER, "present: 450", "present: 460")
    document = repo.json("--git", "HEAD")
    assert only_changes(document) == [("changed", "vote.present", 450, 460)]
    assert document["findings"] == {"new": [], "fixed": []}


def test_warnings_do_not_fail_exit_code(repo):
    repo.replace(VILLAGE, "  women: 1", "  women: 0")
    run = repo.cli("--git", "base", "--exit-code", "-f", "json")
    assert run.returncode == 0
    assert [f["code"] for f in json.loads(run.stdout)["findings"]["new"]] == ["CV402"]


def test_compare_findings_matches_without_lines_and_follows_renames():
    def finding(path, line, code="CV402", message="委员会没有女性成员。"):
        return Finding(path, line, 3, code, Severity.WARNING, message)

    before = [finding("a.yaml", 5), finding("old.yaml", 7), finding("b.yaml", 2, "CV001", "第 2 行第 1 列不是 UTF-8")]
    after = [
        finding("a.yaml", 9),
        finding("new.yaml", 8),
        finding("b.yaml", 4, "CV001", "第 4 行第 1 列不是 UTF-8"),
        finding("a.yaml", 12),
    ]
    new, fixed = compare_findings(before, after, {"old.yaml": "new.yaml"})
    assert [(f.path, f.line) for f in new] == [("a.yaml", 12)]
    assert fixed == []


# --- usage ------------------------------------------------------------------------------------------------


def test_unknown_revision_is_a_usage_error(repo):
    run = repo.cli("--git", "no-such-branch")
    assert run.returncode == 2
    assert "找不到版本 no-such-branch" in run.stderr and "Traceback" not in run.stderr


def test_not_a_git_repository_is_a_usage_error(mini):
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "civcat", "diff", "--git", "HEAD"],
        cwd=mini.root,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "GIT_CEILING_DIRECTORIES": str(mini.root.parent)},
    )
    assert run.returncode == 2
    assert "不在 git 仓库中" in run.stderr


def test_options_that_do_not_fit_are_usage_errors(repo):
    assert repo.cli("--git", "base", "--across").returncode == 2
    assert repo.cli("--git", "base", "HEAD", "HEAD~1").returncode == 2
    assert repo.cli("--exit-code").returncode == 2
    assert repo.cli("--git", "base", "--township", "500243112").returncode == 2


def test_text_format_names_changes_in_words(repo):
    repo.replace(VILLAGE_CHARTER, "不乱倒乱扔", "不乱倒乱丢")
    repo.replace(VILLAGE_CHARTER, "present: 600", "present: 650")
    run = repo.cli("--git", "base")
    assert run.returncode == 0
    assert "石门村（500243112201，长生镇）" in run.stdout
    assert "不乱倒乱[-扔-]{+丢+}。" in run.stdout
    assert "600 → 650" in run.stdout and "vote.present" in run.stdout


def test_markdown_escapes_what_clerks_write(repo):
    repo.replace(VILLAGE, "reason: 本村无集体林地", "reason: '本村*无*集体林地 <见附件> | 备注'")
    markdown = repo.cli("--git", "base", "-f", "markdown").stdout
    assert (
        r"| 本村无集体林地 | 本村<del>无</del><ins>\*无\*</ins>集体林地<ins> &lt;见附件&gt; \| 备注</ins> |" in markdown
    )


def test_library_api(repo):
    repo.replace(VILLAGE_CHARTER, "present: 600", "present: 650")
    diff = repo.diff("base")
    assert [c.target for c in diff.changes] == ["vote.present"]
    assert diff.changes[0].label == "实到人数"
    assert diff.base == "base" and diff.head is None and diff.new == [] and diff.fixed == []


# --- hostile names, files validate refuses, mentions (issue 17 item 12) ------------------------------

GBK_NAME = "长生镇".encode("gbk") + b".yaml"  # a file name from a Windows zip


def _gbk_file(repo) -> bytes:
    folder = os.fsencode(repo.root / "charters" / "500243112")
    path = os.path.join(folder, GBK_NAME)
    with open(path, "wb") as handle:
        handle.write(repo.read(VILLAGE_CHARTER).encode("utf-8"))
    return path


@pytest.mark.parametrize("committed", [False, True])
def test_json_with_a_name_that_is_not_utf8_is_valid_utf8(repo, committed):
    _gbk_file(repo)
    args = ["--git", "base"]
    if committed:
        repo.commit("Windows 压缩包里的文件")
        args.append("HEAD")
    for fmt in ("json", "markdown", "text"):
        run = subprocess.run(
            [sys.executable, "-m", "civcat", "diff", *args, "--format", fmt],
            cwd=repo.root,
            capture_output=True,
            env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "HOME": str(repo.root / ".home")},
            timeout=60,
        )
        assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
        out = run.stdout.decode("utf-8")  # strict: raw GBK bytes would fail here
        if fmt == "json":
            document = json.loads(out)
            paths = [c["path"] for c in document["changes"]] + [f["path"] for f in document["findings"]["new"]]
            assert "charters/500243112/\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd.yaml" in paths


@pytest.mark.parametrize("committed", [False, True])
def test_a_file_validate_refuses_is_refused_by_diff_too(repo, committed):
    """validate does not read a file whose name is not UTF-8 (CV002): diff must not validate its content."""
    _gbk_file(repo)
    if committed:
        repo.commit("Windows 压缩包里的文件")
    validate = subprocess.run(
        [sys.executable, "-m", "civcat", "validate", "--format", "json", "--no-cache"],
        cwd=repo.root,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": str(repo.root / ".home")},
    )
    refused = {(f["path"], f["code"]) for f in json.loads(validate.stdout)["findings"]}
    document = repo.json("--git", "base", *(["HEAD"] if committed else []))
    assert {(f["path"], f["code"]) for f in document["findings"]["new"]} == refused
    assert all(code == "CV002" for _path, code in refused) and refused


def test_a_link_inside_the_repository_is_read_as_validate_reads_it(repo):
    link = repo.root / "charters" / "500243112" / "500243112202.yaml"
    link.symlink_to(repo.root / VILLAGE_CHARTER)
    codes = {f["code"] for f in repo.json("--git", "base")["findings"]["new"]}
    validate = subprocess.run(
        [sys.executable, "-m", "civcat", "validate", "--format", "json", "--no-cache"],
        cwd=repo.root,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": str(repo.root / ".home")},
    )
    assert codes == {f["code"] for f in json.loads(validate.stdout)["findings"]} and codes


def test_mentions_in_the_markdown_comment_do_not_ping(repo):
    repo.replace(VILLAGE, "reason: 本村无集体林地", "reason: 本村无集体林地 @octocat @github/security-team")
    markdown = repo.cli("--git", "base", "-f", "markdown").stdout
    assert not re.search(r"@[A-Za-z0-9]", markdown)
    assert "@\u200doctocat" in markdown and "@\u200dgithub/security-team" in markdown
