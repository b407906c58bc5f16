#include "names.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace tlgen {
namespace {

// C++20 keywords (lex.key) and alternative tokens (lex.digraph); contextual identifiers such as
// `final`, `override`, `import` and `module` are valid names and are not escaped.
constexpr auto cpp_keywords = std::to_array<std::string_view>({
    "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break",
    "case", "catch", "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept",
    "const", "consteval", "constexpr", "constinit", "const_cast", "continue", "co_await",
    "co_return", "co_yield", "decltype", "default", "delete", "do", "double", "dynamic_cast",
    "else", "enum", "explicit", "export", "extern", "false", "float", "for", "friend", "goto", "if",
    "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq", "nullptr",
    "operator", "or", "or_eq", "private", "protected", "public", "register", "reinterpret_cast",
    "requires", "return", "short", "signed", "sizeof", "static", "static_assert", "static_cast",
    "struct", "switch", "template", "this", "thread_local", "throw", "true", "try", "typedef",
    "typeid", "typename", "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t",
    "while", "xor", "xor_eq",
});

} // namespace

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
