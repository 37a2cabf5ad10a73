#!/usr/bin/env python3
"""Writes docs/follow.schema.json (JSON Schema 2020-12) for follow.json, schema version 1.

Beside docs/analysis.schema.json (scripts/schemas/analysis_schema.py), in the same style; docs/follow.md explains
every field. Run: python3 scripts/schemas/follow_schema.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from schema_helpers import BOOL, INT, POS, STR, nullable, obj  # noqa: E402

NUM = {"type": "number"}
PROB = {"type": "number", "minimum": 0, "maximum": 1}
COUNTS = {"type": "object", "additionalProperties": INT}
CD = ["popular", "rejected", "neglected", "controversial", "average", "unclassified"]
NB = ["popular", "rejected", "neglected", "controversial", "average"]
METHODS = ["id", "exact", "normalised", "firstName", "closeSpelling"]






def per_wave(item, desc):
    return {"type": "array", "items": nullable(item), "description": desc + " One entry per survey; null where unknown."}


ref = obj({"code": STR, "name": nullable(STR)}, "A pupil: the series code, and the latest name (null when pseudonymised).")
refs = {"type": "array", "items": {"$ref": "#/$defs/PupilRef"}}
tie_change = obj({"kept": INT, "new": INT, "lost": INT, "jaccard": nullable(PROB), "tiesOfLeavers": INT,
                  "tiesOfJoiners": INT, "tiesOfOneWaveRespondents": INT},
                 "Kept, new and lost comparable positive choices and Jaccard stability, exactly as compare.json.")
tie_counts = obj({"kept": INT, "new": INT, "lost": INT})
status_counts = obj({"coieDodge": nullable(COUNTS), "newcombBukowski": nullable(COUNTS), "acceptance": nullable(COUNTS),
                     "flags": COUNTS}, "As analysis.json's class.statusCounts.")
wave = obj({
    "wave": POS, "label": STR, "labelSource": {"enum": ["given", "surveyDate", "fileName"]},
    "date": nullable({"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}),
    "name": STR, "pupils": INT, "respondents": INT, "responseRate": nullable(PROB),
    "positiveQuestions": {"type": "array", "items": STR}, "negativeQuestionUsed": BOOL,
    "afterMeasure": nullable(BOOL), "density": nullable(PROB), "reciprocity": nullable(PROB), "mutualPairs": nullable(INT),
    "isolated": refs, "noMutual": refs, "statusCounts": status_counts,
}, "One survey, in the order given (time order).")
change = obj({
    "from": POS, "to": POS, "fromLabel": STR, "toLabel": STR, "matched": INT,
    "positive": {"$ref": "#/$defs/TieChangeOrNull"}, "joined": refs, "left": refs,
}, "What changed between two surveys.")
step = obj({"from": POS, "to": POS, "given": {"$ref": "#/$defs/TieCountsOrNull"},
            "received": {"$ref": "#/$defs/TieCountsOrNull"}}, "The pupil's own comparable choices between two consecutive surveys.")
pupil = obj({
    "code": STR, "name": nullable(STR),
    "ids": per_wave(STR, "The pupil's id in each survey."),
    "responded": per_wave(BOOL, "Whether the pupil answered."),
    "received": per_wave(INT, "Distinct classmates who chose the pupil in a positive question."),
    "given": per_wave(INT, "Distinct classmates the pupil chose (null where the pupil did not answer)."),
    "mutual": per_wave(INT, "Mutual positive choices (null where the pupil did not answer)."),
    "isolated": per_wave(BOOL, "Chosen by nobody in a positive question."),
    "negativeReceived": per_wave(INT, "Distinct classmates who named the pupil in a negative question."),
    "coieDodge": per_wave({"enum": CD}, "Coie-Dodge status."),
    "newcombBukowski": per_wave({"enum": NB}, "Newcomb-Bukowski status."),
    "steps": {"type": "array", "items": step},
}, "One pupil over the series.")
link = obj({"code": STR, "fromWave": POS, "toWave": POS, "nameBefore": nullable(STR), "nameAfter": nullable(STR),
            "method": {"enum": METHODS}})
matching = obj({"by": {"enum": ["id", "name"]}, "links": {"type": "array", "items": link},
                "ambiguous": {"type": "array", "items": obj({"wave": POS, "pupil": {"$ref": "#/$defs/PupilRef"}})}})
evaluation = obj({"code": STR, "language": {"enum": ["nb", "nn", "en"]}, "text": STR})

schema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://sociogram.local/follow.schema.json",
    "title": "Sociogram follow.json, schema version 1",
    "description": "See docs/follow.md for the meaning of every field.",
    **obj({
        "schemaVersion": {"enum": [1]}, "tool": obj({"name": STR, "version": STR}), "caveat": STR, "pseudonymised": BOOL,
        "measureFrom": nullable(obj({"wave": POS, "label": STR})), "matching": matching,
        "waves": {"type": "array", "items": wave}, "changes": {"type": "array", "items": {"$ref": "#/$defs/Change"}},
        "overall": {"$ref": "#/$defs/Change"}, "pupils": {"type": "array", "items": pupil},
        "evaluations": {"type": "array", "items": evaluation},
    }),
    "$defs": {"PupilRef": ref, "TieChangeOrNull": nullable(tie_change), "TieCountsOrNull": nullable(tie_counts), "Change": change},
}

out = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "follow.schema.json")
with open(out, "w") as f:
    json.dump(schema, f, indent=2, sort_keys=True, ensure_ascii=False)
    f.write("\n")
print("wrote", os.path.normpath(out))
