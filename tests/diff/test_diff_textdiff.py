"""Character diffs, article alignment and Chinese-aware title normalisation."""

from __future__ import annotations

import pytest

from civcat.diff.across import near_same
from civcat.diff.changes import diff_data
from civcat.diff.textdiff import align, char_diff, normalize_text
from civcat.rules.catalogues import normalize_title


def test_one_character_edit_is_one_deletion_and_one_insertion():
    assert char_diff("不乱倒乱扔。", "不乱倒乱丢。") == [("=", "不乱倒乱"), ("-", "扔"), ("+", "丢"), ("=", "。")]


def test_diff_is_by_character_not_by_word():
    # Chinese has no spaces: a word diff would call the whole sentence changed.
    segments = char_diff("村民应当爱护公共环境", "居民应当爱护公共环境")
    assert segments == [("-", "村"), ("+", "居"), ("=", "民应当爱护公共环境")]


def test_insertion_only_and_deletion_only():
    assert char_diff("节约用水。", "节约用水，保护水源。") == [
        ("=", "节约用水"),
        ("-", "。"),
        ("+", "，保护水源。"),
    ] or char_diff("节约用水。", "节约用水，保护水源。") == [("=", "节约用水"), ("+", "，保护水源"), ("=", "。")]
    assert char_diff("不酗酒滋事，不说脏话。", "不说脏话。") == [("-", "不酗酒滋事，"), ("=", "不说脏话。")]


def test_short_common_characters_between_edits_are_folded_into_one_replacement():
    # 罚款五十元 → 批评教育: no stray shared characters left between the pieces.
    segments = char_diff("违者罚款五十元。", "违者由村委会批评教育。")
    assert segments[0] == ("=", "违者") and segments[-1] == ("=", "。")
    assert [op for op, _ in segments[1:-1]] == ["-", "+"]


def test_segments_rebuild_both_texts():
    a, b = (
        "本村规民约经村民会议表决通过，报乡（镇）人民政府备案后公布施行。",
        "本公约经居民会议讨论通过，报长生镇人民政府备案后施行。",
    )
    segments = char_diff(a, b)
    assert "".join(t for op, t in segments if op != "+") == a
    assert "".join(t for op, t in segments if op != "-") == b


def test_align_pairs_similar_articles_and_leaves_the_rest_added_or_removed():
    old = ["总则第一条内容比较长的一句话。", "爱护公共环境，垃圾分类投放。", "完全不同的旧条文，讲的是别的事情。"]
    new = [
        "总则第一条内容比较长的一句话。",
        "爱护公共环境，垃圾分类投放到指定地点。",
        "新增的条文：文明养犬，出户牵绳。",
    ]
    ops = [(p.op, p.i, p.j) for p in align(old, new)]
    assert ("equal", 0, 0) in ops
    assert ("changed", 1, 1) in ops
    assert ("removed", 2, None) in ops and ("added", None, 2) in ops


def test_align_finds_a_moved_article():
    old = ["甲条文内容。", "乙条文内容。", "丙条文内容，很长很长很长。"]
    new = ["丙条文内容，很长很长很长。", "甲条文内容。", "乙条文内容。"]
    ops = {(p.op, p.i, p.j) for p in align(old, new)}
    assert ("moved", 2, 0) in ops
    assert not any(op in ("added", "removed") for op, _, _ in ops)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("村内道路、路灯等公益设施日常管护", "村内道路，路灯等公益设施日常管护"),  # punctuation
        ("山坪塘日常维护", "山坪塘 日常维护"),  # space
        ("村（社区）道路日常管护", "社区道路日常管护"),  # 村（社区）/社区 wording
        ("居民议事会组织", "村民议事会组织"),  # 居民/村民
        ("ＡＢ级危房改造", "AB级危房改造"),  # full-width letters
        ("小区停车秩序协调（临时）", "小区停车秩序协调(临时)"),  # full-width/half-width brackets
    ],
)
def test_titles_that_name_the_same_matter_normalise_alike(a, b):
    assert normalize_title(a) == normalize_title(b)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("山坪塘日常维护", "山坪塘日常管护", True),  # one character differs
        ("村内道路日常管护", "社区道路日常管护", True),  # 村内 / 社区
        ("集中供水池管护", "集中供水池和管网日常管护", False),
        ("家庭蜂箱管理", "蜂箱摆放和农药喷洒协调", False),
        ("老旧小区加装电梯协商", "老旧小区加装电梯费用分摊", False),
    ],
)
def test_near_same_titles(a, b, same):
    assert near_same(normalize_title(a), normalize_title(b)) is same


def test_article_text_normalisation_keeps_punctuation_but_not_width_or_spaces():
    assert normalize_text("不乱扔垃圾 ，节约用水") == "不乱扔垃圾,节约用水"
    assert normalize_text("不乱扔垃圾，节约用水") == normalize_text("不乱扔垃圾,节约用水")
    assert normalize_text("不乱扔垃圾。") != normalize_text("不乱扔垃圾；")


def test_data_diff_ignores_order_of_words_and_reports_keyed_items_by_id():
    old = {
        "kind": "community",
        "consultation": {"platforms": ["院坝会", "村民议事会"]},
        "triage": {"excluded": [{"id": "XS-02", "reason": "无林地"}], "local": []},
    }
    new = {
        "kind": "community",
        "consultation": {"platforms": ["村民议事会", "院坝会", "坝坝会"]},
        "triage": {"excluded": [], "local": [{"id": "XS-L01", "tier": "minor", "title": "晒坝", "forms": ["院坝会"]}]},
    }
    changes = [(c, t, b, a) for c, t, b, a, _, _ in diff_data("community", old, new)]
    assert changes == [
        ("added", "consultation.platforms", None, "坝坝会"),
        ("removed", "triage.excluded XS-02", "无林地", None),
        ("added", "triage.local XS-L01", None, {"id": "XS-L01", "tier": "minor", "title": "晒坝", "forms": ["院坝会"]}),
    ]


def test_a_renumbered_local_item_is_one_change_of_its_id():
    old = {"triage": {"local": [{"id": "XS-L01", "tier": "minor", "title": "晒坝使用", "forms": ["院坝会"]}]}}
    new = {"triage": {"local": [{"id": "XS-L02", "tier": "minor", "title": "晒坝使用", "forms": ["院坝会"]}]}}
    changes = [(c, t, b, a) for c, t, b, a, _, _ in diff_data("community", old, new)]
    assert changes == [("changed", "triage.local XS-L02.id", "XS-L01", "XS-L02")]
