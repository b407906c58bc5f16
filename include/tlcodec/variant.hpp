// tlcodec/variant.hpp: the value type of a boxed TL type with several constructors.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>

#include <tlcodec/detail/type_list.hpp>
#include <tlcodec/indirect.hpp>

namespace tlcodec {

namespace detail {
// Whether a variant holds alternative C through indirect<C> rather than in place: tlgen marks
// the constructors whose own fields are large (`tl_held_indirectly`), so that a variant is about
// as small as its small constructors. Otherwise api::Update, inline, would be as large as its
// largest update (5 KB), and so would every element of a Vector<Update>.
template <class C>
inline constexpr bool held_indirectly = requires {
  requires C::tl_held_indirectly;
};

// The holder of a constructor held indirectly: its storage policy's (S::indirect, see
// tlcodec/storage.hpp: indirect<C>, or arena_ref<C> in arena mode), indirect<C> for a
// constructor that is not a template over a policy.
template <class C>
struct holder_of {
  using type = indirect<C>;
};
// Laid out by hand: clang-format 14 mangles requires clauses.
// clang-format off
template <template <class> class C, class S>
  requires requires { typename S::template indirect<C<S>>; }
struct holder_of<C<S>> {
  using type = typename S::template indirect<C<S>>;
};
// clang-format on

// What a variant's storage holds for alternative C.
template <class C>
using held_t = std::conditional_t<held_indirectly<C>, typename holder_of<C>::type, C>;

// Whether alternative C is held through indirect<C>, which allocates on the heap by itself when
// first accessed as mutable (arena_ref<C> is given memory by the decode that builds it).
template <class C>
inline constexpr bool allocates_itself = std::is_same_v<held_t<C>, indirect<C>>;

// The alternative C held at `storage` (mutable access allocates one held through indirect<C>
// that has no heap value yet: tlcodec/indirect.hpp; an arena_ref<C> must have one).
template <class C>
C& held_value(void* storage) {
  if constexpr (held_indirectly<C>)
    return **std::launder(static_cast<held_t<C>*>(storage));
  else
    return *std::launder(static_cast<C*>(storage));
}
template <class C>
const C& held_value(const void* storage) noexcept {
  if constexpr (held_indirectly<C>)
    return **std::launder(static_cast<const held_t<C>*>(storage));
  else
    return *std::launder(static_cast<const C*>(storage));
}

// The special members of a variant, as ordinary function templates of the generated type D
// (not inline): a generated `extern template` declaration keeps each from being compiled in
// every translation unit, since each one expands the members of every alternative.
template <class D>
void variant_destroy(void* storage, std::size_t index) noexcept;
template <class D>
void variant_copy(void* to, const void* from, std::size_t index);
template <class D>
void variant_move(void* to, void* from, std::size_t index) noexcept;
template <class D>
bool variant_equal(const void* a, const void* b, std::size_t index);
}  // namespace detail

// variant<Derived, C...> holds exactly one of the constructors C..., in place or, for the few large
// ones tlgen marks, through its storage policy's holder (indirect<C>, or arena_ref<C> in arena
// mode: detail::held_indirectly, holder_of), and is implicitly constructible
// from each. A moved-from value is valid but unspecified, as for std types: it may be copied,
// assigned, compared, encoded, decoded into and destroyed (see after_move). Derived is the generated type (e.g.
// api::InputPeer) and provides two generated switches, which keep compile cost linear (std::variant's visitation
// machinery costs ~100x more at the size of the Telegram API, see docs/compile-cost.md §3):
//   template <class F> static constexpr decltype(auto) with_index(std::size_t i, F&& f);
//       calls f(std::type_identity<C_i>{}) for alternative i;
//   static constexpr int index_of(std::uint32_t constructor_id) noexcept;  // -1 if not ours
// and may set `static constexpr std::size_t default_index` (else 0): the alternative a default-
// constructed value holds; the generator picks one that does not recurse into itself.
template <class Derived, class... Cs>
class variant {
  static_assert(sizeof...(Cs) > 0, "a boxed TL type needs at least one constructor");

 public:
  using alternatives = detail::type_list<Cs...>;
  static constexpr std::size_t alternative_count = sizeof...(Cs);

  template <class C>
  static constexpr bool is_alternative = detail::index_in<std::remove_cvref_t<C>, Cs...> < sizeof...(Cs);

  template <class D = Derived>
  variant() {
    construct<detail::at_t<default_index<D>(), Cs...>>();
  }

  // Laid out by hand: clang-format 14 mangles requires clauses.
  // clang-format off
  template <class C>
    requires is_alternative<C>
  variant(C&& value) {
    construct<std::remove_cvref_t<C>>(std::forward<C>(value));
  }
  // clang-format on

  variant(const variant& other) : index_(other.index_) {
    detail::variant_copy<Derived>(storage_, other.storage_, index_);
  }
  variant(variant&& other) noexcept : index_(other.index_) {
    detail::variant_move<Derived>(storage_, other.storage_, index_);
    other.after_move();
  }
  variant& operator=(const variant& other) {
    if (this != &other) {
      variant copy(other);
      *this = std::move(copy);
    }
    return *this;
  }
  variant& operator=(variant&& other) noexcept {
    if (this != &other) {
      // other may live inside the value held now (unwrapping a recursive value): move it out
      // before destroying anything.
      variant moved(std::move(other));
      destroy();
      detail::variant_move<Derived>(storage_, moved.storage_, moved.index_);
      index_ = moved.index_;
    }
    return *this;
  }
  ~variant() { destroy(); }

  std::size_t index() const noexcept { return index_; }
  // Whether this is a moved-from value that holds nothing, which only happens when the default
  // alternative is held indirectly too (see after_move). Encoding it is errc::moved_from_value;
  // it copies, compares, is assigned to and decoded into; get_if and visit must not be called.
  bool valueless_after_move() const noexcept {
    if constexpr (fallback_in_place()) {
      return false;
    } else {
      return Derived::with_index(index_, [&]<class C>(std::type_identity<C>) {
        if constexpr (detail::held_indirectly<C>)
          return std::launder(static_cast<const detail::held_t<C>*>(static_cast<const void*>(storage_)))
              ->valueless_after_move();
        else
          return false;
      });
    }
  }
  std::uint32_t constructor_id() const noexcept {
    return Derived::with_index(index_, []<class C>(std::type_identity<C>) { return C::constructor_id; });
  }

  template <class C>
  bool holds() const noexcept {
    static_assert(is_alternative<C>, "holds<C>: C is not a constructor of this boxed type");
    return index_ == detail::index_in<C, Cs...>;
  }
  template <class C>
  C* get_if() {
    return holds<C>() ? &detail::held_value<C>(storage_) : nullptr;
  }
  template <class C>
  const C* get_if() const noexcept {
    return holds<C>() ? &detail::held_value<C>(storage_) : nullptr;
  }

  // Replaces the held value with a C built from args; returns it.
  template <class C, class... Args>
  C& emplace(Args&&... args) {
    static_assert(is_alternative<C>, "emplace<C>: C is not a constructor of this boxed type");
    static_assert(!detail::held_indirectly<C> || detail::allocates_itself<C> || sizeof...(Args) != 0,
                  "emplace<C>: in arena mode a constructor held indirectly is built by decoding it");
    destroy();
    construct_or_default<C>(std::forward<Args>(args)...);
    return detail::held_value<C>(storage_);
  }

  // Replaces the held value with a default-constructed alternative number `index` (as
  // tlcodec::testing::arbitrary picks one). One switch to destroy and one to construct.
  void reset_to(std::size_t index) {
    destroy();
    Derived::with_index(index, [&]<class C>(std::type_identity<C>) { construct_or_default<C>(); });
  }

  // What alternative `index` requests from the allocator for itself when it is first accessed
  // as mutable: its size if it is held through indirect<C>, else nothing (decoding charges it
  // first: tlcodec/decode_state.hpp). holds_allocation(): whether the one held has its value
  // on the heap (or in an arena) already.
  static std::size_t allocation_of(std::size_t index) noexcept {
    static constexpr std::size_t sizes[] = {(detail::allocates_itself<Cs> ? sizeof(Cs) : 0)...};
    return sizes[index];
  }
  bool holds_allocation() const noexcept {
    static constexpr bool held_indirectly[] = {detail::held_indirectly<Cs>...};
    // Every holder starts with the same base (tlcodec/indirect.hpp): no switch needed.
    return !held_indirectly[index_] ||
           std::launder(reinterpret_cast<const detail::indirect_base*>(storage_))->allocated();
  }

  // Calls f with the held constructor (mutable or const), returning what f returns.
  template <class F>
  decltype(auto) visit(F&& f) {
    return Derived::with_index(
        index_, [&]<class C>(std::type_identity<C>) -> decltype(auto) { return f(detail::held_value<C>(storage_)); });
  }
  template <class F>
  decltype(auto) visit(F&& f) const {
    return Derived::with_index(index_, [&]<class C>(std::type_identity<C>) -> decltype(auto) {
      return f(detail::held_value<C>(static_cast<const void*>(storage_)));
    });
  }

  friend bool operator==(const variant& a, const variant& b) {
    return a.index_ == b.index_ && detail::variant_equal<Derived>(a.storage_, b.storage_, a.index_);
  }

 private:
  template <class D>
  static constexpr std::size_t default_index() {
    if constexpr (requires { D::default_index; })
      return D::default_index;
    else
      return 0;
  }

  // A moved-from alternative held indirectly holds nothing: the default alternative, when it is
  // held in place (no allocation, cannot throw), takes its place, so that the moved-from value
  // holds a constructor like any other. (A default held indirectly stays valueless: copy,
  // compare and encode still work, see tlcodec/indirect.hpp.)
  template <class D = Derived>
  static constexpr bool fallback_in_place() {
    using fallback = detail::at_t<default_index<D>(), Cs...>;
    return !detail::held_indirectly<fallback> && std::is_nothrow_default_constructible_v<fallback>;
  }
  void after_move() noexcept {
    static constexpr bool held_indirectly[] = {detail::held_indirectly<Cs>...};
    if constexpr (fallback_in_place()) {
      if (held_indirectly[index_]) {
        destroy();
        construct<detail::at_t<default_index<Derived>(), Cs...>>();
      }
    }
  }

  // Constructs C after the old value is gone. If that throws (indirect<C> out of memory), the
  // default alternative takes its place so that the value stays valid, and the error goes on.
  template <class C, class... Args>
  void construct_or_default(Args&&... args) {
    if constexpr (std::is_nothrow_constructible_v<C, Args&&...>) {
      construct<C>(std::forward<Args>(args)...);
    } else {
      try {
        construct<C>(std::forward<Args>(args)...);
      } catch (...) {
        construct<detail::at_t<default_index<Derived>(), Cs...>>();
        throw;
      }
    }
  }

  // An alternative held indirectly and built without arguments allocates nothing yet. One
  // built in place without arguments is default-initialized, not value-initialized: every
  // member of a generated constructor has a default member initializer (`{}`), so it gets the
  // same values without the whole object zero-filled first (a `rep stos` of 152 bytes per
  // updateShort was a quarter of decoding 1000 of them).
  template <class C, class... Args>
  void construct(Args&&... args) {
    if constexpr (!detail::held_indirectly<C> && sizeof...(Args) == 0)
      ::new (static_cast<void*>(storage_)) C;
    else if constexpr (!detail::held_indirectly<C>)
      ::new (static_cast<void*>(storage_)) C{std::forward<Args>(args)...};
    else if constexpr (sizeof...(Args) == 0)
      ::new (static_cast<void*>(storage_)) detail::held_t<C>();
    else if constexpr ((std::is_same_v<std::remove_cvref_t<Args>, detail::held_t<C>> && ...))
      ::new (static_cast<void*>(storage_)) detail::held_t<C>(std::forward<Args>(args)...);  // a holder given
    else
      ::new (static_cast<void*>(storage_)) detail::held_t<C>(C{std::forward<Args>(args)...});
    index_ = static_cast<std::uint32_t>(detail::index_in<C, Cs...>);
  }
  // Skips the out-of-line switch for alternatives with nothing to destroy (scalar-only
  // constructors such as userStatusOnline): decoding replaces a default alternative per value.
  void destroy() noexcept {
    static constexpr bool trivial[] = {std::is_trivially_destructible_v<detail::held_t<Cs>>...};
    if (!trivial[index_]) detail::variant_destroy<Derived>(storage_, index_);
  }

  alignas(detail::held_t<Cs>...) unsigned char storage_[std::max({sizeof(detail::held_t<Cs>)...})];
  std::uint32_t index_ = 0;
};

namespace detail {
template <class D>
void variant_destroy(void* storage, std::size_t index) noexcept {
  D::with_index(index, [&]<class C>(std::type_identity<C>) {
    using H = held_t<C>;
    std::launder(static_cast<H*>(storage))->~H();
  });
}
template <class D>
void variant_copy(void* to, const void* from, std::size_t index) {
  D::with_index(index, [&]<class C>(std::type_identity<C>) {
    ::new (to) held_t<C>(*std::launder(static_cast<const held_t<C>*>(from)));
  });
}
template <class D>
void variant_move(void* to, void* from, std::size_t index) noexcept {
  D::with_index(index, [&]<class C>(std::type_identity<C>) {
    ::new (to) held_t<C>(std::move(*std::launder(static_cast<held_t<C>*>(from))));
  });
}
template <class D>
bool variant_equal(const void* a, const void* b, std::size_t index) {
  // Compared as held (indirect<C> compares a moved-from, valueless one too).
  return D::with_index(index, [&]<class C>(std::type_identity<C>) {
    return *std::launder(static_cast<const held_t<C>*>(a)) == *std::launder(static_cast<const held_t<C>*>(b));
  });
}
}  // namespace detail

}  // namespace tlcodec
