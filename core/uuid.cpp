#include "core/uuid.h"

#include "core/sha256.h"

#include <array>
#include <cstdint>
#include <random>

namespace hindsight::core::uuid {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// The 8-4-4-4-12 text form of 16 bytes.
std::string format(const std::array<std::uint8_t, 16> &bytes)
{
    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += '-';
        text += hexDigits[bytes[i] >> 4];
        text += hexDigits[bytes[i] & 0x0f];
    }
    return text;
}

void stamp(std::array<std::uint8_t, 16> &bytes, std::uint8_t version)
{
    bytes[6] = std::uint8_t((bytes[6] & 0x0f) | (version << 4));
    bytes[8] = std::uint8_t((bytes[8] & 0x3f) | 0x80); // the RFC 4122 variant
}

std::mt19937_64 &generator()
{
    thread_local std::mt19937_64 engine = [] {
        std::random_device device;
        std::seed_seq seed{device(), device(), device(), device(),
                           device(), device(), device(), device()};
        return std::mt19937_64(seed);
    }();
    return engine;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

std::string random()
{
    std::array<std::uint8_t, 16> bytes{};
    std::mt19937_64 &engine = generator();
    for (std::size_t i = 0; i < bytes.size(); i += 8) {
        const std::uint64_t word = engine();
        for (std::size_t b = 0; b < 8; ++b)
            bytes[i + b] = std::uint8_t(word >> (8 * b));
    }
    stamp(bytes, 4);
    return format(bytes);
}

std::string fromName(std::string_view name)
{
    const std::string digest = sha256Hex(name);
    std::array<std::uint8_t, 16> bytes{};
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = std::uint8_t(hexValue(digest[2 * i]) << 4 | hexValue(digest[2 * i + 1]));
    stamp(bytes, 8);
    return format(bytes);
}

bool isValid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : hexValue(text[i]) < 0)
            return false;
    }
    return true;
}

} // namespace hindsight::core::uuid
