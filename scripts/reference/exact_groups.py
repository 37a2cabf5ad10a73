#!/usr/bin/env python3
"""Exact reference for Sociogram's group optimiser (docs/groups.md).

Builds the SAME tiered objective as Sources/Sociogram/Suggest (GroupEvaluator) as an integer model and
solves it to optimality, so the Swift search can be compared with the true optimum.

  generate  write seeded synthetic class instances (the committed test data)
  solve     solve instances exactly (set partitioning, PuLP + CBC) and write optimum.json
  real      convert real classes from ../shared/sociometry-datasets and solve them (not committed)
  placement-generate  write the seeded grade instances (150 and 250 pupils; small ones of 30-60)
  placement           run the OR-Tools CP-SAT reference on them (default 60 s, 2 workers) -> reference.json

Instance JSON (read by Swift's GroupingProblem): n ("count"), groupCount, minSize, maxSize, coverage,
arcs [[from,to,weight]], negativePairs/apartPairs/togetherPairs [[a,b]], genders ["girl"|"boy"|null],
leaders [i], repeatPairs [[a,b,count]], weights {mutual, gender, leader, repeated}.

Requires: pip install pulp ortools   (outside the Sociogram runtime; nothing here is needed to build it)
"""
import argparse, itertools, json, math, os, random, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RES = os.path.join(ROOT, "Tests", "SociogramTests", "Resources", "exact-groups")

# ---------------------------------------------------------------- objective (mirror of GroupEvaluator)

def choice_weight(received):
    return 1 + max(0, 2 - received)

class Objective:
    def __init__(self, p):
        n = self.n = p["count"]
        w = p["weights"]
        self.w = w
        arc = {}
        for a, b, wt in p["arcs"]:
            arc[(a, b)] = max(arc.get((a, b), -1), wt)
        self.pts = [[0] * n for _ in range(n)]
        self.cover = [0] * n  # bitmask of pupils who give i a friend
        for i in range(n):
            for j in range(n):
                if i == j:
                    continue
                ij, ji = arc.get((i, j), -1), arc.get((j, i), -1)
                v = (ij if ij >= 0 else 0) + (ji if ji >= 0 else 0)
                if ij >= 0 and ji >= 0:
                    v += w["mutual"]
                self.pts[i][j] = v
                c = (ij >= 0 or ji >= 0) if p["coverage"] == "either" else ij >= 0
                if c:
                    self.cover[i] |= 1 << j
        for a, b, *k in p.get("repeatPairs", []):
            cnt = k[0] if k else 1
            self.pts[a][b] -= w["repeated"] * cnt
            self.pts[b][a] -= w["repeated"] * cnt
        self.conflict = [0] * n
        for a, b in p.get("negativePairs", []) + p.get("apartPairs", []):
            self.conflict[a] |= 1 << b
            self.conflict[b] |= 1 << a
        g = p.get("genders") or [None] * n
        self.girl = sum(1 << i for i in range(n) if g[i] == "girl")
        self.boy = sum(1 << i for i in range(n) if g[i] == "boy")
        self.G, self.B = bin(self.girl).count("1"), bin(self.boy).count("1")
        self.leader = sum(1 << i for i in p.get("leaders", []))
        self.has_leaders = bool(p.get("leaders")) and w["leader"] != 0

    def gender_dev(self, g, b):
        known = self.G + self.B
        if known == 0:
            return 0
        num = self.G * (g + b)
        lo = num // known
        hi = lo + (0 if num % known == 0 else 1)
        return lo - g if g < lo else (g - hi if g > hi else 0)

    def group(self, members):
        """(hard, friendless, points) of one group."""
        mask = 0
        for i in members:
            mask |= 1 << i
        hard = friendless = points = 0
        for x, i in enumerate(members):
            if self.cover[i] & mask == 0:
                friendless += 1
            for j in members[x + 1:]:
                points += self.pts[i][j]
                if self.conflict[i] >> j & 1:
                    hard += 1
        points -= self.w["gender"] * self.gender_dev(bin(mask & self.girl).count("1"), bin(mask & self.boy).count("1"))
        if self.has_leaders and mask & self.leader:
            points += self.w["leader"]
        return hard, friendless, points

# ---------------------------------------------------------------- sizes (mirror of GroupSizes)

def plan_sizes(n, size):
    def plan(k):
        lo, hi = n // k, -(-n // k)
        bigger = n - lo * k
        off = (0 if lo == size else k - bigger) + (0 if hi == size or hi == lo else bigger)
        return k, lo, hi, max(abs(lo - size), abs(hi - size)), off
    fewer, more = plan(max(1, n // size)), plan(-(-n // size))
    if fewer[3] != more[3]:
        c = fewer if fewer[3] < more[3] else more
    else:
        c = more if more[4] < fewer[4] else fewer
    return c[0], c[1], c[2]

# ---------------------------------------------------------------- synthetic classes

def weighted_sample(rng, weights, k):
    """k distinct items drawn one after another with probability proportional to their weight
    (`weights`: a list of (item, weight), consumed)."""
    chosen = []
    for _ in range(k):
        tot = sum(w for _, w in weights)
        x, acc = rng.random() * tot, 0
        for idx, (j, w) in enumerate(weights):
            acc += w
            if acc >= x:
                chosen.append(j); weights.pop(idx); break
    return chosen

def synthetic_class(rng, n, choices=3, negatives=True):
    """A realistic class: gender-homophilous friendship circles of 3-5, a few popular pupils,
    a few rejected or isolated pupils; 3 positive choices each, some negative nominations."""
    genders = ["girl" if i < n // 2 + rng.randint(-2, 2) else "boy" for i in range(n)]
    rng.shuffle(genders)
    circles, pupils = [], list(range(n))
    rng.shuffle(pupils)
    while pupils:
        k = min(len(pupils), rng.randint(3, 5))
        circles.append(pupils[:k]); pupils = pupils[k:]
    circle_of = {i: c for c, members in enumerate(circles) for i in members}
    popularity = [rng.random() ** 2 + (0.8 if rng.random() < 0.12 else 0) for _ in range(n)]
    lonely = set(rng.sample(range(n), max(1, n // 10)))
    arcs = set()
    for i in range(n):
        weights = []
        for j in range(n):
            if j == i:
                continue
            w = 0.3 + popularity[j]
            if circle_of[j] == circle_of[i]:
                w += 4
            if genders[j] == genders[i]:
                w *= 2.5
            if j in lonely:
                w *= 0.1
            weights.append((j, w))
        k = choices if rng.random() > 0.1 else rng.randint(1, choices)
        arcs.update((i, j) for j in weighted_sample(rng, weights, k))
    negative = set()
    if negatives:
        rejected = rng.sample(range(n), 2)
        for i in range(n):
            if rng.random() < 0.3:
                j = rng.choice(rejected + [rng.randrange(n)])
                if j != i and (i, j) not in arcs and (j, i) not in arcs:
                    negative.add((min(i, j), max(i, j)))
    return genders, arcs, negative

def make_instance(name, n, size, genders, arcs, negative, prosocial=None, apart=(), together=(),
                  repeat=(), coverage="either", weights=None, balance=True):
    received = [0] * n
    for a, b in arcs:
        received[b] += 1
    k, lo, hi = plan_sizes(n, size)
    leaders = []
    if prosocial is not None:
        mean = sum(prosocial) / n
        leaders = [i for i in range(n) if prosocial[i] >= 1 and prosocial[i] >= mean]
    return {
        "name": name, "count": n, "groupCount": k, "minSize": lo, "maxSize": hi, "coverage": coverage,
        "arcs": [[a, b, choice_weight(received[a])] for a, b in sorted(arcs)],
        "negativePairs": [list(p) for p in sorted(negative)], "apartPairs": [list(p) for p in apart],
        "togetherPairs": [list(p) for p in together],
        "genders": genders if balance else [None] * n, "leaders": leaders,
        "repeatPairs": [list(p) for p in repeat],
        "weights": weights or {"mutual": 1, "gender": 2, "leader": 3, "repeated": 2},
    }

def generate(args):
    out = os.path.join(RES, "instances")
    os.makedirs(out, exist_ok=True)
    specs = []
    for s in range(args.count):
        rng = random.Random(1000 + s)
        n = rng.randint(20, 30)
        size = [3, 4, 5][s % 3]
        genders, arcs, negative = synthetic_class(rng, n)
        if s % 6 == 5:  # a pupil who gave and received no positive choice (cannot have a friend)
            loner = rng.randrange(n)
            arcs = {(a, b) for a, b in arcs if loner not in (a, b)}
        prosocial = [max(0, int(rng.gauss(1.5, 1.5))) for _ in range(n)] if s % 4 != 3 else None
        apart = together = repeat = ()
        if s % 5 == 1:  # teacher's wishes
            pool = rng.sample(range(n), 6)
            apart = [sorted(pool[0:2]), sorted(pool[2:4])]
            together = [sorted(pool[4:6])]
            if tuple(together[0]) in negative:
                negative.discard(tuple(together[0]))
        if s % 5 == 3:  # a second round: pairs of an earlier grouping
            order = list(range(n)); rng.shuffle(order)
            k, lo, hi = plan_sizes(n, size)
            groups = [order[i::k] for i in range(k)]
            repeat = [sorted((a, b)) for g in groups for a, b in itertools.combinations(g, 2)]
        inst = make_instance(f"synthetic-{s + 1:02d}", n, size, genders, arcs, negative, prosocial,
                             apart, together, repeat)
        with open(os.path.join(out, inst["name"] + ".json"), "w") as f:
            json.dump(inst, f, separators=(",", ":"))
        specs.append((inst["name"], n, size))
    print(f"wrote {len(specs)} instances to {out}")

# ---------------------------------------------------------------- exact set partitioning

def candidate_groups(p, obj, only_covered):
    """All groups of allowed size meeting the hard constraints; with only_covered, only groups in
    which every member has a friend (pupils with no tie at all are exempt: no group can cover them)."""
    n, lo, hi = p["count"], p["minSize"], p["maxSize"]
    tieless = sum(1 << i for i in range(n) if obj.cover[i] == 0)
    together = [tuple(t) for t in p.get("togetherPairs", [])]
    cols = []
    for size in range(lo, hi + 1):
        for members in itertools.combinations(range(n), size):
            mask = 0
            for i in members:
                mask |= 1 << i
            if any(obj.conflict[i] & mask for i in members):
                continue  # hard: never two pupils who must be apart
            if any((mask >> a & 1) != (mask >> b & 1) for a, b in together):
                continue  # hard: together pairs in the same group
            if only_covered and any(obj.cover[i] & mask == 0 and not tieless >> i & 1 for i in members):
                continue
            h, f, pts = obj.group(list(members))
            cols.append((members, f, pts))
    return cols

def solve_exact(p, time_limit=600):
    import pulp
    obj = Objective(p)
    t0 = time.time()
    for only_covered in (True, False):
        cols = candidate_groups(p, obj, only_covered)
        if not cols:
            continue
        big = 1 + sum(abs(c[2]) for c in cols)  # friendless tier dominates points
        prob = pulp.LpProblem("groups", pulp.LpMaximize)
        x = [pulp.LpVariable(f"x{k}", cat="Binary") for k in range(len(cols))]
        prob += pulp.lpSum((c[2] - big * c[1]) * x[k] for k, c in enumerate(cols))
        by_pupil = [[] for _ in range(p["count"])]
        for k, (members, _, _) in enumerate(cols):
            for i in members:
                by_pupil[i].append(x[k])
        for i in range(p["count"]):
            prob += pulp.lpSum(by_pupil[i]) == 1
        prob += pulp.lpSum(x) == p["groupCount"]
        prob.solve(pulp.PULP_CBC_CMD(msg=0, timeLimit=time_limit))
        if pulp.LpStatus[prob.status] == "Optimal":
            groups = [list(cols[k][0]) for k in range(len(cols)) if x[k].value() > 0.5]
            total = [0, 0, 0]
            for g in groups:
                for t, v in enumerate(obj.group(g)):
                    total[t] += v
            return {"name": p["name"], "hard": total[0], "friendless": total[1], "points": total[2],
                    "groups": sorted(groups), "columns": len(cols), "seconds": round(time.time() - t0, 2),
                    "status": "optimal"}
    return {"name": p["name"], "status": "infeasible-or-unsolved", "seconds": round(time.time() - t0, 2)}

def solve(args):
    folder = args.dir or os.path.join(RES, "instances")
    results = []
    for fn in sorted(os.listdir(folder)):
        if not fn.endswith(".json"):
            continue
        with open(os.path.join(folder, fn)) as f:
            p = json.load(f)
        r = solve_exact(p)
        print(f"{r['name']}: n={p['count']} groups={p['groupCount']} sizes {p['minSize']}-{p['maxSize']} "
              f"-> {r.get('friendless')} without friend, {r.get('points')} points "
              f"({r.get('columns')} columns, {r['seconds']} s)", flush=True)
        results.append(r)
    out = args.out or os.path.join(RES, "optimum.json")
    with open(out, "w") as f:
        json.dump({"solver": "PuLP + CBC set partitioning", "results": results}, f, indent=1)
    print(f"wrote {out}")

# ---------------------------------------------------------------- real classes (not committed)

def real_classes(data):
    """Yields (name, n, genders, positive arcs, negative pairs) for the real classes we can read."""
    d = os.path.join(data, "vickers-chan-7th-graders", "Vickers-Chan-7thGraders_multiplex.edges")
    if os.path.exists(d):
        arcs = set()
        for line in open(d):
            layer, a, b, _ = line.split()
            arcs.add((int(a) - 1, int(b) - 1))
        yield "vickers", 29, ["boy" if i < 12 else "girl" for i in range(29)], arcs, set()
    d = os.path.join(data, "knecht-klas12b")
    if os.path.isdir(d):
        rows = [list(map(int, l.split())) for l in open(os.path.join(d, "klas12b-net-1.dat")) if l.strip()]
        sex = [int(l.split()[0]) for l in open(os.path.join(d, "klas12b-demographics.dat")) if l.strip()]
        arcs = {(i, j) for i, r in enumerate(rows) for j, v in enumerate(r) if v == 1 and i != j}
        yield "knecht-w1", len(rows), ["girl" if x == 1 else "boy" if x == 2 else None for x in sex], arcs, set()
    d = os.path.join(data, "ibe121-polish-classroom")
    if os.path.isdir(d):
        import csv
        nodes = list(csv.DictReader(open(os.path.join(d, "IBE121_nodes.csv"))))
        idx = {r["id"]: k for k, r in enumerate(nodes)}
        arcs, neg = set(), set()
        for r in csv.DictReader(open(os.path.join(d, "IBE121_edges.csv"))):
            a, b = idx[r["from"]], idx[r["to"]]
            if r["question"] == "notplay":
                neg.add((min(a, b), max(a, b)))
            else:
                arcs.add((a, b))
        genders = ["girl" if r["female"] == "TRUE" else "boy" for r in nodes]
        yield "ibe121", len(nodes), genders, arcs, neg
    d = os.path.join(data, "ssrat-dutch-primary-ratings", "Ss96.rat.txt")
    if os.path.exists(d):
        classes = {}
        for line in open(d):
            line = line.rstrip("\r\n")
            if len(line) < 6:
                continue
            classes.setdefault(line[:2], []).append(line[5:])
        for gid, rows in sorted(classes.items()):
            n = len(rows)
            arcs = {(i, j) for i, r in enumerate(rows) for j, c in enumerate(r[:n]) if c == "7"}
            neg = {(min(i, j), max(i, j)) for i, r in enumerate(rows) for j, c in enumerate(r[:n]) if c == "1"}
            neg -= {(min(a, b), max(a, b)) for a, b in arcs}
            yield f"ssrat96-{gid}", n, [None] * n, arcs, neg

def real(args):
    out = os.path.join(args.out, "instances")
    os.makedirs(out, exist_ok=True)
    count = 0
    for k, (name, n, genders, arcs, neg) in enumerate(real_classes(args.data)):
        for size in (3, 4, 5):
            inst = make_instance(f"{name}-s{size}", n, size, genders, arcs, neg,
                                 balance=any(g is not None for g in genders))
            with open(os.path.join(out, inst["name"] + ".json"), "w") as f:
                json.dump(inst, f, separators=(",", ":"))
            count += 1
    print(f"wrote {count} real-class instances to {out}")
    solve(argparse.Namespace(dir=out, out=os.path.join(args.out, "optimum.json")))

# ---------------------------------------------------------------- placement (grade level, CP-SAT reference)

def synthetic_grade(rng, n_classes_old, total):
    """A grade of `total` pupils from several old classes: friendships mostly inside an old class, some across."""
    genders, arcs, negative, offset = [], set(), set(), 0
    sizes = [total // n_classes_old + (1 if i < total % n_classes_old else 0) for i in range(n_classes_old)]
    for size in sizes:
        g, a, neg = synthetic_class(rng, size)
        genders += g
        arcs |= {(x + offset, y + offset) for x, y in a}
        negative |= {(x + offset, y + offset) for x, y in neg}
        offset += size
    n = offset
    for i in range(n):  # cross-class friendships (old classes mix in leisure time)
        if rng.random() < 0.25:
            j = rng.randrange(n)
            if j != i and (j, i) not in negative and (i, j) not in negative:
                arcs.add((i, j))
                if rng.random() < 0.5:
                    arcs.add((j, i))
    return n, genders, arcs, negative

def placement_instance(name, n, k, genders, arcs, negative, apart=(), together=()):
    received = [0] * n
    for a, b in arcs:
        received[b] += 1
    lo, hi = n // k, -(-n // k)
    return {
        "name": name, "count": n, "groupCount": k, "minSize": lo, "maxSize": hi, "coverage": "ownChoice",
        "arcs": [[a, b, choice_weight(received[a])] for a, b in sorted(arcs)],
        "negativePairs": [list(p) for p in sorted(negative)], "apartPairs": [list(p) for p in apart],
        "togetherPairs": [list(p) for p in together], "genders": genders, "leaders": [], "repeatPairs": [],
        "weights": {"mutual": 1, "gender": 3, "leader": 0, "repeated": 0},
    }

def cpsat_placement(p, seconds, workers=2):
    """Compact CP-SAT model of the same objective: assignment booleans, pair booleans per class,
    symmetry breaking x[i,c] = 0 for c > i. Returns the best solution's score and its trajectory."""
    from ortools.sat.python import cp_model
    obj = Objective(p)
    n, K, lo, hi = p["count"], p["groupCount"], p["minSize"], p["maxSize"]
    m = cp_model.CpModel()
    x = [[m.NewBoolVar(f"x{i}_{c}") for c in range(K)] for i in range(n)]
    for i in range(n):
        m.AddExactlyOne(x[i])
        for c in range(i + 1, K):
            m.Add(x[i][c] == 0)
    size_big = []
    for c in range(K):
        s = sum(x[i][c] for i in range(n))
        if hi > lo:
            b = m.NewBoolVar(f"big{c}")
            m.Add(s == lo + b)
            size_big.append(b)
        else:
            m.Add(s == lo)
            size_big.append(0)
    for a, b in p["negativePairs"] + p["apartPairs"]:
        for c in range(K):
            m.AddBoolOr([x[a][c].Not(), x[b][c].Not()])
    for a, b in p["togetherPairs"]:
        for c in range(K):
            m.Add(x[a][c] == x[b][c])
    pairs = {}
    for a, b, _ in p["arcs"]:
        key = (min(a, b), max(a, b))
        if key in pairs:
            continue
        zs = []
        for c in range(K):
            z = m.NewBoolVar("")
            m.AddImplication(z, x[a][c]); m.AddImplication(z, x[b][c])
            zs.append(z)
        y = m.NewBoolVar(f"y{a}_{b}")
        m.Add(y == sum(zs))
        pairs[key] = y
    covered = []
    for i in range(n):
        partners = [pairs[(min(i, j), max(i, j))] for j in range(n) if obj.cover[i] >> j & 1]
        if partners:
            cv = m.NewBoolVar(f"cov{i}")
            m.AddBoolOr(partners).OnlyEnforceIf(cv)
            covered.append(cv)
    devs = []
    known = obj.G + obj.B
    for c in range(K):
        g = sum(x[i][c] for i in range(n) if obj.girl >> i & 1)
        def bounds(size):
            num = obj.G * size
            l = num // known
            return l, l + (0 if num % known == 0 else 1)
        (l0, h0), (l1, h1) = bounds(lo), bounds(hi)
        big = size_big[c]
        d = m.NewIntVar(0, hi, f"dev{c}")
        m.Add(d >= l0 + (l1 - l0) * big - g)
        m.Add(d >= g - h0 - (h1 - h0) * big)
        devs.append(d)
    point_terms = [obj.pts[a][b] * y for (a, b), y in pairs.items()]
    big_m = 1 + sum(obj.pts[a][b] for (a, b) in pairs)
    m.Maximize(sum(point_terms) - p["weights"]["gender"] * sum(devs) + big_m * sum(covered))

    class Trace(cp_model.CpSolverSolutionCallback):
        def __init__(self):
            super().__init__(); self.c0 = time.process_time(); self.points = []
        def on_solution_callback(self):
            self.points.append((round(time.process_time() - self.c0, 2), self.ObjectiveValue()))
    solver = cp_model.CpSolver()
    # The budget is CPU time: `seconds` on each of `workers` cores (the machine is shared, so a
    # wall-clock limit would give the solver less than that when other jobs run). A watcher thread
    # stops the search when the process has used seconds * workers CPU seconds.
    solver.parameters.max_time_in_seconds = seconds * 10
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = 1
    trace = Trace()
    import threading
    done = threading.Event()
    def watch():
        while not done.wait(0.1):
            if time.process_time() - trace.c0 >= seconds * workers:
                solver.stop_search(); return
    watcher = threading.Thread(target=watch); watcher.start()
    w0 = time.time()
    status = solver.Solve(m, trace)
    done.set(); watcher.join()
    wall, cpu = time.time() - w0, time.process_time() - trace.c0
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return {"status": solver.StatusName(status)}
    classes = [[i for i in range(n) if solver.Value(x[i][c])] for c in range(K)]
    total = [0, 0, 0]
    for g in classes:
        for t, v in enumerate(obj.group(g)):
            total[t] += v
    bound = solver.BestObjectiveBound()
    # bound = bigM * covered + points; with every pupil covered, points <= bound - bigM * (coverable)
    coverable = len(covered)
    return {"status": solver.StatusName(status), "hard": total[0], "friendless": total[1], "points": total[2],
            "bound": bound, "bigM": big_m, "coverable": coverable,
            "pointsBound": int(math.floor(bound + 1e-6)) - big_m * coverable, "seconds": seconds,
            "wallTime": round(wall, 1), "cpuTime": round(cpu, 1),
            "trajectory": [(t, v - big_m * coverable) for t, v in trace.points], "classes": classes}

def realistic_grade(rng, total, n_old):
    """A grade formed from `n_old` old classes (e.g. several primary schools merging into lower
    secondary): old classes of unequal size; each pupil names 4-5 classmates (a few name fewer),
    with strong homophily by old class, friendship circle and gender, a few popular and a few
    rarely chosen pupils; some cross-class friendships; negative nominations concentrated on a few
    pupils per old class."""
    base = total // n_old
    sizes = [base] * n_old
    for _ in range(total - base * n_old):
        sizes[rng.randrange(n_old)] += 1
    for _ in range(n_old * 3):  # unequal old classes, 15-29 pupils
        a, b = rng.randrange(n_old), rng.randrange(n_old)
        d = rng.randint(0, 3)
        if a != b and sizes[a] - d >= 15 and sizes[b] + d <= 29:
            sizes[a] -= d; sizes[b] += d
    genders, old, circle = [], [], []
    for c, size in enumerate(sizes):
        girls = size // 2 + rng.randint(-3, 3)
        g = ["girl"] * girls + ["boy"] * (size - girls)
        rng.shuffle(g)
        genders += g
        old += [c] * size
    n = len(genders)
    # friendship circles of 3-6 inside an old class, mostly of one gender
    circle = [-1] * n
    cid = 0
    for c in range(n_old):
        for sex in ("girl", "boy"):
            members = [i for i in range(n) if old[i] == c and genders[i] == sex]
            rng.shuffle(members)
            while members:
                k = min(len(members), rng.randint(3, 6))
                for i in members[:k]:
                    circle[i] = cid
                cid += 1
                members = members[k:]
    for i in range(n):  # a few pupils belong to a mixed circle
        if rng.random() < 0.08:
            j = rng.randrange(n)
            if old[j] == old[i]:
                circle[i] = circle[j]
    popularity = [rng.random() ** 2 + (1.0 if rng.random() < 0.1 else 0) for _ in range(n)]
    rarely = set(rng.sample(range(n), n // 12))
    arcs = set()
    for i in range(n):
        weights = []
        for j in range(n):
            if j == i:
                continue
            w = 0.5 + popularity[j]
            if old[j] == old[i]:
                w *= 2 * n_old  # about 4 of 5 choices inside the old class
                if circle[j] == circle[i]:
                    w *= 12
            if genders[j] == genders[i]:
                w *= 3
            if j in rarely:
                w *= 0.15
            weights.append((j, w))
        r = rng.random()
        k = 5 if r < 0.55 else 4 if r < 0.85 else rng.randint(1, 3)
        arcs.update((i, j) for j in weighted_sample(rng, weights, k))
    negative = set()
    for c in range(n_old):
        members = [i for i in range(n) if old[i] == c]
        rejected = rng.sample(members, 2)
        for i in members:
            if rng.random() < 0.3:
                j = rng.choice(rejected + [rng.choice(members)])
                if j != i and (i, j) not in arcs and (j, i) not in arcs:
                    negative.add((min(i, j), max(i, j)))
    return n, genders, old, arcs, negative

def teacher_wishes(rng, n, old, arcs, negative):
    """Two apart pairs inside an old class (not already negative) and two together pairs with a tie."""
    apart, together, used = [], [], set()
    while len(apart) < 2:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b and old[a] == old[b] and (min(a, b), max(a, b)) not in negative \
                and (a, b) not in arcs and (b, a) not in arcs and not {a, b} & used:
            apart.append(sorted((a, b))); used |= {a, b}
    ties = sorted(arcs)
    while len(together) < 2:
        a, b = rng.choice(ties)
        if (min(a, b), max(a, b)) not in negative and not {a, b} & used:
            together.append(sorted((a, b))); used |= {a, b}
    return apart, together

# name, pupils, old classes, new classes, seed: five grades of 150 and five of 250, and the small
# grade whose optimum is proven (SuggestPlacementExactTests)
PLACEMENT_SET = [(f"grade150-s{s}", 150, 7, 6, 150 + s) for s in range(1, 6)] \
    + [(f"grade250-s{s}", 250, 12, 10, 250 + s) for s in range(1, 6)] \
    + [("grade60", 60, 3, 3, 60), ("grade40", 40, 2, 2, 40), ("grade36", 36, 3, 2, 36), ("grade30", 30, 2, 2, 30)] \
    + [("grade-150", 150, 6, 6, 7), ("grade-250", 250, 10, 10, 11)]  # the first, easier pair (3 choices each)
LEGACY = {"grade-150", "grade-250"}

def placement_generate(args):
    folder = os.path.join(args.out, "instances")
    os.makedirs(folder, exist_ok=True)
    for name, total, n_old, k, seed in PLACEMENT_SET:
        rng = random.Random(seed)
        if name in LEGACY:
            n, genders, arcs, negative = synthetic_grade(rng, n_old, total)
            pool = rng.sample(range(n), 8)
            apart, together = [sorted(pool[0:2]), sorted(pool[2:4])], [sorted(pool[4:6]), sorted(pool[6:8])]
            old = [i * n_old // n for i in range(n)]
        else:
            n, genders, old, arcs, negative = realistic_grade(rng, total, n_old)
            apart, together = teacher_wishes(rng, n, old, arcs, negative)
        inst = placement_instance(name, n, k, genders, arcs, negative, apart=apart, together=together)
        with open(os.path.join(folder, name + ".json"), "w") as f:
            json.dump(inst, f, separators=(",", ":"))
        out_deg = [0] * n
        for a, _ in arcs:
            out_deg[a] += 1
        mutual = sum(1 for a, b in arcs if (b, a) in arcs) // 2
        cross = sum(1 for a, b in arcs if old[a] != old[b])
        print(f"{name}: {n} pupils from {n_old} old classes into {k}; {len(arcs)} choices "
              f"({len(arcs) / n:.2f} per pupil, {cross} across old classes), {mutual} mutual pairs, "
              f"{len(negative)} negative pairs", flush=True)

def placement(args):
    folder = os.path.join(args.out, "instances")
    path = os.path.join(args.out, "reference.json")
    results = {}
    if os.path.exists(path):
        results = {r["name"]: r for r in json.load(open(path))["results"]}
    names = args.only.split(",") if args.only else [s[0] for s in PLACEMENT_SET]
    for name in names:
        with open(os.path.join(folder, name + ".json")) as f:
            inst = json.load(f)
        r = cpsat_placement(inst, args.seconds, args.workers)
        r["name"] = name
        print(f"{name}: n={inst['count']} classes={inst['groupCount']} CP-SAT {args.seconds:.0f} s: "
              f"{r.get('status')} {r.get('friendless')} without friend, {r.get('points')} points, "
              f"points bound {r.get('pointsBound')}", flush=True)
        results[name] = r
        ordered = [results[s[0]] for s in PLACEMENT_SET if s[0] in results]
        with open(path, "w") as f:
            json.dump({"solver": f"OR-Tools CP-SAT {ortools_version()}, compact model (same objective), "
                       f"{args.workers} workers, seed 1, stopped after 'seconds' x workers CPU seconds "
                       "(cpuTime; trajectory in CPU seconds); "
                       "pointsBound = bound on points among placements with 0 pupils without a chosen friend",
                       "results": ordered}, f, indent=1)

def ortools_version():
    import ortools
    return ortools.__version__

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate"); g.add_argument("--count", type=int, default=24)
    s = sub.add_parser("solve"); s.add_argument("--dir"); s.add_argument("--out")
    r = sub.add_parser("real"); r.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "sociometry-datasets"))
    r.add_argument("--out", default="/tmp/sociogram-exact-real")
    pl = sub.add_parser("placement"); pl.add_argument("--seconds", type=float, default=60)
    pl.add_argument("--workers", type=int, default=2); pl.add_argument("--only")
    pl.add_argument("--out", default=os.path.join(RES, "placement"))
    pg = sub.add_parser("placement-generate"); pg.add_argument("--out", default=os.path.join(RES, "placement"))
    a = ap.parse_args()
    {"generate": generate, "solve": solve, "real": lambda a: real(a), "placement": placement,
     "placement-generate": placement_generate}[a.cmd](a)
