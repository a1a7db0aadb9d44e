"""The render environment: dict keys looked up first, the rest of Jinja's rules kept;
markup strings per format."""

from __future__ import annotations

import pytest
from jinja2 import UndefinedError

from reportgen.render.environment import environment


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(
    ("source", "ctx", "expected"),
    [
        ("{{ m.who }}", {"m": {"who": "Anna"}}, "Anna"),
        # a key that shadows a dict method wins, as the templates expect of messages
        ("{{ m.items }}", {"m": {"items": "tre"}}, "tre"),
        # no such key: the dict method is still found, as in plain Jinja
        ("{{ m.keys()|list|join(',') }}", {"m": {"a": 1, "b": 2}}, "a,b"),
        # objects keep attribute lookup
        ("{{ x.real }}", {"x": 3}, "3"),
    ],
)
def test_environment_getattr_dict_first(lang, source, ctx, expected):
    env, _ = environment(lang, "text", None)
    assert env.from_string(source).render(ctx) == expected


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_environment_missing_key_is_an_error(lang):
    env, _ = environment(lang, "text", None)
    with pytest.raises(UndefinedError):
        env.from_string("{{ m.nobody }}").render(m={"who": "Anna"})


@pytest.mark.parametrize(
    ("fmt", "row"),
    [("text", "Anna"), ("markdown", "- Anna"), ("html", "<ul><li>Anna</li></ul>")],
)
def test_markup_strings_per_format(fmt, row):
    env, _ = environment("sv", fmt, None)
    t = env.from_string(
        '{% import "markup.j2" as mk %}{{ mk.list_open }}{{ mk.li_open }}{{ name }}{{ mk.li_close }}{{ mk.list_close }}'
    )
    assert t.render(name="Anna") == row
    if fmt == "html":
        assert "&lt;b&gt;" in t.render(name="<b>")
