#pragma once
// Shared helpers for the tlgen tests.

#include "model.hpp"
#include "parser.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace tlgen::test {

/// The model of one schema text, called "test.tl" in locations.
inline model model_of(std::string_view text, const model_options& options = {})
{
    return build_model({parse(text, "test.tl")}, options);
}

/// The error that parsing and modelling `text` throws (FAILs when nothing is thrown).
inline error error_of(std::string_view text)
{
    try {
        (void)model_of(text);
    } catch (const error& e) {
        return e;
    }
    FAIL("no error for: " << text);
    return error({}, {});
}

/// what() of the E that `f()` throws (FAILs when it throws nothing).
template <class E, class F>
std::string thrown_message(F&& f)
{
    try {
        (void)f();
    } catch (const E& e) {
        return e.what();
    }
    FAIL("no exception");
    return {};
}

/// "line:column" of an error.
inline std::string line_column(const error& e)
{
    return std::to_string(e.where().line) + ":" + std::to_string(e.where().column);
}

inline const field& field_of(const model& m, std::string_view combinator, std::string_view name)
{
    const tlgen::combinator* c = m.find_constructor(combinator);
    if (c == nullptr) {
        c = m.find_function(combinator);
    }
    REQUIRE(c != nullptr);
    const auto it = std::ranges::find(c->fields, name, &field::tl_name);
    REQUIRE(it != c->fields.end());
    return *it;
}

inline std::vector<std::string> type_names(const model& m, const std::vector<std::size_t>& types)
{
    std::vector<std::string> out;
    for (const std::size_t t : types) {
        out.push_back(m.types[t].tl_name);
    }
    return out;
}

/// Checks the promise of model::groups / type_order: every type appears once, each by-value
/// dependency (after heap boxing) is defined before its user, and a group refers only to
/// earlier groups.
inline void check_definition_order(const model& m)
{
    REQUIRE(m.type_order.size() == m.types.size());
    std::vector<std::size_t> position(m.types.size(), no_index);
    for (std::size_t p = 0; p < m.type_order.size(); ++p) {
        REQUIRE(position[m.type_order[p]] == no_index);
        position[m.type_order[p]] = p;
    }
    for (std::size_t t = 0; t < m.types.size(); ++t) {
        for (const std::size_t dep : m.types[t].deps.by_value) {
            INFO(m.types[t].tl_name << " needs " << m.types[dep].tl_name);
            CHECK(position[dep] < position[t]);
        }
    }
    for (std::size_t g = 0; g < m.groups.size(); ++g) {
        for (const std::size_t dep : m.groups[g].deps.direct) {
            CHECK(m.types[dep].group < g);
        }
        for (const std::size_t t : m.groups[g].types) {
            CHECK(m.types[t].group == g);
        }
    }
}

} // namespace tlgen::test
