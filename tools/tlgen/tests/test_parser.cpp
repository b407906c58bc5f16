#include "parser.hpp"

#include <catch2/catch.hpp>

namespace {

using tlgen::ast::arg;
using tlgen::ast::declaration;

declaration parse_one(std::string_view text)
{
    auto file = tlgen::parse(text, "test.tl");
    REQUIRE(file.declarations.size() == 1);
    return file.declarations.front();
}

} // namespace

TEST_CASE("parser: a plain constructor", "[parser]")
{
    const auto d = parse_one("inputPeerUser#dde8a54c user_id:long access_hash:long = InputPeer;");
    CHECK(d.name == "inputPeerUser");
    CHECK(d.id == 0xdde8a54cU);
    CHECK_FALSE(d.is_function);
    REQUIRE(d.args.size() == 2);
    CHECK(d.args[0].form == arg::kind::field);
    CHECK(d.args[0].name == "user_id");
    CHECK(d.args[0].type.name == "long");
    CHECK(d.result.name == "InputPeer");
    CHECK(d.where.line == 1);
    CHECK(d.where.column == 1);
    CHECK_FALSE(d.is_builtin_form());
}

TEST_CASE("parser: sections, comments, namespaces, missing ids", "[parser]")
{
    const auto file = tlgen::parse(R"(
// a line comment
/* a block
   comment */ auth.sentCode#5e002502 type:auth.SentCodeType phone_code_hash:string = auth.SentCode;
---functions---
phone.confirmCall#2efe1722 peer:InputPhoneCall = phone.PhoneCall; // trailing
---types---
message msg_id:long seqno:int bytes:int body:Object = Message;
)",
                                   "test.tl");
    REQUIRE(file.declarations.size() == 3);
    CHECK(file.path == "test.tl");
    CHECK(file.declarations[0].name == "auth.sentCode");
    CHECK(file.declarations[0].where.line == 4);
    CHECK(file.declarations[0].where.column == 15);
    CHECK(file.declarations[0].args[0].type.name == "auth.SentCodeType");
    CHECK(file.declarations[0].result.name == "auth.SentCode");
    CHECK_FALSE(file.declarations[0].is_function);
    CHECK(file.declarations[1].is_function);
    CHECK(file.declarations[1].name == "phone.confirmCall");
    CHECK_FALSE(file.declarations[2].is_function);
    CHECK_FALSE(file.declarations[2].id.has_value());
}

TEST_CASE("parser: conditional fields on flags and flags2", "[parser]")
{
    const auto d = parse_one("user#1 flags:# flags2:# bot:flags.14?true usernames:flags2.0?Vector<Username> = User;");
    REQUIRE(d.args.size() == 4);
    CHECK(d.args[0].type.name == "#");
    CHECK_FALSE(d.args[0].condition.has_value());
    REQUIRE(d.args[2].condition.has_value());
    CHECK(d.args[2].condition->field == "flags");
    CHECK(d.args[2].condition->bit == 14);
    CHECK(d.args[2].type.name == "true");
    REQUIRE(d.args[3].condition.has_value());
    CHECK(d.args[3].condition->field == "flags2");
    CHECK(d.args[3].condition->bit == 0);
    CHECK(d.args[3].condition->where.column == 53);
    CHECK(d.args[3].type.to_string() == "Vector<Username>");
}

TEST_CASE("parser: type parameters and !X", "[parser]")
{
    const auto d = parse_one("---functions---\ninvokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;");
    CHECK(d.is_function);
    REQUIRE(d.args.size() == 3);
    CHECK(d.args[0].form == arg::kind::implicit);
    CHECK(d.args[0].name == "X");
    CHECK(d.args[0].type.name == "Type");
    CHECK(d.args[2].type.bang);
    CHECK(d.args[2].type.name == "X");
    CHECK(d.result.name == "X");
}

TEST_CASE("parser: bare markers and vectors", "[parser]")
{
    const auto d = parse_one(
        "x#1 a:vector<%Message> b:Vector<Vector<long>> c:%Vector<int> d:vector<future_salt> "
        "e:int128 f:int256 g:%(Vector int) = X;");
    REQUIRE(d.args.size() == 7);
    const auto& a = d.args[0].type;
    CHECK(a.name == "vector");
    REQUIRE(a.args.size() == 1);
    CHECK(a.args[0].bare);
    CHECK(a.args[0].name == "Message");
    CHECK(d.args[1].type.to_string() == "Vector<Vector<long>>");
    CHECK(d.args[2].type.bare);
    CHECK(d.args[2].type.to_string() == "%Vector<int>");
    CHECK(d.args[3].type.args[0].name == "future_salt");
    CHECK(d.args[4].type.name == "int128");
    CHECK(d.args[5].type.name == "int256");
    CHECK(d.args[6].type.to_string() == "%Vector<int>");
}

TEST_CASE("parser: built-in declarations are accepted", "[parser]")
{
    const auto file = tlgen::parse(R"(
int ? = Int;
long ? = Long;
double ? = Double;
string ? = String;
vector {t:Type} # [ t ] = Vector t;
vector#1cb5c415 {t:Type} # [ t ] = Vector t;
int128 4*[ int ] = Int128;
int256 8*[ int ] = Int256;
boolFalse#bc799737 = Bool;
boolTrue#997275b5 = Bool;
true#3fedd339 = True;
null#56730bcc = Null;
)",
                                   "test.tl");
    REQUIRE(file.declarations.size() == 12);
    CHECK(file.declarations[0].builtin_marker);
    CHECK(file.declarations[0].is_builtin_form());
    const auto& vec = file.declarations[5];
    CHECK(vec.is_builtin_form());
    REQUIRE(vec.args.size() == 3);
    CHECK(vec.args[1].form == arg::kind::anonymous);
    CHECK(vec.args[1].type.name == "#");
    CHECK(vec.args[2].form == arg::kind::repetition);
    REQUIRE(vec.args[2].repeated.size() == 1);
    CHECK(vec.args[2].repeated[0].type.name == "t");
    CHECK(vec.result.name == "Vector");
    REQUIRE(vec.result.args.size() == 1);
    CHECK(vec.result.args[0].name == "t");
    CHECK(file.declarations[6].is_builtin_form());
    CHECK(file.declarations[6].args[0].multiplicity == 4UL);
    CHECK(file.declarations[8].is_builtin_form() == false);
}
