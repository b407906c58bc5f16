#pragma once
// The dependency stage of build_model: the "contains by value" graph between boxed types, its
// cycle groups and heap boxes, the definition order and every dependencies list.

#include "model.hpp"

namespace tlgen {

/// Fills model::value_cycles, model::groups, model::type_order, boxed_type::group,
/// field::heap_box and every `deps`, from the resolved constructors and functions.
///
/// Heap boxes: type A contains type B by value when a constructor of A has a field of type B,
/// `%B`, a bare constructor of B, or `flags.N?` of one of these; a Vector/vector does not count
/// (a std::vector of an incomplete type is fine). In each strongly connected component of that
/// graph that has a cycle, the boxed fields are a minimum-weight set of edges whose removal
/// leaves it acyclic (weight = number of fields on the edge), found by trying every definition
/// order of its types (exact up to graph::max_exact_nodes types; a larger one boxes all its
/// fields). Ties go to the order closest to declaration order.
///
/// Groups: the strongly connected components of the full reference graph (vectors included),
/// dependencies first; inside a group, types come after what they contain by value unboxed.
void analyze_dependencies(model& m, bool minimal_boxes);

} // namespace tlgen
