// tlcodec/service/rpc_answer.hpp: an rpc_result decoded for the function that was called (docs/tl-binary.md §8).
//
//   auto answer = tlcodec::decode_rpc_answer<tlcodec::api::phone::confirmCall>(bytes);
//   if (!answer) …                                    // malformed: answer.error() says where
//   if (auto* call = std::get_if<tlcodec::api::phone::PhoneCall>(&answer->outcome)) …
//   if (auto* e = std::get_if<tlcodec::mtproto::rpc_error>(&answer->outcome))
//     if (tlcodec::split_rpc_error(e->error_message).name == "FLOOD_WAIT") …
//
// The result is the function's result_type or an rpc_error, either of them possibly
// gzip_packed (unpacked here, within decode_options::max_unpacked_size). Unlike an Object,
// a result of type Vector<long> or Bool decodes too: the type comes from the function.
// Needs zlib (link -lz).
//
// View mode (decode_rpc_answer<view_of<F>>): the result points into the input, which must
// outlive it (a temporary input does not compile), or, when the server gzip_packed it, into the
// unpacked bytes, which the answer owns (`unpacked`, shared by its copies).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <variant>
#include <vector>

#include <tlcodec/decode.hpp>
#include <tlcodec/mtproto/types/RpcError.hpp>
#include <tlcodec/mtproto/types/RpcResult.hpp>
#include <tlcodec/service/gzip_packed.hpp>

namespace tlcodec {

template <class Function>
struct rpc_answer {
  std::int64_t req_msg_id = 0;
  std::variant<typename Function::result_type, mtproto::rpc_error> outcome;
  // View mode only: the unpacked bytes of a gzip_packed result, which outcome points into.
  std::shared_ptr<const std::vector<std::byte>> unpacked;

  friend bool operator==(const rpc_answer& a, const rpc_answer& b) {
    return a.req_msg_id == b.req_msg_id && a.outcome == b.outcome;
  }
};

namespace detail {

template <class Result>
void read_rpc_answer_outcome(span_reader& in, std::variant<Result, mtproto::rpc_error>& value,
                             std::shared_ptr<const std::vector<std::byte>>& unpacked) {
  const std::size_t at = in.offset();
  if (in.remaining() < 4) [[unlikely]]
    return in.fail(errc::truncated, at);
  const std::uint32_t id = peek_u32(in);
  if (id == mtproto::rpc_error::constructor_id) {
    read_value(in, value.template emplace<1>(), wire::boxed{});
  } else if (id == gzip_packed_id) {
    in.take(4);
    nested(in, at, [&] {
      std::vector<std::byte> kept;
      const auto decode = [&](span_reader& content) { read_rpc_answer_outcome(content, value, unpacked); };
      if (service::read_gzip_packed(in, at, decode, borrows_input<Result> ? &kept : nullptr) && borrows_input<Result> &&
          charge(in, sizeof(kept) + shared_owner_size, at))  // the shared block that keeps them
        unpacked = std::make_shared<const std::vector<std::byte>>(std::move(kept));
    });
  } else {
    read_value(in, value.template emplace<0>(), wire::boxed{});
  }
}

}  // namespace detail

// Decodes input as one rpc_result answering a call of Function. In strict mode bytes after it
// are errc::trailing_bytes (cut an encrypted message's body by its length first).
template <class Function>
error decode_rpc_answer_into(std::span<const std::byte> input, rpc_answer<Function>& answer,
                             const decode_options& options = {}) {
  span_reader in(input, options);
  const std::uint32_t id = read_u32(in);
  if (!in.failed() && id != mtproto::rpc_result::constructor_id) [[unlikely]] {
    in.fail(errc::unexpected_constructor, 0);
    return in.status();
  }
  answer.req_msg_id = static_cast<std::int64_t>(read_u64(in));
  answer.unpacked.reset();
  detail::walk_catching_bad_alloc(in, [&] {
    detail::nested(in, 0, [&] { detail::read_rpc_answer_outcome(in, answer.outcome, answer.unpacked); });
  });
  in.state().note_constructor(mtproto::rpc_result::constructor_id);
  if (options.strict && !in.failed() && in.remaining() != 0) [[unlikely]]
    in.fail(errc::trailing_bytes, in.offset());
  return in.status();
}

template <class Function>
result<rpc_answer<Function>> decode_rpc_answer(std::span<const std::byte> input, const decode_options& options = {}) {
  rpc_answer<Function> answer;
  const error err = decode_rpc_answer_into(input, answer, options);
  return {std::move(answer), err};
}

template <class Function, byte_buffer Range>
result<rpc_answer<Function>> decode_rpc_answer(const Range& input, const decode_options& options = {}) {
  return decode_rpc_answer<Function>(as_byte_span(input), options);
}

// View mode from a temporary input would point into freed bytes (as decode<view_of<T>> refuses).
// Laid out by hand: clang-format 14 mangles requires clauses.
// clang-format off
template <class Function, byte_buffer Range>
  requires(borrows_input<typename Function::result_type> && temporary_buffer<Range>)
result<rpc_answer<Function>> decode_rpc_answer(Range&& input, const decode_options& options = {}) = delete;
// clang-format on

}  // namespace tlcodec
