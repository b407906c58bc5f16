// tlcodec/object_type.hpp: the object_type of a generated constructor or function, and
// make_object() to hold a typed value as an Object.
//
//   tlcodec::mtproto::rpc_result answer{.req_msg_id = 5, .result = tlcodec::make_object(phone_call)};
#pragma once

#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#include <tlcodec/detail/read.hpp>
#include <tlcodec/object.hpp>
#include <tlcodec/text.hpp>

namespace tlcodec {

template <class T>
const object_type& object_type_of() noexcept;

namespace detail {

template <class T>
void delete_object(const void* value) {
  delete static_cast<const T*>(value);
}

// Held through shared_ptr<const void> with a plain function as deleter: one control block type
// serves every T (make_shared<T> would compile one per constructor, a third of the registry's
// compile time).
template <class T>
std::shared_ptr<const void> share(T* value) {
  return std::shared_ptr<const void>(static_cast<const void*>(value), &delete_object<T>);
}

// After the id. A strict decode read canonical bytes, which the value encodes to again: its size
// is what was read (encoding it to learn its size would make nested Objects quadratic).
template <class T>
void decode_object(span_reader& in, object& out) {
  const std::size_t at = in.offset() - 4;
  if (!charge(in, object::allocation_for_typed<T>(), at)) return;
  T* value = new T;  // default-initialized, as tlcodec::variant builds its alternatives
  std::shared_ptr<const void> held = share(value);
  read_fields(in, *value);
  if (in.failed()) return;
  if (in.options().strict)
    out = object(object_type_of<T>(), std::move(held), size_as_read{in.read_since(at).size()});
  else
    out = object(object_type_of<T>(), std::move(held));
}

template <class T>
void encode_object(const void* value, buffer_writer& out) {
  write_fields(out, *static_cast<const T*>(value));
}

template <class T>
void object_text(const void* value, text_writer& out) {
  write_text(out, *static_cast<const T*>(value));
}

}  // namespace detail

// One per T in the whole program (a function-local static of an inline function).
// Laid out by hand: clang-format 14 takes the requires expression for a block.
// clang-format off
template <class T>
const object_type& object_type_of() noexcept {
  static_assert(tl_constructor<T>, "an object_type describes a generated constructor or function");
  static constexpr object_type type{T::constructor_id,
                                    T::tl_name,
                                    T::tl_type,
                                    requires { typename T::result_type; },
                                    &detail::type_tag<T>,
                                    &detail::decode_object<T>,
                                    &detail::encode_object<T>,
                                    &detail::object_text<T>};
  return type;
}
// clang-format on

// A constructor or function as an Object; a variant as the Object of the constructor it holds.
template <class T>
object make_object(T value) {
  if constexpr (tl_variant<T>) {
    return std::move(value).visit([](auto&& alternative) { return make_object(std::move(alternative)); });
  } else {
    return object(object_type_of<T>(), detail::share(new T(std::move(value))));
  }
}

}  // namespace tlcodec
