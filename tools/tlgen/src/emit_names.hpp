#pragma once
// C++ spellings of model entities for the emitter: qualified names, field types, wire forms,
// header paths. Internal to the emit stage.

#include "model.hpp"

#include <string>
#include <string_view>

namespace tlgen {

class cpp_names {
public:
    /// `schema_name`: "api" (for the macros); `root_ns`: "tlcodec::api", the C++ namespace of
    /// the schema; `include_prefix`: "tlcodec/api", where its headers are included from.
    cpp_names(const model& m, std::string schema_name, std::string root_ns, std::string include_prefix);

    [[nodiscard]] const model& schema() const noexcept { return model_; }
    /// `tlcodec::api`
    [[nodiscard]] const std::string& root_ns() const noexcept { return root_; }

    /// Unqualified C++ name of a constructor/function or a boxed type (the model's cpp_name).
    [[nodiscard]] static const std::string& name(const combinator& c) noexcept { return c.cpp_name; }
    [[nodiscard]] static const std::string& name(const boxed_type& t) noexcept { return t.cpp_name; }
    /// `::tlcodec::api::basic::phone::confirmCall` (a template taking S)
    [[nodiscard]] std::string basic(const combinator& c) const;
    [[nodiscard]] std::string basic(const boxed_type& t) const;
    /// `::tlcodec::api::phone::confirmCall`: the owning alias users name.
    [[nodiscard]] std::string owning(const combinator& c) const;
    [[nodiscard]] std::string owning(const boxed_type& t) const;
    /// `TLCODEC_API_<SUFFIX>`, e.g. TLCODEC_API_EXTERN_CODECS: defined, the generated headers
    /// declare the codec instances extern (a compiled library provides them); _EXTERN_VIEWS
    /// likewise for those of the views (the view library), _EXTERN_TEXT for the text forms
    /// (the registry library).
    [[nodiscard]] std::string schema_macro(std::string_view suffix) const;

    /// The C++ type of a field (`typename S::string`, `typename S::template indirect<…<S>>`, `std::optional<…>`).
    [[nodiscard]] std::string field_type(const field& f) const;
    /// The C++ type a type_ref stands for.
    [[nodiscard]] std::string type(const type_ref& t) const;
    /// The wire form of a field (`::tlcodec::wire::when<0, 3>`, `::tlcodec::wire::bare`, …).
    [[nodiscard]] std::string field_form(const combinator& c, const field& f) const;

    /// Header of a type group, relative to the include prefix: `types/phone.PhoneCall.hpp`.
    [[nodiscard]] std::string group_header(std::size_t group) const;
    [[nodiscard]] std::string function_header(const combinator& f) const;
    /// `#include <tlcodec/api/…>`: a header of this schema, by its path below the include prefix.
    [[nodiscard]] std::string include(const std::string& relative) const;

private:
    [[nodiscard]] std::string form(const type_ref& t) const;
    [[nodiscard]] std::string qualified(const std::string& cpp_ns, const std::string& name) const;

    const model& model_;
    std::string schema_;
    std::string root_;
    std::string include_prefix_;
    std::vector<std::string> group_file_names_;
};

/// `0x2efe1722`: ids and masks as the generated code writes them.
[[nodiscard]] std::string format_hex(std::uint32_t value);

} // namespace tlgen
