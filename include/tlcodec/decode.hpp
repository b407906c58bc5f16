// tlcodec/decode.hpp: decoding TL values. Never throws, never aborts: errors come back as values.
#pragma once

#include <cstddef>
#include <span>
#include <type_traits>
#include <utility>

#include <tlcodec/detail/codec.hpp>
#include <tlcodec/options.hpp>
#include <tlcodec/reader.hpp>
#include <tlcodec/result.hpp>
#include <tlcodec/wire.hpp>

namespace tlcodec {

// Decodes one value of type T from a reader, leaving the reader after it (no trailing check).
template <class T, reader R>
void decode_from(R& in, T& value) {
  detail::read_value(in, value, wire::plain{});
}

// Decodes input as exactly one T into value, reusing the storage value already holds (strings,
// vectors, held alternatives). In strict mode bytes after the object are errc::trailing_bytes.
template <class T>
error decode_into(T& value, std::span<const std::byte> input, const decode_options& options = {}) {
  span_reader in(input, options);
  detail::read_value(in, value, wire::plain{});
  if (options.strict && !in.failed() && in.remaining() != 0) [[unlikely]]
    in.fail(errc::trailing_bytes, in.offset());
  return in.status();
}

template <class T>
result<T> decode(std::span<const std::byte> input, const decode_options& options = {}) {
  T value{};
  const error err = decode_into(value, input, options);
  return {std::move(value), err};
}

// Overloads for buffers of unsigned char / char (std::vector<std::uint8_t>, std::string, ...).
template <class T, class Byte>
  requires(sizeof(Byte) == 1 && !std::is_same_v<std::remove_const_t<Byte>, std::byte>)
result<T> decode(std::span<Byte> input, const decode_options& options = {}) {
  return decode<T>(std::as_bytes(input), options);
}

}  // namespace tlcodec
