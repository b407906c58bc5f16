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
#include <tlcodec/detail/traits.hpp>

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

template <class T>
void from_json(const json& j, T& out) {
  using namespace tlcodec::detail;
  if constexpr (std::is_same_v<T, std::int32_t>) {
    out = static_cast<std::int32_t>(std::stol(j.text));
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    out = std::stoll(j.text);
  } else if constexpr (std::is_same_v<T, double>) {
    out = std::stod(j.text);
  } else if constexpr (std::is_same_v<T, bool>) {
    out = j.boolean;
  } else if constexpr (std::is_same_v<T, std::string>) {
    out = j.text;
  } else if constexpr (std::is_same_v<T, tlcodec::bytes>) {
    out = tlcodec::bytes(from_hex(j.text));
  } else if constexpr (is_wide_int<T>::value) {
    const auto raw = from_hex(j.text);
    if (raw.size() != out.bytes.size()) throw std::runtime_error("wrong int128/int256 size");
    std::copy(raw.begin(), raw.end(), out.bytes.begin());
  } else if constexpr (is_vector<T>::value) {
    out.clear();
    for (const json& item : j.items) from_json(item, out.emplace_back());
  } else if constexpr (is_box<T>::value) {
    from_json(j, *out);
  } else if constexpr (tl_boxed<T>) {
    const std::string& name = j.at("_").text;
    bool found = false;
    for (std::size_t i = 0; i < T::alternative_count && !found; ++i)
      T::with_index(i, [&]<class C>(std::type_identity<C>) {
        if (C::tl_name == name) fields_from_json(j, out.template emplace<C>()), found = true;
      });
    if (!found) throw std::runtime_error(name + " is not a constructor of " + std::string(T::tl_name));
  } else if constexpr (tl_constructor<T>) {
    fields_from_json(j, out);
  } else {
    static_assert(dependent_false<T>, "no JSON mapping for this type");
  }
}

template <class T>
T from_json(const json& j) {
  T out{};
  from_json(j, out);
  return out;
}

}  // namespace test_support
