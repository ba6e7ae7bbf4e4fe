"""The stakeholder network over HTTP on the demo programme, against a running `samla serve
--demo`: reported ties with their checks (a tie to oneself or to no one, an end before the
start, an unknown type: 422 naming the field, nothing changed), co-participation from
attendance, and the metrics checked against the reference libraries on the same graph:
python3-igraph for degree, strength, betweenness, eigenvector centrality and Leiden
modularity, NetworkX for density, components, betweenness and the modularity of samla's own
partition. GraphML and GEXF exports load in NetworkX; CSV lists parse. Every JSON answer is
checked against the OpenAPI document."""

import csv
import io
import math
import os
import sys
import unittest

try:
    import igraph
    import jsonschema
    import networkx
except ImportError:  # the pyenv python may lack them; Debian's python3 packages have them
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", "-m", "unittest", "-v", "test_network_api"])
    raise

from samla_server import SamlaServer, ServerTestCase

PASSWORD = "network-api-password"


class NetworkApi(ServerTestCase):
    server_args = ("--demo",)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("net", PASSWORD)

    def ok(self, method, path, role="coordinator", expect=200, **kwargs):
        status, headers, body = self.api(method, path, role, **kwargs)
        self.assertEqual(status, expect, body)
        return body

    def people(self):
        return self.ok("GET", "/people?limit=200")["items"]

    # -- metrics against the reference libraries -----------------------------------------
    def test_metrics_match_igraph_and_networkx(self):
        view = self.ok("GET", "/network")
        self.conforms(view, "NetworkView")
        nodes, edges = view["nodes"], view["edges"]
        self.assertGreater(len(edges), 30)
        self.assertTrue(any(e["co_participations"] > 0 for e in edges))
        self.assertTrue(any(e["types"] for e in edges))
        self.assertTrue(any(e["types"] and e["co_participations"] for e in edges))
        index = {n["id"]: i for i, n in enumerate(nodes)}
        g = igraph.Graph(n=len(nodes), edges=[(index[e["source"]], index[e["target"]]) for e in edges])
        g.es["weight"] = [e["weight"] for e in edges]
        degree = g.degree()
        strength = g.strength(weights="weight")
        betweenness = g.betweenness(directed=False)
        eigenvector = g.eigenvector_centrality(directed=False, scale=True, weights="weight")
        for i, n in enumerate(nodes):
            with self.subTest(node=n["id"]):
                self.assertEqual(n["degree"], degree[i])
                self.assertAlmostEqual(n["weighted_degree"], strength[i], places=9)
                self.assertAlmostEqual(n["betweenness"], betweenness[i], places=6)
                self.assertAlmostEqual(n["eigenvector"], eigenvector[i], places=4)

        nx = networkx.Graph()
        nx.add_nodes_from(n["id"] for n in nodes)
        nx.add_weighted_edges_from((e["source"], e["target"], e["weight"]) for e in edges)
        summary = view["summary"]
        self.assertAlmostEqual(summary["density"], networkx.density(nx), places=12)
        components = list(networkx.connected_components(nx))
        self.assertEqual(summary["components"], len(components))
        self.assertEqual(summary["largest_component"], max(len(c) for c in components))
        self.assertEqual(set(view["isolates"]), set(networkx.isolates(nx)))
        nx_betweenness = networkx.betweenness_centrality(nx, normalized=False)
        for n in nodes:
            self.assertAlmostEqual(n["betweenness"], nx_betweenness[n["id"]], places=6)

        # Communities: samla's modularity is that of its own partition (NetworkX), and Leiden
        # in python3-igraph finds none clearly better on the same graph.
        partition = {}
        for n in nodes:
            partition.setdefault(n["community"], set()).add(n["id"])
        self.assertEqual(summary["communities"], len(partition))
        self.assertEqual(summary["community_sizes"], sorted((len(c) for c in partition.values()), reverse=True))
        nx_modularity = networkx.algorithms.community.modularity(nx, partition.values(), weight="weight")
        self.assertAlmostEqual(summary["modularity"], nx_modularity, places=9)
        best = max(g.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1).modularity
                   for _ in range(10))
        self.assertGreaterEqual(summary["modularity"], best - 0.02)

        # The shares of ties across countries and sectors, counted here.
        def share(attribute):
            known = [(nodes[index[e["source"]]][attribute], nodes[index[e["target"]]][attribute]) for e in edges]
            known = [(a, b) for a, b in known if a and b]
            return sum(a != b for a, b in known) / len(known)
        self.assertAlmostEqual(summary["cross_country_share"], share("country"), places=12)
        self.assertAlmostEqual(summary["cross_sector_share"], share("sector"), places=12)
        # Brokers reach into another community and lie on shortest paths between others.
        neighbours = {n["id"]: set() for n in nodes}
        for e in edges:
            neighbours[e["source"]].add(e["target"])
            neighbours[e["target"]].add(e["source"])
        community = {n["id"]: n["community"] for n in nodes}
        for n in nodes:
            reaches = any(community[m] != n["community"] for m in neighbours[n["id"]])
            self.assertEqual(n["broker"], reaches and n["betweenness"] > 0, n["id"])
        self.assertEqual(set(view["brokers"]), {n["id"] for n in nodes if n["broker"]})

    def test_the_network_as_of_a_date_and_its_trend(self):
        before = self.ok("GET", "/network?as_of=2026-09-01&include=co_participation")
        self.assertEqual(before["summary"]["edges"], 0)  # no event held yet
        after = self.ok("GET", "/network?as_of=2026-09-15&include=co_participation")
        self.assertGreater(after["summary"]["edges"], 0)
        reported_early = self.ok("GET", "/network?as_of=2024-01-01&include=reported")
        reported_now = self.ok("GET", "/network?include=reported")
        self.assertLess(reported_early["summary"]["edges"], reported_now["summary"]["edges"])
        with_conflict = self.ok("GET", "/network?include=reported&types=conflict")
        self.assertEqual({t for e in with_conflict["edges"] for t in e["types"]}, {"conflict"})
        self.assertNotIn("conflict", {t for e in reported_now["edges"] for t in e["types"]})

        trends = self.ok("GET", "/network/trends")
        self.conforms(trends, "NetworkTrends")
        points = trends["points"]
        # One point per held event in the order they were held (the demo's kickoff and policy
        # dialogue, and its working group's two meetings, dated from the day it was loaded),
        # then today.
        held = sorted((e for e in self.ok("GET", "/events")["items"]
                       if e["status"] in ("held", "reported", "closed")), key=lambda e: e["starts_at"])
        self.assertIn("Kickoff: Kraftsamling för psykisk hälsa", [e["title"] for e in held])
        self.assertEqual(len(held), 4)
        self.assertEqual([p["event"]["title"] if p["event"] else None for p in points],
                         [e["title"] for e in held] + [None])
        for p in points:
            same = self.ok("GET", "/network?as_of=" + p["as_of"])["summary"]
            self.assertEqual(p["edges"], same["edges"])
            self.assertEqual(p["largest_component"], same["largest_component"])
            self.assertEqual(p["cross_country_share"], same["cross_country_share"])
        self.assertLessEqual(points[0]["edges"], points[1]["edges"])
        self.assertLessEqual(points[0]["largest_component"], points[-1]["largest_component"])

        # Monthly: the first day of each month from the first event's month, then today.
        monthly = self.ok("GET", "/network/trends?every=month")
        self.conforms(monthly, "NetworkTrends")
        days = [p["as_of"] for p in monthly["points"]]
        first = held[0]["starts_at"][:7] + "-01"
        today = points[-1]["as_of"]
        self.assertEqual(days[0], first if first != today else today)
        self.assertEqual(days[-1], today)
        self.assertEqual(days, sorted(set(days)))
        self.assertTrue(all(d.endswith("-01") for d in days[:-1]), days)
        self.assertTrue(all(p["event"] is None for p in monthly["points"]))
        for p in monthly["points"][:2]:
            self.assertEqual(p["edges"], self.ok("GET", "/network?as_of=" + p["as_of"])["summary"]["edges"])
        status, _, problem = self.api("GET", "/network/trends?every=week", headers={"Accept-Language": "sv"})
        self.assertEqual((status, problem["errors"][0]["field"]), (422, "every"))
        self.assertIn("måste vara", problem["errors"][0]["message"])

    def test_introductions_bridge_and_share_a_theme(self):
        view = self.ok("GET", "/network")
        answer = self.ok("GET", "/network/introductions")
        self.conforms(answer, "Introductions")
        self.assertGreater(len(answer["items"]), 0)
        nodes = {n["id"]: n for n in view["nodes"]}
        connected = {frozenset((e["source"], e["target"])) for e in view["edges"]}
        names = {t["slug"]: t for t in self.ok("GET", "/themes")["items"]}
        for item in answer["items"]:
            a, b = nodes[item["a"]["id"]], nodes[item["b"]["id"]]
            self.assertNotIn(frozenset((a["id"], b["id"])), connected)
            self.assertEqual(sorted(set(a["themes"]) & set(b["themes"])), item["shared_themes"])
            self.assertEqual(item["bridges_communities"], a["community"] != b["community"])
            self.assertEqual(item["bridges_countries"], a["country"] != b["country"])
            self.assertTrue(item["bridges_communities"] or item["bridges_countries"])
            # Someone with no tie gets a first contact who has some; the reason says so.
            if item["first_contact"]:
                self.assertEqual(sorted([a["degree"] == 0, b["degree"] == 0]), [False, True])
                self.assertIn("has no ties here yet", item["reason"])
            # The reason names the themes as people read them, not by their codes.
            self.assertIn(names[item["shared_themes"][0]]["name_en"], item["reason"])
        scores = [i["score"] for i in answer["items"]]
        self.assertEqual(scores, sorted(scores, reverse=True))
        # In Swedish too.
        status, _, swedish = self.api("GET", "/network/introductions", headers={"Accept-Language": "sv"})
        self.assertEqual(status, 200)
        first = swedish["items"][0]
        self.assertIn(names[first["shared_themes"][0]]["name_sv"], first["reason"])
        self.assertRegex(first["reason"], r"^(Båda arbetar med|.* har inga kontakter här än)")

    def test_introductions_never_join_people_with_a_live_tie_of_any_type(self):
        # Every live tie: each type, conflict included, and shared events.
        every_type = "collaboration,information_exchange,funding,formal_authority,advice,conflict"
        everything = self.ok("GET", "/network?types=" + every_type)
        tied = {frozenset((e["source"], e["target"])) for e in everything["edges"]}
        conflicts = self.ok("GET", "/network?types=conflict&include=reported")["edges"]
        self.assertTrue(conflicts, "the demo has a conflict tie")
        # The default network leaves conflict out, the others more types or the events.
        for query in ("", "?types=funding", "?include=reported", "?include=co_participation"):
            answer = self.ok("GET", "/network/introductions" + query)
            for item in answer["items"]:
                pair = frozenset((item["a"]["id"], item["b"]["id"]))
                self.assertFalse(pair in tied, f"{query}: {item['a']['name']} and "
                                               f"{item['b']['name']} are tied")

    def test_an_introduction_kept_in_both_people_s_contact_history(self):
        item = self.ok("GET", "/network/introductions")["items"][0]
        a, b = item["a"]["person_id"], item["b"]["person_id"]
        before = {i: self.ok("GET", f"/people/{i}") for i in (a, b)}
        history_before = {i: len(self.ok("GET", f"/interactions?person_id={i}")["items"]) for i in (a, b)}
        text = f"Suggested introduction: {item['a']['name']} ↔ {item['b']['name']} — {item['reason']}"
        for body, field in (({"person_ids": [a], "text": text}, "person_ids"),
                            ({"person_ids": [a, a], "text": text}, "person_ids"),
                            ({"person_ids": [a, b], "text": "   "}, "text"),
                            ({"person_ids": [a, b], "text": "å" * 2001}, "text"),
                            ({"person_ids": [a, b], "text": 7}, "text")):
            status, _, answer = self.api("POST", "/network/introductions/note", json=body)
            with self.subTest(body=str(body)[:60]):
                self.assertEqual((status, answer["errors"][0]["field"]), (422, field), answer)
        # An unknown second person: nothing is written for the first one either.
        status, _, answer = self.api("POST", "/network/introductions/note", json={"person_ids": [a, 987654], "text": text})
        self.assertEqual((status, answer["errors"][0]["field"]), (422, "person_ids"), answer)
        self.assertEqual(len(self.ok("GET", f"/interactions?person_id={a}")["items"]), history_before[a])
        self.assertEqual(self.api("POST", "/network/introductions/note", "facilitator",
                                  json={"person_ids": [a, b], "text": text})[0], 403)

        noted = self.ok("POST", "/network/introductions/note", json={"person_ids": [a, b], "text": text + "\nMeet at the workshop. "})
        self.conforms(noted, "IntroductionNote")
        self.assertEqual(noted["note"], text + "\nMeet at the workshop.")
        self.assertEqual([c["person_id"] for c in noted["contacts"]], [a, b])
        for i, kept in zip((a, b), noted["contacts"]):
            history = self.ok("GET", f"/interactions?person_id={i}")["items"]
            self.assertEqual(len(history), history_before[i] + 1)
            contact = self.ok("GET", f"/interactions/{kept['interaction_id']}")
            self.assertEqual((contact["person_id"], contact["channel"], contact["summary"]),
                             (i, "note", noted["note"]))
            self.assertEqual(self.ok("GET", f"/people/{i}")["version"], before[i]["version"],
                             "the person's record is left as it was")
        found = self.ok("GET", "/interactions?q=meet+workshop")["items"]
        self.assertLessEqual({c["interaction_id"] for c in noted["contacts"]}, {c["id"] for c in found},
                             "both contacts are found by their words")

    # -- exports ---------------------------------------------------------------------------
    def test_exports_load_in_networkx(self):
        view = self.ok("GET", "/network")
        ids = {n["id"] for n in view["nodes"]}
        for fmt, reader in (("graphml", networkx.read_graphml), ("gexf", networkx.read_gexf)):
            status, headers, raw = self.api("GET", f"/network/export?format={fmt}", raw=True)
            self.assertEqual(status, 200, raw)
            loaded = reader(io.BytesIO(raw))
            with self.subTest(format=fmt):
                self.assertEqual(set(loaded.nodes), ids)
                self.assertEqual(loaded.number_of_edges(), len(view["edges"]))
                first = view["nodes"][0]
                attributes = loaded.nodes[first["id"]]
                self.assertEqual(attributes.get("label"), first["name"])
                self.assertEqual(int(attributes["degree"]), first["degree"])
                self.assertAlmostEqual(float(attributes["betweenness"]), first["betweenness"], places=6)
                edge = view["edges"][0]
                self.assertAlmostEqual(float(loaded.edges[edge["source"], edge["target"]]["weight"]), edge["weight"])
        status, _, text = self.api("GET", "/network/export?format=nodes.csv")
        rows = list(csv.DictReader(io.StringIO(text)))
        self.assertEqual({r["id"] for r in rows}, ids)
        status, _, text = self.api("GET", "/network/export?format=edges.csv")
        self.assertEqual(len(list(csv.DictReader(io.StringIO(text)))), len(view["edges"]))
        status, _, body = self.api("GET", "/network/export?format=pdf")
        self.assertEqual((status, body["errors"][0]["field"]), (422, "format"))
        self.assertEqual(self.api("GET", "/network/export?format=graphml", "facilitator")[0], 403)

    # -- ties: bad input, permissions, caching ---------------------------------------------
    def test_ties_bad_input_names_the_field_and_changes_nothing(self):
        people = self.people()
        a, b = people[40]["id"], people[41]["id"]
        base = {"from": {"kind": "person", "id": a}, "to": {"kind": "person", "id": b},
                "type": "collaboration", "strength": 2, "starts_on": "2026-01-01"}
        count = self.ok("GET", "/ties")["total"]
        for changes, field in (({"to": {"kind": "person", "id": a}}, "to"),
                               ({"to": {"kind": "person", "id": 987654}}, "to"),
                               ({"from": {"kind": "organisation", "id": 987654}}, "from"),
                               ({"from": {"kind": "team", "id": a}}, "from"),
                               ({"ends_on": "2025-12-31"}, "ends_on"),
                               ({"type": "friendship"}, "type"),
                               ({"strength": 5}, "strength"),
                               ({"starts_on": "2026-02-30"}, "starts_on")):
            status, _, body = self.api("POST", "/ties", json=dict(base, **changes))
            with self.subTest(changes=changes):
                self.assertEqual(status, 422, body)
                self.assertEqual([e["field"] for e in body["errors"]], [field])
        self.assertEqual(self.ok("GET", "/ties")["total"], count)

        version = self.ok("GET", "/network")["version"]
        made = self.ok("POST", "/ties", expect=201, json=dict(base, reported_by="Interview"))
        self.conforms(made, "Tie")
        self.assertEqual(made["from"]["name"], people[40]["name"])
        later = self.ok("GET", "/network")
        self.assertNotEqual(later["version"], version)
        edge = next(e for e in later["edges"] if made["id"] in e["tie_ids"])
        self.assertEqual({edge["source"], edge["target"]}, {f"p:{a}", f"p:{b}"})
        self.assertEqual(self.ok("GET", "/network")["version"], later["version"])  # kept
        self.assertEqual(self.ok("GET", f"/ties?person={a}")["total"], 1)
        status, _, _ = self.api("PUT", f"/ties/{made['id']}", json=dict(base, strength=3),
                                headers={"If-Match": '"99"'})
        self.assertEqual(status, 412)
        changed = self.ok("PUT", f"/ties/{made['id']}", json=dict(base, strength=3),
                          headers={"If-Match": f'"{made["version"]}"'})
        self.assertEqual(changed["strength"], 3)
        self.assertEqual(self.api("POST", "/ties", "observer", json=base)[0], 403)
        self.assertEqual(self.api("POST", "/ties", "facilitator", json=base)[0], 403)
        status, _, _ = self.api("DELETE", f"/ties/{made['id']}", headers={"If-Match": f'"{changed["version"]}"'})
        self.assertEqual(status, 204)

    def test_lived_experience_is_hidden_from_those_who_may_not_see_it(self):
        mine = self.ok("GET", "/network")
        theirs = self.ok("GET", "/network", "facilitator")
        self.assertTrue(any("lived_experience" in n["perspectives"] for n in mine["nodes"]))
        self.assertFalse(any("lived_experience" in n["perspectives"] for n in theirs["nodes"]))
        status, _, text = self.api("GET", "/network/export?format=nodes.csv")
        self.assertIn("lived_experience", text)
        for bad, field in (("as_of=2026-13-01", "as_of"), ("types=gossip", "types"),
                           ("theme=astrology", "theme"), ("include=rumours", "include")):
            status, _, body = self.api("GET", "/network?" + bad)
            self.assertEqual((status, body["errors"][0]["field"]), (422, field))


if __name__ == "__main__":
    unittest.main()


class CoParticipationFades(ServerTestCase):
    """A shared event counts less as it ages (a half-life of a year by default); the server's
    --co-participation-half-life 0 keeps every shared event at 1."""

    server_args = ("--demo", "--co-participation-half-life", "0")

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("fade", PASSWORD)
        cls.fading = SamlaServer(("--demo",)).start()
        cls.fading.add_user("fade-coordinator", "coordinator", PASSWORD)
        cls.fading_token = cls.fading.samla("token", "create", "fade-coordinator").stdout.strip()

    @classmethod
    def tearDownClass(cls):
        cls.fading.stop()
        super().tearDownClass()

    @staticmethod
    def met_only(view):
        """The edges of people who only attended the same events: {(source, target): edge}."""
        return {(e["source"], e["target"]): e for e in view["edges"] if not e["types"]}

    def test_shared_events_fade_unless_the_half_life_is_zero(self):
        _, _, steady = self.server.request("GET", "/api/v1/network", token=self.tokens["coordinator"])
        _, _, fading = self.fading.request("GET", "/api/v1/network", token=self.fading_token)
        steady_edges, fading_edges = self.met_only(steady), self.met_only(fading)
        self.assertTrue(steady_edges)
        self.assertEqual(steady_edges.keys(), fading_edges.keys())
        lighter = 0
        for key, edge in steady_edges.items():
            self.assertEqual(edge["weight"], edge["co_participations"], key)
            faded = fading_edges[key]
            self.assertEqual(faded["co_participations"], edge["co_participations"], key)
            # An event held before today counts less than 1 (more than 0); being members of
            # the same follow-up group now counts in full.
            self.assertLessEqual(faded["weight"], edge["weight"], key)
            self.assertGreater(faded["weight"], 0, key)
            lighter += faded["weight"] < edge["weight"]
        self.assertGreater(lighter, len(steady_edges) // 2)
