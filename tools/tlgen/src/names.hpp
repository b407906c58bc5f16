#pragma once
// TL names → C++ names: namespace split and the single keyword escape rule.

#include <cstdint>
#include <string>
#include <string_view>

namespace tlgen {

/// True for C++20 keywords and alternative operator tokens (`default`, `long`, `true`, `and`…).
[[nodiscard]] bool is_cpp_keyword(std::string_view name) noexcept;

/// The one escape rule: a C++ keyword gets a trailing `_` (`default` → `default_`,
/// `true` → `true_`); every other TL identifier is already a valid C++ identifier.
[[nodiscard]] std::string cpp_safe(std::string_view name);

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
