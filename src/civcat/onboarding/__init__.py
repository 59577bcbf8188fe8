"""Onboarding a county: `civcat init`, `civcat import divisions`, `civcat new community|charter`.

    init_repository(Path("石柱县"), county_code="500240", county_name="石柱土家族自治县")
    import_divisions(root, Path("统计用区划代码.xlsx"))          -> ImportReport
    new_community(root, "500240101201", name="石门村")          -> Path
    new_charters(root, ["500240101201"])                        -> list[Path]

One module a command: `init.py` (the new repository), `division_table.py` (reading the National
Bureau of Statistics' division table, CSV or XLSX), `divisions.py` (county.yaml's townships and the
community stubs from that table), `new.py` (a community's file, charter drafts); `common.py` holds
what they share (YAML text as a clerk writes it, county.yaml read back, a community file's path and
stub). The names below are the library API the command modules and tests import.

Every write goes through `fileio.atomic_write`. A file civcat did not generate is never replaced
without `force`; files it updates (county.yaml, community files on a second import) are edited
with ruamel's round-trip loader, so comments and layout a clerk added stay as they were.
"""

from .common import community_stub
from .division_table import DivisionRow, read_divisions
from .divisions import Change, ImportReport, import_divisions
from .init import (
    BUNDLED_COUNTY_NAME,
    CIVCAT_TOML,
    GITIGNORE,
    STARTER_FOLDERS,
    TEMPLATES_README,
    InitReport,
    adapt_starter,
    county_yaml,
    init_repository,
    readme_md,
    starter_files,
    workflow_yaml,
)
from .new import CHARTER_TYPES, charter_draft, charter_path, new_charters, new_community

__all__ = [
    "BUNDLED_COUNTY_NAME",
    "CHARTER_TYPES",
    "CIVCAT_TOML",
    "GITIGNORE",
    "STARTER_FOLDERS",
    "TEMPLATES_README",
    "Change",
    "DivisionRow",
    "ImportReport",
    "InitReport",
    "adapt_starter",
    "charter_draft",
    "charter_path",
    "community_stub",
    "county_yaml",
    "import_divisions",
    "init_repository",
    "new_charters",
    "new_community",
    "read_divisions",
    "readme_md",
    "starter_files",
    "workflow_yaml",
]
