// Builds any reflected TL value from mtcute's JSON form (as in tests/data/corpus): constructors
// are objects with "_" = TL name, longs are decimal strings, bytes are hex, absent optional
// fields and unset `true` flags are omitted. Unknown keys and missing fields are errors, so a
// mismatch between the generated types and the corpus cannot pass unnoticed.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <type_traits>

#include <tlcodec/core.hpp>
#include <tlcodec/detail/wire_form.hpp>
#include <tlcodec/family.hpp>

#include "hex.hpp"
#include "json.hpp"

namespace test_support {

template <class T>
void from_json(const json& j, T& out);

template <class T>
void fields_from_json(const json& j, T& out) {
  if (j.type != json::kind::object) throw std::runtime_error(std::string(T::tl_name) + ": expected an object");
  if (const json* name = j.find("_"); name && name->text != T::tl_name)
    throw std::runtime_error("expected " + std::string(T::tl_name) + ", got " + name->text);
  std::size_t index = 0;
  std::size_t used = j.find("_") ? 1 : 0;
  T::each_field(out, [&]<class F, class Form>(F& field, Form) {
    const std::string_view name = T::tl_field_names[index++];
    const json* value = j.find(name);
    using ft = tlcodec::detail::form_traits<Form>;
    if constexpr (ft::is_flags) {
      if (value) field.bits = static_cast<std::uint32_t>(std::stoul(value->text)) & ~ft::known, ++used;
    } else if constexpr (ft::is_when) {
      if (!value) return;
      ++used;
      if constexpr (std::is_same_v<F, bool>)
        field = value->boolean;
      else
        from_json(*value, field.emplace());
    } else {
      if (!value) throw std::runtime_error(std::string(T::tl_name) + ": missing field " + std::string(name));
      ++used;
      from_json(*value, field);
    }
  });
  if (used != j.keys.size()) throw std::runtime_error(std::string(T::tl_name) + ": unknown keys in JSON");
}

// One overload per TL family (tlcodec/family.hpp).
inline void from_json_as(tlcodec::family::int32, const json& j, std::int32_t& out) {
  out = static_cast<std::int32_t>(std::stol(j.text));
}
inline void from_json_as(tlcodec::family::int64, const json& j, std::int64_t& out) { out = std::stoll(j.text); }
inline void from_json_as(tlcodec::family::float64, const json& j, double& out) { out = std::stod(j.text); }
inline void from_json_as(tlcodec::family::boolean, const json& j, bool& out) { out = j.boolean; }
inline void from_json_as(tlcodec::family::string, const json& j, std::string& out) { out = j.text; }
inline void from_json_as(tlcodec::family::bytes, const json& j, tlcodec::bytes& out) {
  out = tlcodec::bytes(from_hex(j.text));
}
template <class T>
void from_json_as(tlcodec::family::wide_int, const json& j, T& out) {
  const auto raw = from_hex(j.text);
  if (raw.size() != out.bytes.size()) throw std::runtime_error("wrong int128/int256 size");
  std::copy(raw.begin(), raw.end(), out.bytes.begin());
}
template <class T>
void from_json_as(tlcodec::family::vector, const json& j, T& out) {
  out.clear();
  for (const json& item : j.items) from_json(item, out.emplace_back());
}
template <class T>
void from_json_as(tlcodec::family::indirect, const json& j, T& out) {
  from_json(j, *out);
}
template <class T>
void from_json_as(tlcodec::family::variant, const json& j, T& out) {
  const std::string& name = j.at("_").text;
  bool found = false;
  for (std::size_t i = 0; i < T::alternative_count && !found; ++i)
    T::with_index(i, [&]<class C>(std::type_identity<C>) {
      if (C::tl_name == name) fields_from_json(j, out.template emplace<C>()), found = true;
    });
  if (!found) throw std::runtime_error(name + " is not a constructor of " + std::string(T::tl_name));
}
template <class T>
void from_json_as(tlcodec::family::constructor, const json& j, T& out) {
  fields_from_json(j, out);
}

template <class T>
void from_json(const json& j, T& out) {
  from_json_as(tlcodec::family_t<T>{}, j, out);
}

template <class T>
T from_json(const json& j) {
  T out{};
  from_json(j, out);
  return out;
}

}  // namespace test_support
