// tlcodec/storage.hpp: storage policies, the S parameter of every generated struct.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <tlcodec/arena_values.hpp>
#include <tlcodec/bytes.hpp>
#include <tlcodec/indirect.hpp>
#include <tlcodec/views.hpp>

namespace tlcodec {

// The default: every value owns its data (std::string, tlcodec::bytes, std::vector, and
// indirect<T> for what a type holds on the heap).
struct owning {
  using string = std::string;
  using bytes = tlcodec::bytes;
  template <class T>
  using vector = std::vector<T>;
  template <class T>
  using indirect = tlcodec::indirect<T>;
};

// View mode: strings, bytes and vectors of int/long/double point into the decoded input
// instead of copying it (other vectors still own their elements, which may hold views).
// The lifetime rule: a value of this policy is valid only while the input it was decoded from
// is alive and unchanged; decode() refuses a temporary container as input for such a type.
//
//   std::vector<std::byte> input = …;
//   auto messages = tlcodec::decode<tlcodec::view_of<tlcodec::api::messages::Messages>>(input);
struct borrowing {
  using string = std::string_view;
  using bytes = bytes_view;
  template <class T>
  using vector = std::conditional_t<std::is_same_v<T, std::int32_t> || std::is_same_v<T, std::int64_t> ||
                                        std::is_same_v<T, double>,
                                    scalars_view<T>, std::vector<T>>;
  template <class T>
  using indirect = tlcodec::indirect<T>;
};

// Arena mode: a decoded value and everything it holds live in one tlcodec::arena
// (tlcodec/arena.hpp), built there by one decode and freed with it at once, without an
// allocation per string, vector or constructor (tlcodec/arena_values.hpp). The lifetime rule:
// a value of this policy, and every copy of it, is valid while its arena is; the input may go.
// Such values encode, compare and print like the others, and to_owning() copies one out
// (tlcodec/convert.hpp). An Object inside one keeps its typed value on the heap.
//
//   tlcodec::arena memory;
//   auto messages = tlcodec::decode<tlcodec::arena_of<tlcodec::api::messages::Messages>>(input, memory);
struct in_arena {
  using string = arena_string;
  using bytes = arena_bytes;
  template <class T>
  using vector = arena_vector<T>;
  template <class T>
  using indirect = arena_ref<T>;
};

// The storage policies of tlcodec.
template <class S>
concept storage_policy = std::is_same_v<S, owning> || std::is_same_v<S, borrowing> || std::is_same_v<S, in_arena>;

namespace detail {
template <class T, class To>
struct rebind_storage {
  using type = T;
};
// Laid out by hand: clang-format 14 mangles requires clauses.
// clang-format off
template <template <class, class...> class C, class S, class... Rest, class To>
  requires storage_policy<S>
struct rebind_storage<C<S, Rest...>, To> {
  using type = C<To, typename rebind_storage<Rest, To>::type...>;
};
// clang-format on
// The field types of every policy, in another (as its string, bytes, vector, indirect).
// (Named here, not through family_t: that would instantiate family_of for a constructor only
// declared so far, as the aliases of api/fwd.hpp rebind them, and keep its empty answer.)
template <class T>
constexpr bool is_policy_string =
    std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view> || std::is_same_v<T, arena_string>;
template <class T>
constexpr bool is_policy_bytes =
    std::is_same_v<T, bytes> || std::is_same_v<T, bytes_view> || std::is_same_v<T, arena_bytes>;
// Laid out by hand: clang-format 14 mangles requires clauses.
// clang-format off
template <class T, class To>
  requires is_policy_string<T>
struct rebind_storage<T, To> {
  using type = typename To::string;
};
template <class T, class To>
  requires is_policy_bytes<T>
struct rebind_storage<T, To> {
  using type = typename To::bytes;
};
// clang-format on
template <class T, class To>
struct rebind_storage<indirect<T>, To> {
  using type = typename To::template indirect<typename rebind_storage<T, To>::type>;
};
template <class T, class To>
struct rebind_storage<arena_ref<T>, To> {
  using type = typename To::template indirect<typename rebind_storage<T, To>::type>;
};
template <class T, class To>
struct rebind_storage<std::optional<T>, To> {
  using type = std::optional<typename rebind_storage<T, To>::type>;
};
template <class T, class To>
struct rebind_storage<std::vector<T>, To> {
  using type = typename To::template vector<typename rebind_storage<T, To>::type>;
};
template <class T, class To>
struct rebind_storage<scalars_view<T>, To> {
  using type = typename To::template vector<T>;
};
template <class T, class To>
struct rebind_storage<arena_vector<T>, To> {
  using type = typename To::template vector<typename rebind_storage<T, To>::type>;
};

template <class T>
struct policy_of {};
// clang-format off
template <template <class, class...> class C, class S, class... Rest>
  requires storage_policy<S>
struct policy_of<C<S, Rest...>> {
  using type = S;
};
// clang-format on
}  // namespace detail

// The storage policy of a generated type (api::basic::phoneCall<S> → S).
template <class T>
using policy_of = typename detail::policy_of<T>::type;

namespace detail {
// A field type of the owning policy, as the same field is in policy S (std::string becomes
// S::string, std::vector<T> S::vector, ...).
template <class Field, class S>
using field_in = typename rebind_storage<Field, S>::type;
}  // namespace detail

// A generated type (or a vector of one) in another storage policy: view_of<T> in view mode,
// arena_of<T> in arena mode, owning_of<T> back (api::phone::PhoneCall becomes
// api::basic::phone::PhoneCall<borrowing>, and back).
template <class T>
using view_of = typename detail::rebind_storage<T, borrowing>::type;
template <class T>
using arena_of = typename detail::rebind_storage<T, in_arena>::type;
template <class T>
using owning_of = typename detail::rebind_storage<T, owning>::type;

namespace detail {
template <class T>
struct is_borrowing : std::bool_constant<std::is_same_v<T, std::string_view> || std::is_same_v<T, bytes_view>> {};
template <template <class, class...> class C, class... Rest>
struct is_borrowing<C<borrowing, Rest...>> : std::true_type {};
template <class T>
struct is_borrowing<std::vector<T>> : is_borrowing<T> {};
template <class T>
struct is_borrowing<scalars_view<T>> : std::true_type {};
}  // namespace detail

// Whether a value of T may point into the input it was decoded from (view mode).
template <class T>
inline constexpr bool borrows_input = detail::is_borrowing<T>::value;

namespace detail {
template <class T>
struct is_in_arena : std::false_type {};
template <template <class, class...> class C, class... Rest>
struct is_in_arena<C<in_arena, Rest...>> : std::true_type {};
template <class T>
struct is_in_arena<arena_vector<T>> : std::true_type {};
template <>
struct is_in_arena<arena_string> : std::true_type {};
template <>
struct is_in_arena<arena_bytes> : std::true_type {};
}  // namespace detail

// Whether T is of the arena policy: it is decoded with decode<T>(input, arena).
template <class T>
inline constexpr bool lives_in_arena = detail::is_in_arena<T>::value;

}  // namespace tlcodec
