"""The published site in a real browser: a real `datasette` process driven by Debian's Chromium.

Run on its own (`make test` does): `pytest -m browser`. Sync Playwright runs its own event loop,
which clashes with the asyncio loops of the other tests' fixtures.

Chromium comes from Debian (`make browser`); Playwright cannot download its own browsers here.
A missing Chromium fails these tests, it never skips them. The browser may only reach the
servers started here: every other request (the map's tiles, any CDN) is aborted, so what is
asserted is what renders offline.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from scripts.serve import running

from .conftest import RAW, TESTS, run_build

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DATASETTE = Path(sys.executable).with_name("datasette")
CHART = ("/envoys/meetings_by_month#g.mark=bar&g.x_column=month&g.x_type=ordinal"
         "&g.y_column=meetings&g.y_type=quantitative")
XSS = '<script>alert("xss")</script>'
TIMEOUT_MS = 15_000


# --- the servers -------------------------------------------------------------------------------

@contextlib.contextmanager
def serving(db: Path):
    if not DATASETTE.exists():
        pytest.fail(f"{DATASETTE} not found: run `make install`")
    try:
        with running(db) as server:
            yield server
    except RuntimeError as error:
        pytest.fail(f"could not start datasette on {db}: {error}")


def build_db(raw: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "envoys.db"  # the database name `envoys` is in every URL
    result = run_build(raw, db)
    assert result.returncode == 0, f"build of {raw} failed:\n{result.stdout}\n{result.stderr}"
    return db


def query(db: Path, sql: str, *params):
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def site_db(tmp_path_factory) -> Path:
    """The project's raw/ articles, built by the real build."""
    return build_db(RAW, tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="module")
def site(site_db, tmp_path_factory):
    with serving(site_db) as server:
        yield server


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> Path:
    """An article whose text, headline and outlet carry markup and scripts, beside a plain one."""
    folder = tmp_path_factory.mktemp("hostile")
    raw = folder / "raw"
    raw.mkdir()
    for name in ("script.html", "good.txt"):
        shutil.copyfile(TESTS / "bad_inputs" / name, raw / name)
    return build_db(raw, folder / "build")


@pytest.fixture(scope="module")
def hostile_site(hostile_db, tmp_path_factory):
    # A second process: both databases are named envoys, so one process cannot serve both.
    with serving(hostile_db) as server:
        yield server


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


# --- the browser -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(f"Chromium is missing at {CHROMIUM}: the browser tests need Debian's chromium. "
                    "Run `make browser` (apt-get install chromium); `playwright install` cannot download browsers here.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Page:
    """A fresh browser context and page that records dialogs, script errors and blocked requests."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        self.context.set_default_timeout(TIMEOUT_MS)
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.blocked: list[str] = []
        # Only the local servers: tiles and anything else outside this machine are aborted.
        self.context.route(re.compile(r"^(?!https?://127\.0\.0\.1[:/]).*"), self._block)
        self.page = self.context.new_page()
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _block(self, route):
        self.blocked.append(route.request.url)
        route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def goto(self, url: str):
        response = self.page.goto(url, wait_until="load")
        assert response is not None and response.status == 200, f"{url}: {response and response.status}"
        return response

    def close(self):
        self.context.close()


@pytest.fixture()
def browse(browser):
    page = Page(browser)
    yield page
    page.close()


def table_rows(page):
    return page.locator("table.rows-and-columns tbody tr")


def eventually(probe, expected, seconds: float = 10):
    """The probe's value once it equals `expected`, or its last value when time runs out (scripts render late)."""
    deadline = time.monotonic() + seconds
    while True:
        value = probe()
        if value == expected or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


# --- the tests ---------------------------------------------------------------------------------

def test_meetings_facets_filter_the_rows(site, site_db, browse, screenshots):
    page = browse.page
    browse.goto(f"{site.url}/envoys/meetings")
    total = query(site_db, "SELECT count(*) FROM meetings")[0][0]
    assert total >= 5
    assert table_rows(page).count() == total
    page.screenshot(path=str(screenshots / "meetings.png"), full_page=True)

    for facet in ("place", "country", "month", "participants"):
        box = page.locator(f"#facet-{facet}")
        assert box.is_visible(), f"facet {facet} is not shown"
        assert box.locator("li a").count() >= 1, f"facet {facet} lists no value"

    # The place facet's count next to Rawalpindi, the rows after clicking it and the database agree.
    expected = query(site_db, "SELECT count(*) FROM meetings WHERE place = 'Rawalpindi'")[0][0]
    assert 0 < expected < total
    item = page.locator("#facet-place li").filter(has=page.locator("a", has_text=re.compile(r"^Rawalpindi$")))
    assert re.search(r"\b(\d+)\s*$", item.inner_text()).group(1) == str(expected)
    item.locator("a").click()
    page.wait_for_url(re.compile(r"[?&]place=Rawalpindi\b"))
    assert table_rows(page).count() == expected
    assert set(page.locator("table.rows-and-columns tbody td.col-place").all_inner_texts()) == {"Rawalpindi"}
    assert f"{expected} row" in page.locator("h3").first.inner_text()

    # The array facet on participants filters by membership.
    browse.goto(f"{site.url}/envoys/meetings")
    person = "Faiz Hameed"
    expected = query(site_db, "SELECT count(*) FROM meetings, json_each(meetings.participants) "
                              "WHERE json_each.value = ?", person)[0][0]
    assert 0 < expected < total
    page.locator("#facet-participants a", has_text=re.compile(f"^{person}$")).click()
    page.wait_for_url(re.compile(r"participants__arraycontains=Faiz"))
    assert table_rows(page).count() == expected
    for cell in page.locator("table.rows-and-columns tbody td.col-participants").all_inner_texts():
        assert person in cell
    assert not browse.errors and not browse.dialogs


def test_vega_chart_renders_from_a_chart_link(site, site_db, browse, screenshots):
    page = browse.page
    browse.goto(site.url + CHART)
    # The query's own description links to this very chart (metadata.yml), so the link is what is tested.
    assert page.locator(f'a[href="{CHART}"]').count() >= 1
    chart = page.locator(".vega-embed canvas.marks, .vega-embed svg.marks").first
    chart.wait_for(state="visible")
    months = query(site_db, "SELECT count(DISTINCT month) FROM meetings WHERE month IS NOT NULL")[0][0]
    assert months >= 2
    bars = eventually(lambda: count_bars(chart), months)
    page.locator(".vega-embed").first.screenshot(path=str(screenshots / "chart.png"))
    page.screenshot(path=str(screenshots / "chart-page.png"), full_page=True)
    assert bars == months, f"the chart draws {bars} bars for {months} months"
    # The charting form reflects the link's settings.
    assert page.locator("#graphForm input[type=radio][value=bar]").is_checked()
    assert not browse.errors and not browse.dialogs


def count_bars(chart) -> int:
    """Bars drawn by vega: rect marks in an SVG, or vertical runs of the bar colour across a canvas."""
    if chart.evaluate("e => e.tagName.toLowerCase()") == "svg":
        return chart.locator(".mark-rect path").count()
    return chart.evaluate("""canvas => {
            const {width, height} = canvas;
            const data = canvas.getContext('2d').getImageData(0, 0, width, height).data;
            const isBar = (x, y) => {
                const i = (y * width + x) * 4;
                // vega's default bar colour is #4c78a8
                return Math.abs(data[i] - 0x4c) < 24 && Math.abs(data[i + 1] - 0x78) < 24
                    && Math.abs(data[i + 2] - 0xa8) < 24 && data[i + 3] > 200;
            };
            let runs = 0, inside = false;
            for (let x = 0; x < width; x++) {
                let column = false;
                for (let y = 0; y < height && !column; y++) column = isBar(x, y);
                if (column && !inside) runs++;
                inside = column;
            }
            return runs;
        }""")


def test_map_shows_a_marker_for_every_located_meeting(site, site_db, browse, screenshots):
    page = browse.page
    browse.goto(f"{site.url}/envoys/meetings")
    page.locator(".leaflet-container").wait_for(state="visible")
    markers = page.locator(".leaflet-marker-pane .leaflet-marker-icon")
    markers.first.wait_for(state="visible")
    located = query(site_db, "SELECT count(*) FROM meetings WHERE latitude IS NOT NULL AND longitude IS NOT NULL")[0][0]
    assert located >= 1
    # Clusters show how many meetings they hold; single markers hold one each.
    single = page.locator(".leaflet-marker-pane .leaflet-marker-icon:not(.marker-cluster)")
    clusters = page.locator(".leaflet-marker-pane .marker-cluster span")
    shown = eventually(lambda: single.count() + sum(int(text) for text in clusters.all_inner_texts()), located)
    assert shown == located, f"the map shows {shown} meetings of {located} located"
    page.locator(".leaflet-container").screenshot(path=str(screenshots / "map.png"))
    # Marker images come from the server (datasette-leaflet), not from the internet.
    for image in single.all():
        assert image.evaluate("img => img.complete && img.naturalWidth > 0"), image.get_attribute("src")
    assert page.locator(".leaflet-control-zoom-in").is_visible()
    # A single marker opens a popup with its meeting.
    if single.count():
        single.first.click()
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for(state="visible")
        titles = {title for (title,) in query(site_db, "SELECT title FROM meetings")}
        assert any(title in popup.inner_text() for title in titles), popup.inner_text()
    # Only the tiles were blocked: the page needs nothing else from outside.
    assert browse.blocked and all(re.search(r"tile\.openstreetmap\.org/", url) for url in browse.blocked), browse.blocked
    assert not browse.errors and not browse.dialogs


def test_csv_export_downloads_the_rows(site, site_db, browse):
    page = browse.page
    browse.goto(f"{site.url}/envoys/meetings")
    total = query(site_db, "SELECT count(*) FROM meetings")[0][0]
    link = page.locator("p.export-links a", has_text=re.compile(r"^CSV$"))
    href = link.get_attribute("href")
    assert ".csv" in href
    response = page.request.get(site.url + href if href.startswith("/") else href)
    assert response.status == 200
    rows = list(csv.DictReader(io.StringIO(response.text())))
    assert {"id", "title", "date", "place", "participants"} <= set(rows[0])
    assert len(rows) >= 5 and len(rows) == total
    assert {row["id"] for row in rows} == {id_ for (id_,) in query(site_db, "SELECT id FROM meetings")}

    # The advanced export's "download file" box gives a real download.
    form = page.locator("#export form[action$='.csv']")
    form.locator("input[name=_dl]").check()
    with page.expect_download() as download_info:
        form.locator("input[type=submit]").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    downloaded = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert len(downloaded) == total and "title" in downloaded[0]
    assert not browse.errors and not browse.dialogs


HOSTILE_PAGES = ["/envoys/articles/script", "/envoys/articles", "/envoys/articles?_search=xss", "/envoys/meetings/{meeting}",
                 "/envoys/mentions", "/envoys/meeting_sources", "/envoys/search_articles?q=xss", "/envoys/roles"]


def test_script_in_an_article_is_shown_as_text_and_never_runs(hostile_site, hostile_db, browse, screenshots):
    page = browse.page
    browse.goto(f"{hostile_site.url}/envoys/articles/script")
    page.wait_for_load_state("networkidle")
    body = page.locator("td.col-body")
    assert XSS in body.inner_text()
    assert page.get_by_text(XSS).first.is_visible()
    assert page.locator("td.col-headline").inner_text().strip() == 'Envoy <script>alert("headline")</script> meets FM'
    assert page.locator("td.col-outlet").inner_text().strip() == "Evil <b>News"
    assert page.locator("td.col-outlet b").count() == 0
    page.screenshot(path=str(screenshots / "hostile-article.png"), full_page=False)
    # The stored `document.body.innerHTML = 'owned'` never ran, and no hostile element made it into the DOM.
    dom = page.evaluate("""() => ({
        body: document.body.innerHTML,
        table: !!document.querySelector('table.rows-and-columns'),
        hostileImages: document.querySelectorAll('img[src="x"]').length,
        hostileFrames: document.querySelectorAll('iframe').length,
        alertScripts: [...document.scripts].filter(s => s.textContent.includes('alert(')).length,
    })""")
    assert dom["body"].strip() != "owned" and dom["table"] and len(dom["body"]) > 1000
    assert dom["hostileImages"] == 0 and dom["hostileFrames"] == 0 and dom["alertScripts"] == 0

    meeting = query(hostile_db, "select meeting_id from meeting_sources where article_id = 'script'")[0][0]
    for path in HOSTILE_PAGES:
        browse.goto(hostile_site.url + path.format(meeting=meeting))
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.body.innerHTML").strip() != "owned", path
        assert page.evaluate("document.querySelectorAll('img[src=\"x\"], iframe').length") == 0, path
        # Every one of these pages shows the hostile words, as words.
        assert page.get_by_text("<script>alert(").first.is_visible(), path
    assert browse.dialogs == [], f"a dialog opened: {browse.dialogs}"
    assert not browse.errors, browse.errors


def test_dashboard_shows_its_cards(site, site_db, browse, screenshots):
    page = browse.page
    response = browse.goto(f"{site.url}/-/dashboards/overview")
    assert response.status == 200
    expected = {
        "meetings-count": ("Meetings", "meetings"),
        "people-count": ("People", "people"),
        "articles-count": ("Articles", "articles"),
        "tweets-count": ("Tweets cited", "tweets"),
    }
    for slug, (title, table) in expected.items():
        card = page.locator(f"#card-{slug}")
        assert card.locator(".dashboard-card-title").inner_text().strip().startswith(title)
        count = query(site_db, f'SELECT count(*) FROM "{table}"')[0][0]
        metric = card.locator(".dashboard-card-chart p")
        metric.wait_for(state="visible")
        assert metric.inner_text().strip() == str(count), slug
        # The "query returned too many rows" warning stays hidden.
        assert not page.locator(f"#chart-tooltip-{slug}").is_visible(), slug

    # The vega library ships with datasette-dashboards, so its charts render offline too.
    for slug in ("per-month", "per-person"):
        page.locator(f"#chart-{slug} canvas, #chart-{slug} svg.marks").first.wait_for(state="visible")
    places = query(site_db, "SELECT count(DISTINCT place) FROM meetings WHERE place IS NOT NULL")[0][0]
    page.locator("#chart-places table tbody tr").first.wait_for(state="visible")
    assert page.locator("#chart-places table tbody tr").count() == places
    page.locator("#chart-map .leaflet-marker-icon").first.wait_for(state="visible")
    page.wait_for_timeout(500)
    page.screenshot(path=str(screenshots / "dashboard.png"), full_page=True)
    assert not browse.errors and not browse.dialogs
