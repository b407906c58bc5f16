#pragma once
// The resolved schema an emitter works from: constructors, functions and boxed types with
// every name looked up, flags analysed, ids checked against their CRC, by-value cycles broken
// by heap boxes, and a definition order with per-type / per-group / per-function dependencies.
//
// Everything refers to everything else by index into the model's vectors; all lists are in a
// deterministic order (declaration order unless said otherwise).

#include "ast.hpp"
#include "error.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tlgen {

inline constexpr std::size_t no_index = static_cast<std::size_t>(-1);

/// Built-in bare types (docs/tl-binary.md §2/§3). `bool_` is the boxed `Bool` (boolTrue/boolFalse on the
/// wire), `true_` the `true` of `flags.N?true` (no bytes), `nat` the `#` of `flags:#`.
enum class scalar { int_, long_, double_, int128, int256, string, bytes, bool_, true_, nat };

/// The TL spelling: "int", "Bool", "true", "#".
[[nodiscard]] std::string_view tl_spelling(scalar s) noexcept;

enum class type_kind {
    scalar, // one of `scalar`
    boxed,  // a boxed type of the schema: `User`, `auth.SentCode` (type_ref::index → model::types)
    bare,   // one bare constructor: `%Message`, `future_salt` (type_ref::index → model::constructors)
    vector, // `Vector<T>` (boxed_vector) or `vector<T>` / `%Vector<T>` (bare)
    param,  // a type parameter `X` from `{X:Type}`, or `!X`
    object, // `Object`: any boxed value
};

/// A resolved type.
struct type_ref {
    type_kind kind = type_kind::scalar;
    scalar scalar_type = scalar::int_;       // kind::scalar
    std::size_t index = no_index;            // kind::boxed (a type) / kind::bare (a constructor)
    bool boxed_vector = false;               // kind::vector: true for `Vector<T>` (vector id on the wire)
    std::shared_ptr<const type_ref> element; // kind::vector: T
    std::string param;                       // kind::param: the parameter's name
    bool bang = false;                       // kind::param: written `!X` (a whole function call)
    std::string tl;                          // as written, e.g. "Vector<User>", "%Message", "!X"

    [[nodiscard]] bool is(scalar s) const noexcept { return kind == type_kind::scalar && scalar_type == s; }
};

/// `flags.N?` of a conditional field, resolved.
struct field_condition {
    std::size_t flags_field = no_index; // index of the `#` field in combinator::fields
    unsigned bit = 0;                   // 0..31
};

struct field {
    std::string name;    // the C++ member: keywords, generated member names and the
                         // combinator's type parameters escaped (`default_`, `tl_type_`)
    std::string tl_name; // as written in the schema
    type_ref type;
    std::optional<field_condition> condition;
    bool heap_box = false; // stored behind a heap box: it closes a cycle of by-value containment
    source_location where;
    /// An `Object` that a `bytes:int` field right before it measures (MTProto's message body):
    /// that field is folded into this one, whose length encode derives and decode checks.
    bool length_prefixed = false;

    /// A `#` field (`flags:#`): its value is derived from the conditional fields.
    [[nodiscard]] bool is_flags() const noexcept { return type.is(scalar::nat); }
};

/// One `#` field of a combinator and the bits its conditional fields test.
struct flags_field {
    std::size_t field = no_index;  // index in combinator::fields
    std::uint32_t used_bits = 0;   // OR of every bit a conditional field tests
    std::uint32_t shared_bits = 0; // bits tested by more than one field (`codeSettings` bit 8)
};

/// Types another entity needs, as indices into model::types, each list sorted and unique.
struct dependencies {
    std::vector<std::size_t> by_value; // contained by value after heap boxing: define these first
    std::vector<std::size_t> direct;   // referenced directly at all (also through vectors and boxes)
    std::vector<std::size_t> closure;  // everything reachable through `direct`, transitively
};

/// A constructor or a function.
struct combinator {
    std::string tl_name;  // full TL name: "phone.confirmCall"
    std::string ns;       // TL namespace: "phone" ("" for the root)
    std::string cpp_ns;   // its C++ spelling: "phone", "a::b" for `a.b` (names.hpp, cpp_namespace)
    std::string name;     // TL name without namespace: "confirmCall"
    std::string cpp_name; // C++-safe `name`: "true_" for `true`, "updates_" for a root `updates`
                          // beside the namespace `updates`
    std::uint32_t id = 0; // the written id, or the computed one when none is written
    bool id_written = false;
    std::uint32_t computed_id = 0;        // crc32(normalized)
    std::string normalized;               // the normalized declaration (docs/tl-binary.md §7), e.g. for a
                                          // compile-time id check in generated code
    std::vector<std::string> type_params; // `{X:Type}`, in order
    std::vector<field> fields;            // wire order; implicit `{X:Type}` params are not fields
    std::vector<flags_field> flags;       // one per `#` field, in field order
    type_ref result;                      // constructor: its boxed type; function: the result type
    std::size_t type = no_index;          // constructor: index in model::types
    bool is_function = false;
    dependencies deps; // of the fields (and, for a function, its result type); own type excluded
    source_location where;

    /// A generic function such as `invokeWithLayer {X:Type} layer:int query:!X = X`.
    [[nodiscard]] bool is_generic() const noexcept { return !type_params.empty(); }
};

/// A boxed type and its constructors.
struct boxed_type {
    std::string tl_name;                   // "auth.SentCode"
    std::string ns;                        // "auth"
    std::string cpp_ns;                    // C++ spelling of ns
    std::string name;                      // "SentCode"
    std::string cpp_name;                  // C++-safe `name`, as for a combinator
    std::vector<std::size_t> constructors; // indices in model::constructors
    std::optional<scalar> maps_to;         // `Bool` is represented as scalar::bool_, not a variant
    std::size_t group = no_index;          // index in model::groups
    dependencies deps;                     // this type itself excluded
    source_location where;                 // of its first constructor

    [[nodiscard]] bool single_constructor() const noexcept { return constructors.size() == 1; }
};

/// A field of a constructor (model::constructors[constructor].fields[field]).
struct field_ref {
    std::size_t constructor = no_index;
    std::size_t field = no_index;

    friend bool operator==(const field_ref&, const field_ref&) = default;
};

/// A unit of definition (one header): a strongly connected component of the graph "type A
/// refers to type B" (fields of A's constructors, through vectors too). Types that refer to each
/// other, even only through vectors, share a group; a group refers only to earlier groups.
struct type_group {
    std::vector<std::size_t> types;      // members, in definition order (by-value needs first)
    bool cyclic = false;                 // several types, or one type that refers to itself
    std::vector<field_ref> boxed_fields; // the members' heap-boxed fields
    std::size_t cycle_fields = 0;        // by-value fields between members (boxing them all: the fallback)
    bool minimal = true;                 // boxed_fields is a minimum set (false: the by-value cycle was
                                         // too large to search and all of its fields are boxed)
    dependencies deps;                   // of the members together, members excluded
};

/// A declaration whose written id differs from its computed one.
struct id_mismatch {
    std::string tl_name;
    source_location where;
    std::uint32_t written = 0;
    std::uint32_t computed = 0;
    std::string normalized; // the text that was hashed
    bool known = false;     // one of the known exceptions (normalize.hpp: known_id_exception)
};

struct model_options {
    /// Throw on an id mismatch that is not a known exception (otherwise only record it).
    bool strict_ids = true;
    /// Heap-box only a minimum set of fields that breaks each by-value cycle. Off (the default):
    /// every by-value field between the types of a cycle is boxed, so that each of them can be
    /// defined, and instantiated as a class template in any order, without another being complete
    /// (clang instantiates a type reached through a box to check a defaulted operator==, and the
    /// minimum set leaves paths such as messageExtendedMedia.media: MessageMedia by value).
    bool minimal_boxes = false;
};

struct model {
    std::vector<combinator> constructors; // declaration order
    std::vector<combinator> functions;    // declaration order
    std::vector<boxed_type> types;        // order of first use as a constructor's result
    /// Topological order: every type a group refers to (by value or not) is in an earlier group.
    std::vector<type_group> groups;
    /// All types in definition order: the members of groups[0], then of groups[1], …
    std::vector<std::size_t> type_order;
    /// The cycles of the "contains by value" graph (its strongly connected components with a
    /// cycle; members sorted): the heap boxes break exactly these. Each lies within one group.
    std::vector<std::vector<std::size_t>> value_cycles;
    std::vector<id_mismatch> id_mismatches; // known exceptions, plus the rest if !strict_ids
    std::vector<std::string> builtins;      // names of built-in forms seen: "int", "vector", …

    [[nodiscard]] const boxed_type* find_type(std::string_view tl_name) const;
    [[nodiscard]] const combinator* find_constructor(std::string_view tl_name) const;
    [[nodiscard]] const combinator* find_function(std::string_view tl_name) const;

    /// All constructors in definition order: those of each type of type_order, in declaration order.
    [[nodiscard]] std::vector<std::size_t> constructor_order() const;
    /// Indices (in model::groups) of the cyclic groups.
    [[nodiscard]] std::vector<std::size_t> cycle_groups() const;
    /// Every heap-boxed field, in group order.
    [[nodiscard]] std::vector<field_ref> boxed_fields() const;

    // name → index, for the find_* functions
    std::map<std::string, std::size_t, std::less<>> type_index;
    std::map<std::string, std::size_t, std::less<>> constructor_index;
    std::map<std::string, std::size_t, std::less<>> function_index;
};

/// Resolves parsed files (one schema, possibly split over several files: identical duplicate
/// declarations such as the built-in `vector` or `true` are merged) into a model.
/// Throws tlgen::error for: a type or constructor referenced but never defined, `%T` on a type
/// without exactly one constructor, an unknown or later-declared flags field or one that is
/// not `#`, a duplicate name, field name or id, an undeclared type parameter, a constructor
/// whose result is not a boxed type, a name C++ reserves (`a__b`, `_Foo`), two entities with one
/// C++ name, a type parameter C++ cannot name, and (with strict_ids) an unexpected id mismatch.
[[nodiscard]] model build_model(const std::vector<ast::schema_file>& files, const model_options& options = {});

} // namespace tlgen
