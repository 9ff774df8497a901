#!/usr/bin/env python3
"""Scores the figures and dates a gazette binary reads against the hand-made expectations.

    python3 Corpus/figure-score.py --bin /tmp/gazette DIR [--failures]

DIR holds items written by `Corpus/fetch-pages --set figures` (ID.EXT beside ID.expect.json).
For each item it runs `BIN parse FILE --format json`, collects every figure of the record (title,
lead, every section recursively, closing, captions, tables[].figures) and every date, and compares them with
the expectations as multisets:

- figures match on (decimal value, unit): precision, recall, F1. Of the matched ones, "exact"
  counts those whose kind, valueMax, qualifier and change are also right. A predicted or
  expected figure whose surface is listed in the item's optionalFigures is left out of both sides.
- dates match on value: precision, recall, F1; a predicted date whose text is listed in
  optionalDates is left out.

One line per item and a TOTAL line; --failures lists, per item, the missed and the extra
figures and dates (surface, value, unit).
"""

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation


def decimal_key(value):
    if value is None:
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if number == 0:
        return "0"
    return format(number.normalize(), "f")


def walk_sections(sections, figures, dates):
    for section in sections or []:
        figures.extend(section.get("figures") or [])
        dates.extend(section.get("dates") or [])
        walk_sections(section.get("sections"), figures, dates)


def record_parts(record):
    figures = list(record.get("titleFigures") or [])
    dates = list(record.get("titleDates") or [])
    for caption in record.get("captions") or []:
        figures.extend(caption.get("figures") or [])
        dates.extend(caption.get("dates") or [])
    for part in ("lead", "closing"):
        block = record.get(part) or {}
        figures.extend(block.get("figures") or [])
        dates.extend(block.get("dates") or [])
    walk_sections(record.get("sections"), figures, dates)
    for table in record.get("tables") or []:
        figures.extend(table.get("figures") or [])
        dates.extend(table.get("dates") or [])
    return figures, dates


def figure_key(figure):
    return (decimal_key(figure.get("value")), figure.get("unit") or "")


def details(figure):
    return (figure.get("kind"), decimal_key(figure.get("valueMax")), figure.get("qualifier"), figure.get("change"))


def match(expected, predicted, key):
    """Greedy multiset matching: pairs (expected, predicted), missed, extra."""
    pool = {}
    for item in predicted:
        pool.setdefault(key(item), []).append(item)
    pairs, missed = [], []
    for item in expected:
        candidates = pool.get(key(item))
        if candidates:
            # prefer a candidate whose details agree, so "exact" is not lowered by order
            best = 0
            if "kind" in item:
                for index, candidate in enumerate(candidates):
                    if details(candidate) == details(item):
                        best = index
                        break
            pairs.append((item, candidates.pop(best)))
        else:
            missed.append(item)
    extra = [item for candidates in pool.values() for item in candidates]
    return pairs, missed, extra


def prf(hit, predicted, expected):
    precision = hit / predicted if predicted else 1.0
    recall = hit / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def describe(item):
    text = item.get("text", "")
    value = item.get("value", "")
    unit = item.get("unit")
    return "%s = %s%s" % (text, value, (" " + unit) if unit else "")


def main():
    parser = argparse.ArgumentParser(description="Score figures and dates against Corpus/figures expectations.")
    parser.add_argument("--bin", required=True, help="the gazette binary")
    parser.add_argument("dir", help="a split folder written by fetch-pages --set figures")
    parser.add_argument("--failures", action="store_true", help="list missed and extra figures and dates")
    args = parser.parse_args()

    names = sorted(name for name in os.listdir(args.dir) if name.endswith(".expect.json"))
    if not names:
        print("no *.expect.json in %s" % args.dir, file=sys.stderr)
        sys.exit(1)
    totals = Counter()
    failed = 0
    for name in names:
        with open(os.path.join(args.dir, name), encoding="utf-8") as handle:
            expect = json.load(handle)
        source = os.path.join(args.dir, expect["source"])
        done = subprocess.run([args.bin, "parse", source, "--format", "json"], capture_output=True)
        if done.returncode != 0:
            print("%s: parse failed: %s" % (expect["id"], done.stderr.decode("utf-8", "replace").strip()[:300]))
            failed += 1
            record = {}
        else:
            record = json.loads(done.stdout.decode("utf-8"))
        predicted_figures, predicted_dates = record_parts(record)

        optional = set(expect.get("optionalFigures") or [])
        optional_dates = set(expect.get("optionalDates") or [])
        expected_figures = [f for f in expect.get("figures") or [] if f.get("text") not in optional]
        predicted_figures = [f for f in predicted_figures if f.get("text") not in optional]
        expected_dates = list(expect.get("dates") or [])
        predicted_dates = [d for d in predicted_dates if d.get("text") not in optional_dates]

        pairs, missed, extra = match(expected_figures, predicted_figures, figure_key)
        exact = sum(1 for wanted, got in pairs if details(wanted) == details(got))
        date_pairs, missed_dates, extra_dates = match(expected_dates, predicted_dates,
                                                      lambda d: str(d.get("value")))

        counts = Counter(fig_hit=len(pairs), fig_pred=len(predicted_figures), fig_exp=len(expected_figures),
                         exact=exact, date_hit=len(date_pairs), date_pred=len(predicted_dates),
                         date_exp=len(expected_dates))
        totals.update(counts)
        totals["items"] += 1
        fp, fr, ff = prf(len(pairs), len(predicted_figures), len(expected_figures))
        dp, dr, df = prf(len(date_pairs), len(predicted_dates), len(expected_dates))
        print("%-5s figures P %.3f R %.3f F1 %.3f | exact %d/%d | dates P %.3f R %.3f F1 %.3f" % (
            expect["id"], fp, fr, ff, exact, len(pairs), dp, dr, df))
        if args.failures:
            for wanted, got in pairs:
                if details(wanted) != details(got):
                    print("    inexact  %s  want %s  got %s" % (describe(wanted), details(wanted), details(got)))
            for item in missed:
                print("    missed   %s" % describe(item))
            for item in extra:
                print("    extra    %s" % describe(item))
            for item in missed_dates:
                print("    missed date  %s" % describe(item))
            for item in extra_dates:
                print("    extra date   %s" % describe(item))

    fp, fr, ff = prf(totals["fig_hit"], totals["fig_pred"], totals["fig_exp"])
    dp, dr, df = prf(totals["date_hit"], totals["date_pred"], totals["date_exp"])
    print("TOTAL items %d | figures P %.3f R %.3f F1 %.3f | exact %d/%d | dates P %.3f R %.3f F1 %.3f" % (
        totals["items"], fp, fr, ff, totals["exact"], totals["fig_hit"], dp, dr, df))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
