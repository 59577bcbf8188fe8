"""CV201–CV212: statistical codes, credit codes, file names and the register of villages and communities.

The codes are the 统计用区划代码 (国家统计局): 6 digits of the county (GB/T 2260), 3 of the
township (乡镇、街道) and 3 of the village or community committee. The ranges say what a unit
is, so a code and a `type` that disagree mean one of them is wrong. The 统一社会信用代码 of a
村（居）民委员会 follows GB 32100-2015 and carries the GB 11714-1997 organisation code inside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .. import identifiers
from ..findings import Problem, Severity
from ..i18n import N_, _, ngettext
from ..legal import RuleBasis
from ..models import Charter, Community, County
from ..models.catalogues import COMMUNITY_TYPE_LABELS, TOWNSHIP_TYPE_LABELS
from ..textutil import series
from .base import Context, Example, FileRule, RepositoryRule

if TYPE_CHECKING:
    from ..repository import Document, Repository

# Labels are marked for translation (N_); messages show `_(label)`.
TOWNSHIP_TYPE_NAMES = TOWNSHIP_TYPE_LABELS
COMMUNITY_TYPE_NAMES = COMMUNITY_TYPE_LABELS
TOWNSHIP_RANGES = {"street": "001–099", "town": "100–199", "township": "200–399"}
COMMUNITY_RANGES = {"community": "001–199", "village": "200–399"}

_DIGITS = re.compile(r"^[0-9]+$")


# --- shared helpers -----------------------------------------------------------------------------


def _county_code(repository) -> str | None:
    return repository.county.model.code if repository.county else None


def township_code_problem(code: str, county_code: str) -> str | None:
    """Why a township code is not 9 digits under the county's code (CV201), or None."""
    if not _DIGITS.match(code) or len(code) != 9:
        return ngettext(
            "应为 9 位数字（县代码 {county} 加 3 位乡镇序号），实为 {length} 位",
            "应为 9 位数字（县代码 {county} 加 3 位乡镇序号），实为 {length} 位",
            len(code),
        ).format(county=county_code, length=len(code))
    if not code.startswith(county_code):
        return _("前 6 位应为本县代码 {county}，实为 {prefix}").format(county=county_code, prefix=code[:6])
    return None


def _community_docs(repository, kind: str) -> Iterator:
    """Community or charter documents that live in the repository's data folders."""
    top = "catalogues/communities/" if kind == "community" else "charters/"
    for doc in repository.of_kind(kind):
        if doc.path.startswith(top):
            yield doc


def _claimed_code(doc) -> tuple[str, tuple]:
    """The community code a community or charter file names, and its data path."""
    if doc.kind == "charter":
        return doc.model.community, ("community",)
    return doc.model.code, ("code",)


_WHO = {"village": N_("村代码 {code}"), "community": N_("社区代码 {code}")}


def _who(doc) -> str:
    """How a message names the code a file claims: 村代码 …, 社区代码 …, 村或社区代码 … (a charter's)."""
    if doc.kind == "charter":
        return _("村或社区代码 {code}").format(code=_claimed_code(doc)[0])
    who = _WHO[doc.model.type] if doc.model.type in _WHO else N_("代码 {code}")
    return _(who).format(code=doc.model.code)


# --- CV201 / CV203: townships -------------------------------------------------------------------


class TownshipCode(FileRule[County]):
    code = "CV201"
    summary = N_("乡镇（街道）代码不是本县代码下的 9 位数字")
    kinds = ("county",)
    why = N_(
        "乡镇（街道）的 9 位统计用区划代码由本县 6 位代码加 3 位序号组成。村和社区的代码、文件夹名和生成的文件都以它为准，"
        "位数或前缀不对，所属关系就全部错位。"
    )
    basis = RuleBasis("documents.division_codes")
    example = Example(
        'code: "500243"\ntownships:\n  - {code: "50024311", name: 长生镇, type: town}   # ', N_("少了一位")
    )
    fix = N_("按国家统计局公布的统计用区划代码填写 9 位代码，前 6 位为本县代码，并加引号。")

    def check(self, doc: Document[County], ctx: Context) -> Iterator[Problem]:
        county = doc.model.code
        for i, township in enumerate(doc.model.townships):
            reason = township_code_problem(township.code, county)
            if reason:
                yield self.problem(
                    _("{township}的代码 {code} {reason}；请按统计用区划代码改正。").format(
                        township=township.name, code=township.code, reason=reason
                    ),
                    at=("townships", i, "code"),
                )


class TownshipRange(FileRule[County]):
    code = "CV203"
    summary = N_("乡镇（街道）代码的序号范围与类型不符（001–099 街道、100–199 镇、200–399 乡）")
    kinds = ("county",)
    why = N_(
        "统计用区划代码的第 7–9 位按类型分段编排，代码本身就说明它是街道、镇还是乡。类型决定村和社区适用哪一层面的"
        "“三事分流”参考事项清单（街道层面或乡镇层面），也决定公约向谁备案。400–599 是政企合一等类似乡级单位，"
        "不是街道、镇或乡，也报告。代码位数或前缀已不对（CV201）时不再重复报告。"
    )
    basis = RuleBasis("documents.division_township_ranges")
    example = Example(
        'townships:\n  - {code: "500243112", name: 长生镇, type: township}   # ', N_("112 在 100–199，应为 town")
    )
    fix = N_("核对统计用区划代码和乡镇类型：改正 `type`（street 街道、town 镇、township 乡），或改正代码。")

    def check(self, doc: Document[County], ctx: Context) -> Iterator[Problem]:
        county = doc.model.code
        for i, township in enumerate(doc.model.townships):
            if township_code_problem(township.code, county):
                continue  # CV201
            implied = identifiers.township_type_for_code(township.code)
            if implied == township.type:
                continue
            stated = _(TOWNSHIP_TYPE_NAMES[township.type])
            serial = township.code[6:9]
            if implied is None:
                message = _(
                    "{township}的代码 {code}：序号 {serial} 不在 001–399 内（400–599 为政企合一等类似乡级单位），"
                    "不是{stated}；请核对代码或类型（001–099 街道、100–199 镇、200–399 乡）。"
                ).format(township=township.name, code=township.code, serial=serial, stated=stated)
            else:
                message = _(
                    "{township}的代码 {code}：序号 {serial} 在 {range} 内，表示{implied}，而 type 写的是 {type}"
                    "（{stated}，应在 {stated_range} 内）；请核对代码或类型（001–099 街道、100–199 镇、200–399 乡）。"
                ).format(
                    township=township.name,
                    code=township.code,
                    serial=serial,
                    range=TOWNSHIP_RANGES[implied],
                    implied=_(TOWNSHIP_TYPE_NAMES[implied]),
                    type=township.type,
                    stated=stated,
                    stated_range=TOWNSHIP_RANGES[township.type],
                )
            yield self.problem(message, at=("townships", i, "code"))


# --- CV202 / CV204: communities -----------------------------------------------------------------


class CommunityCode(RepositoryRule):
    code = "CV202"
    summary = N_("村或社区代码不是所属乡镇代码下的 12 位数字，或文件放在了别的乡镇的文件夹中")
    reads = {"community": {"code": None, "type": None}, "charter": {"community": None}}
    why = N_(
        "村（居）民委员会的 12 位统计用区划代码由所属乡镇（街道）的 9 位代码加 3 位序号组成。文件按乡镇分文件夹存放"
        "（catalogues/communities/<乡镇代码>/、charters/<乡镇代码>/），文件夹名就是它所属的乡镇。代码、文件夹和"
        "county.yaml 中的乡镇三者一致，才能确定它适用哪一层面的清单、公约向哪个乡镇备案。公约的 `community` 也按同样"
        "的办法检查。"
    )
    basis = RuleBasis("documents.division_codes")
    example = N_(
        "# 文件 catalogues/communities/500243113/500243112201.yaml\n"
        'code: "500243112201"   # 前 9 位是 500243112，文件却在 500243113 文件夹中'
    )
    fix = N_(
        "核对代码：改正为 12 位、前 9 位为所属乡镇代码的代码；代码无误时，把文件移到它所属乡镇代码命名的文件夹中。"
    )

    def check(self, repository: Repository, ctx: Context) -> Iterator[tuple[Document, Problem]]:
        townships = repository.townships if repository.county else None
        for kind in ("community", "charter"):
            for doc in _community_docs(repository, kind):
                message = self._problem(doc, townships)
                if message:
                    yield doc, self.problem(message, at=_claimed_code(doc)[1])

    @staticmethod
    def _problem(doc, townships) -> str | None:
        code = _claimed_code(doc)[0]
        who = _who(doc)
        if len(code) != 12:
            return ngettext(
                "{who} 应为 12 位数字（9 位乡镇代码加 3 位序号），实为 {length} 位；请按统计用区划代码改正。",
                "{who} 应为 12 位数字（9 位乡镇代码加 3 位序号），实为 {length} 位；请按统计用区划代码改正。",
                len(code),
            ).format(who=who, length=len(code))
        prefix = code[:9]
        if townships is not None and prefix not in townships:
            return _(
                "{who} 的前 9 位 {prefix} 不是 county.yaml 中任何乡镇（街道）的代码（文件在 {folder} 文件夹中）；"
                "请核对代码，或先在 county.yaml 中登记该乡镇。"
            ).format(who=who, prefix=prefix, folder=doc.folder)
        if doc.folder != prefix:
            return _(
                "{who} 的前 9 位应为所属乡镇代码 {folder}（文件在 {folder} 文件夹中），实为 {prefix}；"
                "请核对代码或把文件移到 {prefix} 文件夹。"
            ).format(who=who, prefix=prefix, folder=doc.folder)
        return None


class CommunityRange(FileRule[Community]):
    code = "CV204"
    summary = N_("村或社区代码的序号范围与类型不符（001–199 社区居委会、200–399 村委会）")
    kinds = ("community",)
    why = N_(
        "统计用区划代码的第 10–12 位按类型分段编排：001–199 是居民委员会（社区），200–399 是村民委员会（村）。"
        "类型决定委员会人数的法定范围、公约是村规民约还是居民公约，以及由哪种会议表决，代码和类型必须一致。"
        "400–799 是“类似居委会、村委会”的单位，不是依法设立的村（居）民委员会，也报告。"
        "代码不是 12 位时只报告 CV202。"
    )
    basis = RuleBasis("documents.division_community_ranges")
    example = N_('code: "500243112201"\ntype: community   # 201 在 200–399，是村')
    fix = N_("核对统计用区划代码和类型：改正 `type`（village 村、community 社区），或改正代码。")

    def check(self, doc: Document[Community], ctx: Context) -> Iterator[Problem]:
        code, stated = doc.model.code, doc.model.type
        if len(code) != 12:
            return  # CV202
        implied = identifiers.community_type_for_code(code)
        if implied == stated:
            return
        serial = code[9:12]
        name = _(COMMUNITY_TYPE_NAMES[stated])
        if implied is None:
            message = _(
                "代码 {code}：序号 {serial} 不在 001–399 内（400–799 为类似居委会、村委会的单位），不是依法设立的{stated}；"
                "请核对代码或类型（001–199 社区、200–399 村）。"
            ).format(code=code, serial=serial, stated=name)
        else:
            message = _(
                "代码 {code}：序号 {serial} 在 {range} 内，表示{implied}，而 type 写的是 {type}（{stated}，应在 "
                "{stated_range} 内）；请核对代码或类型（001–199 社区、200–399 村）。"
            ).format(
                code=code,
                serial=serial,
                range=COMMUNITY_RANGES[implied],
                implied=_(COMMUNITY_TYPE_NAMES[implied]),
                type=stated,
                stated=name,
                stated_range=COMMUNITY_RANGES[stated],
            )
        yield self.problem(message, at=("code",))


# --- CV205 / CV206 / CV207: unified social credit code -------------------------------------------


class UsccMalformed(FileRule[Community]):
    code = "CV205"
    summary = N_("统一社会信用代码格式不对（18 位，只用 0–9 和 A–Y，不用 I、O、S、V、Z）")
    kinds = ("community",)
    why = N_("统一社会信用代码用于开具证明、银行开户和公章刻制，抄错一位就对不上登记。格式不对的代码一定是抄错了。")
    basis = RuleBasis("documents.uscc_structure")
    example = N_('uscc: "54500243MEO12345"   # 只有 16 位，且含字母 O')
    fix = N_("照村（居）民委员会的《统一社会信用代码证书》逐位抄写 18 位代码：字母大写，数字 0 不要写成字母 O。")

    def check(self, doc: Document[Community], ctx: Context) -> Iterator[Problem]:
        uscc = doc.model.uscc
        if uscc is None or identifiers.uscc_is_well_formed(uscc):
            return
        reasons = []
        if len(uscc) != 18:
            reasons.append(
                ngettext("应为 18 位，实为 {length} 位", "应为 18 位，实为 {length} 位", len(uscc)).format(
                    length=len(uscc)
                )
            )
        bad = sorted({c for c in uscc if c not in identifiers.USCC_ALPHABET}, key=uscc.index)
        if bad:
            lower = [c for c in bad if c.upper() in identifiers.USCC_ALPHABET]
            if lower and len(lower) == len(bad):
                reasons.append(_("含有不允许的字符 {characters}（字母应大写）").format(characters=series(bad)))
            else:
                reasons.append(_("含有不允许的字符 {characters}").format(characters=series(bad)))
        reason = _("{first}，{second}").format(first=reasons[0], second=reasons[1]) if len(reasons) == 2 else reasons[0]
        yield self.problem(
            _(
                "统一社会信用代码 {uscc} {reason}；代码只用数字 0–9 和大写字母"
                "（不用 I、O、S、V、Z）。请照证书重新抄写。"
            ).format(uscc=uscc, reason=reason),
            at=("uscc",),
        )


class UsccCheck(FileRule[Community]):
    code = "CV206"
    summary = N_("统一社会信用代码校验码错误（GB 32100-2015），或其中组织机构代码的校验码错误（GB 11714）")
    kinds = ("community",)
    why = N_(
        "代码的最后一位是按前 17 位算出的校验码，第 17 位是组织机构代码的校验码。校验不通过，说明有一位抄错或两位抄颠倒了。"
        "格式已不对（CV205）时不再检查校验码。"
    )
    basis = RuleBasis("documents.uscc_structure", "documents.uscc_check")
    example = N_('uscc: "54440604778330561M"   # 校验码应为 N')
    fix = N_("照《统一社会信用代码证书》核对每一位，特别是容易混淆的 0 和 D、1 和 7、2 和 Z、8 和 B。")

    def check(self, doc: Document[Community], ctx: Context) -> Iterator[Problem]:
        uscc = doc.model.uscc
        if uscc is None or not identifiers.uscc_is_well_formed(uscc):
            return
        reason = identifiers.uscc_check_problem(uscc)
        if reason:
            yield self.problem(
                _("统一社会信用代码 {uscc} 校验不通过：{reason}。代码中有字符抄错，请照证书逐位核对。").format(
                    uscc=uscc, reason=reason
                ),
                at=("uscc",),
            )


class UsccPrefix(FileRule[Community]):
    code = "CV207"
    severity = Severity.WARNING
    summary = N_("统一社会信用代码的登记管理部门码和机构类别码与类型不符")
    kinds = ("community",)
    options = {"prefixes": {"village": ["54"], "community": ["54", "55"]}}
    why = N_(
        "村（居）民委员会是基层群众性自治组织特别法人，由民政部门赋予统一社会信用代码，前两位（登记管理部门码和机构类别码）"
        "本县默认为：村民委员会 54，居民委员会 54 或 55。前缀不同，常见原因是抄成了村集体经济组织（N2 开头）或"
        "村党组织等其他单位的代码。各地赋码做法不同，可在配置中改：`[tool.civcat.rules.CV207] "
        'prefixes = {village = ["54"], community = ["54", "55"]}`；配置中没写的类型沿用默认值。'
        "代码中的登记管理机关行政区划码（第 3–8 位）可以不是本县代码，不检查。"
    )
    basis = RuleBasis("documents.uscc_structure")
    example = N_('type: village\nuscc: "N2500243MA5UXXXXXX"   # N2 是村级集体经济组织')
    fix = N_("核对代码是否属于村（居）民委员会本身；确属本县另一种赋码做法时，在配置中加入该前缀。")

    def check(self, doc: Document[Community], ctx: Context) -> Iterator[Problem]:
        uscc = doc.model.uscc
        if uscc is None or not identifiers.uscc_is_well_formed(uscc):
            return
        configured = ctx.options(self).get("prefixes") or {}
        allowed = configured.get(doc.model.type, self.options["prefixes"][doc.model.type])
        allowed = [allowed] if isinstance(allowed, str) else list(allowed)
        if any(uscc.startswith(p) for p in allowed):
            return
        name = _("村民委员会") if doc.model.type == "village" else _("居民委员会")
        yield self.problem(
            _(
                "统一社会信用代码 {uscc} 以 {prefix} 开头，{committee}的代码应以 {allowed} 开头；"
                "请核对是否抄成了其他单位（如村集体经济组织）的代码。"
                "本县赋码做法不同时，可在配置 [tool.civcat.rules.CV207] prefixes 中调整。"
            ).format(uscc=uscc, prefix=uscc[:2], committee=name, allowed=_(" 或 ").join(allowed)),
            at=("uscc",),
            needle=uscc[:2],
        )


# --- CV208: duplicates --------------------------------------------------------------------------


class DuplicateCode(RepositoryRule):
    code = "CV208"
    summary = N_("代码重复")
    reads = {"community": {"code": None}, "charter": {"community": None}}
    why = N_(
        "代码是乡镇、村和社区的唯一标识。两个乡镇用同一代码、两个文件写同一个村或社区、同一个村有两份公约，"
        "统计和生成文件时只会用到其中一个，另一个悄悄丢失。第一次出现的不报告，以后每次出现都报告并指出第一次在哪里。"
    )
    basis = RuleBasis("documents.division_unique")
    example = N_(
        '# catalogues/communities/500243112/500243112202.yaml\ncode: "500243112201"   # 与 500243112201.yaml 重复'
    )
    fix = N_(
        "核对两处中哪一处写错：改正代码，或删除多余的文件（同一个村的公约只保留现行的一份，修订次数写在 revision）。"
    )

    def check(self, repository: Repository, ctx: Context) -> Iterator[tuple[Document, Problem]]:
        county = repository.county
        if county is not None:
            first: dict[str, int] = {}
            for i, township in enumerate(county.model.townships):
                if township.code in first:
                    earlier = county.model.townships[first[township.code]]
                    message = _(
                        "乡镇代码 {code} 重复：{township}与第 {position} 个乡镇{earlier}用了同一代码；"
                        "请改正其中错的一个。"
                    ).format(
                        code=township.code,
                        township=township.name,
                        position=first[township.code] + 1,
                        earlier=earlier.name,
                    )
                    yield county, self.problem(message, at=("townships", i, "code"))
                else:
                    first[township.code] = i
        for kind in ("community", "charter"):
            seen: dict[str, Any] = {}
            for doc in _community_docs(repository, kind):
                code, at = _claimed_code(doc)
                if code not in seen:
                    seen[code] = doc
                    continue
                other = seen[code].path
                if kind == "community":
                    message = _(
                        "代码 {code} 已由 {other} 使用；同一个村或社区只能有一个文件。请改正代码或删除重复的文件。"
                    ).format(code=code, other=other)
                else:
                    message = _(
                        "村或社区 {code} 已有公约 {other}；每个村或社区只保留现行的一份公约"
                        "（修订时改原文件并增加 revision）。请改正 community 或删除重复的文件。"
                    ).format(code=code, other=other)
                yield doc, self.problem(message, at=at)


# --- CV209: file names --------------------------------------------------------------------------


class FileName(FileRule[Community | Charter]):
    code = "CV209"
    summary = N_("文件名与文件中的代码不符")
    kinds = ("community", "charter")
    why = N_(
        "村、社区和公约文件以代码命名（500243112201.yaml），别人才能按代码找到文件，合并请求中也一眼看出改的是哪个村。"
    )
    basis = RuleBasis("documents.format_layout")
    example = N_('# 文件 charters/500243112/500243112202.yaml\ncommunity: "500243112201"')
    fix = N_("把文件改名为 <代码>.yaml；如果是文件中的代码写错了，就改代码。")

    def check(self, doc: Document[Community | Charter], ctx: Context) -> Iterator[Problem]:
        if not doc.in_layout:
            return  # a file checked alone is not named by the layout
        code, at = _claimed_code(doc)
        if doc.stem != code:
            if doc.kind == "charter":
                message = _(
                    "文件名 {stem} 与文件中的所属村或社区代码 {code} 不符；请把文件改名为 {code}.yaml，"
                    "或改正文件中的代码。"
                )
            else:
                message = _(
                    "文件名 {stem} 与文件中的代码 {code} 不符；请把文件改名为 {code}.yaml，或改正文件中的代码。"
                )
            yield self.problem(message.format(stem=doc.stem, code=code), at=at)


# --- CV210: urban-rural code --------------------------------------------------------------------


class UrbanRural(FileRule[Community]):
    code = "CV210"
    summary = N_("城乡分类代码不是 111 112 121 122 123 210 220 之一")
    kinds = ("community",)
    why = N_("城乡分类代码用于统计村和社区属于城镇还是乡村，只有规定的七个值。")
    # The codes and meanings of identifiers.URBAN_RURAL_CODES, written out: a page is one message.
    basis = RuleBasis("documents.urban_rural_codes")
    example = 'urban_rural: "220 村庄"'  # YAML data only: the same in every language
    fix = N_(
        '只写三位代码并加引号，如 `urban_rural: "220"`；不清楚时照国家统计局公布的统计用区划代码填写，或删去此项。'
    )

    def check(self, doc: Document[Community], ctx: Context) -> Iterator[Problem]:
        value = doc.model.urban_rural
        if value is None or value in identifiers.URBAN_RURAL_CODES:
            return
        allowed = _("，").join(f"{k} {_(v)}" for k, v in identifiers.URBAN_RURAL_CODES.items())
        yield self.problem(
            _(
                "城乡分类代码 {value} 不是规定的代码；允许的代码：{allowed}。"
                "请按国家统计局公布的代码填写三位数字并加引号。"
            ).format(value=value, allowed=allowed),
            at=("urban_rural",),
        )


# --- CV211: county totals -----------------------------------------------------------------------


class CountyTotals(RepositoryRule):
    code = "CV211"
    summary = N_("county.yaml 中公布的村、社区数量与村和社区文件数不符")
    why = N_(
        "county.yaml 的 totals 是公开发布的数字，每个村和社区应各有一个文件。数字不符，说明漏了文件、多了文件，"
        "或公布的数字已过时。按不重复的代码和 `type` 计数；有文件缺少或写错 `type`（另有 CV101、CV104 报告）时，"
        "先不比较，以免重复报告；有文件读不出来（另有 CV001–CV004 报告）时，它们能解释的缺少也不报告。"
        "只在写了 totals 时检查。"
    )
    basis = RuleBasis("documents.format_totals")
    example = N_("totals: {villages: 237, communities: 59}   # 文件中只有 236 个村")
    fix = N_("补上缺少的村或社区文件、删除多余的，或在区划调整后更新 totals。")
    FIELDS = (("villages", "village"), ("communities", "community"))

    def check(self, repository: Repository, ctx: Context) -> Iterator[tuple[Document, Problem]]:
        county = repository.county
        if county is None or county.model.totals is None:
            return
        codes: dict[str, set[str]] = {"village": set(), "community": set()}
        for source in repository.sources:
            data = source.data
            if not source.path.startswith("catalogues/communities/"):
                continue
            if not isinstance(data, dict) or data.get("kind") != "community":
                continue
            if data.get("type") not in codes or not isinstance(data.get("code"), str | int):
                return  # reported by the schema rules; the count cannot be judged yet
            codes[data["type"]].add(str(data["code"]))
        stated = {kind: getattr(county.model.totals, field) for field, kind in self.FIELDS}
        unread = repository.unread("community")  # files reported by their own finding (CV001–CV004)
        for field, kind in self.FIELDS:
            counted = len(codes[kind])
            if stated[kind] is None or stated[kind] == counted:
                continue
            if 0 < stated[kind] - counted <= unread:
                continue  # the files that could not be read may be exactly the missing ones
            yield county, self.problem(_totals_message(kind, stated[kind], counted, field), at=("totals", field))


def _totals_message(kind: str, stated: int, counted: int, field: str) -> str:
    if kind == "village":
        message = ngettext(
            "county.yaml 公布村 {stated} 个，catalogues/communities/ 中有 {counted} 个村的文件；"
            "请补上或删除文件，或更新 totals.{field}。",
            "county.yaml 公布村 {stated} 个，catalogues/communities/ 中有 {counted} 个村的文件；"
            "请补上或删除文件，或更新 totals.{field}。",
            counted,
        )
    else:
        message = ngettext(
            "county.yaml 公布社区 {stated} 个，catalogues/communities/ 中有 {counted} 个社区的文件；"
            "请补上或删除文件，或更新 totals.{field}。",
            "county.yaml 公布社区 {stated} 个，catalogues/communities/ 中有 {counted} 个社区的文件；"
            "请补上或删除文件，或更新 totals.{field}。",
            counted,
        )
    return message.format(stated=stated, counted=counted, field=field)


# --- CV212: community ↔ charter -----------------------------------------------------------------


class CharterPairing(RepositoryRule):
    code = "CV212"
    summary = N_("村或社区没有公约，或公约没有对应的村或社区")
    reads = {"community": {"code": None, "type": None, "name": None}, "charter": {"community": None}}
    why = N_(
        "每个村都应有村规民约，每个社区都应有居民公约；公约又必须属于一个登记在册的村或社区。未通过格式检查的文件"
        "也算存在，只报告它自己的格式问题。"
    )
    basis = RuleBasis("provisions.charter_making.village_rules", "provisions.charter_making.residents_convention")
    example = N_(
        "# catalogues/communities/500243112/500243112201.yaml 存在\n# charters/500243112/500243112201.yaml 不存在"
    )
    fix = N_(
        "为村或社区添加公约 charters/<乡镇代码>/<代码>.yaml（可从 charters/model/ 的示范文本改写，尚未表决的写 "
        "status: draft）；公约的 community 写错了就改正，村或社区确已撤并的删除其公约。"
    )

    def check(self, repository: Repository, ctx: Context) -> Iterator[tuple[Document, Problem]]:
        charters = repository.files_claiming("charter")
        communities = repository.files_claiming("community")
        for doc in _community_docs(repository, "community"):
            if doc.model.code not in charters:
                if doc.model.type == "village":
                    message = _(
                        "{name}（{code}）没有村规民约：应有文件 {path}；请添加（未表决的可先写 status: draft）。"
                    )
                else:
                    message = _(
                        "{name}（{code}）没有居民公约：应有文件 {path}；请添加（未表决的可先写 status: draft）。"
                    )
                path = f"charters/{doc.model.code[:9]}/{doc.model.code}.yaml"
                yield (
                    doc,
                    self.problem(message.format(name=doc.model.name, code=doc.model.code, path=path), at=("code",)),
                )
        for doc in _community_docs(repository, "charter"):
            if doc.model.community not in communities:
                path = f"catalogues/communities/{doc.model.community[:9]}/{doc.model.community}.yaml"
                yield (
                    doc,
                    self.problem(
                        _(
                            "公约所属的村或社区 {code} 没有村或社区文件（{path}）；"
                            "请改正 community，或补上村或社区文件。"
                        ).format(code=doc.model.community, path=path),
                        at=("community",),
                    ),
                )
