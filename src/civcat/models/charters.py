"""Charters (村规民约、居民公约) and the model charters they adapt (FORMAT.md §2)."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import Field

from ..i18n import N_
from .types import CivcatModel, Count, DigitCode, IsoDate, Text, labels

CharterType = Literal["village_rules", "residents_convention"]
CHARTER_TYPE_LABELS = labels(CharterType, {"village_rules": N_("村规民约"), "residents_convention": N_("居民公约")})
CharterStatus = Literal["adopted", "draft"]
STATUS_LABELS = labels(CharterStatus, {"adopted": N_("已通过"), "draft": N_("草案")})
VoteBody = Literal["villagers_meeting", "villagers_representatives", "residents_meeting", "residents_representatives"]
VOTE_BODY_LABELS = labels(
    VoteBody,
    {
        "villagers_meeting": N_("村民会议"),
        "villagers_representatives": N_("村民代表会议"),
        "residents_meeting": N_("居民会议"),
        "residents_representatives": N_("居民代表会议"),
    },
)
VoteBasis = Literal["persons", "households", "representatives"]
#: The law's own words: 十八周岁以上村民（居民）、户的代表 (村委会组织法第二十二条, 居委会组织法第九条);
#: "representatives" counts the members of a representatives' meeting or the 居民小组 representatives.
VOTE_BASIS_LABELS = labels(
    VoteBasis, {"persons": N_("十八周岁以上人员"), "households": N_("户的代表"), "representatives": N_("代表")}
)
#: How each basis counts: in persons (人) or in households (户).
VOTE_BASIS_UNITS = {"persons": "人", "households": "户", "representatives": "人"}
#: The words of `vote.authorised`, a yes or no rather than a Literal (absent: nothing recorded, no words).
#: Only a 居民代表会议 adopting a 居民公约 needs the authorisation, and only the 居民会议 gives it.
AUTHORISED_LABELS = {True: N_("经居民会议授权"), False: N_("未经居民会议授权")}
Topic = Literal["conduct", "order", "rights", "disputes", "customs"]
TOPIC_LABELS = labels(
    Topic,
    {
        "conduct": N_("规范日常行为"),
        "order": N_("维护公共秩序"),
        "rights": N_("保障群众权益"),
        "disputes": N_("调解群众纠纷"),
        "customs": N_("引导民风民俗"),
    },
)

#: The procedure steps of the 2018 guidance, in order (民政部等七部门《关于做好村规民约和居民公约工作的指导意见》，民发〔2018〕132号).
ProcedureStep = Literal["solicited", "drafted", "reviewed", "voted", "filed", "published"]
PROCEDURE_STEPS: tuple[str, ...] = get_args(ProcedureStep)
PROCEDURE_STEP_LABELS = labels(
    ProcedureStep,
    {
        "solicited": N_("征集民意"),
        "drafted": N_("拟定草案"),
        "reviewed": N_("提请审核"),
        "voted": N_("审议表决"),
        "filed": N_("备案"),
        "published": N_("公布"),
    },
)


class Article(CivcatModel):
    text: str | None = Field(description="条文内容，不写编号（生成文件时自动编为 第一条、第二条……）")


class Chapter(CivcatModel):
    title: Text = Field(description="章名，如 总则")
    topic: Topic | None = Field(
        None,
        description="内容方面：conduct 规范日常行为、order 维护公共秩序、rights 保障群众权益、"
        "disputes 调解群众纠纷、customs 引导民风民俗",
    )
    articles: list[Article] = Field(min_length=1, description="本章条文，至少一条")


class PointsItem(CivcatModel):
    behaviour: Text = Field(description="加分或扣分的行为")
    points: int = Field(description="分值，扣分为负数")


class Points(CivcatModel):
    title: Text | None = Field(None, description="积分制办法名称")
    items: list[PointsItem] = Field(default_factory=list, description="积分项目")
    redemption: str | None = Field(None, description="积分兑换办法")


class Procedure(CivcatModel):
    solicited: IsoDate | None = Field(None, description="征集民意日期")
    drafted: IsoDate | None = Field(None, description="拟定草案日期")
    reviewed: IsoDate | None = Field(None, description="提请乡镇党委、政府（街道）审核日期")
    voted: IsoDate | None = Field(None, description="提交村（居）民会议审议表决日期")
    filed: IsoDate | None = Field(None, description="报乡镇人民政府（街道办事处）备案日期")
    published: IsoDate | None = Field(None, description="公布日期")


class Vote(CivcatModel):
    body: VoteBody | None = Field(
        None,
        description="表决机构：villagers_meeting 村民会议、villagers_representatives 村民代表会议、"
        "residents_meeting 居民会议、residents_representatives 居民代表会议",
    )
    basis: VoteBasis | None = Field(
        None,
        description="到会人数的计算基础：persons 十八周岁以上人员、households 户的代表、"
        "representatives 代表（代表会议的组成人员；2026 年以前的居民会议："
        "居民小组选举的代表）",
    )
    eligible: Count | None = Field(None, description="应到人数（户数、代表数）")
    present: Count | None = Field(None, description="实到人数（户数、代表数）")
    in_favour: Count | None = Field(None, description="赞成人数")
    women_present: Count | None = Field(None, description="到会女性人数")
    authorised: bool | None = Field(
        None,
        description="居民代表会议表决居民公约时，是否经居民会议授权（2026 年起，"
        "《城市居民委员会组织法》（2025）第三十条第二款）：true 已授权，false 未授权，不写表示没有记录",
    )


class Charter(CivcatModel):
    civcat: Literal[1] = Field(description="数据格式版本，目前为 1")
    kind: Literal["charter"] = Field(description="文件类型：charter 村规民约或居民公约")
    community: DigitCode = Field(description="所属村或社区的 12 位代码，须加引号")
    type: CharterType = Field(description="类型：village_rules 村规民约（村）、residents_convention 居民公约（社区）")
    title: Text = Field(description="标题，如 石门村村规民约")
    status: CharterStatus = Field("adopted", description="状态：adopted 已通过（默认）、draft 草案")
    revision: int | None = Field(None, ge=1, description="修订次数（第几版）")
    model: str | None = Field(None, description="所依据的示范文本（charters/model/ 下的文件名，不含 .yaml）")
    procedure: Procedure | None = Field(None, description="制定程序的六个步骤及日期")
    vote: Vote | None = Field(None, description="审议表决情况")
    filed_with: str | None = Field(None, description="备案机关：所在乡（镇）人民政府或街道办事处")
    chapters: list[Chapter] = Field(min_length=1, description="章节，至少一章")
    points: Points | None = Field(None, description="积分制附件（可选）")


class CharterModel(CivcatModel):
    civcat: Literal[1] = Field(description="数据格式版本，目前为 1")
    kind: Literal["charter-model"] = Field(description="文件类型：charter-model 示范文本")
    type: CharterType = Field(description="类型：village_rules 村规民约、residents_convention 居民公约")
    title: Text = Field(description="示范文本标题")
    chapters: list[Chapter] = Field(min_length=1, description="章节，至少一章")
    points: Points | None = Field(None, description="积分制附件（可选）")
