"""The county's report site (`civcat report -o DIR`): static HTML, CSS and inline SVG, in Chinese or English.

facts.py computes what is shown (per community, per township, the county), charts.py draws the
charts, build.py writes the pages from the Jinja templates in templates/ and swaps the folder in.
Named `site` because civcat.report is the findings reporter of `civcat validate`.
"""

from .build import SiteOptions, SiteResult, build_site

__all__ = ["SiteOptions", "SiteResult", "build_site"]
