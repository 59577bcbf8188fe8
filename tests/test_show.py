"""civcat show: one community as the bureau sees it, as text and as JSON."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from conftest import AS_OF, COMMUNITY, COMMUNITY_CHARTER, VILLAGE, VILLAGE_CHARTER

from civcat.errors import UsageError
from civcat.show import show


def civcat(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civcat", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "200"},
        timeout=60,
    )


def test_record_of_a_village(mini):
    view = show(mini.root, "石门村", as_of=AS_OF)
    assert view["version"] == 1 and view["as_of"] == "2026-11-28"
    assert (view["code"], view["name"], view["type"]) == ("500243112201", "石门村", "village")
    assert view["township"] == {"code": "500243112", "name": "长生镇", "type": "town"}
    assert view["urban_rural"] == {"code": "220", "meaning": "村庄"}
    assert view["uscc"] is None
    committee = view["committee"]
    assert committee["elected"] == "2026-03-01" and committee["members"] == 5 and committee["women"] == 1
    assert committee["term_years"] == 5 and committee["term_ends"] == "2031-03-01" and committee["term_ended"] is False
    triage = view["triage"]
    assert triage["level"] == "township"
    assert [(i["id"], i["tier"], i["source"]) for i in triage["items"]] == [
        ("DS-01", "major", "reference"),
        ("XS-01", "minor", "reference"),
        ("XS-L01", "minor", "local"),
        ("SS-01", "private", "reference"),
    ]
    assert triage["items"][0]["handler"] == "乡镇人民政府社会事务办公室"
    assert triage["items"][1]["lead"] == "村“两委”" and triage["items"][1]["forms"] == ["村民议事会", "院坝会"]
    assert triage["items"][3]["route"] == "market"
    assert triage["excluded"] == [{"id": "XS-02", "title": "集体林地管护", "reason": "本村无集体林地"}]
    consultation = view["consultation"]
    assert consultation["platforms"] == ["村民议事会", "院坝会"]
    assert [(i["id"], i["category"], i["source"]) for i in consultation["items"]] == [
        ("XY-01", "institution", "reference")
    ]
    assert view["assigned_tasks"] == [
        {
            "title": "协助开展最低生活保障对象入户调查",
            "ref": "XZ-01",
            "department": "县民政局",
            "list": "assist_government",
        }
    ]
    charter = view["charter"]
    assert charter["title"] == "石门村村规民约" and charter["status"] == "adopted" and charter["revision"] == 1
    assert charter["procedure"]["voted"] == "2021-08-15"
    assert charter["vote"] == {
        "body": "villagers_meeting",
        "basis": "persons",
        "eligible": 1000,
        "present": 600,
        "in_favour": 550,
        "women_present": 250,
        "authorised": None,
    }
    assert charter["quorum_share"] == 0.6 and charter["approval_share"] == 0.9167
    assert (charter["chapters"], charter["articles"]) == (2, 2)
    assert view["files"] == {"community": VILLAGE, "charter": VILLAGE_CHARTER}
    assert view["findings"] == []


def test_findings_are_only_those_of_the_communitys_files(mini):
    mini.replace(VILLAGE, "  members: 5", "  members: 9")
    mini.replace(COMMUNITY, "  members: 7", "  members: 12")
    mini.replace(VILLAGE_CHARTER, "  present: 600", "  present: 450")
    mini.replace(VILLAGE_CHARTER, "  in_favour: 550", "  in_favour: 400")
    view = show(mini.root, "500243112201", as_of=AS_OF)
    assert sorted((f["path"], f["code"]) for f in view["findings"]) == [(VILLAGE, "CV401"), (VILLAGE_CHARTER, "CV504")]


def test_term_ended_is_judged_on_the_as_of_date(mini):
    view = show(mini.root, "石门村", as_of=dt.date(2031, 3, 2))
    assert view["committee"]["term_ended"] is True
    assert [f["code"] for f in view["findings"]] == ["CV403"]


def test_unknown_and_ambiguous_names(mini):
    with pytest.raises(UsageError, match="没有这个名称"):
        show(mini.root, "石们村", as_of=AS_OF)  # (石门 alone names 石门村: a short name)
    mini.write(
        "catalogues/communities/500243001/500243001201.yaml", mini.read(VILLAGE).replace("500243112201", "500243001201")
    )
    mini.write(
        "charters/500243001/500243001201.yaml",
        mini.read(VILLAGE_CHARTER).replace("500243112201", "500243001201").replace("长生镇人民政府", "汉葭街道办事处"),
    )
    with pytest.raises(UsageError, match="不止一个"):
        show(mini.root, "石门村", as_of=AS_OF)
    assert show(mini.root, "汉葭街道/石门村", as_of=AS_OF)["code"] == "500243001201"


def test_text_output(mini):
    mini.replace(VILLAGE, "  women: 1", "  women: 0")
    run = civcat("show", "石门村", "--as-of", "2026-11-28", cwd=mini.root)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    for text in (
        "石门村（500243112201）",
        "村（村民委员会）",
        "长生镇（500243112，镇）",
        "220 村庄",
        "2026-03-01 换届选举，成员 5 人，其中女性 0 人",
        "至 2031-03-01 届满",
        "三事分流事项清单（乡镇层面",
        "大事 1 项",
        "小事 2 项",
        "私事 1 项",
        "山坪塘日常维护（本地）",
        "XS-02 集体林地管护：本村无集体林地",
        "协商平台：村民议事会、院坝会",
        "协助开展最低生活保障对象入户调查",
        "协助政府工作事项",
        "石门村村规民约",
        "已通过，第 1 版；2 章 2 条",
        "审议表决 2021-08-15",
        "应到 1000 人，实到 600 人（60.0%），赞成 550 人（91.7%）",
        "任期依据",
        "备案机关",
        "长生镇人民政府",
        "警告 1",
        "CV402",
    ):
        assert text in out, f"{text!r} not in:\n{out}"
    assert "\x1b[" not in out


def _authorised(mini, value: str) -> None:
    """The community's convention adopted by the 居民代表会议, with `vote.authorised: value`."""
    mini.replace(COMMUNITY_CHARTER, "  body: residents_meeting", "  body: residents_representatives")
    mini.replace(COMMUNITY_CHARTER, "  basis: persons", "  basis: representatives")
    mini.replace(COMMUNITY_CHARTER, "  women_present: 402", f"  women_present: 402\n  authorised: {value}")


@pytest.mark.parametrize(("value", "words"), [("true", "经居民会议授权"), ("false", "未经居民会议授权")])
def test_the_residents_meetings_authorisation_is_shown(mini, value, words):
    _authorised(mini, value)
    assert show(mini.root, "500243001001", as_of=AS_OF)["charter"]["vote"]["authorised"] is (value == "true")
    run = civcat("show", "三合社区", "--as-of", "2026-11-28", cwd=mini.root)
    assert run.returncode == 0, run.stderr
    out = "".join(run.stdout.split())  # the table wraps a long vote line
    assert f"到会女性402人；{words}" in out, run.stdout
    english = civcat("--lang", "en", "show", "三合社区", "--as-of", "2026-11-28", cwd=mini.root)
    assert english.returncode == 0, english.stderr
    assert "authorised by the residents" in " ".join(english.stdout.split()), english.stdout


def test_no_authorisation_words_when_none_is_recorded(mini):
    run = civcat("show", "三合社区", "--as-of", "2026-11-28", cwd=mini.root)
    assert run.returncode == 0, run.stderr
    assert "到会女性402人" in "".join(run.stdout.split()) and "授权" not in run.stdout


def test_json_output(mini):
    run = civcat("show", "500243001001", "--format", "json", "--as-of", "2026-11-28", cwd=mini.root)
    assert run.returncode == 0, run.stderr
    view = json.loads(run.stdout)
    assert list(view) == [
        "version",
        "as_of",
        "code",
        "name",
        "type",
        "township",
        "urban_rural",
        "uscc",
        "committee",
        "triage",
        "consultation",
        "assigned_tasks",
        "charter",
        "files",
        "findings",
    ]
    assert view["name"] == "三合社区" and view["triage"]["level"] == "street"
    assert [i["id"] for i in view["triage"]["items"]] == ["DS-01", "XS-01", "SS-01"]
    assert view["triage"]["items"][1]["lead"] == "社区“两委”"
    assert view["charter"]["status"] == "adopted" and view["charter"]["revision"] is None


def test_show_without_charter_and_usage_errors(mini):
    mini.remove(VILLAGE_CHARTER)
    view = show(mini.root, "石门村", as_of=AS_OF)
    assert view["charter"] is None and view["files"]["charter"] is None
    assert [f["code"] for f in view["findings"]] == ["CV212"]
    run = civcat("show", "石门村", "--as-of", "2026-11-28", cwd=mini.root)
    assert run.returncode == 0 and "没有村规民约" in run.stdout
    run = civcat("show", "999", cwd=mini.root)
    assert run.returncode == 2 and run.stderr.startswith("civcat: ") and "Traceback" not in run.stderr
    run = civcat("show", "石门村", "--as-of", "2026-13-01", cwd=mini.root)
    assert run.returncode == 2
