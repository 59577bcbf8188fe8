"""What init, the division import and `civcat new` share: YAML text as a clerk writes it (codes
quoted), county.yaml read back, and where a community's file lives and what a new one says."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..formatting import load_round_trip
from ..i18n import _

# ---------------------------------------------------------------------------------------------
# YAML text as a clerk writes it: codes quoted, small mappings on one line

_NOT_PLAIN = re.compile(r"""^[-?:,\[\]{}#&*!|>'"%@`\s]|[,\[\]{}#:]|\s$""")
_RESOLVES = re.compile(r"^([-+]?[0-9][0-9_.:eE+-]*|true|false|yes|no|on|off|null|~)$", re.IGNORECASE)


def scalar(value: Any, *, quote: bool = False) -> str:
    """One YAML scalar: quoted when asked (codes) or when plain text would read as something else."""
    text = str(value)
    if quote or not text or _NOT_PLAIN.search(text) or _RESOLVES.match(text):
        return json.dumps(text, ensure_ascii=False)
    return text


def quoted(value: str):
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    return DoubleQuotedScalarString(value)


# ---------------------------------------------------------------------------------------------
# The county's files: county.yaml, the community files


def type_from_name(name: str, kinds: Mapping[str, tuple[str, ...]]) -> str | None:
    """The kind whose name endings `name` has (石门村 → village), for a code whose range says nothing."""
    for kind, endings in kinds.items():
        if name.endswith(endings):
            return kind
    return None


TOWNSHIP_ENDINGS = {"street": ("街道", "街道办事处"), "town": ("镇",), "township": ("乡",)}
COMMUNITY_ENDINGS = {"community": ("社区", "居委会", "居民委员会"), "village": ("村", "村委会", "村民委员会")}


def load_county(root: Path) -> tuple[Path, str, Any]:
    """county.yaml: its path, its text and its round-trip data (edited, then written back whole)."""
    path = root / "catalogues" / "county.yaml"
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError:
        raise UsageError(_("{path}：没有 county.yaml；请先用 civcat init 创建仓库").format(path=path)) from None
    try:
        data = load_round_trip(text)
    except Exception as error:  # noqa: BLE001 — ruamel raises many kinds
        raise UsageError(
            _("{path}：YAML 有错误，请先改正（civcat validate）：{reason}").format(
                path=path, reason=str(error).splitlines()[0]
            )
        ) from None
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("code"), str)
        or not re.fullmatch(r"[0-9]{6}", data["code"])
    ):
        raise UsageError(
            _("{path}：缺少 6 位的县（区）代码 code（加引号）；请先改正（civcat validate）").format(path=path)
        )
    return path, text, data


def community_files(root: Path) -> dict[str, Path]:
    """Existing community files by the code inside them (or, when unreadable, by file name)."""
    from ruamel.yaml import YAML

    safe = YAML(typ="safe")
    found: dict[str, Path] = {}
    base = root / "catalogues" / "communities"
    if not base.is_dir():
        return found
    for path in sorted(base.rglob("*.yaml")):
        code = path.stem
        try:
            data = safe.load(path.read_text(encoding="utf-8-sig"))
            if isinstance(data, dict) and isinstance(data.get("code"), str | int):
                code = str(data["code"])
        except Exception:  # noqa: BLE001 — an unreadable file is still "there"
            pass
        found.setdefault(code, path)
    return found


def community_stub(code: str, name: str, kind: str, urban_rural: str | None, *, origin: str) -> str:
    """A new community file: identity only, with what the community fills in as commented examples."""
    lines = [
        "civcat: 1",
        "kind: community",
        f"# {origin}",
        f"code: {scalar(code, quote=True)}",
        f"name: {scalar(name)}",
        f"type: {kind}",
    ]
    if urban_rural:
        lines.append(f"urban_rural: {scalar(urban_rural, quote=True)}")
    platforms = "[村民议事会, 院坝会]" if kind == "village" else "[居民议事会, 楼栋会]"
    members = 5 if kind == "village" else 7
    lines += [
        "# 由村（社区）补充（去掉行首的 # 并改成实际情况）：",
        f'# uscc: "54{code[:6]}XXXXXXXXXX"    # 村（居）民委员会的 18 位统一社会信用代码',
        f"# committee: {{elected: 2026-01-01, members: {members}, women: 1}}    # 最近一次换届日期、成员人数、女性成员人数",
        f"# consultation: {{platforms: {platforms}}}    # 常设协商平台，至少一个",
        "# triage: {excluded: [], local: []}    # 不适用的参考事项（附理由）、本地新增事项",
        "# assigned_tasks: []    # 政府部门交由本委员会承担的工作",
    ]
    return "\n".join(lines) + "\n"


def community_path(root: Path, code: str) -> Path:
    """Where the community's file belongs: under its township's folder."""
    return root / "catalogues" / "communities" / code[:9] / f"{code}.yaml"


def relative(root: Path, path: Path) -> str:
    """The path as messages name it: relative to the repository, with forward slashes."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
