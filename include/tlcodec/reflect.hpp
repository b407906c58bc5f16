// tlcodec/reflect.hpp: generated structs as Boost.Hana Structs (hana::accessors, members,
// for_each, keys with the TL field names). Include it where you reflect; nothing else needs it.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

#include <boost/hana/pair.hpp>
#include <boost/hana/string.hpp>
#include <boost/hana/tuple.hpp>

#include <tlcodec/fwd.hpp>

namespace tlcodec {

namespace detail {
template <auto Member>
struct member_accessor {
  template <class Object>
  constexpr decltype(auto) operator()(Object&& object) const {
    return static_cast<Object&&>(object).*Member;
  }
};

template <class T, std::size_t Field, std::size_t... Chars>
constexpr auto field_name_string(std::index_sequence<Chars...>) {
  return boost::hana::string_c<T::tl_field_names[Field][Chars]...>;
}

template <class T, std::size_t Field>
constexpr auto field_name() {
  return field_name_string<T, Field>(std::make_index_sequence<T::tl_field_names[Field].size()>{});
}

template <class T, auto... Members, std::size_t... Fields>
constexpr auto make_accessors(std::index_sequence<Fields...>) {
  return boost::hana::make_tuple(boost::hana::make_pair(field_name<T, Fields>(), member_accessor<Members>{})...);
}
}  // namespace detail

template <class T, auto... Members>
constexpr auto hana_accessors() {
  return detail::make_accessors<T, Members...>(std::make_index_sequence<sizeof...(Members)>{});
}

}  // namespace tlcodec
