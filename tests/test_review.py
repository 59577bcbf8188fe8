"""`civcat review`: the township's review opinion, as a real PDF read back, markdown, JSON, and --apply's copy."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pypdf
import pytest
from conftest import VILLAGE_CHARTER

from civcat.review import apply_suggestions, opinion_markdown, opinion_pdf, review
from civcat.review.suggest import EQUAL_RIGHTS, suggest
from civcat.rules.clauses import consequences_to_read, unlawful_measures

CLEAN_ARTICLE = "      - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。"
UNLAWFUL = """      - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。违者罚款200元。
      - text: 拖欠水费超过三个月, 经催缴仍不交纳的, 村委会对其停止供水, 并报镇政府处理.
      - text: 出嫁女户口未迁出的，不再享受村集体收益分配。"""


def civcat(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civcat", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "CIVCAT_LANG": "zh", "NO_COLOR": "1"},
        timeout=300,
    )


def pdf_text(data_or_path) -> str:
    reader = pypdf.PdfReader(data_or_path)
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def draft(mini):
    """The mini county's village charter with three unlawful articles and an impossible vote."""
    mini.replace(VILLAGE_CHARTER, CLEAN_ARTICLE, UNLAWFUL)
    mini.replace(VILLAGE_CHARTER, "present: 600", "present: 500")
    mini.replace(VILLAGE_CHARTER, "in_favour: 550", "in_favour: 520")
    return mini


def test_opinion_lists_each_article_with_finding_law_and_suggestion(draft) -> None:
    (opinion,) = review(draft.root, "石门村")
    assert opinion.issuer == "长生镇人民政府"
    assert opinion.addressee == "石门村村民委员会"
    assert opinion.title == "关于《石门村村规民约》的审核意见"
    assert opinion.date == dt.date(2021, 7, 10)  # procedure.reviewed, not the clock
    assert [(a.number, [p.code for p in a.problems]) for a in opinion.articles] == [
        ("第二条", ["CV601"]),
        ("第三条", ["CV604"]),
        ("第四条", ["CV607"]),
    ]
    fine, water, women = opinion.articles
    assert fine.problems[0].evidence == "罚款200元" and "《行政处罚法》" in fine.problems[0].message
    assert fine.line == draft.line_of(VILLAGE_CHARTER, "违者罚款200元")
    assert (
        fine.suggestion
        == "村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。违者由村民委员会批评教育、责令改正；造成损失的，依法赔偿实际损失。"
    )
    assert "报请有关部门依法处理" in water.suggestion and "并报镇政府处理" in water.suggestion
    assert women.suggestion == EQUAL_RIGHTS + "。"
    for article in opinion.articles:
        assert unlawful_measures(article.suggestion) == [], article.suggestion
    assert opinion.decision == "修改后重新报送"
    assert opinion.changes[:3] == ["第二条（CV601）", "第三条（CV604）", "第四条（CV607）"]
    assert [p.code for p in opinion.procedure] == ["CV506"]
    assert [(p.code, p.severity) for p in opinion.other] == [("CV702", "warning")]  # half-width commas: not a change


def test_a_clean_charter_may_be_filed(mini) -> None:
    (opinion,) = review(mini.root, "500243112201")
    assert opinion.articles == [] and opinion.procedure == []
    assert opinion.decision == "同意备案" and opinion.changes == []
    assert "同意备案。" in opinion_markdown(opinion)


def test_township_reviews_every_charter_and_date_option(draft) -> None:
    opinions = review(draft.root, township="500243112", date=dt.date(2026, 3, 2))
    assert [o.community["code"] for o in opinions] == ["500243112201"]
    assert opinions[0].date == dt.date(2026, 3, 2)
    (street,) = review(draft.root, township="500243001")
    assert street.issuer == "汉葭街道办事处" and street.addressee == "三合社区居民委员会"


def test_pdf_is_an_official_letter_and_deterministic(draft, tmp_path) -> None:
    (opinion,) = review(draft.root, "石门村")
    data = opinion_pdf(opinion)
    assert data == opinion_pdf(opinion)  # the same data, byte-identical PDFs
    path = tmp_path / "opinion.pdf"
    path.write_bytes(data)
    text = pdf_text(path)
    order = [
        "长生镇人民政府",
        "关于《石门村村规民约》的审核意见",
        "石门村村民委员会：",
        "一、条款内容",
        "第二条",
        "违者罚款200元",
        "CV601",
        "建议修改为",
        "二、制定程序和表决",
        "CV506",
        "三、其他问题",
        "CV702",
        "四、审核结论",
        "请按上述意见修改后重新报送",
        "2021年7月10日",
    ]
    positions = [text.find(word) for word in order]
    assert all(p >= 0 for p in positions), [(w, p) for w, p in zip(order, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    assert pypdf.PdfReader(path).metadata.title == "关于《石门村村规民约》的审核意见"
    assert round(float(pypdf.PdfReader(path).pages[0].mediabox.width)) == 595  # A4


def test_command_writes_pdf_markdown_and_json(draft) -> None:
    run = civcat("review", "石门村", "-o", "opinions", cwd=draft.root)
    assert run.returncode == 0, run.stderr
    assert "石门村村规民约：修改后重新报送" in run.stdout
    stem = draft.root / "opinions" / "500243112201-石门村-审核意见"
    data = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["conclusion"] == {
        "decision": "revise",
        "text": "修改后重新报送",
        "changes": [
            "第二条（CV601）",
            "第三条（CV604）",
            "第四条（CV607）",
            "CV506：表决数字不可能：赞成 520 多于实到 500（vote.in_favour）",
        ],
        "to_read": [],
    }
    assert data["articles"][0]["problems"][0]["evidence"] == "罚款200元"
    assert data["date"] == "2021-07-10"
    markdown = stem.with_suffix(".md").read_text(encoding="utf-8")
    assert markdown.startswith("# 关于《石门村村规民约》的审核意见\n")
    assert "> 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。违者罚款200元。" in markdown
    assert "建议修改为：" in markdown and markdown.rstrip().endswith("2021年7月10日")
    assert "第二条" in pdf_text(stem.with_suffix(".pdf"))
    assert not (draft.root / "opinions" / "500243112201-石门村-审核修改稿.yaml").exists()  # only with --apply


def test_apply_writes_a_copy_and_never_the_draft(draft) -> None:
    before = (draft.root / VILLAGE_CHARTER).read_bytes()
    run = civcat("review", "石门村", "--apply", "-f", "json", cwd=draft.root)
    assert run.returncode == 0, run.stderr
    assert (draft.root / VILLAGE_CHARTER).read_bytes() == before
    copy = draft.root / "out" / "500243112201-石门村-审核修改稿.yaml"
    text = copy.read_text(encoding="utf-8")
    assert text.startswith("# 长生镇人民政府2021年7月10日审核意见的修改建议稿")
    assert "违者由村民委员会批评教育、责令改正" in text and "违者罚款200元" not in text
    assert "title: 石门村村规民约" in text and "in_favour: 520" in text  # the rest as the village wrote it
    # the copy, put in the charter's place, has no unlawful article left
    draft.write(VILLAGE_CHARTER, text)
    assert not [f for f in draft.findings() if f.code.startswith("CV60") and f.code != "CV609"]
    # a second run does not overwrite the copy the village may have edited, and writes nothing
    draft.write(VILLAGE_CHARTER, before)
    (draft.root / "out" / "500243112201-石门村-审核意见.json").unlink()
    again = civcat("review", "石门村", "--apply", cwd=draft.root)
    assert again.returncode == 2 and "--force" in again.stderr
    assert not (draft.root / "out" / "500243112201-石门村-审核意见.json").exists()
    assert civcat("review", "石门村", "--apply", "--force", "-f", "json", cwd=draft.root).returncode == 0


def test_apply_without_suggestions_writes_no_copy(mini) -> None:
    (opinion,) = review(mini.root, "石门村")
    assert apply_suggestions(mini.root, opinion, mini.root / "opinions") is None
    assert not (mini.root / "opinions").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "二者选一"),
        (("石门村", "--township", "500243112"), "二者选一"),
        (("石们村",), "是否应为 石门村"),  # (石门 alone names 石门村: a short name)
        (("--township", "500243999"), "没有这个乡镇"),
        (("石门村", "--date", "2026-13-01"), "YYYY-MM-DD"),
    ],
)
def test_usage_problems_are_one_line_exit_2(mini, args, message) -> None:
    run = civcat("review", *args, cwd=mini.root)
    assert run.returncode == 2
    assert message in run.stderr and "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_without_a_review_date_the_clerk_is_told_to_give_one(mini) -> None:
    mini.replace(VILLAGE_CHARTER, "  reviewed: 2021-07-10\n", "")
    run = civcat("review", "石门村", cwd=mini.root)
    assert run.returncode == 2 and "--date" in run.stderr and "procedure.reviewed" in run.stderr
    assert civcat("review", "石门村", "--date", "2026-05-01", "-f", "markdown", cwd=mini.root).returncode == 0
    assert "2026年5月1日" in (mini.root / "out" / "500243112201-石门村-审核意见.md").read_text(encoding="utf-8")


def test_a_date_before_the_request_or_in_the_future_is_questioned_never_refused(mini) -> None:
    """The charter asked for review on 2021-07-10: an opinion dated before that, or after today, is most
    often a slip in --date; the clerk is told in one line on stderr and the opinion is still written."""
    ahead = (dt.date.today() + dt.timedelta(days=40)).isoformat()
    for day, expected in (("2021-07-01", "早于这份公约的提请审核日期 2021-07-10"), (ahead, "晚于今天")):
        run = civcat("review", "石门村", "--date", day, "-f", "json", cwd=mini.root)
        assert run.returncode == 0 and expected in run.stderr and len(run.stderr.strip().splitlines()) == 1
        data = json.loads((mini.root / "out" / "500243112201-石门村-审核意见.json").read_text(encoding="utf-8"))
        assert data["date"] == day and "date_warning" not in data
    run = civcat("review", "石门村", "--date", "2021-07-20", "-f", "json", cwd=mini.root)
    assert run.returncode == 0 and run.stderr == ""
    (opinion,) = review(mini.root, "石门村", date=dt.date(2021, 7, 1))
    assert "procedure.reviewed" in opinion.date_warning and review(mini.root, "石门村")[0].date_warning == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("违者罚款200元。", "违者由村民委员会批评教育、责令改正；造成损失的，依法赔偿实际损失。"),
        ("对偷盗者游街示众。", "对偷盗者由村民委员会批评教育；涉嫌违法的，报请公安机关依法处理。"),
        (
            "未经批准擅自动工建房的，村委会责令停工；拒不停工的，村委会对其停止供水供电。",
            "未经批准擅自动工建房的，村委会责令停工；拒不停工的，报请有关部门依法处理。",
        ),
        ("村民应当尊老爱幼。", None),
    ],
)
def test_suggestions(text: str, expected: str | None) -> None:
    assert suggest(text) == expected


def test_points_scheme_and_residents_wording() -> None:
    assert (
        suggest("违者罚款200元。", points=True)
        == "违者由村民委员会批评教育、责令改正，并按积分管理办法扣减积分；造成损失的，依法赔偿实际损失。"
    )
    assert suggest("违者停止供水。", village=False) == "违者报请有关部门依法处理。"
    assert "居民委员会" in suggest("违者罚款200元。", village=False)


def test_signature_is_never_alone_on_the_last_page(draft) -> None:
    """However long the body, the 落款 and date stay on the page of the last paragraph (GB/T 9704: the
    signature page carries text). Opinions of growing length move the page break through every line."""
    import dataclasses

    (opinion,) = review(draft.root, "石门村")
    extra = dataclasses.replace(opinion.other[0], message="村民委员会应当在本规约通过后及时向全体村民公布。")
    for count in range(0, 26):
        longer = dataclasses.replace(opinion, other=opinion.other + [extra] * count)
        pages = [
            re.sub(r"\s+", "", page.extract_text())
            for page in pypdf.PdfReader(__import__("io").BytesIO(opinion_pdf(longer))).pages
        ]
        (signed,) = [text for text in pages if "2021年7月10日" in text]
        assert "研究采纳" in signed, (count, len(pages))


# --- the reading list: articles with a consequence civcat could not judge (consequences_to_read) ---------

# Written for this test: two articles the analyser does not flag whose consequence a person must judge,
# and a clean look-alike (education and putting right) that must stay off the list.
UNJUDGED = """      - text: 村民应当爱护路灯、水渠等公共设施；损坏的，村里的事情一概不再过问。
      - text: 违反本规约屡教不改的，其在本村的各项权益一并终止。
      - text: 村民乱倒垃圾的，由村委会批评教育，责令其清理干净。"""


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("违反本规约屡教不改的，其在本村的各项权益一并终止。", ["其在本村的各项权益一并终止"]),
        # a sentence after a duty; pasted traditional text is quoted as written
        ("村民應當愛護公共設施；損壞路燈的，在村廣播裏把他的名字連播三天。", ["在村廣播裏把他的名字連播三天"]),
        # lawful measures, honours and points, a prohibition, the bearer alone: nothing to read
        ("村民乱倒垃圾的，由村委会批评教育，责令其清理干净。", []),
        ("乱倒垃圾的，扣减家庭积分五分，取消当年文明户评选资格。", []),
        ("对拖欠物业费的业主，物业服务企业可以依法催交，但不得采取停水、停电等方式。", []),
        ("对不赡养老人的子女，由调委会调解，调解不成的支持老人依法起诉。", []),
        ("村民应当尊老爱幼。", []),
        # a measure the analyser found is a finding, not a clause to read
        ("违者罚款200元。", []),
    ],
)
def test_consequences_to_read(text: str, listed: list[str]) -> None:
    assert [text[start:end] for start, end in consequences_to_read(text)] == listed


# Written for this test, in wordings of our own: the readings that list what the analyser is silent on
# (src/civcat/rules/clauses/to_read.py; docs/clause-analyser-decisions.md, "The reading list"), each in
# several wordings, and look-alikes that must stay off the list.
@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # a sanction in itself after any condition, even one the analyser does not read as a wrong
        ("晚上在村道上飙摩托车的，车子由治保会用铁链锁住。", ["车子由治保会用铁链锁住"]),
        ("护林员值班时睡觉的，一律辞退。", ["一律辞退"]),
        ("在堤上放羊的，羊由护堤员扑杀。", ["羊由护堤员扑杀"]),
        ("放出来乱跑的狗，见一只打一只。", ["见一只打一只"]),
        ("在渠道里洗农药桶的，当年灌溉季停送渠水。", ["当年灌溉季停送渠水"]),
        # a wrong told in a clause of its own, without 的, then what the wrongdoer pays
        ("每只鸭子钻进别家稻田一回，鸭主交二十元。", ["鸭主交二十元"]),
        ("马车压坏村道一回，车主出五十元。", ["车主出五十元"]),
        ("拖拉机轧坏水渠一次，机主拿出两百元。", ["机主拿出两百元"]),
        ("有人往水井里扔死老鼠，该户出三百元。", ["该户出三百元"]),
        ("牛羊啃了公路边的行道树，畜主交三十斤玉米入组里公仓。", ["畜主交三十斤玉米入组里公仓"]),
        # a rule told in a report or quoted
        ("网友反映，某村的村规写着：养的狗咬了人，狗由村里打死。", ["狗由村里打死"]),
        ("据乡干部回忆，那个村的老规矩是：偷了别人的牛，要拿出一头猪请全村吃。", ["要拿出一头猪请全村吃"]),
        ("村民对记者说，去年谁家烧了秸秆，组里就扣了谁家一百斤稻谷。", ["组里就扣了谁家一百斤稻谷"]),
        # a status a distribution rule treats apart, its share withheld or limited, no wrong named
        ("女儿出了阁，祖上的山林就没她的份。", ["祖上的山林就没她的份"]),
        # (不配人口股 is read since the twelfth session: a share denied by a bare verb of allotting, CV608 here)
        ("计划外生的孩子没有人口股。", ["计划外生的孩子没有人口股"]),
        # look-alikes: equal rights, a share had elsewhere, the unequal rule forbidden or struck down
        ("出嫁女户口在本村的，与其他村民同等分红。", []),
        ("已在婆家分得承包地的妇女，本村不再重复分配。", []),
        ("以离婚为由停发妇女分红的做法一律禁止。", []),
        ("法院判决：村里以出嫁为由不分征地款的决议无效。", []),
        ("记者了解到，该村原来超生不分地的规定已被县里纠正。", []),
        ("出嫁女的承包地，村集体不得收回。", []),
        ("妇女离婚后仍在本村生活的，保留其承包地和分红。", []),
        # deposits, fees and prices, a loss or a death, a pledge, a reason, a time, a referral, help
        ("凡借用村里桌椅的，须交五十元，用完退还。", []),
        ("在村里开店的，每月交一百元卫生费。", []),
        ("使用村集体晒场的，每亩交纳管理费十元。", []),
        ("用水超过十吨的，超出部分每吨按三元收取水费。", []),
        ("集体经济亏损的，当年不分红。", []),
        ("家中有人去世的，停发其本人的养老金。", []),
        ("不在河道里倾倒垃圾，节约用水。", []),
        ("因上级资金未到位，今年的补贴推迟发放。", []),
        ("发生火灾等紧急情况时，村里可以临时切断电源。", []),
        ("违者由派出所依法处理。", []),
        ("家里办喜事的，请理事会帮忙。", []),
        # a benefit whose conditions are no longer met ends: no sanction
        ("家庭收入超过低保标准的，停发低保金。", []),
        ("家庭收入达到标准的，停发低保金。", []),
    ],
)
def test_the_reading_list_reads_what_the_analyser_is_silent_on(text: str, listed: list[str]) -> None:
    assert unlawful_measures(text) == []  # the analyser's silence is what the list reads past
    assert [text[start:end] for start, end in consequences_to_read(text)] == listed


@pytest.fixture
def unjudged(mini):
    """The mini county's village charter with two articles civcat cannot judge, and nothing it flags."""
    mini.replace(VILLAGE_CHARTER, CLEAN_ARTICLE, UNJUDGED)
    return mini


def test_each_article_is_analysed_once_even_when_the_county_is_checked_in_workers(
    unjudged, tmp_path, monkeypatch
) -> None:
    """The charters under review are checked in this process, so the opinion and its reading list use the
    measures the rules found; checked in a worker (as a whole county is), each of their articles was
    analysed there and a second time here."""
    import collections
    import json as json_module

    import civcat.rules.clauses
    import civcat.validate
    from civcat.rules.legality import measures_of

    log = tmp_path / "analysed.txt"
    analyse = civcat.rules.clauses.unlawful_measures

    def logged(text: str, *args, **kwargs):
        with log.open("a", encoding="utf-8") as out:  # a forked worker writes here too
            out.write(json_module.dumps(text) + "\n")
        return analyse(text, *args, **kwargs)

    monkeypatch.setattr(civcat.rules.clauses, "unlawful_measures", logged)
    monkeypatch.setattr(civcat.validate, "PARALLEL_FROM", 1)  # every file to the workers, as a county's are
    monkeypatch.setattr(civcat.validate.os, "cpu_count", lambda: 2)
    monkeypatch.setenv("CIVCAT_CACHE_DIR", str(tmp_path / "cache"))
    measures_of.cache_clear()
    (opinion,) = review(unjudged.root, "石门村")
    assert [a.number for a in opinion.to_read] == ["第二条", "第三条"]
    counts = collections.Counter(json_module.loads(line) for line in log.read_text("utf-8").splitlines())
    texts = [line.split("text: ", 1)[1] for line in UNJUDGED.splitlines()]  # in no other file of the county
    assert {text: counts[text] for text in texts} == dict.fromkeys(texts, 1)


def test_unjudged_articles_are_listed_never_counted_as_problems(unjudged) -> None:
    # validate reports nothing on them: the reading list is the review's alone
    assert not [f for f in unjudged.findings() if f.code.startswith("CV60")]
    (opinion,) = review(unjudged.root, "石门村")
    assert opinion.articles == [] and opinion.changes == []
    assert [(a.number, a.clauses) for a in opinion.to_read] == [
        ("第二条", ["村里的事情一概不再过问"]),
        ("第三条", ["其在本村的各项权益一并终止"]),
    ]
    assert opinion.to_read[0].line == unjudged.line_of(VILLAGE_CHARTER, "一概不再过问")
    # no clean bill over articles civcat could not judge: a person concludes
    assert opinion.decision == "须审核人阅读后定稿"
    markdown = opinion_markdown(opinion)
    assert "另有2条未能判断，见第三部分" in markdown
    assert "## 三、未能判断的条款（请审核人逐条阅读）" in markdown
    assert "- 未能判断的处理：“其在本村的各项权益一并终止”" in markdown
    assert (
        "第二条、第三条规定的处理未能判断是否合法（见第三部分），须经审核人逐条阅读、确认合法后，方可同意备案。"
        in markdown
    )
    assert "\n同意备案。" not in markdown


def test_command_writes_the_reading_list_in_pdf_markdown_and_json(unjudged) -> None:
    run = civcat("review", "石门村", "-o", "opinions", cwd=unjudged.root)
    assert run.returncode == 0, run.stderr
    assert "石门村村规民约：须审核人阅读后定稿" in run.stdout
    assert "第二条、第三条规定了对违约行为的处理，civcat 未能判断是否合法，请审核人逐条阅读" in run.stdout
    stem = unjudged.root / "opinions" / "500243112201-石门村-审核意见"
    data = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["conclusion"] == {
        "decision": "read",
        "text": "须审核人阅读后定稿",
        "changes": [],
        "to_read": ["第二条", "第三条"],
    }
    assert data["articles"] == []
    assert [(a["number"], a["line"], a["clauses"]) for a in data["to_read"]] == [
        ("第二条", unjudged.line_of(VILLAGE_CHARTER, "一概不再过问"), ["村里的事情一概不再过问"]),
        ("第三条", unjudged.line_of(VILLAGE_CHARTER, "一并终止"), ["其在本村的各项权益一并终止"]),
    ]
    assert "## 三、未能判断的条款（请审核人逐条阅读）" in stem.with_suffix(".md").read_text(encoding="utf-8")
    text = pdf_text(stem.with_suffix(".pdf"))
    order = [
        "一、条款内容",
        "另有2条未能判断",
        "二、制定程序和表决",
        "三、未能判断的条款（请审核人逐条阅读）",
        "请审核人逐条阅读，确认是否与法律、法规和国家政策相抵触",
        "第二条",
        "未能判断的处理：“村里的事情一概不再过问”",
        "第三条",
        "未能判断的处理：“其在本村的各项权益一并终止”",
        "四、审核结论",
        "须经审核人逐条阅读、确认合法后，方可同意备案。",
        "2021年7月10日",
    ]
    positions = [text.find(word) for word in order]
    assert all(p >= 0 for p in positions), [(w, p) for w, p in zip(order, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    assert text.count("同意备案") == 1  # only as what the reviewer may conclude after reading


def test_reading_list_beside_problems_and_pdf_deterministic(draft) -> None:
    draft.replace(
        VILLAGE_CHARTER,
        "      - text: 出嫁女户口未迁出的",
        "      - text: 违反本规约屡教不改的，其在本村的各项权益一并终止。\n      - text: 出嫁女户口未迁出的",
    )
    (opinion,) = review(draft.root, "石门村")
    assert opinion.decision == "修改后重新报送"
    assert [a.number for a in opinion.to_read] == ["第四条"]
    assert [a.number for a in opinion.articles] == ["第二条", "第三条", "第五条"]
    assert not any("第四条" in change for change in opinion.changes)  # never counted as a problem
    data = opinion_pdf(opinion)
    assert data == opinion_pdf(opinion)  # byte-identical, like every civcat PDF
    text = pdf_text(__import__("io").BytesIO(data))
    order = [
        "三、其他问题",
        "四、未能判断的条款",
        "第四条",
        "五、审核结论",
        "研究采纳",
        "第四条规定的处理未能判断是否合法（见第四部分），请审核人一并阅读。",
    ]
    positions = [text.find(word) for word in order]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), list(zip(order, positions, strict=True))


# --- what a clerk meets: broken files, output folders, characters no font has ------------------------


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ("title: 石门村村规民约", "title: [石门村村规民约", "CV002"),  # a YAML error
        ("type: village_rules", "type: nonsense", "CV104"),  # a schema error
    ],
)
def test_a_charter_that_cannot_be_read_is_said_with_its_errors(mini, old, new, where) -> None:
    """A draft with an error is there: the clerk is told where it is wrong (file:line:col), never that
    the village has no charter, and a township's review does not leave it out unseen."""
    mini.replace(VILLAGE_CHARTER, old, new)
    line = mini.line_of(VILLAGE_CHARTER, new)
    for args in (("石门村",), ("--township", "500243112")):
        run = civcat("review", *args, "-o", "opinions", cwd=mini.root)
        assert run.returncode == 2, run.stdout
        assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
        place = re.search(rf"{VILLAGE_CHARTER}:(\d+):\d+ {where}", run.stderr)
        assert place and int(place.group(1)) in (line, line + 1), run.stderr  # YAML says where it noticed
        assert "无法审核" in run.stderr and "还没有公约文件" not in run.stderr
        assert not (mini.root / "opinions").exists()


def test_output_folder_problems_are_one_line_before_any_work(mini) -> None:
    (mini.root / "notes.txt").write_text("the clerk's notes\n", encoding="utf-8")
    run = civcat("review", "石门村", "-o", "notes.txt", cwd=mini.root)
    assert run.returncode == 2 and "这是一个文件，不是文件夹" in run.stderr and "File exists" not in run.stderr
    run = civcat("review", "石门村", "-o", "notes.txt/opinions", cwd=mini.root)
    assert run.returncode == 2 and "notes.txt 是一个文件，不是文件夹" in run.stderr
    run = civcat("review", "石门村", "-o", "审" * 100, cwd=mini.root)  # 300 bytes: over any file system's limit
    assert run.returncode == 2 and "文件名太长" in run.stderr and "内部错误" not in run.stderr, run.stderr
    assert (mini.root / "notes.txt").read_text(encoding="utf-8") == "the clerk's notes\n"


def test_a_read_only_output_folder_is_one_line(mini, tmp_path) -> None:
    root, command = mini.root, [sys.executable, "-m", "civcat", "review", "石门村", "-f", "json"]
    if os.geteuid() == 0:  # root writes anywhere: run as nobody, as a clerk without the rights would
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("root, and no setpriv to drop the rights")
        shared = Path(tempfile.mkdtemp(prefix="civcat-review-"))  # pytest's own folders are closed to others
        root = shared / "county"
        shutil.copytree(mini.root, root)
        for path in [shared, *shared.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o005)
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    locked = root / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        run = subprocess.run(
            [*command, "-o", str(locked)],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "CIVCAT_LANG": "zh"},
        )
        assert run.returncode == 2, run.stderr
        assert "没有写入权限" in run.stderr and "Traceback" not in run.stderr
        assert list(locked.iterdir()) == []
    finally:
        if root != mini.root:
            shutil.rmtree(root.parent)


def test_apply_never_writes_its_copy_among_the_data(draft) -> None:
    """A copy in charters/ would be read as the village's second charter and fail the county's checks."""
    for folder in ("charters/500243112", "catalogues/opinions"):
        run = civcat("review", "石门村", "--apply", "-o", folder, cwd=draft.root)
        assert run.returncode == 2 and "修改稿不能写在" in run.stderr, run.stderr
    assert not list((draft.root / "charters" / "500243112").glob("*审核*"))
    assert not (draft.root / "catalogues" / "opinions").exists()
    assert not [f for f in draft.findings() if f.code in ("CV208", "CV209")]


def test_a_character_no_font_has_is_located_and_nothing_is_half_written(draft) -> None:
    draft.replace(VILLAGE_CHARTER, "违者罚款200元。", "违者罚款200元😀。")
    line = draft.line_of(VILLAGE_CHARTER, "😀")
    run = civcat("review", "--township", "500243112", "-o", "opinions", cwd=draft.root)
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1
    assert f"{VILLAGE_CHARTER} 第 {line} 行" in run.stderr and "U+1F600" in run.stderr, run.stderr
    assert not (draft.root / "opinions").exists()  # not the markdown or JSON of it either
    # the text formats need no font
    assert civcat("review", "石门村", "-f", "markdown", "-o", "opinions", cwd=draft.root).returncode == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two measures after one condition: one lawful wording, each part said once
        (
            "乱倒垃圾的，罚款50元，并取消当年低保资格。",
            "乱倒垃圾的，由村民委员会批评教育、责令改正，并可取消其当年评先评优资格；造成损失的，依法赔偿实际损失。",
        ),
        (
            "爱护公共财物。违者罚款500元，并在村务公开栏曝光。",
            "爱护公共财物。违者由村民委员会批评教育、责令改正；造成损失的，依法赔偿实际损失；"
            "涉嫌违法的，报请公安机关依法处理。",
        ),
        # compensation the article already asks for is not asked again
        ("违者除赔偿损失外，另处罚款200元。", "违者除赔偿损失外，另由村民委员会批评教育、责令改正。"),
        # a second condition keeps its own wording
        (
            "违者罚款100元；情节严重的，停止供水供电。",
            "违者由村民委员会批评教育、责令改正；造成损失的，依法赔偿实际损失；情节严重的，报请有关部门依法处理。",
        ),
        # pasted half-width punctuation comes back in full width, as the village may copy it
        (
            "拖欠水费超过三个月, 经催缴仍不交纳的, 村委会对其停止供水供电; 情节严重的, 没收其工具.",
            "拖欠水费超过三个月，经催缴仍不交纳的，报请有关部门依法处理；情节严重的，"
            "由村民委员会批评教育、责令改正；造成损失的，依法赔偿实际损失。",
        ),
    ],
)
def test_suggestions_say_each_measure_once(text: str, expected: str) -> None:
    suggestion = suggest(text)
    assert suggestion == expected
    assert unlawful_measures(suggestion) == [] and suggestion.count("批评教育") == 1


def test_the_reading_list_reuses_the_measures_found(monkeypatch, unjudged) -> None:
    """The review reads each article's measures from the analysis the legality rules made (cached by
    text), never a second analysis per article for its reading list."""
    from collections import Counter

    from civcat.rules import legality
    from civcat.rules.clauses import analysis

    assert consequences_to_read("违者罚款200元。") == []  # the fine is a finding, not a clause to read
    assert consequences_to_read("违者罚款200元。", []) == [(2, 8)]  # told that nothing was found
    analysed: Counter[str] = Counter()
    measures = analysis._measures

    def counted(text: str):
        analysed[text] += 1
        return measures(text)

    monkeypatch.setattr(analysis, "_measures", counted)
    legality.measures_of.cache_clear()
    (opinion,) = review(unjudged.root, "石门村")
    assert [a.number for a in opinion.to_read] == ["第二条", "第三条"]
    assert analysed and max(analysed.values()) == 1, analysed.most_common(3)


def _as_draft(text: str, reviewed: str, article: str) -> str:
    """A generated charter made an unvoted draft reviewed on `reviewed`, with one more article."""
    text = text.replace("status: adopted", "status: draft")
    text = re.sub(r"  reviewed: .*\n(  .*\n)*?(?=vote:)", f"  reviewed: {reviewed}\n", text)
    text = re.sub(r"vote:\n(  .*\n)+", "", text)
    return text.replace("    articles:\n", f"    articles:\n      - text: {article}\n", 1)


def test_each_charter_is_judged_as_validate_judges_it_on_its_own_date(tmp_path) -> None:
    """The township's charters reviewed on different days: each opinion holds exactly what `civcat
    validate --as-of DAY` says of its file, and an unvoted draft is judged by the law of its review date
    (the 2018 organic law before 2026, the 2025 one after: 第二十七条 / 第三十一条)."""
    from civcat.validate import validate

    root = tmp_path / "county"
    repo = Path(__file__).resolve().parent.parent
    for folder in ("catalogues", "charters"):
        shutil.copytree(repo / folder, root / folder)
    new, old = root / "charters/500243112/500243112201.yaml", root / "charters/500243112/500243112202.yaml"
    new.write_text(_as_draft(new.read_text(encoding="utf-8"), "2026-03-02", "违者罚款50元。"), encoding="utf-8")
    old.write_text(_as_draft(old.read_text(encoding="utf-8"), "2019-05-06", "违者罚款60元。"), encoding="utf-8")
    opinions = {o.community["code"]: o for o in review(root, township="500243112")}
    assert len(opinions) == 7 and len({o.date for o in opinions.values()}) == 7
    for code, opinion in opinions.items():
        said = sorted(
            (p.code, p.line, p.message)
            for p in [*[p for a in opinion.articles for p in a.problems], *opinion.procedure, *opinion.other]
        )
        path = opinion.charter["path"]
        expected = sorted(
            (f.code, f.line, f.message) for f in validate([str(root / path)], cwd=root, as_of=opinion.date).findings
        )
        assert said == expected, code
    (fine_2025,) = opinions["500243112201"].articles[0].problems
    (fine_2018,) = opinions["500243112202"].articles[0].problems
    assert "《村民委员会组织法》（2025）第三十一条" in fine_2025.message
    assert "《村民委员会组织法》（2018）第二十七条" in fine_2018.message
    assert opinions["500243112201"].decision == "修改后重新报送"


def test_a_draft_is_named_as_sent_and_the_copy_speaks_to_its_committee(draft, tmp_path) -> None:
    draft.replace(VILLAGE_CHARTER, "status: adopted", "status: draft")
    (opinion,) = review(draft.root, "石门村")
    assert opinion.title == "关于《石门村村规民约（草案）》的审核意见"
    assert "你村报送的《石门村村规民约（草案）》收悉。" in opinion_markdown(opinion)
    assert "你村报送的《石门村村规民约（草案）》收悉。" in pdf_text(__import__("io").BytesIO(opinion_pdf(opinion)))
    header = apply_suggestions(draft.root, opinion, tmp_path).read_text(encoding="utf-8").split("civcat: 1")[0]
    assert "请石门村村民委员会逐条审阅" in header and "修改稿须依法提交村民会议审议表决" in header


def test_markdown_quotes_the_charter_as_written(draft) -> None:
    """Characters a village typed are text, not markdown, and an article on several lines (a YAML block)
    stays one quotation: read back through a CommonMark parser (markdown-it, which rich brings)."""
    from markdown_it import MarkdownIt

    draft.replace(
        VILLAGE_CHARTER,
        "      - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。违者罚款200元。",
        "      - text: |-\n          村民应当爱护*公共*环境，<b>垃圾</b>分类投放。\n\n          违者罚款200元_一次。",
    )
    (opinion,) = review(draft.root, "石门村")
    html = MarkdownIt().render(opinion_markdown(opinion))
    (quote,) = [q for q in html.split("<blockquote>")[1:] if "垃圾" in q.split("</blockquote>")[0]][:1]
    quoted = quote.split("</blockquote>")[0]
    assert "村民应当爱护*公共*环境，&lt;b&gt;垃圾&lt;/b&gt;分类投放。" in quoted
    assert "违者罚款200元_一次。" in quoted  # the second paragraph inside the same quotation
    assert "<b>" not in html and "<em>" not in html


def test_a_consequence_beside_a_finding_that_civcat_cannot_judge_is_pointed_out(mini) -> None:
    """The suggestion keeps what civcat could not judge as written: the reviewer is told to read it, in
    every output, never handed it as lawful wording."""
    mini.replace(
        VILLAGE_CHARTER, CLEAN_ARTICLE, "      - text: 拖欠卫生费的，村委会对其停水停电，并在村广播里连播三天他的名字。"
    )
    (opinion,) = review(mini.root, "石门村")
    (article,) = opinion.articles
    assert [p.code for p in article.problems] == ["CV604"]
    assert article.suggestion == "拖欠卫生费的，报请有关部门依法处理，并在村广播里连播三天他的名字。"
    assert article.unjudged == ["并在村广播里连播三天他的名字"]
    assert opinion.to_read == []  # an article with a finding is not on the reading list
    note = "本条另有未能判断是否合法的处理（建议修改稿中照原文保留），请审核人阅读：“并在村广播里连播三天他的名字”"
    assert note in opinion_markdown(opinion)
    assert note in pdf_text(__import__("io").BytesIO(opinion_pdf(opinion)))
    run = civcat("review", "石门村", "-f", "json", "-o", "opinions", cwd=mini.root)
    assert "第二条除已指出的问题外，另有处理未能判断是否合法，请审核人阅读" in run.stdout, run.stdout + run.stderr
    data = json.loads((mini.root / "opinions" / "500243112201-石门村-审核意见.json").read_text(encoding="utf-8"))
    assert data["articles"][0]["unjudged"] == ["并在村广播里连播三天他的名字"]
