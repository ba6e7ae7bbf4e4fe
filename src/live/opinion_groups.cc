#include "live/opinion_groups.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

#include <Eigen/Dense>

namespace samla::live {
namespace {

double squared_distance(const Point& a, const Point& b) {
  const double dx = a[0] - b[0], dy = a[1] - b[1];
  return dx * dx + dy * dy;
}

// A double in [0, 1) from the generator's bits: std::uniform_real_distribution may differ
// between standard libraries, this does not.
double unit(std::mt19937_64& rng) {
  return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

std::vector<int> assign(const std::vector<Point>& points, const std::vector<Point>& centroids) {
  std::vector<int> labels(points.size(), 0);
  for (std::size_t i = 0; i < points.size(); ++i) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t c = 0; c < centroids.size(); ++c) {
      const double d = squared_distance(points[i], centroids[c]);
      if (d < best) {
        best = d;
        labels[i] = static_cast<int>(c);
      }
    }
  }
  return labels;
}

std::vector<Point> means(const std::vector<Point>& points, const std::vector<int>& labels,
                         const std::vector<Point>& previous) {
  std::vector<Point> sums(previous.size(), Point{0, 0});
  std::vector<std::size_t> counts(previous.size(), 0);
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto c = static_cast<std::size_t>(labels[i]);
    sums[c][0] += points[i][0];
    sums[c][1] += points[i][1];
    ++counts[c];
  }
  std::vector<Point> out = previous;
  for (std::size_t c = 0; c < out.size(); ++c)
    if (counts[c] > 0)
      out[c] = {sums[c][0] / static_cast<double>(counts[c]),
                sums[c][1] / static_cast<double>(counts[c])};
  return out;
}

}  // namespace

Projection project(const std::vector<std::vector<double>>& votes) {
  Projection out;
  const auto n = static_cast<Eigen::Index>(votes.size());
  out.points.assign(votes.size(), Point{0, 0});
  if (n < 2 || votes.front().empty()) return out;
  const auto m = static_cast<Eigen::Index>(votes.front().size());
  Eigen::MatrixXd x(n, m);
  for (Eigen::Index i = 0; i < n; ++i)
    for (Eigen::Index j = 0; j < m; ++j)
      x(i, j) = j < static_cast<Eigen::Index>(votes[static_cast<std::size_t>(i)].size())
                    ? votes[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)]
                    : 0.0;
  const Eigen::RowVectorXd mean = x.colwise().mean();
  x.rowwise() -= mean;
  // The covariance is m × m (statements), small beside the voters: its eigenvectors are the
  // principal axes, as the right singular vectors of the centred votes are.
  const Eigen::MatrixXd covariance = (x.transpose() * x) / static_cast<double>(n - 1);
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
  if (solver.info() != Eigen::Success) return out;
  const Eigen::VectorXd& values = solver.eigenvalues();  // ascending
  const double total = values.sum();
  for (int axis = 0; axis < 2 && axis < m; ++axis) {
    const Eigen::Index column = m - 1 - axis;
    Eigen::VectorXd direction = solver.eigenvectors().col(column);
    Eigen::Index largest = 0;
    direction.cwiseAbs().maxCoeff(&largest);
    if (direction(largest) < 0) direction = -direction;
    const Eigen::VectorXd scores = x * direction;
    for (Eigen::Index i = 0; i < n; ++i)
      out.points[static_cast<std::size_t>(i)][static_cast<std::size_t>(axis)] = scores(i);
    out.explained[static_cast<std::size_t>(axis)] =
        total > 0 ? std::max(0.0, values(column)) / total : 0.0;
  }
  return out;
}

std::vector<Point> seeded_centroids(const std::vector<Point>& points, int k, std::uint64_t seed) {
  std::vector<Point> centroids;
  if (points.empty() || k < 1) return centroids;
  std::mt19937_64 rng(seed);
  centroids.push_back(
      points[std::min(points.size() - 1, static_cast<std::size_t>(unit(rng) * points.size()))]);
  std::vector<double> nearest(points.size());
  for (std::size_t i = 0; i < points.size(); ++i)
    nearest[i] = squared_distance(points[i], centroids.front());
  while (static_cast<int>(centroids.size()) < k) {
    const double total = std::accumulate(nearest.begin(), nearest.end(), 0.0);
    if (total <= 0) break;  // every point sits on a centroid already
    // The next centroid: a point drawn with probability proportional to its squared distance
    // to the nearest centroid so far.
    const double target = unit(rng) * total;
    double running = 0;
    std::size_t chosen = points.size() - 1;
    for (std::size_t i = 0; i < points.size(); ++i) {
      running += nearest[i];
      if (running > target && nearest[i] > 0) {
        chosen = i;
        break;
      }
    }
    centroids.push_back(points[chosen]);
    for (std::size_t i = 0; i < points.size(); ++i)
      nearest[i] = std::min(nearest[i], squared_distance(points[i], points[chosen]));
  }
  return centroids;
}

Clustering kmeans(const std::vector<Point>& points, const std::vector<Point>& initial) {
  Clustering out;
  out.centroids = initial;
  out.labels = assign(points, initial);
  for (int round = 0; round < 300; ++round) {
    out.centroids = means(points, out.labels, out.centroids);
    ++out.iterations;
    std::vector<int> next = assign(points, out.centroids);
    if (next == out.labels) break;
    out.labels = std::move(next);
  }
  return out;
}

double silhouette(const std::vector<Point>& points, const std::vector<int>& labels, int k) {
  const std::size_t n = points.size();
  if (n < 2 || k < 2) return 0;
  std::vector<std::size_t> sizes(static_cast<std::size_t>(k), 0);
  for (int l : labels) ++sizes[static_cast<std::size_t>(l)];
  double sum = 0;
  std::vector<double> to_group(static_cast<std::size_t>(k));
  for (std::size_t i = 0; i < n; ++i) {
    const auto own = static_cast<std::size_t>(labels[i]);
    if (sizes[own] < 2) continue;  // alone in its group: 0
    std::fill(to_group.begin(), to_group.end(), 0.0);
    for (std::size_t j = 0; j < n; ++j)
      if (j != i)
        to_group[static_cast<std::size_t>(labels[j])] +=
            std::sqrt(squared_distance(points[i], points[j]));
    const double a = to_group[own] / static_cast<double>(sizes[own] - 1);
    double b = std::numeric_limits<double>::infinity();
    for (std::size_t c = 0; c < to_group.size(); ++c)
      if (c != own && sizes[c] > 0) b = std::min(b, to_group[c] / static_cast<double>(sizes[c]));
    const double spread = std::max(a, b);
    if (std::isfinite(b) && spread > 0) sum += (b - a) / spread;
  }
  return sum / static_cast<double>(n);
}

OpinionGroups find_opinion_groups(const std::vector<std::vector<double>>& votes, int min_group,
                                  std::uint64_t seed) {
  OpinionGroups out;
  out.projection = project(votes);
  const auto& points = out.projection.points;
  Clustering best;
  for (int k = 2; k <= 5; ++k) {
    if (points.size() < static_cast<std::size_t>(k * std::max(min_group, 1))) break;
    std::vector<Point> initial = seeded_centroids(points, k, seed + static_cast<std::uint64_t>(k));
    if (static_cast<int>(initial.size()) < k) break;  // fewer distinct opinions than groups
    Clustering c = kmeans(points, initial);
    std::vector<int> sizes(static_cast<std::size_t>(k), 0);
    for (int l : c.labels) ++sizes[static_cast<std::size_t>(l)];
    if (*std::min_element(sizes.begin(), sizes.end()) < min_group) continue;
    const double s = silhouette(points, c.labels, k);
    out.tried[k] = s;
    if (out.k == 0 || s > out.silhouette) {
      out.k = k;
      out.silhouette = s;
      out.initial = std::move(initial);
      best = std::move(c);
    }
  }
  if (out.k == 0) return out;
  // Groups numbered by size, the largest first (then in k-means' order).
  std::vector<int> sizes(static_cast<std::size_t>(out.k), 0);
  for (int l : best.labels) ++sizes[static_cast<std::size_t>(l)];
  std::vector<int> order(static_cast<std::size_t>(out.k));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return sizes[static_cast<std::size_t>(a)] > sizes[static_cast<std::size_t>(b)];
  });
  std::vector<int> renumber(static_cast<std::size_t>(out.k));
  for (std::size_t i = 0; i < order.size(); ++i)
    renumber[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
  out.labels.reserve(best.labels.size());
  for (int l : best.labels) out.labels.push_back(renumber[static_cast<std::size_t>(l)]);
  return out;
}

}  // namespace samla::live
