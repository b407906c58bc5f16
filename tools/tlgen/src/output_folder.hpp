#pragma once
// Writing generated files into their folder: the folder ends up holding exactly them among the
// files tlgen generated (whose first line says so), or, with check, is only compared.

#include "emit.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace tlgen {

/// Writes `files` into `folder` and removes the stale generated files there; with check, writes
/// nothing. Returns the differences found ("<path> differs", "is missing", "is stale"), which,
/// without check, it has fixed. Throws std::exception when the folder cannot be read or written.
std::vector<std::string> sync_folder(const std::filesystem::path& folder, const std::vector<generated_file>& files,
                                     bool check);

} // namespace tlgen
