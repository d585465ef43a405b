#!/usr/bin/env python3
"""Self-checks for a blind set of 12 labelled resumes: `python3 check.py [FOLDER]`, the folder holding the
resumes and labels.json (by default this script's own, as a set's writer copies it beside the set).

Hard checks (exit 1 on failure):
  - 12 labels, valid JSON, every file exists and is 3,000-8,200 bytes;
  - every label has exactly the required keys;
  - every trap is a verbatim substring of a single line of its resume;
  - the four assertion lists together equal `phrases` (same multiset);
  - every phrase is spelled as a glossary phrase (canonical, synonym or related)
    and occurs in its resume (case-insensitive, a line break or a hyphenated
    line break allowed inside it);
  - genuine counselors: level agrees with years (<2 junior, 2-<5 mid, 5+ senior);
    tier none / look-alikes / stuffed without a counseling job: level and years null.
Soft checks (printed as WARN, reviewed by hand):
  - a glossary phrase occurring in a resume (longest match, outside traps) that is
    not in `phrases`;
  - a labelled phrase that only occurs inside a longer glossary phrase or a trap;
  - a false friend occurring in a resume outside every trap.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
YAML = "/work/main/seed-data/terms/therapeutic-alliance.yaml"  # read-only
KEYS = ["file", "tier", "level", "insufficient", "phrases", "traps", "titles",
        "assertions", "stuffed", "years", "note"]
MODES = ["asserted", "hedged", "aspirational", "negated"]


def load_glossary():
    phrases, false_friends = [], []
    section = None
    for raw in open(YAML, encoding="utf-8"):
        line = raw.rstrip("\n")
        if re.match(r"^[A-Za-z]", line):
            section = line.split(":")[0]
            continue
        if section == "phrases":
            m = re.search(r"\{\s*phrase:\s*([^,]+),", line)
            if m:
                phrases.append(m.group(1).strip())
        elif section == "falseFriends":
            m = re.match(r"^\s*-\s+(.+?)\s*$", line)
            if m:
                false_friends.append(m.group(1).strip())
    return phrases, false_friends


def variants(text):
    """Normalised, lower-case views of the text: a hyphenated line break either
    joins the word ("stabi-\\nlization") or keeps its hyphen ("counselor-\\nclient");
    any other line break is a space."""
    t = text.lower()
    out = []
    for hy in ("", "-"):
        v = re.sub(r"-[ \t]*\n[ \t]*", hy, t)
        v = re.sub(r"\s+", " ", v)
        out.append(v)
    return out


def norm_line(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


def spans(hay, needle):
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), hay)]


def main():
    glossary, false_friends = load_glossary()
    assert "therapeutic alliance" in glossary and len(glossary) > 40, glossary
    assert "strategic alliance" in false_friends, false_friends
    gl_sorted = sorted(glossary, key=len, reverse=True)
    errors, warns = [], []

    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    if not isinstance(labels, list) or len(labels) != 12:
        errors.append("labels.json must be a list of 12 labels")
    files = [f"t{i:02d}-" for i in range(1, 13)]
    for i, lab in enumerate(labels):
        if not lab.get("file", "").startswith(files[i]):
            errors.append(f"label {i}: file {lab.get('file')} out of order")
    txts = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    if sorted(l["file"] for l in labels) != txts:
        errors.append(f"files on disk {txts} != labelled files")

    for lab in labels:
        f = lab.get("file")
        tag = f
        if sorted(lab.keys()) != sorted(KEYS):
            errors.append(f"{tag}: keys {sorted(lab.keys())}")
        path = os.path.join(HERE, f)
        if not os.path.exists(path):
            errors.append(f"{tag}: missing file")
            continue
        size = os.path.getsize(path)
        if not 3000 <= size <= 8200:
            errors.append(f"{tag}: size {size} bytes")
        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")

        # types
        if lab["tier"] not in ("strong", "moderate", "weak", "none"):
            errors.append(f"{tag}: tier {lab['tier']}")
        if lab["level"] not in ("junior", "mid", "senior", None):
            errors.append(f"{tag}: level {lab['level']}")
        for k in ("insufficient", "stuffed"):
            if not isinstance(lab[k], bool):
                errors.append(f"{tag}: {k} not bool")
        for k in ("phrases", "traps", "titles"):
            if not isinstance(lab[k], list):
                errors.append(f"{tag}: {k} not list")
        if len(set(lab["phrases"])) != len(lab["phrases"]):
            errors.append(f"{tag}: duplicate phrases")

        # traps: verbatim substring of a single line
        for t in lab["traps"]:
            if not any(t in ln for ln in lines):
                errors.append(f"{tag}: trap not on a single line: {t!r}")

        # assertions split phrases exactly
        a = lab["assertions"]
        if sorted(a.keys()) != sorted(MODES):
            errors.append(f"{tag}: assertion keys {sorted(a.keys())}")
        joined = Counter(p for m in MODES for p in a.get(m, []))
        if joined != Counter(lab["phrases"]):
            errors.append(f"{tag}: assertions {dict(joined)} != phrases {lab['phrases']}")

        # phrases: glossary spelling and occurrence
        vs = variants(text)
        for p in lab["phrases"]:
            if p not in glossary:
                errors.append(f"{tag}: phrase not in glossary: {p!r}")
            if not any(p in v for v in vs):
                errors.append(f"{tag}: phrase not in resume: {p!r}")

        # level / years
        y, lev = lab["years"], lab["level"]
        genuine = lab["tier"] != "none" and not lab["stuffed"]
        if genuine:
            if not isinstance(y, (int, float)):
                errors.append(f"{tag}: genuine counselor without years")
            else:
                want = "junior" if y < 2 else "mid" if y < 5 else "senior"
                if lev != want:
                    errors.append(f"{tag}: level {lev} but years {y} -> {want}")
        else:
            if lev is not None or y is not None:
                errors.append(f"{tag}: none/stuffed must have level null, years null")
            if lab["stuffed"] and lab["tier"] not in ("weak", "none"):
                errors.append(f"{tag}: stuffed must be tier weak or none")
        if lab["tier"] == "none" and lab["phrases"]:
            errors.append(f"{tag}: tier none with counseling phrases")

        # soft: coverage (longest match, traps masked), on the hyphen-joined view
        for v in vs:
            masked = [False] * len(v)
            for t in lab["traps"]:
                for s, e in spans(v, norm_line(t)):
                    for k in range(s, e):
                        masked[k] = True
            taken = [False] * len(v)
            found = set()
            for p in gl_sorted:
                for s, e in spans(v, p):
                    if any(taken[s:e]):
                        continue
                    for k in range(s, e):
                        taken[k] = True
                    if not any(masked[s:e]):
                        found.add(p)
            lab.setdefault("_found", set()).update(found)
            for ff in false_friends:
                for s, e in spans(v, ff):
                    if not any(masked[s:e]):
                        warns.append(f"{tag}: false friend outside traps: {ff!r}")
        found = lab.pop("_found")
        for p in sorted(found - set(lab["phrases"])):
            warns.append(f"{tag}: glossary phrase in resume but not labelled: {p!r}")
        for p in sorted(set(lab["phrases"]) - found):
            warns.append(f"{tag}: labelled phrase only inside a longer phrase or trap: {p!r}")

    for w in sorted(set(warns)):
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(labels)} labels, {len(errors)} errors, {len(set(warns))} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
