"""The interface language: Simplified Chinese, the language civcat is written in, or English.

Every message is written in Chinese in the source and marked for translation:
- `_("…")` translates now (messages built while a command runs);
- `N_("…")` only marks, for text defined before a language is chosen (rule summaries and pages
  are class attributes); whoever shows it calls `_()` on it then;
- `ngettext(singular, plural, n)` where English needs a plural ("1 file", "2 files").
Placeholders are named and filled with `.format()` after translating, never an f-string inside
`_()`: English puts the parts of a sentence in another order, and an f-string cannot be looked up.

English comes from a gettext catalog, `locale/en/LC_MESSAGES/civcat.po`, compiled to `civcat.mo`
by `scripts/i18n.py` (Babel). Chinese needs no catalog: a message's id is its Chinese text.

Which language, first found wins: `--lang`, `CIVCAT_LANG`, then the locale (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG, as gettext reads them). A locale that is neither Chinese nor English (C, POSIX,
unset, fr_FR) means Chinese: civcat is a Chinese bureau's tool, and CI machines run with
LANG=C.UTF-8, where a clerk's pull request should still be answered in Chinese.

What stays Chinese in every language: the documents civcat makes for the bureau (PDFs, the Excel
workbook, the YAML files `init` and `new` write) and the data quoted in messages (names, clauses).
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from pathlib import Path

#: The interface languages, by code: the name each calls itself.
LANGUAGES = {"zh": "简体中文", "en": "English"}
DEFAULT = "zh"
DOMAIN = "civcat"
LOCALE_DIR = Path(__file__).parent / "locale"

# gettext's own order of locale variables; LANGUAGE may list several, separated by colons.
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_language: str | None = None
_translations: gettext.NullTranslations | None = None


class UnknownLanguage(ValueError):
    """A language asked for by name (--lang, CIVCAT_LANG) that civcat does not speak."""


def normalize(value: str | None) -> str | None:
    """ "zh", "zh_CN.UTF-8", "zh-Hans", "ZH" → "zh"; "en_US" → "en"; anything else → None."""
    if not value:
        return None
    head = value.strip().replace("-", "_").split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].lower()
    return head if head in LANGUAGES else None


def choose(requested: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language for `requested` (a --lang value), else CIVCAT_LANG, else the locale.

    A language asked for by name must be one civcat speaks (UnknownLanguage otherwise); a locale
    it does not speak falls back to Chinese without complaint.
    """
    environ = os.environ if environ is None else environ
    for source, value in (("--lang", requested), ("CIVCAT_LANG", environ.get("CIVCAT_LANG"))):
        if value:
            language = normalize(value)
            if language is None:
                choices = "、".join(LANGUAGES)
                raise UnknownLanguage(
                    f"{source} {value}: 不支持这种语言，可选 {choices} "
                    f"(unsupported language; choose one of: {', '.join(LANGUAGES)})"
                )
            return language
    for variable in _LOCALE_VARIABLES:
        value = environ.get(variable)
        if not value:
            continue
        # The first locale variable that is set decides, as in gettext: LANG=en_US.UTF-8 with
        # LC_ALL=zh_CN.UTF-8 is Chinese. In LANGUAGE's list, the first language civcat speaks.
        for candidate in value.split(":"):
            language = normalize(candidate)
            if language:
                return language
        return DEFAULT
    return DEFAULT


def set_language(requested: str | None = None) -> str:
    """Use `requested` (or what the environment asks for, see `choose`) from now on; returns it."""
    global _language, _translations
    language = choose(requested)
    if language != _language:
        _translations = (
            gettext.NullTranslations()
            if language == DEFAULT
            else gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)
        )
        _language = language
    return language


def current_language() -> str:
    if _language is None:
        set_language()
    return _language  # type: ignore[return-value]


def _catalog() -> gettext.NullTranslations:
    if _translations is None:
        set_language()
    return _translations  # type: ignore[return-value]


def _(message: str) -> str:
    """`message` (Chinese) in the interface language."""
    # gettext answers "" with the catalog's header; an empty text (a rule page without an example) stays empty.
    return _catalog().gettext(message) if message else message


def N_(message: str) -> str:  # noqa: N802 — gettext's name for "mark, translate later"
    """Mark `message` for the catalog without translating it now."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for `n` things (Chinese has one form; English two)."""
    return _catalog().ngettext(singular, plural, n)
