// tlgen's command line (command_line.hpp): options, their checks, the regenerate command.

#include "command_line.hpp"
#include "helpers.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using tlgen::parse_command_line;

namespace {

// The message of the usage_error that parsing `args` throws.
std::string usage_problem(const std::vector<std::string>& args)
{
    return tlgen::test::thrown_message<tlgen::usage_error>([&] { return parse_command_line(args); });
}

} // namespace

TEST_CASE("command line: options and defaults", "[command_line]")
{
    const auto cl = parse_command_line({"--name", "api", "--out", "include/tlcodec/api", "a.tl", "b.tl"});
    CHECK(cl.name == "api");
    CHECK(cl.out == "include/tlcodec/api");
    CHECK(cl.schemas == std::vector<std::filesystem::path>{"a.tl", "b.tl"});
    CHECK(cl.namespace_or_default() == "tlcodec::api");
    CHECK(cl.include_prefix_or_default() == "tlcodec/api");
    CHECK(cl.codec_chunks == 8);
    CHECK(cl.registry_chunks == 6);
    CHECK_FALSE(cl.check);

    const auto user = parse_command_line(
        {"--name",       "wire",  "--namespace",    "acme::wire", "--include-prefix",  "acme/wire", "--out",        "o",
         "--codecs-out", "s",     "--codec-chunks", "3",          "--registry-chunks", "2",         "--layer-file", "L",
         "--errors",     "e.tsv", "--check",        "my.tl"});
    CHECK(user.namespace_or_default() == "acme::wire");
    CHECK(user.include_prefix_or_default() == "acme/wire");
    CHECK(user.codec_chunks == 3);
    CHECK(user.registry_chunks == 2);
    CHECK(user.layer_file == "L");
    CHECK(user.errors_file == "e.tsv");
    CHECK(user.check);

    CHECK(parse_command_line({"--help"}).help);
    CHECK(parse_command_line({"-h"}).help);
    CHECK(parse_command_line({"--name", "x", "--include-prefix", "x/y.z-1", "--out", "o", "s.tl"}).include_prefix ==
          "x/y.z-1");
    CHECK(parse_command_line({"--name", "x", "--rules-header", "acme/rules.hpp", "--out", "o", "s.tl"}).rules_header ==
          "acme/rules.hpp");
}

TEST_CASE("command line: usage errors are one line", "[command_line]")
{
    const std::vector<std::string> base{"--out", "o", "s.tl"};
    const auto with = [&](std::vector<std::string> extra) {
        extra.insert(extra.end(), base.begin(), base.end());
        return usage_problem(extra);
    };
    CHECK(usage_problem({"--name", "x", "s.tl"}) == "--name, --out and a schema file are required");
    CHECK(usage_problem({"--name", "x", "--out", "o"}) == "--name, --out and a schema file are required");
    CHECK(usage_problem({"--out", "o", "s.tl"}) == "--name, --out and a schema file are required");
    CHECK(with({"--name", "x", "--bogus"}) == "unknown option --bogus");
    CHECK(usage_problem({"--name", "x", "--out"}) == "--out needs a value");
    CHECK(usage_problem({"--name", "", "--out", "o", "s.tl"}) == "--name needs a value");
    CHECK(with({"--name", "x", "--codec-chunks", "abc"}) == "--codec-chunks 'abc' is not a positive number");
    CHECK(with({"--name", "x", "--registry-chunks", "0"}) == "--registry-chunks '0' is not a positive number");
    CHECK(with({"--name", "x", "--codec-chunks", "-1"}) == "--codec-chunks '-1' is not a positive number");
    CHECK(with({"--name", "x", "--codec-chunks", "99999999999999999999999"}) ==
          "--codec-chunks '99999999999999999999999' is not a positive number");
    CHECK_THAT(with({"--name", "my-schema"}), Catch::StartsWith("--name 'my-schema' is not a C++ identifier"));
    CHECK(with({"--name", "class"}) == "--name 'class' is a C++ keyword");
    CHECK_THAT(with({"--name", "__x"}), Catch::StartsWith("--name '__x' is reserved in C++"));
    CHECK(with({"--name", "x", "--namespace", "acme::class"}) == "--namespace 'acme::class': 'class' is a C++ keyword");
    CHECK_THAT(with({"--name", "x", "--namespace", "::acme"}), Catch::StartsWith("--namespace '::acme': '' is not"));
    CHECK_THAT(with({"--name", "x", "--namespace", "acme::"}), Catch::StartsWith("--namespace 'acme::': '' is not"));
    CHECK_THAT(with({"--name", "x", "--namespace", "acme:wire"}),
               Catch::StartsWith("--namespace 'acme:wire': 'acme:wire' is not a C++ identifier"));
    for (const std::string bad : {"/abs", "a//b", "a/", "../a", "a/./b", "a b", "a\\b", "<a>"}) {
        INFO(bad);
        CHECK_THAT(with({"--name", "x", "--include-prefix", bad}),
                   Catch::StartsWith("--include-prefix '" + bad + "' is not a relative path"));
    }
    CHECK_THAT(with({"--name", "x", "--rules-header", "../r.hpp"}),
               Catch::StartsWith("--rules-header '../r.hpp' is not a relative path"));
    CHECK(with({"--name", "x", "--regenerate-hint", "a\nb"}) == "an argument spans several lines");
}

TEST_CASE("command line: the regenerate command, relative to the output folder", "[command_line]")
{
    const std::filesystem::path root = "/nonexistent-tlgen-test/project";
    const auto cl = parse_command_line({"--name", "wire", "--namespace", "acme::wire", "--include-prefix", "acme/wire",
                                        "--out", (root / "include/acme/wire").string(), "--codecs-out",
                                        (root / "src/wire").string(), "--codec-chunks", "2", "--layer-file",
                                        (root / "schema/LAYER").string(), (root / "schema/my schema.tl").string()});
    CHECK(tlgen::regenerate_command(cl, cl.out) ==
          "tlgen --name wire --namespace acme::wire --include-prefix acme/wire --out . --codecs-out ../../../src/wire "
          "--codec-chunks 2 --registry-chunks 6 --layer-file ../../../schema/LAYER '../../../schema/my schema.tl'");
    CHECK(tlgen::regenerate_command(cl, cl.codecs_out) ==
          "tlgen --name wire --namespace acme::wire --include-prefix acme/wire --out ../../include/acme/wire "
          "--codecs-out . --codec-chunks 2 --registry-chunks 6 --layer-file ../../schema/LAYER "
          "'../../schema/my schema.tl'");
    CHECK(tlgen::regenerate_hint(cl, cl.out, "--out") ==
          tlgen::regenerate_command(cl, cl.out) + "   (run in the --out folder, wire/)");
    CHECK(tlgen::regenerate_hint(cl, cl.codecs_out, "--codecs-out") ==
          tlgen::regenerate_command(cl, cl.codecs_out) + "   (run in the --codecs-out folder, wire/)");

    // The same project somewhere else: the same command.
    const std::filesystem::path elsewhere = "/nonexistent-tlgen-test/elsewhere/clone";
    const auto moved =
        parse_command_line({"--name", "wire", "--namespace", "acme::wire", "--include-prefix", "acme/wire", "--out",
                            (elsewhere / "include/acme/wire").string(), "--codecs-out",
                            (elsewhere / "src/wire").string(), "--codec-chunks", "2", "--layer-file",
                            (elsewhere / "schema/LAYER").string(), (elsewhere / "schema/my schema.tl").string()});
    CHECK(tlgen::regenerate_command(moved, moved.out) == tlgen::regenerate_command(cl, cl.out));

    // Defaults are left out; a quote in a path is quoted for the shell.
    const auto plain = parse_command_line({"--name", "x", "--out", "/p/out", "/p/it's.tl"});
    CHECK(tlgen::regenerate_command(plain, plain.out) == "tlgen --name x --out . '../it'\\''s.tl'");

    const auto hinted = parse_command_line(
        {"--name", "api", "--out", "o", "--regenerate-hint", "meson compile -C <build> regenerate", "api.tl"});
    CHECK(tlgen::regenerate_hint(hinted, hinted.out, "--out") == "meson compile -C <build> regenerate");
}

TEST_CASE("command line: the usage text names every option", "[command_line]")
{
    for (const std::string_view option :
         {"--name", "--namespace", "--include-prefix", "--out", "--codecs-out", "--codec-chunks", "--registry-chunks",
          "--layer-file", "--errors", "--regenerate-hint", "--check", "--help"}) {
        INFO(option);
        CHECK(tlgen::usage_text().find(option) != std::string_view::npos);
    }
}
