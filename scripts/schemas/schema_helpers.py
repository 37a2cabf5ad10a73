"""Building blocks of the schema generators (JSON Schema 2020-12): common types, nullable, closed objects.

Used by follow_schema.py, suggestions_schema.py and seating_schema.py (analysis_schema.py has its own `obj`,
which can leave an object open).
"""
import copy

INT = {"type": "integer", "minimum": 0}
POS = {"type": "integer", "minimum": 1}
STR = {"type": "string"}
BOOL = {"type": "boolean"}


def nullable(s):
    """The schema `s` or null."""
    s = copy.deepcopy(s)
    if "enum" in s:
        s["enum"] = s["enum"] + [None]
        return s
    t = s.get("type")
    s["type"] = (t if isinstance(t, list) else [t]) + ["null"]
    return s


def obj(props, desc=None):
    """A closed object: every property required, no others."""
    o = {"type": "object", "required": sorted(props), "properties": props, "additionalProperties": False}
    if desc:
        o["description"] = desc
    return o
