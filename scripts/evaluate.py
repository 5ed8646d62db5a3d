"""Score a database against a hand annotation in the format of tests/gold.yaml.

    python -m scripts.evaluate GOLD.yaml DB [--json]

Prints, article by article, precision / recall / F1 of the people and the meetings,
then totals: meeting date and place accuracy, duplicate meetings, the people registry
(rows, countries, people split over two rows), tweets, and article metadata.

Matching rules. A person matches a gold name when the names fold alike, when one is an
alias of the other (gold `people_registry` aliases or the row's `aliases`), or when they
are the same transliteration (Mehmood/Mahmood). A meeting matches a gold meeting when the
dates are equal and at least two participants match. Optional gold meetings and people
count neither for nor against.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from .resolve import name_key
from .text import fold


def _f1(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


class Names:
    """Decides whether a database person is a gold person."""

    def __init__(self, gold: dict, people_rows: dict[str, dict]):
        self.aliases: dict[str, set[str]] = defaultdict(set)
        for entry in gold.get("people_registry") or []:
            forms = {fold(entry["name"])} | {fold(a) for a in entry.get("aliases") or []}
            self.aliases[fold(entry["name"])] |= forms
        self.rows = people_rows

    def forms_of_row(self, person_id: str) -> set[str]:
        row = self.rows[person_id]
        return {fold(row["name"])} | {fold(a) for a in json.loads(row["aliases"] or "[]")}

    def same(self, person_id: str, gold_name: str) -> bool:
        row_name = self.rows[person_id]["name"]
        gold_forms = self.aliases.get(fold(gold_name), set()) | {fold(gold_name)}
        if fold(row_name) in gold_forms or name_key(row_name) == name_key(gold_name):
            return True
        full_forms = {f for f in self.forms_of_row(person_id) if len(f.split()) >= 2}
        return bool(full_forms & {f for f in gold_forms if len(f.split()) >= 2})


def _match_people(predicted: set[str], gold: list[str], optional: list[str], names: Names) -> dict:
    unmatched = set(predicted)
    tp = fn = 0
    missed = []
    for name in gold:
        hit = next((p for p in sorted(unmatched) if names.same(p, name)), None)
        if hit:
            tp += 1
            unmatched.discard(hit)
        else:
            fn += 1
            missed.append(name)
    for name in optional:
        hit = next((p for p in sorted(unmatched) if names.same(p, name)), None)
        if hit:
            unmatched.discard(hit)
    extra = sorted(names.rows[p]["name"] for p in unmatched)
    return dict(_f1(tp, len(unmatched), fn), missed=missed, extra=extra)


def _same_place(ours: str | None, gold: list[str] | None) -> bool:
    """"St. Petersburg" is "St Petersburg", "Brasília" is "Brasilia": case, accents and dots aside."""
    return bool(ours) and fold(ours) in {fold(g) for g in gold or []}


def _participants_matched(meeting_people: set[str], gold_people: list[str], names: Names) -> int:
    return sum(1 for g in gold_people if any(names.same(p, g) for p in meeting_people))


def evaluate(gold_path: Path, db_path: Path) -> dict:
    gold = yaml.safe_load(Path(gold_path).read_text(encoding="utf-8"))
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    people_rows = {r["id"]: dict(r) for r in con.execute("select * from people")}
    names = Names(gold, people_rows)
    articles = {r["file"]: dict(r) for r in con.execute("select * from articles")}
    meetings = {r["id"]: dict(r) for r in con.execute("select * from meetings")}
    participants = defaultdict(set)
    for r in con.execute("select meeting_id, person_id from meeting_participants"):
        participants[r["meeting_id"]].add(r["person_id"])
    report = {"articles": [], "totals": {}}
    totals = defaultdict(int)
    dates = places = matched_meetings = 0
    exact_participants = 0
    real_meetings = defaultdict(set)  # (date, frozenset of gold participants) -> db meeting ids
    tweet_checks = tweet_total = 0
    metadata_checks = metadata_total = 0
    for entry in gold.get("articles") or []:
        article = articles.get(entry["file"])
        row = {"file": entry["file"]}
        report["articles"].append(row)
        if article is None:
            row["error"] = "not in the database"
            totals["people_fn"] += len(entry.get("people") or [])
            totals["meetings_fn"] += sum(1 for m in entry.get("meetings") or [] if not m.get("optional"))
            continue
        aid = article["id"]
        predicted = {r[0] for r in con.execute(
            "select distinct person_id from mentions where article_id = ? and kind != 'attributive'", (aid,))}
        people = _match_people(predicted, entry.get("people") or [], entry.get("people_optional") or [], names)
        row["people"] = people
        for key in ("tp", "fp", "fn"):
            totals[f"people_{key}"] += people[key]
        ours = {r[0] for r in con.execute("select distinct meeting_id from meeting_sources where article_id = ?", (aid,))}
        unmatched = set(ours)
        tp = fn = 0
        missed, details = [], []
        # (required meetings first: an optional one must not take the row a required one reports)
        for gm in sorted(entry.get("meetings") or [], key=lambda g: bool(g.get("optional"))):
            gdate = str(gm["date"])
            # The meeting sharing most participants, among those one on the gold date, then the one with
            # fewest others (a two-person meeting is not the dinner of five the same evening).
            candidates = sorted(ours, key=lambda m: (-_participants_matched(participants[m], gm["participants"], names),
                                                     meetings[m]["date"] != gdate, len(participants[m]), m))
            candidates = [m for m in candidates if m in unmatched] + [m for m in candidates if m not in unmatched]
            best = next((m for m in candidates if _participants_matched(participants[m], gm["participants"], names) >= 2), None)
            if best is None:
                if not gm.get("optional"):
                    fn += 1
                    missed.append(f"{gdate} {', '.join(gm['participants'])}")
                continue
            meeting = meetings[best]
            date_ok = meeting["date"] == gdate
            if gm.get("optional"):
                unmatched.discard(best)
                continue
            matched_meetings += 1
            dates += date_ok
            places += _same_place(meeting["place"], gm.get("place"))
            exact = _participants_matched(participants[best], gm["participants"], names) == len(gm["participants"]) \
                == len(participants[best])
            exact_participants += exact
            if date_ok:  # a match on another date is a miss, counted as one, not a second row of this meeting
                real_meetings[(gdate, frozenset(fold(p) for p in gm["participants"]))].add(best)
            details.append({"meeting": best, "date_ok": date_ok, "place": meeting["place"], "gold_place": gm.get("place"),
                            "exact_participants": exact})
            if date_ok:
                tp += 1
                unmatched.discard(best)
            else:
                fn += 1
                missed.append(f"{gdate} (we say {meeting['date']})")
        row["meetings"] = dict(_f1(tp, len(unmatched), fn), missed=missed, extra=sorted(unmatched), details=details)
        for key in ("tp", "fp", "fn"):
            totals[f"meetings_{key}"] += row["meetings"][key]
        for gt in entry.get("tweets") or []:
            tweet_total += 1
            t = con.execute("select * from tweets where id = ?", (str(gt["id"]),)).fetchone()
            ok = bool(t) and bool(t["handle"] == gt.get("handle", t["handle"]) and t["created_at"] == gt.get("created_at", t["created_at"]) \
                and (not gt.get("author") or (t["person_id"] and names.same(t["person_id"], gt["author"]))) \
                and (not gt.get("quoted_text_starts") or (t["quoted_text"] or "").startswith(gt["quoted_text_starts"])))
            tweet_checks += ok
            if not ok:
                row.setdefault("wrong_tweets", []).append(
                    f"{gt['id']}: " + ("not found" if not t else f"we say @{t['handle']}, {t['created_at']}, "
                                       f"by {t['person_id']}, {(t['quoted_text'] or '')[:40]!r}; the gold says "
                                       f"@{gt.get('handle')}, by {gt.get('author')}, {gt.get('quoted_text_starts')!r}"))
        for key in ("published", "outlet", "headline", "dateline"):
            if key in entry:
                metadata_total += 1
                expected, got = str(entry[key]), article[key] or ""
                right = fold(expected) == fold(got)
                metadata_checks += right
                if not right:
                    row.setdefault("wrong_fields", []).append(f"{key} is {got!r}, the gold says {expected!r}")
    registry = gold.get("people_registry") or []
    registry_hits, countries, split = 0, 0, []
    for person in registry:
        rows = [pid for pid in people_rows if names.same(pid, person["name"])]
        registry_hits += bool(rows)
        if len(rows) > 1:
            split.append(person["name"])
        if rows and people_rows[rows[0]]["country"] == person.get("country"):
            countries += 1
    duplicates = sum(len(ids) - 1 for ids in real_meetings.values() if len(ids) > 1)
    report["duplicates"] = [{"date": day, "participants": sorted(people), "rows": sorted(ids)}
                            for (day, people), ids in sorted(real_meetings.items(), key=lambda kv: (str(kv[0][0]), sorted(kv[0][1])))
                            if len(ids) > 1]
    report["totals"] = {
        "people": _f1(totals["people_tp"], totals["people_fp"], totals["people_fn"]),
        "meetings": _f1(totals["meetings_tp"], totals["meetings_fp"], totals["meetings_fn"]),
        "meeting_date_accuracy": round(dates / matched_meetings, 4) if matched_meetings else None,
        "meeting_place_accuracy": round(places / matched_meetings, 4) if matched_meetings else None,
        "meeting_exact_participants": f"{exact_participants}/{matched_meetings}",
        "duplicate_meetings": duplicates,
        "people_rows": len(people_rows),
        "registry_people_found": f"{registry_hits}/{len(registry)}",
        "registry_countries_right": f"{countries}/{len(registry)}",
        "people_split_over_rows": split,
        "tweets_right": f"{tweet_checks}/{tweet_total}",
        "article_fields_right": f"{metadata_checks}/{metadata_total}",
    }
    con.close()
    return report


def _print(report: dict) -> None:
    print(f"{'article':42} {'people P/R/F1':>22} {'meetings P/R/F1':>22}")
    for row in report["articles"]:
        if "error" in row:
            print(f"{row['file'][:42]:42} {row['error']}")
            continue
        p, m = row["people"], row["meetings"]
        print(f"{row['file'][:42]:42} {p['precision']:6.2f} {p['recall']:6.2f} {p['f1']:6.2f}   "
              f"{m['precision']:6.2f} {m['recall']:6.2f} {m['f1']:6.2f}")
        for label, values in (("missed person", p["missed"]), ("extra person", p["extra"]),
                              ("missed meeting", m["missed"]), ("extra meeting", m["extra"])):
            for value in values:
                print(f"    {label}: {value}")
        for wrong in row.get("wrong_fields", []):
            print(f"    wrong {wrong}")
        for wrong in row.get("wrong_tweets", []):
            print(f"    wrong tweet {wrong}")
        for detail in m["details"]:
            if not _same_place(detail["place"], detail["gold_place"]):
                print(f"    wrong place: {detail['meeting']} is in {detail['place']}, the gold says {' or '.join(detail['gold_place'] or ['nowhere'])}")
    for duplicate in report.get("duplicates", []):
        print(f"duplicate: one meeting of {duplicate['date']} ({', '.join(duplicate['participants'])}) "
              f"is {len(duplicate['rows'])} rows: {', '.join(duplicate['rows'])}")
    totals = report["totals"]
    print()
    for key in ("people", "meetings"):
        t = totals[key]
        print(f"{key:9} precision {t['precision']:.3f}  recall {t['recall']:.3f}  F1 {t['f1']:.3f}  (tp {t['tp']}, fp {t['fp']}, fn {t['fn']})")
    for key, value in totals.items():
        if key not in ("people", "meetings"):
            print(f"{key}: {value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("db", type=Path)
    parser.add_argument("--json", action="store_true", help="print the whole report as JSON")
    args = parser.parse_args(argv)
    for path in (args.gold, args.db):
        if not path.exists():
            print(f"error: {path} does not exist", file=sys.stderr)
            return 1
    report = evaluate(args.gold, args.db)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        _print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
