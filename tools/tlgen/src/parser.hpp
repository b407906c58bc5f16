#pragma once
// Parses TL schema text into the syntax tree (ast.hpp).

#include "ast.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace tlgen {

/// Parses schema text; `file_name` is used in error locations only.
/// Throws tlgen::error ("file:line:column: message") on malformed input.
[[nodiscard]] ast::schema_file parse(std::string_view text, const std::string& file_name);

/// Reads and parses a schema file. Throws tlgen::error, also when the file cannot be read.
[[nodiscard]] ast::schema_file parse_file(const std::filesystem::path& path);

} // namespace tlgen
