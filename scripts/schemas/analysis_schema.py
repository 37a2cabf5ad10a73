#!/usr/bin/env python3
"""Writes docs/analysis.schema.json (JSON Schema 2020-12) for analysis.json, schema version 1.

Kept as a small generator so that nullable variants of the shared definitions stay in step.
Run: python3 scripts/schemas/analysis_schema.py  (then optionally validate documents with the `jsonschema` package).
"""
import copy
import json
import os

NUM = {"type": "number"}
INT = {"type": "integer", "minimum": 0}
STR = {"type": "string"}
BOOL = {"type": "boolean"}


def nullable(s):
    s = copy.deepcopy(s)
    t = s.get("type")
    s["type"] = (t if isinstance(t, list) else [t]) + ["null"]
    return s


def obj(props, desc=None, extra=False):
    o = {"type": "object", "required": sorted(props), "properties": props, "additionalProperties": extra}
    if desc:
        o["description"] = desc
    return o


PROB = {"type": "number", "minimum": 0, "maximum": 1}
CD = ["popular", "rejected", "neglected", "controversial", "average", "unclassified"]
NB = ["popular", "rejected", "neglected", "controversial", "average"]
FLAGS = ["isolated", "noMutual", "rejected", "neglected", "star", "powerPosition"]
KINDS = ["positive", "negative", "prosocial", "influence", "other"]
COUNTS = {"type": "object", "additionalProperties": INT}

dyad = obj({"mutual": INT, "asymmetric": INT, "null": INT}, "Dyad census: every unordered pair is mutual, asymmetric or null.")
ties = obj({"arcs": INT, "density": nullable(PROB), "reciprocity": nullable(PROB),
            "respondentReciprocity": nullable(PROB), "dyadCensus": dyad, "centralisation": nullable(PROB)},
           "Network numbers of one question or of the positive graph.")
split = obj({"arcs": INT, "within": INT, "between": INT, "eiIndex": nullable({"type": "number", "minimum": -1, "maximum": 1}),
             "withinShare": nullable(PROB), "byPair": COUNTS}, "Positive arcs within and between groups.")
chance = obj({"observed": INT, "expected": {"type": "number", "minimum": 0}, "pHigh": PROB, "pLow": PROB},
             "A count against its Poisson-binomial chance distribution.")
score = obj({"received": INT, "z": NUM})
location = {"file": nullable(STR), "line": nullable({"type": "integer", "minimum": 1}),
            "column": nullable({"type": "integer", "minimum": 1})}

defs = {
    "DyadCensus": dyad,
    "Ties": ties,
    "TiesOrNull": nullable(ties),
    "SplitOrNull": nullable(split),
    "Chance": chance,
    "ChanceOrNull": nullable(chance),
    "ScoreOrNull": nullable(score),
    "IdList": {"type": "array", "items": STR},
}

question = obj({"id": STR, "text": STR, "kind": {"enum": KINDS}, "kindSource": {"enum": ["guessed", "userSet", "defaulted"]},
                "role": {"enum": ["lm", "ll", None]}, "ties": {"$ref": "#/$defs/Ties"}})
communities = nullable(obj({"algorithm": {"enum": ["leiden"]}, "objective": {"enum": ["modularity"]},
                            "seed": INT, "modularity": nullable(NUM),
                            "members": {"type": "array", "items": {"$ref": "#/$defs/IdList"}}}))
status_counts = obj({"coieDodge": nullable(COUNTS), "newcombBukowski": nullable(COUNTS),
                     "acceptance": nullable(COUNTS), "flags": COUNTS})
klass = obj({
    "name": STR, "pupils": INT, "respondents": INT, "responseRate": nullable(PROB),
    "classes": {"type": "array", "items": STR}, "questions": {"type": "array", "items": question},
    "lmQuestion": nullable(STR), "llQuestion": nullable(STR), "alpha": {"enum": [0.1, 0.05, 0.01]},
    "positive": {"$ref": "#/$defs/TiesOrNull"}, "density": nullable(PROB), "reciprocity": nullable(PROB),
    "dyadCensus": nullable(dyad), "centralisation": nullable(PROB),
    "subgroups": {"type": "array", "items": {"$ref": "#/$defs/IdList"}}, "communities": communities,
    "statusCounts": status_counts, "genderSplit": {"$ref": "#/$defs/SplitOrNull"},
    "classSplit": {"$ref": "#/$defs/SplitOrNull"}, "negativeQuestionUsed": BOOL, "note": STR,
    "notes": {"type": "array", "items": obj({"code": STR, "message": STR})},
})
pupil = obj({
    "id": STR, "name": STR, "code": STR, "gender": {"enum": ["girl", "boy", "other", None]},
    "className": nullable(STR), "responded": BOOL, "received": COUNTS, "given": nullable(COUNTS),
    "mutual": {"$ref": "#/$defs/IdList"}, "lm": nullable(INT), "ll": nullable(INT),
    "zLM": nullable(NUM), "zLL": nullable(NUM), "zSP": nullable(NUM), "zSI": nullable(NUM),
    "coieDodge": {"enum": CD + [None]}, "newcombBukowski": {"enum": NB + [None]},
    "acceptance": {"enum": ["high", "low", "typical", None]},
    "chance": nullable(obj({"lm": {"$ref": "#/$defs/Chance"}, "ll": {"$ref": "#/$defs/ChanceOrNull"},
                            "impact": {"$ref": "#/$defs/ChanceOrNull"}})),
    "prosocial": {"$ref": "#/$defs/ScoreOrNull"}, "influence": {"$ref": "#/$defs/ScoreOrNull"},
    "betweenness": nullable(PROB), "pageRank": nullable(PROB), "community": nullable(INT),
    "flags": {"type": "array", "items": {"enum": FLAGS}},
})
file_report = {"type": "object", "description": "The importer's FileReport (see the importer's documentation).",
               "required": ["file", "layout", "encoding", "delimiter"]}
match = obj({"written": nullable(STR), "pupilID": STR, "pupilName": nullable(STR), "pupilCode": STR,
             "method": {"enum": ["exact", "normalised", "firstName", "closeSpelling"]}, "occurrences": INT, **location})
diagnostic = {"type": "object", "required": ["severity", "code", "message"],
              "properties": {"severity": {"enum": ["warning", "note"]}, "code": STR, "message": STR}}
imp = nullable(obj({"files": {"type": "array", "items": file_report}, "matches": {"type": "array", "items": match},
                    "diagnostics": {"type": "array", "items": diagnostic}}))
warning = obj({"code": STR, "message": STR, **location})

schema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://sociogram.local/analysis.schema.json",
    "title": "Sociogram analysis.json, schema version 1",
    "description": "See docs/analysis-json.md for the meaning of every field.",
    **obj({"schemaVersion": {"enum": [1]}, "tool": obj({"name": STR, "version": STR}), "pseudonymised": BOOL,
           "caveat": STR, "class": klass, "pupils": {"type": "array", "items": pupil}, "import": imp,
           "warnings": {"type": "array", "items": warning}}),
    "$defs": defs,
}

out = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "analysis.schema.json")
with open(out, "w") as f:
    json.dump(schema, f, indent=2, sort_keys=True, ensure_ascii=False)
    f.write("\n")
print("wrote", os.path.normpath(out))
