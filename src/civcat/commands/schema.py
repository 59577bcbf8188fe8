"""`civcat schema [KIND] [-o DIR] [--vscode]`: JSON Schema of the file kinds, for editors (civcat.jsonschema_export).

    civcat schema community            print the schema of one kind
    civcat schema                      print one schema for every file (chosen by `kind`)
    civcat schema -o schemas           write civcat-<kind>.schema.json for every kind, and civcat.schema.json
    civcat schema -o schemas --vscode  … and print the .vscode/settings.json entries that use them

Exit codes: 0 done; 2 usage problem (an unknown kind) or a file that cannot be written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..cliutil import fail
from ..i18n import _


def register(app: typer.Typer) -> None:
    app.command("schema", help=_("导出各类数据文件的 JSON Schema，供编辑器补全和即时检查。"))(schema)


def schema(
    kind: Annotated[
        str | None, typer.Argument(help=_("文件类型，如 community、charter（默认：全部）"), show_default=False)
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help=_("把 civcat-<kind>.schema.json 写到这个文件夹（默认：打印）"), show_default=False
        ),
    ] = None,
    vscode: Annotated[
        bool, typer.Option("--vscode", help=_("打印 .vscode/settings.json 中使用这些 schema 的设置（yaml.schemas）"))
    ] = False,
) -> None:
    """Export JSON Schema of the data files, for editors (the schemas' own titles stay Chinese)."""
    import json

    from ..errors import UsageError
    from ..jsonschema_export import combined_schema, dumps, kind_schema, vscode_settings, write_schemas
    from ..models import KINDS
    from ..textutil import did_you_mean, listing

    if kind is not None and kind not in KINDS:
        fail(
            _("没有文件类型 `{kind}`；应为以下之一：{kinds}{suggestion}").format(
                kind=kind, kinds=listing(KINDS), suggestion=did_you_mean(kind, KINDS)
            )
        )
    if output is None and not vscode:
        typer.echo(dumps(kind_schema(kind) if kind else combined_schema()), nl=False)
        return
    if output is not None:
        if output.exists() and not output.is_dir():
            fail(_("{path}: 不是文件夹").format(path=output))
        try:
            written = write_schemas(output, [kind] if kind else None)
        except (OSError, UsageError) as error:  # said with the folder: the reason alone may not name it
            fail(
                _("{path}: 无法写入（{reason}）").format(path=output, reason=getattr(error, "strerror", None) or error)
            )
        for path in written:
            typer.echo(_("已写入：{path}").format(path=path), err=vscode)
    if vscode:
        typer.echo(
            json.dumps(vscode_settings(_folder_in_workspace(output or Path("schemas"))), ensure_ascii=False, indent=2)
        )


def _folder_in_workspace(folder: Path) -> str:
    """The schema folder as VS Code's settings name it: relative to the repository root (the workspace folder)."""
    from ..repository import find_root

    root = find_root(Path.cwd())
    absolute = folder if folder.is_absolute() else Path.cwd() / folder
    if root is not None:
        try:
            return absolute.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
        return absolute.resolve().as_posix()
    return folder.as_posix()
