#!/usr/bin/env python3
"""Deletes the hand-typed "section" of every action in knowledge-base/actions.json.

An action's section is derived from its elements now (see knowledge-base/README.md), and validate refuses a typed
one. This removes only the lines `"section": "...",` and, where such a line was the last field of its object, the
trailing comma of the line before; every other line stays byte for byte as it is, so that edits made on other
branches merge cleanly. Safe to run again: a file without sections is left unchanged.

Usage: scripts/drop-action-sections.py [PATH]   (default: knowledge-base/actions.json beside this script)
"""
import json
import pathlib
import re
import sys

SECTION = re.compile(r'^\s*"section"\s*:\s*"(?:[^"\\]|\\.)*"\s*(,?)\s*$')


def drop_sections(text):
    lines = text.splitlines(keepends=True)
    kept = []
    removed = 0
    for line in lines:
        match = SECTION.match(line.rstrip("\r\n"))
        if not match:
            kept.append(line)
            continue
        removed += 1
        if not match.group(1):
            # The section closed its object: the field before it is now the last one and loses its comma.
            for index in range(len(kept) - 1, -1, -1):
                body = kept[index].rstrip("\r\n")
                if body.strip():
                    ending = kept[index][len(body):]
                    if body.rstrip().endswith(","):
                        stripped = body.rstrip()
                        kept[index] = stripped[:-1] + body[len(stripped):] + ending
                    break
    return "".join(kept), removed


def main():
    default = pathlib.Path(__file__).resolve().parent.parent / "knowledge-base" / "actions.json"
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else default
    text = path.read_text(encoding="utf-8")
    result, removed = drop_sections(text)
    document = json.loads(result)
    left = [a.get("id") for a in document.get("actions", []) if "section" in a]
    if left:
        sys.exit(f"{path}: some sections are not on a line of their own and were left: {', '.join(left)}")
    if removed:
        path.write_text(result, encoding="utf-8")
    print(f"{path}: {removed} section line(s) removed")


if __name__ == "__main__":
    main()
