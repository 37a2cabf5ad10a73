#!/usr/bin/env python3
"""Writes docs/suggestions.schema.json (JSON Schema 2020-12) for the `--json` documents of
`suggest supporters`, `suggest support-group`, `groups` and `placement` (schema version 1).

One file: `$defs` holds each document (SupportersDocument, SupportGroupDocument, WorkGroupsDocument,
PlacementDocument) and the root accepts any of them (`oneOf`, told apart by `kind`).
Run: python3 scripts/schemas/suggestions_schema.py  (then optionally validate documents with the `jsonschema` package).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from schema_helpers import BOOL, INT, POS, STR, nullable, obj  # noqa: E402

NUM = {"type": "number"}






def ref(name):
    return {"$ref": "#/$defs/" + name}


def array(items):
    return {"type": "array", "items": items}


def enum(values, desc=None):
    e = {"type": "string", "enum": values}
    if desc:
        e["description"] = desc
    return e


NOTES = ["noNegativeQuestion", "noProsocialQuestion", "noLeaderCandidates", "fewerLeaderCandidatesThanGroups", "sizesNotWithinOne",
         "timeLimitReached", "noInfluenceQuestion", "fewHelpfulClassmates"]
UNMET_KINDS = ["friendInGroup", "chosenFriendInClass", "negativeApart", "apart", "leader"]
UNMET_DETAILS = ["noTieToAnyonePresent", "allTiesKeptApart", "keptTogetherAsAsked", "fewerLeadersThanGroups",
                 "searchDidNotFind"]
REASONS = ["namedHelpful", "wellLiked", "influential", "chosenByPupil", "chosePupil", "mutual", "namedNegativelyOften"]

pupil = obj({"id": STR, "code": STR, "name": STR},
            "A pupil: stable id, pseudonym code, and the name (the code in a pseudonymised document).")
defs = {
    "Pupil": pupil,
    "PupilOrNull": nullable(pupil),
    "Pupils": array(ref("Pupil")),
    "Pair": {"type": "array", "items": ref("Pupil"), "minItems": 2, "maxItems": 2},
    "Note": obj({"code": enum(NOTES), "text": STR}, "Something the reader must know about the data or the search."),
    "Unmet": obj({
        "kind": enum(UNMET_KINDS),
        "reason": enum(["infeasible", "notFound"], "infeasible: proven impossible; notFound: the search did not find a way."),
        "detail": enum(UNMET_DETAILS),
        "pupils": ref("Pupils"),
        "group": nullable(POS),
        "text": STR,
    }, "A wish that was not met, with the reason."),
    "Reason": obj({"code": enum(REASONS), "count": nullable(INT), "zSP": nullable(NUM), "text": STR},
                  "Why a classmate is suggested."),
    "Excluded": obj({
        "count": INT,
        "namedNegativelyOften": INT,
        "rule": STR,
        "pupils": nullable(array(obj({
            "pupil": ref("Pupil"),
            "reason": enum(["namedPupilNegatively", "namedByPupilNegatively", "namedNegativelyOften"]),
            "text": STR,
        }))),
    }, "Classmates never suggested because of a negative nomination; who only with --show-excluded."),
    "Score": obj({"hard": INT, "friendless": INT, "points": {"type": "integer"}},
                 "The objective in three tiers: broken safety rules, pupils without a friend, points."),
    "Sizes": obj({"groupCount": POS, "minSize": POS, "maxSize": POS, "withinOne": BOOL}),
    "Search": obj({"seed": INT, "iterations": POS, "timeLimit": nullable({"type": "number", "minimum": 0})}),
}

header = {
    "schemaVersion": {"type": "integer", "enum": [1]},
    "tool": obj({"name": STR, "version": STR}),
    "language": enum(["nb", "nn", "en"]),
    "pseudonymised": BOOL,
    "className": STR,
    "caveat": STR,
}


def document(kind, props, desc):
    p = dict(header)
    p["kind"] = enum([kind])
    p.update(props)
    return obj(p, desc)


defs["SupportersDocument"] = document("supporters", {
    "pupil": ref("Pupil"),
    "requestedCount": POS,
    "supporters": array(obj({"rank": POS, "pupil": ref("Pupil"), "score": NUM, "reasons": array(ref("Reason"))})),
    "excluded": ref("Excluded"),
    "notes": array(ref("Note")),
    "method": STR,
    "consentReminder": STR,
}, "`sociogram suggest supporters --json`.")

defs["SupportGroupDocument"] = document("supportGroup", {
    "pupil": ref("Pupil"),
    "requestedSize": POS,
    "design": obj({"code": enum(["chosenPeersWithPupil"]), "text": STR}),
    "members": array(obj({
        "position": POS,
        "pupil": ref("Pupil"),
        "role": obj({"code": enum(["pupilsChoice", "prosocialPeer"]), "text": STR}),
        "reasons": array(ref("Reason")),
    })),
    "oneSubgroupOnly": BOOL,
    "excluded": ref("Excluded"),
    "notes": array(ref("Note")),
    "consentReminder": STR,
}, "`sociogram suggest support-group --json`.")

group = obj({
    "number": POS,
    "size": POS,
    "members": ref("Pupils"),
    "leader": ref("PupilOrNull"),
    "ties": array(obj({"from": ref("Pupil"), "to": ref("Pupil"), "mutual": BOOL})),
    "withoutFriend": ref("Pupils"),
})
defs["WorkGroupsDocument"] = document("workGroups", {
    "request": obj({
        "size": POS, "rounds": POS, "leaders": enum(["prosocial", "none", "chosen"]), "balanceGender": BOOL,
        "apart": array(ref("Pair")), "together": array(ref("Pair")), "absent": ref("Pupils"), "search": ref("Search"),
    }),
    "sizes": ref("Sizes"),
    "leaderCandidates": ref("Pupils"),
    "rounds": array(obj({"round": POS, "score": ref("Score"), "groups": array(group), "unmet": array(ref("Unmet"))})),
    "notes": array(ref("Note")),
    "needsAttention": BOOL,
}, "`sociogram groups --json`.")

placed = obj({
    "number": POS, "size": POS, "girls": INT, "boys": INT, "otherOrUnknown": INT, "ties": INT,
    "members": ref("Pupils"), "withoutChosenFriend": ref("Pupils"),
    "fromClasses": array(obj({"className": nullable(STR), "pupils": POS})),
})
defs["PlacementDocument"] = document("placement", {
    "request": obj({
        "classes": POS, "maxSize": nullable(POS), "balanceGender": BOOL,
        "apart": array(ref("Pair")), "together": array(ref("Pair")), "absent": ref("Pupils"), "search": ref("Search"),
    }),
    "sizes": ref("Sizes"),
    "score": ref("Score"),
    "classes": array(placed),
    "unmet": array(ref("Unmet")),
    "notes": array(ref("Note")),
    "needsAttention": BOOL,
}, "`sociogram placement --json`.")

schema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://sociogram.local/schemas/suggestions-1.json",
    "title": "Sociogram suggestion documents, schema version 1",
    "description": "Documented in docs/suggestions-json.md; generated by scripts/suggestions_schema.py.",
    "oneOf": [ref(k) for k in ["SupportersDocument", "SupportGroupDocument", "WorkGroupsDocument", "PlacementDocument"]],
    "$defs": defs,
}

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "suggestions.schema.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(schema, f, indent=2, sort_keys=True, ensure_ascii=False)
    f.write("\n")
print("wrote", os.path.normpath(out))
