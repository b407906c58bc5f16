// The C++ naming rules (names.hpp): escapes, reserved names, identifier checks.

#include "names.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

TEST_CASE("names: members of generated structs are reserved for fields", "[names]")
{
    for (const std::string_view name : {"tl_self", "constructor_id", "tl_name", "tl_signature", "tl_type",
                                        "tl_id_is_historical", "tl_held_indirectly", "tl_fixed_size", "tl_field_names",
                                        "result_type", "tl_errors", "each_field", "hana_accessors_impl", "S"}) {
        INFO(name);
        CHECK(tlgen::is_generated_member(name));
    }
    for (const std::string_view name : {"id", "flags", "type", "tl_type_", "name", "s", "T", "self", "visit"}) {
        INFO(name);
        CHECK_FALSE(tlgen::is_generated_member(name));
    }
}

TEST_CASE("names: names the generated code declares in a schema's namespace", "[names]")
{
    for (const std::string_view name :
         {"basic", "detail", "layer", "all_constructors", "all_functions", "generic_functions", "constructor_chunks",
          "function_chunks", "boxed_type_chunks", "object_types", "std", "S", "constructors_1", "constructors_12",
          "functions_3", "boxed_types_2"}) {
        INFO(name);
        CHECK(tlgen::is_generated_namespace_member(name));
        CHECK(tlgen::cpp_scoped_name(name) == std::string(name) + "_");
    }
    for (const std::string_view name :
         {"constructors_", "constructors_1a", "boxed_types_", "functions", "basics", "layers", "user"}) {
        INFO(name);
        CHECK_FALSE(tlgen::is_generated_namespace_member(name));
        CHECK(tlgen::cpp_scoped_name(name) == name);
    }
    CHECK(tlgen::cpp_scoped_name("class") == "class_");
}

TEST_CASE("names: TL namespaces in C++", "[names]")
{
    CHECK(tlgen::cpp_namespace("").empty());
    CHECK(tlgen::cpp_namespace("phone") == "phone");
    CHECK(tlgen::cpp_namespace("a.b.c") == "a::b::c");
    CHECK(tlgen::cpp_namespace("class.std.layer") == "class_::std_::layer_");
}

TEST_CASE("names: reserved identifiers and identifier checks", "[names]")
{
    for (const std::string_view name : {"__x", "a__b", "x__", "_X", "_Foo"}) {
        INFO(name);
        CHECK(tlgen::is_reserved_identifier(name));
        CHECK_THAT(tlgen::identifier_problem(name), Catch::Contains("reserved"));
    }
    for (const std::string_view name : {"_x", "x_", "a_b", "_", "api", "my_schema2", "Wire"}) {
        INFO(name);
        CHECK_FALSE(tlgen::is_reserved_identifier(name));
        CHECK(tlgen::identifier_problem(name).empty());
    }
    for (const std::string_view name : {"", "my-schema", "2fa", "a.b", "a::b", "ü", "a b"}) {
        INFO(name);
        CHECK_THAT(tlgen::identifier_problem(name), Catch::Contains("is not a C++ identifier"));
    }
    CHECK(tlgen::identifier_problem("namespace") == "is a C++ keyword");
}
