// Hand-written in exactly the form tlgen emits, for the runtime tests: the closure of the seed
// request phone.confirmCall#2efe1722 plus a few declarations that exercise what the seed does
// not (a boxed type with several constructors, a recursive type, shared flag bits, flags not
// first, a generic !X wrapper). Namespace seed:: so it never collides with the generated api.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

#include <tlcodec/core.hpp>

namespace seed::basic {

// inputPhoneCall#1e36fded id:long access_hash:long = InputPhoneCall;
template <class S>
struct inputPhoneCall {
  using tl_self = inputPhoneCall;
  static constexpr std::uint32_t constructor_id = 0x1e36fded;
  static constexpr std::string_view tl_name = "inputPhoneCall";
  static constexpr std::string_view tl_signature = "inputPhoneCall id:long access_hash:long = InputPhoneCall";
  static constexpr std::size_t tl_fixed_size = 16;
  static constexpr std::array<std::string_view, 2> tl_field_names = {"id", "access_hash"};

  std::int64_t id{};
  std::int64_t access_hash{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.id, ::tlcodec::wire::boxed{});
    visit(self.access_hash, ::tlcodec::wire::boxed{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::id, &T::access_hash>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};
template <class S>
using InputPhoneCall = ::seed::basic::inputPhoneCall<S>;

// phoneCallProtocol#fc878fc8 flags:# udp_p2p:flags.0?true udp_reflector:flags.1?true
//   min_layer:int max_layer:int library_versions:Vector<string> = PhoneCallProtocol;
template <class S>
struct phoneCallProtocol {
  using tl_self = phoneCallProtocol;
  static constexpr std::uint32_t constructor_id = 0xfc878fc8;
  static constexpr std::string_view tl_name = "phoneCallProtocol";
  static constexpr std::string_view tl_signature =
      "phoneCallProtocol flags:# min_layer:int max_layer:int library_versions:Vector string = PhoneCallProtocol";
  static constexpr std::array<std::string_view, 6> tl_field_names = {"flags",     "udp_p2p",   "udp_reflector",
                                                                     "min_layer", "max_layer", "library_versions"};

  ::tlcodec::reserved_flags flags{};
  bool udp_p2p{};
  bool udp_reflector{};
  std::int32_t min_layer{};
  std::int32_t max_layer{};
  typename S::template vector<typename S::string> library_versions{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.flags, ::tlcodec::wire::flags<0, 0x00000003>{});
    visit(self.udp_p2p, ::tlcodec::wire::when<0, 0>{});
    visit(self.udp_reflector, ::tlcodec::wire::when<0, 1>{});
    visit(self.min_layer, ::tlcodec::wire::boxed{});
    visit(self.max_layer, ::tlcodec::wire::boxed{});
    visit(self.library_versions, ::tlcodec::wire::boxed{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::flags, &T::udp_p2p, &T::udp_reflector, &T::min_layer, &T::max_layer,
                                       &T::library_versions>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};
template <class S>
using PhoneCallProtocol = ::seed::basic::phoneCallProtocol<S>;

namespace phone {
template <class S>
struct phoneCall;
template <class S>
using PhoneCall = ::seed::basic::phone::phoneCall<S>;

// phone.confirmCall#2efe1722 peer:InputPhoneCall g_a:bytes key_fingerprint:long
//   protocol:PhoneCallProtocol = phone.PhoneCall;
template <class S>
struct confirmCall {
  using tl_self = confirmCall;
  static constexpr std::uint32_t constructor_id = 0x2efe1722;
  static constexpr std::string_view tl_name = "phone.confirmCall";
  static constexpr std::string_view tl_signature =
      "phone.confirmCall peer:InputPhoneCall g_a:string key_fingerprint:long protocol:PhoneCallProtocol = "
      "phone.PhoneCall";
  static constexpr std::array<std::string_view, 4> tl_field_names = {"peer", "g_a", "key_fingerprint", "protocol"};
  using result_type = ::seed::basic::phone::PhoneCall<S>;
  static constexpr std::array<::tlcodec::documented_error, 2> tl_errors = {
      {{400, "CALL_ALREADY_DECLINED"}, {400, "CALL_PEER_INVALID"}}};

  ::seed::basic::InputPhoneCall<S> peer{};
  typename S::bytes g_a{};
  std::int64_t key_fingerprint{};
  ::seed::basic::PhoneCallProtocol<S> protocol{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.peer, ::tlcodec::wire::boxed{});
    visit(self.g_a, ::tlcodec::wire::boxed{});
    visit(self.key_fingerprint, ::tlcodec::wire::boxed{});
    visit(self.protocol, ::tlcodec::wire::boxed{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::peer, &T::g_a, &T::key_fingerprint, &T::protocol>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};
}  // namespace phone

// emojiStatus#e7ff068a flags:# document_id:long until:flags.0?int = EmojiStatus;  (docs/tl-binary.md §5)
template <class S>
struct emojiStatus {
  using tl_self = emojiStatus;
  static constexpr std::uint32_t constructor_id = 0xe7ff068a;
  static constexpr std::string_view tl_name = "emojiStatus";
  static constexpr std::string_view tl_signature =
      "emojiStatus flags:# document_id:long until:flags.0?int = EmojiStatus";
  static constexpr std::array<std::string_view, 3> tl_field_names = {"flags", "document_id", "until"};

  ::tlcodec::reserved_flags flags{};
  std::int64_t document_id{};
  std::optional<std::int32_t> until{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.flags, ::tlcodec::wire::flags<0, 0x00000001>{});
    visit(self.document_id, ::tlcodec::wire::boxed{});
    visit(self.until, ::tlcodec::wire::when<0, 0>{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::flags, &T::document_id, &T::until>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};

// codeSettings#ad253d78: token and app_sandbox share bit 8; logout_tokens is Vector<bytes>.
template <class S>
struct codeSettings {
  using tl_self = codeSettings;
  static constexpr std::uint32_t constructor_id = 0xad253d78;
  static constexpr std::string_view tl_name = "codeSettings";
  static constexpr std::string_view tl_signature =
      "codeSettings flags:# logout_tokens:flags.6?Vector bytes token:flags.8?string app_sandbox:flags.8?Bool = "
      "CodeSettings";
  static constexpr std::array<std::string_view, 10> tl_field_names = {
      "flags",          "allow_flashcall", "current_number", "allow_app_hash", "allow_missed_call",
      "allow_firebase", "unknown_number",  "logout_tokens",  "token",          "app_sandbox"};

  ::tlcodec::reserved_flags flags{};
  bool allow_flashcall{};
  bool current_number{};
  bool allow_app_hash{};
  bool allow_missed_call{};
  bool allow_firebase{};
  bool unknown_number{};
  std::optional<typename S::template vector<typename S::bytes>> logout_tokens{};
  std::optional<typename S::string> token{};
  std::optional<bool> app_sandbox{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.flags, ::tlcodec::wire::flags<0, 0x000003f3>{});
    visit(self.allow_flashcall, ::tlcodec::wire::when<0, 0>{});
    visit(self.current_number, ::tlcodec::wire::when<0, 1>{});
    visit(self.allow_app_hash, ::tlcodec::wire::when<0, 4>{});
    visit(self.allow_missed_call, ::tlcodec::wire::when<0, 5>{});
    visit(self.allow_firebase, ::tlcodec::wire::when<0, 7>{});
    visit(self.unknown_number, ::tlcodec::wire::when<0, 9>{});
    visit(self.logout_tokens, ::tlcodec::wire::when<0, 6>{});
    visit(self.token, ::tlcodec::wire::when<0, 8, ::tlcodec::wire::boxed, true>{});
    visit(self.app_sandbox, ::tlcodec::wire::when<0, 8, ::tlcodec::wire::boxed, true>{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::flags, &T::allow_flashcall, &T::current_number, &T::allow_app_hash,
                                       &T::allow_missed_call, &T::allow_firebase, &T::unknown_number, &T::logout_tokens,
                                       &T::token, &T::app_sandbox>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};

// PhoneConnection: a boxed type with two constructors.
template <class S>
struct phoneConnection {
  using tl_self = phoneConnection;
  static constexpr std::uint32_t constructor_id = 0x9cc123c7;
  static constexpr std::string_view tl_name = "phoneConnection";
  static constexpr std::string_view tl_signature =
      "phoneConnection flags:# id:long ip:string ipv6:string port:int peer_tag:string = PhoneConnection";
  static constexpr bool tl_held_indirectly = true;  // large: its boxed type holds it indirectly (on the heap)
  static constexpr std::array<std::string_view, 7> tl_field_names = {"flags", "tcp",  "id",      "ip",
                                                                     "ipv6",  "port", "peer_tag"};

  ::tlcodec::reserved_flags flags{};
  bool tcp{};
  std::int64_t id{};
  typename S::string ip{};
  typename S::string ipv6{};
  std::int32_t port{};
  typename S::bytes peer_tag{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.flags, ::tlcodec::wire::flags<0, 0x00000001>{});
    visit(self.tcp, ::tlcodec::wire::when<0, 0>{});
    visit(self.id, ::tlcodec::wire::boxed{});
    visit(self.ip, ::tlcodec::wire::boxed{});
    visit(self.ipv6, ::tlcodec::wire::boxed{});
    visit(self.port, ::tlcodec::wire::boxed{});
    visit(self.peer_tag, ::tlcodec::wire::boxed{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::flags, &T::tcp, &T::id, &T::ip, &T::ipv6, &T::port, &T::peer_tag>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};

template <class S>
struct phoneConnectionWebrtc {
  using tl_self = phoneConnectionWebrtc;
  static constexpr std::uint32_t constructor_id = 0x635fe375;
  static constexpr std::string_view tl_name = "phoneConnectionWebrtc";
  static constexpr std::string_view tl_signature =
      "phoneConnectionWebrtc flags:# id:long ip:string ipv6:string port:int username:string password:string = "
      "PhoneConnection";
  static constexpr bool tl_held_indirectly = true;  // large: its boxed type holds it indirectly (on the heap)
  static constexpr std::array<std::string_view, 9> tl_field_names = {"flags", "turn", "stun",     "id",      "ip",
                                                                     "ipv6",  "port", "username", "password"};

  ::tlcodec::reserved_flags flags{};
  bool turn{};
  bool stun{};
  std::int64_t id{};
  typename S::string ip{};
  typename S::string ipv6{};
  std::int32_t port{};
  typename S::string username{};
  typename S::string password{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.flags, ::tlcodec::wire::flags<0, 0x00000003>{});
    visit(self.turn, ::tlcodec::wire::when<0, 0>{});
    visit(self.stun, ::tlcodec::wire::when<0, 1>{});
    visit(self.id, ::tlcodec::wire::boxed{});
    visit(self.ip, ::tlcodec::wire::boxed{});
    visit(self.ipv6, ::tlcodec::wire::boxed{});
    visit(self.port, ::tlcodec::wire::boxed{});
    visit(self.username, ::tlcodec::wire::boxed{});
    visit(self.password, ::tlcodec::wire::boxed{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::flags, &T::turn, &T::stun, &T::id, &T::ip, &T::ipv6, &T::port,
                                       &T::username, &T::password>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};

template <class S>
struct PhoneConnection : ::tlcodec::variant<PhoneConnection<S>, ::seed::basic::phoneConnection<S>,
                                            ::seed::basic::phoneConnectionWebrtc<S>> {
  using PhoneConnection::variant::variant;
  PhoneConnection() {}
  static constexpr std::string_view tl_name = "PhoneConnection";

  template <class F>
  static constexpr decltype(auto) with_index(std::size_t index, F&& f) {
    switch (index) {
      case 0: return f(std::type_identity<::seed::basic::phoneConnection<S>>{});
      case 1: return f(std::type_identity<::seed::basic::phoneConnectionWebrtc<S>>{});
      default: __builtin_unreachable();
    }
  }
  static constexpr int index_of(std::uint32_t id) noexcept {
    switch (id) {
      case 0x9cc123c7: return 0;
      case 0x635fe375: return 1;
      default: return -1;
    }
  }
};

// RichText (5 of its 16 constructors): textBold and textUrl close a cycle through an indirect;
// textConcat recurses through a vector, which needs none.
template <class S>
struct RichText;

template <class S>
struct textEmpty {
  using tl_self = textEmpty;
  static constexpr std::uint32_t constructor_id = 0xdc3d824f;
  static constexpr std::string_view tl_name = "textEmpty";
  static constexpr std::string_view tl_signature = "textEmpty = RichText";
  static constexpr std::size_t tl_fixed_size = 0;
  static constexpr std::array<std::string_view, 0> tl_field_names = {};

  template <class Self, class Visit>
  static constexpr void each_field(Self&, Visit&&) {}
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};

template <class S>
struct textPlain {
  using tl_self = textPlain;
  static constexpr std::uint32_t constructor_id = 0x744694e0;
  static constexpr std::string_view tl_name = "textPlain";
  static constexpr std::string_view tl_signature = "textPlain text:string = RichText";
  static constexpr std::array<std::string_view, 1> tl_field_names = {"text"};

  typename S::string text{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.text, ::tlcodec::wire::boxed{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::text>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};

template <class S>
struct textBold {
  using tl_self = textBold;
  static constexpr std::uint32_t constructor_id = 0x6724abc4;
  static constexpr std::string_view tl_name = "textBold";
  static constexpr std::string_view tl_signature = "textBold text:RichText = RichText";
  static constexpr std::array<std::string_view, 1> tl_field_names = {"text"};

  typename S::template indirect<::seed::basic::RichText<S>> text{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.text, ::tlcodec::wire::boxed{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::text>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};

template <class S>
struct textUrl {
  using tl_self = textUrl;
  static constexpr std::uint32_t constructor_id = 0x3c2884c1;
  static constexpr std::string_view tl_name = "textUrl";
  static constexpr std::string_view tl_signature = "textUrl text:RichText url:string webpage_id:long = RichText";
  static constexpr std::array<std::string_view, 3> tl_field_names = {"text", "url", "webpage_id"};

  typename S::template indirect<::seed::basic::RichText<S>> text{};
  typename S::string url{};
  std::int64_t webpage_id{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.text, ::tlcodec::wire::boxed{});
    visit(self.url, ::tlcodec::wire::boxed{});
    visit(self.webpage_id, ::tlcodec::wire::boxed{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::text, &T::url, &T::webpage_id>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};

template <class S>
struct textConcat {
  using tl_self = textConcat;
  static constexpr std::uint32_t constructor_id = 0x7e6260d7;
  static constexpr std::string_view tl_name = "textConcat";
  static constexpr std::string_view tl_signature = "textConcat texts:Vector RichText = RichText";
  static constexpr std::array<std::string_view, 1> tl_field_names = {"texts"};

  typename S::template vector<::seed::basic::RichText<S>> texts{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.texts, ::tlcodec::wire::boxed{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::texts>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};

template <class S>
struct RichText
    : ::tlcodec::variant<RichText<S>, ::seed::basic::textEmpty<S>, ::seed::basic::textPlain<S>,
                         ::seed::basic::textBold<S>, ::seed::basic::textUrl<S>, ::seed::basic::textConcat<S>> {
  using RichText::variant::variant;
  RichText() {}
  static constexpr std::string_view tl_name = "RichText";

  template <class F>
  static constexpr decltype(auto) with_index(std::size_t index, F&& f) {
    switch (index) {
      case 0: return f(std::type_identity<::seed::basic::textEmpty<S>>{});
      case 1: return f(std::type_identity<::seed::basic::textPlain<S>>{});
      case 2: return f(std::type_identity<::seed::basic::textBold<S>>{});
      case 3: return f(std::type_identity<::seed::basic::textUrl<S>>{});
      case 4: return f(std::type_identity<::seed::basic::textConcat<S>>{});
      default: __builtin_unreachable();
    }
  }
  static constexpr int index_of(std::uint32_t id) noexcept {
    switch (id) {
      case 0xdc3d824f: return 0;
      case 0x744694e0: return 1;
      case 0x6724abc4: return 2;
      case 0x3c2884c1: return 3;
      case 0x7e6260d7: return 4;
      default: return -1;
    }
  }
};

namespace help {
template <class S>
struct config;  // only named, as the result type of getConfig

// help.getConfig#c4f9186b = Config;
template <class S>
struct getConfig {
  using tl_self = getConfig;
  static constexpr std::uint32_t constructor_id = 0xc4f9186b;
  static constexpr std::string_view tl_name = "help.getConfig";
  static constexpr std::string_view tl_signature = "help.getConfig = Config";
  static constexpr std::size_t tl_fixed_size = 0;
  static constexpr std::array<std::string_view, 0> tl_field_names = {};
  using result_type = ::seed::basic::help::config<S>;
  static constexpr std::array<::tlcodec::documented_error, 0> tl_errors = {};

  template <class Self, class Visit>
  static constexpr void each_field(Self&, Visit&&) {}
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};
}  // namespace help

// invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;  (generic: the result is X's)
template <class S, class X>
struct invokeWithLayer {
  using tl_self = invokeWithLayer;
  static constexpr std::uint32_t constructor_id = 0xda9b0d0d;
  static constexpr std::string_view tl_name = "invokeWithLayer";
  static constexpr std::string_view tl_signature = "invokeWithLayer X:Type layer:int query:!X = X";
  static constexpr std::array<std::string_view, 2> tl_field_names = {"layer", "query"};
  using result_type = typename X::result_type;

  std::int32_t layer{};
  X query{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.layer, ::tlcodec::wire::boxed{});
    visit(self.query, ::tlcodec::wire::boxed{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::layer, &T::query>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};

// future_salt#0949d9dc valid_since:int valid_until:int salt:long = FutureSalt;
template <class S>
struct future_salt {
  using tl_self = future_salt;
  static constexpr std::uint32_t constructor_id = 0x0949d9dc;
  static constexpr std::string_view tl_name = "future_salt";
  static constexpr std::string_view tl_signature = "future_salt valid_since:int valid_until:int salt:long = FutureSalt";
  static constexpr std::size_t tl_fixed_size = 16;
  static constexpr std::array<std::string_view, 3> tl_field_names = {"valid_since", "valid_until", "salt"};

  std::int32_t valid_since{};
  std::int32_t valid_until{};
  std::int64_t salt{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.valid_since, ::tlcodec::wire::boxed{});
    visit(self.valid_until, ::tlcodec::wire::boxed{});
    visit(self.salt, ::tlcodec::wire::boxed{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::valid_since, &T::valid_until, &T::salt>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};

// future_salts#ae500895 req_msg_id:long now:int salts:vector<future_salt> = FutureSalts;
// (a bare vector of bare constructors)
template <class S>
struct future_salts {
  using tl_self = future_salts;
  static constexpr std::uint32_t constructor_id = 0xae500895;
  static constexpr std::string_view tl_name = "future_salts";
  static constexpr std::string_view tl_signature =
      "future_salts req_msg_id:long now:int salts:vector future_salt = FutureSalts";
  static constexpr std::array<std::string_view, 3> tl_field_names = {"req_msg_id", "now", "salts"};

  std::int64_t req_msg_id{};
  std::int32_t now{};
  typename S::template vector<::seed::basic::future_salt<S>> salts{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.req_msg_id, ::tlcodec::wire::boxed{});
    visit(self.now, ::tlcodec::wire::boxed{});
    visit(self.salts, ::tlcodec::wire::vector<false, ::tlcodec::wire::bare>{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::req_msg_id, &T::now, &T::salts>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};

// rpc_error#2144ca19 error_code:int error_message:string = RpcError;  (docs/tl-binary.md §8)
template <class S>
struct rpc_error {
  using tl_self = rpc_error;
  static constexpr std::uint32_t constructor_id = 0x2144ca19;
  static constexpr std::string_view tl_name = "rpc_error";
  static constexpr std::string_view tl_signature = "rpc_error error_code:int error_message:string = RpcError";
  static constexpr std::array<std::string_view, 2> tl_field_names = {"error_code", "error_message"};

  std::int32_t error_code{};
  typename S::string error_message{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.error_code, ::tlcodec::wire::boxed{});
    visit(self.error_message, ::tlcodec::wire::boxed{});
  }
  struct hana_accessors_impl {
    template <class T = tl_self>
    static constexpr auto apply() {
      return ::tlcodec::hana_accessors<T, &T::error_code, &T::error_message>();
    }
  };
  friend bool operator==(const tl_self&, const tl_self&) = default;
};

}  // namespace seed::basic

// The owning aliases users name, as the generator emits them.
namespace seed {
using inputPhoneCall = basic::inputPhoneCall<::tlcodec::owning>;
using InputPhoneCall = basic::InputPhoneCall<::tlcodec::owning>;
using phoneCallProtocol = basic::phoneCallProtocol<::tlcodec::owning>;
using PhoneCallProtocol = basic::PhoneCallProtocol<::tlcodec::owning>;
using emojiStatus = basic::emojiStatus<::tlcodec::owning>;
using codeSettings = basic::codeSettings<::tlcodec::owning>;
using phoneConnection = basic::phoneConnection<::tlcodec::owning>;
using phoneConnectionWebrtc = basic::phoneConnectionWebrtc<::tlcodec::owning>;
using PhoneConnection = basic::PhoneConnection<::tlcodec::owning>;
using textEmpty = basic::textEmpty<::tlcodec::owning>;
using textPlain = basic::textPlain<::tlcodec::owning>;
using textBold = basic::textBold<::tlcodec::owning>;
using textUrl = basic::textUrl<::tlcodec::owning>;
using textConcat = basic::textConcat<::tlcodec::owning>;
using RichText = basic::RichText<::tlcodec::owning>;
template <class X>
using invokeWithLayer = basic::invokeWithLayer<::tlcodec::owning, X>;
using future_salt = basic::future_salt<::tlcodec::owning>;
using future_salts = basic::future_salts<::tlcodec::owning>;
using rpc_error = basic::rpc_error<::tlcodec::owning>;
namespace phone {
using confirmCall = basic::phone::confirmCall<::tlcodec::owning>;
using PhoneCall = basic::phone::PhoneCall<::tlcodec::owning>;
}  // namespace phone
namespace help {
using getConfig = basic::help::getConfig<::tlcodec::owning>;
}  // namespace help
}  // namespace seed
