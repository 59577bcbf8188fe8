"""Importing documents written elsewhere into civcat's YAML (`civcat import charter`).

    documents.read_document(path)   -> list[Block]      Word .docx (python-docx), .txt, .md
    charter.parse_charter(blocks)   -> ParsedCharter    title, chapters, articles, points, vote
    charter.import_charters(root, paths, ...)           -> list[FileOutcome]  (writes, validates)

`civcat import divisions` lives in civcat.onboarding; the importers here read documents, not tables.
"""
