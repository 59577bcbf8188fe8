#!/usr/bin/env python3
"""Generate the bundled county: catalogues/county.yaml, one community file and one charter per
village and community.

The township list (39 real townships with their statistical codes), the reference catalogues in
catalogues/reference/ and the model charters in charters/model/ are the inputs. Everything this
script invents is illustrative: the names and codes of the 296 villages and communities, their
committees, USCCs, exclusions, local items, votes, dates and the local wording of the charters.
The counts are the seed's (237 villages, 59 communities).

    python scripts/generate_county.py                    # the bundled county, into the repository
    python scripts/generate_county.py --out /tmp/big --communities 12000   # a synthetic county

Output is deterministic: every random choice comes from a Random seeded with `--seed` and the
code of the township or community it concerns, so the same options give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from ruamel.yaml import YAML

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))  # so the script also runs without `pip install -e .`
from civcat.identifiers import make_uscc  # noqa: E402

COUNTY_CODE = "500243"
COUNTY_NAME = "彭水苗族土家族自治县"
AUTHORITY = "彭水苗族土家族自治县民政局"
DEFAULT_TOWNSHIPS_CSV = REPO.parent / "shared" / "data" / "pengshui-townships.csv"

# The seed's figures: 237 villages + 59 communities; 6 charters still in draft is our choice.
SEED_VILLAGES, SEED_COMMUNITIES = 237, 59
SEED_TOTAL = SEED_VILLAGES + SEED_COMMUNITIES
SEED_DRAFTS = 6

# How the 296 spread over the 39 real townships: (communities, villages). Illustrative, not from a
# source: most communities in the three 街道, one or two at each town seat, a few at 乡 seats.
# The columns sum to the seed's 59 and 237.
REAL_COUNTS = {
    "汉葭街道": (14, 6),
    "绍庆街道": (12, 7),
    "靛水街道": (6, 10),
    "保家镇": (2, 8),
    "郁山镇": (2, 9),
    "高谷镇": (1, 8),
    "桑柘镇": (2, 8),
    "鹿角镇": (2, 9),
    "黄家镇": (1, 7),
    "普子镇": (2, 8),
    "龙射镇": (1, 7),
    "连湖镇": (1, 6),
    "万足镇": (1, 7),
    "平安镇": (1, 6),
    "长生镇": (1, 6),
    "新田镇": (1, 6),
    "鞍子镇": (1, 7),
    "太原镇": (1, 6),
    "龙溪镇": (1, 6),
    "梅子垭镇": (1, 6),
    "大同镇": (1, 6),
    "岩东乡": (0, 4),
    "鹿鸣乡": (1, 5),
    "棣棠乡": (0, 5),
    "三义乡": (0, 5),
    "联合乡": (0, 5),
    "石柳乡": (0, 5),
    "走马乡": (0, 4),
    "芦塘乡": (0, 5),
    "乔梓乡": (0, 5),
    "诸佛乡": (0, 6),
    "桐楼乡": (0, 5),
    "善感乡": (0, 5),
    "双龙乡": (0, 5),
    "石盘乡": (0, 5),
    "大垭乡": (1, 5),
    "润溪乡": (1, 5),
    "朗溪乡": (1, 5),
    "龙塘乡": (0, 4),
}
# Weights of a synthetic township of each type, roughly the real averages per type.
SYNTHETIC_WEIGHTS = {"street": (11, 8), "town": (1.3, 7), "township": (0.2, 5)}
TYPE_SUFFIX = {"street": "街道", "town": "镇", "township": "乡"}
CODE_RANGES = {"street": range(1, 100), "town": range(100, 200), "township": range(200, 400)}
COMMUNITY_CODES = range(1, 200)  # 001–199 社区居委会
VILLAGE_CODES = range(201, 400)  # 200–399 村委会; numbered from 201, as in FORMAT.md's example
AVERAGE_PER_SYNTHETIC_TOWNSHIP = 8

ELECTION_FIRST, ELECTION_LAST = dt.date(2026, 1, 5), dt.date(2026, 4, 30)  # the 2026 换届

# ============================================================================================
# Content pools. Everything here is simplified Chinese with Chinese punctuation.
# Conditions ("when") test a community's flags: "+pond" needs a 山坪塘, "-site" needs no
# 集中安置点, "industry:烤烟" needs that industry, "" always holds; several are ANDed by spaces.
# ============================================================================================

VILLAGE_STEMS = """
石门 龙塘 大坪 黄泥 白果 青杠 核桃 杉木 茶园 高峰 中坝 河坝 岩口 沙坝 火石 甘田 凤凰 金竹 水井 太平
长溪 枫香 双河 团结 和平 红岩 梨子 油房 柏香 万家 鱼泉 马槽 老鹰 黄桷 桂花 竹林 松林 大河 小河 坪上
梯子 岩坪 龙洞 龙泉 石龙 石板 石桥 白岩 黑石 青龙 新民 新建 新场 新联 联盟 胜利 光明 红星 先锋 前进
向阳 民主 复兴 兴隆 富民 天池 清泉 清水 玉泉 凉水 干田 下坝 上坝 花园 桃园 李家 张家 王家 陈家 罗家
冉家 何家 任家 向家 庹家 侯家 蔡家 田家 杨家 谢家 周家 邓家 唐家 钟家 大堡 营盘 关口 垭口 鹰嘴 牛角
马鞍 大湾 长湾 柳湾 杨柳 桐梓 楠木 银杏 樱桃 板栗 柑子 竹园 麻园 烟坪 瓦房 碾盘 磨子 大田 长田 良田
丰收 丰乐 乐安 安乐 永安 太和 中和 协和 双桥 双溪 三溪 三元 三星 四合 五一 七星 九龙 十字 老寨 苗寨
土坝 红花 白鹤 黄龙 金鸡 木瓜 核桃坪 大垭口 黄泥坡 青岗坪 茶林 川心 中岭 高台 平坝 回龙 观音 龙凤
鹿子 铁厂 盐井 炭山 天星 向家坝
""".split()
COMMUNITY_STEMS = """
新华 滨江 城北 城南 城西 东城 阳光 文化 民族 摩围 乌江 江东 河堡 解放 中山 金泉 桑园 体育 广场 东方
迎宾 绿荫 泰和 锦绣 福民 和谐 兴盛 丹桂 滨河 新街 老街 南门 北门 西门 东门 正街 半坡 书香 育才 康宁
安居 幸福 城东 江南 江北 万象 丰泽 福星 太平桥 沙沱 河滨 环城 新城 锦江 嘉和 华兴 金色
""".split()
# When the curated stems run out (large synthetic townships), compose two-character names.
VILLAGE_FIRST, VILLAGE_SECOND = "石龙大黄青白金桐马鹿凤新高长红杉茶柏松竹", "坪塘坝溪湾岭山田林井岩沟河桥园峰垭堡槽池"
COMMUNITY_FIRST, COMMUNITY_SECOND = "新城江河龙凤金锦阳福和安华盛丰", "华苑城桥园湾光康泰源兴都庭居泉"
# Seat communities the seed names: 长生镇三合社区 and the community at 大垭乡's 塘口 relocation site.
SEED_SEAT_COMMUNITIES = {"长生镇": "三合", "大垭乡": "塘口"}
SEED_SITES = {"塘口"}  # 塘口易地扶贫搬迁集中安置点, whose 菜园地 the seed tells of
SEED_LOCAL_MATTERS = {"塘口": "安置点菜园地分配协调"}

INDUSTRIES = ["烤烟", "红薯", "蜂蜜", "茶叶", "魔芋", "脆红李", "中药材", "生猪"]
INDUSTRY_BY_TOWNSHIP = {"郁山镇": ["郁山鸡", "红薯"]}  # 郁山鸡 and 晶丝苕粉 are 郁山's own
POND_STEMS = [
    "大湾",
    "干塘",
    "龙潭",
    "水井湾",
    "杨柳湾",
    "堰塘坪",
    "长田坎",
    "老屋基",
    "黄泥塘",
    "对门坡",
    "岩脚",
    "核桃湾",
]

# Triage exclusions: (reference title, when, reason, probability), per level and community type.
TRIAGE_EXCLUSIONS = {
    ("township", "village"): [
        ("山坪塘维护", "-pond", "本村无山坪塘", 0.9),
        ("易地扶贫搬迁集中安置点公共事务管理", "-site", "本村无易地扶贫搬迁集中安置点", 0.6),
        ("集体林地管护", "-forest", "本村无集体林地，林地均已承包到户", 0.9),
        ("积分超市运行管理", "-points", "本村未实行积分制，未开设积分超市", 0.7),
        ("互助养老点日常管理", "", "本村互助养老点尚未建成", 0.12),
        ("户用沼气池维护", "", "本村农户已不再使用沼气池", 0.12),
    ],
    ("township", "community"): [
        ("集体林地管护", "", "社区无集体林地", 0.8),
        ("农田灌溉沟渠清淤", "", "社区无耕地和灌溉沟渠", 0.7),
        ("山坪塘维护", "", "社区辖区内无山坪塘", 0.6),
        ("易地扶贫搬迁集中安置点公共事务管理", "-site", "社区辖区内无集中安置点", 0.8),
        ("耕地地力保护补贴发放", "", "社区居民无承包耕地", 0.3),
        ("承包地经营权流转出租", "", "社区居民多数无承包地", 0.3),
        ("户用沼气池维护", "", "社区居民不使用沼气池", 0.4),
    ],
    ("street", "community"): [
        ("无物业老旧小区自治管理", "+newbuild", "社区各小区均已实行物业管理", 0.7),
        ("城镇老旧小区改造项目实施", "+newbuild", "辖区无纳入改造计划的老旧小区", 0.4),
        ("住宅专项维修资金使用协商", "-newbuild", "辖区老旧小区未归集住宅专项维修资金", 0.4),
        ("选聘和更换物业服务企业的协商", "-newbuild", "辖区小区均无物业服务企业，实行居民自治管理", 0.3),
        ("防汛和地质灾害隐患点群测群防", "", "辖区无地质灾害隐患点", 0.3),
    ],
    ("street", "village"): [
        ("小区停车秩序管理", "", "本村无封闭管理的住宅小区", 0.8),
        ("选聘和更换物业服务企业的协商", "", "本村无物业服务小区", 0.9),
        ("物业服务纠纷协调", "", "本村无物业服务小区", 0.8),
        ("住宅专项维修资金使用协商", "", "本村无商品住宅小区", 0.8),
        ("电动自行车集中停放和充电管理", "", "本村以散居农户为主，无集中停放需要", 0.4),
        ("公共租赁住房申请", "", "本村无公共租赁住房房源", 0.3),
    ],
}

# Local triage matters. The same title always has the same tier (CV306), and no title repeats a
# reference item (CV305). scope: village | community | any; level: township | street | any.
LOCAL_TRIAGE = [
    dict(
        tier="minor",
        title="安置点菜园地分配协调",
        scope="any",
        level="township",
        when="+site",
        forms=["院坝会", "居民议事会"],
    ),
    dict(
        tier="minor",
        title="烤房共用排班协调",
        scope="village",
        level="township",
        when="industry:烤烟",
        forms=["村民小组会议"],
    ),
    dict(
        tier="minor",
        title="村级光伏电站收益使用协商",
        scope="village",
        level="any",
        when="",
        forms=["村民议事会", "村民代表会议"],
    ),
    dict(tier="minor", title="乡村旅游接待户环境卫生管理", scope="village", level="any", when="", forms=["院坝会"]),
    dict(tier="minor", title="农村客运招呼站管护", scope="village", level="township", when="", forms=["院坝会"]),
    dict(
        tier="minor",
        title="蜂箱摆放和农药喷洒协调",
        scope="village",
        level="township",
        when="industry:蜂蜜",
        forms=["院坝会", "村民小组会议"],
    ),
    dict(
        tier="minor",
        title="赶场日场镇环境秩序维护",
        scope="community",
        level="township",
        when="",
        participants=["沿街商户"],
        forms=["居民议事会", "协调会"],
    ),
    dict(
        tier="minor",
        title="小区充电桩建设协商",
        scope="community",
        level="street",
        when="",
        participants=["物业服务企业"],
        forms=["居民议事会", "楼栋会"],
    ),
    dict(
        tier="minor",
        title="老旧小区加装电梯协商",
        scope="community",
        level="street",
        when="-newbuild",
        forms=["楼栋会", "恳谈会"],
    ),
    dict(
        tier="minor",
        title="社区老年助餐点运营协商",
        scope="community",
        level="any",
        when="",
        participants=["社区社会组织"],
        forms=["居民议事会"],
    ),
    dict(tier="minor", title="公共晒坝使用安排", scope="village", level="township", when="", forms=["院坝会"]),
    dict(tier="minor", title="村级农机服务队调度", scope="village", level="township", when="", forms=["村民议事会"]),
    dict(
        tier="minor",
        title="避暑游客接待秩序协调",
        scope="village",
        level="any",
        when="",
        participants=["乡村旅游接待户"],
        forms=["院坝会", "协调会"],
    ),
    dict(tier="private", title="农产品电商网店经营", scope="any", level="any", when="", route="market"),
    dict(tier="private", title="乡村民宿经营", scope="village", level="any", when="", route="market"),
    dict(tier="private", title="自家烤房维修", scope="village", level="township", when="industry:烤烟", route="self"),
    dict(tier="private", title="苗家腊肉熏制", scope="village", level="any", when="", route="self"),
    dict(tier="private", title="老年人智能手机使用求助", scope="community", level="any", when="", route="both"),
    dict(tier="private", title="房屋漏水维修", scope="community", level="any", when="", route="market"),
    dict(tier="private", title="户用光伏安装", scope="village", level="any", when="", route="market"),
    dict(tier="private", title="家庭蜂箱管理", scope="village", level="township", when="industry:蜂蜜", route="self"),
    dict(
        tier="major",
        title="集中安置点不动产权证办理",
        scope="any",
        level="any",
        when="+site",
        handler="县规划自然资源局",
        basis=["《不动产登记暂行条例》"],
    ),
    dict(
        tier="major",
        title="农村公路安全隐患整治",
        scope="village",
        level="township",
        when="",
        handler="县交通局",
        basis=["《公路安全保护条例》"],
    ),
    dict(
        tier="major",
        title="退耕还林补助资金兑付",
        scope="village",
        level="township",
        when="+forest",
        handler="县林业局",
        basis=["《退耕还林条例》"],
    ),
    dict(
        tier="major",
        title="小区消防设施检查",
        scope="community",
        level="street",
        when="",
        handler="县消防救援支队",
        basis=["《中华人民共和国消防法》"],
    ),
]
TIER_PREFIX = {"major": "DS", "minor": "XS", "private": "SS"}

PLATFORMS = {
    "village": (["村民议事会"], ["院坝会", "村民小组会议", "坝坝会"]),
    ("community", "street"): (["居民议事会"], ["楼栋会", "院坝会", "居民小组会议"]),
    ("community", "township"): (["居民议事会"], ["院坝会", "坝坝会", "楼栋会"]),
}
CONSULTATION_EXCLUSIONS = {
    "village": [("物业管理和小区公共事务", "", "本村无物业服务小区", 0.5)],
    "community": [
        ("村级公益事业“一事一议”筹资筹劳项目", "", "社区不开展村级“一事一议”筹资筹劳", 0.6),
        ("集体经济项目和集体资产处置", "", "社区无集体经营性资产", 0.3),
        ("集体收益分配方案", "", "社区无集体经营性收益", 0.3),
    ],
}
LOCAL_CONSULTATION = [
    dict(
        title="搬迁安置点菜园地使用协商",
        category="public_affairs",
        scope="any",
        when="+site",
        forms=["院坝会", "居民议事会"],
    ),
    dict(title="乡村旅游发展规划协商", category="other", scope="village", when="", forms=["村民议事会", "恳谈会"]),
    dict(
        title="产业发展项目选址和利益联结",
        category="village_affairs",
        scope="village",
        when="",
        forms=["村民议事会", "村民代表会议"],
    ),
    dict(
        title="老旧小区加装电梯费用分摊",
        category="public_affairs",
        scope="community",
        when="-newbuild",
        forms=["楼栋会", "恳谈会"],
    ),
    dict(title="小区公共停车位使用办法", category="other", scope="community", when="", forms=["居民议事会"]),
]
# Assist-government tasks a 街道 community is not given (no farmland, forest or livestock there).
RURAL_ONLY_TASKS = {
    "协助开展森林防火宣传和野外火源巡查",
    "协助开展耕地保护和违法占地发现报告",
    "协助开展动物防疫和强制免疫宣传",
}

# Charter adaptation. Edits apply to a model article containing `match`. Template fields: {name}
# (石门村), {short} (石门), {industry}, {pond}, {site}.
CHARTER_APPENDS = {
    "village_rules": [
        ("爱护饮水工程和水源", "+pond", "{pond}和集中供水池由受益村民小组推选管水员负责日常管护。"),
        ("搞好房前屋后环境卫生", "", "每月最后一个星期五为本村环境卫生日，各户参加公共区域清扫。"),
        ("遵守森林防火规定", "+forest", "清明、春节等重点时段，各村民小组安排人员轮流巡山护林。"),
        ("移风易俗，婚事新办", "", "宴席规模和每桌标准由村民议事会商定后在村务公开栏公布。"),
        ("勤劳致富，诚实守信", "+industry", "积极参与{industry}产业发展，做懂技术、讲诚信的新农民。"),
        ("村民享有参与村务决策", "+site", "{site}搬迁群众与本村村民平等参与村务。"),
    ],
    "residents_convention": [
        ("车辆按规定停放", "", "小区停车位的划定和使用办法由居民议事会协商确定。"),
        ("文明养犬", "", "小区内不饲养烈性犬。"),
        ("生活垃圾分类投放", "", "每周三为楼栋清洁日，楼栋长组织居民清扫公共区域。"),
        ("关心社区空巢独居老人", "+site", "关心{site}搬迁群众的生产生活，帮助他们尽快融入社区。"),
    ],
}
CHARTER_REPLACES = {
    "village_rules": [
        ("结合本村实际", "", "结合{name}实际"),
        ("红白理事会的约定", "", "村红白理事会和村民议事会的约定"),
        ("不烧田坎、不烧秸秆", "", "不烧田坎、不烧秸秆，不在坟地焚烧纸钱"),
    ],
    "residents_convention": [
        ("结合本社区实际", "", "结合{name}实际"),
        ("不在小区内搭棚办酒", "", "不在小区道路和公共绿地搭棚办酒"),
    ],
}
# Local articles, by charter type: (topic, when, text).
LOCAL_ARTICLES = {
    "village_rules": [
        ("conduct", "+industry", "鼓励村民参加职业技能培训，学习{industry}生产技术，依靠勤劳双手增收致富。"),
        ("conduct", "", "外出务工人员应当与家中老人、子女保持联系，返乡期间积极参加村里的议事活动。"),
        ("conduct", "+pond", "村民在{pond}周边活动时注意安全，看护好儿童，不在塘中游泳、戏水。"),
        ("conduct", "industry:烤烟", "烟农应当按照烟叶收购合同交售烟叶，烘烤季节注意烤房用火用电安全。"),
        ("conduct", "industry:红薯", "加工红薯粉条的农户应当规范处理淀粉废水，不直接排入河沟。"),
        ("conduct", "industry:蜂蜜", "养蜂户摆放蜂箱应当远离道路和学校，喷洒农药的农户应当提前告知周边养蜂户。"),
        ("conduct", "industry:茶叶", "茶农应当按照绿色生产要求管护茶园，不使用国家禁用的农药。"),
        ("conduct", "industry:魔芋", "魔芋种植户应当轮作换茬，发现软腐病及时报告农技人员，不随意丢弃病株。"),
        ("conduct", "industry:脆红李", "果农应当科学修剪、疏果，采摘季节有序销售，不以次充好。"),
        ("conduct", "industry:中药材", "中药材种植户应当按照规范采收加工，不使用硫磺熏蒸。"),
        ("conduct", "industry:郁山鸡", "郁山鸡养殖户应当做好防疫和粪污处理，不在饮用水源周边建设养殖场。"),
        ("conduct", "industry:生猪", "生猪养殖户应当配套建设粪污处理设施，病死猪交由无害化处理点处理。"),
        ("order", "+pond", "{pond}由受益农户共同管护，不向塘内倾倒垃圾和农药包装物，汛期服从统一调度。"),
        ("order", "", "村级公路两侧不堆放柴草、建材和秸秆，保持道路畅通。"),
        ("order", "", "农药包装废弃物和废旧农膜应当收集后交到村回收点，不随意丢弃在田间地头和沟渠中。"),
        ("order", "", "农村客运招呼站和候车亭由沿线农户共同爱护，不在站台堆放杂物、拴养牲畜。"),
        ("order", "", "村内污水管网和化粪池由受益户共同维护，不向管网倾倒垃圾和杂物。"),
        ("order", "+site", "搬迁群众应当爱护{site}的房屋和公共设施，保持楼道和公共区域整洁。"),
        ("order", "", "春耕和秋收期间使用机耕道应当相互礼让，收割后及时清理道路上的秸秆和泥土。"),
        ("order", "", "地质灾害隐患点周边村民应当熟悉预警信号和撤离路线，汛期服从转移安排。"),
        ("rights", "", "村集体经济收益分配方案应当经村民会议讨论决定，并在村务公开栏公布。"),
        ("rights", "", "村民小组的财务收支每季度公开一次，接受村民监督。"),
        ("rights", "", "外来经营者在本村租用土地，应当依法签订流转合同，保障农户的合法权益。"),
        ("rights", "+site", "关爱{site}搬迁群众，帮助他们融入新环境，保障他们平等享有各项权益。"),
        ("rights", "", "对留守老人实行邻里结对联系，定期上门探望，发现困难及时报告村民委员会。"),
        ("disputes", "", "本村设立院坝调解室，每月逢五日开展调解，村民可以就近反映矛盾纠纷。"),
        ("disputes", "", "村民小组长和网格员发现邻里矛盾应当及时劝解，并向村人民调解委员会报告。"),
        (
            "disputes",
            "",
            "山林、土地界址不清引起的纠纷，由村民委员会组织当事人现场查看、协商确认，必要时报请有关部门依法处理。",
        ),
        ("disputes", "", "相邻建房、排水和通行引起的纠纷，双方应当依照法律规定和相邻关系原则协商处理。"),
        ("customs", "", "每年重阳节开展敬老活动，为八十岁以上老人祝寿，弘扬孝老爱亲传统美德。"),
        ("customs", "", "传承苗族踩花山、土家族摆手舞等民族文化活动，节庆期间文明参与、注意安全。"),
        ("customs", "", "提倡喜事新办，婚礼提倡集体婚礼或者简约婚礼，宴席控制在二十桌以内。"),
        ("customs", "", "升学、参军、乔迁等事宜提倡不办酒席，可以用茶话会等形式表示庆贺。"),
        ("customs", "", "开展最美庭院和五好家庭评选，每年评选结果在村务公开栏公布。"),
        ("customs", "", "倡导全民阅读，农家书屋每周定期开放，鼓励村民借阅农业科技和法律图书。"),
    ],
    "residents_convention": [
        ("conduct", "", "遵守电梯使用规定，不超载，不在电梯内吸烟，看护好乘坐电梯的儿童。"),
        ("conduct", "", "增强防范电信网络诈骗意识，不向陌生人透露个人信息和银行卡密码。"),
        ("order", "", "沿街商户应当落实门前“三包”责任，不占道经营，不店外堆物。"),
        ("order", "", "小区内不私设地锁，不私占公共停车位。"),
        ("order", "", "小区公共区域不种植蔬菜、不饲养家禽，不私自占用绿地。"),
        ("order", "+site", "{site}居民爱护安置房和公共设施，不私搭乱建，不在楼道内堆放柴草和农具。"),
        ("order", "", "厨余垃圾沥干水分后投放，大件垃圾和装修垃圾按规定时间送到指定地点。"),
        ("rights", "+site", "搬迁群众与原住居民享有同等的社区服务，社区优先帮助搬迁群众就近就业。"),
        ("rights", "", "社区每季度召开一次居民议事会，听取居民对物业服务和公共设施的意见建议。"),
        ("rights", "", "关爱社区残疾人和困难家庭，鼓励居民参加邻里守望志愿服务。"),
        ("disputes", "", "楼栋长应当及时了解楼栋内居民的矛盾和诉求，协助社区人民调解委员会开展调解。"),
        ("disputes", "", "因房屋漏水、噪声等引起的邻里纠纷，当事人可以先请楼栋长或者物业服务企业协调。"),
        ("customs", "", "每年开展邻里节活动，组织居民共度传统节日，增进邻里感情。"),
        ("customs", "", "倡导文明祭祀，不在小区道路和绿地内焚烧纸钱。"),
        ("customs", "", "鼓励居民参加社区四点半课堂、老年大学等学习活动，建设学习型社区。"),
    ],
}
# The model's filing sentence, made specific to the community's own authority.
FILING_PHRASES = ["乡（镇）人民政府（街道办事处）", "街道办事处（乡、镇人民政府）"]
LOCAL_POINTS = [
    ("+industry", "参加{industry}生产技术培训（每次）", 1),
    ("+pond", "参加{pond}清淤管护出工（每次）", 2),
    ("+site", "{site}楼道卫生评比优秀", 2),
    ("", "子女应征入伍", 5),
]

# ============================================================================================
# Places
# ============================================================================================


@dataclass
class Township:
    code: str
    name: str
    type: str  # street | town | township
    synthetic: bool = False

    @property
    def level(self) -> str:
        """Which triage reference its communities take."""
        return "street" if self.type == "street" else "township"

    @property
    def authority(self) -> str:
        """Where its charters are filed: 街道办事处 or 乡/镇人民政府."""
        return f"{self.name}办事处" if self.type == "street" else f"{self.name}人民政府"


@dataclass
class Place:
    """One village or community and the local facts its files are written from."""

    code: str
    name: str
    short: str  # the name without 村/社区, for 石门集中安置点
    type: str  # village | community
    township: Township
    urban_rural: str
    rng: random.Random
    industry: str | None = None
    pond: str | None = None
    site: str | None = None
    flags: set[str] = field(default_factory=set)

    def holds(self, when: str) -> bool:
        """Whether every space-separated condition of a content pool entry holds here."""
        for cond in when.split():
            if cond[0] in "+-":
                if (cond[1:] in self.flags) != (cond[0] == "+"):
                    return False
            elif cond not in self.flags:
                return False
        return True

    def fill(self, template: str) -> str:
        return template.format(name=self.name, short=self.short, industry=self.industry, pond=self.pond, site=self.site)


def apportion(total: int, weights: list[float]) -> list[int]:
    """Split `total` in proportion to `weights` (largest remainder, ties to the earlier entry)."""
    if total == 0 or not any(weights):
        return [0] * len(weights)
    fracs = [Fraction(w).limit_denominator(1000) for w in weights]
    quotas = [total * f / sum(fracs) for f in fracs]
    shares = [math.floor(q) for q in quotas]
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - shares[i]), i))
    for i in by_remainder[: total - sum(shares)]:
        shares[i] += 1
    return shares


def load_townships(csv_path: Path) -> list[Township]:
    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        return [Township(row["code"], row["name"], row["type"]) for row in csv.DictReader(f)]


def add_synthetic_townships(real: list[Township], wanted: int) -> list[Township]:
    """Pad the real townships with made-up ones (named 合成…) up to `wanted`, using free codes of
    each type in proportion to how many free codes the type has."""
    used = {int(t.code[6:]) for t in real}
    free = {kind: [n for n in codes if n not in used] for kind, codes in CODE_RANGES.items()}
    shares = apportion(wanted - len(real), [len(v) for v in free.values()])
    synthetic = [
        Township(f"{COUNTY_CODE}{n:03d}", f"合成{n:03d}{TYPE_SUFFIX[kind]}", kind, synthetic=True)
        for (kind, numbers), share in zip(free.items(), shares, strict=True)
        for n in numbers[:share]
    ]
    return real + sorted(synthetic, key=lambda t: t.code)


def township_count(n: int, real: int) -> int:
    max_townships = sum(len(r) for r in CODE_RANGES.values())
    if n <= SEED_TOTAL:
        return real
    return min(max_townships, max(real, math.ceil(n / AVERAGE_PER_SYNTHETIC_TOWNSHIP)))


def spread(townships: list[Township], n: int) -> list[tuple[int, int]]:
    """(communities, villages) per township, keeping the seed's ratio of villages to communities."""
    communities = round(Fraction(n * SEED_COMMUNITIES, SEED_TOTAL))
    weights = [SYNTHETIC_WEIGHTS[t.type] if t.synthetic else REAL_COUNTS[t.name] for t in townships]
    c_shares = apportion(communities, [w[0] for w in weights])
    v_shares = apportion(n - communities, [w[1] for w in weights])
    if max(c_shares) > len(COMMUNITY_CODES) or max(v_shares) > len(VILLAGE_CODES):
        sys.exit(f"--communities {n}: too many for the code ranges of {len(townships)} townships")
    return list(zip(c_shares, v_shares, strict=True))


def name_stems(rng: random.Random, curated: list[str], first: str, second: str) -> list[str]:
    """Curated stems in a shuffled order, then composed ones for very large townships."""
    stems = list(curated)
    rng.shuffle(stems)
    composed = [a + b for a in first for b in second]
    rng.shuffle(composed)
    return list(dict.fromkeys(stems + composed))


def make_places(township: Township, n_communities: int, n_villages: int, seed: int) -> list[Place]:
    rng = random.Random(f"{seed}:{township.code}")
    taken: set[str] = set()

    def pick(stems: list[str]) -> str:
        stem = next(s for s in stems if s not in taken)
        taken.add(stem)
        return stem

    community_stems = name_stems(rng, COMMUNITY_STEMS, COMMUNITY_FIRST, COMMUNITY_SECOND)
    village_stems = name_stems(rng, VILLAGE_STEMS, VILLAGE_FIRST, VILLAGE_SECOND)
    places = []
    for i in range(n_communities):
        seat = i == 0 and township.type != "street"
        if seat and township.name in SEED_SEAT_COMMUNITIES:
            stem = SEED_SEAT_COMMUNITIES[township.name]
        elif seat and not township.synthetic:
            stem = township.name[: -len(TYPE_SUFFIX[township.type])]  # 保家镇 → 保家社区
        else:
            stem = pick(community_stems)
        taken.add(stem)
        urban_rural = {"street": "111", "town": "121" if seat else "122", "township": "210"}[township.type]
        code = f"{township.code}{COMMUNITY_CODES[i]:03d}"
        places.append(
            Place(code, f"{stem}社区", stem, "community", township, urban_rural, random.Random(f"{seed}:{code}"))
        )
    for i in range(n_villages):
        stem = pick(village_stems)
        if i == 0 and township.type == "street":
            urban_rural = "112"  # the village next to town is 城乡结合区
        elif i == 0 and n_communities == 0 and township.type == "township":
            urban_rural = "210"  # a 乡 without a community: its seat is a village
        else:
            urban_rural = "220"
        code = f"{township.code}{VILLAGE_CODES[i]:03d}"
        places.append(Place(code, f"{stem}村", stem, "village", township, urban_rural, random.Random(f"{seed}:{code}")))
    for place in places:
        describe(place)
    return places


def describe(place: Place) -> None:
    """Draw the local facts (industry, 山坪塘, 安置点 …) that the files then stay consistent with."""
    rng, street = place.rng, place.township.type == "street"
    if place.type == "village":
        place.industry = rng.choice(INDUSTRY_BY_TOWNSHIP.get(place.township.name, INDUSTRIES))
        place.flags |= {"industry", f"industry:{place.industry}"}
        if rng.random() < 0.6:
            place.pond = f"{rng.choice(POND_STEMS)}山坪塘"
        if rng.random() < 0.85:
            place.flags.add("forest")
        if rng.random() < 0.5:
            place.flags.add("points")
    elif street and rng.random() < 0.5:
        place.flags.add("newbuild")  # mostly commercial estates with 物业 (else 老旧小区)
    site_chance = {"village": 0.2, "community": 0.15 if street else 0.5}[place.type]
    if place.short in SEED_SITES or rng.random() < site_chance:
        place.site = f"{place.short}集中安置点"
    place.flags |= {f for f, v in (("pond", place.pond), ("site", place.site)) if v}


# ============================================================================================
# YAML output: hand-rolled so that codes are always quoted, dates stay plain and small items sit
# on one line, exactly as a clerk would write them.
# ============================================================================================


class Code(str):
    """A string of digits that must be quoted in YAML."""


_NOT_PLAIN = re.compile(r"""^[-?:,\[\]{}#&*!|>'"%@`\s]|[,\[\]{}#:]|\s$""")
_RESOLVES = re.compile(r"^([-+]?[0-9][0-9_.:eE+-]*|true|false|yes|no|on|off|null|~)$", re.IGNORECASE)


def scalar(value) -> str:
    if isinstance(value, Code):
        return json.dumps(str(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if not text or _NOT_PLAIN.search(text) or _RESOLVES.match(text):
        return json.dumps(text, ensure_ascii=False)
    return text


def is_flat(value) -> bool:
    """A scalar, or a list of scalars: what fits inside a one-line mapping."""
    if isinstance(value, list):
        return all(not isinstance(v, (dict, list)) for v in value)
    return not isinstance(value, dict)


def inline(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(inline(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {inline(v)}" for k, v in value.items()) + "}"
    return scalar(value)


FLOW_KEYS = {"totals"}  # mappings written on one line
MAX_FLOW = 110


def block(value, indent: int) -> list[str]:
    pad = " " * indent
    lines = []
    if isinstance(value, dict):
        for key, v in value.items():
            if isinstance(v, dict) and key not in FLOW_KEYS:
                lines += [f"{pad}{key}:"] + block(v, indent + 2)
            elif isinstance(v, list) and v and not is_flat(v):
                lines += [f"{pad}{key}:"] + block(v, indent + 2)
            else:
                lines.append(f"{pad}{key}: {inline(v)}")
        return lines
    for item in value:  # a list of mappings
        flow = inline(item)
        if len(item) >= 2 and all(is_flat(v) for v in item.values()) and len(flow) <= MAX_FLOW:
            lines.append(f"{pad}- {flow}")
        else:
            inner = block(item, indent + 2)
            lines.append(f"{pad}- {inner[0].lstrip()}")
            lines += inner[1:]
    return lines


def write_yaml(path: Path, doc: dict, comment: str) -> None:
    header = [f"{k}: {inline(doc[k])}" for k in ("civcat", "kind")]
    body = block({k: v for k, v in doc.items() if k not in ("civcat", "kind")}, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(header + [f"# {comment}"] + body) + "\n", encoding="utf-8", newline="\n")


GENERATED = "示例数据：由 scripts/generate_county.py 生成，名称、代码、日期和表决数字均为虚构"

# ============================================================================================
# Inputs
# ============================================================================================

_yaml = YAML(typ="safe")


def load_yaml(path: Path) -> dict:
    return _yaml.load(path.read_text(encoding="utf-8"))


@dataclass
class Inputs:
    triage: dict[str, dict]  # level → triage reference
    consultation: dict
    autonomy: dict
    models: dict[str, tuple[str, dict]]  # charter type → (file stem, model)

    def triage_id(self, level: str, title: str) -> str:
        return next(i["id"] for i in self.triage[level]["items"] if i["title"] == title)

    def consultation_id(self, title: str) -> str:
        items = (i for c in self.consultation["categories"] for i in c["items"])
        return next(i["id"] for i in items if i["title"] == title)


def load_inputs(src: Path) -> Inputs:
    by_kind: dict[str, dict] = {}
    triage = {}
    for path in sorted((src / "catalogues" / "reference").glob("*.yaml")):
        doc = load_yaml(path)
        if doc["kind"] == "triage-reference":
            triage[doc["level"]] = doc
        else:
            by_kind[doc["kind"]] = doc
    models = {}
    for path in sorted((src / "charters" / "model").glob("*.yaml")):
        doc = load_yaml(path)
        models[doc["type"]] = (path.stem, doc)
    inputs = Inputs(triage, by_kind["consultation-reference"], by_kind["autonomy-reference"], models)
    check_pools(inputs)
    return inputs


def check_pools(inputs: Inputs) -> None:
    """Fail early when a pool no longer fits the references or models it was written against."""
    reference_titles = {i["title"] for ref in inputs.triage.values() for i in ref["items"]}
    assert not reference_titles & {m["title"] for m in LOCAL_TRIAGE}, "a local matter repeats a reference item"
    for (level, _), rules in TRIAGE_EXCLUSIONS.items():
        for title, *_ in rules:
            inputs.triage_id(level, title)  # StopIteration: the title is gone from the reference
    for rules in CONSULTATION_EXCLUSIONS.values():
        for title, *_ in rules:
            inputs.consultation_id(title)
    assist = {i["title"] for i in inputs.autonomy["assist_government"]}
    assert RURAL_ONLY_TASKS <= assist, RURAL_ONLY_TASKS - assist
    for kind, (_, model) in inputs.models.items():
        texts = [a["text"] for ch in model["chapters"] for a in ch["articles"]]
        for match, *_ in CHARTER_APPENDS[kind] + CHARTER_REPLACES[kind]:
            assert any(match in t for t in texts), f"{kind}: no model article contains {match}"
        assert any(p in t for t in texts for p in FILING_PHRASES), f"{kind}: no filing article"


# ============================================================================================
# County and community files
# ============================================================================================


def county_doc(townships: list[Township], places: list[Place]) -> dict:
    villages = sum(p.type == "village" for p in places)
    return {
        "civcat": 1,
        "kind": "county",
        "code": Code(COUNTY_CODE),
        "name": COUNTY_NAME,
        "authority": AUTHORITY,
        "totals": {"villages": villages, "communities": len(places) - villages},
        "townships": [{"code": Code(t.code), "name": t.name, "type": t.type} for t in townships],
    }


def committee(place: Place, township_election: dt.date) -> dict:
    rng = place.rng
    elected = min(ELECTION_LAST, township_election + dt.timedelta(days=rng.randint(0, 15)))
    members = rng.choice([3, 5, 5, 5, 7] if place.type == "village" else [5, 5, 7, 7, 9])
    return {"elected": elected, "members": members, "women": rng.randint(1, min(3, members // 2))}


def exclusions(place: Place, rules, lookup) -> list[dict]:
    chosen = [
        {"id": lookup(title), "reason": reason}
        for title, when, reason, chance in rules
        if place.holds(when) and place.rng.random() < chance
    ]
    return sorted(chosen, key=lambda e: (("DS", "XS", "SS", "XY").index(e["id"][:2]), e["id"]))


def local_triage_items(place: Place) -> list[dict]:
    level = place.township.level
    fits = [
        m
        for m in LOCAL_TRIAGE
        if m["scope"] in ("any", place.type) and m["level"] in ("any", level) and place.holds(m["when"])
    ]
    chosen = place.rng.sample(fits, min(len(fits), place.rng.choice([0, 0, 0, 1, 1, 1, 2, 2, 3])))
    chosen += [m for m in fits if m["title"] == SEED_LOCAL_MATTERS.get(place.short) and m not in chosen]
    chosen.sort(key=lambda m: (list(TIER_PREFIX).index(m["tier"]), m["title"]))
    items, numbers = [], {}
    for m in chosen:
        numbers[m["tier"]] = numbers.get(m["tier"], 0) + 1
        item = {"id": f"{TIER_PREFIX[m['tier']]}-L{numbers[m['tier']]:02d}", "tier": m["tier"], "title": m["title"]}
        item.update({k: m[k] for k in ("handler", "basis", "participants", "forms", "route") if k in m})
        items.append(item)
    return items


def consultation(place: Place, inputs: Inputs) -> dict:
    rng = place.rng
    key = "village" if place.type == "village" else ("community", place.township.level)
    always, optional = PLATFORMS[key]
    platforms = always + sorted(rng.sample(optional, rng.randint(0, 2)), key=optional.index)
    if rng.random() < 0.1:  # a few have no standing 议事会 and meet in the others only
        platforms = platforms[1:] or always
    fits = [m for m in LOCAL_CONSULTATION if m["scope"] in ("any", place.type) and place.holds(m["when"])]
    local = []
    if fits and rng.random() < 0.3:
        m = rng.choice(fits)
        local.append({"id": "XY-L01", "title": m["title"], "category": m["category"], "forms": m["forms"]})
    excluded = exclusions(place, CONSULTATION_EXCLUSIONS[place.type], inputs.consultation_id)
    return {"platforms": platforms, "excluded": excluded, "local": local}


def assigned_tasks(place: Place, inputs: Inputs) -> list[dict]:
    tasks = inputs.autonomy["assist_government"]
    if place.township.type == "street" and place.type == "community":
        tasks = [t for t in tasks if t["title"] not in RURAL_ONLY_TASKS]
    chosen = place.rng.sample(tasks, place.rng.randint(2, 5))
    return [
        {"title": t["title"], "ref": t["id"], "department": t["department"]}
        for t in sorted(chosen, key=lambda t: t["id"])
    ]


def community_doc(place: Place, inputs: Inputs, township_election: dt.date) -> dict:
    rng, level = place.rng, place.township.level
    doc = {"civcat": 1, "kind": "community", "code": Code(place.code), "name": place.name, "type": place.type}
    if rng.random() < 1 / 3:
        prefix = "54" if place.type == "village" else "55"
        body = "".join(rng.choice("0123456789") for _ in range(8))
        doc["uscc"] = Code(make_uscc(prefix, COUNTY_CODE, body))
    doc["urban_rural"] = Code(place.urban_rural)
    doc["committee"] = committee(place, township_election)
    rules = TRIAGE_EXCLUSIONS[(level, place.type)]
    doc["triage"] = {
        "excluded": exclusions(place, rules, lambda title: inputs.triage_id(level, title)),
        "local": local_triage_items(place),
    }
    doc["consultation"] = consultation(place, inputs)
    doc["assigned_tasks"] = assigned_tasks(place, inputs)
    return doc


# ============================================================================================
# Charters
# ============================================================================================


def procedure(rng: random.Random, start: dt.date) -> dict:
    """The six steps in order, each a plausible number of days after the one before."""
    steps, day = {}, start
    for step, (low, high) in zip(
        ("solicited", "drafted", "reviewed", "voted", "filed", "published"),
        ((0, 20), (7, 25), (5, 20), (5, 25), (3, 15), (1, 10)),
        strict=True,
    ):
        day += dt.timedelta(days=rng.randint(low, high))
        steps[step] = day
    return steps


def vote(place: Place) -> dict:
    """A quorate vote: 村民会议 > 1/2 of persons or ≥ 2/3 of households; 居民会议 > 1/2 (we stay
    above 2/3 for households there too); in favour > 1/2 of those present."""
    rng = place.rng
    households = rng.random() < (0.3 if place.type == "village" else 0.4)
    if place.type == "village":
        eligible = rng.randint(150, 800) if households else rng.randint(600, 3000)
    else:
        eligible = rng.randint(400, 2600) if households else rng.randint(1000, 8000)
    share = rng.uniform(0.68, 0.93) if households else rng.uniform(0.53, 0.82)
    present = max(math.floor(eligible * share), eligible * 2 // 3 + 1 if households else eligible // 2 + 1)
    in_favour = max(present // 2 + 1, round(present * rng.uniform(0.82, 0.99)))
    return {
        "body": "villagers_meeting" if place.type == "village" else "residents_meeting",
        "basis": "households" if households else "persons",
        "eligible": eligible,
        "present": present,
        "in_favour": in_favour,
        "women_present": max(1, round(present * rng.uniform(0.3, 0.52))),
    }


def adapt_chapters(place: Place, kind: str, model: dict) -> list[dict]:
    """The model's chapters with a few articles removed, some edited and local ones added."""
    rng = place.rng
    texts = [[a["text"] for a in ch["articles"]] for ch in model["chapters"]]
    topical = [i for i, ch in enumerate(model["chapters"]) if ch.get("topic")]
    for i in rng.sample(topical, rng.choice([0, 1, 1, 2, 2, 3])):  # at most one per chapter
        del texts[i][rng.randrange(len(texts[i]))]
    for articles in texts:
        for n, text in enumerate(articles):
            for match, when, sentence in CHARTER_APPENDS[kind]:
                if match in text and place.holds(when) and rng.random() < 0.4:
                    text += place.fill(sentence)
            for old, when, new in CHARTER_REPLACES[kind]:
                if old in text and place.holds(when) and rng.random() < 0.3:
                    text = text.replace(old, place.fill(new))
            for phrase in FILING_PHRASES:
                text = text.replace(phrase, place.township.authority)
            articles[n] = text
    pool = LOCAL_ARTICLES[kind]
    fits = [i for i, (_, when, _) in enumerate(pool) if place.holds(when)]
    for i in sorted(rng.sample(fits, min(len(fits), rng.randint(1, 4 if place.type == "village" else 3)))):
        topic, _, text = pool[i]
        chapter = next(n for n, ch in enumerate(model["chapters"]) if ch.get("topic") == topic)
        texts[chapter].append(place.fill(text))
    return [
        {k: ch[k] for k in ("title", "topic") if k in ch} | {"articles": [{"text": t} for t in articles]}
        for ch, articles in zip(model["chapters"], texts, strict=True)
    ]


def points_annex(place: Place, model: dict) -> dict:
    rng = place.rng
    items = [dict(i) for i in model["points"]["items"]]
    for _ in range(rng.randint(0, 2)):
        del items[rng.randrange(len(items))]
    local = [(b, p) for when, b, p in LOCAL_POINTS if place.holds(when)]
    if local and rng.random() < 0.6:
        behaviour, points = rng.choice(local)
        positives = sum(i["points"] > 0 for i in items)  # keep positives before negatives
        items.insert(positives, {"behaviour": place.fill(behaviour), "points": points})
    redemption = model["points"]["redemption"]
    if rng.random() < 0.3:
        redemption = redemption.replace("每季度", "每半年")
    return {"title": f"{place.name}积分管理办法", "items": items, "redemption": redemption}


def charter_doc(place: Place, inputs: Inputs, campaign_start: dt.date, status: str) -> dict:
    rng = place.rng
    kind = "village_rules" if place.type == "village" else "residents_convention"
    stem, model = inputs.models[kind]
    doc = {
        "civcat": 1,
        "kind": "charter",
        "community": Code(place.code),
        "type": kind,
        "title": place.name + ("村规民约" if kind == "village_rules" else "居民公约"),
        "status": status,
    }
    if status == "draft":  # revising again after the 2026 换届: the steps so far, no vote yet
        revision, start = rng.choice([2, 3]), dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 80))
    elif rng.random() < 0.08:  # revised again after the county-wide 2021 revision
        revision, start = rng.choice([2, 3]), dt.date(rng.randint(2022, 2025), rng.randint(3, 7), rng.randint(1, 28))
    else:  # the 2021 revision the seed reports for all 296
        revision, start = rng.choice([1, 2, 2, 2]), campaign_start
    steps = procedure(rng, start)
    doc.update(revision=revision, model=stem)
    if status == "draft":
        doc["procedure"] = dict(list(steps.items())[: rng.randint(1, 3)])
    else:
        doc.update(procedure=steps, vote=vote(place), filed_with=place.township.authority)
    doc["chapters"] = adapt_chapters(place, kind, model)
    if "points" in place.flags and "points" in model:
        doc["points"] = points_annex(place, model)
    return doc


# ============================================================================================
# Main
# ============================================================================================


def clear_generated(out: Path) -> None:
    """Remove what an earlier run generated, so a smaller county leaves no stale files."""
    shutil.rmtree(out / "catalogues" / "communities", ignore_errors=True)
    for folder in (out / "charters").glob("[0-9]*"):
        shutil.rmtree(folder)


def copy_inputs(out: Path) -> None:
    for sub in ("catalogues/reference", "charters/model"):
        (out / sub).mkdir(parents=True, exist_ok=True)
        for path in sorted((REPO / sub).glob("*.yaml")):
            shutil.copyfile(path, out / sub / path.name)


def generate(out: Path, n: int, seed: int, townships_csv: Path) -> list[Place]:
    inputs = load_inputs(REPO)
    real = load_townships(townships_csv)
    townships = add_synthetic_townships(real, township_count(n, len(real)))
    places: list[Place] = []
    for township, (n_communities, n_villages) in zip(townships, spread(townships, n), strict=True):
        places += make_places(township, n_communities, n_villages, seed)

    if out.resolve() != REPO.resolve():
        copy_inputs(out)
    clear_generated(out)
    county_comment = (
        GENERATED
        if len(townships) == len(real)
        else GENERATED + "；名为“合成…”的乡镇（街道）是为基准测试虚构的合成乡镇"
    )
    write_yaml(out / "catalogues" / "county.yaml", county_doc(townships, places), county_comment)

    rng = random.Random(f"{seed}:drafts")
    drafts = set(rng.sample([p.code for p in places], min(len(places), round(n * SEED_DRAFTS / SEED_TOTAL))))
    dates: dict[str, tuple[dt.date, dt.date]] = {}
    for township in townships:
        # Each township held its 换届 and its 2021 charter revision as one campaign.
        t_rng = random.Random(f"{seed}:{township.code}:dates")
        dates[township.code] = (
            ELECTION_FIRST + dt.timedelta(days=t_rng.randint(0, 100)),
            dt.date(2021, 4, 1) + dt.timedelta(days=t_rng.randint(0, 75)),
        )
    for place in places:
        election, campaign_start = dates[place.township.code]
        folder = place.township.code
        write_yaml(
            out / "catalogues" / "communities" / folder / f"{place.code}.yaml",
            community_doc(place, inputs, election),
            GENERATED,
        )
        status = "draft" if place.code in drafts else "adopted"
        write_yaml(
            out / "charters" / folder / f"{place.code}.yaml",
            charter_doc(place, inputs, campaign_start, status),
            GENERATED,
        )
    return places


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=REPO, help="repository root to write into (default: this repository)"
    )
    parser.add_argument(
        "--communities",
        type=int,
        default=SEED_TOTAL,
        help=f"number of villages and communities (default {SEED_TOTAL}: the seed's 237 + 59)",
    )
    parser.add_argument("--seed", type=int, default=2021, help="random seed (default 2021)")
    parser.add_argument(
        "--townships",
        type=Path,
        default=DEFAULT_TOWNSHIPS_CSV,
        help="CSV of the real townships: code,name,type (default ../shared/data/pengshui-townships.csv)",
    )
    args = parser.parse_args(argv)
    if args.communities < 1:
        parser.error("--communities must be at least 1")
    if not args.townships.is_file():
        parser.error(f"townships CSV not found: {args.townships}")
    places = generate(args.out, args.communities, args.seed, args.townships)
    villages = sum(p.type == "village" for p in places)
    print(
        f"wrote {len(places)} communities ({villages} villages, {len(places) - villages} communities) "
        f"and as many charters into {args.out}"
    )


if __name__ == "__main__":
    main()
