"""The clause analyser's learned complement (rules/clauses/learned.py): what it adds, where it stays silent, how
its findings are marked and shown. Sentences in our own words."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from civcat.rules.clauses import unlawful_measures
from civcat.rules.clauses.analysis import unlawful_measures as rules_only
from civcat.rules.clauses.learned import (
    CODES,
    WEIGHTS_FILE,
    LearnedModel,
    features,
    learned_measures,
    model,
    segments,
)
from civcat.rules.clauses.measure import Measure


def _toy(thresholds=None, guard=None) -> LearnedModel:
    """A model that reads 扣 and 罚 in a consequence as CV601 (weights chosen by hand, for the guards' sake)."""
    return LearnedModel(
        {
            "codes": list(CODES),
            "scale": 1000,
            "bias": [-3.0] * len(CODES),
            "weights": {"Q扣": {"0": 5000}, "q扣": {"0": 5000}, "N扣": {"0": 5000}},
            "thresholds": thresholds or dict.fromkeys(CODES, 0.5),
            "guard": guard or {"rules_silent": False, "consequence": True},
        }
    )


# ---------------------------------------------------------------- structure and guards (a model of our own)


def test_segments_part_the_article_into_consequence_and_prohibition():
    text = "凡乱倒垃圾的，由村委会扣减其年终奖励；村委会不得扣发低保。"
    parts = [(ns, text[s:e]) for ns, s, e in segments(text)]
    assert ("Q", "由村委会扣减其年终奖励") in parts
    assert ("N", "不得扣发低保") in parts
    assert not any("乱倒垃圾" in words for _, words in parts)  # the condition is no part the model reads


def test_a_finding_is_marked_inferred_and_quotes_the_consequence():
    text = "凡乱倒垃圾的，由村委会扣减其年终奖励。"
    [found] = learned_measures(text, [], _toy())
    assert found.inferred and found.code == "CV601"
    assert found.evidence == "由村委会扣减其年终奖励" == text[found.start : found.end]


def test_silent_in_a_prohibitions_scope_and_outside_a_consequence_of_wrongdoing():
    m = _toy()
    assert learned_measures("村民委员会不得扣发村民的各类补贴。", [], m) == []
    assert learned_measures("每年年底由村委会统一扣除电费。", [], m) == []  # no wrongdoing: q, not Q


def test_silent_where_the_rules_already_give_the_code():
    text = "凡乱倒垃圾的，由村委会扣减其年终奖励。"
    rule = Measure("CV601", 7, 11, text[7:11], "罚款")
    assert learned_measures(text, [rule], _toy()) == []
    # a rule finding of another code in another sentence does not stop it, unless the guard says the rules must
    # be silent in the whole article
    two = "损坏路灯的，停办其各类证明。" + text
    other = Measure("CV605", 6, 12, two[6:12], "停办证明")
    assert [x.code for x in learned_measures(two, [other], _toy())] == ["CV601"]
    assert learned_measures(two, [other], _toy(guard={"rules_silent": True, "consequence": True})) == []


def test_silent_in_a_sentence_where_the_rules_found_something():
    """The rules have read that sentence's consequences: what they leave beside their finding is on the review's
    reading list, not the model's to add (a second code beside the rules' in one sentence)."""
    text = "损坏路灯的，停办其各类证明，并由村委会扣减其年终奖励。"
    other = Measure("CV605", 6, 12, text[6:12], "停办证明")
    assert [x.code for x in learned_measures(text, [], _toy())] == ["CV601"]
    assert learned_measures(text, [other], _toy()) == []


def test_a_code_without_a_threshold_is_never_given():
    text = "凡乱倒垃圾的，由村委会扣减其年终奖励。"
    assert learned_measures(text, [], _toy(thresholds=dict.fromkeys(CODES, 2.0))) == []


def test_features_fold_digits_and_read_traditional_characters():
    assert features("亂倒垃圾的，罰款200元。") == features("乱倒垃圾的，罚款500元。")


# ---------------------------------------------------------------- the shipped model


def _shipped() -> dict:
    return json.loads(resources.files("civcat.rules.clauses").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8"))


def test_the_shipped_weights_file_is_small_and_whole():
    """The file scripts/train_clause_model.py writes (retraining takes minutes, so this checks its shape)."""
    path = resources.files("civcat.rules.clauses").joinpath(WEIGHTS_FILE)
    assert len(path.read_bytes()) < 1_100_000
    data = _shipped()
    assert data["codes"] == list(CODES) and len(data["bias"]) == len(CODES)
    assert set(data["thresholds"]) == set(CODES)
    assert set(data["guard"]) == {"rules_silent", "consequence"}
    assert all(ns in "QqN" for ns in {f[0] for f in data["weights"]})
    assert all(0 <= int(j) < len(CODES) for row in data["weights"].values() for j in row)
    # only the codes the setup gives keep weights; a few that any retraining on these sets keeps: being taken
    # somewhere (押, 关) in a consequence weighs for CV603, a fine against it
    given = {str(j) for j, c in enumerate(CODES) if data["thresholds"][c] <= 1.0}
    assert {j for row in data["weights"].values() for j in row} == given
    if "2" in given:
        assert data["weights"]["Q押"]["2"] > 0 and data["weights"]["Q关"]["2"] > 0
        assert data["weights"]["Q罚款"]["2"] < 0
    assert model() is model()  # read once


def test_the_fast_reading_gives_what_the_training_reads():
    """learned_measures reads only weighted n-grams; candidates (what training and cross-validation use) every
    n-gram: the two agree on the scores and the quoted part."""
    from civcat.rules.clauses.learned import candidates

    m = model()
    texts = [
        "在村里打架的，把人留在村部写检讨，不写完不准走。",
        "偷窃的，抓住后关在村部，通知家属来领人。",
        "任何人不得关押、捆绑村民，不得限制他人人身自由。",
        "凡乱倒垃圾的，由村委会扣减其年终奖励；村委会不得扣发低保。",
    ]
    for text in texts:
        slow = [
            (c, s, e)
            for c, p, ns, s, e in candidates(text, [], m)
            if p >= m.thresholds[c] and ns and (ns == "Q" or not m.guard["consequence"])
        ]
        fast = [(x.code, x.start, x.end) for x in learned_measures(text, [], m)]
        assert fast == slow


# ---------------------------------------------------------------- the shipped model through the analyser

# Held until a written self-criticism is done: CV603 (docs/clause-codes.md), worded so that no rule reads it.
INFERRED = "在村里打架的，把人留在村部写检讨，不写完不准走。"


def test_a_measure_no_rule_reads_is_found_marked_and_quoted():
    assert rules_only(INFERRED) == []  # if a rule learns this wording, choose another the rules miss
    [found] = unlawful_measures(INFERRED)
    assert (found.code, found.inferred) == ("CV603", True)
    assert found.evidence == "把人留在村部写检讨" == INFERRED[found.start : found.end]


@pytest.mark.parametrize(
    "text",
    [
        "出嫁女及其子女按100%享受分配。",  # digits are folded: a full share is left to the rules
        "任何人不得关押、捆绑村民，不得限制他人人身自由。",
        "村委会不得将违约村民的姓名照片张贴示众。",
        "对违反本规约的，由村委会批评教育，情节严重的通报批评。",
        "村民外出务工三个月以上的，应向村委会登记联系方式。",
        "发现有人溺水的，应立即呼救并报警。",
        "对打架斗殴的，报公安机关依法处理。",
        "违反规定的，由村委会通报批评，责令改正。",
        "村民在村部参加会议的，会后应将桌椅摆放整齐。",
        "学生放学后应按时回家，家长负责接送。",
    ],
)
def test_negations_and_lawful_look_alikes_stay_silent(text):
    assert [m for m in unlawful_measures(text) if m.inferred] == []


def test_the_rules_findings_come_first_and_are_never_marked():
    text = "乱倒垃圾的，罚款200元。"
    assert [(m.code, m.inferred) for m in unlawful_measures(text)] == [("CV601", False)]


def test_the_clerk_is_told_it_is_inferred_and_no_rewording_is_suggested(mini):
    from conftest import VILLAGE_CHARTER

    from civcat.review.suggest import suggest

    assert suggest(INFERRED) is None  # an inferred finding is for a person to read, not rewritten
    mini.replace(VILLAGE_CHARTER, "- text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。", f"- text: {INFERRED}")
    [finding] = [f for f in mini.findings() if f.code.startswith("CV6")]
    assert finding.code == "CV603"
    assert finding.message.startswith("按用语推断，请人工核对：") and "“把人留在村部写检讨”" in finding.message


def test_a_name_broadcast_for_days_is_an_inferred_cv603_no_longer_only_on_the_reading_list():
    """The rules leave it unjudged (it was the review tests' example of an article to read); the model reads it
    as a person shown for a wrongdoing (CV603, docs/clause-codes.md), for a person to check."""
    from civcat.rules.clauses import consequences_to_read

    text = "村民应当爱护路灯、水渠等公共设施；损坏的，在村广播里把他的名字连播三天。"
    assert rules_only(text) == [] and consequences_to_read(text, []) != []
    [found] = unlawful_measures(text)
    assert (found.code, found.inferred, found.evidence) == ("CV603", True, "在村广播里把他的名字连播三天")
    assert consequences_to_read(text, [found]) == []  # judged: quoted in the finding instead


def test_the_rule_tests_look_alikes_are_labelled_with_what_the_rules_give():
    """bench/data/clause_lookalikes.yaml (scripts/collect_lookalikes.py, training data only): each sentence a rule
    test accepts, labelled with the rules' codes; regenerate it when the rules or their tests change."""
    from pathlib import Path

    from ruamel.yaml import YAML

    path = Path(__file__).resolve().parent.parent / "bench" / "data" / "clause_lookalikes.yaml"
    arts = YAML(typ="safe").load(path.read_text(encoding="utf-8"))["articles"]
    assert sum(not a["codes"] for a in arts) > 1000
    stale = [a["text"] for a in arts if sorted({m.code for m in rules_only(a["text"])}) != sorted(a["codes"])]
    assert stale == []


def test_the_shipped_model_adds_to_no_look_alike_but_a_name_broadcast_the_review_left_unjudged():
    """The veto of scripts/train_clause_model.py holds for the shipped weights too: no look-alike
    (bench/data/clause_lookalikes.yaml: every sentence a passing test reads, with the rules' codes) gets a code
    from the model, but one. The review's suggested rewording in test_review keeps a name broadcast it could not
    judge, and a name read out for a wrongdoing is CV603 by docs/clause-codes.md: there the model is right and the
    look-alike is not clean. When this fails after a change to the rules or the tests, run
    `bash scripts/retrain_clause_model.sh` and measure before shipping (DEVELOPERS.md)."""
    from pathlib import Path

    from ruamel.yaml import YAML

    path = Path(__file__).resolve().parent.parent / "bench" / "data" / "clause_lookalikes.yaml"
    arts = YAML(typ="safe").load(path.read_text(encoding="utf-8"))["articles"]
    added = [(a["text"], m.code) for a in arts for m in unlawful_measures(a["text"]) if m.inferred]
    assert added == [("拖欠卫生费的，报请有关部门依法处理，并在村广播里连播三天他的名字。", "CV603")]


def test_retrained_weights_are_a_new_civcat_for_the_cache(tmp_path, monkeypatch):
    """The validate cache is keyed on civcat's own files: new weights of the learned complement change findings,
    so they must change the key as a rule's edit does."""
    import shutil
    from pathlib import Path

    import civcat
    from civcat import cache

    package = tmp_path / "civcat"
    shutil.copytree(Path(civcat.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__", "locale"))
    monkeypatch.setattr(cache, "__file__", str(package / "cache.py"))
    cache.package_stamp.cache_clear()  # kept once per process: a process runs one civcat
    before = cache.package_stamp()
    weights = package / "rules" / "clauses" / "learned_weights.json"
    weights.write_text(weights.read_text(encoding="utf-8") + " ", encoding="utf-8")
    cache.package_stamp.cache_clear()
    after = cache.package_stamp()
    cache.package_stamp.cache_clear()
    assert after != before
