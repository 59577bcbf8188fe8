"""What a rule is: a code, a default severity, a summary, a page, and one check function.

A rule is one small class. Defining it registers it (like yamllint's rule modules found through a
registry): the engine finds every rule by importing the modules of this package, so adding a rule
means adding one class in one module, nothing else.

A rule class derives from one of three bases, which sets its scope:
- `FileRule`: `check(doc, ctx)` gets one parsed Document of the `kinds` it names and yields
  Problems in it;
- `RepositoryRule`: `check(repository, ctx)` gets the whole Repository and yields (Document, Problem)
  pairs, for what only shows across files: registers, duplicates, tier conflicts between
  communities. It declares in `reads` the fields of communities and charters it reads (what
  `civcat.summaries` keeps of them);
- `ParseRule` (rules/parse.py): the codes the loader and the schema layer report (CV0xx, CV1xx);
  they have a page and can be selected like any rule, but their check is the parser itself, which
  names them by their class (`YamlSyntax.code`).
A check builds its problems with `self.problem(message, at=...)`, which fills in the rule's code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from ..findings import Problem, Severity
from ..i18n import _

if TYPE_CHECKING:
    from ..repository import Document, Repository

#: Every rule class by code, filled as rule modules are imported.
REGISTRY: dict[str, type[Rule]] = {}


class Rule:
    code: ClassVar[str]
    severity: ClassVar[Severity] = Severity.ERROR
    summary: ClassVar[str]
    enabled_by_default: ClassVar[bool] = True
    scope: ClassVar[str]  # "file" | "repository" | "parse": set by the base class (FileRule, RepositoryRule, ParseRule)
    kinds: ClassVar[tuple[str, ...]] = ()  # file scope: the document kinds it reads
    options: ClassVar[dict[str, Any]] = {}  # configurable options and their defaults

    # The rule's page (`civcat rule CODE`): why it matters, the legal basis, a bad example, the fix.
    why: ClassVar[str] = ""
    basis: ClassVar[str] = ""
    example: ClassVar[str] = ""
    fix: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        code = cls.__dict__.get("code")
        if code:
            if code in REGISTRY:
                raise RuntimeError(f"rule {code} is defined twice: {REGISTRY[code].__module__} and {cls.__module__}")
            REGISTRY[code] = cls

    def check(self, target: Any, ctx: Context) -> Iterable[Any]:
        """Problems of one Document ("file" scope) or (Document, Problem) pairs of the Repository."""
        return ()

    def problem(self, message: str, at: tuple = (), **kwargs: Any) -> Problem:
        """A problem of this rule (its code) at a data path; `key`, `needle`, `severity` as in Problem."""
        return Problem(self.code, message, at=at, **kwargs)


M = TypeVar("M")


class FileRule(Rule, Generic[M]):
    """A rule on one document at a time: its check gets each Document of its `kinds`.

    The type parameter is the model of those kinds: `class Quorum(FileRule[Charter])` with
    `kinds = ("charter",)` and `check(self, doc: Document[Charter], ctx)`; a test holds the two together.
    """

    scope = "file"

    def check(self, doc: Document[M], ctx: Context) -> Iterable[Problem]:
        return ()


#: Summary fields (see `civcat.summaries`): for each kind, field names; a field whose value is a
#: model (or a list of models) names the fields read of it, None marks a plain value.
Fields = dict[str, Any]


class RepositoryRule(Rule):
    """A rule across files: its check gets the whole Repository and yields (Document, Problem) pairs.

    `reads` names, for each summarised kind ("community", "charter"), the fields of those documents
    the check reads, e.g. `{"community": {"code": None, "triage": {"local": {"id": None}}}}`: in a
    `civcat validate` run the rule sees summaries of them that hold these fields (and those other
    repository rules and library code declare) and no others.
    """

    scope = "repository"
    reads: ClassVar[dict[str, Fields]] = {}

    def check(self, repository: Repository, ctx: Context) -> Iterable[tuple[Document, Problem]]:
        return ()


class Example:
    """A rule page's example whose YAML data is Chinese and stays so in every language, while its
    comments are read in the interface language.

    The parts alternate: YAML as written, then a comment marked with N_ (translated when the page is
    shown), then YAML again, and so on:

        example = Example('name: 石门村\n  type: village    # ', N_("缩进多了两个空格"))

    An example whose YAML holds no Chinese is simply marked whole with N_; one with Chinese data but
    no comment is left unmarked.
    """

    def __init__(self, *parts: str) -> None:
        self.parts = parts

    def __get__(self, instance: Any, owner: Any = None) -> str:
        return "".join(_(part) if i % 2 else part for i, part in enumerate(self.parts))


@dataclass
class Context:
    """What a check may know besides its target: the check date, its options, the law in force."""

    as_of: dt.date
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)

    def options(self, rule: Rule | type[Rule]) -> dict[str, Any]:
        return {**rule.options, **self.rule_options.get(rule.code, {})}

    @staticmethod
    def law_on(day: dt.date):
        """The legal parameters in force on `day` (civcat.legal, loaded once on first use)."""
        from ..legal import parameters_on

        return parameters_on(day)


def in_document(doc: Document, problems: Iterable[Problem]) -> Iterable[tuple[Document, Problem]]:
    """Attach problems to a document, for repository rules that reuse a per-document helper."""
    for p in problems:
        yield doc, p
