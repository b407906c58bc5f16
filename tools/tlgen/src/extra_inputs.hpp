#pragma once
// The optional inputs beside a schema: its layer number (schema/LAYER) and the errors its
// methods are documented to return (schema/errors.tsv). A malformed one is a tlgen::error at
// the line and column of the bad entry.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tlgen {

/// An RPC error a method is documented to return (a row of schema/errors.tsv).
struct documented_error {
    std::int32_t code = 0;
    std::string name;
};

/// Documented errors by method TL name.
using documented_errors = std::map<std::string, std::vector<documented_error>, std::less<>>;

/// A layer file: one positive decimal number, white space around it allowed.
[[nodiscard]] int parse_layer(std::string_view text, const std::string& file_name);
[[nodiscard]] int read_layer_file(const std::filesystem::path& path);

/// An errors table: a header line, then `method<TAB>code<TAB>name` rows (blank lines skipped).
[[nodiscard]] documented_errors parse_errors_tsv(std::string_view text, const std::string& file_name);
[[nodiscard]] documented_errors read_errors_tsv(const std::filesystem::path& path);

} // namespace tlgen
