// The layer file and the errors table (extra_inputs.hpp): values, and errors at their position.

#include "error.hpp"
#include "extra_inputs.hpp"
#include "helpers.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

namespace {

// what() of the error that `parse` throws.
template <class Parse>
std::string error_text(Parse&& parse)
{
    return tlgen::test::thrown_message<tlgen::error>(parse);
}

} // namespace

TEST_CASE("inputs: the layer file", "[inputs]")
{
    CHECK(tlgen::parse_layer("223\n", "LAYER") == 223);
    CHECK(tlgen::parse_layer("  \n 7 \r\n\n", "LAYER") == 7);
    CHECK(error_text([] { return tlgen::parse_layer("abc\n", "LAYER"); }) ==
          "LAYER:1:1: expected the layer number (a positive integer), found 'abc'");
    CHECK(error_text([] { return tlgen::parse_layer("\n  12x", "LAYER"); }) ==
          "LAYER:2:3: expected the layer number (a positive integer), found '12x'");
    CHECK(error_text([] { return tlgen::parse_layer("", "LAYER"); }) ==
          "LAYER:1:1: expected the layer number (a positive integer), found nothing");
    CHECK_THAT(error_text([] { return tlgen::parse_layer("0", "LAYER"); }), Catch::Contains("found '0'"));
    CHECK_THAT(error_text([] { return tlgen::parse_layer("-5", "LAYER"); }), Catch::Contains("found '-5'"));
    CHECK_THAT(error_text([] { return tlgen::parse_layer("99999999999", "LAYER"); }), Catch::Contains("LAYER:1:1"));
    CHECK_THAT(error_text([] { return tlgen::parse_layer("1 2", "LAYER"); }), Catch::Contains("found '1'"));
    CHECK(error_text([] { return tlgen::read_layer_file("/nonexistent/LAYER"); }) ==
          "/nonexistent/LAYER: cannot open file");
}

TEST_CASE("inputs: the errors table", "[inputs]")
{
    const auto errors = tlgen::parse_errors_tsv(
        "method\tcode\tname\r\n"
        "auth.signIn\t400\tPHONE_CODE_EMPTY\r\n"
        "\n"
        "auth.signIn\t-503\tTimeout\n"
        "help.getConfig\t420\tFLOOD_WAIT_%d",
        "errors.tsv");
    REQUIRE(errors.size() == 2);
    const auto& sign_in = errors.at("auth.signIn");
    REQUIRE(sign_in.size() == 2);
    CHECK(sign_in[0].code == 400);
    CHECK(sign_in[0].name == "PHONE_CODE_EMPTY");
    CHECK(sign_in[1].code == -503);
    CHECK(errors.at("help.getConfig").front().name == "FLOOD_WAIT_%d");
    CHECK(tlgen::parse_errors_tsv("method\tcode\tname\n", "errors.tsv").empty());

    CHECK(error_text([] { return tlgen::parse_errors_tsv("h\nm\t400\n", "e.tsv"); }) ==
          "e.tsv:2:1: expected 3 columns separated by tabs: method, code, name");
    CHECK(error_text([] { return tlgen::parse_errors_tsv("h\nm\t1\tA\tB\n", "e.tsv"); }) ==
          "e.tsv:2:1: expected 3 columns separated by tabs: method, code, name");
    CHECK(error_text([] { return tlgen::parse_errors_tsv("h\nm\t1\tA\nmethod\tfour\tX\n", "e.tsv"); }) ==
          "e.tsv:3:8: the error code 'four' is not a number");
    CHECK(error_text([] { return tlgen::parse_errors_tsv("h\nm\t99999999999\tA\n", "e.tsv"); }) ==
          "e.tsv:2:3: the error code '99999999999' is not a number");
    CHECK(error_text([] { return tlgen::parse_errors_tsv("h\n\t1\tA\n", "e.tsv"); }) ==
          "e.tsv:2:1: empty method or error name");
    CHECK(error_text([] { return tlgen::parse_errors_tsv("h\nm\t1\t\n", "e.tsv"); }) ==
          "e.tsv:2:5: empty method or error name");
    CHECK(error_text([] { return tlgen::read_errors_tsv("/nonexistent/errors.tsv"); }) ==
          "/nonexistent/errors.tsv: cannot open file");
}
