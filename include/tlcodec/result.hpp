// tlcodec/result.hpp: result<T>, a value or the error that prevented it (std::expected-like).
#pragma once

#include <system_error>
#include <utility>

#include <tlcodec/error.hpp>

namespace tlcodec {

// Holds a T and an error; the T is meaningful only when there is no error. Decoding fills the
// T in place, so no second object or variant is needed.
template <class T>
class result {
 public:
  result() = default;
  result(T value) : value_(std::move(value)) {}
  result(tlcodec::error err) : error_(err) {}
  result(T value, tlcodec::error err) : value_(std::move(value)), error_(err) {}

  bool has_value() const noexcept { return !error_; }
  explicit operator bool() const noexcept { return has_value(); }

  const tlcodec::error& error() const noexcept { return error_; }

  // Throws std::system_error when there is no value, as std::expected throws.
  T& value() & { check(); return value_; }
  const T& value() const& { check(); return value_; }
  T&& value() && { check(); return std::move(value_); }

  T& operator*() & noexcept { return value_; }
  const T& operator*() const& noexcept { return value_; }
  T&& operator*() && noexcept { return std::move(value_); }
  T* operator->() noexcept { return &value_; }
  const T* operator->() const noexcept { return &value_; }

 private:
  void check() const {
    if (error_) [[unlikely]]
      throw std::system_error(make_error_code(error_.code), "tlcodec");
  }

  T value_{};
  tlcodec::error error_{};
};

}  // namespace tlcodec
