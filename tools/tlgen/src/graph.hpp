#pragma once
// Graph algorithms for the dependency analysis, on plain adjacency lists (node = index).

#include <cstddef>
#include <vector>

namespace tlgen::graph {

/// successors[v]: the nodes v has an edge to.
using adjacency = std::vector<std::vector<std::size_t>>;

/// Tarjan's strongly connected components (iterative, so deep graphs cannot overflow the
/// stack). Components come in reverse topological order: every component reachable from a
/// component comes before it. Nodes are visited in index order, so the result is deterministic;
/// the members of each component are sorted.
[[nodiscard]] std::vector<std::vector<std::size_t>> strongly_connected_components(const adjacency& successors);

/// weight[i][j]: the cost of cutting the edge i → j ("i needs j defined first"), 0 when there
/// is no edge. Returns the definition order (a permutation of 0..n-1) that minimizes the
/// total weight of the edges it must cut: the edges i → j where j does not come before i,
/// self-edges included. Exhaustive over all orders, so only for n <= max_exact_nodes; ties go
/// to the lexicographically smallest order.
[[nodiscard]] std::vector<std::size_t> min_feedback_order(const std::vector<std::vector<std::size_t>>& weight);

inline constexpr std::size_t max_exact_nodes = 8;

} // namespace tlgen::graph
