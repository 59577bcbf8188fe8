"""The report site in a real browser: headless Chromium (Debian's `chromium`, installed by .ci/run).

Each page is opened from file:// at a phone's width (390 CSS pixels) and a desktop's (1280): no
console error, no script exception, nothing that fails to load; nothing wider than the window;
tables with header cells, charts drawn; lang="zh-CN", headings in order, and every text's colour
against its background at least 4.5:1 (WCAG AA), computed from the colours the browser applied.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from browser import Browser, file_url, find_chromium, png_size
from conftest import AS_OF, MiniRepo
from test_site import with_problems

from civcat.site import SiteOptions, build_site

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium on this machine (CI installs Debian's `chromium`: apt-get install chromium)"
)
WIDTHS = (390, 1280)
PAGES = (
    "index.html",
    "townships/500243112.html",
    "communities/500243112201.html",
    "communities/500243001001.html",
    "rules/CV601.html",
    "across/references.html",
    "across/local.html",
    "across/communities.html",
    "search.html",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    mini = MiniRepo(tmp_path_factory.mktemp("county"))
    with_problems(mini)
    out = mini.root.parent / "site"
    build_site(mini.root, SiteOptions(out=out, as_of=AS_OF))
    return out


@pytest.fixture(scope="module")
def county_site(tmp_path_factory) -> Path:
    """The bundled county's site: wide tables of 39 townships, long charters."""
    out = tmp_path_factory.mktemp("county-site") / "site"
    build_site(Path(__file__).resolve().parent.parent, SiteOptions(out=out, as_of=AS_OF))
    return out


@pytest.fixture(scope="module")
def browser():
    opened = Browser(CHROMIUM)
    yield opened
    opened.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page", PAGES)
def test_page_loads_cleanly_and_fits(site, browser, page, width):
    load = browser.open(file_url(site / page), width=width)
    assert load.problems == []
    scroll, window = browser.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert scroll <= window, f"{page} is {scroll} px wide in a {window} px window"
    assert browser.evaluate("document.documentElement.lang") == "zh-CN"
    assert browser.evaluate("document.title")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    "page",
    [
        "index.html",
        "townships/500243112.html",
        "communities/500243112201.html",
        "across/references.html",
        "across/communities.html",
    ],
)
def test_bundled_county_pages_fit(county_site, browser, page, width):
    load = browser.open(file_url(county_site / page), width=width)
    assert load.problems == []
    scroll, window = browser.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert scroll <= window, f"{page} is {scroll} px wide in a {window} px window"


@pytest.mark.parametrize("page", PAGES)
def test_headings_in_order_and_tables_with_headers(site, browser, page):
    browser.open(file_url(site / page))
    levels = browser.evaluate("[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    without_headers = browser.evaluate(
        "[...document.querySelectorAll('table')].filter(t => !t.querySelector('th')).length"
    )
    assert without_headers == 0
    unlabelled = browser.evaluate(
        "[...document.querySelectorAll('svg')].filter(s => !s.querySelector('title')"
        " || s.getAttribute('role') !== 'img').length"
    )
    assert unlabelled == 0


def test_charts_and_tables_are_drawn(site, browser):
    browser.open(file_url(site / "index.html"), width=390)
    charts = browser.evaluate(
        "[...document.querySelectorAll('svg.chart')].map(s => [s.getBoundingClientRect().width,"
        " s.getBoundingClientRect().height, s.querySelectorAll('rect').length])"
    )
    assert len(charts) == 2
    for width, height, bars in charts:
        assert 0 < width <= 390 and height > 0 and bars > 0
    assert browser.evaluate("document.querySelectorAll('table.overview tbody tr').length") == 2
    browser.open(file_url(site / "across/references.html"))
    assert browser.evaluate("document.querySelectorAll('svg.heatmap rect').length") > 0


def test_screenshots_at_phone_and_desktop_width(site, browser):
    for width in WIDTHS:
        browser.open(file_url(site / "communities/500243112201.html"), width=width)
        shot_width, shot_height = png_size(browser.screenshot())
        assert shot_width == width and shot_height > 300


def test_search_finds_communities_and_articles_offline(site, browser):
    load = browser.open(file_url(site / "search.html") + "?q=%E7%BD%9A%E6%AC%BE", width=390)  # 罚款
    assert load.problems == []
    links = browser.evaluate("[...document.querySelectorAll('#results a')].map(a => a.getAttribute('href'))")
    assert links == ["communities/500243112201.html#a2"]
    browser.open(file_url(site / "search.html") + "?q=%E4%B8%89%E5%90%88")  # 三合
    assert (
        browser.evaluate("[...document.querySelectorAll('#results a')].map(a => a.getAttribute('href'))")[0]
        == "communities/500243001001.html"
    )
    browser.open(file_url(site / "search.html") + "?q=zzzz")
    assert browser.evaluate("document.getElementById('search-status').textContent") == "没有找到。"


def test_every_link_resolves_in_the_browser(site, browser):
    browser.open(file_url(site / "index.html"))
    hrefs = browser.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
    for page in PAGES[1:]:
        browser.open(file_url(site / page))
        hrefs += browser.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
    for href in sorted(set(hrefs)):
        assert href.startswith("file://"), href
        path = Path(re.sub(r"[#?].*$", "", href.removeprefix("file://")))
        from urllib.parse import unquote

        assert Path(unquote(str(path))).is_file(), href


CONTRAST = """
(() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.closest('svg') || getComputedStyle(el).visibility === 'hidden') continue;
    const box = el.getBoundingClientRect();
    if (box.right < 0 || box.bottom < 0) continue;  // moved off screen (the skip link until focused)
    out.push([el.tagName, rgb(getComputedStyle(el).color).slice(0, 3), background(el)]);
  }
  return out;
})()
"""


def _luminance(colour) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("page", ["index.html", "communities/500243112201.html", "search.html"])
def test_text_contrast(site, browser, page):
    browser.open(file_url(site / page))
    pairs = browser.evaluate(CONTRAST)
    assert pairs
    low = {(tag, tuple(fg), tuple(bg)) for tag, fg, bg in pairs if contrast(fg, bg) < 4.5}
    assert low == set()


def test_contrast_formula():
    assert round(contrast((0, 0, 0), (255, 255, 255)), 1) == 21.0
    assert contrast((119, 119, 119), (255, 255, 255)) < 4.5 < contrast((118, 118, 118), (255, 255, 255))
