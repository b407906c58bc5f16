#include "normalize.hpp"

#include <tlcodec/crc32.hpp> // one CRC32 for the library and the generator

#include <array>

namespace tlgen {
namespace {

void append_word(std::string& out, std::string_view word)
{
    if (!out.empty()) {
        out += ' ';
    }
    out += word;
}

// `Vector<Vector<long>>` → `Vector Vector long`. `field_type` is set for the whole type of a
// field, where `bytes` is spelled `string`.
std::string type_text(const ast::type_expr& t, bool field_type)
{
    std::string out;
    if (t.bare) {
        out += '%';
    }
    if (t.bang) {
        out += '!';
    }
    out += field_type && t.args.empty() && t.name == "bytes" ? "string" : t.name;
    for (const auto& a : t.args) {
        out += ' ' + type_text(a, false);
    }
    return out;
}

bool is_flag_true(const ast::arg& a)
{
    return a.condition && a.type.name == "true" && a.type.args.empty() && !a.type.bare;
}

void append_args(std::string& out, const std::vector<ast::arg>& args)
{
    for (const auto& a : args) {
        switch (a.form) {
            case ast::arg::kind::field:
                if (!is_flag_true(a)) {
                    const std::string cond =
                        a.condition ? a.condition->field + '.' + std::to_string(a.condition->bit) + '?' : "";
                    append_word(out, a.name + ':' + cond + type_text(a.type, true));
                }
                break;
            case ast::arg::kind::implicit: append_word(out, a.name + ':' + type_text(a.type, false)); break;
            case ast::arg::kind::anonymous: append_word(out, type_text(a.type, false)); break;
            case ast::arg::kind::repetition:
                append_word(out, (a.multiplicity ? std::to_string(*a.multiplicity) + "*[" : "["));
                append_args(out, a.repeated);
                append_word(out, "]");
                break;
        }
    }
}

constexpr std::array known_exceptions{
    id_exception{"ipPortSecret", 0x3798'2646, "matches only with `secret:bytes` kept as bytes"},
    id_exception{"accessPointRule", 0x4679'b65f, "not reproduced by any known normalization"},
    id_exception{"help.configSimple", 0x5a59'2a6c, "not reproduced by any known normalization"},
    id_exception{"msg_container", 0x73f1'f8dc,
                 "CRC of the service-messages form `msg_container messages:vector message = MessageContainer`"},
    id_exception{"decryptedDataBlock", 0xdbf9'48c1, "voice-calls page; not reproduced"},
    id_exception{"simpleDataBlock", 0xcc0d'0e76, "voice-calls page; not reproduced"},
    // TDLib's legacy file locations, which mtcute's layer-223 schema keeps: old-layer
    // declarations under new names, so the id is the CRC with the name before the renaming.
    id_exception{"inputPeerPhotoFileLocationLegacy", 0x27d6'9997, "CRC of the old name inputPeerPhotoFileLocation"},
    id_exception{"inputStickerSetThumbLegacy", 0x0dba'eae9, "CRC of the old name inputStickerSetThumb"},
};

} // namespace

std::string normalized(const ast::declaration& d)
{
    std::string out = d.name;
    append_args(out, d.args);
    if (d.builtin_marker) {
        append_word(out, "?");
    }
    append_word(out, "=");
    append_word(out, type_text(d.result, false));
    return out;
}

std::uint32_t computed_id(const ast::declaration& d) { return tlcodec::crc32(normalized(d)); }

std::optional<id_exception> known_id_exception(std::string_view name, std::uint32_t id) noexcept
{
    for (const auto& e : known_exceptions) {
        if (e.name == name && e.id == id) {
            return e;
        }
    }
    return std::nullopt;
}

} // namespace tlgen
