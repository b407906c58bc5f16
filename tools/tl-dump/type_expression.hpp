// tl-dump's --type: a TL type expression, parsed and checked against the registry.
//
//   type    := builtin | NAME | Vector<type> | vector<type>
//   builtin := int | long | double | int128 | int256 | string | bytes | Bool | #
//
// NAME is a boxed type (User, phone.PhoneCall), a constructor or a function, whose id is on the
// wire, or Object for any of them. Vector<T> is the boxed vector (id 0x1cb5c415, count,
// elements), vector<T> the bare one (count, elements); they nest. Spaces between tokens are
// allowed.
#pragma once

#include <cctype>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <tlcodec/registry.hpp>

namespace tl_dump {

struct type_expression {
  enum class kind { int_, long_, double_, int128, int256, string, bytes, bool_, nat, named, boxed_vector, bare_vector };
  kind what = kind::named;
  std::string name;                          // named: as NAME above
  std::unique_ptr<type_expression> element;  // the vectors': their elements' type
};

inline type_expression vector_of(type_expression::kind vector, type_expression element) {
  return {vector, {}, std::make_unique<type_expression>(std::move(element))};
}

// Whether a constructor is what a NAME asks for: it, its boxed type, or a function; any of
// them for Object.
inline bool answers_to(const tlcodec::object_type& type, std::string_view name) {
  return name == "Object" || type.name == name || (type.type == name && !type.is_function);
}

// The fewest bytes a value takes on the wire: how many elements a vector's count may claim.
inline std::size_t min_wire_size(const type_expression& type) {
  switch (type.what) {
    case type_expression::kind::long_:
    case type_expression::kind::double_:
    case type_expression::kind::boxed_vector: return 8;
    case type_expression::kind::int128: return 16;
    case type_expression::kind::int256: return 32;
    default: return 4;
  }
}

class type_parser {
 public:
  type_parser(std::string_view text, const tlcodec::object_registry& registry) : text_(text), registry_(registry) {}

  // The expression, or nullopt, error() then saying what is wrong.
  std::optional<type_expression> parse() {
    auto type = expression(0);
    skip_spaces();
    if (type && at_ != text_.size()) return fail("nothing more expected");
    return type;
  }
  const std::string& error() const { return error_; }

 private:
  // As deep as decode_options::max_depth lets constructors nest; it also bounds the recursion.
  static constexpr std::size_t max_nesting = 64;

  std::optional<type_expression> expression(std::size_t nesting) {
    using kind = type_expression::kind;
    skip_spaces();
    const std::string_view word = name();
    if (word.empty()) return fail("a type expected");
    if (word == "Vector" || word == "vector") {
      if (nesting == max_nesting) return fail("vectors nested too deep");
      if (!take('<')) return fail("'<' expected");
      auto element = expression(nesting + 1);
      if (!element) return std::nullopt;
      if (!take('>')) return fail("'>' expected");
      return vector_of(word == "Vector" ? kind::boxed_vector : kind::bare_vector, std::move(*element));
    }
    static constexpr std::pair<std::string_view, kind> builtins[] = {
        {"int", kind::int_},      {"long", kind::long_},    {"double", kind::double_},
        {"int128", kind::int128}, {"int256", kind::int256}, {"string", kind::string},
        {"bytes", kind::bytes},   {"Bool", kind::bool_},    {"#", kind::nat}};
    for (const auto& [spelling, builtin] : builtins)
      if (word == spelling) return type_expression{builtin, {}, {}};
    for (const tlcodec::object_type* type : registry_.types())
      if (answers_to(*type, word)) return type_expression{kind::named, std::string(word), {}};
    error_ = "no constructor, function or type named " + std::string(word);
    return std::nullopt;
  }

  // A TL name (letters, digits, '_', '.'), or '#'.
  std::string_view name() {
    const std::size_t start = at_;
    if (at_ < text_.size() && text_[at_] == '#') return text_.substr(at_++, 1);
    while (at_ < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[at_])) || text_[at_] == '_' || text_[at_] == '.'))
      ++at_;
    return text_.substr(start, at_ - start);
  }

  bool take(char ch) {
    skip_spaces();
    if (at_ == text_.size() || text_[at_] != ch) return false;
    ++at_;
    return true;
  }

  void skip_spaces() {
    while (at_ < text_.size() && text_[at_] == ' ') ++at_;
  }

  std::nullopt_t fail(std::string_view what) {
    error_ = std::string(what) + " at column " + std::to_string(at_ + 1) + " of '" + std::string(text_) + "'";
    return std::nullopt;
  }

  std::string_view text_;
  const tlcodec::object_registry& registry_;
  std::size_t at_ = 0;
  std::string error_;
};

}  // namespace tl_dump
