"""The live sessions' opinion groups (src/live/opinion_groups.cc) held against scikit-learn on
the same vote matrices: PCA's projection and explained variance (equal up to each axis's sign),
k-means from the same initial centroids (the same groups up to their numbering, the same
centroids), the silhouette, and the k chosen (the best silhouette among the groupings whose
every group has at least three voters)."""

import json
import os
import subprocess
import unittest

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import adjusted_rand_score, silhouette_score

TOOL = os.environ.get("OPINION_GROUPS_TOOL", "")


def planted_votes(rng, voters, statements, groups, missing=0.3, noise=0.15):
    """Voters in `groups` camps, each camp leaning its own way on every statement; some votes
    missing (0) and some against the camp."""
    leanings = rng.choice([-1.0, 1.0], size=(groups, statements))
    camp = rng.integers(0, groups, size=voters)
    votes = leanings[camp].copy()
    flip = rng.random((voters, statements)) < noise
    votes[flip] *= -1
    votes[rng.random((voters, statements)) < missing] = 0.0
    return votes


def run_tool(votes, min_group=3):
    out = subprocess.run([TOOL], input=json.dumps({"votes": votes.tolist(), "min_group": min_group}),
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@unittest.skipUnless(TOOL, "OPINION_GROUPS_TOOL is not set (CTest sets it)")
class OpinionGroupsAgainstScikitLearn(unittest.TestCase):
    CASES = [  # voters, statements, planted camps, seed
        (12, 5, 2, 1),
        (60, 20, 2, 2),
        (150, 40, 3, 3),
        (400, 80, 4, 4),
        (1000, 200, 3, 5),
    ]

    def check_case(self, voters, statements, camps, seed):
        rng = np.random.default_rng(seed)
        votes = planted_votes(rng, voters, statements, camps)
        ours = run_tool(votes)
        points = np.array(ours["points"])

        pca = PCA(n_components=2, svd_solver="full")
        theirs = pca.fit_transform(votes)
        for axis in range(2):
            sign = 1.0 if np.dot(points[:, axis], theirs[:, axis]) >= 0 else -1.0
            np.testing.assert_allclose(points[:, axis], sign * theirs[:, axis], rtol=0, atol=1e-9,
                                       err_msg=f"PCA axis {axis}")
        np.testing.assert_allclose(ours["explained"], pca.explained_variance_ratio_, atol=1e-12)

        self.assertEqual([k["k"] for k in ours["per_k"]], [2, 3, 4, 5])
        best_k, best_s = 0, None
        for step in ours["per_k"]:
            k = step["k"]
            km = KMeans(n_clusters=k, init=np.array(step["initial"]), n_init=1, max_iter=300,
                        tol=0.0, algorithm="lloyd").fit(points)
            self.assertEqual(adjusted_rand_score(km.labels_, step["labels"]), 1.0, f"k={k}")
            # The same groups, so the same centroids once matched by their members.
            labels = np.array(step["labels"])
            for group in range(k):
                members = labels == group
                if not members.any():
                    continue
                theirs_label = np.bincount(km.labels_[members]).argmax()
                np.testing.assert_allclose(step["centroids"][group],
                                           km.cluster_centers_[theirs_label], atol=1e-9)
            self.assertAlmostEqual(step["silhouette"], silhouette_score(points, labels), places=9)
            sizes = np.bincount(labels, minlength=k)
            if sizes.min() >= 3 and (best_s is None or step["silhouette"] > best_s):
                best_k, best_s = k, step["silhouette"]
        chosen = ours["chosen"]
        self.assertEqual(chosen["k"], best_k)
        if best_k:
            self.assertAlmostEqual(chosen["silhouette"], best_s, places=12)
            # Numbered by size, largest first; the same groups as the k-means run.
            step = next(s for s in ours["per_k"] if s["k"] == best_k)
            self.assertEqual(adjusted_rand_score(chosen["labels"], step["labels"]), 1.0)
            sizes = np.bincount(chosen["labels"])
            self.assertTrue(all(sizes[i] >= sizes[i + 1] for i in range(len(sizes) - 1)))
        return ours

    def test_against_scikit_learn(self):
        for case in self.CASES:
            with self.subTest(case=case):
                self.check_case(*case)

    def test_planted_camps_are_found(self):
        # Clear camps, few missing votes: the groups are the camps.
        rng = np.random.default_rng(7)
        leanings = np.array([[1.0] * 10 + [-1.0] * 10, [-1.0] * 10 + [1.0] * 10,
                             [1.0] * 5 + [-1.0] * 10 + [1.0] * 5])
        camp = np.repeat([0, 1, 2], [20, 15, 10])
        votes = leanings[camp] * np.where(rng.random((45, 20)) < 0.05, -1.0, 1.0)
        chosen = run_tool(votes)["chosen"]
        self.assertEqual(chosen["k"], 3)
        self.assertEqual(adjusted_rand_score(camp, chosen["labels"]), 1.0)
        self.assertEqual(list(np.bincount(chosen["labels"])), [20, 15, 10])

    def test_no_group_smaller_than_three(self):
        # Two voters far from the rest would form a group of two: not offered.
        votes = np.array([[1.0, 1.0, 1.0, -1.0]] * 8 + [[-1.0, -1.0, -1.0, 1.0]] * 2)
        chosen = run_tool(votes)["chosen"]
        self.assertNotIn("2", chosen["tried"])
        self.assertTrue(chosen["k"] == 0 or min(np.bincount(chosen["labels"])) >= 3)


if __name__ == "__main__":
    unittest.main()
