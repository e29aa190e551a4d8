#!/usr/bin/env python3
"""Writes large interchange files for measuring `hindsight import` and the reports by hand.

  make-import-file.py notes OUT.json [--notes 1000000] [--per-interview 1000]
      short notes, 1,000 to an interview, one interview per candidate: the import's memory.
  make-import-file.py maximal OUT.json [--candidates 50]
      one role, candidates whose every field is as long as the limits allow (names 200
      characters, notes and answers 20,000): the reports' time with maximal fields.
"""

import argparse
import json
import random

LINE = 200      # core/limits.h, lineLength
TEXT = 20_000   # core/limits.h, textLength

HEADER = {"format": "hindsight", "version": 1}
ROLE = {"id": "r1", "title": "Payment backend", "description": "", "breadthDemand": 7.5,
        "domainDemands": {"payments": 2, "streaming": 3}}
STAGES = ["system", "decision", "discovery", "instead", "probe"]
WORDS = ("ledger retry idempotent queue partition replica schema migration cache latency "
         "throughput shard index lock backfill outbox consumer offset timeout").split()


def prose(rng, length):
    """Words up to exactly `length` characters, so line breaking has spaces to work with."""
    out = []
    size = 0
    while size < length:
        word = rng.choice(WORDS)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:length]


def notes_file(args):
    rng = random.Random(1)
    candidates = []
    remaining = args.notes
    index = 0
    while remaining > 0:
        count = min(args.per_interview, remaining)
        remaining -= count
        notes = [{"atMs": 1000 * i, "stage": STAGES[i % 5], "text": "note %d" % i}
                 for i in range(count)]
        candidates.append({"id": "c%d" % index, "name": "Candidate %d" % index, "roleId": "r1",
                           "interviews": [{"id": "i%d" % index, "interviewer": "Sam",
                                           "startedAt": "2026-11-20T10:00:00Z", "submitted": True,
                                           "regrets": [{"level": "domain", "domain": "payments",
                                                        "depth": rng.randint(0, 4)}],
                                           "notes": notes}]})
        index += 1
    return dict(HEADER, roles=[ROLE], candidates=candidates)


def maximal_file(args):
    rng = random.Random(2)
    role = dict(ROLE, title=prose(rng, LINE), description=prose(rng, TEXT))
    candidates = []
    for index in range(args.candidates):
        name = ("%d " % index + prose(rng, LINE))[:LINE]
        regrets = [{"level": rng.choice(["domain", "mixed"]), "domain": "payments",
                    "depth": rng.randint(0, 4), "layers": ["databases", "queuing"],
                    "system": prose(rng, TEXT), "decision": prose(rng, TEXT),
                    "why": prose(rng, TEXT), "instead": prose(rng, TEXT),
                    "impact": prose(rng, TEXT)} for _ in range(2)]
        notes = [{"atMs": 60000 * i, "stage": STAGES[i % 5], "text": prose(rng, TEXT),
                  "quote": i % 3 == 0, "regret": i % 2} for i in range(5)]
        # One note of a single word as long as a note may be: nothing to break a line at.
        notes.append({"atMs": 400000, "stage": "wrapup", "text": "x" * TEXT})
        candidates.append({"id": "c%d" % index, "name": name, "email": ("e" * (LINE - 12)) + "@example.com",
                           "roleId": "r1",
                           "interviews": [{"id": "i%d" % index, "interviewer": prose(rng, LINE),
                                           "startedAt": "2026-11-20T10:00:00Z", "submitted": True,
                                           "regrets": regrets, "notes": notes}],
                           "decision": {"outcome": "hold", "rationale": prose(rng, TEXT),
                                        "recordedBy": prose(rng, LINE)}})
    return dict(HEADER, roles=[role], candidates=candidates)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=["notes", "maximal"])
    parser.add_argument("out")
    parser.add_argument("--notes", type=int, default=1_000_000)
    parser.add_argument("--per-interview", type=int, default=1000)
    parser.add_argument("--candidates", type=int, default=50)
    args = parser.parse_args()
    data = notes_file(args) if args.kind == "notes" else maximal_file(args)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(data, f, separators=(",", ":"), ensure_ascii=False)


if __name__ == "__main__":
    main()
