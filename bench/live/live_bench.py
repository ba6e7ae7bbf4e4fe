#!/usr/bin/env python3
"""The live-session benchmark of issue 21, over loopback:

1. Load (bench/live/live_load.cc, built with the project as build/bench/live_load): 1,000
   participants joined with the code and connected by WebSocket, and the facilitator's console
   by WebSocket on a thread of its own. The participants send ideas, upvote and answer a poll
   over their sockets, spread over the run, and, as the participant page does, read the state
   again after changes (at most every --reread-every seconds). The console reads the state
   again on each change, as the browser's does. For every write the time from the
   participant's send to the console's having it — pushed, then read — (matched by its
   number), the goal: p99 under 100 ms on the 2-core machine; the time to the change's push and
   to the participant's own answer; the server's CPU and memory over the run.
2. Opinion groups: 1,000 participants × 200 statements of votes (written straight into the
   database, as the rate limit would take minutes over HTTP), then the opinion-groups answer as
   the server times it (Server-Timing) — the goal: under 1 s.

Prints every figure and writes bench/results/live.json.
Run with Debian's python3: /usr/bin/python3 bench/live/live_bench.py [--participants 1000]
"""

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
import benchlib  # noqa: E402

GOALS = {"console_p99_ms": 100.0, "opinion_groups_s": 1.0}


def call(server, token, method, path, body=None, headers=None):
    """(parsed body, the server's own milliseconds from Server-Timing)."""
    data = json.dumps(body).encode() if body is not None else None
    all_headers = {"Content-Type": "application/json"}
    if token:
        all_headers["Authorization"] = f"Bearer {token}"
    all_headers.update(headers or {})
    request = urllib.request.Request(server.url + "/api/v1" + path, data=data, method=method,
                                     headers=all_headers)
    with urllib.request.urlopen(request, timeout=600) as response:
        raw = response.read()
        timing = response.headers.get("Server-Timing", "")
    server_ms = float(timing.split("dur=")[1]) if "dur=" in timing else float("nan")
    return json.loads(raw) if raw else None, server_ms


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def cpu_seconds(pid):
    """User and system CPU seconds the process has used (/proc/PID/stat)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def make_session(server, token, statements=0):
    live, _ = call(server, token, "POST", "/live", {"title": "Bench workshop"})
    base = f"/live/{live['id']}/activities"
    made = {}
    for key, body in (("ideas", {"kind": "ideas", "title": "What would help?"}),
                      ("poll", {"kind": "poll", "title": "What first?", "poll_type": "single",
                                "options": ["Housing", "Work", "Peer support", "Schools"]}),
                      ("statements", {"kind": "statements", "title": "Agree or disagree"})):
        activity, _ = call(server, token, "POST", base, body)
        call(server, token, "POST", f"{base}/{activity['id']}/open")
        made[key] = activity["id"]
    for n in range(statements):
        call(server, token, "POST", f"{base}/{made['statements']}/inputs", {"text": f"Statement {n + 1}"})
    return live, made


def load(server, token, load_client, participants, seconds, seed, reread_every):
    """The load itself is bench/live/live_load.cc (a Python client playing a thousand phones took
    a core of its own, and its slowness showed up in the figures as the server's)."""
    live, activities = make_session(server, token)
    tokens = []
    for _ in range(participants):
        joined, _ = call(server, None, "POST", "/live/join", {"code": live["code"]})
        tokens.append(joined["participant_token"])
    host, port = server.url.removeprefix("http://").split(":")
    config = {"host": host, "port": int(port), "code": live["code"], "session_id": live["id"],
              "facilitator_token": token, "participant_tokens": tokens,
              "ideas_activity": activities["ideas"], "poll_activity": activities["poll"],
              "seconds": seconds, "seed": seed, "reread_every": reread_every,
              "server_pid": server.process.pid}
    done = subprocess.run([load_client], input=json.dumps(config), capture_output=True, text=True,
                          timeout=seconds + 600, check=False)
    try:
        out = json.loads(done.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"live_load failed ({done.returncode}): {done.stderr.strip()}")
    if done.returncode != 0:
        raise SystemExit(f"live_load: {out['failed']} participants failed (the first: {out['first_failure']}); "
                         f"the console: {out['console_failure'] or 'fine'}")
    rss, peak = benchlib.memory_mb(server.process.pid)
    sent = dict(out["sent"])                  # change → when its write was sent (ms)
    console_seen = dict(out["console_seen"])  # change → when the console heard of it
    reads = out["console_reads"]              # [when, the change number the read covered]
    pushed = [console_seen[seq] - t0 for seq, t0 in sent.items() if seq in console_seen]
    missed = sum(1 for seq in sent if seq not in console_seen)
    # The first console read after the write that covered its change.
    latencies = []
    for seq, t0 in sent.items():
        when = next((at for at, covered in reads if covered >= seq and at >= t0), None)
        if when is not None:
            latencies.append(when - t0)
    return {
        "participants": participants,
        "writes": len(sent),
        "refused": out["refused"],
        "cut_off": out["cut_off"],
        "writes_per_second": len(sent) / out["wall_s"],
        "console_missed": missed,
        "console_ms": {"p50": percentile(latencies, 50), "p95": percentile(latencies, 95),
                       "p99": percentile(latencies, 99), "max": max(latencies) if latencies else float("nan")},
        "console_updated": len(latencies),
        "console_reads": len(reads),
        "console_pushed_ms": {"p50": percentile(pushed, 50), "p99": percentile(pushed, 99)},
        "participant_rereads": len(out["reread_ms"]),
        "reads_shed": out["reads_shed"] + out["console_shed"],
        "reads_failed": out["reads_failed"],
        "participant_reread_ms": {"p50": percentile(out["reread_ms"], 50), "p99": percentile(out["reread_ms"], 99)},
        "reread_every_s": reread_every,
        "own_answer_ms": {"p50": percentile(out["answered_ms"], 50), "p99": percentile(out["answered_ms"], 99)},
        "server_cpu_share": out["server_cpu_s"] / out["wall_s"],
        "client_cpu_share": out["client_cpu_s"] / out["wall_s"],
        "server_rss_mb": rss,
        "server_peak_rss_mb": peak,
    }


def opinion_groups(server, token, db_path, participants, statements, seed):
    live, activities = make_session(server, token, statements)
    state, _ = call(server, token, "GET", f"/live/{live['id']}")
    inputs = [i["id"] for a in state["activities"] if a["id"] == activities["statements"] for i in a["inputs"]]
    rng = random.Random(seed)
    camps = [[rng.choice((1, -1)) for _ in inputs] for _ in range(3)]
    db = sqlite3.connect(db_path, timeout=60)
    with db:
        now = "2026-01-01T00:00:00Z"
        rows = []
        for n in range(participants):
            cursor = db.execute("INSERT INTO live_participants (session_id, token_hash, joined_at) "
                                "VALUES (?, ?, ?)", (live["id"], f"bench-{live['id']}-{n}", now))
            camp = camps[n % 3]
            for lean, input_id in zip(camp, inputs):
                draw = rng.random()
                if draw < 0.2:
                    continue  # not voted
                vote = lean if draw > 0.35 else (0 if draw > 0.27 else -lean)
                rows.append((activities["statements"], cursor.lastrowid, input_id, vote, now))
        db.executemany("INSERT INTO live_answers (activity_id, participant_id, input_id, value, created_at) "
                       "VALUES (?, ?, ?, ?, ?)", rows)
    db.close()
    path = f"/live/{live['id']}/activities/{activities['statements']}/opinion-groups"
    server_ms, wall = [], []
    for _ in range(5):
        t0 = time.monotonic()
        answer, ms = call(server, token, "GET", path)
        wall.append(time.monotonic() - t0)
        server_ms.append(ms)
    return {"participants": answer["voters"], "statements": answer["statements"], "votes": len(rows),
            "groups": answer["k"], "silhouette": answer["silhouette"],
            "server_s": statistics.median(server_ms) / 1000, "wall_s": statistics.median(wall)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "samla"))
    parser.add_argument("--load-client", default=os.path.join(ROOT, "build", "bench", "live_load"))
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--statements", type=int, default=200)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--reread-every", type=float, default=5.0,
                        help="a participant reads the state again at most this often after changes (0: never)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        db_path = os.path.join(workdir, "live.db")
        db_url = f"sqlite://{db_path}"
        with benchlib.Samla(args.binary, db_url, workdir, threads=args.threads) as server:
            server.cli("migrate")
            token = server.token("live-bench", "facilitator")
            server.start()
            loaded = load(server, token, args.load_client, args.participants, args.seconds, seed=21,
                          reread_every=args.reread_every)
            groups = opinion_groups(server, token, db_path, args.participants, args.statements, seed=21)
    results = {"machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
               "goals": GOALS, "load": loaded, "opinion_groups": groups}
    c = loaded["console_ms"]
    print(f"Live session, {loaded['participants']} participants on WebSockets, "
          f"{loaded['writes']} writes ({loaded['writes_per_second']:.0f}/s, {loaded['refused']} refused, "
          f"{loaded['cut_off']} cut off by the server, the phone connecting again):")
    print(f"  submit → console updated (pushed, then read) p50 {c['p50']:.1f} ms  p95 {c['p95']:.1f} ms  "
          f"p99 {c['p99']:.1f} ms  max {c['max']:.1f} ms  (goal p99 < {GOALS['console_p99_ms']:.0f} ms: "
          f"{'met' if c['p99'] < GOALS['console_p99_ms'] else 'NOT met'}; {loaded['writes'] - loaded['console_updated']} "
          f"not updated, {loaded['console_missed']} never pushed)")
    print(f"  submit → change pushed to the console p50 {loaded['console_pushed_ms']['p50']:.1f} ms  "
          f"p99 {loaded['console_pushed_ms']['p99']:.1f} ms")
    print(f"  participants reading the state again (at most every {loaded['reread_every_s']:g} s): "
          f"{loaded['participant_rereads']} reads, p50 {loaded['participant_reread_ms']['p50']:.1f} ms  "
          f"p99 {loaded['participant_reread_ms']['p99']:.1f} ms, {loaded['reads_shed']} turned away (503), "
          f"{loaded['reads_failed']} failed; the console read the state {loaded['console_reads']} times")
    print(f"  submit → own answer      p50 {loaded['own_answer_ms']['p50']:.1f} ms  "
          f"p99 {loaded['own_answer_ms']['p99']:.1f} ms")
    print(f"  server CPU {loaded['server_cpu_share'] * 100:.0f} % of one core, memory {loaded['server_rss_mb']:.0f} MB "
          f"(peak {loaded['server_peak_rss_mb']:.0f} MB); the load client {loaded['client_cpu_share'] * 100:.0f} % of one core")
    print(f"Opinion groups, {groups['participants']} participants × {groups['statements']} statements "
          f"({groups['votes']} votes): {groups['groups']} groups (silhouette {groups['silhouette']:.2f}) in "
          f"{groups['server_s']:.3f} s by the server, {groups['wall_s']:.3f} s answered (goal < "
          f"{GOALS['opinion_groups_s']:.0f} s: {'met' if groups['wall_s'] < GOALS['opinion_groups_s'] else 'NOT met'})")
    os.makedirs(os.path.join(HERE, "..", "results"), exist_ok=True)
    with open(os.path.join(HERE, "..", "results", "live.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
