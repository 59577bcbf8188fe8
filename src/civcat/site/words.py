"""The words of the report site, marked for translation (templates get them translated as `t`).

Templates are not scanned for messages (scripts/i18n.py reads Python only), so every word a page
prints that is not data lives here, under a key the templates use: `{{ t.county }}`.
"""

from __future__ import annotations

from ..i18n import N_, _
from ..models.catalogues import COMMUNITY_TYPE_LABELS, TIER_LABELS, TOWNSHIP_TYPE_LABELS

#: Problem areas, in the order of the county table's columns, with the rule-code hundreds they take.
AREAS = {
    "format": (N_("格式和代码"), "012"),
    "catalogues": (N_("事项清单"), "3"),
    "legality": (N_("公约合法性"), "6"),
    "procedure": (N_("制定程序和表决"), "5"),
    "committees": (N_("委员会"), "4"),
    "text": (N_("文字规范"), "7"),
}

CHARTER_STATUS = {"adopted": N_("已通过"), "draft": N_("草案"), "missing": N_("没有公约")}
# The models' words (one vocabulary).
COMMUNITY_TYPES = COMMUNITY_TYPE_LABELS
TOWNSHIP_TYPES = TOWNSHIP_TYPE_LABELS
TIERS = TIER_LABELS
LEVELS = {"township": N_("乡镇层面"), "street": N_("街道层面"), "consultation": N_("协商事项")}

WORDS = {
    "with_count": N_("{label}（{count}）"),
    "minor_handling": N_("{lead}；协商形式：{forms}"),
    "committee_line": N_("{elected} 选举，成员 {members} 人，其中女性 {women} 人"),
    "label_value": N_("{label}：{value}"),
    "site_title": N_("{county}村（社区）事项清单和公约情况"),
    "county_page": N_("全县概况"),
    "as_of": N_("检查日期：{date}"),
    "as_of_note": N_("任期、公约年限按此日期计算；问题为 civcat validate 在此日期的检查结果。"),
    "figures": N_("数量核对"),
    "figure": N_("项目"),
    "counted": N_("按文件统计"),
    "published": N_("县里公布"),
    "agrees": N_("是否一致"),
    "yes": N_("一致"),
    "no": N_("不一致"),
    "not_published": N_("未公布"),
    "villages": N_("村"),
    "communities": N_("社区"),
    "townships": N_("乡镇（街道）"),
    "township": N_("乡镇（街道）"),
    "township_table": N_("各乡镇（街道）情况"),
    "errors": N_("错误"),
    "warnings": N_("警告"),
    "errors_warnings": N_("错误 / 警告"),
    "charters": N_("公约"),
    "charters_adopted": N_("已通过"),
    "charters_draft": N_("草案"),
    "charters_missing": N_("没有公约"),
    "charters_old": N_("超过 {years} 年"),
    "terms_ending": N_("半年内任期届满"),
    "total": N_("合计"),
    "problems_chart": N_("各乡镇（街道）的问题数"),
    "age_chart": N_("公约制定至今的年数"),
    "age_years": N_("{low}–{high} 年"),
    "age_over": N_("{low} 年以上"),
    "age_unknown": N_("无日期"),
    "chart_errors": N_("错误"),
    "chart_warnings": N_("警告"),
    "county_findings": N_("县级文件的问题"),
    "code": N_("代码"),
    "name": N_("名称"),
    "type": N_("类型"),
    "charter": N_("公约"),
    "charter_date": N_("表决日期"),
    "committee_ends": N_("委员会任期届满"),
    "findings": N_("问题"),
    "no_findings": N_("没有发现问题。"),
    "where": N_("位置"),
    "rule": N_("规则"),
    "severity": N_("级别"),
    "message": N_("说明"),
    "catalogue": N_("事项清单"),
    "item_id": N_("编号"),
    "item_title": N_("事项"),
    "handled_by": N_("负责或办理"),
    "local": N_("本地新增"),
    "excluded": N_("不适用的参考事项"),
    "reason": N_("理由"),
    "consultation": N_("协商事项"),
    "platforms": N_("协商平台"),
    "forms": N_("协商形式"),
    "committee": N_("委员会"),
    "unknown": N_("不详"),
    "charter_text": N_("公约全文"),
    "no_charter": N_("还没有公约文件。"),
    "problem_article": N_("此条有问题"),
    "pdfs": N_("可打印的文件"),
    "rule_pages": N_("规则说明"),
    "why": N_("为什么"),
    "basis": N_("法律依据"),
    "example": N_("错误示例"),
    "fix": N_("怎么改"),
    "across": N_("全县横向比较"),
    "across_references": N_("参考事项被排除的情况"),
    "across_local": N_("本地新增事项"),
    "across_communities": N_("各村（社区）与参考清单、示范文本的差异"),
    "heatmap": N_("各乡镇（街道）排除参考事项的比例"),
    "heatmap_note": N_(
        "颜色越深，该乡镇（街道）排除这一事项的村（社区）越多；空白表示该事项不适用于这个乡镇（街道）。"
    ),
    "share": N_("比例"),
    "excluded_by": N_("排除的村（社区）"),
    "scope": N_("适用的村（社区）"),
    "level": N_("层面"),
    "tier": N_("层级"),
    "candidate": N_("建议列入县级清单"),
    "conflict": N_("层级不一"),
    "count": N_("数量"),
    "charter_distance": N_("与示范文本的差异"),
    "kept": N_("保留"),
    "changed": N_("修改"),
    "added": N_("新增"),
    "removed": N_("删去"),
    "flags": N_("突出之处"),
    "search": N_("搜索"),
    "search_label": N_("搜索村（社区）和公约条文"),
    "search_hint": N_("输入村（社区）名称、代码或条文中的词语。"),
    "search_nojs": N_("搜索需要浏览器启用 JavaScript；其他页面不需要。"),
    "search_none": N_("没有找到。"),
    "search_more": N_("只显示前 {count} 条结果。"),
    "navigation": N_("导航"),
    "public_note": N_("村务公开版：不含检查问题和内部字段。"),
    "generated_by": N_("由 civcat {version} 根据仓库中的数据生成。"),
    "skip": N_("跳到正文"),
    "none": N_("无"),
    "article": N_("条文"),
}


class Words(dict[str, str]):
    """The site's words in the interface language, readable as attributes in templates."""

    def __getattr__(self, name: str) -> str:
        # A missing word raises KeyError (not AttributeError): a typo in a template fails loudly
        # instead of rendering as empty.
        return self[name]


def words() -> Words:
    return Words({key: _(text) for key, text in WORDS.items()})


def area_of(code: str) -> str:
    """The problem area of a rule code: CV5xx → procedure (see AREAS)."""
    digit = code[2:3]
    return next((area for area, (_label, digits) in AREAS.items() if digit in digits), "format")
