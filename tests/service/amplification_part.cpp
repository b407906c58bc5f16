// Part AMPLIFICATION_PART of the amplification search (amplification_search.hpp): the boxed
// types of both schemas whose index in their chunk of tlgen's type lists is AMPLIFICATION_PART
// modulo the number of parts, each decoded in the three forms of amplification_inputs.hpp.
#include <algorithm>

#include <tlcodec/api/type_lists.hpp>
#include <tlcodec/mtproto/type_lists.hpp>
#include <tlcodec/service/rpc_answer.hpp>

#include "amplification_inputs.hpp"
#include "amplification_search.hpp"
#include "counting_allocator.hpp"

namespace service_support {
namespace {

struct requested_bytes {
  std::size_t bytes;
  tlcodec::errc code;
};

// What decode() requests from the allocator, and the error code it returns.
template <class Decode>
requested_bytes requested_by(Decode&& decode) {
  test_support::allocation_scope scope;
  const tlcodec::errc code = decode();
  scope.stop();
  return {scope.bytes(), code};
}

double per_byte(std::size_t bytes, std::size_t input) { return double(bytes) / double(input); }

template <class T>
void search_vector(amplification_findings& out, const tlcodec::decode_options& options) {
  const auto inputs = amplification_inputs_of<T>(64 * 1024);
  if (!inputs) {
    ++out.unencodable;
    return;
  }
  const auto decode = [&](const byte_vector& input) {
    return requested_by([&] {
      std::vector<T> value;
      return tlcodec::decode_into(input, value, options).code;
    });
  };
  const requested_bytes accepted = decode(inputs->accepted);
  const requested_bytes rejected = decode(inputs->rejected);
  if (accepted.code != tlcodec::errc::ok || rejected.code != tlcodec::errc::unexpected_constructor) ++out.vectors_wrong;
  out.over_budget += (accepted.bytes > options.max_decoded_bytes) + (rejected.bytes > options.max_decoded_bytes);
  out.vectors.push_back({std::string(T::tl_name), inputs->element_size,
                         per_byte(accepted.bytes, inputs->accepted.size()),
                         per_byte(rejected.bytes, inputs->rejected.size())});

  const auto answer = [&](const byte_vector& content) {
    const byte_vector input = gzip_answer_bytes(content);
    return requested_by([&] {
      tlcodec::rpc_answer<returning_vector_of<T>> value;
      return tlcodec::decode_rpc_answer_into(input, value, options).code;
    });
  };
  const requested_bytes answer_accepted = answer(inputs->accepted);
  const requested_bytes answer_rejected = answer(inputs->rejected);
  if (answer_accepted.code != tlcodec::errc::ok || answer_rejected.code != tlcodec::errc::unexpected_constructor)
    ++out.answers_wrong;
  out.over_budget +=
      (answer_accepted.bytes > options.max_decoded_bytes) + (answer_rejected.bytes > options.max_decoded_bytes);
  out.gzip_answers.push_back(
      {std::string(T::tl_name), std::max(per_byte(answer_accepted.bytes, inputs->accepted.size()),
                                         per_byte(answer_rejected.bytes, inputs->rejected.size()))});
}

template <class T>
void search_container(amplification_findings& out, const tlcodec::decode_options& options) {
  const auto inputs = container_inputs_of<T>(64 * 1024);
  if (!inputs) return;
  const auto decode = [&](const byte_vector& input) {
    return requested_by([&] { return tlcodec::decode<tlcodec::mtproto::msg_container>(input, options).error().code; });
  };
  const requested_bytes accepted = decode(inputs->accepted);
  const requested_bytes cut = decode(inputs->cut);
  if (cut.code == tlcodec::errc::ok) ++out.cut_containers_accepted;
  out.over_budget += (accepted.bytes > options.max_decoded_bytes) + (cut.bytes > options.max_decoded_bytes);
  if (accepted.code != tlcodec::errc::ok) {
    out.refused_as_bodies.emplace_back(T::tl_name);
    return;
  }
  out.containers.push_back({std::string(T::tl_name), std::max(per_byte(accepted.bytes, inputs->accepted.size()),
                                                              per_byte(cut.bytes, inputs->cut.size()))});
}

}  // namespace

template <int Part>
void search_amplification(amplification_findings& out) {
  const tlcodec::decode_options options = with_registry();
  const auto search_one = [&]<class T>() {
    search_vector<T>(out, options);
    search_container<T>(out, options);
  };
  for_each_type<Part, amplification_parts>(tlcodec::api::boxed_type_chunks{}, search_one);
  for_each_type<Part, amplification_parts>(tlcodec::mtproto::boxed_type_chunks{}, search_one);
}

template void search_amplification<AMPLIFICATION_PART>(amplification_findings&);

}  // namespace service_support
