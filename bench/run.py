#!/usr/bin/env python3
"""`make bench`: samla's speed and memory next to peers, printed as one table.

  python3 bench/run.py [--people 100000] [--seconds 10] [--load-seconds 60] [--load-clients 200]

Run by `make bench` inside scripts/with-postgres.sh, which provides SAMLA_TEST_POSTGRES_URL for
the PostgreSQL rows (they are skipped without it). Writes bench/results/latest.json. Every
figure is measured in this run on this machine; docs/performance.md explains each one.
"""

import argparse
import asyncio
import csv
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "load"))

import benchlib  # noqa: E402
import loadtest  # noqa: E402

LIST_PATH = "/api/v1/people?country=SE&limit=50"
# The run's own files (databases, CSVs, logs, nginx's folder). Not build/bench/: CMake puts
# selection_bench there, and the run needs it after clearing this folder.
WORKDIR = os.path.join(ROOT, "build", "bench-run")


def fresh_workdir(workdir=WORKDIR):
    """Empties `workdir` for this run; refuses a folder that holds build products."""
    if os.path.exists(os.path.join(workdir, "CMakeFiles")):
        raise SystemExit(f"{workdir} holds build products; the bench will not delete it")
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    return workdir


def generate(binary, db_url, people, organisations):
    started = time.perf_counter()
    benchlib.run([binary, "demo", "generate", "--people", str(people), "--organisations",
                  str(organisations), "--seed", "1", "--db", db_url])
    return time.perf_counter() - started


def api_versus_nginx(server, token, workdir, seconds):
    """wrk on the list and one person, then nginx on the very same bytes."""
    first = json.loads(benchlib.get(server.url + LIST_PATH, token)[1])
    person_path = f"/api/v1/people/{first['items'][0]['id']}"
    static = os.path.join(workdir, "static")
    os.makedirs(static, exist_ok=True)
    for name, path in (("list.json", LIST_PATH), ("person.json", person_path)):
        with open(os.path.join(static, name), "wb") as f:
            f.write(benchlib.get(server.url + path, token)[1])
    results = {}
    port = benchlib.free_port()
    with benchlib.Nginx(static, workdir, port):
        for name, path, file in (("list", LIST_PATH, "list.json"),
                                 ("person", person_path, "person.json")):
            samla = benchlib.wrk(server.url + path, seconds, token=token)
            nginx = benchlib.wrk(f"http://127.0.0.1:{port}/{file}", seconds)
            results[name] = {
                "path": path,
                "bytes": os.path.getsize(os.path.join(static, file)),
                "samla": samla,
                "nginx": nginx,
                "ratio": samla["requests_per_second"] / nginx["requests_per_second"],
            }
    return results


def import_versus_sqlite3(binary, source_db, workdir):
    """samla import of the people CSV into an empty register, next to sqlite3 .import."""
    people_csv = os.path.join(workdir, "people.csv")
    organisations_csv = os.path.join(workdir, "organisations.csv")
    benchlib.run([binary, "export", "people", "-o", people_csv, "--db", source_db])
    benchlib.run([binary, "export", "organisations", "-o", organisations_csv, "--db", source_db])
    target = os.path.join(workdir, "import.db")
    bare = os.path.join(workdir, "bare.db")
    benchlib.run([binary, "migrate", "--db", "sqlite:" + target])
    benchlib.run([binary, "import", "organisations", organisations_csv, "--db", "sqlite:" + target])
    samla_seconds = benchlib.timed([binary, "import", "people", people_csv,
                                    "--db", "sqlite:" + target])
    sqlite3_seconds = benchlib.timed(["sqlite3", bare, f".import --csv {people_csv} people"])
    with open(people_csv, encoding="utf-8", newline="") as f:
        rows = sum(1 for _ in csv.reader(f)) - 1  # notes may span lines
    return {"rows": rows, "bytes": os.path.getsize(people_csv), "samla_seconds": samla_seconds,
            "sqlite3_seconds": sqlite3_seconds, "ratio": sqlite3_seconds / samla_seconds}


def load(server, token, clients, seconds):
    """The load test of tests/load against the release server; its table is printed too."""
    report = asyncio.run(loadtest.run_load(loadtest.LoadConfig(
        url=server.url, token=token, clients=clients, seconds=seconds)))
    print(report.table(), flush=True)
    summary = report.to_json()
    summary["p99_ms"] = summary["all"]["p99_ms"]
    summary["requests_per_second"] = summary["all"]["per_second"]
    return summary


def postgres_list(binary, url, people, organisations, workdir, seconds):
    generated = generate(binary, url, people, organisations)
    with benchlib.Samla(binary, url, workdir).start() as server:
        token = server.token()
        result = benchlib.wrk(server.url + LIST_PATH, seconds, token=token)
        _, peak = benchlib.memory_mb(server.process.pid)
    result["generate_seconds"] = generated
    result["peak_rss_mb"] = peak
    return result


def selection(binary_dir, seeds=(1, 2, 3)):
    """Invitation selection (issue 6): 10,000 candidates, 40 seats; the slowest of three seeds."""
    binary = os.path.join(binary_dir, "bench", "selection_bench")
    if not os.path.exists(binary):
        raise SystemExit(f"{binary} is missing: build it with `cmake --build --preset release`")
    runs = []
    for seed in seeds:
        out = subprocess.run([binary, str(seed)], capture_output=True, text=True,
                             check=True).stdout
        runs.append(json.loads(out))
    slowest = max(runs, key=lambda r: r["seconds"])
    return {"runs": runs, "slowest_seconds": slowest["seconds"],
            "all_proven_optimal": all(r["proven_optimal"] for r in runs)}


def row(what, figure, goal="", detail=""):
    return (what, figure, goal, detail)


def print_table(results):
    rows = []
    for name, label in (("list", "GET people?country=SE&limit=50"), ("person", "GET people/{id}")):
        r = results["api"][name]
        goal = "≥ 0.5" if name == "list" else "≥ 0.7"
        rows.append(row(f"{label} (SQLite)", f"{r['ratio']:.2f} of nginx", goal,
                        f"{r['samla']['requests_per_second']:,.0f} vs {r['nginx']['requests_per_second']:,.0f} req/s; "
                        f"p50 {r['samla']['p50_ms']:.2f} / p99 {r['samla']['p99_ms']:.2f} ms "
                        f"(nginx {r['nginx']['p50_ms']:.2f} / {r['nginx']['p99_ms']:.2f}); {r['bytes']:,} B"))
    if "postgres" in results:
        p = results["postgres"]
        rows.append(row("GET people?country=SE&limit=50 (PostgreSQL)",
                        f"{p['requests_per_second']:,.0f} req/s", "",
                        f"p50 {p['p50_ms']:.2f} / p99 {p['p99_ms']:.2f} ms; "
                        f"{p['ratio_to_nginx']:.2f} of nginx"))
    i = results["import"]
    rows.append(row(f"CSV import, {i['rows']:,} people", f"{i['ratio']:.2f} of sqlite3", "≥ 0.3",
                    f"samla {i['samla_seconds']:.2f} s ({i['rows'] / i['samla_seconds']:,.0f} rows/s, "
                    f"validated, indexed, audited) vs sqlite3 .import {i['sqlite3_seconds']:.2f} s"))
    m = results["memory"]
    rows.append(row("peak RSS, idle", f"{m['idle_peak_mb']:.1f} MB", "< 64 MB",
                    f"{results['people']:,} people in the database"))
    rows.append(row("peak RSS, after wrk and load", f"{m['loaded_peak_mb']:.1f} MB", "< 64 MB", ""))
    rows.append(row("start to first response", f"{results['startup_ms']:.0f} ms", "< 100 ms",
                    "median of 5"))
    load = results["load"]
    rows.append(row(f"load: {load['clients']} clients, {load['seconds']} s",
                    f"p99 {load['p99_ms']:.0f} ms", "no 5xx, no lost/doubled",
                    f"{load['requests_per_second']:,.0f} req/s; 5xx {load['server_errors']}; "
                    f"lost {load['lost']}, doubled {load['doubled']}; 412s {load['conflicts']}"))
    if "selection" in results:
        sel = results["selection"]
        first = sel["runs"][0]
        rows.append(row(f"invitation selection, {first['candidates']:,} candidates, {first['seats']} seats",
                        f"{sel['slowest_seconds']:.2f} s", "< 1 s, proven optimal",
                        f"slowest of {len(sel['runs'])} seeds; "
                        f"{'all' if sel['all_proven_optimal'] else 'NOT all'} proven optimal; "
                        f"{first['quota_rows']:,} quota rows; objective {first['objective']:.2f} (seed 1)"))
    widths = [max(len(r[i]) for r in rows + [("what", "figure", "goal", "")]) for i in range(3)]
    header = ("what", "figure", "goal", "detail")
    for r in [header] + rows:
        print("  ".join(r[i].ljust(widths[i]) for i in range(3)) + "  " + r[3])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "samla"))
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=5_000)
    parser.add_argument("--seconds", type=int, default=10, help="per wrk run")
    parser.add_argument("--load-seconds", type=int, default=60)
    parser.add_argument("--load-clients", type=int, default=200)
    parser.add_argument("--output", default=os.path.join(HERE, "results", "latest.json"))
    args = parser.parse_args()
    benchlib.require("wrk", "nginx", "sqlite3")

    workdir = fresh_workdir()
    db_url = "sqlite:" + os.path.join(workdir, "register.db")
    web = os.path.join(ROOT, "web", "dist")
    results = {
        "when": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "commit": subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                                 capture_output=True, text=True).stdout.strip(),
        "people": args.people,
    }

    print(f"generating {args.people:,} people ...", flush=True)
    results["generate_seconds"] = generate(args.binary, db_url, args.people, args.organisations)
    results["startup_ms"] = 1000 * benchlib.time_to_first_response(args.binary, db_url, workdir, web)

    with benchlib.Samla(args.binary, db_url, workdir, web=web).start() as server:
        token = server.token()
        # Idle: started on the full database, one request answered, nothing else.
        benchlib.get(server.url + "/api/v1/health")
        _, idle_peak = benchlib.memory_mb(server.process.pid)
        print("API against nginx ...", flush=True)
        results["api"] = api_versus_nginx(server, token, workdir, args.seconds)
        print(f"load: {args.load_clients} clients for {args.load_seconds} s ...", flush=True)
        results["load"] = load(server, token, args.load_clients, args.load_seconds)
        _, loaded_peak = benchlib.memory_mb(server.process.pid)
    results["memory"] = {"idle_peak_mb": idle_peak, "loaded_peak_mb": loaded_peak}

    print("invitation selection ...", flush=True)
    results["selection"] = selection(os.path.dirname(args.binary))

    print("import against sqlite3 ...", flush=True)
    results["import"] = import_versus_sqlite3(args.binary, db_url, workdir)

    postgres_url = os.environ.get("SAMLA_TEST_POSTGRES_URL")
    if postgres_url:
        print(f"PostgreSQL: generating {args.people:,} people ...", flush=True)
        results["postgres"] = postgres_list(args.binary, postgres_url, args.people,
                                            args.organisations, workdir, args.seconds)
        nginx_list = results["api"]["list"]["nginx"]["requests_per_second"]
        results["postgres"]["ratio_to_nginx"] = (
            results["postgres"]["requests_per_second"] / nginx_list)

    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print()
    print_table(results)
    print(f"\nwritten to {os.path.relpath(args.output, ROOT)}")


if __name__ == "__main__":
    main()
