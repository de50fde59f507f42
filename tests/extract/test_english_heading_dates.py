"""English date lines inside or right after a heading (issue 19, class 1 in English), read by
generic extraction with no site rule: 'Yangshan port sets record Jan 1, 2015　Source: Shanghai
Daily Print | Share | Close', 'Updated: 2026-11-19 10︰15', 'Nov. 6, 2026 08:40', '6 November 2026',
'2026-11-06 | Source: SHINE'. The date comes out to the day and at the precision shown, and the
title without the date line, in every spelling: month names and abbreviations with or without a
dot, day first or month first, colon look-alikes, separators '|', '·' and full-width spaces."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract import extract_page

URL = "https://www.example.com/a/202611/06/a1234.html"
TITLES = ["Yangshan port sets record", "Shanghai expands visa-free transit services",
          "New metro line links Hongqiao and Songjiang", "Pudong reform pilot makes progress"]
BODY = ("<p>Shanghai's Yangshan port handled a record number of containers last month, the port operator said"
        " on Thursday, as more ships arrived than ever before in its history.</p>"
        "<p>Officials said the new automated terminal would raise capacity further next year.</p>")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
COLONS = [":", "：", "∶", "︰", "꞉", "﹕"]
SEPARATORS = [" ", " | ", " · ", "　", " |　", "　·　"]


@st.composite
def english_dates(draw, comma: bool = False) -> tuple[str, str]:
    """(a date as an English page writes it, the ISO date at the precision written); with `comma`, also
    a comma before the time ('January 1, 2012, 08:01')."""
    y, m, d = draw(st.integers(2012, 2025)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    name = MONTHS[m - 1]
    month = draw(st.sampled_from([name, name[:3], name[:3] + "."] + (["Sept", "Sept."] if m == 9 else [])))
    date = draw(st.sampled_from([f"{month} {d}, {y}", f"{month} {d} {y}", f"{d} {month} {y}", f"{d} {month}, {y}",
                                 f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}"]))
    iso = f"{y}-{m:02d}-{d:02d}"
    if draw(st.booleans()):
        # from 00:01: a time of 00:00 is a CMS's filler, read as the day alone (dates.drop_midnight_filler)
        minute = draw(st.integers(1, 24 * 60 - 1))
        hh, mm, colon = minute // 60, minute % 60, draw(st.sampled_from(COLONS))
        date += draw(st.sampled_from([" ", ", "] if comma else [" "])) + f"{hh:02d}{colon}{mm:02d}"
        iso += f"T{hh:02d}:{mm:02d}:00+08:00"
    return date, iso


@st.composite
def date_lines(draw, comma: bool = False) -> tuple[str, str]:
    """(a date line: an optional label, the date, then optionally the source and page controls; its ISO date)."""
    date, iso = draw(english_dates(comma))
    label = draw(st.sampled_from(["", "", "Updated: ", "Updated：", "Published: ", "Posted: ", "Date: "]))
    line = label + date
    if draw(st.booleans()):
        line += draw(st.sampled_from(SEPARATORS)) + "Source: " + draw(st.sampled_from(["SHINE", "Shanghai Daily",
                                                                                        "Xinhua", "China Daily"]))
    if draw(st.booleans()):
        line += " " + draw(st.sampled_from(["Print | Share | Close", "Print Share Close", "[Print] [Close]",
                                            "Font size: A+ A A-"]))
    return line, iso


@st.composite
def pages(draw) -> tuple[bytes, str, str]:
    """(a page whose heading holds or is followed by a date line, its title, the ISO date)."""
    title = draw(st.sampled_from(TITLES))
    tag = draw(st.sampled_from(["h1", "h2"]))
    shape = draw(st.sampled_from(["text", "small", "after"]))
    # A comma before the time in a line of its own element, nested in the heading or after it (in the
    # heading's own text, 'Title 2012-01-01, 00:01' is left out: the title cut does not read it).
    line, iso = draw(date_lines(comma=shape != "text"))
    sep = draw(st.sampled_from(SEPARATORS))
    if shape == "text":
        heading = f"<{tag}>{title}{sep}{line}</{tag}>"
    elif shape == "small":
        heading = f'<{tag}>{title} <small class="time">{line}</small></{tag}>'
    else:
        heading = f'<{tag}>{title}</{tag}><div class="info">{line}</div>'
    suffix = draw(st.sampled_from(["", " - SHINE", " | Shanghai Daily"]))
    html = (f'<html><head><meta charset="utf-8"><title>{title}{suffix}</title></head><body>'
            f'<div class="article">{heading}<div class="content">{BODY}</div></div></body></html>')
    return html.encode(), title, iso


@given(pages())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_an_english_date_line_in_or_after_the_heading_dates_the_article(case):
    html, title, iso = case
    page = extract_page(html, URL)
    assert page.title == title
    assert page.published_at == iso, (page.published_at, page.date_rule)


def test_the_shanghai_daily_heading():
    html = ("<html><head><title>Yangshan port sets record</title></head><body>"
            "<h2>Yangshan port sets record Jan 1, 2015　Source: Shanghai Daily Print | Share | Close</h2>"
            f"<div>{BODY}</div></body></html>")
    page = extract_page(html.encode(), URL)
    assert (page.title, page.published_at) == ("Yangshan port sets record", "2015-01-01")


def test_a_date_that_the_page_title_repeats_stays_in_the_title():
    """A title that ends with a date keeps it in <title> too: then the date is the title's."""
    title = "Notice on the holiday schedule of January 1, 2025"
    html = (f"<html><head><title>{title} - Portal</title></head><body><h1>{title}</h1>"
            f"<div class='info'>Date: 2024-12-20</div><div>{BODY}</div></body></html>")
    page = extract_page(html.encode(), URL)
    assert (page.title, page.published_at) == (title, "2024-12-20")


def test_a_comma_before_the_time_in_a_nested_line():
    """A heading is never a paragraph of the body: with the commas of 'January 1, 2012, 08:01' nested
    in it, it read as prose and pulled the body up to take it in, and its date counted as the body's."""
    title = "Shanghai expands visa-free transit services"
    html = (f"<html><head><title>{title}</title></head><body><div class='article'>"
            f"<h1>{title} <small class='time'>January 1, 2012, 08：01</small></h1>"
            f"<div class='content'>{BODY}</div></div></body></html>")
    assert extract_page(html.encode(), URL).published_at == "2012-01-01T08:01:00+08:00"


def test_a_heading_inside_the_sites_body_container_is_not_a_paragraph():
    """A site rule whose body container holds the heading: the heading, date line and all, is not a
    paragraph of the body, and its date line dates the article as a line under the title."""
    title = "Shanghai expands visa-free transit services"
    html = (f"<html><head><title>{title}</title></head><body><div class='article'>"
            f"<h1>{title} <small class='time'>January 1, 2012, 08：01 Source: SHINE</small></h1>"
            f"<div class='content'>{BODY}</div></div></body></html>")
    site = SimpleNamespace(name="sh-en", lang="en", extract=SimpleNamespace(body=["div.article"]))
    page = extract_page(html.encode(), URL, site=site)
    assert page.published_at == "2012-01-01T08:01:00+08:00"
    assert [p.text for p in page.paragraphs] == [
        "Shanghai's Yangshan port handled a record number of containers last month, the port operator said"
        " on Thursday, as more ships arrived than ever before in its history.",
        "Officials said the new automated terminal would raise capacity further next year."]
