"""One way to name a village, a community or a township, in every command.

`civcat show`, `render`, `diff` (its two communities and `--township`) and the library functions
behind them (review and reports included) take the same words for the same place:

- a community: its 12-digit code (`500243112201`), its name when the county has one of that name
  (`桐梓村`), or its township and its name, written `长生镇/青杠村` (also `长生镇青杠村`,
  `500243112/青杠村`, `长生/青杠村`), where the township is named as below; the name may lack its
  村/社区/居委会 (`桐梓`, `长生/青杠`), as clerks say it, when no full name fits;
- a township (乡镇、街道): its 9-digit code (`500243112`), its name (`长生镇`), or its name without
  镇/乡/街道 (`长生`) when that is unique.

A name that fits more than one is refused in one line that lists each candidate with its code and
township (exit 2, as every usage problem); a name that fits none suggests the nearest one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .errors import UsageError
from .i18n import _
from .repository import Repository
from .textutil import nearest, series

_TOWNSHIP_ENDINGS = ("街道", "镇", "乡")
_COMMUNITY_ENDINGS = ("村民委员会", "居民委员会", "村委会", "居委会", "社区", "村")
_SEPARATORS = ("/", "／", " ")


def resolve_township(repository: Repository, selector: str) -> str:
    """The 9-digit code of the township a code or a name selects."""
    return township_code({code: t.name for code, t in repository.townships.items()}, selector)


def township_code(townships: Mapping[str, str], selector: str) -> str:
    """The code of the township a code or a name selects, among `townships` (name by code)."""
    wanted = selector.strip()
    if wanted in townships:
        return wanted
    codes = _township_candidates(townships, wanted)
    if len(codes) == 1:
        return codes[0]
    if len(codes) > 1:
        options = series(_("{code} {name}").format(code=c, name=townships[c]) for c in codes)
        raise UsageError(
            _("“{name}”不止一个乡镇（街道）：{options}；请用 9 位代码").format(name=wanted, options=options)
        )
    # 汉葭镇 for 汉葭街道: the same name with another ending is the likeliest slip.
    same = sorted(name for name in townships.values() if _short(name) == _short(wanted))
    hint = same[0] if len(same) == 1 else nearest(wanted, {name: code for code, name in townships.items()})
    if hint:
        raise UsageError(_("“{name}”：县里没有这个乡镇（街道），是否应为 {hint}？").format(name=wanted, hint=hint))
    raise UsageError(
        _("“{name}”：县里没有这个乡镇（街道）；请写 9 位代码（如 500243112）或全称（如 长生镇）").format(name=wanted)
    )


def _township_candidates(townships: Mapping[str, str], wanted: str) -> list[str]:
    if not wanted:
        return []
    exact = sorted(code for code, name in townships.items() if name == wanted)
    if exact:
        return exact
    return sorted(code for code, name in townships.items() if _short(name) == wanted)


def _short(name: str) -> str:
    return _without_ending(name, _TOWNSHIP_ENDINGS)


def _without_ending(name: str, endings: tuple[str, ...]) -> str:
    """The name without the first of `endings` it ends with (长生镇 → 长生, 桐梓村 → 桐梓), never empty."""
    for ending in endings:
        if name.endswith(ending) and len(name) > len(ending):
            return name[: -len(ending)]
    return name


def resolve_community(repository: Repository, selector: str) -> str:
    """The 12-digit code of the village or community a code or a name selects.

    A name means the same in every command: whether the community has a charter (render) or
    not does not make an ambiguous name unique. An unusable selector raises UsageError (one line).
    """
    wanted = selector.strip()
    if wanted.isdigit():
        return _by_code(repository, wanted)
    codes = community_candidates(repository, wanted)
    if len(codes) == 1:
        return codes[0]
    if len(codes) > 1:
        options = series(describe(repository, c) for c in codes)
        first = codes[0]
        example = f"{_township_name(repository, first)}/{repository.communities[first].model.name}"
        raise UsageError(
            _("“{name}”不止一个：{options}；请用代码，或写成“乡镇名/村名”（如 {example}）").format(
                name=wanted, options=options, example=example
            )
        )
    _in_township(repository, wanted)
    names = _all_names(repository)
    hint = nearest(wanted, names)
    if hint:
        raise UsageError(
            _("“{name}”：没有这个名称的村（社区），是否应为 {hint}（{code}）？").format(
                name=wanted, hint=hint, code=names[hint]
            )
        )
    raise UsageError(_("“{name}”：没有这个名称的村（社区）").format(name=wanted))


def _in_township(repository: Repository, wanted: str) -> None:
    """For `长生镇/青杠村` when 长生镇 has no 青杠村: say so, with the nearest name in that township
    and the townships that do have one (a suggestion from another township would mislead)."""
    for separator in _SEPARATORS:
        if separator not in wanted:
            continue
        township_part, _sep, name = wanted.partition(separator)
        townships = _township_candidates(_names(repository), township_part.strip()) or (
            [township_part.strip()] if township_part.strip() in repository.townships else []
        )
        if len(townships) != 1:
            return
        township, name = townships[0], name.strip()
        local = {doc.model.name: code for code, doc in repository.communities.items() if code.startswith(township)}
        elsewhere = series(
            describe(repository, code)
            for code, doc in sorted(repository.communities.items())
            if name in (doc.model.name, _short_community(doc.model.name))
        )
        hint = nearest(name, local)
        text = _("{township}没有名为“{name}”的村（社区）").format(
            township=repository.townships[township].name, name=name
        )
        if hint:
            text += _("，是否应为 {hint}（{code}）").format(hint=hint, code=local[hint])
        if elsewhere:
            text += _("；别的乡镇（街道）有：{elsewhere}").format(elsewhere=elsewhere)
        raise UsageError(text)


def _by_code(repository: Repository, code: str) -> str:
    if code in repository.communities:
        return code
    if code in repository.files_claiming("community"):
        raise UsageError(_("{code}：村（社区）文件未通过格式检查；请先运行 civcat validate 并改正").format(code=code))
    if len(code) == 9 and code in repository.townships:
        raise UsageError(
            _("{code} 是乡镇（街道）{name} 的代码；请写村（社区）的 12 位代码或名称").format(
                code=code, name=repository.townships[code].name
            )
        )
    raise UsageError(_("{code}：没有这个代码的村（社区）（代码为 12 位数字）").format(code=code))


def community_candidates(repository: Repository, wanted: str) -> list[str]:
    """The codes of the communities a name fits, in code order (several when the name is ambiguous): the full
    name first, then the name without its 村/社区 (`桐梓` for 桐梓村), each alone or after its township."""
    return _named(repository, wanted, lambda name: name) or _named(repository, wanted, _short_community)


def _short_community(name: str) -> str:
    return _without_ending(name, _COMMUNITY_ENDINGS)


def _named(repository: Repository, wanted: str, form: Callable[[str], str]) -> list[str]:
    """The codes whose name, in `form` (the full name or the short one), is `wanted` or its part after a township."""
    communities = repository.communities
    named = sorted(code for code, doc in communities.items() if form(doc.model.name) == wanted)
    if named:
        return named
    for township_part, name in _splits(wanted):
        for township in _township_candidates(_names(repository), township_part) or (
            [township_part] if township_part in repository.townships else []
        ):
            found = sorted(
                code for code, doc in communities.items() if code.startswith(township) and form(doc.model.name) == name
            )
            if found:
                return found
    return []


def _splits(wanted: str) -> list[tuple[str, str]]:
    """(township, name) readings of `长生镇/青杠村`, `长生镇 青杠村` and `长生镇青杠村`."""
    for separator in _SEPARATORS:
        if separator in wanted:
            township, _sep, name = wanted.partition(separator)
            return [(township.strip(), name.strip())]
    return [(wanted[:i], wanted[i:]) for i in range(1, len(wanted))]


def describe(repository: Repository, code: str) -> str:
    """`500243112201 长生镇/桐梓村`: a community as the candidates of an ambiguous name list it."""
    doc = repository.communities.get(code)
    name = doc.model.name if doc is not None else ""
    return _("{code} {township}/{name}").format(code=code, township=_township_name(repository, code), name=name)


def _names(repository: Repository) -> dict[str, str]:
    return {code: t.name for code, t in repository.townships.items()}


def _township_name(repository: Repository, code: str) -> str:
    township = repository.township_of(code)
    return township.name if township is not None else code[:9]


def _all_names(repository: Repository) -> dict[str, str]:
    names: dict[str, str] = {}
    for code, doc in repository.communities.items():
        names.setdefault(doc.model.name, code)
        names.setdefault(f"{_township_name(repository, code)}/{doc.model.name}", code)
    return names
