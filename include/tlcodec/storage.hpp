// tlcodec/storage.hpp: storage policies, the S parameter of every generated struct.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <tlcodec/bytes.hpp>
#include <tlcodec/views.hpp>

namespace tlcodec {

// The default: every value owns its data (std::string, tlcodec::bytes, std::vector).
struct owning {
  using string = std::string;
  using bytes = tlcodec::bytes;
  template <class T>
  using vector = std::vector<T>;
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
};

namespace detail {
template <class T, class To>
struct rebind_storage {
  using type = T;
};
template <template <class, class...> class C, class... Rest, class To>
struct rebind_storage<C<owning, Rest...>, To> {
  using type = C<To, typename rebind_storage<Rest, To>::type...>;
};
template <class T, class To>
struct rebind_storage<std::vector<T>, To> {
  using type = typename To::template vector<typename rebind_storage<T, To>::type>;
};
}  // namespace detail

// A generated type (or a std::vector of one) in view mode: api::phone::PhoneCall becomes
// api::basic::phone::PhoneCall<borrowing>.
template <class T>
using view_of = typename detail::rebind_storage<T, borrowing>::type;

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

}  // namespace tlcodec
