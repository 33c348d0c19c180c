#!/usr/bin/env python3
"""Writes the abridged form of a framework file: the same file without the evidence examples
(`indicators`) and routes' entry requirements and providers, which the rating page fetches
only when someone opens "Evidence and notes" or a route's details; and without the career
map (`[[moves]]`, `[[links]]`), which only the full module shows. A first visit then
downloads about 40% less of the framework. Checks its own output: it must read as
TOML, and differ from the whole file only by what it leaves out.

usage: abridge.py content/mhn.toml dist/content/mhn.abridged.toml
"""
import sys
import tomllib


LEFT_OUT_TABLES = ("[[moves]]", "[[links]]")
# Shown only when someone opens a route's details; always on one line.
LEFT_OUT_ROUTE_FIELDS = ("entry = ", "provider = ")


def abridge(text):
    out, skipping, in_left_out_table = [], False, False
    for line in text.splitlines(keepends=True):
        if line.startswith("["):
            in_left_out_table = line.strip() in LEFT_OUT_TABLES
        if in_left_out_table:
            continue
        if skipping:
            skipping = line.strip() != "]"
            continue
        if line.startswith(LEFT_OUT_ROUTE_FIELDS):
            continue
        if line.startswith("indicators = ["):
            # A list on one line ends on it; a longer one ends with a line holding only "]".
            skipping = not line.rstrip().endswith("]")
            continue
        out.append(line)
    return "".join(out)


def main():
    source, target = sys.argv[1:3]
    with open(source, encoding="utf-8") as f:
        text = f.read()
    short = abridge(text)
    whole, kept = tomllib.loads(text), tomllib.loads(short)
    ids = lambda doc: [c["id"] for c in doc.get("competences", [])]
    if ids(whole) != ids(kept) or any("indicators" in c for c in kept.get("competences", [])):
        raise SystemExit(f"abridging {source} went wrong: fix scripts/abridge.py")
    left_out = ("competences", "moves", "links")
    if "moves" in kept or "links" in kept:
        raise SystemExit(f"abridging {source} left the career map in: fix scripts/abridge.py")
    for route in whole.get("routes", []):
        route.pop("entry", None)
        route.pop("provider", None)
    without = {k: v for k, v in whole.items() if k not in left_out}
    if without != {k: v for k, v in kept.items() if k not in left_out}:
        raise SystemExit(f"abridging {source} changed more than evidence examples")
    with open(target, "w", encoding="utf-8") as f:
        f.write(short)


if __name__ == "__main__":
    main()
