#include "parser.hpp"

#include "lexer.hpp"
#include "text_file.hpp"

#include <algorithm>
#include <utility>

namespace tlgen {
namespace {

constexpr unsigned max_flag_bit = 31;

class parser {
public:
    parser(std::vector<token> tokens, std::string file) : tokens_(std::move(tokens)), file_(std::move(file)) {}

    ast::schema_file run()
    {
        ast::schema_file out{file_, {}};
        bool functions = false;
        while (!at(token_kind::end)) {
            if (accept(token_kind::functions_section)) {
                functions = true;
            } else if (accept(token_kind::types_section)) {
                functions = false;
            } else {
                out.declarations.push_back(declaration(functions));
            }
        }
        return out;
    }

private:
    [[nodiscard]] const token& peek(std::size_t ahead = 0) const
    {
        return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)];
    }
    [[nodiscard]] bool at(token_kind kind, std::size_t ahead = 0) const { return peek(ahead).kind == kind; }

    const token& take()
    {
        const token& t = peek();
        if (t.kind != token_kind::end) {
            ++pos_;
        }
        return t;
    }

    bool accept(token_kind kind)
    {
        if (!at(kind)) {
            return false;
        }
        take();
        return true;
    }

    [[noreturn]] void fail(const token& t, const std::string& message) const { throw error(t.where, message); }

    [[noreturn]] void unexpected(std::string_view expected) const
    {
        fail(peek(), "expected " + std::string(expected) + " but found " + found(peek()));
    }

    static std::string found(const token& t)
    {
        return t.kind == token_kind::end ? "end of file" : "'" + std::string(t.text) + "'";
    }

    const token& expect(token_kind kind)
    {
        if (!at(kind)) {
            unexpected(describe(kind));
        }
        return take();
    }

    // name[#id] args... [?] = Result;
    ast::declaration declaration(bool is_function)
    {
        ast::declaration d;
        d.is_function = is_function;
        const token& name = expect(token_kind::identifier);
        d.name = std::string(name.text);
        d.where = name.where;
        if (at(token_kind::hex_id)) {
            d.id = take().id;
        } else if (at(token_kind::hash) && adjacent(name, peek())) {
            fail(peek(), "bad hex id: '#' must be followed by hex digits");
        }
        while (!at(token_kind::equals) && !at(token_kind::question)) {
            d.args.push_back(top_level_arg());
        }
        d.builtin_marker = accept(token_kind::question);
        expect(token_kind::equals);
        d.result = type_application();
        expect(token_kind::semicolon);
        return d;
    }

    // A `#` written right after the name (`name# = T`) must start the id; a free-standing `#`
    // is the nat argument of the built-in `vector {t:Type} # [ t ]`.
    [[nodiscard]] static bool adjacent(const token& first, const token& second)
    {
        return first.where.line == second.where.line && first.where.column + first.text.size() == second.where.column;
    }

    // Outside brackets, an argument is `name:Type`, `{X:Type}`, the anonymous `#`, or a
    // repetition; anything else means the `=` is missing.
    ast::arg top_level_arg()
    {
        const bool starts_arg = (at(token_kind::identifier) && at(token_kind::colon, 1)) || at(token_kind::lbrace) ||
                                at(token_kind::hash) || at(token_kind::lbracket) ||
                                (at(token_kind::number) && at(token_kind::star, 1));
        if (!starts_arg) {
            unexpected(at(token_kind::semicolon) || at(token_kind::end) ? "'='" : "'name:Type' or '='");
        }
        return arg();
    }

    ast::arg arg()
    {
        ast::arg a;
        a.where = peek().where;
        if (accept(token_kind::lbrace)) {
            a.form = ast::arg::kind::implicit;
            a.name = std::string(expect(token_kind::identifier).text);
            expect(token_kind::colon);
            a.type = type_term();
            expect(token_kind::rbrace);
        } else if (at(token_kind::lbracket) || (at(token_kind::number) && at(token_kind::star, 1))) {
            a.form = ast::arg::kind::repetition;
            if (at(token_kind::number)) {
                a.multiplicity = take().number;
                take();
            }
            expect(token_kind::lbracket);
            while (!accept(token_kind::rbracket)) {
                if (at(token_kind::end) || at(token_kind::semicolon)) {
                    unexpected("']'");
                }
                a.repeated.push_back(arg());
            }
        } else if (at(token_kind::identifier) && at(token_kind::colon, 1)) {
            a.name = std::string(take().text);
            take();
            if (at(token_kind::identifier) && at(token_kind::dot, 1)) {
                a.condition = condition();
            }
            a.type = type_term();
        } else {
            a.form = ast::arg::kind::anonymous;
            a.type = type_term();
        }
        return a;
    }

    // flags.N?
    ast::flag_condition condition()
    {
        ast::flag_condition c;
        c.where = peek().where;
        c.field = std::string(take().text);
        expect(token_kind::dot);
        const token& bit = expect(token_kind::number);
        if (bit.number > max_flag_bit) {
            fail(bit, "flag bit " + std::string(bit.text) + " is out of range: a flags field has bits 0..31");
        }
        c.bit = static_cast<unsigned>(bit.number);
        expect(token_kind::question);
        return c;
    }

    [[nodiscard]] bool at_type_term() const
    {
        switch (peek().kind) {
            case token_kind::identifier:
            case token_kind::percent:
            case token_kind::bang:
            case token_kind::hash:
            case token_kind::lparen: return true;
            default: return false;
        }
    }

    // A term followed by further terms, applied to it: `Vector t`, `Vector<User>`.
    ast::type_expr type_application()
    {
        ast::type_expr t = type_term();
        while (at_type_term()) {
            t.args.push_back(type_term());
        }
        return t;
    }

    // %T, !X, #, (T args...), Name, Name<T, ...>
    ast::type_expr type_term()
    {
        const source_location where = peek().where;
        if (accept(token_kind::percent)) {
            ast::type_expr t = type_term();
            t.bare = true;
            t.where = where;
            return t;
        }
        if (accept(token_kind::lparen)) {
            ast::type_expr t = type_application();
            expect(token_kind::rparen);
            return t;
        }
        ast::type_expr t;
        t.where = where;
        if (accept(token_kind::hash)) {
            t.name += '#'; // not `= "#"`: g++ 12 -O3 warns falsely (-Wrestrict) on that assignment
            return t;
        }
        t.bang = accept(token_kind::bang);
        t.name = std::string(expect(token_kind::identifier).text);
        if (!t.bang && accept(token_kind::langle)) {
            do {
                t.args.push_back(type_application());
            } while (accept(token_kind::comma));
            expect(token_kind::rangle);
        }
        return t;
    }

    std::vector<token> tokens_;
    std::string file_;
    std::size_t pos_ = 0;
};

} // namespace

ast::schema_file parse(std::string_view text, const std::string& file_name)
{
    return parser(lex(text, file_name), file_name).run();
}

ast::schema_file parse_file(const std::filesystem::path& path) { return parse(read_text_file(path), path.string()); }

} // namespace tlgen
