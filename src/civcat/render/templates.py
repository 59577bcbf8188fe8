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
- Links and anything that is not a regular file (a FIFO, a device) are refused in the repository's
  templates/ and in a template's own folder, by name: Jinja's loader would follow a link to any
  file (a pull request could print the cache's secret into a PDF), and a FIFO would hang every
  render. Files are opened without following a link and without blocking, and read bounded.
- A template that imports a Typst package (`#import "@preview/…"`) is refused before compiling,
  with the line named; a package name built while Typst runs cannot reach the network either
  (sandbox.py: no network socket in a worker; Typst's package folders are empty and private).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jinja2 import BaseLoader

from ..errors import UsageError
from ..i18n import N_, _

BUILTIN_DIR = Path(__file__).resolve().parent / "templates"
SUFFIX = ".typ.j2"
KINDS = ("charter", "catalogue")
DEFAULT_TEMPLATES = {"charter": "charter-poster", "catalogue": "catalogue-poster"}
#: What each kind of template renders, as messages name it (translated where shown).
KIND_LABELS = {"charter": N_("公约（村规民约、居民公约）"), "catalogue": N_("事项清单")}

#: Bytes of a template file: the bundled ones are 5–10 KB; a larger one is not a template.
MAX_TEMPLATE_BYTES = 1 << 20
#: Bytes read for a template's header (its first line).
MAX_HEADER_BYTES = 1024

_HEADER = re.compile(r"\{#-?\s*civcat:\s*(?P<fields>[^#]*?)\s*-?#\}")
#: A Typst package specification, `@namespace/name:version`, inside a string literal.
_PACKAGE_SPEC = re.compile(r'"@[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(?::[^"]*)?"')


class TemplateProblem(UsageError):
    """The template itself is wrong (syntax, a misspelt field, a refused package): every document
    would fail the same way, so the run stops at the first."""


@dataclass(frozen=True)
class TemplateSpec:
    """A template found by name: where it is, what it renders, its paper."""

    name: str  # "charter-poster"
    path: Path
    kind: str  # charter | catalogue
    paper: str  # "A3"
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


class NotRegular(TemplateProblem):
    """A link, or a file that is not a regular file, where a template or a template's file is read."""


def _shown(path: Path) -> Path:
    """`path` as a clerk typed it: relative to the current folder (the repository) when inside it."""
    try:
        return path.absolute().relative_to(Path.cwd())
    except (ValueError, OSError):
        return path


def _refusal(path: Path, mode: int | None) -> NotRegular:
    path = _shown(path)
    if mode is not None and stat.S_ISLNK(mode):
        return NotRegular(
            _("{path}：这是符号链接；出于安全原因，模板及其文件不能是链接，请把文件本身放在 templates/ 中").format(
                path=path
            )
        )
    return NotRegular(
        _("{path}：这不是普通文件（是文件夹、管道、设备或套接字）；模板及其文件只能是普通文件，请删除或改名").format(
            path=path
        )
    )


def open_regular(path: Path) -> int:
    """A file descriptor of `path`, opened without following a link and without blocking (a FIFO
    would wait for a writer forever); NotRegular unless it is a regular file. The caller closes it."""
    try:
        mode = os.lstat(path).st_mode
    except OSError as error:
        raise TemplateProblem(
            _("{path}：模板无法读取：{error}").format(path=path, error=error.strerror or error)
        ) from None
    if not stat.S_ISREG(mode):
        raise _refusal(path, mode)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:  # replaced by a link since lstat (ELOOP), or unreadable
        raise TemplateProblem(
            _("{path}：模板无法读取：{error}").format(path=path, error=error.strerror or error)
        ) from None
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise _refusal(path, None)
    return descriptor


def read_regular(path: Path, limit: int = MAX_TEMPLATE_BYTES, *, whole: bool = True) -> bytes:
    """At most `limit` bytes of the regular file `path` (open_regular); with `whole`, a file longer
    than that is refused."""
    descriptor = open_regular(path)
    try:
        with os.fdopen(descriptor, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise TemplateProblem(
            _("{path}：模板无法读取：{error}").format(path=path, error=error.strerror or error)
        ) from None
    if len(data) > limit:
        if whole:
            raise TemplateProblem(
                _("{path}：模板文件过大（超过 {limit} 字节），不像模板；请检查这个文件").format(path=path, limit=limit)
            )
        data = data[:limit]
    return data


def _read_header(path: Path) -> dict[str, str]:
    """The fields of the first line, `{#- civcat: kind=charter paper=A3 -#}`: a bounded read."""
    first_line = read_regular(path, MAX_HEADER_BYTES, whole=False).split(b"\n", 1)[0]
    match = _HEADER.search(first_line.decode("utf-8", errors="replace"))
    if not match:
        return {}
    return dict(part.split("=", 1) for part in match.group("fields").split() if "=" in part)


def template_folders(root: Path | None) -> list[tuple[Path, bool]]:
    """The repository's templates/ folder (refused when it is a link), then the built-in one."""
    folders = []
    if root is not None:
        folder = root / "templates"
        try:
            mode = os.lstat(folder).st_mode
        except OSError:
            mode = None
        if mode is not None and not stat.S_ISDIR(mode):
            raise _refusal(folder, mode)
        if mode is not None:
            folders.append((folder, False))
    folders.append((BUILTIN_DIR, True))
    return folders


def available_templates(root: Path | None) -> dict[str, TemplateSpec]:
    """Every template by name; a repository template hides the built-in one of the same name."""
    found: dict[str, TemplateSpec] = {}
    for folder, builtin in template_folders(root):
        for path in sorted(p for p in folder.iterdir() if p.name.endswith(SUFFIX)):
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
        message = (
            _("--template {name}：没有这个模板，是否应为 `{hint}`？；可用于{kind}的模板：{names}")
            if hint
            else _("--template {name}：没有这个模板；可用于{kind}的模板：{names}")
        )
        raise UsageError(message.format(name=wanted, hint=hint, kind=_(KIND_LABELS[kind]), names=series(fitting)))
    if spec.kind not in KINDS:
        raise UsageError(
            _("{path}：模板第一行应声明用途，如 {{#- civcat: kind={kind} paper=A3 -#}}").format(
                path=spec.path, kind=kind
            )
        )
    if spec.kind != kind:
        raise UsageError(
            _("--template {name}：这是{kind}模板，不能用于{other}").format(
                name=wanted, kind=_(KIND_LABELS[spec.kind]), other=_(KIND_LABELS[kind])
            )
        )
    if spec.paper not in PAPERS:
        raise UsageError(
            _("{path}：模板声明的纸张 {paper} 不受支持；可用：{choices}").format(
                path=spec.path, paper=spec.paper, choices=series(PAPERS)
            )
        )
    return spec


def refuse_packages(text: str, label: str) -> None:
    """Refuse Typst source that imports or includes a package: packages come from the network."""
    match = _PACKAGE_SPEC.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        place = _("{file} 第 {line} 行").format(file=label, line=line)
        raise TemplateProblem(
            _(
                "{place}：引用了 Typst 包 {package}；渲染不访问网络，模板不能导入包，"
                "请把需要的代码直接写进模板或放在模板自带的文件夹中"
            ).format(place=place, package=match.group())
        )


class RegularFileLoader(BaseLoader):
    """Jinja's FileSystemLoader for the repository's templates/, except that a link or anything not a
    regular file on the way to a template is refused (NotRegular), never followed; reads are bounded."""

    def __init__(self, folder: Path):
        self.folder = folder

    def get_source(self, environment, template: str):
        from jinja2 import TemplateNotFound
        from jinja2.loaders import split_template_path

        path = self.folder
        for piece in split_template_path(template):  # refuses ".." (TemplateNotFound)
            path = path / piece
            try:
                mode = os.lstat(path).st_mode
            except OSError:
                raise TemplateNotFound(template) from None
            if stat.S_ISLNK(mode):
                raise _refusal(path, mode)
        try:
            source = read_regular(path).decode("utf-8")
        except UnicodeDecodeError as error:
            raise TemplateProblem(_("{path}：模板无法读取：{error}").format(path=path, error=error)) from None
        return source, str(path), lambda: True


def environment(root: Path | None):
    """The sandboxed Jinja environment: every printed value is escaped for Typst markup."""
    from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined  # FileSystemLoader: built-in only
    from jinja2.sandbox import SandboxedEnvironment

    from .typography import chinese_date, chinese_numeral, markup, typst_string

    loaders: list[BaseLoader] = [RegularFileLoader(folder) for folder, builtin in template_folders(root) if not builtin]
    loaders.append(PrefixLoader({"builtin": FileSystemLoader(str(BUILTIN_DIR))}))
    loaders.append(FileSystemLoader(str(BUILTIN_DIR)))
    env = SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        finalize=markup,
        autoescape=False,  # escaping is `finalize`'s job (Typst, not HTML)
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
        text = read_regular(spec.path).decode("utf-8")
    except UnicodeDecodeError as error:
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


#: The prefix of each run's private folder in the system's temporary folder (see make_typst_root).
RUN_PREFIX = "civcat-typst-"
#: A run folder without a lock file is a run killed while it was being made, once this old (seconds).
UNLOCKED_AGE = 3600
_run_locks: dict[Path, int] = {}  # Typst root → the descriptor holding its run's lock


def make_typst_root(spec: TemplateSpec) -> Path:
    """A private folder for Typst's root, holding only the template's own files.

    Each run has a folder `civcat-typst-…/` in the system's temporary folder: `root/` (Typst's
    root), `packages/` (Typst's package folders: empty), and `lock`, locked while the run lasts.
    A run killed with kill -9 cannot remove its folder: the next run does (remove_stale_runs).
    Links and files that are not regular in the template's folder are refused (NotRegular).
    """
    remove_stale_runs()
    run = Path(tempfile.mkdtemp(prefix=RUN_PREFIX))
    _run_locks[run / "root"] = _lock(run / "lock")
    (run / "packages").mkdir()
    root = run / "root"
    root.mkdir()
    try:
        if not spec.builtin and os.path.lexists(spec.assets) and not spec.assets.is_file():
            _copy_assets(spec.assets, root)  # a folder; a link (even to a folder) or a FIFO is refused
        elif spec.assets.is_dir():
            shutil.copytree(spec.assets, root, dirs_exist_ok=True)
    except BaseException:
        remove_typst_root(root)
        raise
    return root


def package_folder(typst_root: Path) -> Path:
    """Typst's package and package cache folder of a run: empty, private, never filled."""
    return typst_root.parent / "packages"


def _copy_assets(source: Path, target: Path) -> None:
    mode = os.lstat(source).st_mode
    if not stat.S_ISDIR(mode):
        raise _refusal(source, mode)
    for entry in sorted(os.scandir(source), key=lambda e: e.name):
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            (target / entry.name).mkdir()
            _copy_assets(path, target / entry.name)
            continue
        descriptor = open_regular(path)  # refuses links, FIFOs, devices
        with os.fdopen(descriptor, "rb") as reader, open(target / entry.name, "wb") as writer:
            shutil.copyfileobj(reader, writer)


def remove_typst_root(root: Path) -> None:
    """Remove a run's folder (make_typst_root), then release its lock."""
    run = root.parent if root.parent.name.startswith(RUN_PREFIX) else root
    shutil.rmtree(run, ignore_errors=True)
    descriptor = _run_locks.pop(root, None)
    if descriptor is not None:
        os.close(descriptor)


def _lock(path: Path) -> int:
    """A descriptor holding the lock file `path`, locked before it appears under its name (another
    run's remove_stale_runs must never find it unlocked)."""
    making = path.with_name(path.name + ".new")
    descriptor = os.open(making, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        import fcntl

        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except ImportError:  # Windows: stale runs are not detected
        pass
    os.replace(making, path)
    return descriptor


def remove_stale_runs() -> None:
    """Remove the run folders of runs that were killed: their lock is free (the kernel releases it
    when a process ends, however it ends). Only this user's folders."""
    try:
        entries = [e for e in os.scandir(tempfile.gettempdir()) if e.name.startswith(RUN_PREFIX)]
    except OSError:
        return
    for entry in entries:
        if _stale(entry):
            shutil.rmtree(entry.path, ignore_errors=True)


def _stale(entry: os.DirEntry) -> bool:
    """Whether a run folder belongs to no running civcat. One without a lock file counts only when
    it is old: a run may be between making its folder and locking it."""
    try:
        import fcntl
    except ImportError:  # Windows: never removed
        return False
    import time

    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:  # another run's sweep removed it after the listing: nothing left to remove
        return False
    try:
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            return False
        descriptor = os.open(os.path.join(entry.path, "lock"), os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return time.time() - info.st_mtime > UNLOCKED_AGE
    except OSError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released when closed, below
    except OSError:
        return False  # a running civcat holds it
    finally:
        os.close(descriptor)
    return True
