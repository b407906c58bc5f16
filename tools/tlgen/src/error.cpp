#include "error.hpp"

#include <utility>

namespace tlgen {

std::string source_location::to_string() const
{
    if (line == 0) {
        return file;
    }
    return file + ':' + std::to_string(line) + ':' + std::to_string(column);
}

error::error(source_location where, const std::string& message)
    : std::runtime_error(where.to_string() + ": " + message), where_(std::move(where)), message_(message)
{
}

} // namespace tlgen
