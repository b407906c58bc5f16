// The ODR test: odr_a.cpp and odr_b.cpp include the same public headers (this one) and
// instantiate the same templates; linked into one program, any header that defines a
// non-inline function or variable fails the link, and the two halves must agree at run time.
#pragma once

#include <string>
#include <vector>

#include <tlcodec/api/phone.hpp>
#include <tlcodec/gzip.hpp>
#include <tlcodec/mtproto/all.hpp>
#include <tlcodec/object_type.hpp>
#include <tlcodec/registry.hpp>
#include <tlcodec/service/rpc_answer.hpp>
#include <tlcodec/testing/arbitrary.hpp>
#include <tlcodec/text.hpp>
#include <tlcodec/tlcodec.hpp>

namespace odr_test {

// An arbitrary phone.PhoneCall (seeded), gzip_packed in an rpc_result; and its text.
std::vector<std::byte> encode_in_a(std::uint64_t seed);
std::string text_in_a(std::uint64_t seed);
// Decodes what encode_in_a wrote as the answer to phone.confirmCall: its text, or the error.
std::string text_in_b(const std::vector<std::byte>& bytes);

}  // namespace odr_test
