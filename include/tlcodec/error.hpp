// tlcodec/error.hpp: what can go wrong while decoding or encoding TL, and where.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <system_error>

namespace tlcodec {

// TL-only error codes. The comment of each says which offset error::offset points at.
enum class errc : std::uint8_t {
  ok = 0,
  truncated,             // input ends inside a value; offset: where that value starts
  invalid_length_prefix, // string/bytes prefix byte 0xFF; offset: the prefix byte
  non_canonical_length,  // 0xFE prefix with a length below 254 (strict); offset: the prefix byte
  nonzero_padding,       // padding after string/bytes is not zero (strict); offset: that byte
  invalid_count,         // vector count negative or larger than the bytes left allow; offset: the count
  invalid_vector_id,     // boxed vector without vector#1cb5c415; offset: the id
  invalid_bool_id,       // Bool that is neither boolTrue nor boolFalse; offset: the id
  unexpected_constructor,// id that is not a constructor of the expected type; offset: the id
  depth_exceeded,        // nesting deeper than decode_options::max_depth; offset: the id entered
  trailing_bytes,        // bytes left after a top-level object (strict); offset: first one
  inconsistent_flags,    // encode: fields sharing one flag bit are neither all set nor all unset
  value_too_long,        // encode: a string or bytes of 2^24 bytes or more (TL's length limit)
  buffer_overflow,       // encode: the fixed output buffer is too small; offset: bytes written
};

// The first failure of a decode (or encode): what, at which byte offset of the input, and the
// id of the innermost constructor being decoded when it happened (0 at top level).
struct error {
  errc code = errc::ok;
  std::size_t offset = 0;
  std::uint32_t constructor_id = 0;

  constexpr explicit operator bool() const noexcept { return code != errc::ok; }
  friend constexpr bool operator==(const error&, const error&) = default;
};

// A short, stable description of an error code ("truncated input", ...).
constexpr const char* describe(errc code) noexcept {
  switch (code) {
    case errc::ok: return "ok";
    case errc::truncated: return "truncated input";
    case errc::invalid_length_prefix: return "invalid string length prefix 0xff";
    case errc::non_canonical_length: return "non-canonical string length (0xfe prefix with length < 254)";
    case errc::nonzero_padding: return "non-zero padding byte";
    case errc::invalid_count: return "vector count negative or larger than the remaining input";
    case errc::invalid_vector_id: return "boxed vector without vector#1cb5c415";
    case errc::invalid_bool_id: return "Bool that is neither boolTrue nor boolFalse";
    case errc::unexpected_constructor: return "unexpected constructor id";
    case errc::depth_exceeded: return "nesting deeper than the depth limit";
    case errc::trailing_bytes: return "trailing bytes after the object";
    case errc::inconsistent_flags: return "fields sharing a flag bit are not all set or all unset";
    case errc::value_too_long: return "string or bytes longer than 2^24 - 1 bytes";
    case errc::buffer_overflow: return "output buffer too small";
  }
  return "unknown tlcodec error";
}

namespace detail {
class error_category_impl final : public std::error_category {
 public:
  const char* name() const noexcept override { return "tlcodec"; }
  std::string message(int value) const override { return describe(static_cast<errc>(value)); }
};
}  // namespace detail

inline const std::error_category& error_category() noexcept {
  static const detail::error_category_impl category;
  return category;
}

inline std::error_code make_error_code(errc code) noexcept {
  return {static_cast<int>(code), error_category()};
}

}  // namespace tlcodec

template <>
struct std::is_error_code_enum<tlcodec::errc> : std::true_type {};
