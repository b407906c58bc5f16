#include "graph.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

namespace tlgen::graph {

std::vector<std::vector<std::size_t>> strongly_connected_components(const adjacency& successors)
{
    constexpr std::size_t unvisited = std::numeric_limits<std::size_t>::max();
    const std::size_t n = successors.size();
    std::vector<std::size_t> index(n, unvisited);
    std::vector<std::size_t> low(n, 0);
    std::vector<bool> on_stack(n, false);
    std::vector<std::size_t> stack;
    std::vector<std::vector<std::size_t>> components;
    std::size_t next_index = 0;

    struct frame {
        std::size_t node;
        std::size_t next_successor;
    };
    std::vector<frame> calls;

    const auto enter = [&](std::size_t v) {
        index[v] = low[v] = next_index++;
        stack.push_back(v);
        on_stack[v] = true;
        calls.push_back({v, 0});
    };

    for (std::size_t root = 0; root < n; ++root) {
        if (index[root] != unvisited) {
            continue;
        }
        enter(root);
        while (!calls.empty()) {
            frame& f = calls.back();
            const std::size_t v = f.node;
            if (f.next_successor < successors[v].size()) {
                const std::size_t w = successors[v][f.next_successor++];
                if (index[w] == unvisited) {
                    enter(w); // invalidates f
                } else if (on_stack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            calls.pop_back();
            if (!calls.empty()) {
                const std::size_t parent = calls.back().node;
                low[parent] = std::min(low[parent], low[v]);
            }
            if (low[v] == index[v]) {
                std::vector<std::size_t> component;
                std::size_t w = 0;
                do {
                    w = stack.back();
                    stack.pop_back();
                    on_stack[w] = false;
                    component.push_back(w);
                } while (w != v);
                std::ranges::sort(component);
                components.push_back(std::move(component));
            }
        }
    }
    return components;
}

std::vector<std::size_t> min_feedback_order(const std::vector<std::vector<std::size_t>>& weight)
{
    const std::size_t n = weight.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::vector<std::size_t> best = order;
    std::size_t best_cost = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> position(n);
    do {
        for (std::size_t p = 0; p < n; ++p) {
            position[order[p]] = p;
        }
        std::size_t cost = 0;
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < n; ++j) {
                if (position[j] >= position[i]) {
                    cost += weight[i][j];
                }
            }
        }
        if (cost < best_cost) {
            best_cost = cost;
            best = order;
        }
    } while (std::ranges::next_permutation(order).found);
    return best;
}

} // namespace tlgen::graph
