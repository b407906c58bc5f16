#include "layout.hpp"

#include <algorithm>
#include <optional>

namespace tlgen {

namespace {

// Estimated sizes, memoized per type and constructor. By-value containment is acyclic once the
// heap boxes are in place (model.hpp), so the recursion ends.
class estimator {
public:
    estimator(const model& m, layout_limits limits)
        : m_(m), limits_(limits), type_sizes_(m.types.size()), heap_(m.constructors.size(), false),
          decided_(m.constructors.size(), false)
    {
    }

    constructor_layout run()
    {
        for (std::size_t t = 0; t < m_.types.size(); ++t) type_size(t);
        constructor_layout out{heap_, {}};
        for (std::size_t c = 0; c < m_.constructors.size(); ++c) out.size.push_back(constructor_sizes(c).total);
        return out;
    }

private:
    struct sizes {
        std::size_t own = 0;    // without nested multi-constructor boxed values
        std::size_t total = 0;  // with them
        std::size_t nested = 0; // how many of those
    };

    static constexpr std::size_t pointer = 8;

    std::size_t type_size(std::size_t t)
    {
        if (type_sizes_[t]) return *type_sizes_[t];
        const boxed_type& type = m_.types[t];
        std::size_t size = 0;
        if (type.maps_to) {
            size = 1; // Bool: a bool
        } else if (type.single_constructor()) {
            size = constructor_sizes(type.constructors.front()).total;
        } else {
            std::size_t largest = 0;
            for (std::size_t c : type.constructors) largest = std::max(largest, held_size(c));
            size = largest + pointer; // the index, padded
        }
        type_sizes_[t] = size;
        return size;
    }

    std::size_t held_size(std::size_t c)
    {
        const sizes s = constructor_sizes(c);
        if (!decided_[c]) {
            heap_[c] = s.own > limits_.own_limit || (s.nested > 1 && s.total > limits_.total_limit);
            decided_[c] = true;
        }
        return heap_[c] ? pointer : s.total;
    }

    sizes constructor_sizes(std::size_t c)
    {
        sizes out;
        for (const field& f : m_.constructors[c].fields) {
            if (f.type.is(scalar::true_)) {
                out.own += 1, out.total += 1;
                continue;
            }
            std::size_t size = f.heap_box ? pointer : value_size(f.type);
            if (f.condition) size += pointer; // std::optional's flag, padded
            if (nested_boxed(f.type) && !f.heap_box)
                out.total += size, ++out.nested;
            else
                out.own += size, out.total += size;
        }
        return out;
    }

    bool nested_boxed(const type_ref& t) const
    {
        return t.kind == type_kind::boxed && !m_.types[t.index].maps_to && !m_.types[t.index].single_constructor();
    }

    std::size_t value_size(const type_ref& t)
    {
        switch (t.kind) {
            case type_kind::scalar:
                switch (t.scalar_type) {
                    case scalar::long_:
                    case scalar::double_: return 8;
                    case scalar::int128: return 16;
                    case scalar::int256: return 32;
                    case scalar::string:
                    case scalar::bytes: return 32;
                    case scalar::bool_:
                    case scalar::true_: return 1;
                    default: return 4;
                }
            case type_kind::boxed: return type_size(t.index);
            case type_kind::bare: return constructor_sizes(t.index).total;
            case type_kind::vector: return 3 * pointer;
            case type_kind::param:
            case type_kind::object: return 2 * pointer;
        }
        return pointer;
    }

    const model& m_;
    layout_limits limits_;
    std::vector<std::optional<std::size_t>> type_sizes_;
    std::vector<bool> heap_;
    std::vector<bool> decided_;
};

} // namespace

constructor_layout layout_constructors(const model& m, layout_limits limits) { return estimator(m, limits).run(); }

} // namespace tlgen
