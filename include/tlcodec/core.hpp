// tlcodec/core.hpp: what generated headers need: the data model and encode/decode.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

#include <tlcodec/bytes.hpp>
#include <tlcodec/decode.hpp>
#include <tlcodec/detail/instances.hpp>
#include <tlcodec/documented_error.hpp>
#include <tlcodec/encode.hpp>
#include <tlcodec/fwd.hpp>
#include <tlcodec/indirect.hpp>
#include <tlcodec/object.hpp>
#include <tlcodec/storage.hpp>
#include <tlcodec/variant.hpp>
#include <tlcodec/wide_int.hpp>
#include <tlcodec/wire.hpp>
