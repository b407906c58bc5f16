// tlcodec/fwd.hpp: declarations of the runtime's public names, for headers that only mention them.
#pragma once

#include <cstddef>

namespace tlcodec {

class bytes;
template <std::size_t Size>
struct wide_int;
template <class T>
class indirect;
template <class Derived, class... Cs>
class variant;
struct reserved_flags;
struct owning;
struct error;
template <class T>
class result;
struct decode_options;
class span_reader;
class size_counter;
class vector_writer;
class buffer_writer;

// Hana accessors of a generated struct; defined in <tlcodec/reflect.hpp>, which is the only
// header that pulls Boost.Hana in. Generated structs name it in a lazy template, so including
// a generated header costs nothing Hana-related until a struct is actually reflected.
template <class T, auto... Members>
constexpr auto hana_accessors();

}  // namespace tlcodec
