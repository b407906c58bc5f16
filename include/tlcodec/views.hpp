// tlcodec/views.hpp: the views that values decoded in view mode hold (tlcodec::borrowing, see
// storage.hpp): bytes_view for TL bytes, scalars_view<T> for a Vector<int>/<long>/<double>.
// Both point into the decoded input and are valid only as long as it is.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

#include <tlcodec/detail/endian.hpp>

namespace tlcodec {

// TL bytes, borrowed: a pointer and a size into the input.
class bytes_view {
 public:
  using value_type = std::byte;
  using size_type = std::size_t;
  using iterator = const std::byte*;
  using const_iterator = const std::byte*;

  constexpr bytes_view() noexcept = default;
  constexpr bytes_view(const std::byte* data, std::size_t size) noexcept : data_(data), size_(size) {}
  constexpr bytes_view(std::span<const std::byte> data) noexcept : data_(data.data()), size_(data.size()) {}

  constexpr const std::byte* data() const noexcept { return data_; }
  constexpr std::size_t size() const noexcept { return size_; }
  constexpr bool empty() const noexcept { return size_ == 0; }
  constexpr const std::byte* begin() const noexcept { return data_; }
  constexpr const std::byte* end() const noexcept { return data_ + size_; }
  constexpr std::byte operator[](std::size_t i) const noexcept { return data_[i]; }
  constexpr operator std::span<const std::byte>() const noexcept { return {data_, size_}; }
  std::string_view as_chars() const noexcept { return {reinterpret_cast<const char*>(data_), size_}; }

  // Equal contents (not the same address).
  friend bool operator==(const bytes_view& a, const bytes_view& b) noexcept { return a.as_chars() == b.as_chars(); }

 private:
  const std::byte* data_ = nullptr;
  std::size_t size_ = 0;
};

// The elements of a Vector<int>, <long> or <double>, borrowed: count little-endian values in
// the input, read on access (the input need not be aligned).
template <class T>
class scalars_view {
  static_assert(std::is_same_v<T, std::int32_t> || std::is_same_v<T, std::int64_t> || std::is_same_v<T, double>);
  using word = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;

 public:
  using value_type = T;

  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using reference = T;
    using pointer = void;

    iterator() = default;
    explicit iterator(const std::byte* at) noexcept : at_(at) {}
    T operator*() const noexcept { return std::bit_cast<T>(detail::load_le<word>(at_)); }
    iterator& operator++() noexcept { return at_ += sizeof(T), *this; }
    iterator operator++(int) noexcept { return iterator(std::exchange(at_, at_ + sizeof(T))); }
    friend bool operator==(iterator, iterator) = default;

   private:
    const std::byte* at_ = nullptr;
  };

  constexpr scalars_view() noexcept = default;
  constexpr scalars_view(const std::byte* data, std::size_t count) noexcept : data_(data), count_(count) {}

  std::size_t size() const noexcept { return count_; }
  bool empty() const noexcept { return count_ == 0; }
  T operator[](std::size_t i) const noexcept { return *iterator(data_ + i * sizeof(T)); }
  iterator begin() const noexcept { return iterator(data_); }
  iterator end() const noexcept { return iterator(data_ + count_ * sizeof(T)); }
  // The elements as they are on the wire, count * sizeof(T) bytes.
  std::span<const std::byte> wire_bytes() const noexcept { return {data_, count_ * sizeof(T)}; }

  // Equal elements, compared as their wire bytes (so a NaN equals itself).
  friend bool operator==(const scalars_view& a, const scalars_view& b) noexcept {
    return a.count_ == b.count_ && (a.count_ == 0 || std::memcmp(a.data_, b.data_, a.count_ * sizeof(T)) == 0);
  }

 private:
  const std::byte* data_ = nullptr;
  std::size_t count_ = 0;
};

}  // namespace tlcodec
