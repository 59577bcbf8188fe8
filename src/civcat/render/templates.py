"""Templates: Jinja2 files that emit Typst markup, built in or overridden by the repository.

A template `NAME.typ.j2` is looked up in the repository's `templates/` first, then among the
built-in ones (src/civcat/render/templates/), so a file of the same name overrides the built-in
template; an override can still extend the original as `builtin/NAME.typ.j2`.

Its first line declares what it renders and on which paper, e.g.
`{#- civcat: kind=charter paper=A3 -#}` (kind: charter | catalogue).

Safety:
- The environment is Jinja's SandboxedEnvironment, and its `finalize` escapes every printed value
  for Typst markup (typography.markup): text from YAML always appears literally.
- Typst's root is a private temporary folder holding only the template's own files (the folder
  `NAME/` next to `NAME.typ.j2`, if there is one), never the repository or `/`: Typst refuses any
  path outside it.
- A template that imports a Typst package (`#import "@preview/…"`) is refused before compiling:
  rendering must never reach the network.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..i18n import N_, _

BUILTIN_DIR = Path(__file__).resolve().parent / "templates"
SUFFIX = ".typ.j2"
KINDS = ("charter", "catalogue")
DEFAULT_TEMPLATES = {"charter": "charter-poster", "catalogue": "catalogue-poster"}
#: What each kind of template renders, as messages name it (translated where shown).
KIND_LABELS = {"charter": N_("公约（村规民约、居民公约）"), "catalogue": N_("事项清单")}

_HEADER = re.compile(r"\{#-?\s*civcat:\s*(?P<fields>[^#]*?)\s*-?#\}")
#: A Typst package specification, `@namespace/name:version`, inside a string literal.
_PACKAGE_SPEC = re.compile(r'"@[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(?::[^"]*)?"')


class TemplateProblem(UsageError):
    """The template itself is wrong (syntax, a misspelt field, a refused package): every document
    would fail the same way, so the run stops at the first."""


@dataclass(frozen=True)
class TemplateSpec:
    """A template found by name: where it is, what it renders, its paper."""

    name: str          # "charter-poster"
    path: Path
    kind: str          # charter | catalogue
    paper: str         # "A3"
    builtin: bool

    @property
    def assets(self) -> Path:
        """The template's own files, copied into Typst's root: the folder named like the template."""
        return self.path.parent / self.name

    @property
    def label(self) -> str:
        if self.builtin:
            return _("内置模板 {file}").format(file=f"{self.name}{SUFFIX}")
        return _("模板 {file}").format(file=f"{self.path.parent.name}/{self.path.name}")


def _read_header(path: Path) -> dict[str, str]:
    try:
        head = path.read_text(encoding="utf-8")[:400]
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(_("{path}：模板无法读取：{error}").format(path=path, error=error)) from None
    match = _HEADER.search(head)
    if not match:
        return {}
    return dict(part.split("=", 1) for part in match.group("fields").split() if "=" in part)


def template_folders(root: Path | None) -> list[tuple[Path, bool]]:
    folders = []
    if root is not None and (root / "templates").is_dir():
        folders.append((root / "templates", False))
    folders.append((BUILTIN_DIR, True))
    return folders


def available_templates(root: Path | None) -> dict[str, TemplateSpec]:
    """Every template by name; a repository template hides the built-in one of the same name."""
    found: dict[str, TemplateSpec] = {}
    for folder, builtin in template_folders(root):
        for path in sorted(folder.glob(f"*{SUFFIX}")):
            name = path.name[: -len(SUFFIX)]
            if name in found:
                continue
            header = _read_header(path)
            kind = header.get("kind", "")
            paper = header.get("paper", "A4").upper()
            found[name] = TemplateSpec(name, path, kind, paper, builtin)
    return found


def find_template(root: Path | None, name: str | None, kind: str) -> TemplateSpec:
    """The template to render a `kind` document with (its default when `name` is None)."""
    from ..textutil import nearest, series
    from .options import PAPERS

    templates = available_templates(root)
    wanted = (name or DEFAULT_TEMPLATES[kind]).removesuffix(SUFFIX)
    spec = templates.get(wanted)
    if spec is None:
        fitting = [n for n, t in templates.items() if t.kind == kind]
        hint = nearest(wanted, templates)
        message = (_("--template {name}：没有这个模板，是否应为 `{hint}`？；可用于{kind}的模板：{names}") if hint else
                   _("--template {name}：没有这个模板；可用于{kind}的模板：{names}"))
        raise UsageError(message.format(name=wanted, hint=hint, kind=_(KIND_LABELS[kind]), names=series(fitting)))
    if spec.kind not in KINDS:
        raise UsageError(_("{path}：模板第一行应声明用途，如 {{#- civcat: kind={kind} paper=A3 -#}}").format(
            path=spec.path, kind=kind))
    if spec.kind != kind:
        raise UsageError(_("--template {name}：这是{kind}模板，不能用于{other}").format(
            name=wanted, kind=_(KIND_LABELS[spec.kind]), other=_(KIND_LABELS[kind])))
    if spec.paper not in PAPERS:
        raise UsageError(_("{path}：模板声明的纸张 {paper} 不受支持；可用：{choices}").format(
            path=spec.path, paper=spec.paper, choices=series(PAPERS)))
    return spec


def refuse_packages(text: str, label: str) -> None:
    """Refuse Typst source that imports or includes a package: packages come from the network."""
    match = _PACKAGE_SPEC.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        place = _("{file} 第 {line} 行").format(file=label, line=line)
        raise TemplateProblem(_("{place}：引用了 Typst 包 {package}；渲染不访问网络，模板不能导入包，"
                                "请把需要的代码直接写进模板或放在模板自带的文件夹中").format(place=place, package=match.group()))


def environment(root: Path | None):
    """The sandboxed Jinja environment: every printed value is escaped for Typst markup."""
    from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    from .typography import chinese_date, chinese_numeral, markup, typst_string

    loaders = [FileSystemLoader(str(folder)) for folder, builtin in template_folders(root) if not builtin]
    loaders.append(PrefixLoader({"builtin": FileSystemLoader(str(BUILTIN_DIR))}))
    loaders.append(FileSystemLoader(str(BUILTIN_DIR)))
    env = SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        finalize=markup,
        autoescape=False,          # escaping is `finalize`'s job (Typst, not HTML)
        undefined=StrictUndefined,  # a misspelt field is an error, not a silently empty line
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters["typst_string"] = typst_string
    env.filters["cn_numeral"] = chinese_numeral
    env.filters["cn_date"] = chinese_date
    return env


def check(env, spec: TemplateSpec) -> str:
    """The template's text, refused if it imports a Typst package or is not valid Jinja.

    Only parsed, never compiled: compiling a template evaluates its constant expressions
    (`{{ "x" * 3000000000 }}`, `{{ ""|center(3000000000) }}`), which for a repository template is
    done in a worker process, within the limits (compiler.DocumentRenderer).
    """
    from jinja2 import TemplateError

    try:
        text = spec.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(_("{template}：无法读取：{error}").format(template=spec.label, error=error)) from None
    refuse_packages(text, spec.label)
    try:
        env.parse(text, spec.path.name, str(spec.path))
    except TemplateError as error:
        raise _syntax_problem(error, spec) from None
    return text


def load(env, spec: TemplateSpec):
    """The compiled Jinja template, refused if it imports a Typst package."""
    from jinja2 import TemplateError

    check(env, spec)
    try:
        return env.get_template(spec.path.name)
    except TemplateError as error:
        raise _syntax_problem(error, spec) from None


def _syntax_problem(error, spec: TemplateSpec) -> TemplateProblem:
    line = getattr(error, "lineno", None)
    place = _("{file} 第 {line} 行").format(file=spec.label, line=line) if line else spec.label
    return TemplateProblem(_("{place}：模板语法错误：{error}").format(place=place, error=error))


def make_typst_root(spec: TemplateSpec) -> Path:
    """A private folder for Typst's root, holding only the template's own files (no links)."""
    root = Path(tempfile.mkdtemp(prefix="civcat-typst-"))
    if spec.assets.is_dir():
        for source in spec.assets.rglob("*"):
            if source.is_symlink() or not (source.is_file() or source.is_dir()):
                continue  # a link could lead out of the template's folder
            target = root / source.relative_to(spec.assets)
            if source.is_dir():
                target.mkdir(parents=True, exist_ok=True)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
    return root


def remove_typst_root(root: Path) -> None:
    shutil.rmtree(root, ignore_errors=True)
