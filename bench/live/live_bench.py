#!/usr/bin/env python3
"""The live-session benchmark of issue 21, over loopback:

1. Load: 1,000 participants joined with the code and connected by WebSocket, and the
   facilitator's console by WebSocket. The participants send ideas, upvote and answer a poll
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
import asyncio
import json
import multiprocessing
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import urllib.request

import websockets

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


async def read_state(base_url, path, headers, parse=True):
    """GET a JSON answer over a fresh loopback connection (asyncio, no thread); None when the
    server turned it away (503). `parse=False`: only that it came (the phones' reads)."""
    host, port = base_url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    lines = [f"GET {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
    await writer.drain()
    raw = await reader.read()
    writer.close()
    head, _, body = raw.partition(b"\r\n\r\n")
    if head.startswith(b"HTTP/1.1 503"):
        return None  # the server shed the read (its queue was full): the page reads again later
    if not head.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(f"GET {path}: {head[:200]!r}")
    if not parse:
        return True
    if b"transfer-encoding: chunked" in head.lower():
        chunks, rest = [], body
        while rest:
            size_line, _, rest = rest.partition(b"\r\n")
            size = int(size_line, 16)
            if size == 0:
                break
            chunks.append(rest[:size])
            rest = rest[size + 2:]
        body = b"".join(chunks)
    return json.loads(body)


def run_console(base_url, ws_base, live_id, token, pipe):
    """The facilitator's console: on each change pushed it reads the state again (one read at a
    time, once more if changes came meanwhile). Sends back when each change was pushed and
    [(when, the session's number the read saw)]."""

    async def main():
        seen, refreshed, shed = {}, [], 0
        stale = asyncio.Event()
        socket = await websockets.connect(f"{ws_base}/{live_id}/ws", max_size=2 ** 20, max_queue=None,
                                          extra_headers={"Authorization": f"Bearer {token}"},
                                          ping_interval=None, compression=None)
        await socket.send(json.dumps({"type": "hello", "since": 0}))

        async def reader():
            async for message in socket:
                now = time.monotonic()
                data = json.loads(message)
                if data.get("type") == "welcome":
                    pipe.send("welcomed")
                elif data.get("type") == "change":
                    seen.setdefault(data["seq"], now)
                    stale.set()

        async def refresher():
            nonlocal shed
            while True:
                await stale.wait()
                stale.clear()
                state = await read_state(base_url, f"/api/v1/live/{live_id}",
                                         {"Authorization": f"Bearer {token}"})
                if state is None:
                    shed += 1
                    stale.set()
                    continue
                refreshed.append((time.monotonic(), state["session"]["seq"]))

        tasks = [asyncio.create_task(reader()), asyncio.create_task(refresher())]
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, pipe.recv)  # "stop"
        await socket.close()
        for task in tasks:
            task.cancel()
        pipe.send((seen, refreshed, shed))

    asyncio.run(main())


async def load(server, token, participants, seconds, seed, reread_every):
    live, activities = make_session(server, token)
    ws_base = server.url.replace("http://", "ws://") + "/api/v1/live"
    rng = random.Random(seed)
    tokens = []
    for n in range(participants):
        joined, _ = call(server, None, "POST", "/live/join", {"code": live["code"]})
        tokens.append(joined["participant_token"])
    sent = {}          # seq → when its participant sent the write
    answered = []      # send → own answer, seconds
    ideas = []         # ids of ideas to upvote
    refused = []
    rereads = []       # a participant's reading the state again, seconds
    shed = []          # reads the server turned away (503: its queue was full)

    # The console in a process of its own, as the facilitator's browser is: what it sees is not
    # held up by the thousand phones this process plays.
    parent_end, child_end = multiprocessing.Pipe()
    console = multiprocessing.Process(target=run_console,
                                      args=(server.url, ws_base, live["id"], token, child_end))
    console.start()
    parent_end.recv()  # welcomed

    async def participant(number, participant_token):
        ws = await websockets.connect(f"{ws_base}/ws?code={live['code']}", max_queue=None,
                                      ping_interval=None, compression=None, open_timeout=60)
        pending = {}

        changed = asyncio.Event()

        async def reader():
            async for message in ws:
                if message.startswith('{"body"') or '"type":"result"' in message:
                    data = json.loads(message)
                    if data.get("type") == "result" and data.get("ref") in pending:
                        pending.pop(data["ref"]).set_result(data)
                else:
                    changed.set()

        async def rereader():
            # As the participant page does: after changes, the state again, at most every
            # `reread_every` seconds (the first wait spread, so the phones do not beat together).
            await asyncio.sleep(random.Random(number).uniform(0, reread_every))
            while True:
                await changed.wait()
                changed.clear()
                t0 = time.monotonic()
                if await read_state(server.url, "/api/v1/live/me", {"X-Live-Token": participant_token},
                                  parse=False) is None:
                    shed.append("participant")
                    changed.set()
                else:
                    rereads.append(time.monotonic() - t0)
                await asyncio.sleep(reread_every)

        read_task = asyncio.create_task(reader())
        reread_task = asyncio.create_task(rereader()) if reread_every > 0 else None
        await ws.send(json.dumps({"type": "hello", "token": participant_token, "since": 0}))
        await connected.wait()
        # Three writes each, spread over the run: an idea, an upvote, a poll answer.
        local = random.Random(seed * 100003 + number)
        moments = sorted(local.uniform(0, seconds) for _ in range(3))
        kinds = ["idea", "upvote", "poll"]
        local.shuffle(kinds)
        for ref, (moment, kind) in enumerate(zip(moments, kinds)):
            await asyncio.sleep(max(0.0, started + moment - time.monotonic()))
            if kind == "upvote" and not ideas:
                kind = "poll"
            if kind == "idea":
                message = {"type": "input", "activity_id": activities["ideas"], "text": f"Idea {number}"}
            elif kind == "upvote":
                message = {"type": "answer", "activity_id": activities["ideas"],
                           "input_id": local.choice(ideas)}
            else:
                message = {"type": "answer", "activity_id": activities["poll"], "choices": [local.randrange(4)]}
            message["ref"] = ref
            future = asyncio.get_running_loop().create_future()
            pending[ref] = future
            t0 = time.monotonic()
            await ws.send(json.dumps(message))
            result = await asyncio.wait_for(future, 60)
            answered.append(time.monotonic() - t0)
            if result["status"] >= 300:
                refused.append(result["body"].get("code", result["status"]))
                continue
            sent[result["body"]["seq"]] = t0
            if kind == "idea" and len(ideas) < 200:
                ideas.extend(i["id"] for i in result["body"]["inputs"][-1:])
        await asyncio.sleep(2)  # the last changes reach the console
        await ws.close()
        read_task.cancel()
        if reread_task:
            reread_task.cancel()

    connected = asyncio.Event()
    tasks = []
    for n, participant_token in enumerate(tokens):
        tasks.append(asyncio.create_task(participant(n, participant_token)))
        if n % 50 == 49:
            await asyncio.sleep(0.05)  # connect in waves, as a room does
    await asyncio.sleep(3)
    cpu_before = cpu_seconds(server.process.pid)
    started = time.monotonic()
    connected.set()
    await asyncio.gather(*tasks)
    wall = time.monotonic() - started
    cpu = cpu_seconds(server.process.pid) - cpu_before
    rss, peak = benchlib.memory_mb(server.process.pid)
    parent_end.send("stop")
    console_seen, refreshed, console_shed = parent_end.recv()
    console.join()
    shed.extend(["console"] * console_shed)
    pushed = [(console_seen[seq] - t0) * 1000 for seq, t0 in sent.items() if seq in console_seen]
    missed = sum(1 for seq in sent if seq not in console_seen)
    # The first console read after the write that covered its change.
    latencies = []
    for seq, t0 in sent.items():
        when = next((at for at, covered in refreshed if covered >= seq and at >= t0), None)
        if when is not None:
            latencies.append((when - t0) * 1000)
    return {
        "participants": participants,
        "writes": len(sent),
        "refused": len(refused),
        "writes_per_second": len(sent) / wall,
        "console_missed": missed,
        "console_ms": {"p50": percentile(latencies, 50), "p95": percentile(latencies, 95),
                       "p99": percentile(latencies, 99), "max": max(latencies) if latencies else float("nan")},
        "console_updated": len(latencies),
        "console_pushed_ms": {"p50": percentile(pushed, 50), "p99": percentile(pushed, 99)},
        "participant_rereads": len(rereads),
        "reads_shed": len(shed),
        "participant_reread_ms": {"p50": percentile(rereads, 50) * 1000, "p99": percentile(rereads, 99) * 1000},
        "reread_every_s": reread_every,
        "own_answer_ms": {"p50": percentile(answered, 50) * 1000, "p99": percentile(answered, 99) * 1000},
        "server_cpu_share": cpu / wall,
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
            loaded = asyncio.run(load(server, token, args.participants, args.seconds, seed=21,
                                      reread_every=args.reread_every))
            groups = opinion_groups(server, token, db_path, args.participants, args.statements, seed=21)
    results = {"machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
               "goals": GOALS, "load": loaded, "opinion_groups": groups}
    c = loaded["console_ms"]
    print(f"Live session, {loaded['participants']} participants on WebSockets, "
          f"{loaded['writes']} writes ({loaded['writes_per_second']:.0f}/s, {loaded['refused']} refused):")
    print(f"  submit → console updated (pushed, then read) p50 {c['p50']:.1f} ms  p95 {c['p95']:.1f} ms  "
          f"p99 {c['p99']:.1f} ms  max {c['max']:.1f} ms  (goal p99 < {GOALS['console_p99_ms']:.0f} ms: "
          f"{'met' if c['p99'] < GOALS['console_p99_ms'] else 'NOT met'}; {loaded['writes'] - loaded['console_updated']} "
          f"not updated, {loaded['console_missed']} never pushed)")
    print(f"  submit → change pushed to the console p50 {loaded['console_pushed_ms']['p50']:.1f} ms  "
          f"p99 {loaded['console_pushed_ms']['p99']:.1f} ms")
    print(f"  participants reading the state again (at most every {loaded['reread_every_s']:g} s): "
          f"{loaded['participant_rereads']} reads, p50 {loaded['participant_reread_ms']['p50']:.1f} ms  "
          f"p99 {loaded['participant_reread_ms']['p99']:.1f} ms, {loaded['reads_shed']} turned away (503)")
    print(f"  submit → own answer      p50 {loaded['own_answer_ms']['p50']:.1f} ms  "
          f"p99 {loaded['own_answer_ms']['p99']:.1f} ms")
    print(f"  server CPU {loaded['server_cpu_share'] * 100:.0f} % of one core, memory {loaded['server_rss_mb']:.0f} MB "
          f"(peak {loaded['server_peak_rss_mb']:.0f} MB)")
    print(f"Opinion groups, {groups['participants']} participants × {groups['statements']} statements "
          f"({groups['votes']} votes): {groups['groups']} groups (silhouette {groups['silhouette']:.2f}) in "
          f"{groups['server_s']:.3f} s by the server, {groups['wall_s']:.3f} s answered (goal < "
          f"{GOALS['opinion_groups_s']:.0f} s: {'met' if groups['wall_s'] < GOALS['opinion_groups_s'] else 'NOT met'})")
    os.makedirs(os.path.join(HERE, "..", "results"), exist_ok=True)
    with open(os.path.join(HERE, "..", "results", "live.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
