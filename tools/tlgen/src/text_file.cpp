#include "text_file.hpp"

#include "error.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

namespace tlgen {

std::string read_text_file(const std::filesystem::path& path)
{
    std::error_code ignored;
    std::ifstream in(path, std::ios::binary);
    // A folder opens as a stream on some systems and then reads as nothing.
    if (!in || std::filesystem::is_directory(path, ignored)) {
        throw error({path.string(), 0, 0}, "cannot open file");
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        throw error({path.string(), 0, 0}, "cannot read file");
    }
    return text.str();
}

} // namespace tlgen
