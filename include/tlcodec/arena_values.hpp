// tlcodec/arena_values.hpp: what values of the arena storage policy (tlcodec::in_arena,
// tlcodec/storage.hpp) hold instead of std::string, tlcodec::bytes, std::vector and
// tlcodec::indirect: views of memory that a tlcodec::arena owns (tlcodec/arena.hpp). Copying
// one copies the view, not what it sees; a value and every copy of it are valid while the
// arena it was decoded into is. Each is trivially destructible, so that the arena frees them
// without visiting them.
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <string_view>

#include <tlcodec/indirect.hpp>
#include <tlcodec/views.hpp>

namespace tlcodec {

// TL string: characters in the arena.
class arena_string : public std::string_view {
 public:
  constexpr arena_string() noexcept = default;
  constexpr explicit arena_string(std::string_view in_arena) noexcept : std::string_view(in_arena) {}
};

// TL bytes: bytes in the arena.
class arena_bytes : public bytes_view {
 public:
  constexpr arena_bytes() noexcept = default;
  constexpr explicit arena_bytes(bytes_view in_arena) noexcept : bytes_view(in_arena) {}
};

// Vector<T>: `size` elements in the arena, mutable in place (not resizable).
template <class T>
class arena_vector {
 public:
  using value_type = T;
  using size_type = std::size_t;
  using iterator = T*;
  using const_iterator = const T*;

  constexpr arena_vector() noexcept = default;
  constexpr arena_vector(T* in_arena, std::size_t size) noexcept : data_(in_arena), size_(size) {}

  T* data() noexcept { return data_; }
  const T* data() const noexcept { return data_; }
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  T* begin() noexcept { return data_; }
  T* end() noexcept { return data_ + size_; }
  const T* begin() const noexcept { return data_; }
  const T* end() const noexcept { return data_ + size_; }
  T& operator[](std::size_t i) noexcept { return data_[i]; }
  const T& operator[](std::size_t i) const noexcept { return data_[i]; }

  // Equal elements (as std::vector compares).
  friend bool operator==(const arena_vector& a, const arena_vector& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  T* data_ = nullptr;
  std::size_t size_ = 0;
};

// A constructor held indirectly (a large alternative of a variant, an edge that closes a type
// cycle): a pointer to a T in the arena. A default one points nowhere and reads as T{}; it is
// given its T by the decode that builds it (mutable access needs one: allocated()).
// T may be incomplete where arena_ref<T> is declared (as for indirect<T>).
template <class T>
class arena_ref : public detail::indirect_base {
 public:
  arena_ref() noexcept = default;
  template <class U>
  explicit arena_ref(U* in_arena) noexcept {
    ptr_ = in_arena;
  }

  template <class U = T>
  U& operator*() noexcept {
    assert(allocated() && "arena_ref: mutable access to a value not built in an arena");
    return *static_cast<U*>(ptr_);
  }
  template <class U = T>
  const U& operator*() const noexcept {
    return allocated() ? *static_cast<const U*>(ptr_) : detail::default_value<U>();
  }
  template <class U = T>
  U* operator->() noexcept {
    return &**this;
  }
  template <class U = T>
  const U* operator->() const noexcept {
    return &**this;
  }

  template <class U = T>
  friend bool operator==(const arena_ref& a, const arena_ref<U>& b) {
    return *a == *b;
  }
};

}  // namespace tlcodec
