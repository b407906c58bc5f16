#include "command_line.hpp"

#include "names.hpp"

#include <algorithm>
#include <charconv>
#include <system_error>

namespace tlgen {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view usage = R"(usage: tlgen --name NAME --out DIR [options] SCHEMA.tl...

Compiles TL schema files (one schema, possibly split over several files) into tlcodec headers
in DIR, replacing the files an earlier run generated there.

  --name NAME              the schema's name, a C++ identifier (macros TLCODEC_<NAME>_...)
  --namespace A::B         the C++ namespace of the generated code (default tlcodec::NAME)
  --include-prefix PATH    the headers include each other as <PATH/...>, so DIR must be
                           PATH below an include directory (default tlcodec/NAME)
  --out DIR                where the headers go
  --codecs-out DIR         also write the sources of the compiled codec and registry
                           libraries, and a meson.build listing them, into DIR
  --codec-chunks N         in N codec units (default 8)
  --registry-chunks N      and N registry units (default 6)
  --layer-file FILE        a file holding the schema's layer number (declares A::B::layer)
  --errors FILE            the errors each method is documented to return: a table with a
                           header line, then method<TAB>code<TAB>name rows
  --rules-header PATH      a hand-written header every generated header includes (as
                           <PATH>): the rules a protocol layer attaches to some of the
                           schema's constructors (tlcodec/rules.hpp)
  --regenerate-hint TEXT   the "Regenerate with:" line of the generated files (default: this
                           tlgen command, its paths relative to the --out folder, or to the
                           --codecs-out folder in the sources, and which folder to run it in)
  --check                  write nothing; fail if a generated file is missing, differs or is
                           stale
  --help                   print this text

Exit status: 0 done; 1 an error in an input file or an out-of-date file with --check, told in
one line ("file:line:column: message" where there is a position); 2 a bad command line.
)";

// The value of option `option` as a C++ identifier.
std::string identifier(std::string_view option, const std::string& value)
{
    if (const std::string problem = identifier_problem(value); !problem.empty()) {
        throw usage_error(std::string(option) + " '" + value + "' " + problem);
    }
    return value;
}

// `acme::wire`: identifiers joined by `::`.
std::string cpp_namespace_value(const std::string& value)
{
    for (std::size_t start = 0;;) {
        const std::size_t end = value.find("::", start);
        const std::string component = value.substr(start, end - start);
        if (const std::string problem = identifier_problem(component); !problem.empty()) {
            throw usage_error("--namespace '" + value + "': '" + component + "' " + problem);
        }
        if (end == std::string::npos) {
            return value;
        }
        start = end + 2;
    }
}

// `acme/wire`: a relative path of plain folder names, as it appears in an #include.
std::string include_path_value(std::string_view option, const std::string& value)
{
    const auto plain = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
               c == '.';
    };
    bool ok = true;
    for (std::size_t start = 0; ok;) {
        const std::size_t end = value.find('/', start);
        const std::string_view part = std::string_view(value).substr(start, end - start);
        ok = !part.empty() && part != "." && part != ".." && std::ranges::all_of(part, plain);
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    if (!ok) {
        throw usage_error(std::string(option) + " '" + value + "' is not a relative path of folder names " +
                          "(letters, digits, '_', '-', '.') such as acme/wire");
    }
    return value;
}

std::size_t positive_number(std::string_view option, const std::string& value)
{
    std::size_t n = 0;
    const char* end = value.data() + value.size();
    const auto [stop, ec] = std::from_chars(value.data(), end, n);
    if (ec != std::errc{} || stop != end || n == 0) {
        throw usage_error(std::string(option) + " '" + value + "' is not a positive number");
    }
    return n;
}

// `path` as seen from `folder`: relative when it can be (`../../schema/my.tl`).
std::string relative_to(const fs::path& path, const fs::path& folder)
{
    std::error_code failed;
    const fs::path relative = fs::relative(path, folder, failed);
    return (failed || relative.empty() ? fs::absolute(path).lexically_normal() : relative).generic_string();
}

// A word as a POSIX shell reads it back: quoted when it holds anything but plain characters.
std::string shell_word(const std::string& word)
{
    const bool plain = !word.empty() && std::ranges::all_of(word, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               std::string_view("_-./:=+,@%").find(c) != std::string_view::npos;
    });
    if (plain) {
        return word;
    }
    std::string out = "'";
    for (const char c : word) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

} // namespace

std::string command_line::namespace_or_default() const
{
    return cpp_namespace.empty() ? "tlcodec::" + name : cpp_namespace;
}

std::string command_line::include_prefix_or_default() const
{
    return include_prefix.empty() ? "tlcodec/" + name : include_prefix;
}

command_line parse_command_line(const std::vector<std::string>& args)
{
    // The generated files quote the command line in a `//` comment.
    const auto multiline = [](const std::string& arg) { return arg.find_first_of("\r\n") != std::string::npos; };
    if (std::ranges::any_of(args, multiline)) {
        throw usage_error("an argument spans several lines");
    }
    command_line cl;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size() || args[i + 1].empty()) {
                throw usage_error(arg + " needs a value");
            }
            return args[++i];
        };
        if (arg == "--help" || arg == "-h")
            cl.help = true;
        else if (arg == "--name")
            cl.name = identifier(arg, value());
        else if (arg == "--namespace")
            cl.cpp_namespace = cpp_namespace_value(value());
        else if (arg == "--include-prefix")
            cl.include_prefix = include_path_value(arg, value());
        else if (arg == "--out")
            cl.out = value();
        else if (arg == "--codecs-out")
            cl.codecs_out = value();
        else if (arg == "--codec-chunks")
            cl.codec_chunks = positive_number(arg, value());
        else if (arg == "--registry-chunks")
            cl.registry_chunks = positive_number(arg, value());
        else if (arg == "--layer-file")
            cl.layer_file = value();
        else if (arg == "--errors")
            cl.errors_file = value();
        else if (arg == "--rules-header")
            cl.rules_header = include_path_value(arg, value());
        else if (arg == "--regenerate-hint")
            cl.regenerate_hint = value();
        else if (arg == "--check")
            cl.check = true;
        else if (arg.size() > 1 && arg.front() == '-')
            throw usage_error("unknown option " + arg);
        else
            cl.schemas.emplace_back(arg);
    }
    if (cl.help) {
        return cl;
    }
    if (cl.name.empty() || cl.out.empty() || cl.schemas.empty()) {
        throw usage_error("--name, --out and a schema file are required");
    }
    return cl;
}

std::string regenerate_command(const command_line& cl, const fs::path& folder)
{
    std::vector<std::string> words{"tlgen", "--name", cl.name};
    const auto option = [&](const char* name, const std::string& value) {
        words.emplace_back(name);
        words.push_back(value);
    };
    const auto path = [&](const fs::path& p) { return relative_to(p, folder); };
    if (!cl.cpp_namespace.empty()) option("--namespace", cl.cpp_namespace);
    if (!cl.include_prefix.empty()) option("--include-prefix", cl.include_prefix);
    option("--out", path(cl.out));
    if (!cl.codecs_out.empty()) {
        option("--codecs-out", path(cl.codecs_out));
        option("--codec-chunks", std::to_string(cl.codec_chunks));
        option("--registry-chunks", std::to_string(cl.registry_chunks));
    }
    if (!cl.layer_file.empty()) option("--layer-file", path(cl.layer_file));
    if (!cl.errors_file.empty()) option("--errors", path(cl.errors_file));
    if (!cl.rules_header.empty()) option("--rules-header", cl.rules_header);
    for (const auto& schema : cl.schemas) words.push_back(path(schema));

    std::string out;
    for (const auto& word : words) {
        if (!out.empty()) out += ' '; // not `(cond ? "" : " ") + ...`: g++ 12 -O3 warns falsely (-Wrestrict)
        out += shell_word(word);
    }
    return out;
}

std::string regenerate_hint(const command_line& cl, const fs::path& folder, std::string_view option)
{
    if (!cl.regenerate_hint.empty()) return cl.regenerate_hint;
    const std::string name = fs::weakly_canonical(fs::absolute(folder)).filename().generic_string();
    return regenerate_command(cl, folder) + "   (run in the " + std::string(option) + " folder, " + name + "/)";
}

std::string_view usage_text() noexcept { return usage; }

} // namespace tlgen
