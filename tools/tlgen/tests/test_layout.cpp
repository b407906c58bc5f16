// Which alternatives a boxed type holds on the heap (layout.hpp).

#include "helpers.hpp"
#include "layout.hpp"

#include <catch2/catch.hpp>

using tlgen::test::model_of;

namespace {

constexpr std::string_view layout_schema = R"(
small id:int = Small;
small2 a:long b:long = Small;
bigStrings a:string b:string c:string = Small;
peer id:long = Peer;
chat id:long = Peer;
wrapper inner:Small date:int = Outer;
pair flags:# a:flags.0?Small b:flags.1?Small c:flags.2?Small d:flags.3?Small = Outer;
empty = Outer;
single x:string y:string z:string = Single;
)";

bool held_indirectly(const tlgen::model& m, const std::vector<bool>& heap, std::string_view name)
{
    const tlgen::combinator* c = m.find_constructor(name);
    REQUIRE(c != nullptr);
    return heap[static_cast<std::size_t>(c - m.constructors.data())];
}

} // namespace

TEST_CASE("layout: large own fields go to the heap, small ones and wrappers stay in place")
{
    const auto m = model_of(layout_schema);
    const auto heap = tlgen::layout_constructors(m, {.own_limit = 64, .total_limit = 128}).held_indirectly;
    CHECK_FALSE(held_indirectly(m, heap, "small"));
    CHECK_FALSE(held_indirectly(m, heap, "small2"));
    CHECK(held_indirectly(m, heap, "bigStrings"));    // 3 strings: 96 bytes of its own
    CHECK_FALSE(held_indirectly(m, heap, "wrapper")); // one nested boxed value: bounded already
    CHECK(held_indirectly(m, heap, "pair"));          // four optional Small: 4 * 32 + flags
    CHECK_FALSE(held_indirectly(m, heap, "empty"));
    CHECK_FALSE(held_indirectly(m, heap, "single")); // the only constructor of its type: a plain struct
}

TEST_CASE("layout: the limits are the caller's")
{
    const auto m = model_of(layout_schema);
    const auto heap = tlgen::layout_constructors(m, {.own_limit = 1000, .total_limit = 1000}).held_indirectly;
    CHECK_FALSE(held_indirectly(m, heap, "bigStrings"));
    CHECK_FALSE(held_indirectly(m, heap, "pair"));
}

TEST_CASE("layout: estimated sizes of the owning layout")
{
    const auto m = model_of(layout_schema);
    const auto layout = tlgen::layout_constructors(m);
    const auto size = [&](std::string_view name) {
        return layout.size[static_cast<std::size_t>(m.find_constructor(name) - m.constructors.data())];
    };
    CHECK(size("empty") == 0);
    CHECK(size("small") == 4);
    CHECK(size("small2") == 16);
    CHECK(size("bigStrings") == 96);
    CHECK(size("wrapper") == 16 + 8 + 4); // Small (16 in place, plus its index) and the date
}
