"""The legal figures the rules judge by, chosen by date, each with the words of its article.

FORMAT.md §3: a charter is judged by the law in force on its vote date, so the figures are data
(`parameters.yaml`, one set per period of law), not code. A rule asks for the set in force on a
day and reads typed figures from it; every figure carries its citation, the day its set took
effect and whether its set merely carries older figures forward until the new law is checked.
Articles that carry no figure (the women-member clause, the conflict test, consultation …) are
the set's `provisions`, by name; texts that do not change between the sets (other laws, standards,
the county's documents) are in `citations.yaml`. A rule page's legal basis is a `RuleBasis` of such
names, shown with the dates of each version where the versions differ.

    from civcat.legal import parameters_on

    law = parameters_on(charter.procedure.voted)
    rules = law.vote_bodies["villagers_meeting"]
    quorum = rules.quorum_for("persons")          # None: that basis does not apply to this body
    if quorum and not quorum.met(vote.present, vote.eligible):
        message = _("到会 {present} 人，未达应到 {eligible} 人的{share}（至少 {minimum} 人）。依据：{basis}").format(
            present=vote.present, eligible=vote.eligible, share=quorum.describe(),
            minimum=quorum.minimum_part(vote.eligible), basis=quorum.reference)

Texts shown to clerks come out in the interface language (civcat.i18n): citations and references
cite law titles and quotes from the catalog in English ("Organic Law of the Villagers' Committees
(2018), Article 22(1): …"), figures' notes are shown with `_(figure.note)`, and `Figure.mark` is
the carried-forward mark as it is appended in either language (empty: no set is carried forward).

Counts are compared exactly with integers and fractions: “过半数” of 1001 is 501, never 500.5
rounded one way or the other.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator
from fractions import Fraction
from importlib.resources import files
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, TypeAdapter, field_validator, model_validator
from ruamel.yaml import YAML

from ..dates import years_after
from ..findings import Severity
from ..i18n import _, current_language

# The parameters are keyed by the data format's own values: the models' Literals (FORMAT.md §2), not copies.
from ..models.catalogues import CommunityType
from ..models.charters import CharterType, VoteBasis, VoteBody

__all__ = [
    "AllowedBody",
    "CharterAdoption",
    "CharterFiling",
    "Document",
    "CharterType",
    "Citation",
    "CommitteeSize",
    "CommunityType",
    "Comparison",
    "Figure",
    "LegalParameters",
    "Provision",
    "RuleBasis",
    "Source",
    "Term",
    "Threshold",
    "VoteBasis",
    "VoteBody",
    "VoteBodyRules",
    "cited_together",
    "document",
    "law_text",
    "parameter_sets",
    "parameters_on",
    "share_words",
]

#: Who a charter may be filed with: the community's own 乡、镇人民政府 or 街道办事处 (`township`), or the
#: county's 人民政府 (`county`, standing where the law names the government of a 市辖区).
Authority = Literal["township", "county"]
#: more_than: part > fraction × whole (“过半数”, “超过”); at_least: part ≥ fraction × whole (“以上”,
#: which in Chinese law includes the figure itself).
Comparison = Literal["more_than", "at_least"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# 《法律》（版本年份）第某条[第某款][第某项]：原文 — the law's title may hold 〈〉 but not 》.
_CITATION = re.compile(
    r"^《(?P<law>[^》]+)》（(?P<edition>\d{4})）"
    r"(?P<article>第[一二三四五六七八九十百零〇]+条(?:第[一二三四五六七八九十]+款)?(?:第[一二三四五六七八九十]+项)?)"
    r"：(?P<quote>\S.*)$",
    re.DOTALL,
)


class Citation(_Frozen):
    """One quoted article: `《村民委员会组织法》（2018）第二十二条第一款：召开村民会议，……`.

    Written in the YAML as that one string; `law` is the title without 《》 (an inner title in 〈〉),
    `edition` the year of the quoted text, `article` e.g. 第二十二条第一款, `quote` the exact words.
    """

    law: str
    edition: str
    article: str
    quote: str

    @model_validator(mode="before")
    @classmethod
    def _parse(cls, value: Any) -> Any:
        if isinstance(value, str):
            match = _CITATION.match(value.strip())
            if not match:
                raise ValueError(f"citation must read 《法律》（年份）第某条：原文, not {value!r}")
            return match.groupdict()
        return value

    @property
    def reference(self) -> str:
        """Law and article without the quote: 《村民委员会组织法》（2018）第二十二条第一款;
        in English: Organic Law of the Villagers' Committees (2018), Article 22(1)."""
        if current_language() == "zh":
            return f"《{self.law}》（{self.edition}）{self.article}"
        return f"{_(self.law)} ({self.edition}), {article_in_english(self.article)}"

    def __str__(self) -> str:
        if current_language() == "zh":
            return f"{self.reference}：{self.quote}"
        return f"{self.reference}: {_(self.quote)}"


_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(text: str) -> int:
    """一 → 1, 十 → 10, 十一 → 11, 二十二 → 22, 一百零五 → 105 (the numbers of articles)."""
    total, digit = 0, 0
    for ch in text:
        if ch == "百":
            total += (digit or 1) * 100
            digit = 0
        elif ch == "十":
            total += (digit or 1) * 10
            digit = 0
        else:
            digit = _DIGITS[ch]
    return total + digit


def article_in_english(article: str) -> str:
    """第二十二条第一款第三项 → Article 22(1)(3), as English translations of Chinese law cite them."""
    parts = re.findall(r"第([一二三四五六七八九十百零〇]+)([条款项])", article)
    numbers = {unit: chinese_number(number) for number, unit in parts}
    text = f"Article {numbers['条']}"
    for unit in ("款", "项"):
        if unit in numbers:
            text += f"({numbers[unit]})"
    return text


class Figure(_Frozen):
    """What every legal figure carries besides its value: where it comes from.

    `citations`: the quoted articles (YAML key `citation`, one string or a list);
    `valid_from` and `carried_forward`: those of the parameter set it belongs to;
    `note`: an explanation for clerks, when the article alone does not say it.
    Use `citation` (full quote) or `reference` (law and article only) in messages: both end with
    the set's carried-forward mark, so a figure that is not yet confirmed always says so; `mark` is
    that mark alone, for messages that cite the articles themselves. All three are in the interface
    language; `note` is Chinese as written, shown to clerks as `_(figure.note)`.
    """

    citations: tuple[Citation, ...] = Field(alias="citation", min_length=1)
    note: str | None = None
    valid_from: dt.date
    carried_forward: StrictBool
    carried_forward_mark: str = ""

    @field_validator("citations", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @property
    def citation(self) -> str:
        """The quoted articles, e.g. 《村民委员会组织法》（2018）第二十二条第一款：召开村民会议，……通过。
        In English the quotes follow each other as sentences: "…, Article 22(1): To convene … present. …"."""
        chinese = current_language() == "zh"
        text = ""
        for cited in self.citations:
            # A quote ending in 。 or ； (in English . or ;) needs no separator before the next one.
            if chinese:
                text += ("" if not text or text[-1] in "。；" else "；") + str(cited)
            else:
                text += ("" if not text else " " if text[-1] in ".;" else "; ") + str(cited)
        return text + self.mark

    @property
    def reference(self) -> str:
        """The articles without their words, one title per law:
        《村民委员会组织法》（2018）第二十二条第一款、《重庆市实施〈村民委员会组织法〉办法》（2013）第七条第二款、第七条第三款;
        in English: Organic Law of the Villagers' Committees (2018), Article 22(1); Chongqing Measures for
        Implementing the Organic Law of the Villagers' Committees (2013), Article 7(2), Article 7(3)."""
        chinese = current_language() == "zh"
        text = ""
        previous: Citation | None = None
        for cited in self.citations:
            if previous is not None and (previous.law, previous.edition) == (cited.law, cited.edition):
                text += ("、" + cited.article) if chinese else (", " + article_in_english(cited.article))
            else:
                text += ("" if previous is None else "、" if chinese else "; ") + cited.reference
            previous = cited
        return text + self.mark

    @property
    def mark(self) -> str:
        """The set's carried-forward mark as it ends a citation or reference, "" when the set is not
        carried forward: e.g. （2030年修正后沿用）, in English " (carried forward …)" with its space."""
        if not self.carried_forward:
            return ""
        return self.carried_forward_mark if current_language() == "zh" else " " + _(self.carried_forward_mark)


class CommitteeSize(Figure):
    """How many members (主任、副主任和委员 together) a committee may have, both bounds included."""

    minimum: StrictInt = Field(ge=1)
    maximum: StrictInt = Field(ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> CommitteeSize:
        if self.minimum > self.maximum:
            raise ValueError(f"committee size minimum {self.minimum} exceeds maximum {self.maximum}")
        return self

    def allows(self, members: int) -> bool:
        return self.minimum <= members <= self.maximum


class Term(Figure):
    """A committee's term of office (每届任期) in whole years."""

    years: StrictInt = Field(ge=1)

    def ends_on(self, elected: dt.date) -> dt.date:
        """The same calendar day `years` after the election (29 February ends on 28 February)."""
        return years_after(elected, self.years)


_NUMERALS = "零一二三四五六七八九十"
_ENGLISH_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ENGLISH_PARTS = {
    2: ("half", "halves"),
    3: ("third", "thirds"),
    4: ("quarter", "quarters"),
    5: ("fifth", "fifths"),
    6: ("sixth", "sixths"),
    7: ("seventh", "sevenths"),
    8: ("eighth", "eighths"),
    9: ("ninth", "ninths"),
    10: ("tenth", "tenths"),
}


def _numeral(n: int) -> str:
    return _NUMERALS[n] if n <= 10 else str(n)


def share_words(fraction: Fraction) -> str:
    """A share as the law words it: 2/3 → 三分之二 (in English: two thirds; 7/12 → 7/12)."""
    numerator, denominator = fraction.numerator, fraction.denominator
    if current_language() == "zh":
        return f"{_numeral(denominator)}分之{_numeral(numerator)}"
    if numerator <= 10 and denominator in _ENGLISH_PARTS:
        singular, plural = _ENGLISH_PARTS[denominator]
        return f"{_ENGLISH_NUMBERS[numerator]} {singular if numerator == 1 else plural}"
    return f"{numerator}/{denominator}"


class Threshold(Figure):
    """A share of a whole that must be reached: a quorum (到会) or a majority (通过).

    `fraction` is exact (written "2/3" in the YAML; a float is refused) and `comparison` says
    whether the part must exceed it (`more_than`) or may equal it (`at_least`).
    """

    fraction: Fraction
    comparison: Comparison

    model_config = ConfigDict(arbitrary_types_allowed=True)

    @field_validator("fraction", mode="before")
    @classmethod
    def _exact(cls, value: Any) -> Fraction:
        # Floats would make 2/3 inexact and edge cases (200 of 300) wrong, so only "n/d" strings.
        if not isinstance(value, str) or not re.fullmatch(r"[1-9][0-9]*/[1-9][0-9]*", value):
            raise ValueError(f'fraction must be a string like "1/2" or "2/3", not {value!r}')
        fraction = Fraction(value)
        if not 0 < fraction < 1:
            raise ValueError(f"fraction must lie strictly between 0 and 1, not {value}")
        return fraction

    def met(self, part: int, whole: int) -> bool:
        """Whether `part` of `whole` reaches the threshold, in exact integer arithmetic.

        more_than 1/2: 501 of 1000 and 501 of 1001 meet it, 500 of 1000 does not.
        at_least 2/3: 200 of 300 meets it, 199 does not.
        A whole of 0 is arithmetic like any other (“以上” of nothing is met by 0); judging an empty
        register is left to the range and plausibility rules.
        """
        if part < 0 or whole < 0:
            raise ValueError(f"counts cannot be negative: {part} of {whole}")
        scaled_part = part * self.fraction.denominator
        scaled_whole = whole * self.fraction.numerator
        return scaled_part > scaled_whole if self.comparison == "more_than" else scaled_part >= scaled_whole

    def minimum_part(self, whole: int) -> int:
        """The smallest part of `whole` that meets the threshold (过半数 of 1000 → 501), for messages."""
        if whole < 0:
            raise ValueError(f"counts cannot be negative: {whole}")
        product = whole * self.fraction.numerator
        if self.comparison == "more_than":
            return product // self.fraction.denominator + 1
        return -(-product // self.fraction.denominator)

    def describe(self) -> str:
        """The threshold in the law's words: 过半数, 三分之二以上, 超过三分之一
        (in English: more than half, two thirds or more, more than one third)."""
        if self.comparison == "more_than" and self.fraction == Fraction(1, 2):
            return _("过半数")
        template = _("{share}以上") if self.comparison == "at_least" else _("超过{share}")
        return template.format(share=share_words(self.fraction))


class VoteBodyRules(_Frozen):
    """What a meeting needs to decide: a quorum per counting basis, and a majority of those present.

    `quorum` maps each basis the law allows for this body to its threshold; a 村民会议 is quorate
    on either of its bases (persons or households), a 代表会议 only counts its members
    (`representatives`).
    """

    quorum: dict[VoteBasis, Threshold] = Field(min_length=1)
    majority: Threshold

    def quorum_for(self, basis: VoteBasis) -> Threshold | None:
        """The quorum on `basis`, or None when the law does not count this body that way
        (a 村民会议 counted by 居民小组代表): report the basis, there is nothing to compare."""
        return self.quorum.get(basis)


class AllowedBody(_Frozen):
    """A vote body that may adopt a charter; `severity` warning: allowed, but reported.

    `authorised_by`: the body whose authorisation makes the adoption lawful (居民会议 for a
    居民代表会议 from 2026); a vote recording that authorisation (`vote.authorised: true`) has no
    finding, one without it has `severity`.
    """

    body: VoteBody
    severity: Severity | None = None
    authorised_by: VoteBody | None = None
    note: str | None = None

    @field_validator("severity")
    @classmethod
    def _not_error(cls, value: Severity | None) -> Severity | None:
        if value == Severity.ERROR:
            raise ValueError("a body that is an error is simply not listed")
        return value


class CharterAdoption(Figure):
    """Which vote bodies may adopt a charter of one type; every body not listed is an error."""

    bodies: tuple[AllowedBody, ...] = Field(min_length=1)

    def severity_for(self, body: str, authorised: bool | None = None) -> Severity | None:
        """None when `body` may adopt the charter, WARNING when it may but is reported, else ERROR.

        `authorised`: whether the vote records the authorisation the body needs (`vote.authorised`);
        it matters only for a body that the law lets adopt the charter when authorised."""
        for allowed in self.bodies:
            if allowed.body == body:
                if allowed.authorised_by is not None and authorised is True:
                    return None
                return allowed.severity
        return Severity.ERROR

    def allowed(self, body: str) -> AllowedBody | None:
        """The entry for `body` (with its note), or None when it may not adopt the charter."""
        return next((allowed for allowed in self.bodies if allowed.body == body), None)

    @property
    def preferred_bodies(self) -> tuple[VoteBody, ...]:
        """The bodies that adopt it without any finding: name these in a fix."""
        return tuple(allowed.body for allowed in self.bodies if allowed.severity is None)


class CharterFiling(Figure):
    """Who a charter of one type may be filed with (备案机关): `township`, and `county` where the law allows it."""

    authorities: tuple[Authority, ...] = Field(min_length=1)


class Provision(Figure):
    """An article the rules cite that carries no figure: the women-member clause, the conflict test …"""


class Source(_Frozen):
    """A law the set rests on: its title, the date of its version, and the day it took effect."""

    law: str
    version: dt.date
    in_force: dt.date


def _require_keys(name: str, mapping: dict, keys: Any) -> None:
    missing = [key for key in get_args(keys) if key not in mapping]
    if missing:
        raise ValueError(f"{name} lacks {', '.join(missing)}")


class LegalParameters(_Frozen):
    """The figures of one period of law. Read-only: one instance is shared by every rule.

    - `valid_from`, `valid_until` (None: still in force): the period, both days included;
    - `carried_forward`: the figures are an older law's, kept until the newer law is checked;
      then `carried_forward_mark` is appended to every figure's citation and reference;
    - `source`: the laws of the period; `note`: why the set is as it is;
    - `committee_size[community_type]`: CommitteeSize (村委会 3–7, 居委会 5–9);
    - `term[community_type]`: Term (5 years);
    - `vote_bodies[vote_body]`: VoteBodyRules, with `.quorum_for(basis)` and `.majority`;
    - `adoption[charter_type]`: CharterAdoption, with `.severity_for(vote_body, authorised)`;
    - `filing[charter_type]`: CharterFiling, the authorities a charter may be filed with;
    - `provisions[name]`: Provision, an article without a figure (names: see parameters.yaml);
      a name the set lacks is an article the law of that period does not have.
    """

    valid_from: dt.date
    valid_until: dt.date | None = None
    carried_forward: StrictBool
    carried_forward_mark: str = ""
    source: tuple[Source, ...] = Field(min_length=1)
    note: str
    committee_size: dict[CommunityType, CommitteeSize]
    term: dict[CommunityType, Term]
    vote_bodies: dict[VoteBody, VoteBodyRules]
    adoption: dict[CharterType, CharterAdoption]
    filing: dict[CharterType, CharterFiling]
    provisions: dict[str, Provision] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _lift_figures(cls, raw: Any) -> Any:
        # The YAML keeps the figures under `parameters:` so that a later set can reuse an earlier
        # set's by alias; each figure also records its set's date and standing, so that a rule
        # holding only a Threshold can still cite it correctly.
        if not isinstance(raw, dict) or "parameters" not in raw:
            return raw
        stamp = {key: raw[key] for key in ("valid_from", "carried_forward", "carried_forward_mark") if key in raw}
        header = {key: value for key, value in raw.items() if key != "parameters"}
        figures = raw["parameters"]
        if not isinstance(figures, dict):
            raise ValueError("parameters must be a mapping of figures")
        return {**header, **_stamped(figures, stamp)}

    @model_validator(mode="after")
    def _complete(self) -> LegalParameters:
        _require_keys("committee_size", self.committee_size, CommunityType)
        _require_keys("term", self.term, CommunityType)
        _require_keys("vote_bodies", self.vote_bodies, VoteBody)
        _require_keys("adoption", self.adoption, CharterType)
        _require_keys("filing", self.filing, CharterType)
        if self.valid_until is not None and self.valid_until < self.valid_from:
            raise ValueError(f"valid_until {self.valid_until} precedes valid_from {self.valid_from}")
        if self.carried_forward != bool(self.carried_forward_mark):
            raise ValueError("a carried-forward set needs a carried_forward_mark, and only such a set")
        return self

    def contains(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    def figures(self) -> Iterator[tuple[str, Figure]]:
        """Every figure with a dotted name (vote_bodies.villagers_meeting.quorum.persons), for listings and tests."""
        for kind, size in self.committee_size.items():
            yield f"committee_size.{kind}", size
        for kind, term in self.term.items():
            yield f"term.{kind}", term
        for body, rules in self.vote_bodies.items():
            for basis, quorum in rules.quorum.items():
                yield f"vote_bodies.{body}.quorum.{basis}", quorum
            yield f"vote_bodies.{body}.majority", rules.majority
        for charter_type, adoption in self.adoption.items():
            yield f"adoption.{charter_type}", adoption
        for charter_type, filing in self.filing.items():
            yield f"filing.{charter_type}", filing
        for name, provision in self.provisions.items():
            yield f"provisions.{name}", provision

    def figure(self, name: str) -> Figure | None:
        """The figure or provision of a dotted name (see `figures`), None when this set has none."""
        return dict(self.figures()).get(name)


def _stamped(node: Any, stamp: dict[str, Any]) -> Any:
    """A copy of `node` with `stamp` added to every figure in it (every mapping with a citation).

    A copy, because YAML aliases share one mapping between sets that must be stamped differently.
    """
    if isinstance(node, dict):
        copy = {key: _stamped(value, stamp) for key, value in node.items()}
        return {**copy, **stamp} if "citation" in node else copy
    if isinstance(node, list):
        return [_stamped(value, stamp) for value in node]
    return node


_SETS = TypeAdapter(tuple[LegalParameters, ...])


@functools.cache
def parameter_sets() -> tuple[LegalParameters, ...]:
    """Every parameter set, oldest first, loaded and checked once on first use."""
    text = files(__package__).joinpath("parameters.yaml").read_text(encoding="utf-8")
    sets = _SETS.validate_python(YAML(typ="safe").load(text))
    if not sets:
        raise ValueError("parameters.yaml holds no parameter set")
    # The periods must tile time: each set starts the day after the previous one ends.
    for earlier, later in itertools.pairwise(sets):
        if earlier.valid_until is None or later.valid_from != earlier.valid_until + dt.timedelta(days=1):
            raise ValueError(f"parameter set from {later.valid_from} does not follow the one from {earlier.valid_from}")
    if sets[-1].valid_until is not None:
        raise ValueError("the last parameter set must stay open (no valid_until)")
    return sets


def parameters_on(day: dt.date) -> LegalParameters:
    """The figures of the law in force on `day`.

    A day before the first set uses the first set (parameters.yaml explains what that approximates:
    before the 2018 amendment a term lasted three years, not five); a datetime counts as its date.
    """
    if isinstance(day, dt.datetime):
        day = day.date()
    sets = parameter_sets()
    for candidate in reversed(sets):
        if candidate.valid_from <= day:
            return candidate
    return sets[0]


# Below the models it builds on: the texts every period shares, and what a rule page cites.
from .basis import Document, RuleBasis, cited_together, document, law_text  # noqa: E402
