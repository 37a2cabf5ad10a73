#!/usr/bin/env python3
"""Independent reference numbers for Sociogram's analysis core (not a runtime dependency).

Generates seeded synthetic class networks, writes them as JSON edge lists, and computes with
networkx / python-igraph / scipy (written from the published formulas, not from the Swift code):
degrees, density (arcs / (respondents * (n - 1))), arc reciprocity, dyad census, Freeman in-degree
centralisation, betweenness (networkx, normalized=True, directed), PageRank (alpha 0.85), the best
modularity found by networkx Louvain and igraph Leiden over 10 seeds each, maximal cliques (>= 3) of the
mutual graph, Coie-Dodge z-scores and categories, and the Newcomb-Bukowski Poisson-binomial tails
(scipy.stats.poisson_binom, plus brute-force enumeration for a small class).

Usage:
    pip install networkx scipy igraph
    python3 scripts/reference/reference_analysis.py            # writes Tests/SociogramTests/Resources/reference/
    python3 scripts/reference/reference_analysis.py --bench    # timings of networkx and igraph (see AnalysisBench)
"""
import itertools
import json
import math
import os
import sys
import time

import networkx as nx
import numpy as np
from scipy import stats

try:
    import igraph as ig
except ImportError:  # igraph is optional for the reference files but required for --bench
    ig = None

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "SociogramTests", "Resources", "reference")


# ----------------------------------------------------------------------------- synthetic networks

def planted_class(rng, n, choices, groups, p_in, negative, popular_bias, nonrespondents, name,
                  positive_questions=1, prosocial=False, classes=None):
    """A class with planted subgroups: pupils choose mostly inside their group; a few are attractive."""
    group = [i * groups // n for i in range(n)]
    attract = rng.gamma(popular_bias, 1.0, n)
    responded = [True] * n
    for i in rng.choice(n, nonrespondents, replace=False):
        responded[int(i)] = False
    gender = [("girl" if rng.random() < 0.5 else "boy") for _ in range(n)]
    questions, arcs = [], {}

    def choose(i, k, inside_prob, weights):
        chosen = set()
        tries = 0
        while len(chosen) < k and tries < 200:
            tries += 1
            inside = rng.random() < inside_prob
            cand = [j for j in range(n) if j != i and j not in chosen and ((group[j] == group[i]) == inside)]
            if not cand:
                continue
            w = np.array([weights[j] for j in cand], dtype=float) + 1e-9
            chosen.add(int(rng.choice(cand, p=w / w.sum())))
        return sorted(chosen)

    for qi in range(positive_questions):
        qid = f"q{len(questions) + 1}"
        questions.append({"id": qid, "kind": "positive"})
        arcs[qid] = [[i, j] for i in range(n) if responded[i]
                     for j in choose(i, int(rng.integers(max(1, choices - 1), choices + 2)), p_in, attract)]
    if negative:
        disliked = rng.gamma(0.4, 1.0, n)
        qid = f"q{len(questions) + 1}"
        questions.append({"id": qid, "kind": "negative"})
        arcs[qid] = [[i, j] for i in range(n) if responded[i]
                     for j in choose(i, int(rng.integers(0, 3)), 0.3, disliked)]
    if prosocial:
        qid = f"q{len(questions) + 1}"
        questions.append({"id": qid, "kind": "prosocial"})
        arcs[qid] = [[i, j] for i in range(n) if responded[i]
                     for j in choose(i, int(rng.integers(1, 3)), 0.6, attract)]
    net = {"name": name, "n": n, "responded": responded, "gender": gender, "questions": questions, "arcs": arcs}
    if classes:
        net["className"] = [f"{classes}{chr(65 + g)}" for g in group]
    return net


def equal_class():
    """Every pupil receives exactly 2 positive and 1 negative nomination: no spread at all."""
    n = 12
    pos = [[i, (i + 1) % n] for i in range(n)] + [[i, (i + 2) % n] for i in range(n)]
    neg = [[i, (i + 5) % n] for i in range(n)]
    return {"name": "equal", "n": n, "responded": [True] * n, "gender": [None] * n,
            "questions": [{"id": "q1", "kind": "positive"}, {"id": "q2", "kind": "negative"}],
            "arcs": {"q1": pos, "q2": neg}}


def networks():
    rng = np.random.default_rng(20240601)
    return [
        planted_class(rng, 28, 3, 6, 0.8, True, 0.7, 3, "class28", prosocial=True),
        planted_class(rng, 25, 3, 5, 0.85, False, 0.9, 0, "class25-positive-only", positive_questions=2),
        planted_class(rng, 10, 2, 3, 0.7, True, 0.8, 1, "small10"),
        planted_class(rng, 30, 4, 6, 0.75, True, 0.5, 5, "class30-nonrespondents"),
        planted_class(rng, 250, 4, 10, 0.85, True, 0.7, 12, "grade250", classes="8"),
        equal_class(),
    ]


# ----------------------------------------------------------------------------- reference numbers

def digraph(net, qids):
    g = nx.DiGraph()
    g.add_nodes_from(range(net["n"]))
    for q in qids:
        g.add_edges_from((a, b) for a, b in net["arcs"][q])
    return g


def undirected_weighted(g):
    h = nx.Graph()
    h.add_nodes_from(g.nodes)
    for a, b in g.edges:
        if h.has_edge(a, b):
            h[a][b]["weight"] += 1
        else:
            h.add_edge(a, b, weight=1)
    return h


def mutual_graph(net, qids):
    m = nx.Graph()
    m.add_nodes_from(range(net["n"]))
    for q in qids:
        s = set(map(tuple, net["arcs"][q]))
        m.add_edges_from((a, b) for a, b in s if (b, a) in s)
    return m


def zscores(x):
    x = np.asarray(x, dtype=float)
    sd = x.std(ddof=1) if len(x) > 1 else 0.0
    if not sd > 1e-12 * max(1.0, np.abs(x).max()):
        return np.zeros_like(x)
    return (x - x.mean()) / sd


def coie_dodge(lm, ll):
    zlm, zll = zscores(lm), zscores(ll)
    zsp, zsi = zscores(zlm - zll), zscores(zlm + zll)
    cats = []
    for a, b, p, i in zip(zlm, zll, zsp, zsi):
        if p > 1 and a > 0 and b < 0:
            cats.append("popular")
        elif p < -1 and b > 0 and a < 0:
            cats.append("rejected")
        elif i < -1 and a < 0 and b < 0:
            cats.append("neglected")
        elif i > 1 and a > 0 and b > 0:
            cats.append("controversial")
        elif -0.5 < p < 0.5:
            cats.append("average")
        else:
            cats.append("unclassified")
    return {"zLM": zlm.tolist(), "zLL": zll.tolist(), "zSP": zsp.tolist(), "zSI": zsi.tolist(), "status": cats}


def chance(net, received, qids):
    """Poisson-binomial chance test per pupil: scipy.stats.poisson_binom over the other respondents."""
    n = net["n"]
    given = [[sum(1 for a, _ in net["arcs"][q] if a == j) for q in qids] for j in range(n)]
    exp_, up, lo = [], [], []
    for i in range(n):
        ps = [k / (n - 1) for j in range(n) if j != i and net["responded"][j] for k in given[j] if k > 0]
        x = received[i]
        if ps:
            d = stats.poisson_binom(ps)
            upper = float(d.sf(x - 1)) if x > 0 else 1.0
            lower = float(d.cdf(x))
        else:
            upper, lower = (1.0 if x <= 0 else 0.0), 1.0
        exp_.append(float(sum(ps)))
        up.append(min(1.0, upper))
        lo.append(min(1.0, lower))
    return {"expected": exp_, "upper": up, "lower": lo}


def brute_force_tails(ps, x):
    """P(X >= x) and P(X <= x) by enumerating all 2^k outcomes (small k only)."""
    upper = lower = 0.0
    for outcome in itertools.product([0, 1], repeat=len(ps)):
        pr = 1.0
        for o, p in zip(outcome, ps):
            pr *= p if o else 1 - p
        s = sum(outcome)
        if s >= x:
            upper += pr
        if s <= x:
            lower += pr
    return upper, lower


def newcomb_bukowski(lm, ll, clm, cll, cimp, alpha):
    out = []
    for i in range(len(lm)):
        lm_hi, ll_hi = clm["upper"][i] <= alpha, cll["upper"][i] <= alpha
        if lm_hi and ll[i] < cll["expected"][i]:
            out.append("popular")
        elif ll_hi and lm[i] < clm["expected"][i]:
            out.append("rejected")
        elif (lm_hi and ll[i] > cll["expected"][i]) or (ll_hi and lm[i] > clm["expected"][i]):
            out.append("controversial")
        elif cimp["lower"][i] <= alpha:
            out.append("neglected")
        else:
            out.append("average")
    return out


def best_modularity(h):
    if h.number_of_edges() == 0:
        return None, None
    louvain = max(nx.community.modularity(h, nx.community.louvain_communities(h, weight="weight", seed=s),
                                          weight="weight") for s in range(10))
    leiden = None
    if ig is not None:
        gi = ig.Graph(n=h.number_of_nodes(), edges=list(h.edges()))
        gi.es["weight"] = [h[a][b]["weight"] for a, b in h.edges()]
        best = -1.0
        for s in range(10):
            import random
            random.seed(s)
            part = gi.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
            best = max(best, gi.modularity(part.membership, weights="weight"))
        leiden = best
    return louvain, leiden


def reference(net):
    n = net["n"]
    qs = net["questions"]
    pos = [q["id"] for q in qs if q["kind"] == "positive"]
    neg = [q["id"] for q in qs if q["kind"] == "negative"]
    g = digraph(net, pos)
    respondents = sum(net["responded"])
    indeg = [g.in_degree(v) for v in range(n)]
    top = max(indeg)
    out = {
        "name": net["name"],
        "positive": {
            "inDegree": indeg,
            "outDegree": [g.out_degree(v) for v in range(n)],
            "arcs": g.number_of_edges(),
            "density": g.number_of_edges() / (respondents * (n - 1)),
            "networkxDensity": nx.density(g),
            "reciprocity": nx.reciprocity(g) if g.number_of_edges() else None,
            "centralisation": sum(top - d for d in indeg) / ((n - 1) ** 2),
            "betweenness": list(nx.betweenness_centrality(g, normalized=True).values()),
            "pageRank": [nx.pagerank(g, alpha=0.85, tol=1e-15, max_iter=100000)[v] for v in range(n)],
        },
        "perQuestion": {},
    }
    if ig is not None:
        gi = ig.Graph(n=n, edges=list(g.edges()), directed=True)
        out["positive"]["dyadCensus"] = list(gi.dyad_census())
        out["positive"]["igraphBetweenness"] = [b / ((n - 1) * (n - 2)) for b in gi.betweenness(directed=True)]
        out["positive"]["igraphPageRank"] = gi.pagerank(damping=0.85, directed=True)
    for q in qs:
        gq = digraph(net, [q["id"]])
        out["perQuestion"][q["id"]] = {"inDegree": [gq.in_degree(v) for v in range(n)],
                                       "outDegree": [gq.out_degree(v) for v in range(n)],
                                       "reciprocity": nx.reciprocity(gq) if gq.number_of_edges() else None}
    louvain, leiden = best_modularity(undirected_weighted(g))
    out["positive"]["louvainModularity"] = louvain
    out["positive"]["igraphLeidenModularity"] = leiden
    cliques = sorted((sorted(c) for c in nx.find_cliques(mutual_graph(net, pos)) if len(c) >= 3),
                     key=lambda c: (-len(c), c))
    out["subgroups"] = cliques
    lm = [sum(1 for a, b in net["arcs"][pos[0]] if b == v) for v in range(n)]
    clm = chance(net, lm, [pos[0]])
    out["lm"] = lm
    out["lmChance"] = clm
    if neg:
        ll = [sum(1 for a, b in net["arcs"][neg[0]] if b == v) for v in range(n)]
        cll = chance(net, ll, [neg[0]])
        cimp = chance(net, [a + b for a, b in zip(lm, ll)], [pos[0], neg[0]])
        out["ll"] = ll
        out["coieDodge"] = coie_dodge(lm, ll)
        out["llChance"] = cll
        out["impactChance"] = cimp
        out["newcombBukowski"] = {f"{a:.2f}": newcomb_bukowski(lm, ll, clm, cll, cimp, a) for a in (0.10, 0.05, 0.01)}
    if n <= 12:
        # brute-force check of the tails for every pupil's LM
        given = [sum(1 for a, _ in net["arcs"][pos[0]] if a == j) for j in range(n)]
        bf = []
        for i in range(n):
            ps = [given[j] / (n - 1) for j in range(n) if j != i and net["responded"][j] and given[j] > 0]
            bf.append(brute_force_tails(ps, lm[i]))
        out["lmBruteForce"] = {"upper": [u for u, _ in bf], "lower": [l for _, l in bf]}
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    nets = networks()
    with open(os.path.join(OUT, "networks.json"), "w") as f:
        json.dump({"generator": "scripts/reference/reference_analysis.py", "networks": nets}, f, indent=1, sort_keys=True)
    refs = [reference(net) for net in nets]
    versions = {"networkx": nx.__version__, "scipy": __import__("scipy").__version__,
                "igraph": ig.__version__ if ig else None, "numpy": np.__version__}
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump({"versions": versions, "references": refs}, f, indent=1, sort_keys=True)
    print(f"wrote {len(nets)} networks to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    if "--bench" in sys.argv:
        import reference_bench
        reference_bench.main(sys.argv)
    else:
        main()
