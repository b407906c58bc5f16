#include "names.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace tlgen {
namespace {

// C++20 keywords (lex.key) and alternative tokens (lex.digraph); contextual identifiers such as
// `final`, `override`, `import` and `module` are valid names and are not escaped.
constexpr auto cpp_keywords = std::to_array<std::string_view>({
    "alignas",     "alignof",   "and",        "and_eq",    "asm",      "auto",         "bitand",
    "bitor",       "bool",      "break",      "case",      "catch",    "char",         "char8_t",
    "char16_t",    "char32_t",  "class",      "compl",     "concept",  "const",        "consteval",
    "constexpr",   "constinit", "const_cast", "continue",  "co_await", "co_return",    "co_yield",
    "decltype",    "default",   "delete",     "do",        "double",   "dynamic_cast", "else",
    "enum",        "explicit",  "export",     "extern",    "false",    "float",        "for",
    "friend",      "goto",      "if",         "inline",    "int",      "long",         "mutable",
    "namespace",   "new",       "noexcept",   "not",       "not_eq",   "nullptr",      "operator",
    "or",          "or_eq",     "private",    "protected", "public",   "register",     "reinterpret_cast",
    "requires",    "return",    "short",      "signed",    "sizeof",   "static",       "static_assert",
    "static_cast", "struct",    "switch",     "template",  "this",     "thread_local", "throw",
    "true",        "try",       "typedef",    "typeid",    "typename", "union",        "unsigned",
    "using",       "virtual",   "void",       "volatile",  "wchar_t",  "while",        "xor",
    "xor_eq",
});

// Members of every generated constructor or function struct (emit.cpp: combinator_struct); the
// runtime looks up no others in them.
constexpr auto generated_members = std::to_array<std::string_view>({
    "tl_self", "constructor_id", "tl_name", "tl_signature", "tl_type", "tl_id_is_historical", "tl_held_indirectly",
    "tl_fixed_size", "tl_field_names", "result_type", "tl_errors", "each_field", "hana_accessors_impl",
    "S", // the template parameter every struct takes
});

// Declared by the generated code in a schema's namespace, beside the owning aliases
// (emit.cpp: fwd, type_lists, registry), or named unqualified within it (`std::int32_t`, `S`).
constexpr auto generated_namespace_members = std::to_array<std::string_view>({
    "basic",
    "detail",
    "layer",
    "all_constructors",
    "all_functions",
    "generic_functions",
    "constructor_chunks",
    "function_chunks",
    "boxed_type_chunks",
    "object_types",
    "std",
    "S",
});
// …and the numbered chunks of type_lists.hpp: constructors_1, functions_1, boxed_types_1, …
constexpr auto generated_chunk_prefixes =
    std::to_array<std::string_view>({"constructors_", "functions_", "boxed_types_"});

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool is_identifier_start(char c) noexcept { return is_upper(c) || (c >= 'a' && c <= 'z') || c == '_'; }

bool is_numbered(std::string_view name, std::string_view prefix) noexcept
{
    return name.size() > prefix.size() && name.starts_with(prefix) &&
           std::ranges::all_of(name.substr(prefix.size()), is_digit);
}

} // namespace

bool is_generated_member(std::string_view name) noexcept
{
    return std::ranges::find(generated_members, name) != generated_members.end();
}

bool is_generated_namespace_member(std::string_view name) noexcept
{
    return std::ranges::find(generated_namespace_members, name) != generated_namespace_members.end() ||
           std::ranges::any_of(generated_chunk_prefixes,
                               [&](std::string_view prefix) { return is_numbered(name, prefix); });
}

bool is_reserved_identifier(std::string_view name) noexcept
{
    return name.find("__") != std::string_view::npos || (name.size() > 1 && name[0] == '_' && is_upper(name[1]));
}

std::string identifier_problem(std::string_view name)
{
    const bool identifier = !name.empty() && is_identifier_start(name.front()) &&
                            std::ranges::all_of(name, [](char c) { return is_identifier_start(c) || is_digit(c); });
    if (!identifier) {
        return "is not a C++ identifier (letters, digits and '_', not starting with a digit)";
    }
    if (is_cpp_keyword(name)) {
        return "is a C++ keyword";
    }
    if (is_reserved_identifier(name)) {
        return "is reserved in C++ (it contains '__' or starts with '_' and an upper-case letter)";
    }
    return {};
}

bool is_cpp_keyword(std::string_view name) noexcept
{
    return std::ranges::find(cpp_keywords, name) != cpp_keywords.end();
}

std::string cpp_safe(std::string_view name)
{
    std::string out(name);
    if (is_cpp_keyword(name)) {
        out += '_';
    }
    return out;
}

std::string cpp_scoped_name(std::string_view name)
{
    return is_generated_namespace_member(name) ? std::string(name) + '_' : cpp_safe(name);
}

std::string cpp_namespace(std::string_view tl_namespace)
{
    std::string out;
    while (!tl_namespace.empty()) {
        const auto dot = tl_namespace.find('.');
        out += (out.empty() ? "" : "::") + cpp_scoped_name(tl_namespace.substr(0, dot));
        tl_namespace = dot == std::string_view::npos ? std::string_view{} : tl_namespace.substr(dot + 1);
    }
    return out;
}

qualified_name split_name(std::string_view tl_name) noexcept
{
    const auto dot = tl_name.rfind('.');
    if (dot == std::string_view::npos) {
        return {{}, tl_name};
    }
    return {tl_name.substr(0, dot), tl_name.substr(dot + 1)};
}

bool is_boxed_name(std::string_view tl_name) noexcept
{
    const std::string_view name = split_name(tl_name).name;
    return !name.empty() && name.front() >= 'A' && name.front() <= 'Z';
}

std::string format_id(std::uint32_t id)
{
    std::array<char, 12> text{};
    std::snprintf(text.data(), text.size(), "#%08x", static_cast<unsigned>(id));
    return text.data();
}

} // namespace tlgen
