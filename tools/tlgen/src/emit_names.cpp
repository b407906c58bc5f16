#include "emit_names.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>

namespace tlgen {

namespace {
std::string lower(std::string_view text)
{
    std::string out(text);
    for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}
} // namespace

cpp_names::cpp_names(const model& m, std::string schema_name, std::string root_ns, std::string include_prefix)
    : model_(m), schema_(std::move(schema_name)), root_(std::move(root_ns)), include_prefix_(std::move(include_prefix))
{
    // Group headers are named after their first type; names that differ only in case (which
    // some file systems merge) get a numeric suffix, in group order.
    std::map<std::string, int> seen;
    for (const auto& g : m.groups) {
        const std::string base = m.types[g.types.front()].tl_name;
        const int n = seen[lower(base)]++;
        group_file_names_.push_back(n == 0 ? base : base + "_" + std::to_string(n + 1));
    }
}

std::string cpp_names::qualified(const std::string& cpp_ns, const std::string& name) const
{
    return "::" + root_ + "::basic::" + (cpp_ns.empty() ? "" : cpp_ns + "::") + name;
}

std::string cpp_names::owning(const combinator& c) const
{
    return "::" + root_ + "::" + (c.cpp_ns.empty() ? "" : c.cpp_ns + "::") + name(c);
}
std::string cpp_names::owning(const boxed_type& t) const
{
    return "::" + root_ + "::" + (t.cpp_ns.empty() ? "" : t.cpp_ns + "::") + name(t);
}

std::string cpp_names::schema_macro(std::string_view suffix) const
{
    std::string upper;
    for (char ch : schema_) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return "TLCODEC_" + upper + "_" + std::string(suffix);
}

std::string cpp_names::basic(const combinator& c) const { return qualified(c.cpp_ns, name(c)); }
std::string cpp_names::basic(const boxed_type& t) const { return qualified(t.cpp_ns, name(t)); }

std::string cpp_names::type(const type_ref& t) const
{
    switch (t.kind) {
        case type_kind::scalar:
            switch (t.scalar_type) {
                case scalar::int_: return "std::int32_t";
                case scalar::long_: return "std::int64_t";
                case scalar::double_: return "double";
                case scalar::int128: return "::tlcodec::int128";
                case scalar::int256: return "::tlcodec::int256";
                case scalar::string: return "typename S::string";
                case scalar::bytes: return "typename S::bytes";
                case scalar::bool_:
                case scalar::true_: return "bool";
                case scalar::nat: return "::tlcodec::reserved_flags";
            }
            break;
        case type_kind::boxed: {
            const boxed_type& bt = model_.types.at(t.index);
            if (bt.maps_to) {
                type_ref mapped;
                mapped.scalar_type = *bt.maps_to;
                return type(mapped);
            }
            return basic(bt) + "<S>";
        }
        case type_kind::bare: return basic(model_.constructors.at(t.index)) + "<S>";
        case type_kind::vector: return "typename S::template vector<" + type(*t.element) + ">";
        case type_kind::param: return t.param;
        case type_kind::object: return "::tlcodec::object";
    }
    throw std::logic_error("unknown type kind");
}

std::string cpp_names::field_type(const field& f) const
{
    std::string out = type(f.type);
    if (f.heap_box) out = "typename S::template indirect<" + out + ">";
    if (f.condition && !f.type.is(scalar::true_)) out = "std::optional<" + out + ">";
    return out;
}

std::string cpp_names::form(const type_ref& t) const
{
    if (t.kind == type_kind::bare) return "::tlcodec::wire::bare";
    if (t.kind == type_kind::vector) {
        const std::string element = form(*t.element);
        if (t.boxed_vector && element == "::tlcodec::wire::boxed") return element;
        if (!t.boxed_vector && element == "::tlcodec::wire::boxed") return "::tlcodec::wire::bare";
        return std::string("::tlcodec::wire::vector<") + (t.boxed_vector ? "true" : "false") + ", " + element + ">";
    }
    return "::tlcodec::wire::boxed";
}

std::string cpp_names::field_form(const combinator& c, const field& f) const
{
    if (f.length_prefixed) return "::tlcodec::wire::sized";
    if (f.is_flags()) {
        for (std::size_t i = 0; i < c.flags.size(); ++i)
            if (&c.fields[c.flags[i].field] == &f)
                return "::tlcodec::wire::flags<" + std::to_string(i) + ", " + format_hex(c.flags[i].used_bits) + ">";
        throw std::logic_error("flags field without flags entry in " + c.tl_name);
    }
    if (!f.condition) return form(f.type);
    std::size_t ordinal = 0;
    while (ordinal < c.flags.size() && c.flags[ordinal].field != f.condition->flags_field) ++ordinal;
    if (ordinal == c.flags.size()) throw std::logic_error("condition on an unknown flags field in " + c.tl_name);
    const bool shared = (c.flags[ordinal].shared_bits >> f.condition->bit & 1u) != 0;
    const std::string inner = form(f.type);
    std::string out = "::tlcodec::wire::when<" + std::to_string(ordinal) + ", " + std::to_string(f.condition->bit);
    if (inner != "::tlcodec::wire::boxed" || shared) out += ", " + inner;
    if (shared) out += ", true";
    return out + ">";
}

std::string cpp_names::group_header(std::size_t group) const { return "types/" + group_file_names_.at(group) + ".hpp"; }

std::string cpp_names::function_header(const combinator& f) const { return "functions/" + f.tl_name + ".hpp"; }

std::string cpp_names::include(const std::string& relative) const
{
    return "#include <" + include_prefix_ + "/" + relative + ">";
}

std::string format_hex(std::uint32_t value)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out = "0x00000000";
    for (int i = 9; i >= 2; --i, value >>= 4) out[static_cast<std::size_t>(i)] = digits[value & 15];
    return out;
}

} // namespace tlgen
