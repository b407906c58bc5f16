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

namespace detail {
// decode_into's walk, building arena values in `memory` if it is not null. Always inlined: a
// frame of its own would add to the stack of every decode (the stack bound, README).
template <class T>
[[gnu::always_inline]] inline error decode_whole(std::span<const std::byte> input, T& value,
                                                 const decode_options& options, arena* memory) {
  span_reader in(input, options);
  in.state().memory = memory;
  walk_catching_bad_alloc(in, [&] { read_value(in, value, wire::boxed{}); });
  if (options.strict && !in.failed() && in.remaining() != 0) [[unlikely]]
    in.fail(errc::trailing_bytes, in.offset());
  return in.status();
}
}  // namespace detail

// Decodes input as exactly one T into value, reusing the storage value already holds (strings,
// vectors, held alternatives). In strict mode bytes after the object are errc::trailing_bytes.
// Like encode_to(out, value) and decode_from(in, value): the bytes first, the value second.
// (A value of the arena policy is decoded with decode<T>(input, arena), below.)
// Laid out by hand: clang-format 14 mangles requires clauses.
// clang-format off
template <class T>
  requires(!lives_in_arena<T>)
error decode_into(std::span<const std::byte> input, T& value, const decode_options& options = {}) {
  return detail::decode_whole(input, value, options, nullptr);
}

template <class T>
  requires(!lives_in_arena<T>)
result<T> decode(std::span<const std::byte> input, const decode_options& options = {}) {
  return result<T>(std::in_place, [&](T& value) { return decode_into(input, value, options); });
}
// clang-format on

// Arena mode (a T that lives_in_arena, e.g. arena_of<api::messages::Messages>): the value's
// strings, vectors and constructors held indirectly are built in `memory`, which must outlive
// the value (and its copies); the input need not. The arena's first block is sized from the
// input (arena_block_per_input_byte), so that most decodes request memory once; every block is
// charged against decode_options::max_decoded_bytes before it is requested. On an error the
// arena keeps what was built until it is reset or destroyed.
inline constexpr std::size_t arena_block_per_input_byte = 2;

// Laid out by hand: clang-format 14 mangles requires clauses.
// clang-format off
template <class T>
  requires lives_in_arena<T>
result<T> decode(std::span<const std::byte> input, arena& memory, const decode_options& options = {}) {
  memory.expect(input.size() * arena_block_per_input_byte);
  return result<T>(std::in_place, [&](T& value) { return detail::decode_whole(input, value, options, &memory); });
}
// clang-format on

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

// Laid out by hand: clang-format 14 mangles requires clauses.
// clang-format off
template <class T, byte_buffer Range>
  requires(!lives_in_arena<T>)
result<T> decode(const Range& input, const decode_options& options = {}) {
  return decode<T>(as_byte_span(input), options);
}

template <class T, byte_buffer Range>
  requires(!lives_in_arena<T>)
error decode_into(const Range& input, T& value, const decode_options& options = {}) {
  return decode_into(as_byte_span(input), value, options);
}
// clang-format on

// Laid out by hand: clang-format 14 mangles requires clauses.
// clang-format off
template <class T, byte_buffer Range>
  requires lives_in_arena<T>
result<T> decode(const Range& input, arena& memory, const decode_options& options = {}) {
  return decode<T>(as_byte_span(input), memory, options);
}
// clang-format on

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
