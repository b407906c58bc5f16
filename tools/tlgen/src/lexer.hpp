#pragma once
// Splits TL schema text into tokens. Comments (`//`, `/* */`) and white space are skipped;
// `---functions---` / `---types---` become single tokens.

#include "error.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tlgen {

enum class token_kind {
    // A table: clang-format would split the pairs from their comments.
    // clang-format off
    identifier,        // name, optionally namespaced: `phone.confirmCall`, `auth.SentCode`, `flags2`
    number,            // decimal digits: the N of `flags.N`, the 4 of `4*[ int ]`
    hex_id,            // `#2efe1722`, `#7efe0e`: the constructor id, value in `id`
    hash,              // a lone `#` (the nat type)
    colon,             // :
    semicolon,         // ;
    equals,            // =
    question,          // ?
    percent,           // %
    bang,              // !
    dot,               // .
    star,              // *
    comma,             // ,
    lbrace, rbrace,    // { }
    lbracket, rbracket,// [ ]
    lparen, rparen,    // ( )
    langle, rangle,    // < >
    functions_section, // ---functions---
    types_section,     // ---types---
    end,               // end of input
    // clang-format on
};

/// A short human name for a token kind, for error messages ("';'", "identifier").
[[nodiscard]] std::string_view describe(token_kind kind) noexcept;

struct token {
    token_kind kind = token_kind::end;
    std::string_view text;    // the characters as written (a view into the lexed source)
    std::uint32_t id = 0;     // value of a hex_id
    unsigned long number = 0; // value of a number
    source_location where;
};

/// Tokenizes `source` (which must outlive the tokens); the last token is always `end`.
/// Throws tlgen::error on an unterminated comment, a bad hex id or an unexpected character.
[[nodiscard]] std::vector<token> lex(std::string_view source, const std::string& file_name);

} // namespace tlgen
