"""Timings of networkx and python-igraph on the graphs written by `sociogram-bench analysis --write-graphs DIR`.

Usage: python3 scripts/reference/reference_analysis.py --bench DIR
Prints, per graph, the median milliseconds for betweenness, community detection (networkx Louvain, igraph
Leiden with objective modularity), PageRank and maximal cliques of the mutual graph, plus the best Q.
networkx betweenness on graphs over 5,000 nodes is estimated from 200 sampled sources (time x n / 200)
and marked with '~'.
"""
import glob
import os
import random
import statistics
import time

import networkx as nx
import igraph as ig

from reference_analysis import undirected_weighted


def load(path):
    with open(path) as f:
        n = int(f.readline())
        arcs = [tuple(map(int, line.split())) for line in f if line.strip()]
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from(arcs)
    return n, g


def timed(fn, repeats):
    times, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def main(argv):
    directory = argv[argv.index("--bench") + 1] if len(argv) > argv.index("--bench") + 1 else "/tmp/sgbench"
    print(f"{'case':<14}{'lib':<9}{'betweenness':>12}{'community':>11}{'pagerank':>10}{'cliques':>9}   Q")
    for path in sorted(glob.glob(os.path.join(directory, "*.txt")), key=os.path.getsize):
        label = os.path.basename(path)[:-4]
        n, g = load(path)
        repeats = 5 if n <= 300 else 1
        # undirected weighted graph: weight = number of arcs between the pair (1 or 2)
        h = undirected_weighted(g)
        mutual = nx.Graph([(a, b) for a, b in g.edges if g.has_edge(b, a)])
        # networkx
        if n > 5000:
            t, _ = timed(lambda: nx.betweenness_centrality(g, k=200, seed=1), 1)
            bt = f"~{t * n / 200:.0f}"
        else:
            t, _ = timed(lambda: nx.betweenness_centrality(g), repeats)
            bt = f"{t:.2f}"
        tc, parts = timed(lambda: nx.community.louvain_communities(h, weight="weight", seed=1), repeats)
        q = nx.community.modularity(h, parts, weight="weight")
        tp, _ = timed(lambda: nx.pagerank(g, alpha=0.85), repeats)
        tq, _ = timed(lambda: [c for c in nx.find_cliques(mutual) if len(c) >= 3], repeats)
        print(f"{label:<14}{'networkx':<9}{bt:>12}{tc:>11.2f}{tp:>10.2f}{tq:>9.2f}   {q:.4f}")
        # igraph
        gi = ig.Graph(n=n, edges=list(g.edges()), directed=True)
        hi = ig.Graph(n=n, edges=list(h.edges()))
        hi.es["weight"] = [h[a][b]["weight"] for a, b in h.edges()]
        mi = ig.Graph(n=n, edges=list(mutual.edges()))
        random.seed(1)
        tb, _ = timed(lambda: gi.betweenness(directed=True), repeats)
        tc, part = timed(lambda: hi.community_leiden(objective_function="modularity", weights="weight",
                                                     n_iterations=-1), repeats)
        q = hi.modularity(part.membership, weights="weight")
        tp, _ = timed(lambda: gi.pagerank(damping=0.85), repeats)
        tq, _ = timed(lambda: mi.maximal_cliques(min=3), repeats)
        print(f"{label:<14}{'igraph':<9}{tb:>12.2f}{tc:>11.2f}{tp:>10.2f}{tq:>9.2f}   {q:.4f}")
