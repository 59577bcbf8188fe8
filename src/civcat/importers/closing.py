"""The closing lines of a charter: the meeting that adopted it, the date, the figures, the filing.

    read_closing("本村规民约于2021年8月15日经村民会议表决通过，应到1520人，实到905人，赞成860人，报长生镇人民政府备案。")
    -> Closing(voted="2021-08-15", body="villagers_meeting", basis="persons", eligible=1520, ...)

Only what the text states is taken: a date goes to the step its clause names (通过/表决 → voted,
备案 → filed, 公布/施行 → published); a figure to the count its keyword names. Nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .numbering import dates_in, number_value

_BODIES = (
    ("村民代表会议", "villagers_representatives"),
    ("居民代表会议", "residents_representatives"),
    ("户代表会议", "villagers_meeting"),
    ("村民会议", "villagers_meeting"),
    ("居民会议", "residents_meeting"),
)
_N = r"([0-9０-９]+|[一二三四五六七八九十百千零〇两]+)"
_GAP = r"[^0-9０-９，,。；;、]{0,8}?"
_FIGURES = (
    ("women_present", re.compile(rf"(?:妇女|女性|其中女)(?:代表|村民|居民)?{_GAP}{_N}\s*(人|户|名|位)?")),
    ("eligible", re.compile(rf"(?:应到|应参会|应出席|应参加){_GAP}{_N}\s*(人|户|名|位)?")),
    ("present", re.compile(rf"(?:实到|实际到会|到会|参会|出席)(?!妇女|女性){_GAP}{_N}\s*(人|户|名|位)?")),
    ("in_favour", re.compile(rf"(?:赞成|同意){_GAP}{_N}\s*(人|户|名|位|票)?")),
)
_FILED = re.compile(r"[报向]\s*([^，,。；;、\s]{2,24}?(?:人民政府|街道办事处|办事处|街道|政府))\s*备案")
_CLOSING_WORDS = re.compile(r"应到|实到|到会|参会|赞成|同意票|反对|弃权|表决|审议通过|讨论通过|通过|备案")
_SIGNATURE = re.compile(r"(村民委员会|居民委员会|村委会|居委会|人民政府|办事处|街道|村|社区)[（(]?(盖章|章)?[)）]?$")


@dataclass
class Closing:
    lines: list[str] = field(default_factory=list)  # the source lines, kept verbatim in the YAML's comments
    voted: str | None = None
    filed: str | None = None
    published: str | None = None
    body: str | None = None
    basis: str | None = None
    figures: dict[str, int] = field(default_factory=dict)
    filed_with: str | None = None
    unplaced_dates: list[str] = field(default_factory=list)  # dates whose step the text does not name

    @property
    def vote_recorded(self) -> bool:
        return self.voted is not None or bool(self.figures)


def is_closing_line(text: str, *, strict: bool = False) -> bool:
    """A line about adoption, filing, or a signature or date line under the charter.

    `strict` (a document whose articles carry no numbers, so an article cannot be told from a
    closing line by its number): only lines with a date or a figure, and signatures.
    """
    stripped = text.strip("（）() ")
    evidence = r"[0-9０-９]" if strict else r"[0-9０-９]|会议|备案"
    if _CLOSING_WORDS.search(text) and (dates_in(text) or re.search(evidence, text)):
        return True
    if dates_in(text) and len(re.sub(r"\s", "", text)) <= 20:
        return True
    return len(stripped) <= 30 and not re.search(r"[。；;]", stripped) and bool(_SIGNATURE.search(stripped))


def read_closing(lines: list[str], articles: Sequence[str] = ()) -> Closing:
    """What the closing lines state; the articles are searched for the meeting, date and filing only when the lines are silent."""
    closing = Closing(lines=list(lines))
    text = "，".join(lines)
    _steps(closing, text)
    closing.body = _body(text)
    _figures(closing, text)
    match = _FILED.search(text)
    if match:
        closing.filed_with = match.group(1)
    for article in articles:  # 附则: “本村规民约经2021年8月15日村民会议表决通过，报长生镇人民政府备案……”
        if closing.voted is None and dates_in(article):
            _steps(closing, article, only_voted=True)
            if closing.voted is not None and closing.body is None:
                closing.body = _body(article)
    for article in articles:  # a draft's “报……备案后施行” says where it is to be filed, not that it was
        if closing.filed_with is None and closing.vote_recorded and (match := _FILED.search(article)):
            closing.filed_with = match.group(1)
    return closing


_STEP_WORDS = re.compile(r"备案|公布|施行|印发|张贴|通过|表决|审议|会议")


def _steps(closing: Closing, text: str, *, only_voted: bool = False) -> None:
    """Each date to the step its clause names; a date standing alone in its clause (“2025年3月16日，
    村民会议表决通过”) takes the step of the clause that follows it in the same sentence."""
    for sentence in re.split(r"[。；;]", text):
        clauses = re.split(r"[，,]", sentence)
        for index, clause in enumerate(clauses):
            context = clause
            if not _STEP_WORDS.search(clause) and index + 1 < len(clauses):
                context = clause + clauses[index + 1]
            for _offset, iso in dates_in(clause):
                _place(closing, context, iso, only_voted=only_voted)


def _place(closing: Closing, clause: str, iso: str, *, only_voted: bool) -> None:
    if re.search(r"备案", clause) and not only_voted:
        closing.filed = closing.filed or iso
    elif re.search(r"公布|施行|印发|张贴", clause) and not re.search(r"通过|表决", clause) and not only_voted:
        closing.published = closing.published or iso
    elif re.search(r"通过|表决|审议|会议", clause):
        closing.voted = closing.voted or iso
    elif not only_voted:
        closing.unplaced_dates.append(iso)


def _body(text: str) -> str | None:
    for words, body in _BODIES:
        if words in text:
            return body
    return None


def _figures(closing: Closing, text: str) -> None:
    units: list[str] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _FIGURES:
        for match in pattern.finditer(text):
            if (match.start(1), match.end(1)) in taken:
                continue  # one figure counts once
            value = number_value(match.group(1))
            if value is None:
                continue
            closing.figures.setdefault(name, value)
            taken.append((match.start(1), match.end(1)))
            if match.group(2):
                units.append(match.group(2))
            break
    if not closing.figures:
        return
    if "户" in units or "户代表" in text:
        closing.basis = "households"
    elif closing.body in ("villagers_representatives", "residents_representatives") or re.search(
        r"代表\S{0,4}[0-9０-９]", text
    ):
        closing.basis = "representatives"
    else:
        closing.basis = "persons"
