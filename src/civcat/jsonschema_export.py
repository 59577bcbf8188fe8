"""JSON Schema (draft 2020-12) of every file kind, from the pydantic models: for editors and other tools.

The models are the single source of truth: the schemas are generated from them
(`model_json_schema`), and only the titles are added here, in Chinese, so an editor's hover and
completion speak the clerks' language. Descriptions come from the models' fields as they are.

What the schema checks is what `civcat validate` reports as CV101–CV106 (structure, types, allowed
values, patterns, dates, ranges). The rules (CV2xx and up: codes under the right township, totals,
the law) are civcat's alone. Known differences between a JSON Schema validator and civcat are in
README.md, "Editing in VS Code and fmt".
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

DIALECT = "https://json-schema.org/draft/2020-12/schema"
COMBINED = "civcat.schema.json"
GENERATED = "由 civcat schema 从 civcat 的数据模型生成，请勿手工修改；格式说明见 FORMAT.md。"

#: Each kind: its Chinese name and where its files live (FORMAT.md §1).
KIND_TITLES = {
    "county": ("县（区）及其乡镇（街道）", "catalogues/county.yaml"),
    "triage-reference": ("“三事分流”参考事项清单", "catalogues/reference/*.yaml"),
    "consultation-reference": ("城乡社区协商事项清单", "catalogues/reference/*.yaml"),
    "autonomy-reference": ("基层群众性自治组织“三张清单”", "catalogues/reference/*.yaml"),
    "community": ("村（社区）事项清单", "catalogues/communities/<乡镇代码>/<村社区代码>.yaml"),
    "charter": ("村规民约、居民公约", "charters/<乡镇代码>/<村社区代码>.yaml"),
    "charter-model": ("村规民约、居民公约示范文本", "charters/model/*.yaml"),
}

#: Chinese titles of the models' parts (the `$defs`); a part missing here keeps its class name.
PART_TITLES = {
    "County": "县（区）",
    "Township": "乡镇（街道）",
    "CountyTotals": "公布的村、社区数量",
    "TriageReference": "“三事分流”参考事项清单",
    "MajorItem": "大事",
    "MinorItem": "小事",
    "PrivateItem": "私事",
    "TriageTotals": "公布的各层级事项数量",
    "ConsultationReference": "城乡社区协商事项清单",
    "ConsultationCategory": "协商事项类别",
    "ConsultationItem": "协商事项",
    "LocalConsultationItem": "本地新增协商事项",
    "ConsultationTotals": "公布的类别和事项数量",
    "AutonomyReference": "“三张清单”",
    "SelfGovernanceItem": "依法自治事项",
    "AssistItem": "协助政府工作事项",
    "NegativeItem": "工作负面事项",
    "AutonomyTotals": "三张清单事项数量",
    "Community": "村（社区）",
    "Committee": "村（居）民委员会",
    "Exclusion": "不适用的事项",
    "CommunityTriage": "三事分流",
    "CommunityConsultation": "协商",
    "AssignedTask": "交由委员会承担的工作",
    "Charter": "村规民约、居民公约",
    "CharterModel": "示范文本",
    "Chapter": "章",
    "Article": "条文",
    "Points": "积分制办法",
    "PointsItem": "积分项目",
    "Procedure": "制定程序",
    "Vote": "审议表决",
}

_CLAUSE_END = re.compile(r"[，：；。,;:]")
_ASIDE = re.compile(r"（[^（）]{3,}）$")  # a closing aside of three characters or more: （户数、代表数）, not （街道）


def schema_filename(kind: str) -> str:
    return f"civcat-{kind}.schema.json"


def _field_title(description: str) -> str:
    """A field's short Chinese title: its description up to the first clause break, without a closing aside."""
    depth, end = 0, len(description)
    for index, char in enumerate(description):
        depth += {"（": 1, "(": 1, "）": -1, ")": -1}.get(char, 0)
        if depth == 0 and _CLAUSE_END.match(char):
            end = index
            break
    title = description[:end].strip()
    aside = _ASIDE.search(title)
    if aside and aside.start() >= 2:
        title = title[: aside.start()].strip()
    return title


def _chinese_titles(node: Any) -> None:
    """Replace pydantic's English titles (class and field names) with Chinese ones, in place."""
    if isinstance(node, dict):
        for name, part in (node.get("$defs") or {}).items():
            if isinstance(part, dict):
                part["title"] = PART_TITLES.get(name, part.get("title", name))
        for prop in (node.get("properties") or {}).values():
            if isinstance(prop, dict):
                if prop.get("description"):
                    prop["title"] = _field_title(prop["description"])
                else:
                    prop.pop("title", None)
        for value in node.values():
            _chinese_titles(value)
    elif isinstance(node, list):
        for value in node:
            _chinese_titles(value)


def _head(title: str, description: str, schema: dict) -> dict:
    """The schema with `$schema`, `title`, `description` and `$comment` first (as editors show them)."""
    head = {"$schema": DIALECT, "title": title, "description": description, "$comment": GENERATED}
    rest = {k: v for k, v in schema.items() if k not in head}
    return {**head, **rest}


def kind_schema(kind: str) -> dict:
    """The JSON Schema of one kind of file."""
    from .models import KIND_MODELS

    if kind not in KIND_MODELS:
        raise KeyError(kind)
    schema = KIND_MODELS[kind].model_json_schema(mode="validation")
    _chinese_titles(schema)
    name, place = KIND_TITLES[kind]
    return _head(f"civcat-{kind}：{name}", f"civcat 数据文件（kind: {kind}，{name}），放在 {place}。", schema)


def combined_schema() -> dict:
    """One schema for every data file: the file's `kind` chooses the kind's schema."""
    from pydantic.json_schema import models_json_schema

    from .models import KIND_MODELS, KINDS

    inputs: list[tuple[Any, Any]] = [(model, "validation") for model in KIND_MODELS.values()]
    refs, top = models_json_schema(inputs, ref_template="#/$defs/{model}")
    defs = top.get("$defs", {})
    _chinese_titles({"$defs": defs})
    for part in defs.values():
        _chinese_titles(part)
    branches = []
    for kind, model in KIND_MODELS.items():
        ref = refs[(model, "validation")]["$ref"]
        branches.append({"if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]}, "then": {"$ref": ref}})
    kinds = "、".join(f"{k} {KIND_TITLES[k][0]}" for k in KINDS)
    schema = {
        "type": "object",
        "required": ["civcat", "kind"],
        "properties": {
            "civcat": {"title": "数据格式版本", "description": "数据格式版本，目前为 1", "const": 1},
            "kind": {"title": "文件类型", "description": f"文件类型：{kinds}", "enum": list(KINDS)},
        },
        "allOf": branches,
        "$defs": defs,
    }
    return _head("civcat：全部数据文件", "civcat 的任一数据文件；按 `kind` 选用该类文件的结构。", schema)


def dumps(schema: dict) -> str:
    """The schema as a file holds it: UTF-8 JSON, Chinese as it is, two-space indentation, one final newline."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def write_schemas(directory: Path, kinds: list[str] | None = None) -> list[Path]:
    """Write `civcat-<kind>.schema.json` for each kind (all kinds, and civcat.schema.json, when none are given)."""
    from .fileio import atomic_write
    from .models import KINDS

    written = []
    for kind in kinds or KINDS:
        path = directory / schema_filename(kind)
        atomic_write(path, dumps(kind_schema(kind)))
        written.append(path)
    if not kinds:
        path = directory / COMBINED
        atomic_write(path, dumps(combined_schema()))
        written.append(path)
    return written


def vscode_settings(schema_folder: str) -> dict:
    """The `.vscode/settings.json` entries that give VS Code's YAML extension completion and live checking.

    `schema_folder` is the schemas' folder relative to the repository root (the workspace folder),
    or an absolute path.
    The reference catalogues share one folder, and `charters/*/` also matches `charters/model/`:
    those files take the combined schema, which picks the structure by `kind`.
    """
    if schema_folder.startswith("/"):  # outside the workspace: an absolute path
        prefix = schema_folder.rstrip("/") + "/"
    else:
        folder = schema_folder.strip("/")
        prefix = f"./{folder}/" if folder and folder != "." else "./"
    return {
        "yaml.yamlVersion": "1.2",
        "yaml.schemas": {
            f"{prefix}{schema_filename('county')}": ["catalogues/county.yaml"],
            f"{prefix}{schema_filename('community')}": ["catalogues/communities/**/*.yaml"],
            f"{prefix}{COMBINED}": ["catalogues/reference/*.yaml", "charters/**/*.yaml"],
        },
    }
