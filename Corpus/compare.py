#!/usr/bin/env python3
"""Scores Gazette, and optionally GNE and trafilatura, on the real-page corpus.

The pages themselves are not in git: `Corpus/fetch-pages` re-creates `.pages/` from local
clones of the repositories named in `Corpus/pages/*.json`. Each of those files holds what a
careful reader takes from one page: title, first and last words of the body, furniture that
must stay out, and the publication time.

    python3 Corpus/compare.py --bin .build/release/gazette                 # dev part, Gazette only
    python3 Corpus/compare.py --bin .build/release/gazette --split holdout --tools gazette,gne,trafilatura
    python3 Corpus/compare.py --bin .build/release/gazette --failures      # what went wrong on dev pages

A page counts as right when:
- title: equal to the expected title, whitespace removed, NFKC-normalized;
- whole body: the body starts with `bodyStartsWith`, ends with `bodyEndsWith`, and holds none
  of `mustNotContain` (same normalization);
- date: year, month and day equal (pages whose expectation has a date);
- minute: date, hour and minute equal (pages whose expectation has a time).

The split is by site, so that nothing fitted on one page of a site leaks into the measured
part: a site is held out when the first byte of the SHA-1 of its name is divisible by 3.
A batch gathered only to be measured (ids in MEASURED_ONLY) is held out whole.
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def squash(text):
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in text if not ch.isspace() and ch not in "\u200b\ufeff")


CREDIT = re.compile(r"[(（\[【][^()（）]{1,20}[)）\]】]$")


def credited(body):
    """The body without a short credit in brackets after its last sentence: "（记者 张某）",
    "(完)". Readers differ on whether it belongs to the last paragraph, so either way counts."""
    return CREDIT.sub("", body)


# Batches gathered to be measured only, whatever their sites: their ids start with these.
MEASURED_ONLY = ("h",)


def split_of(site, page_id=""):
    if page_id.startswith(MEASURED_ONLY):
        return "holdout"
    return "holdout" if hashlib.sha1(site.encode()).digest()[0] % 3 == 0 else "dev"


DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2}))?")


def parse_time(text):
    if not text:
        return None
    match = DATE.search(str(text))
    if not match:
        return None
    year, month, day, hour, minute = match.groups()
    date = "%s-%02d-%02d" % (year, int(month), int(day))
    if hour is None:
        return (date, None)
    return (date, "%02d:%02d" % (int(hour), int(minute)))


def decode(raw):
    head = raw[:4096].decode("ascii", "replace").lower()
    declared = re.search(r"charset\s*=\s*[\"']?([a-z0-9_-]+)", head)
    for name in ([declared.group(1)] if declared else []) + ["utf-8", "gb18030", "big5"]:
        try:
            name = {"gb2312": "gb18030", "gbk": "gb18030"}.get(name, name)
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


def gazette(binary):
    def run(path):
        done = subprocess.run([binary, "parse", path, "--compact"], capture_output=True, timeout=60)
        if done.returncode != 0:
            return {"error": done.stderr.decode("utf-8", "replace").strip()}
        record = json.loads(done.stdout)
        pieces = [record["addressee"]] if record.get("addressee") else []
        pieces += record.get("lead", {}).get("paragraphs", [])

        def walk(sections):
            for section in sections:
                # The item's first line as printed: an untitled one (an article, a running
                # paragraph) shows only its marker; a run-in title its stop, a label its colon.
                ending = {"runIn": "。", "label": "："}.get(section.get("titleForm"), "")
                title = section.get("title") or ""
                pieces.append(section.get("marker", "") + title + (ending if title else ""))
                paragraphs = section.get("paragraphs", [])
                before = section.get("paragraphsBeforeSections", len(paragraphs))
                pieces.extend(paragraphs[:before])
                walk(section.get("sections", []))
                pieces.extend(paragraphs[before:])

        walk(record.get("sections", []))
        pieces += (record.get("closing") or {}).get("paragraphs", [])
        metadata = record.get("metadata") or {}
        return {"title": record.get("title") or "", "body": "\n".join(pieces), "time": metadata.get("publishedAt")}
    return run


def gne_tool():
    from gne import GeneralNewsExtractor
    extractor = GeneralNewsExtractor()

    def run(path):
        with open(path, "rb") as handle:
            html = decode(handle.read())
        result = extractor.extract(html)
        return {"title": result.get("title", ""), "body": result.get("content", ""), "time": result.get("publish_time")}
    return run


def trafilatura_tool():
    import trafilatura

    def run(path):
        with open(path, "rb") as handle:
            raw = handle.read()
        out = trafilatura.extract(raw, output_format="json", with_metadata=True, favor_precision=False)
        if not out:
            return {"title": "", "body": "", "time": None}
        result = json.loads(out)
        return {"title": result.get("title") or "", "body": result.get("text") or "", "time": result.get("date")}
    return run


def page_file(pages, page_id):
    for name in os.listdir(pages):
        if name.rsplit(".", 1)[0] == page_id:
            return os.path.join(pages, name)
    return None


def judge(expected, got):
    verdict = {}
    if "error" in got:
        return {"title": False, "body": False, "date": False, "minute": False, "empty": True, "why": got["error"]}
    verdict["title"] = squash(got["title"]) == squash(expected["title"])
    body = squash(got["body"])
    starts = body.startswith(squash(expected["bodyStartsWith"]))
    ends = body.endswith(squash(expected["bodyEndsWith"]))
    if not ends and credited(body).endswith(squash(expected["bodyEndsWith"])):
        ends, body = True, credited(body)
    leaked = [text for text in expected.get("mustNotContain", []) if squash(text) and squash(text) in body]
    verdict["body"] = starts and ends and not leaked
    verdict["empty"] = not body
    reasons = []
    if not verdict["title"]:
        reasons.append("title %r" % got["title"])
    if not starts:
        reasons.append("starts %r" % body[:40])
    if not ends:
        reasons.append("ends %r" % body[-40:])
    if leaked:
        reasons.append("leaked %r" % leaked)
    want = parse_time(expected.get("publishedAt"))
    have = parse_time(got.get("time"))
    if want:
        verdict["date"] = bool(have) and have[0] == want[0]
        if want[1]:
            verdict["minute"] = bool(have) and have == want
        if not verdict["date"] or verdict.get("minute") is False:
            reasons.append("time %r" % got.get("time"))
    verdict["why"] = "; ".join(reasons)
    return verdict


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", default=".build/release/gazette")
    parser.add_argument("--pages", default=os.path.join(HERE, "..", ".pages"))
    parser.add_argument("--expect", default=os.path.join(HERE, "pages"))
    parser.add_argument("--split", choices=["dev", "holdout", "all"], default="dev")
    parser.add_argument("--tools", default="gazette")
    parser.add_argument("--only", help="comma-separated page ids")
    parser.add_argument("--failures", action="store_true", help="list Gazette's failing pages (dev part only)")
    args = parser.parse_args()

    expectations = []
    for name in sorted(os.listdir(args.expect)):
        if name.endswith(".json"):
            with open(os.path.join(args.expect, name), encoding="utf-8") as handle:
                expectation = json.load(handle)
            if args.split != "all" and split_of(expectation["site"], expectation["id"]) != args.split:
                continue
            if args.only and expectation["id"] not in args.only.split(","):
                continue
            path = page_file(args.pages, expectation["id"])
            if path is None:
                print("missing page %s (run Corpus/fetch-pages)" % expectation["id"], file=sys.stderr)
                continue
            expectations.append((expectation, path))

    makers = {"gazette": lambda: gazette(args.bin), "gne": gne_tool, "trafilatura": trafilatura_tool}
    sites = len({expectation["site"] for expectation, _ in expectations})
    for tool in args.tools.split(","):
        run = makers[tool]()

        def safe(item):
            try:
                return run(item[1])
            except Exception as error:  # a tool that fails on a page gets nothing for it
                return {"error": "%s: %s" % (type(error).__name__, error)}

        # Gazette runs as its own processes, two at a time; the Python extractors are not
        # thread-safe (GNE returns empty bodies when two threads share it), so they run alone.
        with concurrent.futures.ThreadPoolExecutor(max_workers=2 if tool == "gazette" else 1) as pool:
            results = list(pool.map(safe, expectations))
        counts = {"title": 0, "body": 0, "date": 0, "minute": 0, "empty": 0}
        dated = timed = 0
        failures = []
        for (expectation, _), got in zip(expectations, results):
            verdict = judge(expectation, got)
            for key in ("title", "body", "empty"):
                counts[key] += bool(verdict[key])
            if "date" in verdict:
                dated += 1
                counts["date"] += verdict["date"]
            if "minute" in verdict:
                timed += 1
                counts["minute"] += verdict["minute"]
            if verdict["why"]:
                failures.append((expectation["id"], expectation["site"], verdict["why"]))
        total = len(expectations)

        def share(good, of):
            return "%d/%d (%.1f %%)" % (good, of, 100.0 * good / of if of else 0)

        print("%-12s %s pages %d, sites %d: title %s, whole body %s, date %s, minute %s, empty bodies %d" % (
            tool, args.split, total, sites, share(counts["title"], total), share(counts["body"], total),
            share(counts["date"], dated), share(counts["minute"], timed), counts["empty"]))
        if args.failures and tool == "gazette":
            if args.split != "dev" and not args.only:
                print("failures are listed for the dev part only", file=sys.stderr)
                continue
            for page_id, site, why in failures:
                print("  %s %s: %s" % (page_id, site, why))


if __name__ == "__main__":
    main()
