#include "helpers.hpp"
#include "names.hpp"

#include <catch2/catch.hpp>
#include <tlcodec/crc32.hpp>

using tlgen::scalar;
using tlgen::type_kind;
using tlgen::test::field_of;
using tlgen::test::model_of;

TEST_CASE("model: names, namespaces and the keyword escape", "[model]")
{
    const auto m = model_of(R"(
true = True;
auth.sentCode flags:# type:int default:flags.0?string = auth.SentCode;
help.thing private:int static:long long:string = Thing;
---functions---
phone.confirmCall peer:int = auth.SentCode;
)");
    const auto* t = m.find_constructor("true");
    REQUIRE(t != nullptr);
    CHECK(t->cpp_name == "true_");
    CHECK(t->name == "true");
    CHECK(t->tl_name == "true");

    const auto* sent = m.find_constructor("auth.sentCode");
    REQUIRE(sent != nullptr);
    CHECK(sent->ns == "auth");
    CHECK(sent->name == "sentCode");
    CHECK(sent->cpp_name == "sentCode");
    const auto* type = m.find_type("auth.SentCode");
    REQUIRE(type != nullptr);
    CHECK(type->ns == "auth");
    CHECK(type->name == "SentCode");

    // A constructor whose result is in another namespace is modelled as it is.
    const auto* thing = m.find_constructor("help.thing");
    REQUIRE(thing != nullptr);
    CHECK(thing->ns == "help");
    CHECK(m.types[thing->type].tl_name == "Thing");
    CHECK(m.types[thing->type].ns.empty());
    std::vector<std::string> names;
    for (const auto& f : thing->fields) {
        names.push_back(f.name + "/" + f.tl_name);
    }
    CHECK(names == std::vector<std::string>{"private_/private", "static_/static", "long_/long"});

    const auto* call = m.find_function("phone.confirmCall");
    REQUIRE(call != nullptr);
    CHECK(call->is_function);
    CHECK(call->ns == "phone");
    CHECK(call->result.kind == type_kind::boxed);
    CHECK(m.types[call->result.index].tl_name == "auth.SentCode");
    CHECK(m.find_function("auth.sentCode") == nullptr);
}

TEST_CASE("model: fields named as members of the generated structs get a trailing _", "[model]")
{
    const auto m = model_of(R"(
a tl_type:int tl_fixed_size:int tl_held_indirectly:int tl_name:int each_field:int S:int long:int id:int = A;
---functions---
f {X:Type} X:int q:!X = X;
)");
    std::vector<std::string> names;
    for (const auto& f : m.find_constructor("a")->fields) {
        names.push_back(f.name + "/" + f.tl_name);
    }
    CHECK(names == std::vector<std::string>{"tl_type_/tl_type", "tl_fixed_size_/tl_fixed_size",
                                            "tl_held_indirectly_/tl_held_indirectly", "tl_name_/tl_name",
                                            "each_field_/each_field", "S_/S", "long_/long", "id/id"});
    // A field named as a type parameter of its struct.
    CHECK(field_of(m, "f", "X").name == "X_");
    CHECK(field_of(m, "f", "q").name == "q");
}

TEST_CASE("model: C++ namespaces, and names that would clash with a namespace", "[model]")
{
    const auto m = model_of(R"(
updates = Updates;
updates.state x:int = Updates;
a.b.c x:int = A;
a.b = A;
class.x = A;
std.y = A;
layer = A;
basic.z = A;
constructors_1 = A;
)");
    const auto cpp = [&](std::string_view tl_name) {
        const tlgen::combinator* c = m.find_constructor(tl_name);
        REQUIRE(c != nullptr);
        return c->cpp_ns + (c->cpp_ns.empty() ? "" : "::") + c->cpp_name;
    };
    CHECK(cpp("updates") == "updates_"); // beside the namespace updates
    CHECK(cpp("updates.state") == "updates::state");
    CHECK(cpp("a.b.c") == "a::b::c");
    CHECK(cpp("a.b") == "a::b_"); // beside the namespace a::b
    CHECK(cpp("class.x") == "class_::x");
    CHECK(cpp("std.y") == "std_::y");
    CHECK(cpp("layer") == "layer_");
    CHECK(cpp("basic.z") == "basic_::z");
    CHECK(cpp("constructors_1") == "constructors_1_");
    CHECK(m.find_constructor("a.b.c")->ns == "a.b"); // the TL spelling stays
}

TEST_CASE("names: escape rule and helpers", "[model]")
{
    for (const std::string_view kw : {"default", "private", "static", "public", "delete", "long", "short", "true",
                                      "and", "class", "template", "register"}) {
        CHECK(tlgen::cpp_safe(kw) == std::string(kw) + "_");
    }
    for (const std::string_view ok : {"id", "flags", "final", "module", "override", "message", "True", "Bool"}) {
        CHECK(tlgen::cpp_safe(ok) == ok);
    }
    CHECK(tlgen::is_boxed_name("auth.SentCode"));
    CHECK_FALSE(tlgen::is_boxed_name("auth.sentCode"));
    CHECK_FALSE(tlgen::is_boxed_name("future_salt"));
    CHECK(tlgen::format_id(0x7efe0e) == "#007efe0e");
}

TEST_CASE("model: resolved field types", "[model]")
{
    const auto m = model_of(R"(
user id:long = User;
message msg_id:long body:Object = Message;
future_salt salt:long = FutureSalt;
all a:int b:long c:double d:int128 e:int256 f:string g:bytes h:Bool i:User j:Vector<User> k:vector<%Message>
    l:vector<future_salt> m:Vector<Vector<long>> n:%User o:Object p:future_salt = All;
---functions---
invokeWithLayer {X:Type} layer:int query:!X = X;
getUsers id:Vector<long> = Vector<User>;
)");
    const auto scalar_of = [&](std::string_view name) {
        const auto& t = field_of(m, "all", name).type;
        REQUIRE(t.kind == type_kind::scalar);
        return t.scalar_type;
    };
    CHECK(scalar_of("a") == scalar::int_);
    CHECK(scalar_of("b") == scalar::long_);
    CHECK(scalar_of("c") == scalar::double_);
    CHECK(scalar_of("d") == scalar::int128);
    CHECK(scalar_of("e") == scalar::int256);
    CHECK(scalar_of("f") == scalar::string);
    CHECK(scalar_of("g") == scalar::bytes);
    CHECK(scalar_of("h") == scalar::bool_);
    CHECK(tlgen::tl_spelling(scalar::bool_) == "Bool");

    const auto& i = field_of(m, "all", "i").type;
    CHECK(i.kind == type_kind::boxed);
    CHECK(m.types[i.index].tl_name == "User");

    const auto& j = field_of(m, "all", "j").type;
    CHECK(j.kind == type_kind::vector);
    CHECK(j.boxed_vector);
    CHECK(j.element->kind == type_kind::boxed);
    CHECK(j.tl == "Vector<User>");

    const auto& k = field_of(m, "all", "k").type;
    CHECK(k.kind == type_kind::vector);
    CHECK_FALSE(k.boxed_vector);
    CHECK(k.element->kind == type_kind::bare);
    CHECK(m.constructors[k.element->index].tl_name == "message");

    const auto& l = field_of(m, "all", "l").type;
    CHECK(l.element->kind == type_kind::bare);
    CHECK(m.constructors[l.element->index].tl_name == "future_salt");

    const auto& nested = field_of(m, "all", "m").type;
    CHECK(nested.element->kind == type_kind::vector);
    CHECK(nested.element->element->is(scalar::long_));

    CHECK(field_of(m, "all", "n").type.kind == type_kind::bare);
    CHECK(field_of(m, "all", "o").type.kind == type_kind::object);
    CHECK(field_of(m, "message", "body").type.kind == type_kind::object);
    CHECK(field_of(m, "all", "p").type.kind == type_kind::bare);

    const auto* invoke = m.find_function("invokeWithLayer");
    REQUIRE(invoke != nullptr);
    CHECK(invoke->is_generic());
    CHECK(invoke->type_params == std::vector<std::string>{"X"});
    REQUIRE(invoke->fields.size() == 2); // {X:Type} is not a field
    CHECK(invoke->fields[1].type.kind == type_kind::param);
    CHECK(invoke->fields[1].type.bang);
    CHECK(invoke->fields[1].type.param == "X");
    CHECK(invoke->result.kind == type_kind::param);
    CHECK_FALSE(invoke->result.bang);

    const auto* get = m.find_function("getUsers");
    REQUIRE(get != nullptr);
    CHECK_FALSE(get->is_generic());
    CHECK(get->result.kind == type_kind::vector);
    CHECK(get->result.boxed_vector);
}

TEST_CASE("model: flags fields, masks and shared bits", "[model]")
{
    const auto m = model_of(R"(
codeSettings flags:# allow_flashcall:flags.0?true token:flags.8?string app_sandbox:flags.8?Bool = CodeSettings;
user flags:# flags2:# id:long bot:flags.14?true bot_info_version:flags.14?int usernames:flags2.0?Vector<long>
    stories_max_id:flags2.5?int = User;
wallPaper id:long flags:# creator:flags.0?true = WallPaper;
)");
    const auto* code = m.find_constructor("codeSettings");
    REQUIRE(code != nullptr);
    REQUIRE(code->flags.size() == 1);
    CHECK(code->flags[0].field == 0);
    CHECK(code->flags[0].used_bits == ((1U << 0) | (1U << 8)));
    CHECK(code->flags[0].shared_bits == (1U << 8));
    REQUIRE(code->fields[2].condition.has_value());
    CHECK(code->fields[2].condition->flags_field == 0);
    CHECK(code->fields[2].condition->bit == 8);
    CHECK(code->fields[0].is_flags());
    CHECK(code->fields[1].type.is(scalar::true_));

    const auto* user = m.find_constructor("user");
    REQUIRE(user != nullptr);
    REQUIRE(user->flags.size() == 2);
    CHECK(user->flags[0].field == 0);
    CHECK(user->flags[0].used_bits == (1U << 14));
    CHECK(user->flags[0].shared_bits == (1U << 14));
    CHECK(user->flags[1].field == 1);
    CHECK(user->flags[1].used_bits == ((1U << 0) | (1U << 5)));
    CHECK(user->flags[1].shared_bits == 0);
    CHECK(field_of(m, "user", "usernames").condition->flags_field == 1);

    const auto* wall = m.find_constructor("wallPaper");
    REQUIRE(wall != nullptr);
    REQUIRE(wall->flags.size() == 1);
    CHECK(wall->flags[0].field == 1); // the flags field need not come first
    CHECK(wall->fields[2].condition->flags_field == 1);
}

TEST_CASE("model: boxed types and their constructors", "[model]")
{
    const auto m = model_of(R"(
boolFalse#bc799737 = Bool;
boolTrue#997275b5 = Bool;
inputPeerEmpty = InputPeer;
inputPeerSelf = InputPeer;
pong msg_id:long = Pong;
)");
    REQUIRE(m.types.size() == 3);
    const auto* peer = m.find_type("InputPeer");
    REQUIRE(peer != nullptr);
    CHECK(peer->constructors.size() == 2);
    CHECK_FALSE(peer->single_constructor());
    CHECK(peer->where.line == 4);
    CHECK(m.find_type("Pong")->single_constructor());
    CHECK(m.find_type("Bool")->maps_to == scalar::bool_);
    CHECK_FALSE(m.find_type("Pong")->maps_to.has_value());
    CHECK(m.find_constructor("boolTrue")->id == 0x997275b5U);
    CHECK(m.find_constructor("boolTrue")->id_written);
    CHECK_FALSE(m.find_constructor("pong")->id_written);
    CHECK(m.find_constructor("pong")->id == m.find_constructor("pong")->computed_id);
    CHECK(m.find_constructor("pong")->normalized == "pong msg_id:long = Pong");
    CHECK(m.find_constructor("pong")->computed_id == tlcodec::crc32("pong msg_id:long = Pong"));
}

TEST_CASE("model: built-ins and identical duplicates across files", "[model]")
{
    const auto a = tlgen::parse(
        "int ? = Int;\nvector#1cb5c415 {t:Type} # [ t ] = Vector t;\n"
        "true#3fedd339 = True;\nnull#56730bcc = Null;",
        "a.tl");
    const auto b = tlgen::parse("vector#1cb5c415 {t:Type} # [ t ] = Vector t;\ntrue#3fedd339 = True;\nx = X;", "b.tl");
    const auto m = tlgen::build_model({a, b});
    CHECK(m.builtins == std::vector<std::string>{"int", "vector"});
    CHECK(m.constructors.size() == 3); // true, null, x
    CHECK(m.find_constructor("null")->id == 0x56730bccU);

    const auto c = tlgen::parse("true#3fedd339 = True;\n\ntrue x:int = True;", "c.tl");
    CHECK_THROWS_WITH(tlgen::build_model({a, c}), Catch::Contains("c.tl:3:1: duplicate name 'true'"));
}

TEST_CASE("model: id mismatches", "[model]")
{
    SECTION("known exceptions are recorded, not errors")
    {
        const auto m = model_of("ipPortSecret#37982646 ipv4:int port:int secret:bytes = IpPort;");
        REQUIRE(m.id_mismatches.size() == 1);
        CHECK(m.id_mismatches[0].tl_name == "ipPortSecret");
        CHECK(m.id_mismatches[0].known);
        CHECK(m.id_mismatches[0].written == 0x37982646U);
        CHECK(m.id_mismatches[0].normalized == "ipPortSecret ipv4:int port:int secret:string = IpPort");
        CHECK(m.find_constructor("ipPortSecret")->id == 0x37982646U); // the written id is used
    }
    SECTION("other mismatches are recorded when ids are not strict")
    {
        tlgen::model_options lenient;
        lenient.strict_ids = false;
        const auto m = model_of("a#12345678 = A;", lenient);
        REQUIRE(m.id_mismatches.size() == 1);
        CHECK_FALSE(m.id_mismatches[0].known);
        CHECK(m.id_mismatches[0].where.line == 1);
        CHECK(m.find_constructor("a")->id == 0x12345678U);
    }
}
