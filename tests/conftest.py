"""Shared fixtures: a small, clean county written as real YAML files in a temporary folder.

Tests change one file (or one line) of it and assert the code, line and column civcat reports.
"""

from __future__ import annotations

import datetime as dt
import os
import textwrap
from pathlib import Path

import pytest

from civcat.validate import Result, validate

# The tests read civcat's messages in Chinese, whatever the machine's locale (an en_US machine would
# otherwise get English); tests of English set the language themselves. Commands run as
# subprocesses inherit this.
os.environ["CIVCAT_LANG"] = "zh"

AS_OF = dt.date(2026, 11, 28)

MINI_COUNTY: dict[str, str] = {
    "catalogues/county.yaml": """\
        civcat: 1
        kind: county
        code: "500243"
        name: 彭水苗族土家族自治县
        authority: 彭水苗族土家族自治县民政局
        totals: {villages: 1, communities: 1}
        townships:
          - {code: "500243001", name: 汉葭街道, type: street}
          - {code: "500243112", name: 长生镇, type: town}
        """,
    "catalogues/reference/triage-township.yaml": """\
        civcat: 1
        kind: triage-reference
        level: township
        title: 乡镇层面“三事分流”参考事项清单
        issued: 2021-09-30
        totals: {major: 1, minor: 2, private: 1}
        items:
          - id: DS-01
            tier: major
            title: 城乡最低生活保障申请
            handler: 乡镇人民政府社会事务办公室
            basis: [《社会救助暂行办法》]
          - id: XS-01
            tier: minor
            title: 村内道路、路灯等公益设施日常管护
            forms: [村民议事会, 院坝会]
          - id: XS-02
            tier: minor
            title: 集体林地管护
            forms: [村民小组会议]
          - id: SS-01
            tier: private
            title: 家庭房屋装修
            route: market
        """,
    "catalogues/reference/triage-street.yaml": """\
        civcat: 1
        kind: triage-reference
        level: street
        title: 街道层面“三事分流”参考事项清单
        issued: 2021-09-30
        totals: {major: 1, minor: 1, private: 1}
        items:
          - id: DS-01
            tier: major
            title: 城乡最低生活保障申请
            handler: 街道办事处社会事务办公室
            basis: [《社会救助暂行办法》]
          - id: XS-01
            tier: minor
            title: 小区停车秩序协调
            forms: [居民议事会]
          - id: SS-01
            tier: private
            title: 家政服务
            route: market
        """,
    "catalogues/reference/consultation.yaml": """\
        civcat: 1
        kind: consultation-reference
        title: 城乡社区协商事项清单
        issued: 2021-09-30
        totals: {categories: 1, items: 1}
        categories:
          - id: institution
            title: 制度建设类
            items:
              - {id: XY-01, title: 村规民约（居民公约）的制定和修订, forms: [村（居）民会议]}
        """,
    "catalogues/reference/autonomy.yaml": """\
        civcat: 1
        kind: autonomy-reference
        title: 基层群众性自治组织“三张清单”
        issued: 2021-09-30
        self_governance:
          - {id: ZZ-01, title: 召集村（居）民会议, basis: [《村民委员会组织法》第二十一条]}
        assist_government:
          - {id: XZ-01, title: 协助开展最低生活保障对象入户调查, department: 县民政局, basis: [《社会救助暂行办法》]}
        negative:
          - {id: FM-01, title: 出具无法律法规依据的证明}
        """,
    "catalogues/communities/500243112/500243112201.yaml": """\
        civcat: 1
        kind: community
        code: "500243112201"
        name: 石门村
        type: village
        urban_rural: "220"
        committee:
          elected: 2026-03-01
          members: 5
          women: 1
        triage:
          excluded:
            - {id: XS-02, reason: 本村无集体林地}
          local:
            - {id: XS-L01, tier: minor, title: 山坪塘日常维护, forms: [院坝会]}
        consultation:
          platforms: [村民议事会, 院坝会]
        assigned_tasks:
          - {title: 协助开展最低生活保障对象入户调查, ref: XZ-01, department: 县民政局}
        """,
    "catalogues/communities/500243001/500243001001.yaml": """\
        civcat: 1
        kind: community
        code: "500243001001"
        name: 三合社区
        type: community
        urban_rural: "111"
        committee:
          elected: 2026-03-01
          members: 7
          women: 3
        consultation:
          platforms: [居民议事会]
        """,
    "charters/model/village_rules.yaml": """\
        civcat: 1
        kind: charter-model
        type: village_rules
        title: 村规民约示范文本
        chapters:
          - title: 总则
            articles:
              - text: 为推进村民自治，弘扬文明新风，根据有关法律法规，经村民会议讨论通过，制定本村规民约。
          - title: 环境卫生
            articles:
              - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。
        """,
    "charters/model/residents_convention.yaml": """\
        civcat: 1
        kind: charter-model
        type: residents_convention
        title: 居民公约示范文本
        chapters:
          - title: 总则
            articles:
              - text: 为推进社区治理，弘扬文明新风，经居民会议讨论通过，制定本公约。
        """,
    "charters/500243112/500243112201.yaml": """\
        civcat: 1
        kind: charter
        community: "500243112201"
        type: village_rules
        title: 石门村村规民约
        status: adopted
        revision: 1
        model: village_rules
        procedure:
          solicited: 2021-06-01
          drafted: 2021-06-20
          reviewed: 2021-07-10
          voted: 2021-08-15
          filed: 2021-08-25
          published: 2021-08-30
        vote:
          body: villagers_meeting
          basis: persons
          eligible: 1000
          present: 600
          in_favour: 550
          women_present: 250
        filed_with: 长生镇人民政府
        chapters:
          - title: 总则
            articles:
              - text: 为推进村民自治，弘扬文明新风，根据有关法律法规，经村民会议讨论通过，制定本村规民约。
          - title: 环境卫生
            articles:
              - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。
        """,
    "charters/500243001/500243001001.yaml": """\
        civcat: 1
        kind: charter
        community: "500243001001"
        type: residents_convention
        title: 三合社区居民公约
        model: residents_convention
        procedure:
          solicited: 2021-06-01
          drafted: 2021-06-20
          reviewed: 2021-07-10
          voted: 2021-08-15
          filed: 2021-08-25
          published: 2021-08-30
        vote:
          body: residents_meeting
          basis: persons
          eligible: 1520
          present: 905
          in_favour: 860
          women_present: 402
        filed_with: 汉葭街道办事处
        chapters:
          - title: 总则
            articles:
              - text: 为推进社区治理，弘扬文明新风，经居民会议讨论通过，制定本公约。
        """,
}

VILLAGE = "catalogues/communities/500243112/500243112201.yaml"
COMMUNITY = "catalogues/communities/500243001/500243001001.yaml"
VILLAGE_CHARTER = "charters/500243112/500243112201.yaml"
COMMUNITY_CHARTER = "charters/500243001/500243001001.yaml"


class MiniRepo:
    """A small clean county in a temporary folder, with helpers to change it and validate it."""

    def __init__(self, root: Path):
        self.root = root
        for rel, text in MINI_COUNTY.items():
            self.write(rel, text)

    def write(self, rel: str, text: str | bytes) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def read(self, rel: str) -> str:
        return (self.root / rel).read_text(encoding="utf-8")

    def replace(self, rel: str, old: str, new: str) -> None:
        """Replace one exact piece of a file's text (it must occur exactly once)."""
        text = self.read(rel)
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {rel}"
        self.write(rel, text.replace(old, new))

    def remove(self, rel: str) -> None:
        (self.root / rel).unlink()

    def validate(self, *paths: str, as_of: dt.date = AS_OF, **options) -> Result:
        return validate(list(paths), cwd=self.root, as_of=as_of, **options)

    def findings(self, code: str | None = None, **options) -> list:
        return [f for f in self.validate(**options).findings if code is None or f.code == code]

    def position(self, rel: str, needle: str, after: str | None = None) -> tuple[int, int]:
        """Line and column of the first `needle` (on the line holding `after`, when given)."""
        line = self.line_of(rel, after or needle)
        text = self.read(rel).splitlines()[line - 1]
        return line, text.index(needle) + 1

    def only(self, code: str, **options):
        """The one finding of `code` (the test fails, listing them, if there is not exactly one)."""
        found = self.findings(code, **options)
        assert len(found) == 1, [f"{f.path}:{f.line}:{f.column} {f.code} {f.message}" for f in found]
        return found[0]

    def line_of(self, rel: str, needle: str) -> int:
        """1-based line of the first line containing `needle`, so tests assert lines without counting."""
        for number, line in enumerate(self.read(rel).splitlines(), 1):
            if needle in line:
                return number
        raise AssertionError(f"{needle!r} not in {rel}")


@pytest.fixture
def mini(tmp_path: Path) -> MiniRepo:
    return MiniRepo(tmp_path)
