#!/usr/bin/env python3
"""Writes the seed corpus of the importer's fuzzer into tests/fuzz/corpus: small valid files cut
from resources/demo/demo.json and built like the importer's tests, and malformed ones of every kind
the importer refuses. Run it again after changing it; inputs the fuzzer found crashing are added by
hand as crash-*.json and kept."""

import json
import os

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
out = os.path.join(here, "corpus")
os.makedirs(out, exist_ok=True)

def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)

with open(os.path.join(root, "resources", "demo", "demo.json"), encoding="utf-8") as f:
    demo = json.load(f)

# One role and one of its candidates, the interview cut to two regrets and three notes.
role = demo["roles"][0]
candidate = next(c for c in demo["candidates"] if c["roleId"] == role["id"])
candidate = json.loads(json.dumps(candidate))
for interview in candidate.get("interviews", []):
    interview["regrets"] = interview.get("regrets", [])[:2]
    interview["notes"] = interview.get("notes", [])[:3]
    for note in interview["notes"]:
        if "regret" in note and note["regret"] >= len(interview["regrets"]):
            del note["regret"]
candidate["interviews"] = candidate.get("interviews", [])[:1]
small = {"format": "hindsight", "version": 1, "roles": [role], "candidates": [candidate]}
write("demo-one-candidate.json", json.dumps(small, indent=1, ensure_ascii=False))
# The same as the exporter lays it out: keys sorted, so candidates come before roles and notes
# before regrets.
write("demo-one-candidate-sorted.json", json.dumps(small, sort_keys=True, ensure_ascii=False))

good_role = '{"id": "r1", "title": "Payment backend", "breadthDemand": 7.5, "domainDemands": {"payments": 1}}'
good_regret = '{"level": "domain", "domain": "streaming", "depth": 4, "layers": ["queuing", "databases"]}'
good_note = '{"atMs": 12000, "stage": "decision", "text": "said so", "quote": true, "regret": 0}'

def document(roles=good_role, candidates=None, head='"format": "hindsight", "version": 1'):
    if candidates is None:
        candidates = candidate_json()
    return '{%s, "roles": [%s], "candidates": [%s]}' % (head, roles, candidates)

def interview(regrets=good_regret, notes=good_note, extra=""):
    return ('{"id": "i1", "interviewer": "Sam", "startedAt": "2026-11-20T10:00:00Z", '
            '"submitted": true, "regrets": [%s], "notes": [%s]%s}' % (regrets, notes, extra))

def candidate_json(interviews=None, extra="", name='"Ada Example"'):
    if interviews is None:
        interviews = interview()
    return '{"id": "c1", "name": %s, "roleId": "r1", "interviews": [%s]%s}' % (name, interviews, extra)

write("small.json", document())
write("decisions.json", document(candidates=candidate_json(extra=
    ', "status": "withdrawn", "decision": {"outcome": "hold"}, "decisions": ['
    '{"outcome": "advance", "rationale": "line one\\nline two\\tand a tab", "recordedBy": "Kim", '
    '"decidedAt": "2026-11-21T09:00:00Z"}, {"outcome": "no-hire"}]')))
write("probes.json", document(candidates=candidate_json(interview(extra=
    ', "probes": ["system.scale", {"probe": "domain.failure-modes", "regret": 0, '
    '"tickedAt": "2026-11-20T10:05:00.250+02:00"}, "system.scale"]'))))
write("unicode.json", document(candidates=candidate_json(name='"Zo\\u00eb \\ud83d\\ude00 Ærø 日本"')))
write("unknown-fields.json", document(candidates=candidate_json(extra=
    ', "future": {"nested": [1, 2.5e3, -0.0, true, false, null, "x"]}')))
write("two-candidates.json", document(candidates=candidate_json() + "," + candidate_json(
    interview(regrets=good_regret + ', {"level": "product", "depth": 0}', notes=""))))

# Malformed: each refused with the path of the first bad value.
write("bad-empty.json", "")
write("bad-whitespace.json", " \n\t ")
write("bad-array.json", "[]")
write("bad-truncated.json", document()[:60])
write("bad-trailing-comma.json", document().replace('"quote": true', '"quote": true,'))
write("bad-after-end.json", document() + " {}")
write("bad-format.json", document(head='"format": "csv", "version": 1'))
write("bad-version.json", document(head='"format": "hindsight", "version": 2'))
write("bad-duplicate-key.json", document(candidates=candidate_json(extra=', "name": "Eve"')))
write("bad-duplicate-top.json", document(head='"format": "hindsight", "version": 1, "version": 1'))
write("bad-nul-raw.json", document(candidates=candidate_json(name='"Ada\x00Lovelace"')))
write("bad-nul-escaped.json", document(candidates=candidate_json(name='"Ada\\u0000Lovelace"')))
write("bad-esc-bel.json", document(candidates=candidate_json(
    interview(notes='{"atMs": 1, "text": "ring \\u0007 and \x1b[31m red"}'))))
write("bad-tab-in-name.json", document(candidates=candidate_json(name='"Ada\\tLovelace"')))
write("bad-long-name.json", document(candidates=candidate_json(name='"' + "x" * 201 + '"')))
write("bad-lone-surrogate.json", document(candidates=candidate_json(name='"\\ud800x"')))
write("bad-invalid-utf8.json",
      document(candidates=candidate_json(name='"AdX"')).encode("utf-8").replace(b"AdX", b"Ad\xc3\x28"))
write("bad-bad-escape.json", document(candidates=candidate_json(name='"Ada\\q"')))
write("bad-deep.json", '{"format": "hindsight", "version": 1, "x": ' + "[" * 100 + "]" * 100 + "}")
write("bad-huge-atms.json", document(candidates=candidate_json(
    interview(notes='{"atMs": 9007199254740993, "text": ""}'))))
write("bad-number.json", document(candidates=candidate_json(
    interview(notes='{"atMs": 01, "text": ""}'))))
write("bad-depth.json", document(candidates=candidate_json(
    interview(regrets='{"level": "domain", "domain": "streaming", "depth": 5}'))))
write("bad-dangling-role.json", document(candidates=candidate_json().replace('"r1"', '"r9"')))
write("bad-note-link.json", document(candidates=candidate_json(
    interview(notes='{"atMs": 1, "text": "", "regret": 3}'))))
