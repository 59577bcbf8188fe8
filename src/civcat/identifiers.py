"""Identifier arithmetic: statistical division codes, 城乡分类代码 and the unified social credit code.

Pure functions that import nothing of civcat but its interface language (for the messages), so
rules, the generator script and tests share one truth.

GB 32100-2015 (法人和其他组织统一社会信用代码编码规则): 18 characters =
  1 registration authority (登记管理部门码) + 1 organisation category (机构类别码)
  + 6 administrative division code (登记管理机关行政区划码)
  + 9 organisation code (主体标识码, GB 11714: 8 body characters + 1 check character)
  + 1 check character over the first 17.
"""

from __future__ import annotations

import re

from .i18n import N_, _

# GB 32100-2015 §4: the code's alphabet leaves out I, O, S, V, Z so they are never misread as 1, 0, 5, U, 2.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUE = {c: i for i, c in enumerate(USCC_ALPHABET)}
_USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]  # GB 32100-2015 §5.1: W_i = 3^(i-1) mod 31
USCC_PATTERN = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{18}$")

# GB 11714-1997 §5: weights of the eight body characters of an organisation code.
_ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

# 统计用区划代码和城乡划分代码编制规则 (国统字〔2009〕91号): 城乡分类代码. The meanings are marked
# for translation (N_); a message shows `_(meaning)`.
URBAN_RURAL_CODES = {
    "111": N_("主城区"),
    "112": N_("城乡结合区"),
    "121": N_("镇中心区"),
    "122": N_("镇乡结合区"),
    "123": N_("特殊区域"),
    "210": N_("乡中心区"),
    "220": N_("村庄"),
}


def uscc_check_character(first17: str) -> str:
    """The 18th character of a USCC computed from its first 17 (GB 32100-2015 §5.1)."""
    total = sum(_USCC_VALUE[c] * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def _org_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def org_code_check_character(body8: str) -> str:
    """The 9th character of an organisation code computed from its first 8 (GB 11714-1997 §5)."""
    total = sum(_org_value(c) * w for c, w in zip(body8, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def uscc_is_well_formed(code: str) -> bool:
    return bool(USCC_PATTERN.match(code))


def uscc_check_problem(code: str) -> str | None:
    """Why a well-formed USCC fails its check characters, or None when both are right."""
    expected = uscc_check_character(code[:17])
    if code[17] != expected:
        return _("第18位校验码应为 {expected}，实为 {actual}（GB 32100-2015）").format(
            expected=expected, actual=code[17]
        )
    org = code[8:17]
    if all(c.isdigit() or "A" <= c <= "Z" for c in org[:8]):
        org_expected = org_code_check_character(org[:8])
        if org[8] != org_expected:
            return _("主体标识码 {organisation_code} 的校验码应为 {expected}，实为 {actual}（GB 11714-1997）").format(
                organisation_code=org, expected=org_expected, actual=org[8]
            )
    return None


def make_uscc(prefix2: str, division6: str, org_body8: str) -> str:
    """A USCC with correct check characters, from its authority/category prefix, division and org body."""
    first17 = prefix2 + division6 + org_body8 + org_code_check_character(org_body8)
    return first17 + uscc_check_character(first17)


def township_type_for_code(code9: str) -> str | None:
    """The township type its statistical code range implies: 001–099 street, 100–199 town, 200–399 township."""
    n = int(code9[6:9])
    if 1 <= n <= 99:
        return "street"
    if 100 <= n <= 199:
        return "town"
    if 200 <= n <= 399:
        return "township"
    return None


def community_type_for_code(code12: str) -> str | None:
    """The community type its code range implies: 001–199 居委会 community, 200–399 村委会 village."""
    n = int(code12[9:12])
    if 1 <= n <= 199:
        return "community"
    if 200 <= n <= 399:
        return "village"
    return None
