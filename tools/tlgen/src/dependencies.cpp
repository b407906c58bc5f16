#include "dependencies.hpp"

#include "graph.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace tlgen {
namespace {

using type_set = std::vector<std::size_t>;

// The type a field of this type contains by value, if any.
std::optional<std::size_t> value_target(const type_ref& t, const model& m)
{
    switch (t.kind) {
        case type_kind::boxed: return t.index;
        case type_kind::bare: return m.constructors[t.index].type;
        default: return std::nullopt;
    }
}

// Every type `t` mentions, also through vectors.
void collect_types(const type_ref& t, const model& m, type_set& out)
{
    if (t.kind == type_kind::vector) {
        collect_types(*t.element, m, out);
    } else if (const auto target = value_target(t, m)) {
        out.push_back(*target);
    }
}

bool contains(const type_set& s, std::size_t t) { return std::ranges::find(s, t) != s.end(); }

// Sorts, removes duplicates and the `excluded` types.
type_set normalized_set(type_set s, const type_set& excluded)
{
    std::erase_if(s, [&](std::size_t t) { return contains(excluded, t); });
    std::ranges::sort(s);
    s.erase(std::unique(s.begin(), s.end()), s.end());
    return s;
}

// Sorts the lists of `d` and removes duplicates and `excluded`.
void normalize(dependencies& d, const type_set& excluded)
{
    d.by_value = normalized_set(std::move(d.by_value), excluded);
    d.direct = normalized_set(std::move(d.direct), excluded);
    d.closure = normalized_set(std::move(d.closure), excluded);
}

// Adds what `fields` contain by value (unless heap-boxed) and reference to `d`.
void add_fields(dependencies& d, const std::vector<field>& fields, const model& m)
{
    for (const field& f : fields) {
        if (const auto target = value_target(f.type, m); target && !f.heap_box) {
            d.by_value.push_back(*target);
        }
        collect_types(f.type, m, d.direct);
    }
}

// The union of the given types and everything reachable from them through `direct`.
type_set closure_of(const type_set& start, const std::vector<dependencies>& type_deps, const type_set& excluded)
{
    std::vector<bool> seen(type_deps.size(), false);
    type_set pending = start;
    type_set out;
    while (!pending.empty()) {
        const std::size_t t = pending.back();
        pending.pop_back();
        if (!seen[t]) {
            seen[t] = true;
            out.push_back(t);
            pending.insert(pending.end(), type_deps[t].direct.begin(), type_deps[t].direct.end());
        }
    }
    return normalized_set(std::move(out), excluded);
}

// edges[a][b]: the fields through which type a contains type b by value.
using value_edges = std::vector<std::map<std::size_t, std::vector<field_ref>>>;

value_edges build_value_edges(const model& m)
{
    value_edges edges(m.types.size());
    for (std::size_t c = 0; c < m.constructors.size(); ++c) {
        const combinator& ctor = m.constructors[c];
        for (std::size_t f = 0; f < ctor.fields.size(); ++f) {
            if (const auto target = value_target(ctor.fields[f].type, m)) {
                edges[ctor.type][*target].push_back({c, f});
            }
        }
    }
    return edges;
}

// The edges among `members` (0..n-1 local indices) of `edges`, where `keep` says which to use.
template <class Keep>
graph::adjacency local_graph(const type_set& members, const value_edges& edges, Keep keep)
{
    graph::adjacency local(members.size());
    for (std::size_t i = 0; i < members.size(); ++i) {
        for (const auto& [target, fields] : edges[members[i]]) {
            const auto j = std::ranges::find(members, target);
            if (j != members.end() && keep(fields)) {
                local[i].push_back(static_cast<std::size_t>(j - members.begin()));
            }
        }
    }
    return local;
}

bool is_cycle(const type_set& component, const graph::adjacency& successors)
{
    return component.size() > 1 || contains(successors[component.front()], component.front());
}

// Heap-boxes a minimum-weight set of fields that leaves the by-value cycle `members` acyclic.
// Returns false when the cycle is too large to search, and every field in it is boxed.
bool break_value_cycle(const type_set& members, const value_edges& edges, model& m)
{
    const std::size_t n = members.size();
    std::vector<std::vector<std::size_t>> weight(n, std::vector<std::size_t>(n, 0));
    const graph::adjacency local = local_graph(members, edges, [](const auto&) { return true; });
    for (std::size_t i = 0; i < n; ++i) {
        for (const std::size_t j : local[i]) {
            weight[i][j] = edges[members[i]].at(members[j]).size();
        }
    }
    const bool exact = n <= graph::max_exact_nodes;
    std::vector<std::size_t> position(n, 0); // all 0: every edge is cut
    if (exact) {
        const auto order = graph::min_feedback_order(weight);
        for (std::size_t p = 0; p < n; ++p) {
            position[order[p]] = p;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        for (const std::size_t j : local[i]) {
            if (position[j] >= position[i]) {
                for (const field_ref& r : edges[members[i]].at(members[j])) {
                    m.constructors[r.constructor].fields[r.field].heap_box = true;
                }
            }
        }
    }
    return exact;
}

// Fills everything of one group but its deps: members in definition order, boxes, counts.
type_group make_group(const type_set& component, const graph::adjacency& references, const value_edges& edges,
                      const model& m)
{
    type_group g;
    g.cyclic = is_cycle(component, references);
    // Definition order: by-value dependencies (not heap-boxed) first. That graph is acyclic,
    // so its components are single types, in dependency order.
    const graph::adjacency unboxed = local_graph(component, edges, [&](const std::vector<field_ref>& fields) {
        return std::ranges::none_of(
            fields, [&](const field_ref& r) { return m.constructors[r.constructor].fields[r.field].heap_box; });
    });
    for (const auto& single : graph::strongly_connected_components(unboxed)) {
        g.types.push_back(component[single.front()]);
    }
    for (const std::size_t t : component) {
        for (const auto& [target, fields] : edges[t]) {
            if (contains(component, target)) {
                g.cycle_fields += fields.size();
            }
        }
        for (const std::size_t c : m.types[t].constructors) {
            for (std::size_t f = 0; f < m.constructors[c].fields.size(); ++f) {
                if (m.constructors[c].fields[f].heap_box) {
                    g.boxed_fields.push_back({c, f});
                }
            }
        }
    }
    std::ranges::sort(g.boxed_fields, {}, [](const field_ref& r) { return std::pair(r.constructor, r.field); });
    return g;
}

} // namespace

void analyze_dependencies(model& m, bool minimal_boxes)
{
    const value_edges edges = build_value_edges(m);

    // 1. The cycles of the by-value graph; with minimal_boxes, a minimum set of boxes for each.
    graph::adjacency value_graph(m.types.size());
    for (std::size_t t = 0; t < m.types.size(); ++t) {
        for (const auto& [target, fields] : edges[t]) {
            value_graph[t].push_back(target);
        }
    }
    std::vector<bool> searched(m.types.size(), true); // false: in a cycle boxed without search
    for (const auto& component : graph::strongly_connected_components(value_graph)) {
        if (is_cycle(component, value_graph)) {
            m.value_cycles.push_back(component);
            if (!minimal_boxes || !break_value_cycle(component, edges, m)) {
                for (const std::size_t t : component) {
                    searched[t] = false;
                }
            }
        }
    }

    // 2. Dependencies of each type (after boxing), self included for now.
    const auto dependencies_of_types = [&] {
        std::vector<dependencies> deps(m.types.size());
        for (std::size_t t = 0; t < m.types.size(); ++t) {
            for (const std::size_t c : m.types[t].constructors) {
                add_fields(deps[t], m.constructors[c].fields, m);
            }
            normalize(deps[t], {});
        }
        return deps;
    };
    std::vector<dependencies> type_deps = dependencies_of_types();
    graph::adjacency references(m.types.size());
    for (std::size_t t = 0; t < m.types.size(); ++t) {
        references[t] = type_deps[t].direct;
    }
    const auto components = graph::strongly_connected_components(references);
    if (!minimal_boxes) {
        // Every by-value field between the types of a group (see model_options::minimal_boxes).
        for (const auto& component : components) {
            for (const std::size_t t : component) {
                for (const auto& [target, fields] : edges[t]) {
                    if (contains(component, target)) {
                        for (const field_ref& r : fields) {
                            m.constructors[r.constructor].fields[r.field].heap_box = true;
                        }
                    }
                }
            }
        }
        type_deps = dependencies_of_types(); // by_value changed; direct did not
    }

    // 3. Groups: components of the reference graph (vectors included), dependencies first.
    for (const auto& component : components) {
        m.groups.push_back(make_group(component, references, edges, m));
        m.groups.back().minimal = std::ranges::all_of(component, [&](std::size_t t) { return searched[t]; });
        for (const std::size_t t : m.groups.back().types) {
            m.types[t].group = m.groups.size() - 1;
            m.type_order.push_back(t);
        }
    }

    // 4. Every dependencies list.
    for (std::size_t t = 0; t < m.types.size(); ++t) {
        normalize(type_deps[t], {t});
    }
    for (std::size_t t = 0; t < m.types.size(); ++t) {
        type_deps[t].closure = closure_of(type_deps[t].direct, type_deps, {t});
        m.types[t].deps = type_deps[t];
    }
    for (type_group& g : m.groups) {
        for (const std::size_t t : g.types) {
            const dependencies& d = type_deps[t];
            g.deps.by_value.insert(g.deps.by_value.end(), d.by_value.begin(), d.by_value.end());
            g.deps.direct.insert(g.deps.direct.end(), d.direct.begin(), d.direct.end());
            g.deps.closure.insert(g.deps.closure.end(), d.closure.begin(), d.closure.end());
        }
        normalize(g.deps, g.types);
    }
    const auto combinator_deps = [&](combinator& c) {
        const type_set own = c.is_function ? type_set{} : type_set{c.type};
        add_fields(c.deps, c.fields, m);
        if (c.is_function) {
            collect_types(c.result, m, c.deps.direct);
        }
        normalize(c.deps, own);
        c.deps.closure = closure_of(c.deps.direct, type_deps, own);
    };
    std::ranges::for_each(m.constructors, combinator_deps);
    std::ranges::for_each(m.functions, combinator_deps);
}

} // namespace tlgen
