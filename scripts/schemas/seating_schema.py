#!/usr/bin/env python3
"""Writes docs/seating.schema.json (JSON Schema 2020-12) for seating.json, schema version 1.

Beside docs/follow.schema.json (scripts/schemas/follow_schema.py), in the same style; docs/seating.md explains
every field. Run: python3 scripts/schemas/seating_schema.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from schema_helpers import BOOL, INT, POS, STR, nullable, obj  # noqa: E402

NONPOS = {"type": "integer", "maximum": 0}


pupil = obj({"id": STR, "code": STR, "name": STR},
            "A pupil: the survey id, the code, and the name (the code again in a pseudonymised document).")
seat = obj({"table": INT, "row": POS, "column": POS, "seat": STR, "pupil": {"$ref": "#/$defs/PupilOrNull"}},
           "One seat of the room: its table, grid row (1 = nearest the board) and column, its name (A3) and who sits "
           "there (null for an empty seat).")
neighbour = obj({"a": {"$ref": "#/$defs/Pupil"}, "b": {"$ref": "#/$defs/Pupil"},
                 "kind": {"enum": ["table", "beside", "frontBehind"]}},
                "Two pupils who are neighbours, and how: same table, beside across no walkway, in front or behind.")
objective = obj({"violations": INT, "beside": INT, "closeness": INT, "support": INT, "gender": NONPOS,
                 "clique": NONPOS, "repeated": NONPOS},
                "The documented objective part by part (docs/seating.md); violations count broken hard rules.")
unmet = obj({"kind": {"enum": ["apart", "fixed", "together", "besideChosen"]},
             "reason": {"enum": ["noChoices", "allChosenApart", "frontRowFull", "notFound"]},
             "hard": BOOL, "pupils": {"type": "array", "items": {"$ref": "#/$defs/Pupil"}, "minItems": 1}, "text": STR},
            "A rule or wish the plan does not meet, with the reason and the sentence the terminal prints.")
rotation = obj({"number": POS, "seats": {"type": "array", "items": seat, "minItems": 1},
                "neighbours": {"type": "array", "items": neighbour}, "objective": objective,
                "total": {"type": "integer"}, "unmet": {"type": "array", "items": unmet}},
               "One plan; with --rotations N, N of them in order.")

schema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://sociogram.local/seating.schema.json",
    "title": "Sociogram seating.json, schema version 1",
    "description": "See docs/seating.md for the meaning of every field.",
    **obj({
        "schemaVersion": {"enum": [1]}, "tool": obj({"name": STR, "version": STR}),
        "language": {"enum": ["nb", "nn", "en"]}, "pseudonymised": BOOL, "className": STR, "room": STR, "caveat": STR,
        "rotations": {"type": "array", "items": rotation, "minItems": 1},
    }),
    "$defs": {"Pupil": pupil, "PupilOrNull": nullable(pupil)},
}

out = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "seating.schema.json")
with open(out, "w") as f:
    json.dump(schema, f, indent=2, sort_keys=True, ensure_ascii=False)
    f.write("\n")
print("wrote", os.path.normpath(out))
