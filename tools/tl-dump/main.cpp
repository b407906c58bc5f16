// tl-dump: decodes TL bytes and prints them in the TL text form.
//
//   tl-dump [--hex | --base64 | --raw] [--type NAME | --mtproto] [--lenient] [FILE | -]
//
// Input from FILE or standard input: hex (spaces, ':' and '|' allowed), base64, or raw bytes;
// recognised in that order unless a flag says which. Decoded as
//  - by default, one boxed value: any constructor or function of the api and mtproto schemas,
//    or a boxed Vector of boxed values (else of ints or longs, as the bytes left suggest);
//  - `--type NAME`: a constructor, function or boxed type name (phone.PhoneCall), or a
//    Vector<T> (Vector<long>, Vector<User>);
//  - `--mtproto`: a decrypted MTProto message (salt, session_id, msg_id, seq_no, length, body,
//    padding) or an unencrypted one (auth_key_id 0, msg_id, length, body), whose body may be a
//    container, an rpc_result, gzip_packed...
// Inside a message body or an rpc_result an unknown constructor prints as opaque with its id;
// at top level, where its length is unknown, it is an error.
//
// Exit status: 0 decoded; 1 malformed input, with one message on standard error (the errc,
// byte offset, innermost constructor id and a hex window); 2 usage or I/O error.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include <tlcodec/format_error.hpp>
#include <tlcodec/object_type.hpp>
#include <tlcodec/registry.hpp>
#include <tlcodec/text.hpp>

#include "input.hpp"
#include "vector.hpp"

namespace {

struct command_line {
  tl_dump::input_format format = tl_dump::input_format::detect;
  std::string type;
  bool mtproto = false;
  bool strict = true;
  std::string path = "-";
};

constexpr std::string_view usage_text =
    "usage: tl-dump [--hex | --base64 | --raw] [--type NAME | --mtproto] [--lenient] [FILE | -]\n";

[[noreturn]] void usage_error(const std::string& problem) {
  std::cerr << "tl-dump: " << problem << "\n" << usage_text;
  std::exit(2);
}

command_line parse_args(int argc, char** argv) {
  command_line cl;
  bool have_path = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--hex") cl.format = tl_dump::input_format::hex;
    else if (arg == "--base64") cl.format = tl_dump::input_format::base64;
    else if (arg == "--raw") cl.format = tl_dump::input_format::raw;
    else if (arg == "--mtproto") cl.mtproto = true;
    else if (arg == "--lenient") cl.strict = false;
    else if (arg == "--type") {
      if (++i >= argc) usage_error("--type needs a name");
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
  if (cl.mtproto && !cl.type.empty()) usage_error("--type and --mtproto exclude each other");
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
  return content.str();
}

// Whether a constructor is what --type NAME asks for: it, its boxed type, or a function; any
// of them for Object.
bool matches(const tlcodec::object_type& type, std::string_view name) {
  return name == "Object" || type.name == name || (type.type == name && !type.is_function);
}

bool known_name(const tlcodec::object_registry& registry, std::string_view name) {
  if (const auto vector = tl_dump::parse_vector_type(name))
    return vector->what != tl_dump::element_type::boxed || known_name(registry, vector->boxed_name);
  for (const tlcodec::object_type* type : registry.types())
    if (matches(*type, name)) return true;
  return false;
}

// A boxed Vector: its elements as --type says, or as guess_element_type() finds them.
void decode_vector(tlcodec::span_reader& in, std::string& out, const std::optional<tl_dump::element_type>& wanted,
                   const tlcodec::object_registry& registry) {
  in.take(4);
  const std::size_t count_at = in.offset();
  const auto count = static_cast<std::int32_t>(in.read_u32());
  if (in.failed()) return;
  if (count < 0 || static_cast<std::size_t>(count) > in.remaining() / 4)
    return in.fail(tlcodec::errc::invalid_count, count_at);
  const std::span<const std::byte> body = in.input().subspan(in.offset(), in.remaining());
  const auto type = wanted ? *wanted : tl_dump::guess_element_type(body, static_cast<std::uint32_t>(count), registry);
  tl_dump::dump_elements(in, static_cast<std::uint32_t>(count), type, out, [&](std::uint32_t id, std::string_view name) {
    const tlcodec::object_type* element = registry.find(id);
    return element && (name.empty() || matches(*element, name));
  });
}

// One boxed value at top level. Its length is unknown, so an id the registry does not know
// is an error here (inside a message or an rpc_result it would print as opaque).
void decode_value(tlcodec::span_reader& in, std::string& out, std::string_view type_name,
                  const tlcodec::object_registry& registry) {
  if (in.remaining() < 4) return in.fail(tlcodec::errc::truncated, in.offset());
  const auto id = tlcodec::detail::load_le<std::uint32_t>(in.take(0));
  const auto vector_type = tl_dump::parse_vector_type(type_name);
  if (id == tl_dump::vector_id && (type_name.empty() || vector_type)) return decode_vector(in, out, vector_type, registry);
  const tlcodec::object_type* type = registry.find(id);
  if (!type || vector_type || (!type_name.empty() && !matches(*type, type_name)))
    return in.fail(tlcodec::errc::unexpected_constructor, in.offset());
  tlcodec::object value;
  tlcodec::detail::read_object(in, value, false);
  if (!in.failed()) out = tlcodec::to_text(value);
}

std::string field(std::string_view name, long long value) {
  return "\n  " + std::string(name) + ": " + std::to_string(value);
}

// The header of a decrypted (or unencrypted) MTProto message, then its body as an Object.
void decode_message(tlcodec::span_reader& in, std::string& out) {
  const std::uint64_t first = in.read_u64();
  const bool unencrypted = first == 0;
  out += unencrypted ? "unencrypted_message {" : "decrypted_message {";
  if (unencrypted) {
    out += field("auth_key_id", 0);
  } else {
    out += field("salt", static_cast<std::int64_t>(first));
    out += field("session_id", static_cast<std::int64_t>(in.read_u64()));
  }
  out += field("msg_id", static_cast<std::int64_t>(in.read_u64()));
  if (!unencrypted) out += field("seq_no", static_cast<std::int32_t>(in.read_u32()));
  tlcodec::object body;
  tlcodec::detail::read_length_prefixed(in, body, false);  // the body fills exactly its length
  if (in.failed()) return;
  out += field("length", static_cast<long long>(body.encoded_size()));
  out += "\n  body: ";
  tlcodec::detail::text_writer(out, 1).value(body);
  const std::size_t padding = in.remaining();
  in.take(padding);  // random padding (encrypted) is not TL
  if (padding != 0) out += field("padding_bytes", static_cast<long long>(padding));
  out += "\n}";
}

}  // namespace

int main(int argc, char** argv) {
  const command_line cl = parse_args(argc, argv);
  const auto content = read_all(cl.path);
  if (!content) {
    std::cerr << "tl-dump: cannot read " << cl.path << "\n";
    return 2;
  }
  const auto input = tl_dump::read_input(*content, cl.format);
  if (!input) {
    std::cerr << "tl-dump: the input is not valid " << (cl.format == tl_dump::input_format::base64 ? "base64" : "hex")
              << "\n";
    return 2;
  }
  const tlcodec::object_registry& registry = tlcodec::default_registry();
  if (!cl.type.empty() && !known_name(registry, cl.type)) usage_error("no constructor, function or type named " + cl.type);

  tlcodec::decode_options options;
  options.strict = cl.strict;
  options.registry = &registry;
  tlcodec::span_reader in(*input, options);
  std::string out;
  if (cl.mtproto) {
    decode_message(in, out);
  } else {
    decode_value(in, out, cl.type, registry);
  }
  if (cl.strict && !in.failed() && in.remaining() != 0) in.fail(tlcodec::errc::trailing_bytes, in.offset());
  if (in.failed()) {
    std::cerr << "tl-dump: malformed input: " << tlcodec::format_error(in.status(), *input);
    return 1;
  }
  std::cout << out << "\n";
  return 0;
}
