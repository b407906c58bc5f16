// The "contains by value" graph: cycle groups, heap boxes, definition order, dependencies.

#include "graph.hpp"
#include "helpers.hpp"

#include <catch2/catch.hpp>

using tlgen::test::field_of;
using tlgen::test::model_of;
using tlgen::test::type_names;
using strings = std::vector<std::string>;

namespace {

constexpr std::string_view cycles_schema = R"(
// a two-type cycle
a1 b:B = A;
a0 = A;
b1 flags:# a:flags.0?A = B;
b0 = B;
// a self cycle
c0 = C;
c1 next:C = C;
// a cycle through vectors only: no box needed
d1 es:Vector<E> = D;
e1 ds:vector<D> = E;
// uses the cycles by value
f1 a:A c:C = F;
// two fields one way, one back: boxing the single field is cheaper
p1 flags:# q:Q q2:flags.1?Q = P;
q1 p:P = Q;
// a cycle through a bare constructor reference
g1 h:h1 = G;
h1 flags:# g:flags.0?G = H;
---functions---
getF x:Vector<D> = F;
)";

std::vector<std::string> boxed_names(const tlgen::model& m, const tlgen::type_group& g)
{
    strings out;
    for (const auto& r : g.boxed_fields) {
        const auto& c = m.constructors[r.constructor];
        out.push_back(c.tl_name + "." + c.fields[r.field].tl_name);
    }
    return out;
}

const tlgen::model_options minimal{.minimal_boxes = true};

} // namespace

TEST_CASE("cycles: by default every by-value field inside a cycle is boxed", "[cycles]")
{
    const auto m = model_of(cycles_schema);
    tlgen::test::check_definition_order(m);
    for (const std::size_t g : m.cycle_groups()) {
        CHECK(m.groups[g].boxed_fields.size() == m.groups[g].cycle_fields);
    }
    CHECK(field_of(m, "q1", "p").heap_box);
}

TEST_CASE("cycles: groups, boxes and order on a small schema", "[cycles]")
{
    const auto m = model_of(cycles_schema, minimal);
    tlgen::test::check_definition_order(m);

    const auto cyclic = m.cycle_groups();
    REQUIRE(cyclic.size() == 5);
    std::vector<strings> groups;
    std::vector<strings> boxes;
    for (const std::size_t g : cyclic) {
        groups.push_back(type_names(m, m.groups[g].types));
        boxes.push_back(boxed_names(m, m.groups[g]));
        CHECK(m.groups[g].minimal);
    }
    // Groups come dependencies first; members in definition order (Q before P: P holds Q).
    CHECK(groups == std::vector<strings>{{"A", "B"}, {"C"}, {"D", "E"}, {"Q", "P"}, {"G", "H"}});
    CHECK(boxes == std::vector<strings>{{"a1.b"}, {"c1.next"}, {}, {"q1.p"}, {"g1.h"}});
    CHECK(m.groups[cyclic[0]].cycle_fields == 2);
    CHECK(m.groups[cyclic[1]].cycle_fields == 1);
    CHECK(m.groups[cyclic[2]].cycle_fields == 0);
    CHECK(m.groups[cyclic[3]].cycle_fields == 3);
    CHECK(m.boxed_fields().size() == 4);
    CHECK(m.groups.size() == 6); // {A,B} {C} {D,E} {F} {Q,P} {G,H}
    const auto ctors = m.constructor_order();
    std::vector<std::string> ctor_names;
    for (const std::size_t c : ctors) {
        ctor_names.push_back(m.constructors[c].tl_name);
    }
    CHECK(ctor_names == strings{"a1", "a0", "b1", "b0", "c0", "c1", "d1", "e1", "f1", "q1", "p1", "g1", "h1"});

    // Only by-value cycles need boxes; the vector-only cycle D/E is a group without any.
    std::vector<strings> value_cycles;
    for (const auto& c : m.value_cycles) {
        value_cycles.push_back(type_names(m, c));
    }
    CHECK(value_cycles == std::vector<strings>{{"A", "B"}, {"C"}, {"P", "Q"}, {"G", "H"}});
    CHECK_FALSE(field_of(m, "d1", "es").heap_box);
    CHECK_FALSE(field_of(m, "e1", "ds").heap_box);
    CHECK_FALSE(m.groups[m.find_type("F")->group].cyclic);

    CHECK(field_of(m, "a1", "b").heap_box);
    CHECK_FALSE(field_of(m, "b1", "a").heap_box);
    CHECK(field_of(m, "c1", "next").heap_box);
    CHECK_FALSE(field_of(m, "p1", "q").heap_box);
    CHECK_FALSE(field_of(m, "p1", "q2").heap_box);
    CHECK(field_of(m, "q1", "p").heap_box);
}

TEST_CASE("cycles: dependencies of types, groups and functions", "[cycles]")
{
    const auto m = model_of(cycles_schema, minimal);
    const auto deps_of = [&](std::string_view type) { return m.find_type(type)->deps; };
    const auto names = [&](const std::vector<std::size_t>& types) { return type_names(m, types); };

    CHECK(names(deps_of("F").by_value) == strings{"A", "C"});
    CHECK(names(deps_of("F").direct) == strings{"A", "C"});
    CHECK(names(deps_of("F").closure) == strings{"A", "B", "C"});
    CHECK(names(deps_of("A").by_value).empty()); // a1.b is boxed
    CHECK(names(deps_of("A").direct) == strings{"B"});
    CHECK(names(deps_of("B").by_value) == strings{"A"});
    CHECK(names(deps_of("C").by_value).empty()); // itself, boxed
    CHECK(names(deps_of("C").closure).empty());
    CHECK(names(deps_of("D").by_value).empty());
    CHECK(names(deps_of("D").direct) == strings{"E"});
    CHECK(names(deps_of("D").closure) == strings{"E"});
    CHECK(m.groups[m.find_type("D")->group].deps.closure.empty()); // E is a member

    const auto& ab = m.groups[m.find_type("A")->group];
    CHECK(ab.deps.by_value.empty());
    CHECK(ab.deps.closure.empty());
    const auto& f = m.groups[m.find_type("F")->group];
    CHECK(names(f.deps.closure) == strings{"A", "B", "C"});

    const auto* get = m.find_function("getF");
    REQUIRE(get != nullptr);
    CHECK(get->deps.by_value.empty());
    CHECK(names(get->deps.direct) == strings{"D", "F"});
    CHECK(names(get->deps.closure) == strings{"A", "B", "C", "D", "E", "F"});

    const auto* f1 = m.find_constructor("f1");
    CHECK(names(f1->deps.by_value) == strings{"A", "C"});
}

TEST_CASE("graph: strongly connected components", "[cycles]")
{
    // 0 ⇄ 1 → 2 ↺, 3 → 2
    const tlgen::graph::adjacency g{{1}, {0, 2}, {2}, {2}};
    CHECK(tlgen::graph::strongly_connected_components(g) == std::vector<std::vector<std::size_t>>{{2}, {0, 1}, {3}});
    CHECK(tlgen::graph::strongly_connected_components({}).empty());

    // A long chain does not recurse.
    tlgen::graph::adjacency chain(100000);
    for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
        chain[i].push_back(i + 1);
    }
    chain.back().push_back(0);
    const auto big = tlgen::graph::strongly_connected_components(chain);
    REQUIRE(big.size() == 1);
    CHECK(big[0].size() == chain.size());
}

TEST_CASE("graph: minimum feedback order", "[cycles]")
{
    // 0 → 1 (weight 5), 1 → 2 (1), 2 → 0 (3): cutting 1 → 2 is cheapest, so 1 before 0 before 2.
    const std::vector<std::vector<std::size_t>> w{{0, 5, 0}, {0, 0, 1}, {3, 0, 0}};
    CHECK(tlgen::graph::min_feedback_order(w) == std::vector<std::size_t>{1, 0, 2});
    // A self edge is always cut; a single node keeps its place.
    CHECK(tlgen::graph::min_feedback_order({{1}}) == std::vector<std::size_t>{0});
    // Ties go to the smallest order.
    CHECK(tlgen::graph::min_feedback_order({{0, 1}, {1, 0}}) == std::vector<std::size_t>{0, 1});
}
