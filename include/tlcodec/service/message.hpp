// tlcodec/service/message.hpp: the MTProto message envelope around a TL body, and a top-level
// Object whose constructor must be known. No cryptography and no session state: these read and
// write the bytes a stack encrypts or has decrypted (docs/tl-binary.md §8).
//
//   decrypted payload:  salt:long session_id:long msg_id:long seq_no:int message_data_length:int
//                       body (message_data_length bytes) padding (the rest)
//   unencrypted:        auth_key_id:long (0) msg_id:long message_data_length:int body
//
//   tlcodec::decode_options options;
//   options.registry = &tlcodec::default_registry();       // bodies decoded as typed Objects
//   auto message = tlcodec::decode_message(payload, options);
//   if (!message) return message.error();                  // errc, offset into payload
//   if (const auto* container = message->body.get_if<tlcodec::mtproto::msg_container>()) ...
//
// What decoding checks, in order (the first failure is the error; offsets into the input):
//   - the header is there: errc::truncated at the field that is cut;
//   - auth_key_id (unencrypted) is 0: errc::nonzero_auth_key_id at 0;
//   - message_data_length is not negative and a multiple of 4: errc::body_length_mismatch at the
//     length field (28 for a decrypted payload, 16 for an unencrypted message);
//   - the length is within the input: errc::truncated at the length field;
//   - the body is one boxed Object that fills exactly that length, decoded through
//     options.registry like any Object (an unknown constructor stays opaque, since its length is
//     known): errc::body_length_mismatch where the body ended early or ran past its length (a
//     body running past a length that ends the input is errc::truncated), or the body's own error;
//   - decrypted payload, padding_rule::mtproto2 (the default): 12 to 1024 padding bytes and the
//     whole payload a multiple of 16 bytes (MTProto 2.0): errc::invalid_message_padding at the
//     first padding byte; padding_rule::any accepts any padding, none included (MTProto 1.0
//     payloads, tools);
//   - unencrypted message: no byte after the body in strict mode (errc::trailing_bytes at the
//     first one); with decode_options::strict off they are allowed and ignored.
// Session rules (msg_id parity and time, seq_no, salt, session_id) are the stack's to check.
//
// Encoding writes message_data_length from the body (the member is what decoding read, which in
// lenient mode may exceed what the body re-encodes to); the body must hold a value
// (errc::empty_object) of at most 2^31 - 1 bytes (errc::value_too_long). Padding is never made up
// by the library: the caller gives the bytes (decrypted_message::padding), or asks for a length
// (pad_to) and supplies random bytes through a callback or a span. padding_rule::mtproto2 (the
// default) holds for what is written as it does for what is read.
#pragma once

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <utility>
#include <vector>

#include <tlcodec/bytes.hpp>
#include <tlcodec/detail/endian.hpp>
#include <tlcodec/detail/read.hpp>
#include <tlcodec/error.hpp>
#include <tlcodec/object.hpp>
#include <tlcodec/options.hpp>
#include <tlcodec/reader.hpp>
#include <tlcodec/result.hpp>
#include <tlcodec/writer.hpp>

namespace tlcodec {

// The plaintext of an encrypted MTProto message, after decryption or before encryption.
struct decrypted_message {
  static constexpr std::size_t header_size = 32;  // salt to message_data_length: where the body starts

  std::int64_t salt = 0;
  std::int64_t session_id = 0;
  std::int64_t msg_id = 0;
  std::int32_t seq_no = 0;
  // The body's length in bytes as decoded (encoding writes the body's encoded size instead).
  std::int32_t message_data_length = 0;
  object body{};
  // The bytes after the body, exactly as read; what encode_message writes after the body.
  bytes padding{};

  friend bool operator==(const decrypted_message&, const decrypted_message&) = default;
};

// A message sent before there is an authorization key (the key exchange): auth_key_id 0 on the
// wire, no salt, session or padding.
struct unencrypted_message {
  static constexpr std::size_t header_size = 20;  // auth_key_id, msg_id, message_data_length

  std::int64_t msg_id = 0;
  // The body's length in bytes as decoded (encoding writes the body's encoded size instead).
  std::int32_t message_data_length = 0;
  object body{};

  friend bool operator==(const unencrypted_message&, const unencrypted_message&) = default;
};

// What a decrypted payload's padding must be.
enum class padding_rule : std::uint8_t {
  mtproto2,  // MTProto 2.0: 12 to 1024 bytes, and the whole payload a multiple of 16 bytes
  any,       // any number of bytes, none included
};

// The padding encode_message adds when the caller does not give the bytes themselves: the
// fewest bytes, at least min_padding, that make the payload a multiple of `multiple`; or, if
// total is not 0, exactly what makes the payload total bytes long (total must be a multiple of
// `multiple` leaving at least min_padding bytes, else errc::invalid_message_padding). The
// defaults give 12 to 27 bytes, what MTProto 2.0 asks at least; a larger total hides the length.
struct pad_to {
  std::size_t multiple = 16;  // 0 counts as 1
  std::size_t min_padding = 12;
  std::size_t total = 0;
};

namespace detail {

inline bool mtproto2_padding(std::size_t padding_at, std::size_t padding) noexcept {
  return padding >= 12 && padding <= 1024 && (padding_at + padding) % 16 == 0;
}

// The padding pad_to asks for after `unpadded` bytes; false if total cannot be met.
inline bool padding_for(const pad_to& target, std::size_t unpadded, std::size_t& padding) noexcept {
  const std::size_t multiple = std::max<std::size_t>(target.multiple, 1);
  if (target.total == 0) {
    const std::size_t least = unpadded + target.min_padding;
    padding = target.min_padding + (multiple - least % multiple) % multiple;
    return true;
  }
  if (target.total % multiple != 0 || target.total < unpadded || target.total - unpadded < target.min_padding)
    return false;
  padding = target.total - unpadded;
  return true;
}

// Writes a decrypted message's header and body into out, sized to leave `padding` bytes after
// them, which the caller fills. Checks the body and the padding rule first.
inline error write_decrypted_message(std::vector<std::byte>& out, const decrypted_message& message, std::size_t padding,
                                     padding_rule rule) {
  constexpr std::size_t length_at = decrypted_message::header_size - 4;
  const std::size_t body_size = message.body.encoded_size();
  if (!message.body.has_value()) return {errc::empty_object, decrypted_message::header_size, 0};
  if (body_size > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
    return {errc::value_too_long, length_at, 0};
  const std::size_t padding_at = decrypted_message::header_size + body_size;
  if (rule == padding_rule::mtproto2 && !mtproto2_padding(padding_at, padding))
    return {errc::invalid_message_padding, padding_at, 0};
  out.assign(padding_at + padding, std::byte{});
  store_le(out.data(), static_cast<std::uint64_t>(message.salt));
  store_le(out.data() + 8, static_cast<std::uint64_t>(message.session_id));
  store_le(out.data() + 16, static_cast<std::uint64_t>(message.msg_id));
  store_le(out.data() + 24, static_cast<std::uint32_t>(message.seq_no));
  store_le(out.data() + length_at, static_cast<std::uint32_t>(body_size));
  buffer_writer body(out.data() + decrypted_message::header_size, body_size);
  message.body.encode(body);
  if (error e = body.status()) [[unlikely]] {
    e.offset += decrypted_message::header_size;
    out.clear();
    return e;
  }
  return {};
}

}  // namespace detail

// ---- decoding --------------------------------------------------------------------------------

// Decodes a decrypted payload into value (its padding's storage is reused). On error value holds
// what was read before it.
inline error decode_message_into(std::span<const std::byte> input, decrypted_message& value,
                                 const decode_options& options = {}, padding_rule rule = padding_rule::mtproto2) {
  span_reader in(input, options);
  value.salt = static_cast<std::int64_t>(read_u64(in));
  value.session_id = static_cast<std::int64_t>(read_u64(in));
  value.msg_id = static_cast<std::int64_t>(read_u64(in));
  value.seq_no = static_cast<std::int32_t>(read_u32(in));
  value.body = object();
  value.padding.clear();
  // The body fills exactly its length.
  detail::walk_catching_bad_alloc(in, [&] { detail::read_length_prefixed(in, value.body); });
  if (in.failed()) return in.status();
  value.message_data_length = static_cast<std::int32_t>(in.offset() - decrypted_message::header_size);
  const std::size_t padding_at = in.offset();
  const std::size_t padding = in.remaining();
  if (rule == padding_rule::mtproto2 && !detail::mtproto2_padding(padding_at, padding))
    return {errc::invalid_message_padding, padding_at, 0};
  if (!detail::charge(in, detail::string_allocation(value.padding, padding), padding_at)) return in.status();
  value.padding.assign(in.take(padding), padding);
  return {};
}

// A decrypted payload (see the top of this header for what is checked).
inline result<decrypted_message> decode_message(std::span<const std::byte> input, const decode_options& options = {},
                                                padding_rule rule = padding_rule::mtproto2) {
  decrypted_message value;
  const error err = decode_message_into(input, value, options, rule);
  return {std::move(value), err};
}

// Decodes an unencrypted message into value. In strict mode nothing may follow the body.
inline error decode_unencrypted_message_into(std::span<const std::byte> input, unencrypted_message& value,
                                             const decode_options& options = {}) {
  span_reader in(input, options);
  if (read_u64(in) != 0 && !in.failed()) return {errc::nonzero_auth_key_id, 0, 0};
  value.msg_id = static_cast<std::int64_t>(read_u64(in));
  value.body = object();
  detail::walk_catching_bad_alloc(in, [&] { detail::read_length_prefixed(in, value.body); });
  if (in.failed()) return in.status();
  value.message_data_length = static_cast<std::int32_t>(in.offset() - unencrypted_message::header_size);
  if (options.strict && in.remaining() != 0) return {errc::trailing_bytes, in.offset(), 0};
  return {};
}

inline result<unencrypted_message> decode_unencrypted_message(std::span<const std::byte> input,
                                                              const decode_options& options = {}) {
  unencrypted_message value;
  const error err = decode_unencrypted_message_into(input, value, options);
  return {std::move(value), err};
}

// One boxed Object from in, whose constructor options.registry must know: an unknown id, here
// or anywhere inside the value, is errc::unexpected_constructor (decode<object> would keep it
// opaque with the rest of the input, which is right only where the Object's length is known).
// No registry: every id is unknown. Leaves in after the value, for a value in the middle of a
// stream (tl-dump's --type NAME).
inline void decode_object_from(span_reader& in, object& value) { detail::read_object(in, value, false); }

// Exactly one boxed Object of a known constructor; in strict mode no byte may follow it.
inline result<object> decode_object(std::span<const std::byte> input, const decode_options& options = {}) {
  span_reader in(input, options);
  object value;
  detail::walk_catching_bad_alloc(in, [&] { decode_object_from(in, value); });
  if (options.strict && !in.failed() && in.remaining() != 0) in.fail(errc::trailing_bytes, in.offset());
  return {std::move(value), in.status()};
}

// ---- encoding --------------------------------------------------------------------------------

// A decrypted payload with the padding message holds.
inline result<std::vector<std::byte>> encode_message(const decrypted_message& message,
                                                     padding_rule rule = padding_rule::mtproto2) {
  std::vector<std::byte> out;
  const error err = detail::write_decrypted_message(out, message, message.padding.size(), rule);
  if (err) return err;
  std::copy(message.padding.begin(), message.padding.end(),
            out.end() - static_cast<std::ptrdiff_t>(message.padding.size()));
  return out;
}

// A decrypted payload padded as target asks (message.padding is not used): random is called once
// with the padding bytes to fill, and should fill them from a cryptographic random source.
// Laid out by hand: clang-format 14 mangles requires clauses.
// clang-format off
template <class Random>
  requires std::invocable<Random&, std::span<std::byte>>
result<std::vector<std::byte>> encode_message(const decrypted_message& message, const pad_to& target, Random&& random,
                                              padding_rule rule = padding_rule::mtproto2) {
  // clang-format on
  const std::size_t unpadded = decrypted_message::header_size + message.body.encoded_size();
  std::size_t padding = 0;
  if (!detail::padding_for(target, unpadded, padding)) return error{errc::invalid_message_padding, unpadded, 0};
  std::vector<std::byte> out;
  const error err = detail::write_decrypted_message(out, message, padding, rule);
  if (err) return err;
  random(std::span<std::byte>(out.data() + unpadded, padding));
  return out;
}

// The same with random bytes given: the padding is the first bytes of random (fewer than the
// padding needs is errc::invalid_message_padding).
inline result<std::vector<std::byte>> encode_message(const decrypted_message& message, const pad_to& target,
                                                     std::span<const std::byte> random,
                                                     padding_rule rule = padding_rule::mtproto2) {
  const std::size_t unpadded = decrypted_message::header_size + message.body.encoded_size();
  std::size_t padding = 0;
  if (!detail::padding_for(target, unpadded, padding) || random.size() < padding)
    return error{errc::invalid_message_padding, unpadded, 0};
  return encode_message(
      message, target, [&](std::span<std::byte> out) { std::copy_n(random.begin(), out.size(), out.begin()); }, rule);
}

// An unencrypted message: auth_key_id 0, msg_id, the body's length, the body.
inline result<std::vector<std::byte>> encode_unencrypted_message(const unencrypted_message& message) {
  constexpr std::size_t length_at = unencrypted_message::header_size - 4;
  const std::size_t body_size = message.body.encoded_size();
  if (!message.body.has_value()) return error{errc::empty_object, unencrypted_message::header_size, 0};
  if (body_size > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
    return error{errc::value_too_long, length_at, 0};
  std::vector<std::byte> out(unencrypted_message::header_size + body_size);
  detail::store_le(out.data() + 8, static_cast<std::uint64_t>(message.msg_id));
  detail::store_le(out.data() + length_at, static_cast<std::uint32_t>(body_size));
  buffer_writer body(out.data() + unencrypted_message::header_size, body_size);
  message.body.encode(body);
  if (error e = body.status()) [[unlikely]] {
    e.offset += unencrypted_message::header_size;
    return e;
  }
  return out;
}

}  // namespace tlcodec
