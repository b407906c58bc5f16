#include "extra_inputs.hpp"

#include "error.hpp"
#include "text_file.hpp"

#include <charconv>
#include <system_error>

namespace tlgen {
namespace {

constexpr std::string_view blanks = " \t\r\n";

// `text` as a whole is a decimal number that fits T.
template <class T>
bool parse_number(std::string_view text, T& value)
{
    const char* end = text.data() + text.size();
    const auto [stop, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc{} && stop == end && !text.empty();
}

} // namespace

int parse_layer(std::string_view text, const std::string& file_name)
{
    source_location where{file_name, 1, 1};
    std::size_t start = 0;
    for (; start < text.size() && blanks.find(text[start]) != std::string_view::npos; ++start) {
        where.column = text[start] == '\n' ? 1 : where.column + 1;
        where.line += text[start] == '\n' ? 1 : 0;
    }
    const std::string_view word = text.substr(start, text.find_first_of(blanks, start) - start);
    const bool only_word = text.find_first_not_of(blanks, start + word.size()) == std::string_view::npos;
    int layer = 0;
    if (!only_word || !parse_number(word, layer) || layer <= 0) {
        throw error(where, "expected the layer number (a positive integer), found " +
                               (word.empty() ? std::string("nothing") : "'" + std::string(word.substr(0, 20)) + "'"));
    }
    return layer;
}

int read_layer_file(const std::filesystem::path& path) { return parse_layer(read_text_file(path), path.string()); }

documented_errors parse_errors_tsv(std::string_view text, const std::string& file_name)
{
    constexpr auto npos = std::string_view::npos;
    documented_errors out;
    std::size_t number = 0;
    for (std::string_view rest = text; !rest.empty();) {
        const auto newline = rest.find('\n');
        std::string_view line = rest.substr(0, newline);
        rest = newline == npos ? std::string_view{} : rest.substr(newline + 1);
        ++number;
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        if (number == 1 || line.find_first_not_of(blanks) == npos) {
            continue; // the header line; a blank line
        }
        const auto tab1 = line.find('\t');
        const auto tab2 = tab1 == npos ? npos : line.find('\t', tab1 + 1);
        if (tab2 == npos || line.find('\t', tab2 + 1) != npos) {
            throw error({file_name, number, 1}, "expected 3 columns separated by tabs: method, code, name");
        }
        const std::string_view method = line.substr(0, tab1);
        const std::string_view code_text = line.substr(tab1 + 1, tab2 - tab1 - 1);
        const std::string_view name = line.substr(tab2 + 1);
        std::int32_t code = 0;
        if (!parse_number(code_text, code)) {
            throw error({file_name, number, tab1 + 2},
                        "the error code '" + std::string(code_text) + "' is not a number");
        }
        if (method.empty() || name.empty()) {
            throw error({file_name, number, method.empty() ? 1 : tab2 + 2}, "empty method or error name");
        }
        out[std::string(method)].push_back({code, std::string(name)});
    }
    return out;
}

documented_errors read_errors_tsv(const std::filesystem::path& path)
{
    return parse_errors_tsv(read_text_file(path), path.string());
}

} // namespace tlgen
