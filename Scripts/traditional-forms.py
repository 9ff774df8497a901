#!/usr/bin/env python3
"""Writes Sources/Gazette/Extract/Figures/TraditionalForms.swift from OpenCC's character table.

    pip install opencc-python-reimplemented     # or any copy of OpenCC's TSCharacters.txt
    python3 Scripts/traditional-forms.py [--table PATH/TSCharacters.txt]

Keeps every one-to-one traditional → simplified pair whose simplified form occurs in the
figure grammar (the Swift files of Extract/Figures/), except traditional characters that
are also ordinary simplified characters (乾, 後, 於, 裏, …): folding those would change words
that are no figures. Re-run it after adding words to the grammar.
"""

import argparse
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIGURES = os.path.join(ROOT, "Sources", "Gazette", "Extract", "Figures")
TARGET = os.path.join(FIGURES, "TraditionalForms.swift")
KEPT_AS_WRITTEN = set("乾後幹榦衕閤鍾麯麴昇陞於彆曏嚮噹傢佈剋劃齣颱檯裏茲")

HEADER = '''/// Traditional forms of the characters the figure grammar is written in, each with its
/// simplified form. The recognizer folds a paragraph through this table before it reads it
/// (one scalar for one, so offsets stay those of the text as written), and "增長12.5％",
/// "約攝氏15度", "3.14港幣" read as their simplified spelling.
///
/// Made by `Scripts/traditional-forms.py` from OpenCC's character table (TSCharacters): every
/// one-to-one pair whose simplified form occurs in `Extract/Figures/`; characters that are also
/// ordinary simplified words (乾, 後, 於, 裏, …) are left out, as folding them would change words
/// that are not figures.
enum TraditionalForms {
    static let simplified: [Unicode.Scalar: Unicode.Scalar] = [
'''


def default_table():
    try:
        import opencc  # noqa: F401  (opencc-python-reimplemented)
    except ImportError:
        return None
    return os.path.join(os.path.dirname(sys.modules["opencc"].__file__), "dictionary", "TSCharacters.txt")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--table", help="OpenCC's TSCharacters.txt")
    args = parser.parse_args()
    table = args.table or default_table()
    if not table or not os.path.isfile(table):
        sys.exit("traditional-forms: no TSCharacters.txt; pass --table or pip install opencc-python-reimplemented")

    pairs = {}
    with open(table, encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 2:
                continue
            traditional, simplified = fields[0], fields[1].split(" ")[0]
            if len(traditional) == 1 and len(simplified) == 1 and traditional != simplified and ord(traditional) < 0x10000:
                pairs[traditional] = simplified

    used = set()
    for path in glob.glob(os.path.join(FIGURES, "*.swift")):
        if path == TARGET:
            continue
        with open(path, encoding="utf-8") as handle:
            used.update(ch for ch in handle.read() if 0x4E00 <= ord(ch) <= 0x9FFF)

    kept = sorted(((t, s) for t, s in pairs.items() if s in used and t not in KEPT_AS_WRITTEN), key=lambda p: (ord(p[1]), ord(p[0])))
    rows = []
    for start in range(0, len(kept), 10):
        rows.append("        " + ", ".join('"%s": "%s"' % pair for pair in kept[start:start + 10]) + ",")
    with open(TARGET, "w", encoding="utf-8") as handle:
        handle.write(HEADER + "\n".join(rows) + "\n    ]\n}\n")
    print("%d pairs written to %s" % (len(kept), os.path.relpath(TARGET, ROOT)))


if __name__ == "__main__":
    main()
