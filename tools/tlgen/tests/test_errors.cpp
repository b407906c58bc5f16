// Malformed schemas: each error names the place as file:line:column.

#include "helpers.hpp"

#include <catch2/catch.hpp>

using tlgen::test::error_of;
using tlgen::test::line_column;

namespace {

struct malformed {
    std::string_view what;
    std::string_view text;
    std::string_view position; // line:column
    std::string_view message;  // a part of the message
};

} // namespace

TEST_CASE("errors: malformed schemas name file, line and column", "[errors]")
{
    const auto m = GENERATE(
        malformed{"missing '=' (result taken for a field)",
                  "inputPeerSelf = InputPeer;\ninputPeerChat chat_id:long InputPeer;", "2:28",
                  "expected 'name:Type' or '=' but found 'InputPeer'"},
        malformed{"missing '=' and result", "a x:int;", "1:8", "expected '=' but found ';'"},
        malformed{"missing ';' at the end", "a = A", "1:6", "expected ';' but found end of file"},
        malformed{"a type without a name", "a x:int %B = A;", "1:9", "expected 'name:Type' or '=' but found '%'"},
        malformed{"missing field type", "a x: = A;", "1:6", "expected identifier but found '='"},
        malformed{"bad hex id", "a#1234567g = A;", "1:2", "bad hex id '#1234567g'"},
        malformed{"hex id above 32 bits", "a#123456789 = A;", "1:2", "larger than 32 bits"},
        malformed{"'#' without digits", "a# = A;", "1:2", "bad hex id"},
        malformed{"unterminated comment", "a = A;\n  /* x\n", "2:3", "unterminated comment"},
        malformed{"unexpected character", "a x:int = A;\nb y:$ = B;", "2:5", "unexpected character '$'"},
        malformed{"flag bit above 31", "a flags:# x:flags.32?int = A;", "1:19", "flag bit 32 is out of range"},
        malformed{"unknown flags field", "a flags:# x:flags3.0?int = A;", "1:13",
                  "unknown flags field 'flags3' in 'a'"},
        malformed{"flags field declared after use", "a x:flags.0?int flags:# = A;", "1:5",
                  "flags field 'flags' is referenced before it is declared"},
        malformed{"condition on a field that is not '#'", "a n:int x:n.0?int = A;", "1:11",
                  "'n' is not a flags field: its type is 'int', not '#'"},
        malformed{"duplicate name", "a x:int = A;\nb = A;\na y:int = A;", "3:1",
                  "duplicate name 'a' (first declared at test.tl:1:1)"},
        malformed{"duplicate field name", "a x:int x:long = A;", "1:9", "duplicate field name 'x' in 'a'"},
        malformed{"field names equal after escaping", "a long:int long_:int = A;", "1:12",
                  "field 'long_' of 'a' becomes 'long_' in C++"},
        malformed{"generated member names equal after escaping", "a tl_type:int tl_type_:int = A;", "1:15",
                  "field 'tl_type_' of 'a' becomes 'tl_type_' in C++"},
        malformed{"a constructor name C++ reserves", "a__b = A;", "1:1", "'a__b' is reserved in C++"},
        malformed{"a namespace C++ reserves", "x = X;\n_Ns.a = A;", "2:1", "'_Ns' is reserved in C++"},
        malformed{"a type name C++ reserves", "a = A__b;", "1:5", "'A__b' is reserved in C++"},
        malformed{"a field name C++ reserves", "a x__y:int = A;", "1:3", "'x__y' is reserved in C++"},
        malformed{"two constructors with one C++ name", "true = A;\ntrue_ = A;", "2:1",
                  "constructor 'true_' becomes 'true_' in C++, as does the constructor 'true' (at test.tl:1:1)"},
        malformed{"a constructor named as its type", "Foo = Foo;", "1:1",
                  "type 'Foo' becomes 'Foo' in C++, as does the constructor 'Foo'"},
        malformed{"escaped twice into a reserved name", "std = A;\nstd.x = A;", "1:1",
                  "constructor 'std' becomes 'std__' in C++, a name C++ reserves"},
        malformed{"type parameter S", "---functions---\nf {S:Type} q:!S = S;", "2:3",
                  "type parameter 'S' of 'f' is a name the generated struct uses itself"},
        malformed{"type parameter that is a keyword", "---functions---\nf {class:Type} q:!class = class;", "2:3",
                  "type parameter 'class' of 'f' is a C++ keyword"},
        malformed{"undefined boxed type", "a x:Foo = A;", "1:5", "type 'Foo' is referenced but never defined"},
        malformed{"undefined bare constructor", "a x:foo = A;", "1:5", "unknown type 'foo'"},
        malformed{"%T on a type with two constructors", "b = B;\nc = B;\na x:%B = A;", "3:5",
                  "'%B' needs a type with exactly one constructor, but 'B' has 2"},
        malformed{"!X without {X:Type}", "---functions---\nf q:!X = X;", "2:5",
                  "'!X' needs a type parameter declared as {X:Type}"},
        malformed{"bare constructor result", "a = b;", "1:5", "must be a boxed type name"},
        malformed{"application in a constructor result", "a x:int = Vector int;", "1:11", "must be a boxed type name"},
        malformed{"id mismatch", "x = X;\nphone.confirmCall#2efe1723 peer:InputPhoneCall g_a:bytes = phone.PhoneCall;",
                  "2:1", "id mismatch for 'phone.confirmCall' (line 2): written #2efe1723, computed #"});
    INFO(m.what);
    const tlgen::error e = error_of(m.text);
    CHECK(e.where().file == "test.tl");
    CHECK(line_column(e) == m.position);
    CHECK_THAT(e.message(), Catch::Contains(std::string(m.message)));
    CHECK(std::string(e.what()) == "test.tl:" + std::string(m.position) + ": " + e.message());
}

TEST_CASE("errors: the id mismatch message gives both ids and the hashed text", "[errors]")
{
    const tlgen::error e = error_of(
        "phone.confirmCall#2efe1723 peer:InputPhoneCall g_a:bytes key_fingerprint:long "
        "protocol:PhoneCallProtocol = phone.PhoneCall;");
    CHECK(e.message() ==
          "id mismatch for 'phone.confirmCall' (line 1): written #2efe1723, computed #2efe1722 from "
          "'phone.confirmCall peer:InputPhoneCall g_a:string key_fingerprint:long protocol:PhoneCallProtocol = "
          "phone.PhoneCall'");
}

TEST_CASE("errors: duplicate ids", "[errors]")
{
    tlgen::model_options lenient;
    lenient.strict_ids = false;
    try {
        (void)tlgen::test::model_of("a#00000001 = A;\nb#00000001 = B;", lenient);
        FAIL("no error");
    } catch (const tlgen::error& e) {
        CHECK(line_column(e) == "2:1");
        CHECK(e.message() == "duplicate id #00000001: 'b' and 'a' (at test.tl:1:1)");
    }
}

TEST_CASE("errors: a missing file", "[errors]")
{
    CHECK_THROWS_WITH(tlgen::parse_file("/nonexistent/schema.tl"), "/nonexistent/schema.tl: cannot open file");
    CHECK_THROWS_WITH(tlgen::parse_file("/"), "/: cannot open file");
}
