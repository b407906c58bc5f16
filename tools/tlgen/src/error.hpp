#pragma once
// Source positions and the one exception type tlgen throws for bad schema input.

#include <cstddef>
#include <stdexcept>
#include <string>

namespace tlgen {

/// A position in a schema file; line and column are 1-based, columns count bytes.
struct source_location {
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;

    /// "file:line:column"
    [[nodiscard]] std::string to_string() const;
};

/// A schema error (lexing, parsing or model validation). what() reads
/// "file:line:column: message", as compilers print it.
class error : public std::runtime_error {
public:
    error(source_location where, const std::string& message);

    [[nodiscard]] const source_location& where() const noexcept { return where_; }
    [[nodiscard]] const std::string& message() const noexcept { return message_; }

private:
    source_location where_;
    std::string message_;
};

} // namespace tlgen
