#!/usr/bin/env python3
"""Exact reference for `sociogram seating`: the same documented objective (docs/seating.md), first plan,
solved with OR-Tools CP-SAT from an instance written by `sociogram seating ... --instance FILE`.

Usage: exact_seating.py INSTANCE.json [--time-limit SECONDS]
Prints one JSON line: our score, the best score CP-SAT found, its proven upper bound, status and time.
Independent of the Swift code: it reads only the instance (room, choices, rules) and re-states the
objective here.
"""
import argparse
import json
import sys
import time

from ortools.sat.python import cp_model

HARD = 10_000


def solve(inst, time_limit):
    n, S = inst["pupils"], inst["seats"]
    choices = [set(c) for c in inst["choices"]]
    received = inst["received"]
    supporters = set(inst["supporters"])
    wants = [bool(supporters) and received[i] <= 1 and i not in supporters for i in range(n)]
    tables = inst["tables"]
    directed = []  # (s, t, w) both directions
    for a, b, w in inst["neighbours"]:
        directed.append((a, b, w))
        directed.append((b, a, w))
    m = cp_model.CpModel()
    x = [[m.NewBoolVar(f"x{i}_{s}") for s in range(S)] for i in range(n)]
    for i in range(n):
        m.AddExactlyOne(x[i])
    for s in range(S):
        m.AddAtMostOne(x[i][s] for i in range(n))
    for a, b in inst["apart"]:
        for s, t, _ in directed:
            m.AddBoolOr([x[a][s].Not(), x[b][t].Not()])
    # A together pair sits beside each other: at one table or next to each other (weight 3 or 2).
    for a, b in inst.get("together", []):
        for s in range(S):
            m.AddBoolOr([x[a][s].Not()] + [x[b][t] for s2, t, w in directed if s2 == s and w >= 2])
    front = inst["front"]
    for i, s in inst["fixed"]:
        if s >= 0:
            m.Add(x[i][s] == 1)
        else:
            m.AddBoolOr([x[i][f] for f in front])

    def product(i, s, j, t, exact=False):
        p = m.NewBoolVar("")
        m.AddImplication(p, x[i][s])
        m.AddImplication(p, x[j][t])
        if exact:
            m.AddBoolOr([x[i][s].Not(), x[j][t].Not(), p])
        return p

    terms = []
    for i in range(n):
        beside = []
        support = []
        for j in choices[i]:
            for s, t, w in directed:
                p = product(i, s, j, t)
                extra = 1 if (w == 3 and i in choices[j]) else 0
                terms.append((w + extra) * p)
                if w >= 2:
                    beside.append(p)
        if beside:
            b = m.NewBoolVar(f"b{i}")
            m.AddBoolOr(beside).OnlyEnforceIf(b)
            terms.append(10 * (1 + max(0, 2 - received[i])) * b)
        if wants[i]:
            for k in supporters:
                for s, t, w in directed:
                    if w >= 2:
                        support.append(product(i, s, k, t))
            if support:
                sp = m.NewBoolVar(f"sp{i}")
                m.AddBoolOr(support).OnlyEnforceIf(sp)
                terms.append(6 * sp)
    # Tables: clique (mutual pairs beyond three) and gender mix.
    table_ids = sorted(set(tables))
    seats_of = {t: [s for s in range(S) if tables[s] == t] for t in table_ids}
    mutual = [(i, j) for i in range(n) for j in choices[i] if j > i and i in choices[j]]
    for t in table_ids:
        ss = seats_of[t]
        if len(ss) < 2:
            continue
        if len(ss) >= 4 and mutual:
            prods = []
            for i, j in mutual:
                for u in ss:
                    for v in ss:
                        if u != v:
                            prods.append(product(i, u, j, v, exact=True))
            ex = m.NewIntVar(0, len(mutual), "")
            m.Add(ex >= sum(prods) - 3)
            terms.append(-2 * ex)
        if inst["mixGender"]:
            g = sum(x[i][s] for i in range(n) if inst["genders"][i] == 1 for s in ss)
            bo = sum(x[i][s] for i in range(n) if inst["genders"][i] == 2 for s in ss)
            d = m.NewIntVar(0, len(ss), "")
            m.Add(d >= g - bo - 1)
            m.Add(d >= bo - g - 1)
            terms.append(-3 * d)
    m.Maximize(sum(terms))
    for i, s in enumerate(inst["ourSeats"]):
        m.AddHint(x[i][s], 1)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = 2
    start = time.time()
    status = solver.Solve(m)
    elapsed = time.time() - start
    return {
        "ours": inst["ourScore"],
        "exact": int(solver.ObjectiveValue()) if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else None,
        "bound": int(solver.BestObjectiveBound()),
        "status": solver.StatusName(status),
        "seconds": round(elapsed, 2),
        "pupils": n,
        "seats": S,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("instance")
    ap.add_argument("--time-limit", type=float, default=60)
    args = ap.parse_args()
    with open(args.instance) as f:
        inst = json.load(f)
    print(json.dumps(solve(inst, args.time_limit)))


if __name__ == "__main__":
    sys.exit(main())
