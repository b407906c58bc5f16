// The whole schemas of the project (schema/api.tl, schema/mtproto.tl), when present.

#include "helpers.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#ifndef TLGEN_SCHEMA_DIR
#error "TLGEN_SCHEMA_DIR must name the schema/ folder (set by tools/tlgen/meson.build)"
#endif

namespace {

const std::filesystem::path schema_dir{TLGEN_SCHEMA_DIR};

// The model of one schema file, or nothing (with a warning) when the file does not exist yet.
std::optional<tlgen::model> schema_model(std::string_view name)
{
    const auto path = schema_dir / name;
    if (!std::filesystem::exists(path)) {
        WARN("skipped: " << path.string() << " does not exist");
        return std::nullopt;
    }
    return tlgen::build_model({tlgen::parse_file(path)});
}

std::size_t unknown_mismatches(const tlgen::model& m)
{
    return static_cast<std::size_t>(std::ranges::count(m.id_mismatches, false, &tlgen::id_mismatch::known));
}

} // namespace

TEST_CASE("schema: api.tl", "[schema]")
{
    const auto m = schema_model("api.tl");
    if (!m) {
        return;
    }
    CHECK(m->constructors.size() == 1545);
    CHECK(m->functions.size() == 766);
    CHECK(unknown_mismatches(*m) == 0);
    tlgen::test::check_definition_order(*m);

    using strings = std::vector<std::string>;
    std::vector<strings> groups;
    std::size_t boxed = 0;
    std::size_t cycle_fields = 0;
    for (const std::size_t g : m->cycle_groups()) {
        const auto& group = m->groups[g];
        CHECK(group.types.size() <= 5);
        boxed += group.boxed_fields.size();
        cycle_fields += group.cycle_fields;
        auto names = tlgen::test::type_names(*m, group.types);
        std::ranges::sort(names);
        groups.push_back(std::move(names));
    }
    std::ranges::sort(groups);
    // The 7 cycle groups of docs/architecture.md §4 (types that refer to each other, vectors included).
    CHECK(groups == std::vector<strings>{
                        {"InputMedia"},
                        {"InputPeer"},
                        {"JSONObjectValue", "JSONValue"},
                        {"MessageExtendedMedia", "MessageMedia", "StoryItem", "WebPage", "WebPageAttribute"},
                        {"PageBlock", "PageListItem", "PageListOrderedItem"},
                        {"RichText"},
                        {"SecureRequiredType"},
                    });
    // Five of them have by-value cycles. By default every by-value field between the types of a
    // group is boxed (23, vector-connected groups included: jsonObjectValue.value); with
    // model_options::minimal_boxes a minimum set of 18 breaks the cycles (checked below).
    CHECK(m->value_cycles.size() == 5);
    CHECK(boxed == 23);
    CHECK(m->boxed_fields().size() == boxed);
    CHECK(cycle_fields == 23);
    CHECK(tlgen::test::field_of(*m, "messageExtendedMedia", "media").heap_box);

    // The minimum the search finds, for emitters of non-template code.
    const auto minimal = tlgen::build_model({tlgen::parse_file(schema_dir / "api.tl")}, {.minimal_boxes = true});
    CHECK(minimal.boxed_fields().size() == 18);
    CHECK_FALSE(tlgen::test::field_of(minimal, "jsonObjectValue", "value").heap_box);
    for (const std::size_t g : minimal.cycle_groups()) CHECK(minimal.groups[g].minimal);
    CHECK(tlgen::test::field_of(*m, "inputPeerUserFromMessage", "peer").heap_box);
    CHECK(tlgen::test::field_of(*m, "textBold", "text").heap_box);
    CHECK(tlgen::test::field_of(*m, "jsonObjectValue", "value").heap_box);

    // Spot checks of the resolution.
    const auto* confirm = m->find_function("phone.confirmCall");
    REQUIRE(confirm != nullptr);
    CHECK(confirm->id == 0x2efe1722U);
    CHECK(confirm->computed_id == 0x2efe1722U);
    CHECK(m->types[confirm->result.index].tl_name == "phone.PhoneCall");
    const auto* invoke = m->find_function("invokeWithLayer");
    REQUIRE(invoke != nullptr);
    CHECK(invoke->is_generic());
    const auto* user = m->find_constructor("user");
    REQUIRE(user != nullptr);
    CHECK(user->flags.size() == 2);
    CHECK(user->flags[0].shared_bits != 0); // bot / bot_info_version on bit 14
}

TEST_CASE("schema: mtproto.tl", "[schema]")
{
    const auto m = schema_model("mtproto.tl");
    if (!m) {
        return;
    }
    CHECK(unknown_mismatches(*m) == 0);
    CHECK(m->value_cycles.empty()); // TlsBlock refers to itself only through vectors
    CHECK(m->boxed_fields().empty());
    tlgen::test::check_definition_order(*m);
    const auto& salts = tlgen::test::field_of(*m, "future_salts", "salts").type;
    CHECK(salts.kind == tlgen::type_kind::vector);
    CHECK_FALSE(salts.boxed_vector);
    CHECK(salts.element->kind == tlgen::type_kind::bare);
    const auto& messages = tlgen::test::field_of(*m, "msg_container", "messages").type;
    CHECK(messages.element->kind == tlgen::type_kind::bare);
    CHECK(m->constructors[messages.element->index].tl_name == "message");
    CHECK(tlgen::test::field_of(*m, "rpc_result", "result").type.kind == tlgen::type_kind::object);
    CHECK(m->find_constructor("message")->id == 0x5bb8e511U);
}
