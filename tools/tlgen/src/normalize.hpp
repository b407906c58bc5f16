#pragma once
// The normalized text of a declaration that TL derives the default constructor id from
// (docs/tl-binary.md §7), and the known ids that do not follow it.

#include "ast.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tlgen {

/// docs/tl-binary.md §7: no `#id` and no `;`, tokens separated by single spaces, `name:flags.N?true`
/// arguments dropped, `<`/`>` and `{`/`}` removed, a field whose whole type is `bytes`
/// written as `string`, parentheses gone (they are not kept in the syntax tree).
/// Example: `phone.confirmCall peer:InputPhoneCall g_a:string key_fingerprint:long
/// protocol:PhoneCallProtocol = phone.PhoneCall`.
[[nodiscard]] std::string normalized(const ast::declaration& d);

/// crc32(normalized(d)): the id the declaration gets when none is written.
[[nodiscard]] std::uint32_t computed_id(const ast::declaration& d);

/// Historical declarations whose written id is not the CRC of their normalized form: the six
/// of docs/tl-binary.md §7, and two TDLib legacy constructors of the layer-223 API schema.
struct id_exception {
    std::string_view name;
    std::uint32_t id;
    std::string_view reason;
};

/// The known exception for a declaration `name` written with `id`, if there is one.
[[nodiscard]] std::optional<id_exception> known_id_exception(std::string_view name, std::uint32_t id) noexcept;

} // namespace tlgen
