#!/usr/bin/env python3
"""The network benchmark of issue 7: the full metrics call through the API against
python3-igraph and NetworkX computing the same metrics on the same graph, and a large network.

1. A generated network of 20,000 people (plus 2,000 organisations) and 100,000 ties:
   GET /api/v1/network (first call, nothing kept) — degree, weighted degree, exact
   betweenness, eigenvector centrality, Leiden communities with modularity, components —
   timed against python3-igraph and NetworkX doing the same on the same edges (read back
   from the API's edge list). NetworkX runs under a time cap and is reported as "> cap" when
   it does not finish. Goal: samla ≤ 1.25 × python3-igraph, and far less than NetworkX.
2. 100,000 people and 1,000,000 ties: the same call (edges left out of the answer), with
   betweenness estimated from sampled sources (labelled so). Goal: under 10 s.

Prints every figure and writes bench/results/network.json. Run with Debian's python3 (it has
python3-igraph and python3-networkx): /usr/bin/python3 bench/network/network_bench.py
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
import benchlib  # noqa: E402

REFERENCE = r"""
import json, sys, time
library, path = sys.argv[1], sys.argv[2]
data = json.load(open(path))
n, edges, weights = data["n"], data["edges"], data["weights"]
start = time.perf_counter()
if library == "igraph":
    import igraph
    g = igraph.Graph(n=n, edges=edges)
    g.es["weight"] = weights
    g.degree(); g.strength(weights="weight")
    g.betweenness(directed=False)
    g.eigenvector_centrality(directed=False, scale=True, weights="weight")
    communities = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
    modularity = communities.modularity
    g.connected_components()
else:
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from((a, b, w) for (a, b), w in zip(edges, weights))
    dict(g.degree()); dict(g.degree(weight="weight"))
    nx.betweenness_centrality(g, normalized=False)
    nx.eigenvector_centrality_numpy(g, weight="weight")
    communities = nx.algorithms.community.louvain_communities(g, weight="weight", seed=1)
    modularity = nx.algorithms.community.modularity(g, communities, weight="weight")
    list(nx.connected_components(g))
print(json.dumps({"seconds": time.perf_counter() - start, "modularity": modularity}))
"""


def get_json(url, token, timeout=3600):
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=timeout) as response:
        body = response.read()
    return time.perf_counter() - start, json.loads(body), len(body)


def generate(binary, db_url, people, organisations, ties):
    start = time.perf_counter()
    benchlib.run([binary, "demo", "generate", "--people", str(people), "--organisations",
                  str(organisations), "--ties", str(ties), "--batch", "20000", "--db", db_url])
    return time.perf_counter() - start


def reference(library, graph_file, cap):
    try:
        out = subprocess.run(["/usr/bin/python3", "-c", REFERENCE, library, graph_file],
                             capture_output=True, text=True, timeout=cap, check=True)
        return json.loads(out.stdout)
    except subprocess.TimeoutExpired:
        return {"seconds": None, "cap": cap}


def server_phases(workdir):
    """The last first-call split the server logged: seconds reading the graph and computing."""
    with open(os.path.join(workdir, "samla-serve.log"), encoding="utf-8") as log:
        lines = [line for line in log if "network as of" in line]
    match = re.search(r"read in ([0-9.]+) s, metrics in ([0-9.]+) s", lines[-1]) if lines else None
    return {"read_seconds": float(match.group(1)), "metrics_seconds": float(match.group(2))} if match else {}


def medium(binary, workdir, people, ties, cap):
    db_url = "sqlite:" + os.path.join(workdir, "network-medium.db")
    result = {"people": people, "ties": ties,
              "generate_seconds": generate(binary, db_url, people, people // 10, ties)}
    with benchlib.Samla(binary, db_url, workdir).start() as server:
        token = server.token()
        seconds, view, size = get_json(server.url + "/api/v1/network?include=reported", token)
        again, _, _ = get_json(server.url + "/api/v1/network?include=reported", token)
    result.update(server_phases(workdir))
    summary = view["summary"]
    result.update({"samla_seconds": seconds, "samla_kept_seconds": again, "bytes": size,
                   "nodes": summary["nodes"], "edges": summary["edges"],
                   "modularity": summary["modularity"],
                   "betweenness_estimated": summary["betweenness_estimated"]})
    index = {node["id"]: i for i, node in enumerate(view["nodes"])}
    graph_file = os.path.join(workdir, "network-medium.json")
    with open(graph_file, "w") as f:
        json.dump({"n": len(index),
                   "edges": [[index[e["source"]], index[e["target"]]] for e in view["edges"]],
                   "weights": [e["weight"] for e in view["edges"]]}, f)
    result["igraph"] = reference("igraph", graph_file, cap)
    result["networkx"] = reference("networkx", graph_file, cap)
    if result["igraph"]["seconds"]:
        result["ratio_to_igraph"] = seconds / result["igraph"]["seconds"]
    return result


def large(binary, workdir, people, ties):
    db_url = "sqlite:" + os.path.join(workdir, "network-large.db")
    result = {"people": people, "ties": ties,
              "generate_seconds": generate(binary, db_url, people, people // 20, ties)}
    with benchlib.Samla(binary, db_url, workdir).start() as server:
        token = server.token()
        seconds, view, size = get_json(server.url + "/api/v1/network?include=reported&edges=false",
                                       token)
        _, peak = benchlib.memory_mb(server.process.pid)
    result.update(server_phases(workdir))
    summary = view["summary"]
    result.update({"samla_seconds": seconds, "bytes": size, "peak_rss_mb": peak,
                   "nodes": summary["nodes"], "edges": summary["edges"],
                   "communities": summary["communities"], "modularity": summary["modularity"],
                   "betweenness_estimated": summary["betweenness_estimated"]})
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "samla"))
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--ties", type=int, default=100_000)
    parser.add_argument("--large-people", type=int, default=100_000)
    parser.add_argument("--large-ties", type=int, default=1_000_000)
    parser.add_argument("--networkx-cap", type=int, default=600, help="seconds")
    parser.add_argument("--output", default=os.path.join(ROOT, "bench", "results", "network.json"))
    args = parser.parse_args()
    workdir = os.path.join(ROOT, "build", "bench-network")
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    results = {
        "when": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "commit": subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                                 capture_output=True, text=True).stdout.strip(),
    }
    print(f"network of {args.people:,} people and {args.ties:,} ties ...", flush=True)
    m = results["medium"] = medium(args.binary, workdir, args.people, args.ties, args.networkx_cap)
    ig, nx = m["igraph"], m["networkx"]
    print(f"  samla GET /api/v1/network (first): {m['samla_seconds']:.2f} s "
          f"({m['nodes']:,} nodes, {m['edges']:,} edges, {m['bytes']:,} B; kept: "
          f"{m['samla_kept_seconds']:.2f} s); modularity {m['modularity']:.3f}")
    if "read_seconds" in m:
        print(f"    of which reading the graph {m['read_seconds']:.2f} s, metrics {m['metrics_seconds']:.2f} s")
    print(f"  python3-igraph, same metrics:     {ig['seconds']:.2f} s; modularity {ig['modularity']:.3f}"
          if ig["seconds"] else f"  python3-igraph: > {ig['cap']} s")
    print(f"  NetworkX, same metrics:           {nx['seconds']:.2f} s" if nx["seconds"]
          else f"  NetworkX: did not finish in {nx['cap']} s")
    if "ratio_to_igraph" in m:
        print(f"  samla / python3-igraph = {m['ratio_to_igraph']:.2f} (goal ≤ 1.25)")
    print(f"network of {args.large_people:,} people and {args.large_ties:,} ties ...", flush=True)
    big = results["large"] = large(args.binary, workdir, args.large_people, args.large_ties)
    print(f"  samla GET /api/v1/network?edges=false (first): {big['samla_seconds']:.2f} s "
          f"(goal < 10 s; betweenness {'estimated' if big['betweenness_estimated'] else 'exact'}; "
          f"{big['nodes']:,} nodes, {big['edges']:,} edges, {big['communities']:,} communities, "
          f"peak RSS {big['peak_rss_mb']:.0f} MB)")
    if "read_seconds" in big:
        print(f"    of which reading the graph {big['read_seconds']:.2f} s, metrics {big['metrics_seconds']:.2f} s")
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w") as f:
        json.dump(results, f, indent=2)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
