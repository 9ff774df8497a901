#!/usr/bin/env python3
"""Runs Gazette as a stage of Apache Spark: RDD.pipe streams NDJSON requests through
`gazette parse --ndjson` on a local[2] cluster, and the records must equal those of one
process reading the same requests.

Usage: spark_pipe.py GAZETTE_BINARY SAMPLES_DIR [COPIES]
"""
import json
import pathlib
import subprocess
import sys


def corpus(samples, copies):
    """Requests built from the samples, with the digits of each copy shifted so every
    document differs; GB18030 pages are decoded first (requests carry text)."""
    requests = []
    sources = sorted(p for p in pathlib.Path(samples).iterdir() if p.suffix in (".txt", ".html"))
    for copy in range(copies):
        for source in sources:
            raw = source.read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("gb18030")
            shifted = "".join(str((int(c) + copy) % 10) if c.isdigit() and c.isascii() else c for c in text)
            requests.append({"id": f"{copy}-{source.name}", "name": source.name, "content": shifted})
    # One request that cannot be converted: it must come back as an error record.
    requests.append({"id": "empty", "name": "empty.txt", "content": ""})
    return [json.dumps(r, ensure_ascii=False) for r in requests]


def by_id(lines):
    records = {}
    for line in lines:
        answer = json.loads(line)
        records[answer["id"]] = answer
    return records


def main():
    binary, samples = sys.argv[1], sys.argv[2]
    copies = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    lines = corpus(samples, copies)

    single = subprocess.run([binary, "parse", "--ndjson"], input="\n".join(lines) + "\n",
                            capture_output=True, text=True, check=True).stdout.splitlines()

    from pyspark import SparkConf, SparkContext
    conf = SparkConf().setMaster("local[2]").setAppName("gazette-pipe").set("spark.ui.enabled", "false")
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    try:
        piped = context.parallelize(lines, 8).pipe(f"{binary} parse --ndjson").collect()
    finally:
        context.stop()

    expected, actual = by_id(single), by_id(piped)
    failures = []
    if len(piped) != len(lines):
        failures.append(f"{len(piped)} answers for {len(lines)} requests")
    if set(expected) != set(actual):
        failures.append(f"ids differ: {sorted(set(expected) ^ set(actual))[:5]}")
    for key in sorted(set(expected) & set(actual)):
        if expected[key] != actual[key]:
            failures.append(f"record {key} differs between Spark and one process")
    if "error" not in actual.get("empty", {}):
        failures.append("the empty request did not come back as an error record")
    records = sum(1 for a in actual.values() if "record" in a)
    for failure in failures[:10]:
        print("FAIL:", failure)
    print(f"spark pipe: {len(lines)} requests, {records} records, {len(failures)} differences")
    print(f"{1 if not failures else 0} passed, {1 if failures else 0} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
