// tlcodec/error.hpp: what can go wrong while decoding or encoding TL, and where.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <system_error>

namespace tlcodec {

// TL-only error codes. The comment of each says which offset error::offset points at.
enum class errc : std::uint8_t {
  ok = 0,
  truncated,                // input ends inside a value; offset: where that value starts
  invalid_length_prefix,    // string/bytes prefix byte 0xFF; offset: the prefix byte
  non_canonical_length,     // 0xFE prefix with a length below 254 (strict); offset: the prefix byte
  nonzero_padding,          // padding after string/bytes is not zero (strict); offset: that byte
  invalid_count,            // vector count negative or larger than the bytes left allow; offset: the count
                            // (encode: a vector of 2^31 elements or more, which reads back negative)
  invalid_vector_id,        // boxed vector without vector#1cb5c415; offset: the id
  invalid_bool_id,          // Bool that is neither boolTrue nor boolFalse; offset: the id
  unexpected_constructor,   // id that is not a constructor of the expected type; offset: the id
  depth_exceeded,           // nesting deeper than decode_options::max_depth; offset: the id entered (also encode)
  trailing_bytes,           // bytes left after a top-level object (strict); offset: first one
  inconsistent_flags,       // encode: fields sharing one flag bit are neither all set nor all unset
  value_too_long,           // encode: a string or bytes of 2^24 bytes or more (TL's length limit)
  buffer_overflow,          // encode: the fixed output buffer is too small; offset: bytes written
  empty_object,             // encode: an Object that holds no value; offset: bytes written
  body_length_mismatch,     // a message body's length differs from its `bytes` field; offset: that field if
                            // negative or not a multiple of 4, else where the body ran out or left bytes
                            // (encode: an Object with its length first, not a multiple of 4 bytes)
  too_many_messages,        // msg_container with more than 1024 messages; offset: the count (also encode)
  nested_container,         // msg_container inside a container's message; offset: its id (also encode)
  nested_gzip,              // gzip_packed inside gzip_packed; offset: the outer one's id (also encode)
  invalid_gzip,             // gzip_packed data that does not inflate; offset: the gzip_packed id (also encode)
  gzip_too_large,           // gzip_packed unpacks past decode_options::max_unpacked_size; offset: its id
  invalid_message_padding,  // a decrypted message's padding breaks padding_rule::mtproto2 (12 to 1024
                            // bytes, the whole a multiple of 16; tlcodec/service/message.hpp); offset: its first byte
  nonzero_auth_key_id,      // an unencrypted message whose auth_key_id is not 0; offset: the auth_key_id
  moved_from_value,         // encode: a value moved from (an indirect<T> that holds nothing); offset: bytes written
  memory_budget_exceeded,   // what the decoded value needs passes decode_options::max_decoded_bytes; offset: the
                            // string, vector count, constructor or Object that would have allocated past it
  out_of_memory,            // the allocator failed (std::bad_alloc, caught); offset: where the decode stood
};
// An error inside the unpacked data of a gzip_packed keeps its code and constructor id; its
// offset is that of the gzip_packed (offsets into compressed data would tell nothing).

// The first failure of a decode (or encode): what, at which byte offset of the input, and the
// id of the innermost constructor being decoded when it happened (0 at top level).
struct error {
  errc code = errc::ok;
  std::size_t offset = 0;
  std::uint32_t constructor_id = 0;

  constexpr explicit operator bool() const noexcept { return code != errc::ok; }
  friend constexpr bool operator==(const error&, const error&) = default;
};

namespace detail {
struct errc_info {
  errc code;
  const char* name;
  const char* description;
};
// Indexed by the code's value (checked below).
inline constexpr errc_info errc_table[] = {
    {errc::ok, "ok", "ok"},
    {errc::truncated, "truncated", "truncated input"},
    {errc::invalid_length_prefix, "invalid_length_prefix", "invalid string length prefix 0xff"},
    {errc::non_canonical_length, "non_canonical_length", "non-canonical string length (0xfe prefix with length < 254)"},
    {errc::nonzero_padding, "nonzero_padding", "non-zero padding byte"},
    {errc::invalid_count, "invalid_count", "vector count negative or larger than the remaining input"},
    {errc::invalid_vector_id, "invalid_vector_id", "boxed vector without vector#1cb5c415"},
    {errc::invalid_bool_id, "invalid_bool_id", "Bool that is neither boolTrue nor boolFalse"},
    {errc::unexpected_constructor, "unexpected_constructor", "unexpected constructor id"},
    {errc::depth_exceeded, "depth_exceeded", "nesting deeper than the depth limit"},
    {errc::trailing_bytes, "trailing_bytes", "trailing bytes after the object"},
    {errc::inconsistent_flags, "inconsistent_flags", "fields sharing a flag bit are not all set or all unset"},
    {errc::value_too_long, "value_too_long", "string or bytes longer than 2^24 - 1 bytes"},
    {errc::buffer_overflow, "buffer_overflow", "output buffer too small"},
    {errc::empty_object, "empty_object", "Object holds no value"},
    {errc::body_length_mismatch, "body_length_mismatch", "message body length differs from its bytes field"},
    {errc::too_many_messages, "too_many_messages", "msg_container with more than 1024 messages"},
    {errc::nested_container, "nested_container", "msg_container inside a container"},
    {errc::nested_gzip, "nested_gzip", "gzip_packed inside gzip_packed"},
    {errc::invalid_gzip, "invalid_gzip", "gzip_packed data is not a valid gzip stream"},
    {errc::gzip_too_large, "gzip_too_large", "gzip_packed data inflates past the size limit"},
    {errc::invalid_message_padding, "invalid_message_padding",
     "message padding not 12 to 1024 bytes to a multiple of 16"},
    {errc::nonzero_auth_key_id, "nonzero_auth_key_id", "unencrypted message with an auth_key_id other than 0"},
    {errc::moved_from_value, "moved_from_value", "value moved from, encoded (an indirect that holds nothing)"},
    {errc::memory_budget_exceeded, "memory_budget_exceeded", "decoded value needs more memory than max_decoded_bytes"},
    {errc::out_of_memory, "out_of_memory", "out of memory"},
};
constexpr bool errc_table_in_order() {
  for (std::size_t i = 0; i < std::size(errc_table); ++i)
    if (static_cast<std::size_t>(errc_table[i].code) != i) return false;
  return true;
}
static_assert(errc_table_in_order() && std::size(errc_table) == static_cast<std::size_t>(errc::out_of_memory) + 1,
              "errc_table lists every errc in declaration order (out_of_memory is the last)");
}  // namespace detail

// A short, stable description of an error code ("truncated input", ...).
constexpr const char* describe(errc code) noexcept {
  const auto index = static_cast<std::size_t>(code);
  return index < std::size(detail::errc_table) ? detail::errc_table[index].description : "unknown tlcodec error";
}

// The enumerator's name ("truncated", ...), as tools print it.
constexpr const char* errc_name(errc code) noexcept {
  const auto index = static_cast<std::size_t>(code);
  return index < std::size(detail::errc_table) ? detail::errc_table[index].name : "unknown";
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

inline std::error_code make_error_code(errc code) noexcept { return {static_cast<int>(code), error_category()}; }

}  // namespace tlcodec

template <>
struct std::is_error_code_enum<tlcodec::errc> : std::true_type {};
