#pragma once
// tlgen's command line: its options, checked, and the command that regenerates the same files
// (which the generated files' banner shows).

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tlgen {

struct command_line {
    std::string name;           // --name: "api"
    std::string cpp_namespace;  // --namespace as given ("" for the default, tlcodec::<name>)
    std::string include_prefix; // --include-prefix as given ("" for the default, tlcodec/<name>)
    std::filesystem::path out;
    std::filesystem::path codecs_out;
    std::size_t codec_chunks = 8;
    std::size_t registry_chunks = 6;
    std::filesystem::path layer_file;
    std::filesystem::path errors_file;
    std::string rules_header;    // --rules-header: "tlcodec/service/rules.hpp" ("" for none)
    std::string regenerate_hint; // --regenerate-hint ("" for the tlgen command itself)
    bool check = false;
    bool help = false;
    std::vector<std::filesystem::path> schemas;

    /// The C++ namespace of the generated code: --namespace, or tlcodec::<name>.
    [[nodiscard]] std::string namespace_or_default() const;
    /// Where the generated headers include each other from: --include-prefix, or tlcodec/<name>.
    [[nodiscard]] std::string include_prefix_or_default() const;
};

/// A command line tlgen cannot run with (tlgen exits with status 2); what() is one line.
class usage_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Parses and checks the arguments after the program name. Throws usage_error for an unknown
/// option, a missing value or argument, or a bad value: a number that is not positive, a name
/// or namespace component that is not a C++ identifier, an include prefix that is not a
/// relative path.
[[nodiscard]] command_line parse_command_line(const std::vector<std::string>& args);

/// `tlgen --name … --out . … ../../my.tl`: the command that writes the same files, its paths
/// relative to `folder` (where it is to be run), so that it does not depend on where the
/// project lies.
[[nodiscard]] std::string regenerate_command(const command_line& cl, const std::filesystem::path& folder);

/// The banner's regenerate line for the files written to `folder`, the one `option` names
/// (--out or --codecs-out): --regenerate-hint when given, else regenerate_command and where to
/// run it, e.g. `tlgen … ../../my.tl   (run in the --out folder, wire/)`: one line for every
/// file of that folder, subfolders (types/, functions/) included.
[[nodiscard]] std::string regenerate_hint(const command_line& cl, const std::filesystem::path& folder,
                                          std::string_view option);

/// What `tlgen --help` prints.
[[nodiscard]] std::string_view usage_text() noexcept;

} // namespace tlgen
