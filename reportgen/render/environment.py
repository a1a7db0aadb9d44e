"""Jinja2 environments: one per (language, format, user template folder), cached.

Loader order: the user's ``--templates DIR`` (``DIR/<lang>/`` then ``DIR/_shared/``)
before the built-in templates (``<lang>/`` then ``_shared/``), so a user overrides any
single template by dropping a file of the same name in. Undefined variables raise
(``StrictUndefined``): a template typo is an error, not a silent blank in a press text.
HTML output is autoescaped; text and Markdown are not (escaping would corrupt them).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

from .filters import locale_format

FORMATS = ("text", "markdown", "html")


def builtin_templates_dir() -> Path:
    """The built-in templates: package ``reportgen.templates`` when installed, else the
    checkout's top-level ``templates/``."""
    # Resolved through the regular package "reportgen": "reportgen.templates" has no
    # __init__.py, and importlib.resources gives a namespace package a multiplexed path
    # that is not a file system path.
    installed = Path(str(resources.files("reportgen"))) / "templates"
    if (installed / "sv").is_dir():
        return installed
    return Path(str(resources.files("reportgen"))).resolve().parent / "templates"


class ReportEnvironment(Environment):
    """An Environment that looks a dict's keys up first.

    The planner hands the templates plain dicts (messages, table rows) and the
    templates write ``m.who``. Jinja's ``getattr`` tries the Python attribute first and
    only then the key, so every such lookup on a dict raises and catches an
    AttributeError: a few hundred per report, a fifth of the template's time. A key
    that is not in the dict still goes the regular way (a dict method, or undefined)."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


class Phrases:
    """The macros of ``phrases.j2`` for one environment, with the variant count per kind."""

    def __init__(self, env: Environment):
        self.module = env.get_template("phrases.j2").module
        self._counts: dict[str, int] = {}

    def count(self, kind: str) -> int:
        n = self._counts.get(kind)
        if n is None:
            n = 0
            while hasattr(self.module, f"{kind}_{n}"):
                n += 1
            self._counts[kind] = n
        return n

    def say(self, m: dict[str, Any]) -> str:
        """Word one planned message with its chosen phrasing."""
        return getattr(self.module, f"{m['kind']}_{m['variant']}")(m)


@cache
def environment(lang: str, fmt: str, templates: str | None = None) -> tuple[Environment, Phrases]:
    """The cached environment for ``lang`` and ``fmt`` (and optional override folder)."""
    builtin = builtin_templates_dir()
    search: list[FileSystemLoader] = []
    if templates:
        user = Path(templates)
        search += [FileSystemLoader(str(user / lang)), FileSystemLoader(str(user / "_shared"))]
    search += [FileSystemLoader(str(builtin / lang)), FileSystemLoader(str(builtin / "_shared"))]
    env = ReportEnvironment(
        loader=ChoiceLoader(search),
        undefined=StrictUndefined,
        autoescape=fmt == "html",
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
    )
    lf = locale_format(lang)
    env.filters.update(lf.filters())
    env.globals.update(fmt=fmt, lang=lang)
    phrases = Phrases(env)
    env.globals["say"] = phrases.say
    return env, phrases
