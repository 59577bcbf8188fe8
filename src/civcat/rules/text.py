"""CV701–CV706: how the text is written — script, punctuation, width, numbering, repeats, invisible characters.

These rules read the document's data as loaded (every string value, with its data path) or, for
CV706, the file's text itself. Each walks a document once with precompiled patterns: clean files
cost one regex scan per string.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..findings import Severity
from ..i18n import N_, _, current_language
from ..models import KINDS
from .base import Rule, problem

CHARTER_KINDS = ("charter", "charter-model")

# ---------------------------------------------------------------------------------------------
# Shared helpers


def strings(data: Any, at: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every string value of loaded YAML data with its data path, in document order (keys left out)."""
    if isinstance(data, str):
        yield at, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from strings(value, (*at, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from strings(value, (*at, index))


def text_may_match(doc, pattern: re.Pattern) -> bool:
    """Whether any string of the document could match: one scan of the file text before walking its values.

    The file text holds every value as written (and more: keys, comments), so no match there means
    no match in any value; escapes in double-quoted strings are the exception, hence the backslash.
    """
    text = doc.source.text or ""
    return "\\" in text or pattern.search(text) is not None


def needle_at(text: str, start: int, end: int | None = None) -> str:
    """The shortest piece of `text` from `start` (at least to `end`) whose first occurrence is at `start`.

    Positions.locate finds a needle's first occurrence inside the value, so a needle that also
    occurs earlier would point at the wrong place; it is lengthened until it does not.
    """
    stop = max(end if end is not None else start + 1, start + 1)
    while stop < len(text) and text.find(text[start:stop]) != start:
        stop += 1
    return text[start:stop]


_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (for 第几章、第几条)."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if rest == 0 else ("零" + _DIGITS[rest] if rest < 10 else ("一" + chinese_number(rest) if rest < 20
                                                                           else chinese_number(rest)))
    return _DIGITS[n // 100] + "百" + tail


def articles(doc) -> Iterator[tuple[int, int, int, Any]]:
    """(chapter index, article index, running article number from 1, article) of a charter or model."""
    number = 0
    for i, chapter in enumerate(doc.model.chapters):
        for j, article in enumerate(chapter.articles):
            number += 1
            yield i, j, number, article


def article_path(i: int, j: int) -> tuple:
    return ("chapters", i, "articles", j, "text")


def article_name(number: int) -> str:
    """An article by its number as a charter prints it: 第十二条; in English, Article 12."""
    return f"第{chinese_number(number)}条" if current_language() == "zh" else f"Article {number}"


def chapter_name(number: int) -> str:
    """第三章; in English, Chapter 3."""
    return f"第{chinese_number(number)}章" if current_language() == "zh" else f"Chapter {number}"


# ---------------------------------------------------------------------------------------------
# CV701 simplified and traditional characters

# Pairs of characters that each exist in one script only: the traditional form is not used in
# simplified text, and the simplified form is not used in traditional text.
_PAIRS = """
們们 這这 個个 為为 國国 會会 發发 髮发 對对 經经 過过 說说 時时 從从 與与 頭头 長长 門门 間间 東东 車车 書书
見见 親亲 關关 處处 區区 鄉乡 鎮镇 規规 約约 議议 條条 權权 職职 務务 農农 衛卫 來来 學学 動动 產产 種种 實实
現现 兩两 體体 機机 當当 點点 業业 開开 還还 無无 義义 樣样 數数 質质 氣气 變变 結结 問问 題题 黨党 員员 總总
設设 邊边 級级 圖图 統统 較较 將将 組组 計计 別别 論论 運运 強强 決决 戰战 應应 嗎吗 讓让 認认 識识 語语 話话
請请 讀读 調调 課课 誰谁 謝谢 講讲 證证 評评 譯译 該该 詳详 試试 誤误 記记 訂订 討讨 訓训 訪访 許许 訴诉 診诊
詞词 譽誉 護护 讚赞 責责 貴贵 費费 資资 財财 貨货 貧贫 購购 賣卖 買买 賠赔 償偿 貸贷 賬账 負负 賀贺 貿贸 賓宾
賽赛 賴赖 贈赠 賭赌 鐵铁 銀银 錢钱 鋼钢 錯错 鍋锅 鐘钟 針针 銷销 鋪铺 鎖锁 鏈链 鑒鉴 紅红 紀纪 納纳 紙纸 純纯
紛纷 線线 練练 細细 終终 絕绝 給给 維维 網网 綠绿 緊紧 編编 緣缘 績绩 續续 織织 繪绘 纖纤 縣县 繳缴 飯饭 飲饮
館馆 養养 飼饲 饑饥 飢饥 馬马 駕驾 驗验 騙骗 驅驱 魚鱼 鳥鸟 雞鸡 鴨鸭 鵝鹅 雙双 難难 離离 雜杂 雖虽 風风 飛飞
億亿 價价 傳传 傷伤 倉仓 側侧 備备 儀仪 優优 偉伟 僅仅 債债 傾倾 儲储 創创 劉刘 劇剧 劑剂 勞劳 勢势 勵励 勸劝
勝胜 協协 單单 參参 嚴严 響响 團团 園园 圍围 場场 壞坏 塊块 墳坟 壩坝 壘垒 執执 報报 堅坚 奮奋 奪夺 婦妇 媽妈
嬰婴 孫孙 寧宁 寶宝 審审 寫写 專专 尋寻 導导 屬属 層层 歲岁 帶带 師师 幫帮 帳帐 幣币 廣广 廳厅 廢废 廟庙 彈弹
歸归 徑径 憶忆 懷怀 態态 戀恋 惡恶 愛爱 慣惯 憑凭 擁拥 擇择 擊击 擔担 擴扩 擾扰 攜携 撥拨 損损 換换 揚扬 掃扫
搶抢 攤摊 擬拟 拋抛 敵敌 斷断 舊旧 暫暂 曉晓 楊杨 極极 構构 標标 樹树 橋桥 檢检 櫃柜 樂乐 槍枪 棄弃 歡欢 歐欧
殘残 殺杀 漢汉 滅灭 湯汤 溝沟 滿满 漲涨 潔洁 潤润 澤泽 濟济 濕湿 灣湾 灑洒 溫温 減减 測测 濫滥 災灾 煙烟 燒烧
燈灯 營营 熱热 爐炉 爺爷 獎奖 獨独 猶犹 獄狱 環环 畫画 異异 療疗 盡尽 儘尽 監监 盤盘 礦矿 確确 碼码 禮礼 禍祸
穩稳 積积 稅税 競竞 筆笔 節节 簡简 籌筹 築筑 糧粮 聽听 聯联 聲声 腦脑 膽胆 興兴 舉举 艱艰 蘭兰 藥药 藝艺 薦荐
號号 虧亏 蟲虫 術术 補补 裝装 覺觉 觀观 視视 觸触 貝贝 趙赵 趕赶 跡迹 踐践 軍军 軌轨 輕轻 載载 輛辆 輸输 轉转
輪轮 轄辖 辦办 辭辞 進进 遠远 違违 連连 遲迟 適适 選选 遺遗 遞递 鄰邻 鄧邓 醫医 釋释 閉闭 閒闲 閱阅 闊阔 隊队
陽阳 陰阴 階阶 際际 陳陈 險险 隨随 隱隐 電电 靈灵 頁页 項项 順顺 須须 鬚须 預预 領领 頻频 顧顾 顯显 類类 額额
龍龙 壓压 廠厂 歷历 曆历 復复 複复 彙汇 匯汇 罰罚 罷罢 羅罗 糾纠 亂乱 墾垦 夢梦 彎弯 戶户 慶庆 濱滨 禪禅 緩缓
聖圣 萬万 葉叶 藍蓝 譜谱 辯辩 郵邮 鬧闹 齊齐 齡龄 麥麦 黃黄 臟脏 髒脏 瀝沥 殯殡 擺摆 贍赡 撫抚 鰥鳏 竊窃 毆殴
罵骂 燭烛 廁厕 糞粪 澆浇 獵猎 豬猪 貓猫 貼贴 遷迁 喪丧 贅赘 繼继 錄录 檔档 訟讼 懲惩 兌兑 簽签 頒颁 盜盗 毀毁
習习 張张 倫伦 誠诚 訊讯 謠谣 誹诽 謗谤 騷骚 擠挤 礙碍 賃赁 滯滞 輟辍 聞闻 噴喷 濁浊 膠胶 籃篮 稈秆 塵尘 駛驶
顏颜 標标 幾几 據据 後后 裡里 裏里 於于 臺台 檯台 颱台 幹干 隻只 衝冲 鬆松 醜丑 穀谷 製制 範范 雲云 餘余 準准
採采 係系 繫系 麵面 遊游 佈布 劃划 捨舍 週周 徵征 傢家 併并 並并 薑姜 蔔卜 鬥斗 淨净 夠够 僱雇 佔占 汙污 錶表
禦御 鍾钟 眾众 衆众
"""

# Simplified forms that are also ordinary characters of traditional text (后 皇后, 里 公里, 于 姓, 台 …):
# their presence says nothing about the script, so only their traditional counterparts are counted.
_SHARED_SIMPLIFIED = set("几据后里于台干只冲松丑谷制范云余准采系面游布划舍周征家并姜卜斗净够雇占污表御")

TRADITIONAL: dict[str, str] = {}  # traditional-only character → its simplified form
SIMPLIFIED: dict[str, str] = {}  # simplified-only character → (one of) its traditional forms
for _pair in _PAIRS.split():
    _t, _s = _pair
    TRADITIONAL.setdefault(_t, _s)
    if _s not in _SHARED_SIMPLIFIED:
        SIMPLIFIED.setdefault(_s, _t)
assert not set(TRADITIONAL) & set(SIMPLIFIED)

_TRADITIONAL_RE = re.compile("[" + "".join(TRADITIONAL) + "]")
_SIMPLIFIED_RE = re.compile("[" + "".join(SIMPLIFIED) + "]")


class MixedScripts(Rule):
    code = "CV701"
    severity = Severity.WARNING
    summary = N_("同一文件中简体字和繁体字混用")
    kinds = KINDS
    why = N_("本县的文件一律使用规范汉字（简体字）。从旧文件、网页或港台资料复制的文字常夹带繁体字，"
             "印出来的公约简繁混杂，既不规范，也让检索和比对失灵（“規約”搜不到“规约”）。")
    basis = N_("《中华人民共和国国家通用语言文字法》第二条、第三条：国家推广普通话，推行规范汉字。")
    example = N_("chapters:\n  - title: 总则\n    articles:\n      - text: 村民應當遵守本村規民約。")
    fix = N_("把提示的繁体字改为简体（“應當”→“应当”，“規民約”→“规民约”）；整段复制来的文字可用输入法或 opencc 统一转换后再核对。")

    def check(self, doc, ctx):
        if not (text_may_match(doc, _TRADITIONAL_RE) and text_may_match(doc, _SIMPLIFIED_RE)):
            return
        first_t = first_s = None
        count_t = count_s = 0
        for at, text in strings(doc.source.data):
            found_t = _TRADITIONAL_RE.findall(text)
            found_s = _SIMPLIFIED_RE.findall(text)
            if found_t:
                count_t += len(found_t)
                if first_t is None:
                    first_t = (at, text, _TRADITIONAL_RE.search(text).start())
            if found_s:
                count_s += len(found_s)
                if first_s is None:
                    first_s = (at, text, _SIMPLIFIED_RE.search(text).start())
        if not (count_t and count_s):
            return
        if count_t <= count_s:  # a simplified document with traditional characters (ties: the county writes simplified)
            at, text, index = first_t
            char = text[index]
            message = _("简体字和繁体字混用：本文件以简体字为主（简体 {simplified_count} 字，繁体 {traditional_count} 字），"
                        "“{char}”是繁体字，简体作“{simplified}”。请把繁体字统一改为简体字。").format(
                simplified_count=count_s, traditional_count=count_t, char=char, simplified=TRADITIONAL[char])
        else:
            at, text, index = first_s
            char = text[index]
            message = _("简体字和繁体字混用：本文件以繁体字为主（繁体 {traditional_count} 字，简体 {simplified_count} 字），"
                        "“{char}”是简体字，繁体作“{traditional}”。本县文件应使用简体字，请把全文统一转换为简体字。").format(
                simplified_count=count_s, traditional_count=count_t, char=char, traditional=SIMPLIFIED[char])
        yield problem(self.code, message, at=at, needle=needle_at(text, index))


# ---------------------------------------------------------------------------------------------
# CV702 ASCII punctuation in Chinese text

# Chinese context: CJK ideographs, CJK symbols and punctuation, full-width forms, Chinese quotes.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e\u201c\u201d\u2018\u2019\u2026\u2014"
_IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
FULL_WIDTH_PUNCTUATION = {",": "，", ".": "。", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_BETWEEN = re.compile(rf"(?<=[{_CJK}]) ?([,.;:?!()]) ?(?=[{_CJK}])")
_AT_END = re.compile(rf"(?<=[{_CJK}])([,.;:?!])\s*$")
_PARENS = re.compile(r"\(([^()]*)\)")
# Any ASCII mark touching Chinese text: a cheap test on the whole file before walking its values.
_TOUCHING = re.compile(rf"(?<=[{_CJK}])[,.;:?!()]|[,.;:?!()](?=[{_CJK}])")


def ascii_punctuation(text: str) -> list[int]:
    """Offsets of ASCII punctuation marks that stand in Chinese text, in order."""
    found = {m.start(1) for m in _BETWEEN.finditer(text)}
    found.update(m.start(1) for m in _AT_END.finditer(text))
    if "(" in text:
        for m in _PARENS.finditer(text):
            if _IDEOGRAPH.search(m.group(1)):
                found.update((m.start(), m.end() - 1))
    return sorted(found)


class AsciiPunctuation(Rule):
    code = "CV702"
    severity = Severity.WARNING
    summary = N_("中文里用了英文（半角）标点")
    kinds = KINDS
    why = N_("中文行文应使用全角标点（，。；：？！（））。半角的逗号、句点和括号夹在汉字中间，排版时挤在一起，"
             "句点“.”还容易被看成小数点或编号。")
    basis = N_("GB/T 15834—2011《标点符号用法》：中文文本使用全角标点符号。")
    example = N_("      - text: 村民应当爱护公共设施,不得损坏道路(含村道).")
    fix = N_("改为全角标点：“,”→“，”，“.”→“。”，“;”→“；”，“:”→“：”，“(”“)”→“（”“）”。数字中的小数点和时间（3.5、8:30）不必改。")

    def check(self, doc, ctx):
        if not text_may_match(doc, _TOUCHING):
            return
        for at, text in strings(doc.source.data):
            if not _IDEOGRAPH.search(text):
                continue
            found = ascii_punctuation(text)
            if found:
                index = found[0]
                mark = text[index]
                if len(found) > 1:
                    message = _("中文里用了半角标点“{mark}”，应改为全角“{full}”（这段文字中共 {count} 处）。")
                else:
                    message = _("中文里用了半角标点“{mark}”，应改为全角“{full}”。")
                yield problem(self.code, message.format(mark=mark, full=FULL_WIDTH_PUNCTUATION[mark], count=len(found)),
                              at=at, needle=needle_at(text, index))


# ---------------------------------------------------------------------------------------------
# CV703 full-width letters and digits

_FULL_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")


def half_width(text: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)


class FullWidthAlphanumerics(Rule):
    code = "CV703"
    severity = Severity.WARNING
    summary = N_("用了全角字母或数字")
    kinds = KINDS
    why = N_("全角数字和字母（２０２１、ＡＢ）看起来与半角的相同，计算机却当作不同的字符：金额、日期和编号无法比较和检索，"
             "排版时宽窄也不一致。")
    basis = N_("《出版物上数字用法》（GB/T 15835—2011）：阿拉伯数字使用半角形式。")
    example = N_("      - text: 每户每年筹资不超过１５元。")
    fix = N_("把全角字母和数字改为半角（“１５”→“15”）。输入法切换到半角状态后重新输入即可。")

    def check(self, doc, ctx):
        if not text_may_match(doc, _FULL_WIDTH):
            return
        for at, text in strings(doc.source.data):
            first = _FULL_WIDTH.search(text)
            if first:
                count = len(_FULL_WIDTH.findall(text))
                run = first.group()
                if count > 1:
                    message = _("用了全角字母或数字“{run}”，应写作半角“{half}”（这段文字中共 {count} 处）。")
                else:
                    message = _("用了全角字母或数字“{run}”，应写作半角“{half}”。")
                yield problem(self.code, message.format(run=run, half=half_width(run), count=count),
                              at=at, needle=needle_at(text, first.start(), first.end()))


# ---------------------------------------------------------------------------------------------
# CV704 manual numbering

FIX_HINT = N_("运行 `civcat fmt --fix` 可以自动删除编号。")

_NUMERALS = "一二三四五六七八九十"
_NUMBERING = re.compile(
    rf"""^\s*(
        第\s*[0-9０-９{_NUMERALS}百千零〇两]+\s*条          # 第三条 第3条
      | [0-9０-９]{{1,3}}\s*[.．、,，:：)）](?![0-9０-９])    # 3. 3、 3． 3) (not 3.5)
      | [(（]\s*(?:[0-9０-９]{{1,3}}|[{_NUMERALS}]{{1,3}})\s*[)）]   # (3) （三）
      | [{_NUMERALS}]{{1,3}}\s*[、.．]                        # 三、
      | [\u2460-\u2473\u2474-\u2487\u2488-\u249b\u3220-\u3229]   # ① ⑴ ⒈ ㈠
    )""",
    re.VERBOSE,
)


# A chapter title pasted from Word with its number: 第二章 规范日常行为, 第 2 章：…, 二、…
_CHAPTER_NUMBERING = re.compile(
    rf"^\s*(第\s*[0-9０-９{_NUMERALS}百零〇两]+\s*章[\s\u3000:：、.．]*|[{_NUMERALS}]{{1,3}}\s*[、.．]\s*)")
# Another article's number inside an article, after the end of a sentence: several 第X条 pasted as one.
# Not a reference to an article (依照第五条规定, 本公约第三条所称): those follow no sentence end.
_MERGED_ARTICLE = re.compile(
    rf"[。；;！!？?\n]\s*(第\s*[0-9０-９{_NUMERALS}百零〇两]+\s*条)(?=[\s\u3000:：、]|[^\s\u3000规的所中之款项第])")


class ManualNumbering(Rule):
    code = "CV704"
    severity = Severity.WARNING
    summary = N_("条文或章标题写了编号（第三条、3.、三、、第二章）")
    kinds = CHARTER_KINDS
    why = N_("条文不写编号：生成公约文本时，civcat 按顺序自动编为 第一条、第二条……。手写的编号会与自动编号重复"
             "（“第五条 第3条 ……”），增删条文后还会错位。")
    basis = N_("FORMAT.md 第 2 节：Articles carry no numbers: documents number them 第一条, 第二条 … themselves.")
    example = N_("      - text: 第三条 村民应当爱护公共设施。")
    fix = N_("删除条文开头的编号，只写条文内容：`- text: 村民应当爱护公共设施。`")

    def check(self, doc, ctx):
        yield from self._chapter_titles(doc)
        for i, j, number, article in articles(doc):
            if article.text and (match := _NUMBERING.match(article.text)):
                written = match.group(1)
                yield problem(self.code, _("条文开头写了编号“{written}”。条文不写编号：生成文件时自动编为第一条、第二条……，"
                                           "这一条将是{article}。请删除“{written}”。").format(
                                  written=written, article=article_name(number)) + _(FIX_HINT),
                              at=article_path(i, j), needle=written)
            elif article.text and (merged := _MERGED_ARTICLE.search(article.text)):
                written = merged.group(1)
                yield problem(self.code, _("{article}里还有“{written}”：几条条文粘贴成了一条。请在“{written}”处拆开，"
                                           "每条写成单独的一项 `- text: …`，并删除编号。").format(
                                  article=article_name(number), written=written) + _(FIX_HINT),
                              at=article_path(i, j), needle=written)

    def _chapter_titles(self, doc):
        for i, chapter in enumerate(doc.model.chapters or ()):
            title = chapter.title or ""
            match = _CHAPTER_NUMBERING.match(title)
            if match and title[match.end():].strip():
                written = match.group(1).strip()
                rest = title[match.end():].strip()
                yield problem(self.code, _("章标题写了编号“{written}”。章不写编号：生成文件时自动编为第一章、第二章……，"
                                           "否则会印成“第二章 第二章 …”。请写成 `title: {rest}`。").format(
                                  written=written, rest=rest) + _(FIX_HINT),
                              at=("chapters", i, "title"), needle=written)


# ---------------------------------------------------------------------------------------------
# CV705 empty or repeated articles

_WHITESPACE = re.compile(r"\s+")


def _where(doc, i: int, number: int) -> str:
    return _("{article}（{chapter}“{title}”）").format(
        article=article_name(number), chapter=chapter_name(i + 1), title=doc.model.chapters[i].title)


class EmptyOrRepeatedArticle(Rule):
    code = "CV705"
    severity = Severity.ERROR
    summary = N_("空条文，或同一条文在公约中出现两次")
    kinds = CHARTER_KINDS
    why = N_("空条文会被编上号印出来，成为一条什么也没说的“第某条”；重复的条文多半是复制粘贴时忘了修改，"
             "表决通过的文本因此与本意不符，后面的条文编号也全部错位。")
    basis = N_("FORMAT.md 第 2 节：每章至少一条条文；条文按顺序自动编号。")
    example = N_("    articles:\n      - text: 爱护公共设施，不损坏道路和路灯。\n      - text:\n"
                 "      - text: 爱护公共设施，不损坏道路和路灯。")
    fix = N_("删除空条文和重复的一条；若两条本应不同，把第二条改成要写的内容。")

    def check(self, doc, ctx):
        seen: dict[str, tuple[int, int]] = {}
        for i, j, number, article in articles(doc):
            text = _WHITESPACE.sub("", article.text or "")
            if not text:
                yield problem(self.code, _("{article}是空的：没有条文内容。请补上内容，或删除这一条。").format(
                                  article=article_name(number)), at=article_path(i, j), key=True)
                continue
            if text in seen:
                first_chapter, first_number = seen[text]
                yield problem(self.code, _("{article}与{other}的内容相同。请删除重复的一条；若两条本应不同，请改写这一条。").format(
                                  article=article_name(number), other=_where(doc, first_chapter, first_number)),
                              at=article_path(i, j))
            else:
                seen[text] = (i, number)


# ---------------------------------------------------------------------------------------------
# CV706 invisible and control characters

# Names marked with N_(): the message translates them with _().
INVISIBLE_NAMES = {
    "\u00ad": N_("软连字符"), "\u061c": N_("阿拉伯字母标记"), "\u180e": N_("蒙古文元音分隔符"),
    "\u200b": N_("零宽空格"), "\u200c": N_("零宽不连字"), "\u200d": N_("零宽连字"), "\u200e": N_("从左至右标记"),
    "\u200f": N_("从右至左标记"), "\u202a": N_("从左至右嵌入"), "\u202b": N_("从右至左嵌入"),
    "\u202c": N_("方向格式结束"), "\u202d": N_("从左至右覆盖"), "\u202e": N_("从右至左覆盖"),
    "\u2060": N_("零宽不换行空格"), "\u2061": N_("不可见函数符"), "\u2062": N_("不可见乘号"),
    "\u2063": N_("不可见分隔符"), "\u2064": N_("不可见加号"), "\u2066": N_("从左至右隔离"), "\u2067": N_("从右至左隔离"),
    "\u2068": N_("首强方向隔离"), "\u2069": N_("方向隔离结束"), "\ufeff": N_("字节顺序标记（BOM）"),
}
C1_CONTROL_NAME = N_("C1 控制字符")
_INVISIBLE = re.compile("[\u0080-\u009f" + "".join(INVISIBLE_NAMES) + "]")


def _name(char: str) -> str:
    """What `char` is called, in the interface language."""
    return _(INVISIBLE_NAMES.get(char, C1_CONTROL_NAME))


class InvisibleCharacters(Rule):
    code = "CV706"
    severity = Severity.ERROR
    summary = N_("含不可见字符或控制字符（零宽空格、多余的 BOM、文字方向控制符）")
    kinds = KINDS
    why = N_("从网页、微信或 Word 复制的文字常夹带看不见的字符：零宽空格让两段看似相同的文字比较不等、检索不到；"
             "文字方向控制符能让文件显示的内容与实际内容不同（“Trojan Source”）；文件中间的 BOM 会被当作文字。"
             "YAML 不接受的控制字符（C0、C1）在读取时就报告。")
    basis = N_("Unicode 技术标准 #39（UTS #39）与 CVE-2021-42574：不可见字符和双向控制符会使显示内容与实际内容不一致。")
    example = N_("      - text: 村民应当\u200b爱护公共设施。   # “当”与“爱”之间有一个看不见的零宽空格")
    fix = N_("删除提示位置的不可见字符：在编辑器中打开“显示不可见字符”（VS Code：`\"editor.renderControlCharacters\": true`），"
             "或把这段文字删掉后重新输入。")

    def check(self, doc, ctx):
        text = doc.source.text or ""
        if not _INVISIBLE.search(text):
            return
        # Positions work on the text without a leading BOM (the loader tolerates one); so do we.
        base = text[1:] if text.startswith("\ufeff") else text
        reported_lines: set[int] = set()
        for match in _INVISIBLE.finditer(base):
            index = match.start()
            line = base.count("\n", 0, index) + 1
            if line in reported_lines:
                continue
            reported_lines.add(line)
            line_end = base.find("\n", index)
            on_line = _INVISIBLE.findall(base, index, line_end if line_end >= 0 else len(base))
            char = match.group()
            column = index - (base.rfind("\n", 0, index) + 1) + 1
            if len(on_line) > 1:
                message = _("第 {line} 行第 {column} 列有看不见的{name} U+{codepoint}；这一行共 {count} 个。"
                            "请删除（常见于从网页、微信或 Word 复制的文字）。")
            else:
                message = _("第 {line} 行第 {column} 列有看不见的{name} U+{codepoint}。"
                            "请删除（常见于从网页、微信或 Word 复制的文字）。")
            yield problem(self.code, message.format(line=line, column=column, name=_name(char),
                                                    codepoint=f"{ord(char):04X}", count=len(on_line)),
                          at=(), needle=needle_at(base, index))
