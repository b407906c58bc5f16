#include "lexer.hpp"

#include <catch2/catch.hpp>

#include <vector>

namespace {

using tlgen::token_kind;

std::vector<token_kind> kinds(std::string_view text)
{
    std::vector<token_kind> out;
    for (const auto& t : tlgen::lex(text, "test.tl")) {
        out.push_back(t.kind);
    }
    return out;
}

} // namespace

TEST_CASE("lexer: namespaced names, ids and punctuation", "[lexer]")
{
    const auto tokens = tlgen::lex("phone.confirmCall#2efe1722 x:flags2.3?Vector<long> = phone.PhoneCall;", "t.tl");
    REQUIRE(tokens.size() == 16);
    CHECK(tokens[0].kind == token_kind::identifier);
    CHECK(tokens[0].text == "phone.confirmCall");
    CHECK(tokens[1].kind == token_kind::hex_id);
    CHECK(tokens[1].id == 0x2efe1722U);
    CHECK(tokens[4].text == "flags2"); // `flags2.3` is not a namespaced name
    CHECK(tokens[5].kind == token_kind::dot);
    CHECK(tokens[6].kind == token_kind::number);
    CHECK(tokens[6].number == 3);
    CHECK(tokens[13].text == "phone.PhoneCall");
    CHECK(tokens[14].kind == token_kind::semicolon);
    CHECK(tokens[15].kind == token_kind::end);
}

TEST_CASE("lexer: short hex ids keep their value", "[lexer]")
{
    const auto tokens = tlgen::lex("storage.fileJpeg#7efe0e = storage.FileType;", "t.tl");
    CHECK(tokens[1].id == 0x007efe0eU);
    CHECK(tlgen::lex("a#0 = A;", "t.tl")[1].id == 0);
    CHECK(tlgen::lex("a#FFFFFFFF = A;", "t.tl")[1].id == 0xffffffffU);
    CHECK(tlgen::lex("a#000000001 = A;", "t.tl")[1].id == 1); // leading zeros are just digits
}

TEST_CASE("lexer: a lone # is the nat type", "[lexer]")
{
    CHECK(kinds("flags:# [ t ]") == std::vector{token_kind::identifier, token_kind::colon, token_kind::hash,
                                                token_kind::lbracket, token_kind::identifier, token_kind::rbracket,
                                                token_kind::end});
}

TEST_CASE("lexer: comments are skipped and lines counted", "[lexer]")
{
    const auto tokens = tlgen::lex("// one\n/* two\nthree */ a /**/ b // c\n  ---functions--- ---types---", "t.tl");
    REQUIRE(tokens.size() == 5);
    CHECK(tokens[0].text == "a");
    CHECK(tokens[0].where.line == 3);
    CHECK(tokens[0].where.column == 10);
    CHECK(tokens[1].text == "b");
    CHECK(tokens[2].kind == token_kind::functions_section);
    CHECK(tokens[2].where.line == 4);
    CHECK(tokens[2].where.column == 3);
    CHECK(tokens[3].kind == token_kind::types_section);
}

TEST_CASE("lexer: errors carry their position", "[lexer]")
{
    const auto error_at = [](std::string_view text) -> std::string {
        try {
            (void)tlgen::lex(text, "t.tl");
        } catch (const tlgen::error& e) {
            return e.what();
        }
        return "no error";
    };
    CHECK(error_at("a\n  /* never closed\n") == "t.tl:2:3: unterminated comment: '/*' without '*/'");
    CHECK(error_at("a#12g4 = A;").starts_with("t.tl:1:2: bad hex id '#12g4'"));
    CHECK(error_at("a#123456789 = A;") == "t.tl:1:2: bad hex id '#123456789': larger than 32 bits");
    CHECK(error_at("a = $;") == "t.tl:1:5: unexpected character '$'");
    CHECK(error_at("---fun---").starts_with("t.tl:1:1: unknown section marker"));
}
