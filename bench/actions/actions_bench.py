#!/usr/bin/env python3
"""The action-plan benchmark of issue 17: 2,000 people, 500 follow-up groups with a plan each
and 10,000 actions (RACI, due dates spread around today, some stalled), then the board as the
server times it (the Server-Timing header: no network, no client) for the overdue, stalled and
at-risk filters — each as the browser reads it, its first page of 100 with the total, and whole
in one answer — and building every weekly digest (the job's run, timed by the server too).
Goals on the 2-core machine: the overdue and stalled board (the page the browser shows) under
50 ms, every digest under 2 s. Prints every figure and writes bench/results/actions.json.
Run with Debian's python3: /usr/bin/python3 bench/actions/actions_bench.py
"""

import argparse
import datetime
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
import benchlib  # noqa: E402

GOALS = {"board": 0.05, "digests": 2.0}


def call(server, token, method, path, body=None):
    """(parsed body, the server's own milliseconds from Server-Timing)."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(server.url + "/api/v1" + path, data=data, method=method,
                                     headers={"Authorization": f"Bearer {token}",
                                              "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        raw = response.read()
        timing = response.headers.get("Server-Timing", "")
    server_ms = float(timing.split("dur=")[1]) if "dur=" in timing else float("nan")
    return json.loads(raw) if raw else None, server_ms


def all_people(server, token, count):
    people, cursor = [], ""
    while len(people) < count:
        page, _ = call(server, token, "GET", f"/people?limit=200{cursor}")
        people += [p["id"] for p in page["items"]]
        if not page["next"]:
            break
        cursor = "&cursor=" + page["next"]
    return people[:count]


def build(server, token, db_path, people_ids, groups, actions):
    rng = random.Random(17)
    today = datetime.date.today()
    plans = []
    for g in range(groups):
        members = rng.sample(people_ids, 6)
        group, _ = call(server, token, "POST", "/groups", {
            "kind": ["working_group", "task_force", "research_project", "advocacy_campaign",
                     "policy_initiative"][g % 5],
            "name": f"Bench group {g + 1}", "lead_person_id": members[0],
            "members": [{"person_id": p, "role": "chair" if i == 0 else "member",
                         "from_date": (today - datetime.timedelta(days=200)).isoformat()}
                        for i, p in enumerate(members)]})
        plan, _ = call(server, token, "POST", "/action-plans",
                       {"title": f"Plan of group {g + 1}", "group_id": group["id"]})
        plans.append((plan["id"], members))
    for i in range(actions):
        plan_id, members = plans[i % len(plans)]
        start = today - datetime.timedelta(days=rng.randint(10, 300))
        due = today + datetime.timedelta(days=rng.randint(-60, 200))
        if due <= start:
            due = start + datetime.timedelta(days=30)
        call(server, token, "POST", "/actions", {
            "plan_id": plan_id, "title": f"Bench action {i + 1}",
            "accountable": {"person_id": members[0]},
            "responsible": [{"person_id": rng.choice(people_ids)}, {"person_id": members[1]}],
            "informed": [{"person_id": members[2]}],
            "start_date": start.isoformat(), "due_date": due.isoformat()})
    # Some work under way, and a seventh of it untouched for two months (stalled): written to
    # the database directly, as the API keeps no way to backdate.
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE actions SET status = 'in_progress', progress = id % 90 WHERE id % 3 = 0")
        old = (today - datetime.timedelta(days=60)).isoformat() + "T09:00:00.000Z"
        db.execute("UPDATE actions SET last_update_at = ? WHERE id % 7 = 0", (old,))


# The filtered boards: the goal is the page the browser shows (the first 100, with the total).
BOARDS = (("overdue", "?overdue=true"), ("stalled", "?stalled=true"), ("at risk", "?at_risk=true"))


def median_server_ms(server, token, path, runs):
    times, count, shown = [], 0, 0
    for _ in range(runs):
        body, ms = call(server, token, "GET", path)
        times.append(ms)
        count, shown = body["total"], len(body["items"])
    return statistics.median(times), count, shown


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "samla"))
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--groups", type=int, default=500)
    parser.add_argument("--actions", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--output", default=os.path.join(ROOT, "bench", "results", "actions.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="samla-actions-bench-") as workdir:
        db_path = os.path.join(workdir, "actions.db")
        db_url = "sqlite:" + db_path
        benchlib.run([args.binary, "demo", "generate", "--people", str(args.people),
                      "--organisations", "200", "--ties", "0", "--db", db_url])
        with benchlib.Samla(args.binary, db_url, workdir).start() as server:
            token = server.token()
            started = time.perf_counter()
            people = all_people(server, token, args.people)
            build(server, token, db_path, people, args.groups, args.actions)
            setup = time.perf_counter() - started
            results = {"people": len(people), "groups": args.groups, "actions": args.actions,
                       "setup_seconds": setup, "board": {}, "digests": []}
            boards = [(name + " page", query + "&limit=100") for name, query in BOARDS]
            boards += [(name + " whole", query) for name, query in BOARDS] + [("whole board", "?")]
            for name, query in boards:
                ms, count, shown = median_server_ms(server, token, "/actions" + query, args.runs)
                goal = GOALS["board"] if name in ("overdue page", "stalled page") else None
                results["board"][name] = {"server_ms": ms, "actions": count, "shown": shown,
                                          "goal_ms": goal * 1000 if goal else None,
                                          "met": ms < goal * 1000 if goal else None}
            year = datetime.date.today().isocalendar()[0] + 1
            for week in range(1, 4):  # weeks not run yet, each building every digest afresh
                run, ms = call(server, token, "POST", f"/jobs/actions.weekly_digest/run?period={year}-W{week:02d}")
                results["digests"].append({"server_ms": ms, "messages": run["run"]["counts"].get("messages", 0),
                                           "goal_ms": GOALS["digests"] * 1000,
                                           "met": ms < GOALS["digests"] * 1000})
    print(f"action plans: {len(people)} people, {args.groups} groups, {args.actions} actions "
          f"(set up in {setup:.0f} s)")
    print(f"{'board':<16}{'server time':>13}{'shown':>7}{'of':>7}{'goal':>10}  met")
    for name, r in results["board"].items():
        goal = f"{r['goal_ms']:.0f} ms" if r["goal_ms"] else "-"
        met = "-" if r["met"] is None else ("yes" if r["met"] else "NO")
        print(f"{name:<16}{r['server_ms']:>10.1f} ms{r['shown']:>7}{r['actions']:>7}{goal:>10}  {met}")
    for d in results["digests"]:
        print(f"{'digests':<16}{d['server_ms']:>10.1f} ms{d['messages']:>7}{'':>7}"
              f"{d['goal_ms']:>7.0f} ms  {'yes' if d['met'] else 'NO'}")
    results["machine"] = {"cpus": os.cpu_count(), "platform": platform.platform(),
                          "when": datetime.datetime.now(datetime.timezone.utc).isoformat()}
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w") as f:
        json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
