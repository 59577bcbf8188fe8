"""`civcat new community` and `civcat new charter`: a community's file (identity only) and charter
drafts from the model charter of its type."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import UsageError
from ..fileio import atomic_write, check_output, output_errors
from ..formatting import canonical, dump_round_trip, load_round_trip
from ..i18n import _
from ..identifiers import URBAN_RURAL_CODES, community_type_for_code
from ..models.catalogues import COMMUNITY_TYPE_LABELS
from ..models.charters import CHARTER_TYPE_LABELS, VOTE_BODY_LABELS
from .common import (
    COMMUNITY_ENDINGS,
    community_files,
    community_path,
    community_stub,
    load_county,
    relative,
    scalar,
    type_from_name,
)
from .init import starter_files

CHARTER_TYPES = {"village": "village_rules", "community": "residents_convention"}


# ---------------------------------------------------------------------------------------------
# civcat new community / new charter


def new_community(
    root: Path, code: str, *, name: str, kind: str | None = None, urban_rural: str | None = None, force: bool = False
) -> Path:
    """Write a new community file (identity only; the community fills in the rest)."""
    root = Path(root)
    code = code.strip()
    name = name.strip()
    county = load_county(root)[2]
    if not re.fullmatch(r"[0-9]{12}", code):
        raise UsageError(_("{code}：村、社区代码应为 12 位数字（统计用区划代码）").format(code=code))
    if not code.startswith(county["code"]):
        raise UsageError(_("{code}：不在本县（{county}）之下").format(code=code, county=county["code"]))
    if not name:
        raise UsageError(_("--name 不能为空"))
    townships = {str(t.get("code")) for t in county.get("townships") or [] if isinstance(t, dict)}
    if code[:9] not in townships:
        raise UsageError(
            _(
                "{code}：所属乡镇（街道）{township} 不在 county.yaml 中；请先添加乡镇（civcat import divisions 或手写）"
            ).format(code=code, township=code[:9])
        )
    by_range = community_type_for_code(code)
    if kind is None:
        kind = by_range or type_from_name(name, COMMUNITY_ENDINGS)
        if kind is None:
            raise UsageError(
                _(
                    "{code}：代码 {digits} 看不出是村（200–399）还是社区（001–199）；"
                    "请加 --type village 或 --type community"
                ).format(code=code, digits=code[9:])
            )
    if kind not in COMMUNITY_TYPE_LABELS:
        raise UsageError(_("--type {kind}：应为 village（村）或 community（社区）").format(kind=kind))
    if urban_rural is not None and urban_rural not in URBAN_RURAL_CODES:
        allowed = _("、").join(URBAN_RURAL_CODES)
        raise UsageError(_("--urban-rural {code}：应为 {choices} 之一").format(code=urban_rural, choices=allowed))
    existing = community_files(root).get(code)
    if existing is not None and existing != community_path(root, code) and not force:
        raise UsageError(_("{code}：已有村（社区）文件 {path}").format(code=code, path=relative(root, existing)))
    path = community_path(root, code)
    check_output(path)  # a file where the township's folder should be: one line, not a traceback
    with output_errors(path):
        atomic_write(
            path, community_stub(code, name, kind, urban_rural, origin="由 civcat new community 创建"), overwrite=force
        )
    return path


def _model_for(repository, charter_type: str) -> tuple[str, str]:
    """The model charter of a type: (its name, its text), from the repository, else the starter."""
    models = repository.charter_models
    chosen = models.get(charter_type)
    if chosen is None or chosen.model.type != charter_type:
        chosen = next((d for _name, d in sorted(models.items()) if d.model.type == charter_type), None)
    if chosen is not None:
        return chosen.stem, chosen.source.text or ""
    rel = f"charters/model/{charter_type}.yaml"
    raw = starter_files().get(rel)
    if raw is None:  # pragma: no cover - the starter ships both
        if charter_type == "village_rules":
            raise UsageError(_("没有 村规民约 的示范文本（charters/model/）"))
        raise UsageError(_("没有 居民公约 的示范文本（charters/model/）"))
    return charter_type, raw.decode("utf-8")


def charter_draft(repository, code: str, *, _models: dict | None = None) -> str:
    """The text of a draft charter for a community, from the model charter of its type."""
    from ..rules.charter_procedure import expected_authorities

    community = repository.communities[code].model
    charter_type = CHARTER_TYPES[community.type]
    label = CHARTER_TYPE_LABELS[charter_type]
    models = _models if _models is not None else {}
    if charter_type not in models:  # once per run: --all drafts hundreds from the same model
        models[charter_type] = _model_chapters(repository, charter_type)
    model_name, chapters = models[charter_type]
    township = repository.township_of(code)
    body = VOTE_BODY_LABELS["villagers_meeting" if community.type == "village" else "residents_meeting"]
    filing = f"报{expected_authorities(township)[0]}备案" if township is not None else "报所在乡镇（街道）备案"
    place = "本村" if community.type == "village" else "本社区"
    head = [
        "civcat: 1",
        "kind: charter",
        f"# 草案：由 civcat new charter 从示范文本 charters/model/{model_name}.yaml 生成。",
        f"# 结合{place}实际修改条文；经{body}表决通过后把 status 改为 adopted，",
        f"# 填写 procedure 的六个日期、vote 的表决情况和 filed_with（{filing}）。",
        f"community: {scalar(code, quote=True)}",
        f"type: {charter_type}",
        f"title: {scalar(community.name + label)}",
        "status: draft",
        f"model: {scalar(model_name)}",
        "procedure: {}    # solicited 征集民意、drafted 拟定草案、reviewed 提请审核、voted 审议表决、filed 备案、published 公布",
    ]
    return "\n".join(head) + "\n" + chapters


def _model_chapters(repository, charter_type: str) -> tuple[str, str]:
    """The model charter's name and its `chapters:` (and `points:`) as YAML text, comments kept."""
    from ruamel.yaml.comments import CommentedMap

    model_name, model_text = _model_for(repository, charter_type)
    model = load_round_trip(model_text)
    rest = CommentedMap()
    rest["chapters"] = model["chapters"]
    if model.get("points") is not None:
        rest["points"] = model["points"]
    return model_name, dump_round_trip(rest)


def charter_path(root: Path, code: str) -> Path:
    return root / "charters" / code[:9] / f"{code}.yaml"


def new_charters(
    root: Path, selectors: list[str] | None = None, *, everything: bool = False, force: bool = False
) -> list[Path]:
    """Draft charters for communities chosen by code or name, or (everything) for each one without a charter."""
    root = Path(root)
    from ..repository import Repository

    repository = Repository.load(root)
    if everything and selectors:
        raise UsageError(_("既给了代码或名称又给了 --all；请只用其中一种"))
    if everything:
        claimed = repository.files_claiming("charter")
        codes = sorted(c for c in repository.communities if c not in claimed and not charter_path(root, c).exists())
    elif selectors:
        from ..naming import resolve_community

        codes = []
        for selector in selectors:
            code = resolve_community(repository, selector)
            if code not in codes:
                codes.append(code)
    else:
        raise UsageError(_("请给出村（社区）的代码或名称，或用 --all 为所有还没有公约的村（社区）生成草案"))
    drafts: dict[Path, str] = {}
    models: dict = {}
    for code in codes:  # check every one before writing any
        path = charter_path(root, code)
        existing = repository.charters.get(code)
        if existing is not None and existing.path != relative(root, path) and not force:
            raise UsageError(_("{code}：已有公约 {path}").format(code=code, path=existing.path))
        if path.exists() and not force:
            raise UsageError(
                _("{code}：已有公约 {path}；确认要用示范文本重新生成请加 --force").format(
                    code=code, path=relative(root, path)
                )
            )
        check_output(path)  # a file where the township's folder should be, before anything is written
        drafts[path] = canonical(charter_draft(repository, code, _models=models))
    for path, text in drafts.items():
        with output_errors(path):
            atomic_write(path, text, overwrite=force)
    return list(drafts)
