#pragma once
// The emit stage: C++ headers in the form the tlcodec runtime defines (see
// include/tlcodec/wire.hpp and tests/runtime/seed_schema.hpp), from a resolved model.

#include "extra_inputs.hpp"
#include "model.hpp"

#include <string>
#include <vector>

namespace tlgen {

struct emit_options {
    std::string schema_name;     // "api": the macros TLCODEC_API_…, the Meson variables api_…
    std::string cpp_namespace;   // "tlcodec::api": where the generated C++ goes
    std::string include_prefix;  // "tlcodec/api": the headers include each other as <tlcodec/api/…>
    std::string source_name;     // for the header comment: "api.tl"
    std::string regenerate_hint; // for the header comment: how to regenerate
    int layer = 0;               // 0: none
    documented_errors errors;    // by method TL name
    std::string rules_header;    // included by every header (through fwd.hpp), "" for none
};

struct generated_file {
    std::string path; // relative to the folder it is written to
    std::string content;
};

/// Every header of one schema, deterministic: the same model and options give the same bytes.
[[nodiscard]] std::vector<generated_file> emit(const model& m, const emit_options& options);

/// The sources of the compiled libraries: `codec_chunks` .cpp files that instantiate every codec
/// entry point once (the codec library), `registry_chunks` .cpp files and registry.cpp that
/// list every object_type and compile every text form once (the registry library), and a
/// meson.build that lists both (paths relative to their folder).
[[nodiscard]] std::vector<generated_file> emit_library_sources(const model& m, const emit_options& options,
                                                               std::size_t codec_chunks, std::size_t registry_chunks);

} // namespace tlgen
