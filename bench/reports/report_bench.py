#!/usr/bin/env python3
"""The report benchmark of issue 16: an event with 200 participants, 300 outcome items and
2 × 200 evaluation answers, its report rendered through the API as HTML, PDF
(a kept headless Chromium; the first PDF also starts it, printed as "first") and DOCX
(pandoc). Goals on the 2-core machine: HTML under 100 ms, PDF under 2 s, DOCX
under 3 s. Prints every figure (median of several runs) and writes bench/results/reports.json.
Run with Debian's python3: /usr/bin/python3 bench/reports/report_bench.py
"""

import argparse
import datetime
import json
import os
import platform
import re
import statistics
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
import benchlib  # noqa: E402

GOALS = {"html": 0.1, "pdf": 2.0, "docx": 3.0}


def call(server, token, method, path, body=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(server.url + "/api/v1" + path, data=data, method=method,
                                     headers={"Authorization": f"Bearer {token}",
                                              "Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(request, timeout=600) as response:
        raw = response.read()
        kind = response.headers.get("Content-Type", "")
    return json.loads(raw) if kind.startswith("application/json") else raw


def build_event(server, token, participants, outcomes):
    """The event, its invitations, outcomes and before/after answers; returns its id."""
    people = []
    cursor = ""
    while len(people) < participants:
        page = call(server, token, "GET", f"/people?limit=200{cursor}")
        people += [p["id"] for p in page["items"] if p.get("email")]
        if not page["next"]:
            break
        cursor = "&cursor=" + page["next"]
    people = people[:participants]
    event = call(server, token, "POST", "/events", {
        "title": "Bench: thematic dialogue", "type": "group_meeting", "format": "online",
        "link": "https://meet.example.org/bench", "starts_at": "2026-05-12T10:00",
        "ends_at": "2026-05-12T16:00", "time_zone": "Europe/Stockholm", "capacity": participants,
        "agenda": [{"time": f"{9 + i:02d}:00", "title": f"Session {i + 1}"} for i in range(6)]})
    path = f"/events/{event['id']}"
    for to in ("designed", "open_for_invitations"):
        call(server, token, "POST", path + "/transitions", {"to": to})
    call(server, token, "POST", path + "/invitations", {"person_ids": people})
    call(server, token, "POST", path + "/invitations/send", {})
    links = {}  # invitation id → its personal link's token
    for m in call(server, token, "GET", "/outbox")["items"]:
        found = re.search(r"/rsvp#([A-Za-z0-9_-]{43})", m["body"])
        if found and m["invitation_id"] not in links:
            links[m["invitation_id"]] = found.group(1)

    def answer(token_, phase, shift):
        body = {"phase": phase, "answers": [{"item_id": i, "rating": min(5, 2 + (i + shift) % 3)}
                                            for i in range(1, 6)] + [{"item_id": 6, "text": "Good day."}]}
        request = urllib.request.Request(server.url + "/api/v1/rsvp/evaluation", method="POST",
                                         data=json.dumps(body).encode(),
                                         headers={"X-RSVP-Token": token_, "Content-Type": "application/json"})
        urllib.request.urlopen(request, timeout=60).read()
        request = urllib.request.Request(server.url + "/api/v1/rsvp", method="POST",
                                         data=json.dumps({"response": "accepted"}).encode(),
                                         headers={"X-RSVP-Token": token_, "Content-Type": "application/json"})
        if phase == "before":
            urllib.request.urlopen(request, timeout=60).read()

    for i, t in enumerate(links.values()):
        answer(t, "before", i)
    call(server, token, "POST", path + "/transitions", {"to": "held"})
    call(server, token, "POST", path + "/evaluation/follow-ups")
    after = {}
    for m in call(server, token, "GET", "/outbox")["items"]:
        found = re.search(r"/rsvp#([A-Za-z0-9_-]{43})", m["body"])
        if found and m["subject"].startswith(("How did it go", "Hur gick det")) and m["invitation_id"] not in after:
            after[m["invitation_id"]] = found.group(1)
    for i, t in enumerate(after.values()):
        answer(t, "after", i + 1)
    kinds = ["key_insight", "outcome", "decision", "action_point", "quote"]
    organisation = call(server, token, "GET", "/organisations?limit=1")["items"][0]["id"]
    for i in range(outcomes):
        kind = kinds[i % len(kinds)]
        body = {"kind": kind, "text": f"Item {i + 1}: what the group agreed about first contact."}
        if kind == "action_point":
            body.update({"owner_organisation_id": organisation, "due_date": "2026-12-31", "priority": "medium"})
        call(server, token, "POST", path + "/outcomes", body)
    return event["id"], len(people), len(links), len(after)


def timed_get(server, token, path, runs):
    """The median of `runs` requests, the first of them (for the PDF it starts the browser
    samla keeps, see src/reports/pdf_printer.h) and the size."""
    times, size = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        body = call(server, token, "GET", path)
        times.append(time.perf_counter() - start)
        size = len(body)
    return statistics.median(times), times[0], size


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "samla"))
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--outcomes", type=int, default=300)
    parser.add_argument("--output", default=os.path.join(ROOT, "bench", "results", "reports.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="samla-report-bench-") as workdir:
        db_url = "sqlite:" + os.path.join(workdir, "reports.db")
        benchlib.run([args.binary, "demo", "generate", "--people", str(args.participants * 3),
                      "--organisations", "40", "--ties", "0", "--db", db_url])
        with benchlib.Samla(args.binary, db_url, workdir).start() as server:
            token = server.token()
            started = time.perf_counter()
            event_id, invited, before, after = build_event(server, token, args.participants, args.outcomes)
            setup = time.perf_counter() - started
            report = call(server, token, "POST", "/reports", {"event_id": event_id})
            results = {"invited": invited, "outcomes": args.outcomes,
                       "answers_before": before, "answers_after": after, "setup_seconds": setup,
                       "formats": {}}
            for fmt, runs in (("html", 9), ("pdf", 3), ("docx", 3)):
                for lang in ("sv", "en"):
                    seconds, first, size = timed_get(server, token, f"/reports/{report['id']}?format={fmt}&lang={lang}", runs)
                    results["formats"][f"{fmt}-{lang}"] = {"seconds": seconds, "first_seconds": first, "bytes": size,
                                                           "goal_seconds": GOALS[fmt],
                                                           "met": seconds < GOALS[fmt]}
    print(f"report of an event with {results['invited']} invited, {args.outcomes} outcome items, "
          f"{before} + {after} evaluation answers (set up in {setup:.1f} s)")
    print(f"{'format':<10}{'median':>12}{'first':>11}{'goal':>10}{'size':>12}  met")
    for name, r in results["formats"].items():
        print(f"{name:<10}{r['seconds'] * 1000:>10.0f} ms{r['first_seconds'] * 1000:>8.0f} ms"
              f"{r['goal_seconds'] * 1000:>8.0f} ms"
              f"{r['bytes'] / 1024:>10.0f} kB  {'yes' if r['met'] else 'NO'}")
    results["machine"] = {"cpus": os.cpu_count(), "platform": platform.platform(),
                          "when": datetime.datetime.now(datetime.timezone.utc).isoformat()}
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w") as f:
        json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
