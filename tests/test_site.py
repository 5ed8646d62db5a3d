"""The published site, through Datasette's own test client with our metadata and settings."""

from __future__ import annotations

import csv
import io
import time

import pytest
import yaml

from scripts.load import SCHEMA
from scripts.serve import METADATA, PLUGINS

from .conftest import TESTS, SiteClient, run_build


def test_every_table_and_column_is_described():
    metadata = yaml.safe_load(METADATA.read_text())
    tables = metadata["databases"]["envoys"]["tables"]
    for table, spec in SCHEMA.items():
        assert tables[table].get("description"), table
        assert set(tables[table]["columns"]) == set(spec["columns"]), table
    for name, query in metadata["databases"]["envoys"]["queries"].items():
        assert query.get("title") and (query.get("description") or query.get("description_html")), name
    assert len(metadata["databases"]["envoys"]["queries"]) >= 5


def test_tables_pages_and_facets(site):
    page = site.get("/envoys/meetings")
    assert page.status_code == 200
    for facet in ("place", "country", "month", "participants"):
        assert f'data-facet="{facet}"' in page.text or f"facet-{facet}" in page.text, facet
    data = site.get("/envoys/meetings.json").json()  # the facets metadata.yml sets
    places = {r["value"]: r["count"] for r in data["facet_results"]["place"]["results"]}
    assert places["Rawalpindi"] == 3
    people = {r["value"]: r["count"] for r in data["facet_results"]["participants"]["results"]}
    assert people["Zalmay Khalilzad"] == 6
    filtered = site.get("/envoys/meetings.json?place=Rawalpindi&_shape=array").json()
    assert len(filtered) == 3 and all(r["place"] == "Rawalpindi" for r in filtered)
    articles = site.get("/envoys/articles.json?_facet=outlet&_facet=month").json()
    assert {r["value"] for r in articles["facet_results"]["outlet"]["results"]} == {"Dawn", "The Express Tribune"}


def test_person_page_links_mentions_meetings_and_tweets(site):
    page = site.get("/envoys/people/zalmay-khalilzad")
    assert page.status_code == 200
    assert "Zalmay Khalilzad" in page.text
    assert "/envoys/mentions?person_id=zalmay-khalilzad" in page.text
    assert "/envoys/meeting_participants?person_id=zalmay-khalilzad" in page.text
    assert "/envoys/tweets?person_id=zalmay-khalilzad" in page.text
    # Foreign keys show the person's name, not the slug.
    assert "Zalmay Khalilzad" in site.get("/envoys/meeting_participants?person_id=zalmay-khalilzad").text


def test_meeting_page_lists_participants_and_evidence_with_links(site):
    page = site.get("/envoys/meetings/2020-10-08-bajwa-hameed-khalilzad-miller-and-1-more")
    assert page.status_code == 200
    assert '<a href="/envoys/people/muhammad-sadiq">Muhammad Sadiq</a>\n    (attendee, Pakistan)' in page.text
    assert '<a href="/envoys/people/zalmay-khalilzad">Zalmay Khalilzad</a>\n    (visitor, United States)' in page.text
    evidence = page.text[page.text.index("What the sources say"):]
    assert '<a href="/envoys/articles/001_74341f8fc63cefe8">Khalilzad meets Gen Qamar amid push for Afghan truce</a>' in evidence
    assert "were also present at the meeting held at the General Headquarters" in evidence
    assert evidence.count("<q>") == 3


def test_the_participants_facet_counts_and_filters(site):
    facet = site.get("/envoys/meetings.json").json()["facet_results"]["participants"]
    counts = {r["value"]: r["count"] for r in facet["results"]}
    assert counts["Zalmay Khalilzad"] == 6 and counts["Faiz Hameed"] == 3
    hameed = next(r for r in facet["results"] if r["value"] == "Faiz Hameed")
    assert "participants__arraycontains=Faiz+Hameed" in hameed["toggle_url"]
    rows = site.get("/envoys/meetings.json?participants__arraycontains=Faiz+Hameed&_shape=array").json()
    assert len(rows) == 3


def test_json_csv_and_database_download(site):
    rows = site.get("/envoys/people.json?_shape=array&_size=max").json()
    assert len(rows) == 16 and {"id", "name", "country"} <= set(rows[0])
    response = site.get("/envoys/meetings.csv?_stream=on")
    assert response.status_code == 200
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert len(table) == 6 and "date" in table[0]
    download = site.get("/envoys.db")
    assert download.status_code == 200 and download.content[:16] == b"SQLite format 3\x00"


def test_full_text_search_and_canned_queries(site):
    found = site.get("/envoys/articles.json?_search=ceasefire&_shape=array").json()
    assert {r["id"][:3] for r in found} >= {"000", "001"}
    snippets = site.get("/envoys/search_articles.json?q=headquarters&_shape=array").json()
    assert snippets and "**Headquarters**" in snippets[0]["snippet_markdown"]
    html = site.get("/envoys/search_articles?q=headquarters").text
    assert "<strong>Headquarters</strong>" in html
    # A snippet's own text is escaped; only the match markers become bold.
    escaped = site.get("/envoys.json?sql=select+'a+<b>+**c**'+as+snippet_markdown&_shape=array").json()
    assert escaped == [{"snippet_markdown": "a <b> **c**"}]
    page = site.get("/envoys?sql=select+'a+<b>+**c**'+as+snippet_markdown").text
    assert "a &lt;b&gt; <strong>c</strong>" in page
    by_month = site.get("/envoys/meetings_by_month.json?_shape=array").json()
    assert {"month": "2021-03", "meetings": 1, "reports": 1} in by_month
    pairs = site.get("/envoys/who_met_whom.json?_shape=array").json()
    top = pairs[0]
    assert {top["person"], top["met"]} == {"Qamar Javed Bajwa", "Zalmay Khalilzad"} and top["meetings"] == 4
    mine = site.get("/envoys/person_meetings.json?name=Bajwa&_shape=array").json()
    assert len(mine) == 4 and [r["date"] for r in mine] == sorted(r["date"] for r in mine)
    kabul = site.get("/envoys/meetings_at_place.json?place=Kabul&_shape=array").json()
    assert len(kabul) == 1
    together = site.get("/envoys/people_mentioned_together.json?_shape=array").json()
    assert together[0]["articles"] >= 3
    per_person = site.get("/envoys/meetings_per_person.json?_shape=array").json()
    assert per_person[0] == {**per_person[0], "person": "Zalmay Khalilzad", "meetings": 6}


def test_writes_are_refused_and_runaway_queries_stopped(site):
    for sql in ("delete from people", "update people set name = 'x'", "drop table people",
                "insert into people (id) values ('x')"):
        response = site.get("/envoys.json", params={"sql": sql})
        assert response.status_code in (400, 403), sql
    assert site.get("/envoys/people.json?_shape=array").json()  # still there
    runaway = ("with recursive r(i) as (select 1 union all select i + 1 from r) "
               "select count(*) from r")
    started = time.monotonic()
    response = site.get("/envoys.json", params={"sql": runaway})
    assert response.status_code == 400 and "interrupted" in response.text.lower()
    assert time.monotonic() - started < 10
    assert site.get("/envoys/meetings.json").status_code == 200  # the server keeps answering


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """A site built from the bad-input corpus, whose articles and headline carry markup and scripts."""
    folder = tmp_path_factory.mktemp("hostile")
    raw = folder / "raw"
    raw.mkdir()
    for name in ("script.html", "good.txt"):
        (raw / name).write_bytes((TESTS / "bad_inputs" / name).read_bytes())
    url = "https://twitter.com/Evil/status/1346125516701650946"
    (raw / "tweet.txt").write_text(f"KABUL: The ministry said “<script>alert('tweet')</script> peace” on Monday.\n{url}\n"
                                   "Foreign Minister Mohammad Hanif Atmar met Deborah Lyons on Monday.\n")
    db = folder / "envoys.db"  # the database name is part of every URL
    assert run_build(raw, db).returncode == 0
    client = SiteClient(db)
    yield client
    client.close()


@pytest.mark.parametrize("path", [
    "/envoys/articles/script", "/envoys/articles?_search=xss", "/envoys/articles", "/envoys/mentions",
    "/envoys/meetings/{meeting}", "/envoys/meeting_sources", "/envoys/tweets", "/envoys/tweet_articles",
    "/envoys/search_articles?q=xss", "/envoys/roles",
])
def test_markup_is_shown_as_text_on_every_page(hostile_site, path):
    meetings = hostile_site.get("/envoys/meeting_sources.json?_shape=array&article_id=script").json()
    response = hostile_site.get(path.format(meeting=meetings[0]["meeting_id"]))
    assert response.status_code == 200
    html = response.text
    assert "&lt;script&gt;alert" in html  # the hostile words are on the page, escaped
    assert "<script>alert" not in html
    assert "onerror=alert" not in html.replace("&lt;img src=x onerror=alert(1)&gt;", "")
    assert "<img src=x" not in html


def test_hostile_text_survives_as_text(hostile_site):
    html = hostile_site.get("/envoys/articles/script").text
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in html or "&lt;script&gt;alert(&quot;xss&quot;)" in html
    tweets = hostile_site.get("/envoys/tweets.json?_shape=array").json()
    assert "<script>alert('tweet')</script>" in tweets[0]["quoted_text"]


def test_the_markdown_plugins_cell_hook_is_dropped_and_its_template_tools_kept():
    """Outside tests Datasette loads every installed plugin, and datasette-dashboards brings
    datasette-render-markdown, whose cell hook looks up its settings for every cell of every page:
    our plugin unregisters it (its own hook bolds the snippets) and keeps the template function and
    tag that dashboards' text panels use."""
    import importlib.util

    import datasette_render_markdown
    from datasette.plugins import pm

    before = dict(pm.list_name_plugin())
    if datasette_render_markdown not in before.values():
        pm.register(datasette_render_markdown)  # (as installed; the site fixture's plugin may have dropped it)
    try:
        spec = importlib.util.spec_from_file_location("envoys_site_again", PLUGINS / "envoys_site.py")
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
        assert datasette_render_markdown not in {impl.plugin for impl in pm.hook.render_cell.get_hookimpls()}
        templates = {impl.plugin_name for impl in pm.hook.extra_template_vars.get_hookimpls()}
        jinja = {impl.plugin_name for impl in pm.hook.prepare_jinja2_environment.get_hookimpls()}
        assert "datasette_render_markdown_templates" in templates & jinja
    finally:  # (as it was)
        for name, plugin in pm.list_name_plugin():
            if name not in before:
                pm.unregister(plugin)
        for name, plugin in before.items():
            if pm.get_plugin(name) is None:
                pm.register(plugin, name=name)
