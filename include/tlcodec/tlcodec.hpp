// tlcodec/tlcodec.hpp: the whole schema-independent runtime.
#pragma once

#include <tlcodec/core.hpp>
#include <tlcodec/crc32.hpp>
#include <tlcodec/error.hpp>
#include <tlcodec/format_error.hpp>
#include <tlcodec/object_type.hpp>
#include <tlcodec/options.hpp>
#include <tlcodec/reader.hpp>
#include <tlcodec/reflect.hpp>
#include <tlcodec/registry.hpp>
#include <tlcodec/result.hpp>
#include <tlcodec/rpc_error.hpp>
#include <tlcodec/service/message.hpp>
#include <tlcodec/text.hpp>
#include <tlcodec/writer.hpp>
