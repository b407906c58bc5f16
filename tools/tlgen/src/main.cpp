// tlgen: TL schema → tlcodec headers.
//
//   tlgen --name NAME --out DIR [--namespace A::B] [--include-prefix PATH]
//         [--codecs-out DIR [--codec-chunks N] [--registry-chunks N]] [--layer-file FILE]
//         [--errors FILE] [--regenerate-hint TEXT] [--check] SCHEMA.tl...
//
// tlcodec's own schemas (tools/tlgen/regenerate) keep the defaults, namespace tlcodec::NAME and
// include prefix tlcodec/NAME; a user's schema goes where --namespace and --include-prefix say:
//
//   tlgen --name wire --namespace acme::wire --include-prefix acme/wire --out include/acme/wire acme.tl
//
// Writes every header into --out (and the sources of the compiled codec and registry libraries
// into --codecs-out), removing stale generated files there; with --check it writes nothing and
// exits 1 when the folders differ from what it would write. Any error is one line on standard
// error, and exit status 1 (2 for a bad command line); `tlgen --help` tells the options.
#include "command_line.hpp"
#include "emit.hpp"
#include "error.hpp"
#include "extra_inputs.hpp"
#include "model.hpp"
#include "output_folder.hpp"
#include "parser.hpp"

#include <exception>
#include <iostream>
#include <string>
#include <vector>

namespace {

int run(const tlgen::command_line& cl)
{
    std::vector<tlgen::ast::schema_file> files;
    for (const auto& path : cl.schemas) files.push_back(tlgen::parse_file(path));
    const tlgen::model model = tlgen::build_model(files);

    tlgen::emit_options options;
    options.schema_name = cl.name;
    options.cpp_namespace = cl.namespace_or_default();
    options.include_prefix = cl.include_prefix_or_default();
    options.source_name = cl.schemas.front().filename().string();
    if (!cl.layer_file.empty()) options.layer = tlgen::read_layer_file(cl.layer_file);
    if (!cl.errors_file.empty()) options.errors = tlgen::read_errors_tsv(cl.errors_file);
    options.rules_header = cl.rules_header;

    options.regenerate_hint = tlgen::regenerate_hint(cl, cl.out, "--out");
    const auto headers = tlgen::emit(model, options);
    std::vector<std::string> differences = tlgen::sync_folder(cl.out, headers, cl.check);
    if (!cl.codecs_out.empty()) {
        options.regenerate_hint = tlgen::regenerate_hint(cl, cl.codecs_out, "--codecs-out");
        const auto sources = tlgen::emit_library_sources(model, options, cl.codec_chunks, cl.registry_chunks);
        for (auto& difference : tlgen::sync_folder(cl.codecs_out, sources, cl.check))
            differences.push_back(std::move(difference));
    }
    if (cl.check && !differences.empty()) {
        for (const auto& difference : differences) std::cerr << "tlgen: " << difference << "\n";
        std::cerr << "tlgen: " << differences.size() << " generated file(s) out of date: regenerate them\n";
        return 1;
    }
    std::cout << "tlgen: " << cl.name << ": " << headers.size() << " headers " << (cl.check ? "up to date" : "written")
              << " (" << model.constructors.size() << " constructors, " << model.functions.size() << " functions)\n";
    return 0;
}

} // namespace

// Nothing escapes: each failure is one line and a status, 2 for the command line, else 1.
int main(int argc, char** argv)
{
    try {
        const tlgen::command_line cl = tlgen::parse_command_line({argv + 1, argv + argc});
        if (cl.help) {
            std::cout << tlgen::usage_text();
            return 0;
        }
        return run(cl);
    } catch (const tlgen::usage_error& e) {
        std::cerr << "tlgen: " << e.what() << " (tlgen --help tells the usage)\n";
        return 2;
    } catch (const tlgen::error& e) {
        std::cerr << e.what() << "\n"; // file:line:column: message
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "tlgen: " << e.what() << "\n";
        return 1;
    } catch (...) {
        std::cerr << "tlgen: unknown error\n";
        return 1;
    }
}
