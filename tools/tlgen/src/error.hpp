#pragma once
// Source positions and the one exception type tlgen throws for bad input.

#include <cstddef>
#include <stdexcept>
#include <string>

namespace tlgen {

/// A position in an input file; line and column are 1-based, columns count bytes. Line 0: the
/// file as a whole (it cannot be read, say).
struct source_location {
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;

    /// "file:line:column", or "file" for line 0
    [[nodiscard]] std::string to_string() const;
};

/// An error in tlgen's input (reading, lexing, parsing or model validation of a schema, its
/// layer file or errors table). what() reads "file:line:column: message", as compilers print
/// it, or "file: message" when there is no position.
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
