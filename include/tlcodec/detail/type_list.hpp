// tlcodec/detail/type_list.hpp: the few type-list operations the runtime needs, kept cheap.
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>

namespace tlcodec::detail {

template <class... Ts>
struct type_list {
  static constexpr std::size_t size = sizeof...(Ts);
};

// Index of T in Ts..., or sizeof...(Ts) when absent. One fold, no recursion.
template <class T, class... Ts>
constexpr std::size_t index_in = [] {
  constexpr bool same[] = {std::is_same_v<T, Ts>..., false};
  std::size_t i = 0;
  while (i < sizeof...(Ts) && !same[i]) ++i;
  return i;
}();

// The I-th type of Ts... through overload resolution on an indexed base (no recursion).
template <std::size_t I, class T>
struct indexed {
  using type = T;
};
template <class Indices, class... Ts>
struct indexer;
template <std::size_t... Is, class... Ts>
struct indexer<std::index_sequence<Is...>, Ts...> : indexed<Is, Ts>... {};
template <std::size_t I, class T>
indexed<I, T> select_indexed(const indexed<I, T>&);

template <std::size_t I, class... Ts>
using at_t = typename decltype(select_indexed<I>(indexer<std::index_sequence_for<Ts...>, Ts...>{}))::type;

}  // namespace tlcodec::detail
