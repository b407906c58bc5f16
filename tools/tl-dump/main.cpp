// tl-dump: decodes TL bytes and prints them in the TL text form.
//
//   tl-dump [--hex | --base64 | --raw] [--type TYPE | --mtproto] [--lenient] [FILE | -]
//
// Input from FILE or standard input: hex (spaces, ':' and '|' allowed), base64, or raw bytes;
// recognised in that order unless a flag says which. Decoded as
//  - by default, one boxed value: any constructor or function of the api and mtproto schemas,
//    or a boxed Vector of boxed values (else of ints or longs, as the bytes left suggest);
//  - `--type TYPE`: a TL built-in (int, long, double, int128, int256, string, bytes, Bool, #),
//    a constructor, function or boxed type name (phone.PhoneCall), or a boxed Vector<T> or bare
//    vector<T> of any of these, nested (type_expression.hpp);
//  - `--mtproto`: a decrypted MTProto message (salt, session_id, msg_id, seq_no, length, body,
//    padding) or an unencrypted one (auth_key_id 0, msg_id, length, body), whose body may be a
//    container, an rpc_result, gzip_packed...
// Inside a message body or an rpc_result an unknown constructor prints as opaque with its id;
// at top level, where its length is unknown, it is an error. `--lenient` accepts what strict
// decoding rejects as non-canonical; lengths print as they are on the wire.
//
// The text is printed as it is made: the input is decoded once without printing (malformed
// input prints only its error), then again, printing.
//
// Exit status: 0 decoded; 1 malformed input, with one message on standard error (the errc,
// byte offset, innermost constructor id and a hex window, and for an input whose form was
// recognised, that form and the flags that force another); 2 usage or I/O error.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include <tlcodec/format_error.hpp>
#include <tlcodec/registry.hpp>
#include <tlcodec/text.hpp>

#include "dump.hpp"
#include "guess_type.hpp"
#include "input.hpp"
#include "message.hpp"
#include "type_expression.hpp"

namespace {

struct command_line {
  tl_dump::input_format format = tl_dump::input_format::detect;
  std::optional<std::string> type;
  bool mtproto = false;
  bool strict = true;
  std::string path = "-";
};

constexpr std::string_view usage_text =
    "usage: tl-dump [--hex | --base64 | --raw] [--type TYPE | --mtproto] [--lenient] [FILE | -]\n";

[[noreturn]] void usage_error(const std::string& problem) {
  std::cerr << "tl-dump: " << problem << "\n" << usage_text;
  std::exit(2);
}

command_line parse_args(int argc, char** argv) {
  command_line cl;
  bool have_path = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--hex")
      cl.format = tl_dump::input_format::hex;
    else if (arg == "--base64")
      cl.format = tl_dump::input_format::base64;
    else if (arg == "--raw")
      cl.format = tl_dump::input_format::raw;
    else if (arg == "--mtproto")
      cl.mtproto = true;
    else if (arg == "--lenient")
      cl.strict = false;
    else if (arg == "--type") {
      if (++i >= argc) usage_error("--type needs a type");
      cl.type = argv[i];
    } else if (arg == "--help" || arg == "-h") {
      std::cout << usage_text;
      std::exit(0);
    } else if (arg.size() > 1 && arg[0] == '-') {
      usage_error("unknown option " + std::string(arg));
    } else if (have_path) {
      usage_error("one input at most");
    } else {
      cl.path = arg;
      have_path = true;
    }
  }
  if (cl.mtproto && cl.type) usage_error("--type and --mtproto exclude each other");
  return cl;
}

std::optional<std::string> read_all(const std::string& path) {
  std::ostringstream content;
  if (path == "-") {
    content << std::cin.rdbuf();
  } else {
    if (std::filesystem::is_directory(path)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    content << in.rdbuf();
    if (in.bad()) return std::nullopt;
  }
  return std::move(content).str();
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);  // std::cout then buffers on its own: the text goes out in large writes
  const command_line cl = parse_args(argc, argv);
  const tlcodec::object_registry& registry = tlcodec::default_registry();
  std::optional<tl_dump::type_expression> type;
  if (cl.type) {
    tl_dump::type_parser parser(*cl.type, registry);
    type = parser.parse();
    if (!type) usage_error("--type: " + parser.error());
  }
  const auto content = read_all(cl.path);
  if (!content) {
    std::cerr << "tl-dump: cannot read " << cl.path << "\n";
    return 2;
  }
  const tl_dump::input input = tl_dump::read_input(*content, cl.format);
  const auto note = [&] { return input.detected ? tl_dump::detection_note(input) : ""; };
  if (!input.bytes) {
    std::cerr << "tl-dump: the input is not valid " << tl_dump::name_of(input.format) << "\n" << note();
    return 2;
  }
  if (!type && !cl.mtproto) type = tl_dump::guess_type(*input.bytes, registry);

  tlcodec::decode_options options;
  options.strict = cl.strict;
  options.registry = &registry;
  const auto dump = [&](tlcodec::text_writer* out) {
    if (cl.mtproto) return tl_dump::dump_message(*input.bytes, options, out);  // the whole input
    tlcodec::span_reader in(*input.bytes, options);
    tl_dump::dump(in, *type, out);
    if (cl.strict && !in.failed() && in.remaining() != 0) in.fail(tlcodec::errc::trailing_bytes, in.offset());
    return in.status();
  };
  // Decoded once without printing, so that malformed input prints nothing but the error.
  if (const tlcodec::error error = dump(nullptr)) {
    std::cerr << "tl-dump: malformed input: " << tlcodec::format_error(error, *input.bytes) << note();
    return 1;
  }
  tlcodec::text_writer out(std::cout);
  dump(&out);
  std::cout << '\n' << std::flush;
  if (!std::cout) {
    std::cerr << "tl-dump: cannot write the output\n";
    return 2;
  }
  return 0;
}
