#include "lexer.hpp"

#include <array>
#include <utility>

namespace tlgen {
namespace {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_hex_digit(char c) noexcept { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
constexpr bool is_ident_start(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
constexpr bool is_ident_char(char c) noexcept { return is_ident_start(c) || is_digit(c); }

constexpr std::uint32_t hex_value(char c) noexcept
{
    if (is_digit(c)) {
        return static_cast<std::uint32_t>(c - '0');
    }
    return static_cast<std::uint32_t>((c | 0x20) - 'a' + 10);
}

struct punctuation {
    char c;
    token_kind kind;
};
constexpr std::array punctuations{
    punctuation{':', token_kind::colon},    punctuation{';', token_kind::semicolon},
    punctuation{'=', token_kind::equals},   punctuation{'?', token_kind::question},
    punctuation{'%', token_kind::percent},  punctuation{'!', token_kind::bang},
    punctuation{'.', token_kind::dot},      punctuation{'*', token_kind::star},
    punctuation{',', token_kind::comma},    punctuation{'{', token_kind::lbrace},
    punctuation{'}', token_kind::rbrace},   punctuation{'[', token_kind::lbracket},
    punctuation{']', token_kind::rbracket}, punctuation{'(', token_kind::lparen},
    punctuation{')', token_kind::rparen},   punctuation{'<', token_kind::langle},
    punctuation{'>', token_kind::rangle},
};

class lexer {
public:
    lexer(std::string_view source, const std::string& file_name) : source_(source), file_(file_name) {}

    std::vector<token> run()
    {
        std::vector<token> tokens;
        for (;;) {
            skip_space_and_comments();
            tokens.push_back(next());
            if (tokens.back().kind == token_kind::end) {
                return tokens;
            }
        }
    }

private:
    [[nodiscard]] char peek(std::size_t ahead = 0) const noexcept
    {
        return pos_ + ahead < source_.size() ? source_[pos_ + ahead] : '\0';
    }
    [[nodiscard]] bool at_end() const noexcept { return pos_ >= source_.size(); }
    [[nodiscard]] bool looking_at(std::string_view s) const noexcept { return source_.substr(pos_).starts_with(s); }

    void advance(std::size_t n = 1) noexcept
    {
        for (; n > 0 && !at_end(); --n, ++pos_) {
            if (source_[pos_] == '\n') {
                ++line_;
                column_ = 1;
            } else {
                ++column_;
            }
        }
    }

    [[nodiscard]] source_location here() const { return {file_, line_, column_}; }

    void skip_space_and_comments()
    {
        for (;;) {
            const char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
                advance();
            } else if (looking_at("//")) {
                while (!at_end() && peek() != '\n') {
                    advance();
                }
            } else if (looking_at("/*")) {
                const source_location start = here();
                advance(2);
                while (!looking_at("*/")) {
                    if (at_end()) {
                        throw error(start, "unterminated comment: '/*' without '*/'");
                    }
                    advance();
                }
                advance(2);
            } else {
                return;
            }
        }
    }

    token make(token_kind kind, std::size_t start, source_location where) const
    {
        return token{kind, source_.substr(start, pos_ - start), 0, 0, std::move(where)};
    }

    token next()
    {
        const std::size_t start = pos_;
        source_location where = here();
        if (at_end()) {
            return make(token_kind::end, start, std::move(where));
        }
        const char c = peek();
        if (is_ident_start(c)) {
            return identifier(start, std::move(where));
        }
        if (is_digit(c)) {
            return number(start, std::move(where));
        }
        if (c == '#') {
            return hash(start, std::move(where));
        }
        if (c == '-' && looking_at("---")) {
            return section(start, std::move(where));
        }
        for (const auto& p : punctuations) {
            if (p.c == c) {
                advance();
                return make(p.kind, start, std::move(where));
            }
        }
        throw error(std::move(where), "unexpected character '" + std::string(1, c) + "'");
    }

    // A namespaced name: segments joined by '.', where each segment starts with a letter or
    // '_' (so `flags.3` stays `flags` `.` `3`).
    token identifier(std::size_t start, source_location where)
    {
        for (;;) {
            while (is_ident_char(peek())) {
                advance();
            }
            if (peek() != '.' || !is_ident_start(peek(1))) {
                return make(token_kind::identifier, start, std::move(where));
            }
            advance();
        }
    }

    token number(std::size_t start, source_location where)
    {
        unsigned long value = 0;
        while (is_digit(peek())) {
            if (value > 0xffff'ffffUL) {
                throw error(std::move(where), "number too large");
            }
            value = value * 10 + static_cast<unsigned long>(peek() - '0');
            advance();
        }
        token t = make(token_kind::number, start, std::move(where));
        t.number = value;
        return t;
    }

    // `#` alone is the nat type; `#` directly followed by a word is a constructor id: hex
    // digits, as many as written (`#7efe0e` is 0x007efe0e), with a value of at most 32 bits.
    token hash(std::size_t start, source_location where)
    {
        advance();
        if (!is_ident_char(peek())) {
            return make(token_kind::hash, start, std::move(where));
        }
        std::uint32_t id = 0;
        bool hex = true;
        bool fits = true;
        for (; is_ident_char(peek()); advance()) {
            hex = hex && is_hex_digit(peek());
            if (hex) {
                fits = fits && id <= 0x0fff'ffffU;
                id = id << 4 | hex_value(peek());
            }
        }
        const std::string text(source_.substr(start, pos_ - start));
        if (!hex) {
            throw error(std::move(where), "bad hex id '" + text + "': only hex digits may follow '#'");
        }
        if (!fits) {
            throw error(std::move(where), "bad hex id '" + text + "': larger than 32 bits");
        }
        token t = make(token_kind::hex_id, start, std::move(where));
        t.id = id;
        return t;
    }

    token section(std::size_t start, source_location where)
    {
        struct known {
            std::string_view text;
            token_kind kind;
        };
        for (const known k : {known{"---functions---", token_kind::functions_section},
                              known{"---types---", token_kind::types_section}}) {
            if (looking_at(k.text)) {
                advance(k.text.size());
                return make(k.kind, start, std::move(where));
            }
        }
        throw error(std::move(where), "unknown section marker: expected '---functions---' or '---types---'");
    }

    std::string_view source_;
    const std::string& file_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t column_ = 1;
};

} // namespace

std::string_view describe(token_kind kind) noexcept
{
    switch (kind) {
        case token_kind::identifier: return "identifier";
        case token_kind::number: return "number";
        case token_kind::hex_id: return "'#id'";
        case token_kind::hash: return "'#'";
        case token_kind::colon: return "':'";
        case token_kind::semicolon: return "';'";
        case token_kind::equals: return "'='";
        case token_kind::question: return "'?'";
        case token_kind::percent: return "'%'";
        case token_kind::bang: return "'!'";
        case token_kind::dot: return "'.'";
        case token_kind::star: return "'*'";
        case token_kind::comma: return "','";
        case token_kind::lbrace: return "'{'";
        case token_kind::rbrace: return "'}'";
        case token_kind::lbracket: return "'['";
        case token_kind::rbracket: return "']'";
        case token_kind::lparen: return "'('";
        case token_kind::rparen: return "')'";
        case token_kind::langle: return "'<'";
        case token_kind::rangle: return "'>'";
        case token_kind::functions_section: return "'---functions---'";
        case token_kind::types_section: return "'---types---'";
        case token_kind::end: return "end of file";
    }
    return "token";
}

std::vector<token> lex(std::string_view source, const std::string& file_name) { return lexer(source, file_name).run(); }

} // namespace tlgen
