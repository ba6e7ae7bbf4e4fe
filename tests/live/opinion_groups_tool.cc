// Reads {"votes": [[…]], "min_group"?: n, "seed"?: s} on stdin and prints every step of
// live/opinion_groups.h as JSON, for test_opinion_groups.py to hold against scikit-learn: the
// projection, for each k the seeded centroids, k-means' labels and centroids and the silhouette,
// and the grouping chosen.
#include <iostream>

#include <nlohmann/json.hpp>

#include "live/opinion_groups.h"

int main() {
  using nlohmann::json;
  using namespace samla::live;
  const json in = json::parse(std::cin);
  const auto votes = in.at("votes").get<std::vector<std::vector<double>>>();
  const int min_group = in.value("min_group", 3);
  const auto seed = in.value("seed", kOpinionSeed);
  const Projection projection = project(votes);
  json per_k = json::array();
  for (int k = 2; k <= 5; ++k) {
    const auto initial =
        seeded_centroids(projection.points, k, seed + static_cast<std::uint64_t>(k));
    if (static_cast<int>(initial.size()) < k) continue;
    const Clustering c = kmeans(projection.points, initial);
    per_k.push_back({{"k", k},
                     {"initial", initial},
                     {"labels", c.labels},
                     {"centroids", c.centroids},
                     {"silhouette", silhouette(projection.points, c.labels, k)}});
  }
  const OpinionGroups chosen = find_opinion_groups(votes, min_group, seed);
  json tried = json::object();
  for (const auto& [k, s] : chosen.tried) tried[std::to_string(k)] = s;
  std::cout << json{{"points", projection.points},
                    {"explained", projection.explained},
                    {"per_k", per_k},
                    {"chosen",
                     {{"k", chosen.k},
                      {"silhouette", chosen.silhouette},
                      {"labels", chosen.labels},
                      {"tried", tried}}}}
                   .dump()
            << "\n";
}
