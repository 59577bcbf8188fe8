"""Rendering: charters and community catalogues through Jinja templates to Typst to PDF."""
