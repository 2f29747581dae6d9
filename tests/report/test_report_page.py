"""The report's page: article views, links, the embedded data, the world map; everything escaped."""

from __future__ import annotations

import html
import json

import pytest
from report_records import INJECTION, TEXT, make_record

from pipeline.records import (
    ArticleWarning,
)
from pipeline.report.collect import numbered_events
from pipeline.report.page import article_view, script_json, world_svg_paths


def test_event_fields_beyond_the_csv_columns_reach_the_article_view():
    """Fields events.csv leaves out (a continuation's context_end, negation) still come through."""
    record = make_record("a")
    first = min(record["events"], key=lambda e: e["start"])
    first.update(context_end=len(TEXT), negated=True, tense="past")
    numbered = dict(numbered_events(record))
    assert numbered[1]["context_end"] == len(TEXT) and numbered[1]["trigger"] == "met"
    view = article_view(0, record)
    assert f'href="#a/0/1" data-s="0" data-e="43" data-ce="{len(TEXT)}"' in view
    assert "(negated, past)" in view


def test_an_event_dated_by_a_range_shows_both_ends():
    record = make_record("a")
    first = min(record["events"], key=lambda e: e["start"])
    first.update(date="2009", date_to="2011")
    assert "2009 – 2011 · " in article_view(0, record)
    first.update(date="2011", date_to=None, date_from="2009")  # the event the range dates at its second end
    assert "2011 (from 2009) · " in article_view(0, record)


def test_article_view_shows_warnings_and_links_to_mentions():
    record = make_record("a", warnings=(ArticleWarning("W007", "[W007] No publication date found."),))
    view = article_view(3, record)
    assert '<li class="warn"><b>W007</b> [W007] No publication date found.</li>' in view
    assert '<a href="#a/3/@0-7" title="Ann Lee · role: Minister">Ann Lee</a>' in view
    start = TEXT.index("$5")
    assert f'<a href="#a/3/@{start}-{start + 10}">$5 million</a>' in view
    assert view.count('<li id="ev-3-') == 2


@pytest.mark.parametrize("value", ["</script><script>alert(1)</script>", "<!-- x", "\u2028\u2029"])
def test_script_json_cannot_break_out_of_its_script_element(value):
    text = script_json({"v": value})
    assert "<" not in text and "\u2028" not in text
    assert json.loads(text) == {"v": value}


def test_world_outlines_cover_the_countries():
    paths = world_svg_paths()
    assert paths.count("<path") >= 170
    for code in ("RU", "US", "FR", "BR", "AU", "ZA", "CN", "IN"):
        assert f'data-cc="{code}"' in paths


@pytest.mark.issue(9)
@pytest.mark.parametrize("url", [
    "javascript:alert(document.cookie)", " JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)", "//evil.example/x", "file:///etc/passwd", "java\tscript:alert(1)",
])
def test_issue9_only_http_urls_become_links(url):
    record = {**make_record("a"), "url": url}
    view = article_view(0, record)
    assert "<a href" not in view.split('<div class="doc">')[0]  # the header links to nothing
    assert html.escape(url.strip(), quote=True) in view  # still shown, as text


@pytest.mark.issue(9)
@pytest.mark.parametrize("url", ["https://example.com/a?b=1&c=2", "HTTP://EXAMPLE.COM/x"])
def test_issue9_http_urls_are_links_with_the_url_escaped(url):
    view = article_view(0, {**make_record("a"), "url": url})
    assert f'<a href="{html.escape(url.strip(), quote=True)}" rel="noreferrer">' in view


@pytest.mark.issue(9)
def test_issue9_every_attribute_value_is_escaped_even_in_an_unvalidated_view():
    record = make_record("a")
    record["events"] = record["events"][:1]  # one event: nothing to sort it by
    record["events"][0].update(start=INJECTION, end=INJECTION, context_end=INJECTION)
    record["dates"][0].update(end=INJECTION)  # the side panel's list of dates
    record["money"][0].update(start=INJECTION)  # ... of money
    record["people"][0]["mentions"][0].update(end=INJECTION)  # ... and of people
    markup = article_view(0, record)
    assert INJECTION not in markup and html.escape(INJECTION, quote=True) in markup
    assert 'onmouseover="alert' not in markup
