"""Datasette plugin for the envoys site: memory-mapped reads, a fast array facet, search snippets,
and the meeting page's lists.

Loaded with `datasette --plugins-dir plugins` (scripts/serve.py passes it).
"""

from __future__ import annotations

import re
from types import ModuleType

from datasette import hookimpl
from datasette.facets import ArrayFacet
from datasette.database import QueryInterrupted
from markupsafe import Markup, escape

from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args, tilde_decode


# Read the database through a memory map rather than a read() per page: a search's facets each look
# up every matching article by rowid, and the map halves those queries' time. The map is the
# operating system's page cache, shared between connections, threads and replicas, not process memory.
MEMORY_MAP_BYTES = 1 << 30


@hookimpl
def prepare_connection(conn):
    conn.execute(f"PRAGMA mmap_size = {MEMORY_MAP_BYTES}")


class ItemsFacet(ArrayFacet):
    """An array facet for JSON arrays whose items are unique within each row (meetings.participants).

    Datasette's array facet dedupes items with `SELECT DISTINCT value, inner.*`, which sorts every
    column of every row: on a wide table of 10,000 meetings that takes half a second. With unique
    items nothing needs deduping, so this counts over the array column alone (a few milliseconds).
    Configure it like the array facet: `facets: [{items: participants}]` or `?_facet_items=participants`.
    """

    type = "items"

    async def facet_results(self):
        results, timed_out = [], []
        size = self.get_facet_size()
        pairs = self.get_querystring_pairs()
        for source_and_config in self.get_configs():
            config, source = source_and_config["config"], source_and_config["source"]
            column = config.get("column") or config["simple"]
            sql = (f"select j.value as value, count(*) as count from (select {escape_sqlite(column)} as items "
                   f"from ({self.sql})) join json_each(items) j group by j.value order by count desc, value "
                   f"limit {size + 1}")
            try:
                rows = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                             custom_time_limit=self.ds.setting("facet_time_limit_ms"))
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = []
            for row in rows.rows[:size]:
                value = str(row["value"])
                arg = {f"{column}__arraycontains": value}
                selected = (f"{column}__arraycontains", value) in pairs
                path = path_with_removed_args(self.request, arg) if selected else path_with_added_args(self.request, arg)
                values.append({"value": value, "label": value, "count": row["count"], "selected": selected,
                               "toggle_url": self.ds.absolute_url(self.request, path)})
            results.append({
                "name": column, "type": "array", "results": values, "hideable": source != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_items": column})),
                "truncated": len(rows.rows) > size,
            })
        return results, timed_out


@hookimpl
def register_facet_classes():
    return [ItemsFacet]


_BOLD = re.compile(r"\*\*(.+?)\*\*")


@hookimpl
def render_cell(value, column):
    """Show a `*_markdown` column's **matched words** in bold (the full-text search's snippets).

    datasette-render-markdown does this, but it looks up its configuration for every cell of every
    page: a third of a 50-row articles page's time. Snippets only ever carry `**`, so this is all we need.
    """
    if not column.endswith("_markdown") or not isinstance(value, str):
        return None
    return Markup(_BOLD.sub(lambda match: f"<strong>{match.group(1)}</strong>", str(escape(value))))


def _without_markdown_cells() -> None:
    """datasette-dashboards installs datasette-render-markdown, whose cell hook would still run on
    every cell: unregister it, and keep its `render_markdown` template function (dashboards' text
    panels use it)."""
    from datasette.plugins import pm

    markdown = next((p for p in pm.get_plugins() if getattr(p, "__name__", "") == "datasette_render_markdown"), None)
    if markdown is None:
        return
    pm.unregister(markdown)
    templates = ModuleType("datasette_render_markdown_templates")
    templates.extra_template_vars = markdown.extra_template_vars
    templates.prepare_jinja2_environment = markdown.prepare_jinja2_environment  # (its {% markdown %} tag)
    if pm.get_plugin(templates.__name__) is None:
        pm.register(templates)


_without_markdown_cells()


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    """A meeting's page lists its participants and its evidence sentences with their articles."""
    if view_name != "row" or table != "meetings" or request is None:
        return {}

    async def lists():
        meeting_id = tilde_decode(request.url_vars.get("pks", ""))
        db = datasette.get_database(database)
        participants = await db.execute(
            """select people.id, people.name, people.country, meeting_participants.role
               from meeting_participants join people on people.id = meeting_participants.person_id
               where meeting_participants.meeting_id = ?
               order by case meeting_participants.role when 'visitor' then 0 when 'host' then 1 else 2 end, people.name""",
            [meeting_id])
        evidence = await db.execute(
            """select articles.id, articles.title, articles.outlet, articles.published, meeting_sources.sentence
               from meeting_sources join articles on articles.id = meeting_sources.article_id
               where meeting_sources.meeting_id = ?
               order by articles.published, articles.id, meeting_sources.char_start""",
            [meeting_id])
        return {"meeting_people": [dict(r) for r in participants.rows],
                "meeting_evidence": [dict(r) for r in evidence.rows]}

    return lists
