// tlcodec/result.hpp: result<T>, a value or the error that prevented it (std::expected-like).
#pragma once

#include <cassert>
#include <system_error>
#include <type_traits>
#include <utility>

#include <tlcodec/error.hpp>

namespace tlcodec {

// A T, or the error that prevented it. Decoding fills the T in place, so no second object or
// variant is needed; but the T of an error is not a value: as with std::expected, *r and r-> on
// an error are a precondition violation (an assert in debug builds, undefined behaviour
// otherwise), r.value() throws, and r.value_or(fallback) gives the fallback.
template <class T>
class result {
 public:
  result() = default;
  result(T value) : value_(std::move(value)) {}
  result(tlcodec::error err) : error_(err) {}
  result(T value, tlcodec::error err) : value_(std::move(value)), error_(err) {}
  // Filled in place: fill(T&) gets the value-initialized T and returns the error. (A decode
  // into a T of its own, moved here, cost a move and the destruction of what was moved from.)
  template <class Fill>
  result(std::in_place_t, Fill&& fill) : error_(std::forward<Fill>(fill)(value_)) {}

  bool has_value() const noexcept { return !error_; }
  explicit operator bool() const noexcept { return has_value(); }

  const tlcodec::error& error() const noexcept { return error_; }

  // Throws std::system_error when there is no value, as std::expected throws.
  T& value() & {
    check();
    return value_;
  }
  const T& value() const& {
    check();
    return value_;
  }
  T&& value() && {
    check();
    return std::move(value_);
  }

  // The value, or fallback converted to T when there is none.
  // Laid out by hand: clang-format 14 mangles requires clauses.
  // clang-format off
  template <class U = std::remove_cv_t<T>>
    requires(std::is_copy_constructible_v<T> && std::is_convertible_v<U &&, T>)
  T value_or(U&& fallback) const& {
    if (has_value()) return value_;
    return static_cast<T>(std::forward<U>(fallback));
  }
  template <class U = std::remove_cv_t<T>>
    requires(std::is_move_constructible_v<T> && std::is_convertible_v<U &&, T>)
  T value_or(U&& fallback) && {
    if (has_value()) return std::move(value_);
    return static_cast<T>(std::forward<U>(fallback));
  }
  // clang-format on

  // Precondition: has_value().
  T& operator*() & noexcept {
    expect_value();
    return value_;
  }
  const T& operator*() const& noexcept {
    expect_value();
    return value_;
  }
  T&& operator*() && noexcept {
    expect_value();
    return std::move(value_);
  }
  T* operator->() noexcept {
    expect_value();
    return &value_;
  }
  const T* operator->() const noexcept {
    expect_value();
    return &value_;
  }

 private:
  void expect_value() const noexcept { assert(has_value() && "*r or r-> on a tlcodec::result that holds an error"); }
  void check() const {
    if (error_) [[unlikely]]
      throw std::system_error(make_error_code(error_.code), "tlcodec");
  }

  T value_{};
  tlcodec::error error_{};
};

}  // namespace tlcodec
