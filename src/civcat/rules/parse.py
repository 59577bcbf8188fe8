"""CV0xx and CV1xx: what the loader and the schema layer report (their check is the parser itself)."""

from __future__ import annotations

from ..i18n import N_
from .base import Example, Rule


class ParseRule(Rule):
    scope = "parse"


class NotUtf8(ParseRule):
    code = "CV001"
    summary = N_("文件不是有效的 UTF-8 文本")
    why = N_(
        "civcat 和 git 都按 UTF-8 读取文字。用 GBK、GB18030、Big5 或 UTF-16 保存的文件在别人的电脑上会变成乱码，"
        "差异比较也无法进行。civcat 会说出文件看起来是哪种编码。"
    )
    example = N_("用 Windows 记事本“另存为”时选择了 ANSI（即 GBK）编码。")
    fix = N_(
        "在编辑器中“另存为”并选择 UTF-8；或在命令行运行 `iconv -f GBK -t UTF-8 旧文件 > 新文件`。带 BOM 的 UTF-8 也可以。"
    )


class YamlSyntax(ParseRule):
    code = "CV002"
    summary = N_("YAML 语法错误")
    why = N_("语法错误的文件无法读取，文件中的所有内容都不会被检查。")
    example = Example("name: 石门村\n  type: village    # ", N_("缩进多了两个空格"))
    fix = N_(
        "按提示的行和列修改：同级的键左端对齐，只用空格缩进（不用 Tab），含冒号的文字加引号，一个文件只写一个文档。"
    )


class DuplicateKey(ParseRule):
    code = "CV003"
    summary = N_("同一映射中有重复的键")
    why = N_("YAML 中同一个键写两次时，只有一个值会被保留，另一个悄悄丢失。")
    example = 'code: "500243112201"\nname: 石门村\ncode: "500243112202"'  # YAML data only: the same in every language
    fix = N_("删除或合并重复的键。")


class KindProblem(ParseRule):
    code = "CV004"
    summary = N_("缺少或未知的 `kind`，或文件类型放错了位置")
    why = N_(
        "civcat 按 `kind` 决定用哪种格式检查文件；文件类型必须与它在目录中的位置相符，例如公约只能放在 charters/ 下。"
    )
    example = N_("catalogues/communities/500243112/500243112201.yaml 中写了 `kind: charter`")
    fix = N_(
        "在文件开头写上正确的 `kind:`（county、triage-reference、consultation-reference、autonomy-reference、community、"
        "charter、charter-model），或把文件移到该类型应在的目录。"
    )


class FormatVersion(ParseRule):
    code = "CV005"
    summary = N_("不支持的 `civcat` 格式版本")
    why = N_("格式版本说明文件按哪一版格式书写；未来的版本可能改变字段含义，旧版 civcat 不能猜测。")
    example = "civcat: 2"
    fix = N_("在文件开头写 `civcat: 1`；如果文件来自更新的版本，请升级 civcat。")


class RequiredField(ParseRule):
    code = "CV101"
    summary = N_("缺少必填字段")
    why = N_("必填字段是文件能被使用的最低要求，例如村或社区的代码、名称和类型。")
    example = N_('kind: community\ncode: "500243112201"\n# 缺少 name 和 type')
    fix = N_("按提示补上字段；FORMAT.md 第 2 节列出了每种文件的必填字段。")


class WrongType(ParseRule):
    code = "CV102"
    summary = N_("字段类型不对（包括没有加引号的代码）")
    why = N_(
        "代码不加引号时，YAML 会把它读成数字：开头的 0 会丢失，长代码可能变形。civcat 不会悄悄修正，而是报告出来。"
    )
    example = "code: 500243112201"
    fix = N_(
        '代码和编号加引号：`code: "500243112201"`；列表写成 `[甲, 乙]` 或每项一行以 `- ` 开头。`civcat fmt` 可自动加引号。'
    )


class UnknownField(ParseRule):
    code = "CV103"
    summary = N_("未知字段（提示最接近的已知字段）")
    why = N_("拼错的字段名不会被任何检查读取，其中的信息等于没写。")
    example = "committee:\n  membres: 5"
    fix = N_("改成提示的字段名，例如 `members`；确实不需要的字段请删除。")


class ValueNotAllowed(ParseRule):
    code = "CV104"
    summary = N_("取值不在允许范围内（列出允许的值并提示最接近的）")
    why = N_("类型、层级、表决机构等字段只能取规定的值，其他写法无法被正确判断。")
    example = "type: vilage"
    fix = N_("改为允许的值之一，例如 `village`（村）或 `community`（社区）。")


class MalformedValue(ParseRule):
    code = "CV105"
    summary = N_("值的格式不对（编号格式、日期）")
    why = N_("日期和编号有固定格式，格式不对就无法比较先后或查找事项。")
    example = "elected: 2021-02-30\nid: XS1"
    fix = N_("日期写成 YYYY-MM-DD 且必须真实存在；事项编号写成 DS-01、XS-L01 这样的形式。")


class OutOfRange(ParseRule):
    code = "CV106"
    summary = N_("数值超出范围")
    why = N_("人数、户数等不能为负数，修订次数从 1 开始。")
    example = "present: -5"
    fix = N_("填写实际的非负数值。")
