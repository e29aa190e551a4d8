#include "core/storage/sqlite/fileheader.h"

#include <fmt/format.h>

#include <sys/stat.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <string_view>

namespace hindsight::core {

namespace {

constexpr std::string_view magic{"SQLite format 3\0", 16};
constexpr std::size_t headerSize = 100;
constexpr std::size_t userVersionOffset = 60; // a 4-byte big-endian integer (SQLite file format)

} // namespace

Error FileHeader::check(const std::string &path, int latestVersion)
{
    if (path == ":memory:")
        return {};
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0)
        return errno == ENOENT ? Error{}
                               : Error{Error::Code::CannotOpen, path, std::strerror(errno)};
    if (!S_ISREG(st.st_mode))
        return Error{Error::Code::CannotOpen, path, "not a regular file"};
    if (st.st_size == 0)
        return Error{Error::Code::NotADatabase, path,
                     "the file is empty (0 bytes); remove it to start a new database there"};

    std::array<char, headerSize> header{};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{Error::Code::CannotOpen, path, std::strerror(errno)};
    in.read(header.data(), std::streamsize(header.size()));
    if (std::size_t(in.gcount()) < headerSize
        || std::string_view(header.data(), magic.size()) != magic)
        return Error{Error::Code::NotADatabase, path, "not an SQLite database"};

    std::uint32_t version = 0;
    for (std::size_t i = 0; i < 4; ++i)
        version = (version << 8) | std::uint8_t(header[userVersionOffset + i]);
    if (std::int64_t(std::int32_t(version)) > latestVersion)
        return Error{Error::Code::TooNew, path,
                     fmt::format("schema version {} is newer than {}", std::int32_t(version),
                                 latestVersion)};
    return {};
}

} // namespace hindsight::core
