#pragma once
// TL names → C++ names: namespace split, the escape rules (a trailing `_` for a keyword or a
// name the generated code itself declares) and what makes a name unusable in C++.

#include <cstdint>
#include <string>
#include <string_view>

namespace tlgen {

/// True for C++20 keywords and alternative operator tokens (`default`, `long`, `true`, `and`…).
[[nodiscard]] bool is_cpp_keyword(std::string_view name) noexcept;

/// The one escape rule: a C++ keyword gets a trailing `_` (`default` → `default_`,
/// `true` → `true_`); every other TL identifier is already a valid C++ identifier.
[[nodiscard]] std::string cpp_safe(std::string_view name);

/// The C++ spelling of an entity name or a TL namespace component: `cpp_safe`, and a
/// generated namespace member also gets the trailing `_` (`layer` → `layer_`).
[[nodiscard]] std::string cpp_scoped_name(std::string_view name);

/// The C++ spelling of a TL namespace, components joined by `::`: `a.b` → `a::b`, `class.x` →
/// `class_` (each component through cpp_scoped_name).
[[nodiscard]] std::string cpp_namespace(std::string_view tl_namespace);

/// Members of the generated constructor and function structs (`tl_name`, `each_field`, …: the
/// runtime looks up no others in them), and `S`, their storage parameter: a field of one of
/// these names gets a trailing `_`.
[[nodiscard]] bool is_generated_member(std::string_view name) noexcept;

/// Names the generated code declares in a schema's C++ namespace or uses unqualified in it
/// (`basic`, `detail`, `layer`, `all_constructors`, `constructors_1`, `std`, `S`…): an entity or
/// a TL namespace of one of these names gets a trailing `_`.
[[nodiscard]] bool is_generated_namespace_member(std::string_view name) noexcept;

/// Names C++ reserves for the implementation: containing `__`, or `_` and an upper-case letter
/// first. The generated code cannot use them, whatever the escape.
[[nodiscard]] bool is_reserved_identifier(std::string_view name) noexcept;

/// Why `name` cannot be a C++ identifier of our choosing ("" when it can): not an identifier,
/// a keyword, or reserved. For names given on the command line (--name, --namespace).
[[nodiscard]] std::string identifier_problem(std::string_view name);

/// `phone.confirmCall` → {"phone", "confirmCall"}; `inputPeerSelf` → {"", "inputPeerSelf"}.
struct qualified_name {
    std::string_view ns;
    std::string_view name;
};
[[nodiscard]] qualified_name split_name(std::string_view tl_name) noexcept;

/// TL boxedness: a name whose first letter after the namespace is upper case is a boxed type
/// (`User`, `auth.SentCode`); otherwise it is bare (`int`, `future_salt`).
[[nodiscard]] bool is_boxed_name(std::string_view tl_name) noexcept;

/// An id as the schema writes it, zero-padded: `#007efe0e`.
[[nodiscard]] std::string format_id(std::uint32_t id);

} // namespace tlgen
