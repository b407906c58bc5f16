// tl-dump's vectors: a boxed Vector at top level (a method result such as Vector<long> or
// Vector<User>), which no registry entry describes, since its elements' type is not on the wire.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <tlcodec/detail/codec.hpp>
#include <tlcodec/text.hpp>

namespace tl_dump {

inline constexpr std::uint32_t vector_id = 0x1cb5c415;

// What a vector holds: a scalar, or boxed values (of one type name, or of any type).
struct element_type {
  enum kind { int_, long_, double_, int128, int256, string, bytes, bool_, boxed } what = boxed;
  std::string boxed_name;  // for boxed: "User", "phone.PhoneCall"; empty: any known constructor
};

// "Vector<long>" → long; nullopt if name is not a Vector<…>.
inline std::optional<element_type> parse_vector_type(std::string_view name) {
  if (!name.starts_with("Vector<") || !name.ends_with(">")) return std::nullopt;
  const std::string_view inner = name.substr(7, name.size() - 8);
  static constexpr std::pair<std::string_view, element_type::kind> scalars[] = {
      {"int", element_type::int_},     {"long", element_type::long_},     {"double", element_type::double_},
      {"int128", element_type::int128}, {"int256", element_type::int256}, {"string", element_type::string},
      {"bytes", element_type::bytes},   {"Bool", element_type::bool_}};
  for (const auto& [spelling, kind] : scalars)
    if (inner == spelling) return element_type{kind, {}};
  return element_type{element_type::boxed, std::string(inner)};
}

// Without a type: boxed values if the first element starts with an id the registry knows
// (a later bad element is then reported where it is); else ints if exactly 4 bytes per
// element are left, else longs (the commonest scalar result: message and photo ids), so that
// a cut or padded Vector<long> is reported where it goes wrong.
inline element_type guess_element_type(std::span<const std::byte> body, std::uint32_t count,
                                       const tlcodec::object_registry& registry) {
  if (count == 0 || (body.size() >= 4 && registry.find(tlcodec::detail::load_le<std::uint32_t>(body.data()))))
    return element_type{};
  if (body.size() == std::size_t{count} * 4) return element_type{element_type::int_, {}};
  return element_type{element_type::long_, {}};
}

// After the vector id and count: the elements, as a text list.
template <class MatchesName>
void dump_elements(tlcodec::span_reader& in, std::uint32_t count, const element_type& type, std::string& out,
                   MatchesName&& matches_name) {
  using namespace tlcodec::detail;
  out += count == 0 ? "[]" : "[\n";
  for (std::uint32_t i = 0; i < count && !in.failed(); ++i) {
    out += "  ";
    const auto print = [&]<class T>(T value) {
      read_value(in, value, tlcodec::wire::plain{});
      if (!in.failed()) text_writer(out, 1).value(value);
    };
    switch (type.what) {
      case element_type::int_: print(std::int32_t{}); break;
      case element_type::long_: print(std::int64_t{}); break;
      case element_type::double_: print(double{}); break;
      case element_type::int128: print(tlcodec::int128{}); break;
      case element_type::int256: print(tlcodec::int256{}); break;
      case element_type::string: print(std::string{}); break;
      case element_type::bytes: print(tlcodec::bytes{}); break;
      case element_type::bool_: print(bool{}); break;
      case element_type::boxed: {
        const std::size_t at = in.offset();
        if (in.remaining() >= 4 && !matches_name(load_le<std::uint32_t>(in.take(0)), type.boxed_name))
          return in.fail(tlcodec::errc::unexpected_constructor, at);
        tlcodec::object element;
        read_object(in, element);
        if (!in.failed()) text_writer(out, 1).value(element);
        break;
      }
    }
    out += '\n';
  }
  if (count != 0) out += ']';
}

}  // namespace tl_dump
