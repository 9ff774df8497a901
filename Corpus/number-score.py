#!/usr/bin/env python3
"""Scores the figure recognizer on the number-sentence suite.

Reads .numbers/cases.jsonl (written by Corpus/fetch-numbers), feeds the texts of each category to
`BIN figures --lines -` (with `--numbers` for category `number`), one text a line, and compares
what comes back with each case's expectation:

    python3 Corpus/number-score.py --bin .build/release/gazette [--split dev|holdout|all] [--failures]

A case passes when its figures equal the expected ones in count and order on value (compared as
decimals), valueMax, unit and kind. Qualifier and change are scored apart, over the figures of
cases whose count matches where either side states one ("qualifiers right N/M"). Prints one line a
category, `number: 123/140 (87.9 %)`, and a TOTAL line; `--failures` lists each failing case with
its text, what was expected and what came back.

Expectations follow Gazette's documented conventions where a source's own differs: a share in
percentage points is unit `pp` (`5个百分点`), a fraction (`三分之一`, `5又2分之1`) is kind `ratio`
with an empty unit, an ordinal standing alone (`第十一`, `全年级第1`) is a `rank`, and 一 before a
measure word and its noun is an article, no figure (`一台机器人`, `一个女孩`), while a count after
the thing counted is one (`越野车一辆`). Bounds written side by side stay two figures, each with its
qualifier (`3万元以上25万元以下` is 30000 元 atLeast and 250000 元 atMost), as gold extracts write them.

Holdout cases are only measured: never look at their failures while fitting the recognizer.
"""

import argparse
import json
import os
import subprocess
import sys
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CATEGORIES = ("number", "percent", "unit")


def decimal(text):
    try:
        return Decimal(str(text))
    except (InvalidOperation, ValueError):
        return None


def same_number(left, right):
    if left is None or right is None:
        return left is None and right is None
    a, b = decimal(left), decimal(right)
    return a == b if a is not None and b is not None else str(left) == str(right)


def core_equal(expected, got):
    return (same_number(expected.get("value"), got.get("value"))
            and same_number(expected.get("valueMax"), got.get("valueMax"))
            and expected.get("unit", "") == got.get("unit", "")
            and expected.get("kind") == got.get("kind"))


def line_text(text):
    """A case's text as one input line: line breaks become blanks."""
    for mark in ("\r\n", "\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"):
        text = text.replace(mark, " ")
    return text


def run(binary, texts, numbers):
    """One list of figures a text, in order."""
    command = [binary, "figures"] + (["--numbers"] if numbers else []) + ["--lines", "-"]
    feed = "".join(line_text(text) + "\n" for text in texts)
    result = subprocess.run(command, input=feed.encode("utf-8"), capture_output=True)
    if result.returncode != 0:
        sys.exit("%s failed (%d): %s" % (" ".join(command), result.returncode,
                                        result.stderr.decode("utf-8", "replace").strip()))
    lines = [line for line in result.stdout.decode("utf-8").split("\n") if line.strip()]
    if len(lines) != len(texts):
        sys.exit("%s gave %d lines for %d texts" % (" ".join(command), len(lines), len(texts)))
    return [json.loads(line) for line in lines]


def brief(figures):
    parts = []
    for figure in figures:
        value = str(figure.get("value"))
        if figure.get("valueMax") is not None:
            value += ".." + str(figure["valueMax"])
        extra = "".join(" " + key[0] + "=" + str(figure[key]) for key in ("qualifier", "change") if figure.get(key))
        label = figure.get("text")
        parts.append("%s %s %s%s%s" % (value, figure.get("unit", "") or "-", figure.get("kind"), extra,
                                       " «%s»" % label if label else ""))
    return "; ".join(parts) if parts else "[]"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", required=True, help="the gazette binary")
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="dev")
    parser.add_argument("--failures", action="store_true", help="list the failing cases")
    parser.add_argument("--cases", default=os.path.join(ROOT, ".numbers", "cases.jsonl"))
    args = parser.parse_args()

    if not os.path.isfile(args.cases):
        sys.exit("%s is missing: run Corpus/fetch-numbers --clones DIR first" % args.cases)
    with open(args.cases, encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle if line.strip()]
    cases = [case for case in cases if args.split == "all" or case["split"] == args.split]
    for case in cases:
        if not line_text(case["text"]).strip():
            sys.exit("%s: empty text" % case["id"])

    totals = [0, 0]
    qualifiers = [0, 0]
    failures = []
    report = []
    for category in CATEGORIES:
        subset = [case for case in cases if case["category"] == category]
        if not subset:
            continue
        results = run(args.bin, [case["text"] for case in subset], numbers=category == "number")
        passed = 0
        for case, got in zip(subset, results):
            expected = case["expect"]
            same_count = len(got) == len(expected)
            ok = same_count and all(core_equal(e, g) for e, g in zip(expected, got))
            if same_count:
                for e, g in zip(expected, got):
                    if any(e.get(key) or g.get(key) for key in ("qualifier", "change")):
                        qualifiers[1] += 1
                        if all(e.get(key) == g.get(key) for key in ("qualifier", "change")):
                            qualifiers[0] += 1
            passed += ok
            if not ok:
                failures.append((case, got))
        totals[0] += passed
        totals[1] += len(subset)
        report.append("%s: %d/%d (%.1f %%)" % (category, passed, len(subset), 100.0 * passed / len(subset)))

    if args.failures:
        for case, got in failures:
            print("FAIL %s [%s] %s" % (case["id"], case["category"], line_text(case["text"])))
            print("  expected: %s" % brief(case["expect"]))
            print("  got:      %s" % brief(got))
        if failures:
            print()
    print("split: %s" % args.split)
    for line in report:
        print(line)
    if totals[1]:
        print("TOTAL: %d/%d (%.1f %%)" % (totals[0], totals[1], 100.0 * totals[0] / totals[1]))
    print("qualifiers right %d/%d" % tuple(qualifiers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
