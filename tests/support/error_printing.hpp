// Lets Catch2 print tlcodec::error and tlcodec::errc in failed assertions
// ("truncated at 8 in #2144ca19" instead of "{?}").
#pragma once

#include <cstdio>
#include <string>

#include <catch2/catch.hpp>

#include <tlcodec/error.hpp>

namespace Catch {

template <>
struct StringMaker<tlcodec::errc> {
  static std::string convert(tlcodec::errc code) { return tlcodec::describe(code); }
};

template <>
struct StringMaker<tlcodec::error> {
  static std::string convert(const tlcodec::error& err) {
    char id[16];
    std::snprintf(id, sizeof id, "%08x", static_cast<unsigned>(err.constructor_id));
    return std::string("{") + tlcodec::describe(err.code) + " at " + std::to_string(err.offset) + " in #" + id + "}";
  }
};

}  // namespace Catch
