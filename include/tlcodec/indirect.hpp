// tlcodec/indirect.hpp: a value-semantic heap holder (like C++26 std::indirect) for the schema
// edges that close a type cycle, and for the large alternatives a variant holds on the heap.
#pragma once

#include <concepts>
#include <utility>

namespace tlcodec {

namespace detail {
// The pointer of every indirect<T>, so that a variant can ask whether the alternative it holds
// on the heap has its value yet without a switch over its alternatives.
class indirect_base {
 public:
  // Whether it holds a value of its own on the heap (not a default or moved-from one).
  bool allocated() const noexcept { return ptr_ != nullptr && ptr_ != moved_from(); }
  bool valueless_after_move() const noexcept { return ptr_ == moved_from(); }

 protected:
  // The mark of a moved-from indirect: an address no value has, never dereferenced.
  static void* moved_from() noexcept {
    static char mark;
    return &mark;
  }
  void* ptr_ = nullptr;  // null: a default value, not allocated yet
};

// What a holder with no value of its own reads as.
template <class T>
const T& default_value() noexcept {
  static const T value{};
  return value;
}
}  // namespace detail

// Owns one T on the heap and copies it deeply, so recursive TL types (RichText, PageBlock, ...)
// stay ordinary values. A default-constructed one allocates nothing: it reads as T{} and
// allocates its own T when first dereferenced as mutable, so that building a default value of
// any generated type allocates nothing (a decode charges each allocation before it is made:
// decode_options::max_decoded_bytes). A moved-from one is valueless_after_move() (as C++26's
// std::indirect): it may be copied (the copy is valueless too), assigned to, compared (equal
// only to another valueless one), decoded into and destroyed, and encoding it is
// errc::moved_from_value; through const access it reads as T{}.
// T may be incomplete where indirect<T> is declared; every member that needs T complete is a
// template, so that std::optional<indirect<T>> does not complete T too early.
template <class T>
class indirect : public detail::indirect_base {
 public:
  indirect() noexcept = default;

  // From a T only, and a template constrained without asking anything of T: overload
  // resolution probes this constructor early (std::optional<indirect<T>> does, comparing and
  // copying), when T may still be incomplete inside its own cycle.
  // Laid out by hand: clang-format 14 mangles requires clauses.
  // clang-format off
  template <class U>
    requires std::same_as<std::remove_cvref_t<U>, T>
  indirect(U&& value) {
    ptr_ = new T(std::forward<U>(value));
  }
  // clang-format on

  indirect(const indirect& other) : detail::indirect_base(other) {
    if (other.allocated()) ptr_ = new T(*other.get_ptr());
  }
  indirect(indirect&& other) noexcept : detail::indirect_base(other) { other.ptr_ = moved_from(); }
  indirect& operator=(const indirect& other) {
    if (this != &other) *this = indirect(other);
    return *this;
  }
  indirect& operator=(indirect&& other) noexcept {
    if (this != &other) {
      release();
      ptr_ = std::exchange(other.ptr_, moved_from());
    }
    return *this;
  }
  ~indirect() { release(); }

  // Mutable access allocates the T if there is none yet (a default or moved-from indirect),
  // default-initialized as tlcodec::variant builds its alternatives (no zero-fill first).
  template <class U = T>
  U& operator*() {
    if (!allocated()) ptr_ = new U;
    return *static_cast<U*>(ptr_);
  }
  template <class U = T>
  const U& operator*() const noexcept {
    return allocated() ? *static_cast<const U*>(ptr_) : detail::default_value<U>();
  }
  template <class U = T>
  U* operator->() {
    return &**this;
  }
  template <class U = T>
  const U* operator->() const noexcept {
    return &**this;
  }
  template <class U = T>
  U& get() {
    return **this;
  }
  template <class U = T>
  const U& get() const noexcept {
    return **this;
  }

  template <class U = T>
  friend bool operator==(const indirect& a, const indirect<U>& b) {
    if (a.valueless_after_move() || b.valueless_after_move())
      return a.valueless_after_move() == b.valueless_after_move();
    return *a == *b;
  }

 private:
  T* get_ptr() const noexcept { return static_cast<T*>(ptr_); }
  void release() noexcept {
    if (allocated()) delete get_ptr();
  }
};

}  // namespace tlcodec
