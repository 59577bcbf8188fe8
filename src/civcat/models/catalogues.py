"""County, reference catalogues and community files (FORMAT.md §2)."""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import Field

from ..i18n import N_
from .types import CivcatModel, Count, CountyCode, DigitCode, IsoDate, ItemId, Text, labels

FORMAT_VERSION = Literal[1]
TownshipType = Literal["street", "town", "township"]
TOWNSHIP_TYPE_LABELS = labels(TownshipType, {"street": N_("街道"), "town": N_("镇"), "township": N_("乡")})
CommunityType = Literal["village", "community"]
COMMUNITY_TYPE_LABELS = labels(CommunityType, {"village": N_("村"), "community": N_("社区")})
#: The committee each community type elects.
COMMITTEE_LABELS = {"village": N_("村民委员会"), "community": N_("居民委员会")}
Tier = Literal["major", "minor", "private"]
TIER_LABELS = labels(Tier, {"major": N_("大事"), "minor": N_("小事"), "private": N_("私事")})
#: The tiers in the order every list shows them.
TIER_ORDER: tuple[str, ...] = get_args(Tier)
Route = Literal["self", "market", "both"]
ROUTE_LABELS = labels(
    Route, {"self": N_("群众自行解决"), "market": N_("寻求市场服务"), "both": N_("自行解决或寻求市场服务")}
)
TriageLevel = Literal["township", "street"]
TRIAGE_LEVEL_LABELS = labels(TriageLevel, {"township": N_("乡镇层面"), "street": N_("街道层面")})
ConsultationCategoryId = Literal["institution", "public_affairs", "village_affairs", "other"]
CONSULTATION_CATEGORY_LABELS = labels(
    ConsultationCategoryId,
    {
        "institution": N_("制度建设类"),
        "public_affairs": N_("公共事务公益事业类"),
        "village_affairs": N_("村（居）务管理类"),
        "other": N_("其他类"),
    },
)
CONSULTATION_CATEGORY_ORDER: tuple[str, ...] = get_args(ConsultationCategoryId)


# --- county ------------------------------------------------------------------------------------


class Township(CivcatModel):
    code: DigitCode = Field(description='乡镇（街道）的 9 位统计用区划代码，须加引号，如 "500243112"')
    name: Text = Field(description="乡镇（街道）名称，如 长生镇")
    type: TownshipType = Field(description="类型：street 街道、town 镇、township 乡")


class CountyTotals(CivcatModel):
    villages: Count | None = Field(None, description="公布的村（村民委员会）数量，与社区文件核对")
    communities: Count | None = Field(None, description="公布的社区（居民委员会）数量，与社区文件核对")


class County(CivcatModel):
    civcat: FORMAT_VERSION = Field(description="数据格式版本，目前为 1")
    kind: Literal["county"] = Field(description="文件类型：county 县（区）")
    code: CountyCode = Field(description='县（区）的 6 位行政区划代码（GB/T 2260），须加引号，如 "500243"')
    name: Text = Field(description="县（区）名称")
    authority: Text | None = Field(None, description="民政部门名称，印在生成的文件上")
    totals: CountyTotals | None = Field(None, description="公布的村、社区数量")
    townships: list[Township] = Field(min_length=1, description="全部乡镇（街道）")


# --- triage items (三事分流) ---------------------------------------------------------------------


class _ItemCommon(CivcatModel):
    id: ItemId = Field(
        description="事项编号：大事 DS-nn、小事 XS-nn、私事 SS-nn；本地新增加 L，如 XS-L01。一经公布不再改作他用"
    )
    title: Text = Field(description="事项名称")
    description: str | None = Field(None, description="事项说明")
    contact: str | None = Field(None, description="联系方式或办理地点")


class MajorItem(_ItemCommon):
    tier: Literal["major"] = Field(description="层级：major 大事（政府管理事项及公共服务），由政府部门负责解决")
    handler: Text = Field(description="负责办理的政府部门或机构，如 乡镇人民政府社会事务办公室")
    basis: list[Text] = Field(min_length=1, description="法律法规依据，至少一项，如 《社会救助暂行办法》")


class MinorItem(_ItemCommon):
    tier: Literal["minor"] = Field(description="层级：minor 小事（村（居）公共事项及公益服务），由“两委”牵头协商解决")
    lead: Text | None = Field(None, description="牵头方，默认为 村（社区）“两委”")
    participants: list[Text] = Field(default_factory=list, description="共同参与协商的组织，如 社区社会组织、社区单位")
    forms: list[Text] = Field(min_length=1, description="协商形式，至少一项，如 村民议事会、院坝会")


class PrivateItem(_ItemCommon):
    tier: Literal["private"] = Field(
        description="层级：private 私事（个人事务和市场服务），由群众自行解决或寻求市场服务"
    )
    route: Route = Field(description="解决途径：self 群众自行解决、market 寻求市场服务、both 自行解决或寻求市场服务")


TriageItem = Annotated[MajorItem | MinorItem | PrivateItem, Field(discriminator="tier")]


class TriageTotals(CivcatModel):
    major: Count | None = Field(None, description="公布的大事数量")
    minor: Count | None = Field(None, description="公布的小事数量")
    private: Count | None = Field(None, description="公布的私事数量")


class TriageReference(CivcatModel):
    civcat: FORMAT_VERSION = Field(description="数据格式版本，目前为 1")
    kind: Literal["triage-reference"] = Field(description="文件类型：triage-reference 三事分流参考事项清单")
    level: TriageLevel = Field(description="适用层面：township 乡镇层面（镇、乡下的村和社区）、street 街道层面")
    title: Text = Field(description="清单名称")
    issued: IsoDate | None = Field(None, description="印发日期，YYYY-MM-DD")
    totals: TriageTotals | None = Field(None, description="公布的各层级事项数量，与清单条目核对")
    items: list[TriageItem] = Field(min_length=1, description="参考事项")


# --- consultation (协商事项清单) ----------------------------------------------------------------


class ConsultationItem(CivcatModel):
    id: ItemId = Field(description="协商事项编号 XY-nn；本地新增 XY-Lnn")
    title: Text = Field(description="协商事项名称")
    forms: list[Text] = Field(default_factory=list, description="协商形式，如 村（居）民会议、村民议事会")
    description: str | None = Field(None, description="事项说明")
    contact: str | None = Field(None, description="联系方式")


class LocalConsultationItem(ConsultationItem):
    category: ConsultationCategoryId | None = Field(
        None, description="所属类别：institution、public_affairs、village_affairs、other"
    )


class ConsultationCategory(CivcatModel):
    id: ConsultationCategoryId = Field(
        description="类别：institution 制度建设类、public_affairs 公共事务公益事业类、"
        "village_affairs 村（居）务管理类、other 其他类"
    )
    title: Text = Field(description="类别名称")
    items: list[ConsultationItem] = Field(description="该类别的协商事项")


class ConsultationTotals(CivcatModel):
    categories: Count | None = Field(None, description="公布的类别数量")
    items: Count | None = Field(None, description="公布的事项数量")


class ConsultationReference(CivcatModel):
    civcat: FORMAT_VERSION = Field(description="数据格式版本，目前为 1")
    kind: Literal["consultation-reference"] = Field(description="文件类型：consultation-reference 城乡社区协商事项清单")
    title: Text = Field(description="清单名称")
    issued: IsoDate | None = Field(None, description="印发日期，YYYY-MM-DD")
    totals: ConsultationTotals | None = Field(None, description="公布的类别和事项数量，与清单核对")
    categories: list[ConsultationCategory] = Field(min_length=1, description="协商事项类别")


# --- autonomy (三张清单) ------------------------------------------------------------------------


class SelfGovernanceItem(CivcatModel):
    id: ItemId = Field(description="依法自治事项编号 ZZ-nn")
    title: Text = Field(description="事项名称")
    basis: list[Text] = Field(default_factory=list, description="法律依据")
    description: str | None = Field(None, description="事项说明")


class AssistItem(CivcatModel):
    id: ItemId = Field(description="协助政府工作事项编号 XZ-nn")
    title: Text = Field(description="事项名称")
    department: Text | None = Field(None, description="提出协助要求的政府部门，如 县民政局")
    basis: list[Text] = Field(default_factory=list, description="法律法规依据")
    description: str | None = Field(None, description="事项说明")


class NegativeItem(CivcatModel):
    id: ItemId = Field(description="工作负面事项编号 FM-nn")
    title: Text = Field(description="不得交由村（居）民委员会承担的工作")
    basis: list[Text] = Field(default_factory=list, description="依据")
    description: str | None = Field(None, description="事项说明")


class AutonomyTotals(CivcatModel):
    self_governance: Count | None = Field(None, description="依法自治事项数量")
    assist_government: Count | None = Field(None, description="协助政府工作事项数量")
    negative: Count | None = Field(None, description="工作负面事项数量")


class AutonomyReference(CivcatModel):
    civcat: FORMAT_VERSION = Field(description="数据格式版本，目前为 1")
    kind: Literal["autonomy-reference"] = Field(description="文件类型：autonomy-reference 基层群众性自治组织“三张清单”")
    title: Text = Field(description="清单名称")
    issued: IsoDate | None = Field(None, description="印发日期，YYYY-MM-DD")
    totals: AutonomyTotals | None = Field(None, description="公布的三张清单事项数量")
    self_governance: list[SelfGovernanceItem] = Field(default_factory=list, description="依法自治事项清单")
    assist_government: list[AssistItem] = Field(default_factory=list, description="协助政府工作事项清单")
    negative: list[NegativeItem] = Field(
        default_factory=list, description="工作负面事项清单：不得交由村（居）委员会承担的工作"
    )


# --- community ----------------------------------------------------------------------------------


class Committee(CivcatModel):
    elected: IsoDate = Field(description="最近一次换届选举日期，YYYY-MM-DD")
    members: Count = Field(description="委员会成员人数（村委会 3–7 人，居委会 5–9 人）")
    women: Count | None = Field(None, description="其中女性成员人数；不填表示未知")


class Exclusion(CivcatModel):
    id: ItemId = Field(description="本地不适用的参考事项编号")
    reason: Text = Field(description="不适用的理由，如 本村无集体林地")


class CommunityTriage(CivcatModel):
    excluded: list[Exclusion] = Field(default_factory=list, description="本地不适用的参考事项，各附理由")
    local: list[TriageItem] = Field(default_factory=list, description="本地新增事项，编号带 L，如 XS-L01")


class CommunityConsultation(CivcatModel):
    platforms: list[Text] = Field(min_length=1, description="常设协商平台，至少一个，如 村民议事会、院坝会")
    excluded: list[Exclusion] = Field(default_factory=list, description="本地不适用的协商事项，各附理由")
    local: list[LocalConsultationItem] = Field(default_factory=list, description="本地新增协商事项，编号如 XY-L01")


class AssignedTask(CivcatModel):
    title: Text = Field(description="政府部门交由本委员会承担的工作")
    ref: ItemId | None = Field(None, description="对应的协助政府工作事项编号 XZ-nn（未列入清单的须经准入审批）")
    department: Text | None = Field(None, description="交办部门")


class Community(CivcatModel):
    civcat: FORMAT_VERSION = Field(description="数据格式版本，目前为 1")
    kind: Literal["community"] = Field(description="文件类型：community 村或社区")
    code: DigitCode = Field(description="12 位统计用区划代码，前 9 位为所属乡镇（街道）代码，须加引号")
    name: Text = Field(description="村或社区名称，如 石门村、三合社区")
    type: CommunityType = Field(description="类型：village 村（村民委员会）、community 社区（居民委员会）")
    uscc: str | None = Field(None, description="村（居）民委员会的 18 位统一社会信用代码，须加引号")
    urban_rural: str | None = Field(None, description="城乡分类代码：111 112 121 122 123 210 220，须加引号")
    committee: Committee | None = Field(None, description="村（居）民委员会")
    triage: CommunityTriage = Field(
        default_factory=CommunityTriage, description="三事分流：排除的参考事项与本地新增事项"
    )
    consultation: CommunityConsultation | None = Field(None, description="协商：平台、排除事项与本地新增事项")
    assigned_tasks: list[AssignedTask] = Field(default_factory=list, description="政府部门交由本委员会承担的工作")
