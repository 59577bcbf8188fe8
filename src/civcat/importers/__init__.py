"""Importing what was written elsewhere into civcat's YAML (`civcat import charter`, `civcat import catalogue`).

    documents.read_document(path)   -> list[Block]      Word .docx (python-docx), .txt, .md
    charter.parse_charter(blocks)   -> ParsedCharter    title, chapters, articles, points, vote
    charter.import_charters(root, paths, ...)           -> list[FileOutcome]  (writes, validates)
    catalogue.import_catalogue(root, workbook, ...)     -> ImportResult       edits made in export's workbook

`civcat import divisions` lives in civcat.onboarding, beside init and new: it sets up the county's
townships and community files from the statistics bureau's table.
"""
