#pragma once
// CRC32 (IEEE 802.3 / zlib: reflected polynomial 0xEDB88320, initial and final xor 0xFFFFFFFF),
// the checksum TL derives constructor ids from. constexpr, so ids can be checked at compile time.

#include <array>
#include <cstdint>
#include <string_view>

namespace tlgen {
namespace detail {

inline constexpr std::array<std::uint32_t, 256> crc32_table = [] {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < table.size(); ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k) {
            c = (c & 1U) != 0 ? 0xEDB8'8320U ^ (c >> 1) : c >> 1;
        }
        table[i] = c;
    }
    return table;
}();

} // namespace detail

[[nodiscard]] constexpr std::uint32_t crc32(std::string_view data) noexcept
{
    std::uint32_t crc = 0xFFFF'FFFFU;
    for (const char ch : data) {
        crc = detail::crc32_table[(crc ^ static_cast<unsigned char>(ch)) & 0xFFU] ^ (crc >> 8);
    }
    return crc ^ 0xFFFF'FFFFU;
}

static_assert(crc32("") == 0);
static_assert(crc32("123456789") == 0xCBF4'3926U); // the standard check value

} // namespace tlgen
