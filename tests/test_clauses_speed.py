"""The clause rules' first-character guards: a lookahead listing the characters a large alternation can open on
lets the regex engine skip every other character in C. A branch added with a new first character must add it
to the list, or the branch would silently never match."""

from __future__ import annotations

from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

from civcat.rules.clauses import structure, targets


def _first_chars(items: list[tuple[object, Any]]) -> tuple[set[str] | None, bool]:
    """The characters a parsed pattern can open on (None: any) and whether it can match the empty string."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            return out | {chr(av)}, False
        if op is C.IN and all(o is C.LITERAL for o, _ in av):
            return out | {chr(a) for _, a in av}, False
        if op is C.ASSERT_NOT or (op is C.ASSERT and av[0] < 0) or op is C.AT:
            continue  # zero width, no character of its own
        if op is C.SUBPATTERN:
            branches, skippable = [av[3]], False
        elif op is C.BRANCH:
            branches, skippable = av[1], False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            branches, skippable = [av[2]], av[0] == 0
        else:
            return None, False
        for branch in branches:
            chars, empty = _first_chars(branch)
            if chars is None:
                return None, False
            out |= chars
            skippable = skippable or empty
        if not skippable:
            return out, False
    return out, True


def _unguarded(pattern: str, guard: str) -> set[str]:
    body = pattern.removeprefix("(?=[" + guard + "])")
    assert body != pattern, "the guard opens the pattern"
    chars, empty = _first_chars(P.parse(body))
    assert chars is not None and not empty
    return chars - set(guard)


def test_women_target_guard_covers_every_first_character() -> None:
    assert _unguarded(targets._WOMEN_TARGET.pattern, targets._WOMEN_FIRST) == set()


def test_consequence_guard_covers_every_first_character() -> None:
    body = structure._CONSEQUENCE.pattern.removeprefix("(?=[" + structure._CONSEQUENCE_FIRST + "])")
    assert _unguarded("(?=[" + structure._CONSEQUENCE_FIRST + "])" + body, structure._CONSEQUENCE_FIRST) == set()


def test_collective_target_guard_covers_every_first_character() -> None:
    assert _unguarded(targets._COLLECTIVE_TARGET.pattern, targets._COLLECTIVE_FIRST) == set()


def test_guards_keep_matches() -> None:
    assert targets._WOMEN_TARGET.search("外嫁女不得分红")
    assert structure._CONSEQUENCE.search("违者罚款") and structure._CONSEQUENCE.search("不得散放进田，见者可打死")
    assert targets._COLLECTIVE_TARGET.search("取消其子女的入学推荐资格")
    assert not structure._CONSEQUENCE.search("村民享有同等权利")
