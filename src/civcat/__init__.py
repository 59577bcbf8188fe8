"""civcat: a county's community matter catalogues and village charters, kept as YAML and checked by law."""

__version__ = "0.1.0"
