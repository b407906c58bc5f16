// tlcodec/detail/instances.hpp: the codec entry points of one generated type, for explicit
// instantiation (PREFIX `template`, in a compiled library TU) or for suppressing it (PREFIX
// `extern template`, in every other TU). Generated headers use them under
// TLCODEC_<SCHEMA>_EXTERN_CODECS; see docs/compile-cost.md §5.
#pragma once

#include <tlcodec/detail/read.hpp>

namespace tlcodec {
class text_writer;  // tlcodec/text.hpp
}  // namespace tlcodec

namespace tlcodec::detail {
template <class T>
void write_text(text_writer& out, const T& constructor);  // tlcodec/text.hpp
}  // namespace tlcodec::detail

#define TLCODEC_CONSTRUCTOR_CODECS(PREFIX, T)                                                         \
  PREFIX void ::tlcodec::detail::read_fields<::tlcodec::span_reader, T>(::tlcodec::span_reader&, T&); \
  PREFIX void ::tlcodec::detail::write_fields<::tlcodec::buffer_writer, T>(::tlcodec::buffer_writer&, const T&);

// A variant type's codecs and the special members every holder of a value needs (destroy, move).
// Copy and == are left to the translation units that use them: codecs need neither.
#define TLCODEC_VARIANT_CODECS(PREFIX, T)                                                              \
  PREFIX void ::tlcodec::detail::variant_destroy<T>(void*, std::size_t) noexcept;                      \
  PREFIX void ::tlcodec::detail::variant_move<T>(void*, void*, std::size_t) noexcept;                  \
  PREFIX void ::tlcodec::detail::read_variant<::tlcodec::span_reader, T>(::tlcodec::span_reader&, T&); \
  PREFIX void ::tlcodec::detail::write_variant<::tlcodec::buffer_writer, T>(::tlcodec::buffer_writer&, const T&);

// A constructor's text form (tlcodec/text.hpp), compiled once in the registry library, which
// prints every constructor: generated headers declare it extern under
// TLCODEC_<SCHEMA>_EXTERN_TEXT, which that library's dependency defines.
#define TLCODEC_CONSTRUCTOR_TEXT(PREFIX, T) \
  PREFIX void ::tlcodec::detail::write_text<T>(::tlcodec::text_writer&, const T&);
