#!/usr/bin/env python3
"""Speaker accuracy on a construction set (item, speaker, text per sentence).

Usage, from the repository root:
    cargo build --release --example extract_show
    python3 eval/constructions/run.py eval/constructions/set1.tsv [--errors]

Each item's sentences are joined with a space (a leading pilcrow and space starts a new
paragraph), written to a temporary file and run through `extract_show`; a sentence counts as
right when factdesk cuts it the same way and gives it the labelled speaker.
"""
import csv
import subprocess
import sys
import tempfile
from collections import OrderedDict
from pathlib import Path

SHOW = Path("target/release/examples/extract_show")


def items(path):
    grouped = OrderedDict()
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            grouped.setdefault(row["item"], []).append(row)
    return grouped


def body(rows):
    text = ""
    for row in rows:
        sentence = row["text"]
        if sentence.startswith("¶ "):
            text += "\n\n" + sentence[2:]
        else:
            text += (" " if text else "") + sentence
    return text + "\n"


def speakers(path):
    out = subprocess.run([str(SHOW), path], capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        speaker, _, sentence = line[1:].partition("] ")
        found[sentence.replace("\\n", " ").strip()] = "" if speaker == "-" else speaker
    return found


def main():
    if len(sys.argv) < 2 or not SHOW.exists():
        sys.exit(__doc__)
    show_errors = "--errors" in sys.argv
    right = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for item, rows in items(sys.argv[1]).items():
            path = Path(tmp) / f"{item}.txt"
            path.write_text(body(rows), encoding="utf-8")
            found = speakers(str(path))
            for row in rows:
                total += 1
                sentence = row["text"].removeprefix("¶ ")
                got = found.get(sentence)
                if got == row["speaker"]:
                    right += 1
                elif show_errors:
                    print(f"{item}\twant {row['speaker']!r} got {got!r}\t{sentence}")
    print(f"{sys.argv[1]}: speaker right {right}/{total} = {100 * right / total:.1f}%")


if __name__ == "__main__":
    main()
