// tlcodec/reader.hpp: the reader concept and the bounds-checked span reader.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <span>
#include <type_traits>

#include <tlcodec/decode_state.hpp>
#include <tlcodec/detail/endian.hpp>
#include <tlcodec/error.hpp>
#include <tlcodec/options.hpp>

namespace tlcodec {

// What the codec needs from a source of TL bytes: contiguous pieces of it, and the state of the
// decode it serves (options, first error, depth, budgets: tlcodec/decode_state.hpp). That is
// all: every type decodes from any reader, Objects included (their bytes are taken whole and
// decoded through the registry's type-erased functions).
template <class R>
concept reader = requires(R& r, const R& cr, std::size_t n) {
  { r.take(n) } -> std::same_as<const std::byte*>;  // the next n bytes, or nullptr if fewer remain
  { cr.remaining() } -> std::same_as<std::size_t>;
  { cr.offset() } -> std::same_as<std::size_t>;  // of the next byte, from the start of the input
  { r.state() } -> std::same_as<decode_state&>;
};

// Reads from a contiguous buffer. Every check compares a length against the bytes left
// (n > end - pos), so no pointer arithmetic can overflow.
class span_reader {
 public:
  // A reader of input that starts a decode.
  explicit span_reader(std::span<const std::byte> input, const decode_options& options = {}) noexcept
      : pos_(input.data()), end_(input.data() + input.size()), origin_(address(pos_)), state_(options) {}
  // A reader of other bytes that continues a decode from its state (a copy, handed back with
  // continue_decode below): unpacked gzip data, a message body, an Object's bytes. Offsets
  // count from base_offset.
  span_reader(std::span<const std::byte> input, const decode_state& state, std::size_t base_offset = 0) noexcept
      : pos_(input.data()), end_(input.data() + input.size()), origin_(address(pos_) - base_offset), state_(state) {}
  span_reader(const span_reader&) = delete;
  span_reader& operator=(const span_reader&) = delete;

  // Always inlined: g++ -O2 calls it out of line from the codec's thousands of call sites
  // otherwise, and each id or scalar then costs a call.
  [[gnu::always_inline]] const std::byte* take(std::size_t n) noexcept {
    if (n > remaining()) [[unlikely]] {
      fail(errc::truncated, offset());
      return nullptr;
    }
    const std::byte* at = pos_;
    pos_ += n;
    return at;
  }
  std::size_t remaining() const noexcept { return static_cast<std::size_t>(end_ - pos_); }
  std::size_t offset() const noexcept { return address(pos_) - origin_; }
  // The bytes not read yet (the reader does not move).
  std::span<const std::byte> rest() const noexcept { return {pos_, end_}; }
  // The bytes from offset `at` (at or after where this reader started) up to where it is.
  std::span<const std::byte> read_since(std::size_t at) const noexcept { return {pos_ - (offset() - at), pos_}; }

  decode_state& state() noexcept { return state_; }
  const decode_state& state() const noexcept { return state_; }

  // Shorthands of the state's, for code that reads with a span_reader. fail also empties the
  // rest of the input, so that later reads stop at once.
  void fail(errc code, std::size_t at) noexcept {
    state().fail(code, at);
    pos_ = end_;
  }
  bool failed() const noexcept { return state().failed(); }
  const error& status() const noexcept { return state().status(); }
  const decode_options& options() const noexcept { return state().options(); }

 private:
  static std::uintptr_t address(const std::byte* p) noexcept { return reinterpret_cast<std::uintptr_t>(p); }

  const std::byte* pos_;
  const std::byte* end_;
  // Where offset 0 is, as an address (unsigned arithmetic: it may lie before the bytes read),
  // so that offset() is one subtraction.
  std::uintptr_t origin_;
  // Held, not pointed to: the walk consults it at every constructor.
  decode_state state_;
};

static_assert(reader<span_reader>);

// Reading from any reader, as the codec does.

// Records an error (if it is the first) and consumes the rest of the input, so that reading
// stops at once. Out of line and cold: the walk calls it from every check, and inlined there it
// would make the small functions of the walk too big for g++ to inline them in turn.
template <reader R>
[[gnu::cold, gnu::noinline]] void fail(R& r, errc code, std::size_t at) noexcept {
  r.state().fail(code, at);
  r.take(r.remaining());
}
// The next n bytes, or nullptr with errc::truncated recorded (at the offset they started at).
template <reader R>
[[gnu::always_inline]] inline const std::byte* take_bytes(R& r, std::size_t n) noexcept {
  const std::byte* bytes = r.take(n);
  if constexpr (!std::is_same_v<R, span_reader>) {  // span_reader::take records it itself
    if (bytes == nullptr) [[unlikely]]
      fail(r, errc::truncated, r.offset());  // a reader that refuses does not move
  }
  return bytes;
}
// The next 32 or 64-bit little-endian word; 0 if it is not there (errc::truncated recorded).
template <reader R>
[[gnu::always_inline]] inline std::uint32_t read_u32(R& r) noexcept {
  const std::byte* at = take_bytes(r, 4);
  return at ? detail::load_le<std::uint32_t>(at) : 0;
}
template <reader R>
[[gnu::always_inline]] inline std::uint64_t read_u64(R& r) noexcept {
  const std::byte* at = take_bytes(r, 8);
  return at ? detail::load_le<std::uint64_t>(at) : 0;
}
// Decodes bytes (taken from r, or unpacked from them) with decode(span_reader&), a reader that
// continues r's decode at offset base_offset, and hands its state back to r: the first error,
// the depth and the budgets go on across nested inputs (the vector claims on r's bytes stay r's).
template <reader R, class Decode>
void continue_decode(R& r, std::span<const std::byte> bytes, std::size_t base_offset, Decode&& decode) {
  span_reader nested(bytes, r.state(), base_offset);
  nested.state().claimed = 0;
  decode(nested);
  const std::size_t claimed = r.state().claimed;
  r.state() = nested.state();
  r.state().claimed = claimed;
}

// The next 32-bit word without consuming it (a constructor id, to choose how to read on); 0 if
// fewer than 4 bytes remain.
template <reader R>
std::uint32_t peek_u32(R& r) noexcept {
  return r.remaining() >= 4 ? detail::load_le<std::uint32_t>(r.take(0)) : 0;
}

}  // namespace tlcodec
