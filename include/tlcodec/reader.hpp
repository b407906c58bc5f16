// tlcodec/reader.hpp: the reader concept and the bounds-checked span reader.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <span>

#include <tlcodec/detail/endian.hpp>
#include <tlcodec/error.hpp>
#include <tlcodec/options.hpp>

namespace tlcodec {

// What the codec needs from a source of TL bytes. Errors are sticky: the first one is kept,
// later reads fail fast and return zeros, and the caller checks once per top-level object.
template <class R>
concept reader = requires(R& r, const R& cr, std::size_t n, errc code) {
  { r.take(n) } -> std::same_as<const std::byte*>;  // n bytes, or nullptr (error set)
  { cr.remaining() } -> std::same_as<std::size_t>;
  { cr.offset() } -> std::same_as<std::size_t>;
  { r.fail(code, n) } -> std::same_as<void>;      // record code at offset n, if first
  { cr.failed() } -> std::same_as<bool>;
  { cr.status() } -> std::same_as<const error&>;
  { cr.options() } -> std::same_as<const decode_options&>;
  { r.enter() } -> std::same_as<bool>;             // one level deeper; false past max_depth
  { r.leave() } -> std::same_as<void>;
  { r.note_constructor(std::uint32_t{}) } -> std::same_as<void>;
};

// Reads from a contiguous buffer. Every check compares a length against the bytes left
// (n > end - pos), so no pointer arithmetic can overflow.
class span_reader {
 public:
  explicit span_reader(std::span<const std::byte> input, const decode_options& options = {}) noexcept
      : begin_(input.data()), pos_(input.data()), end_(input.data() + input.size()), options_(options) {}

  // Where a service object is being decoded: the rules of docs/tl-binary.md §8 depend on it.
  struct service_context {
    bool in_message = false;  // inside a container's message body (no container may start)
    bool in_gzip = false;     // inside unpacked gzip_packed data (no gzip_packed may start)
  };
  // A reader of other bytes (unpacked gzip data) that continues outer: same options, depth,
  // service context and unpacked-size budget.
  span_reader(std::span<const std::byte> input, const span_reader& outer) noexcept : span_reader(input, outer.options_) {
    continue_from(outer);
  }
  // A reader of the next n bytes of outer (n <= outer.remaining()), with outer's offsets: a
  // message body, or an Object whose decoding may be undone. outer does not move.
  span_reader(const span_reader& outer, std::size_t n) noexcept
      : begin_(outer.begin_), pos_(outer.pos_), end_(outer.pos_ + n), options_(outer.options_) {
    continue_from(outer);
  }
  span_reader(const span_reader&) = delete;
  span_reader& operator=(const span_reader&) = delete;

  // take and the fixed-size reads are always inlined: g++ -O2 calls them out of line from the
  // codec's thousands of call sites otherwise, and each id or scalar then costs a call.
  [[gnu::always_inline]] const std::byte* take(std::size_t n) noexcept {
    if (n > remaining()) [[unlikely]] {
      fail(errc::truncated, offset());
      return nullptr;
    }
    const std::byte* at = pos_;
    pos_ += n;
    return at;
  }
  [[gnu::always_inline]] std::uint32_t read_u32() noexcept {
    const std::byte* at = take(4);
    return at ? detail::load_le<std::uint32_t>(at) : 0;
  }
  [[gnu::always_inline]] std::uint64_t read_u64() noexcept {
    const std::byte* at = take(8);
    return at ? detail::load_le<std::uint64_t>(at) : 0;
  }

  std::size_t remaining() const noexcept { return static_cast<std::size_t>(end_ - pos_); }
  std::size_t offset() const noexcept { return static_cast<std::size_t>(pos_ - begin_); }
  std::span<const std::byte> input() const noexcept { return {begin_, end_}; }

  // Keeps the first error and empties the rest of the input so later reads stop at once.
  void fail(errc code, std::size_t at) noexcept {
    if (!error_) {
      error_ = {code, at, 0};
      error_depth_ = depth_;
    }
    pos_ = end_;
  }
  // Takes an error found by another reader (unpacked gzip data), if none is recorded yet.
  void adopt(const error& e) noexcept {
    if (!error_) {
      error_ = e;
      error_depth_ = depth_;
    }
    pos_ = end_;
  }
  bool failed() const noexcept { return static_cast<bool>(error_); }
  const error& status() const noexcept { return error_; }
  const decode_options& options() const noexcept { return options_; }

  service_context& context() noexcept { return context_; }

  // decode_options::max_unpacked_size bounds all gzip_packed of one decode together: what the
  // readers of this decode may still unpack, and what one of them has unpacked.
  std::size_t unpack_allowance() const noexcept {
    const std::size_t used = root_->unpacked_;
    return used < options_.max_unpacked_size ? options_.max_unpacked_size - used : 0;
  }
  void count_unpacked(std::size_t n) noexcept { root_->unpacked_ += n; }

  bool enter() noexcept { return ++depth_ <= options_.max_depth; }
  void leave() noexcept { --depth_; }
  // Called by each constructor as decoding leaves it: the innermost one that was being decoded
  // when the error happened names it (not one read after it, at the same depth or deeper).
  void note_constructor(std::uint32_t id) noexcept {
    if (error_ && error_.constructor_id == 0 && error_depth_ >= depth_) [[unlikely]]
      error_.constructor_id = id;
  }

 private:
  void continue_from(const span_reader& outer) noexcept {
    depth_ = outer.depth_;
    context_ = outer.context_;
    root_ = outer.root_;
  }

  const std::byte* begin_;
  const std::byte* pos_;
  const std::byte* end_;
  decode_options options_;
  std::uint32_t depth_ = 0;
  std::uint32_t error_depth_ = 0;
  service_context context_{};
  error error_{};
  span_reader* root_ = this;  // the reader the decode started with (holds unpacked_)
  std::size_t unpacked_ = 0;
};

static_assert(reader<span_reader>);

}  // namespace tlcodec
