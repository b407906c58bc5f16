// tlcodec/indirect.hpp: a value-semantic heap holder (like C++26 std::indirect) for the schema
// edges that close a type cycle.
#pragma once

#include <concepts>
#include <memory>
#include <utility>

namespace tlcodec {

// Owns one T on the heap and copies it deeply, so recursive TL types (RichText, PageBlock, ...)
// stay ordinary values. Always holds a value, except after being moved from (as C++26's
// std::indirect): a moved-from one is valueless_after_move(); it may be copied (the copy is
// valueless too), assigned to, compared (equal only to another valueless one) and destroyed,
// and encoding it is errc::moved_from_value; dereferencing it is a precondition violation.
// T may be incomplete where indirect<T> is declared; every member that needs T complete is a
// template, so that std::optional<indirect<T>> does not complete T too early.
template <class T>
class indirect {
 public:
  template <class U = T>
  indirect() : ptr_(std::make_unique<U>()) {}

  // From a T only, and a template constrained without asking anything of T: overload
  // resolution probes this constructor early (std::optional<indirect<T>> does, comparing and
  // copying), when T may still be incomplete inside its own cycle.
  // Laid out by hand: clang-format 14 mangles requires clauses.
  // clang-format off
  template <class U>
    requires std::same_as<std::remove_cvref_t<U>, T>
  indirect(U&& value) : ptr_(std::make_unique<T>(std::forward<U>(value))) {}
  // clang-format on

  indirect(const indirect& other) : ptr_(other.ptr_ ? std::make_unique<T>(*other.ptr_) : nullptr) {}
  indirect(indirect&&) noexcept = default;
  indirect& operator=(const indirect& other) {
    if (this != &other) ptr_ = other.ptr_ ? std::make_unique<T>(*other.ptr_) : nullptr;
    return *this;
  }
  indirect& operator=(indirect&&) noexcept = default;
  ~indirect() = default;

  T& operator*() noexcept { return *ptr_; }
  const T& operator*() const noexcept { return *ptr_; }
  T* operator->() noexcept { return ptr_.get(); }
  const T* operator->() const noexcept { return ptr_.get(); }
  T& get() noexcept { return *ptr_; }
  const T& get() const noexcept { return *ptr_; }
  bool valueless_after_move() const noexcept { return ptr_ == nullptr; }

  template <class U = T>
  friend bool operator==(const indirect& a, const indirect<U>& b) {
    if (a.valueless_after_move() || b.valueless_after_move())
      return a.valueless_after_move() == b.valueless_after_move();
    return *a == *b;
  }

 private:
  std::unique_ptr<T> ptr_;
};

}  // namespace tlcodec
