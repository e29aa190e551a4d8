#include "core/storage/sqlite/walfile.h"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <vector>

namespace hindsight::core {

namespace {

// The format, from https://www.sqlite.org/fileformat2.html#walformat.
constexpr std::uint32_t MagicLittleEndian = 0x377f0682;
constexpr std::uint32_t MagicBigEndian = 0x377f0683;
constexpr std::size_t HeaderSize = 32;
constexpr std::size_t FrameHeaderSize = 24;

std::uint32_t bigEndian(const unsigned char *p)
{
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8
           | std::uint32_t(p[3]);
}

// The running checksum of the log: pairs of 32-bit words in the order the magic names.
struct Checksum
{
    std::uint32_t s0 = 0;
    std::uint32_t s1 = 0;
    bool bigEndianWords = false;

    void add(const unsigned char *data, std::size_t size)
    {
        for (std::size_t i = 0; i + 8 <= size; i += 8) {
            std::uint32_t x0 = bigEndian(data + i);
            std::uint32_t x1 = bigEndian(data + i + 4);
            if (!bigEndianWords) {
                x0 = __builtin_bswap32(x0);
                x1 = __builtin_bswap32(x1);
            }
            s0 += x0 + s1;
            s1 += x1 + s0;
        }
    }
};

Error damaged(const std::string &wal, std::string detail)
{
    return {Error::Code::NotADatabase, wal, std::move(detail)};
}

Error checkBytes(const std::string &wal, const std::vector<unsigned char> &bytes)
{
    if (bytes.size() < HeaderSize)
        return {}; // a log cut off before its header holds nothing SQLite would read
    const unsigned char *header = bytes.data();
    const std::uint32_t magic = bigEndian(header);
    const std::uint32_t pageSize = bigEndian(header + 8);
    const bool framesFollow = bytes.size() >= HeaderSize + FrameHeaderSize;
    if (magic != MagicLittleEndian && magic != MagicBigEndian)
        return framesFollow ? damaged(wal, "the header of the write-ahead log is damaged") : Error{};
    Checksum sum;
    sum.bigEndianWords = magic == MagicBigEndian;
    sum.add(header, 24);
    if (sum.s0 != bigEndian(header + 24) || sum.s1 != bigEndian(header + 28))
        return framesFollow ? damaged(wal, "the header of the write-ahead log is damaged") : Error{};
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return damaged(wal, "the write-ahead log names an impossible page size");
    const std::uint32_t salt1 = bigEndian(header + 16), salt2 = bigEndian(header + 20);

    const std::size_t frameSize = FrameHeaderSize + pageSize;
    const std::size_t frames = (bytes.size() - HeaderSize) / frameSize;
    std::size_t firstBad = frames;
    for (std::size_t i = 0; i < frames; ++i) {
        const unsigned char *frame = header + HeaderSize + i * frameSize;
        if (bigEndian(frame + 8) != salt1 || bigEndian(frame + 12) != salt2) {
            firstBad = i; // a frame of an earlier generation of the log: the end of this one
            break;
        }
        Checksum next = sum;
        next.add(frame, 8);
        next.add(frame + FrameHeaderSize, pageSize);
        if (next.s0 != bigEndian(frame + 16) || next.s1 != bigEndian(frame + 20)) {
            firstBad = i;
            break;
        }
        sum = next;
    }
    // A commit of this generation after the break would be dropped: the log is damaged, not just
    // cut off by a crash in the middle of a transaction.
    for (std::size_t i = firstBad + 1; i < frames; ++i) {
        const unsigned char *frame = header + HeaderSize + i * frameSize;
        const bool thisGeneration = bigEndian(frame + 8) == salt1 && bigEndian(frame + 12) == salt2;
        if (thisGeneration && bigEndian(frame + 4) != 0) {
            return damaged(wal, fmt::format("frame {} of the write-ahead log is damaged; committed "
                                            "changes after it would be lost",
                                            firstBad + 1));
        }
    }
    return {};
}

std::vector<unsigned char> readAll(const std::string &path, bool &exists)
{
    std::ifstream in(path, std::ios::binary);
    exists = bool(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

Error WalFile::check(const std::string &databasePath)
{
    const std::string wal = databasePath + "-wal";
    bool exists = false;
    std::vector<unsigned char> bytes = readAll(wal, exists);
    if (!exists || bytes.empty())
        return {};
    Error e = checkBytes(wal, bytes);
    // Another process may be appending a transaction as it is read: a damaged log stays damaged
    // when read again, one caught in the middle of a write does not.
    for (int again = 0; e && again < 2; ++again) {
        std::vector<unsigned char> later = readAll(wal, exists);
        if (later == bytes)
            break;
        bytes = std::move(later);
        e = checkBytes(wal, bytes);
    }
    return e;
}

} // namespace hindsight::core
