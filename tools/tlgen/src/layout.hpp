#pragma once
// Which constructors of a boxed type tlcodec::variant holds through tlcodec::indirect instead of in
// place. A variant is as large as the largest alternative it holds in place, so one large
// constructor would make every value of its type large (api::Update held in place is 5 KB, and
// so is each element of a Vector<Update>). The rule works on an estimate of the owning C++
// layout on a 64-bit target (sizes of std::string, std::vector, std::optional as libstdc++ and
// libc++ lay them out), and is applied from the leaves up:
//  - a constructor's own fields (everything except nested multi-constructor boxed values, which
//    the rule keeps small in turn) above `own_limit` bytes: on the heap;
//  - its whole value, with several nested boxed values, above `total_limit` bytes: on the heap.
// A small wrapper of one boxed value (updateShort: an Update and a date) stays in place: the
// value it wraps is bounded already, and boxing the wrapper would cost an allocation per value.

#include "model.hpp"

#include <cstddef>
#include <vector>

namespace tlgen {

struct layout_limits {
    std::size_t own_limit = 64;
    std::size_t total_limit = 128;
};

/// Per model::constructors entry: whether it is an alternative held on the heap (only
/// constructors of boxed types with several constructors are ever marked), and the estimated
/// size of its value in bytes, nested boxed values included.
struct constructor_layout {
    std::vector<bool> held_indirectly;
    std::vector<std::size_t> size;
};

[[nodiscard]] constructor_layout layout_constructors(const model& m, layout_limits limits = {});

} // namespace tlgen
