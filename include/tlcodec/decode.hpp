// tlcodec/decode.hpp: decoding TL values. Never throws, never aborts: errors come back as values.
#pragma once

#include <cstddef>
#include <ranges>
#include <span>
#include <type_traits>
#include <utility>

#include <tlcodec/detail/read.hpp>
#include <tlcodec/options.hpp>
#include <tlcodec/reader.hpp>
#include <tlcodec/result.hpp>
#include <tlcodec/storage.hpp>
#include <tlcodec/wire.hpp>

namespace tlcodec {

// Decodes one value of type T from a reader, leaving the reader after it (no trailing check).
template <class T, reader R>
void decode_from(R& in, T& value) {
  detail::read_value(in, value, wire::boxed{});
}

// Decodes input as exactly one T into value, reusing the storage value already holds (strings,
// vectors, held alternatives). In strict mode bytes after the object are errc::trailing_bytes.
// Like encode_to(out, value) and decode_from(in, value): the bytes first, the value second.
template <class T>
error decode_into(std::span<const std::byte> input, T& value, const decode_options& options = {}) {
  span_reader in(input, options);
  detail::walk_catching_bad_alloc(in, [&] { detail::read_value(in, value, wire::boxed{}); });
  if (options.strict && !in.failed() && in.remaining() != 0) [[unlikely]]
    in.fail(errc::trailing_bytes, in.offset());
  return in.status();
}

template <class T>
result<T> decode(std::span<const std::byte> input, const decode_options& options = {}) {
  T value{};
  const error err = decode_into(input, value, options);
  return {std::move(value), err};
}

// Any contiguous buffer of bytes (std::vector<std::uint8_t>, std::string, std::array, ...).
// Laid out by hand: clang-format 14 indents the lines of a concept unevenly.
// clang-format off
template <class Range>
concept byte_buffer = std::ranges::contiguous_range<Range> && std::ranges::sized_range<Range> &&
                      sizeof(std::ranges::range_value_t<Range>) == 1 &&
                      std::is_trivially_copyable_v<std::ranges::range_value_t<Range>>;
// clang-format on

template <class Range>
std::span<const std::byte> as_byte_span(const Range& input) noexcept {
  return {reinterpret_cast<const std::byte*>(std::ranges::data(input)), std::ranges::size(input)};
}

template <class T, byte_buffer Range>
result<T> decode(const Range& input, const decode_options& options = {}) {
  return decode<T>(as_byte_span(input), options);
}

template <class T, byte_buffer Range>
error decode_into(const Range& input, T& value, const decode_options& options = {}) {
  return decode_into(as_byte_span(input), value, options);
}

// View mode (a T that borrows_input, e.g. view_of<api::messages::Messages>): the value points
// into its input, so the input must outlive it; a temporary container as input does not compile.
template <class Range>
concept temporary_buffer = !std::is_lvalue_reference_v<Range> && !std::ranges::borrowed_range<Range>;

// Laid out by hand: clang-format 14 mangles requires clauses.
// clang-format off
template <class T, byte_buffer Range>
  requires(borrows_input<T> && temporary_buffer<Range>)
result<T> decode(Range&& input, const decode_options& options = {}) = delete;

template <class T, byte_buffer Range>
  requires(borrows_input<T> && temporary_buffer<Range>)
error decode_into(Range&& input, T& value, const decode_options& options = {}) = delete;
// clang-format on

}  // namespace tlcodec
