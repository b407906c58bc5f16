#pragma once
// Reading an input file whole, with the one error tlgen gives when it cannot.

#include <filesystem>
#include <string>

namespace tlgen {

/// The bytes of the file at `path`. Throws tlgen::error ("path: cannot open file", no line or
/// column) when it does not exist, is a folder or cannot be read.
[[nodiscard]] std::string read_text_file(const std::filesystem::path& path);

} // namespace tlgen
