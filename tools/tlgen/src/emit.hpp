#pragma once
// The emit stage: C++ headers in the form the tlcodec runtime defines (see
// include/tlcodec/wire.hpp and tests/runtime/seed_schema.hpp), from a resolved model.

#include "model.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tlgen {

/// An RPC error a method is documented to return (a row of schema/errors.tsv).
struct documented_error {
    std::int32_t code = 0;
    std::string name;
};

struct emit_options {
    std::string schema_name;      // "api": C++ namespace tlcodec::api, headers in tlcodec/api/
    std::string source_name;      // for the header comment: "schema/api.tl"
    std::string regenerate_hint;  // for the header comment: how to regenerate
    int layer = 0;                // 0: none
    std::map<std::string, std::vector<documented_error>, std::less<>> errors; // by method TL name
};

struct generated_file {
    std::string path; // relative to include/tlcodec/<schema_name>/
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

/// Reads schema/errors.tsv (`method<TAB>code<TAB>name`, a header line first).
[[nodiscard]] std::map<std::string, std::vector<documented_error>, std::less<>> read_errors_tsv(const std::string& path);

} // namespace tlgen
