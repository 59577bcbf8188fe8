"""`civcat render …`: the command-line layer of rendering (imports nothing heavy at module level)."""

from __future__ import annotations

import typer

app = typer.Typer(help="把公约和事项清单排版为可打印的 PDF (render charters and catalogues to print-ready PDFs).",
                  no_args_is_help=True)
