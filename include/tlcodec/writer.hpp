// tlcodec/writer.hpp: the writer concept and its three implementations.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include <tlcodec/error.hpp>
#include <tlcodec/options.hpp>

namespace tlcodec {

// What the codec needs from a sink of TL bytes. Like readers, writers keep the first error.
// A writer may also have `std::byte* claim(std::size_t n)`: the next n bytes, counted as
// written, for the codec to fill in at once (null if it only counts them). The encoder then
// writes a string in one piece.
template <class W>
concept writer = requires(W& w, const W& cw, const std::byte* data, std::size_t n, errc code) {
  { w.write(data, n) } -> std::same_as<void>;
  { w.write_zeros(n) } -> std::same_as<void>;
  { w.fail(code) } -> std::same_as<void>;
  { cw.status() } -> std::same_as<const error&>;
};

// A writer that also counts how deeply constructors nest, so that the encoder refuses values
// nested deeper than a decode with default options accepts (errc::depth_exceeded). The
// writers below do; encode_to() lends one to a writer that does not.
template <class W>
concept depth_counting_writer = writer<W> && requires(W& w, const W& cw) {
  { w.enter() } -> std::same_as<bool>;
  { w.leave() } -> std::same_as<void>;
  { cw.depth() } -> std::same_as<std::uint32_t>;
};

namespace detail {
// The sticky first error and the constructor depth, shared by the writers.
class writer_status {
 public:
  constexpr void fail(errc code, std::size_t at = 0) noexcept {
    if (!error_) error_ = {code, at, 0};
  }
  constexpr const error& status() const noexcept { return error_; }

  // One constructor level deeper; false past default_max_depth (leave() all the same).
  constexpr bool enter() noexcept { return ++depth_ <= default_max_depth; }
  constexpr void leave() noexcept { --depth_; }
  constexpr std::uint32_t depth() const noexcept { return depth_; }
  // For a writer that continues another one's walk (an Object's bytes written apart).
  constexpr void start_at_depth(std::uint32_t depth) noexcept { depth_ = depth; }

 private:
  error error_{};
  std::uint32_t depth_ = 0;
};
}  // namespace detail

// Counts bytes: encoded_size() runs the encoder through it. Usable in constant expressions.
class size_counter : public detail::writer_status {
 public:
  constexpr void write(const std::byte*, std::size_t n) noexcept { size_ += n; }
  constexpr void write_zeros(std::size_t n) noexcept { size_ += n; }
  constexpr void fail(errc code) noexcept { writer_status::fail(code, size_); }
  constexpr std::size_t size() const noexcept { return size_; }

 private:
  std::size_t size_ = 0;
};

// Appends to a std::vector<std::byte>, growing it as needed.
class vector_writer : public detail::writer_status {
 public:
  explicit vector_writer(std::vector<std::byte>& out) noexcept : out_(&out) {}
  void write(const std::byte* data, std::size_t n) { out_->insert(out_->end(), data, data + n); }
  void write_zeros(std::size_t n) { out_->resize(out_->size() + n); }
  void fail(errc code) noexcept { writer_status::fail(code, out_->size()); }

 private:
  std::vector<std::byte>* out_;
};

// Writes into a buffer while the bytes fit, and once one does not, only counts (fits() is then
// false and size() the whole encoding's size); with a null buffer it only counts, which is how
// encode() sizes its buffer. One class serves the sizing pass, the exact-size write and
// encode_into's write over a reused buffer, so the codec library compiles each encoder once.
// write is always inlined: most writes are the 4 or 8 bytes of an id or scalar, and inlined into
// put_le the copy becomes a single store; called out of line (g++ -O2 declines, the codec calls
// it from thousands of places) each costs a call and a libc memmove.
class buffer_writer : public detail::writer_status {
 public:
  constexpr explicit buffer_writer(std::nullptr_t) noexcept {}
  constexpr buffer_writer(std::byte* out, std::size_t capacity) noexcept
      : begin_(out), next_(out), end_(out != nullptr ? out + capacity : nullptr) {}
  // The next n bytes of the buffer, counted as written, for the caller to fill (a TL string:
  // one bounds check instead of three); null, and only counted, if they do not fit. The state
  // is two pointers, so that the common case is one compare and one add.
  [[gnu::always_inline]] std::byte* claim(std::size_t n) noexcept {
    if (n <= static_cast<std::size_t>(end_ - next_)) [[likely]] {
      std::byte* at = next_;
      next_ += n;
      return at;
    }
    only_count(n);
    return nullptr;
  }
  // (Not through claim(): a null check fewer. n bytes that fit are in a buffer, so next_ is
  // not null when n is not 0.)
  [[gnu::always_inline]] void write(const std::byte* data, std::size_t n) noexcept {
    if (n <= static_cast<std::size_t>(end_ - next_)) [[likely]] {
      if (n != 0) std::memcpy(next_, data, n);
      next_ += n;
    } else {
      only_count(n);
    }
  }
  [[gnu::always_inline]] void write_zeros(std::size_t n) noexcept {
    if (n <= static_cast<std::size_t>(end_ - next_)) [[likely]] {
      if (n != 0) std::memset(next_, 0, n);
      next_ += n;
    } else {
      only_count(n);
    }
  }
  void fail(errc code) noexcept { writer_status::fail(code, size()); }
  std::size_t size() const noexcept { return written() + counted_; }
  // Whether every byte so far was written (past the first that did not fit, size() only grows).
  bool fits() const noexcept { return counted_ == 0; }
  // How many bytes are in the buffer: size() if they all fit, else those before the first that
  // did not.
  std::size_t written() const noexcept { return static_cast<std::size_t>(next_ - begin_); }

 private:
  void only_count(std::size_t n) noexcept {
    end_ = next_;  // only counts from now on: no byte lands after one that did not fit
    counted_ += n;
  }

  std::byte* begin_ = nullptr;
  std::byte* next_ = nullptr;
  std::byte* end_ = nullptr;
  std::size_t counted_ = 0;  // bytes past the first that did not fit
};

static_assert(depth_counting_writer<size_counter> && depth_counting_writer<vector_writer> &&
              depth_counting_writer<buffer_writer>);

namespace detail {
// Lends depth counting to a writer of the caller's that does not count it.
template <writer W>
class depth_counting : public writer_status {
 public:
  explicit depth_counting(W& out) noexcept : out_(out) {}
  void write(const std::byte* data, std::size_t n) { out_.write(data, n); }
  void write_zeros(std::size_t n) { out_.write_zeros(n); }
  void fail(errc code) { out_.fail(code); }
  const error& status() const noexcept { return out_.status(); }

 private:
  W& out_;
};
}  // namespace detail

}  // namespace tlcodec
