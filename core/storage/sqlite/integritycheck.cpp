#include "core/storage/sqlite/integritycheck.h"

#include "core/storage/sqlite/walfile.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <sys/stat.h>

#include <memory>
#include <string>
#include <vector>

namespace hindsight::core {

namespace {

using Connection = std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)>;

long long sizeOf(const std::string &path)
{
    struct stat st
    {
    };
    return ::stat(path.c_str(), &st) == 0 ? static_cast<long long>(st.st_size) : -1;
}

Error damaged(const std::string &path, std::string detail)
{
    return {Error::Code::NotADatabase, path, std::move(detail)};
}

// The rows of a pragma, each row's columns joined; stops after `limit` rows.
struct Rows
{
    std::vector<std::vector<std::string>> rows;
    int rc = SQLITE_OK;
    std::string error;
};

Rows run(sqlite3 *db, const char *sql, int limit)
{
    Rows out;
    sqlite3_stmt *stmt = nullptr;
    out.rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (out.rc != SQLITE_OK) {
        out.error = sqlite3_errmsg(db);
        return out;
    }
    while ((out.rc = sqlite3_step(stmt)) == SQLITE_ROW && int(out.rows.size()) < limit) {
        std::vector<std::string> row;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            row.emplace_back(text ? text : "");
        }
        out.rows.push_back(std::move(row));
    }
    if (out.rc == SQLITE_ROW || out.rc == SQLITE_DONE)
        out.rc = SQLITE_OK;
    else
        out.error = sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    return out;
}

} // namespace

std::string IntegrityCheck::uri(const std::string &path, const std::string &query)
{
    std::string out = "file:";
    for (const unsigned char c : path) {
        if (c == '%' || c == '?' || c == '#' || c < 0x20 || c == 0x7f)
            out += fmt::format("%{:02X}", c);
        else
            out += char(c);
    }
    return query.empty() ? out : out + "?" + query;
}

Error IntegrityCheck::check(const std::string &path)
{
    if (sizeOf(path) <= 0)
        return {}; // new, or empty: FileHeader decides
    if (Error e = WalFile::check(path))
        return e;
    // With no log to read, nothing else can be in the database: an immutable open reads the file
    // alone and creates no -wal or -shm. With one, the log is read too (it has just been checked).
    const bool logToRead = sizeOf(path + "-wal") > 0;
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(uri(path, logToRead ? "mode=ro" : "mode=ro&immutable=1").c_str(),
                                   &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    Connection db(raw, &sqlite3_close_v2);
    if (rc != SQLITE_OK)
        return {Error::Code::CannotOpen, path, raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)};
    sqlite3_exec(db.get(), "PRAGMA trusted_schema=OFF", nullptr, nullptr, nullptr);

    const Rows quick = run(db.get(), "PRAGMA quick_check(5)", 5);
    if (quick.rc != SQLITE_OK) {
        const int primary = quick.rc & 0xff;
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
            return damaged(path, "the file is damaged: " + quick.error);
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            return {Error::Code::Busy, path, quick.error};
        return {Error::Code::CannotOpen, path, quick.error};
    }
    if (quick.rows.empty() || quick.rows.front().empty() || quick.rows.front().front() != "ok") {
        std::string detail = "the file is damaged";
        for (const auto &row : quick.rows)
            detail += "; " + (row.empty() ? std::string() : row.front());
        return damaged(path, detail);
    }

    // A row that points at a row that is not there: an interview without its candidate, a note
    // without its interview. Named by table and row.
    const Rows orphans = run(db.get(), "PRAGMA foreign_key_check", 5);
    if (orphans.rc != SQLITE_OK)
        return damaged(path, "the file is damaged: " + orphans.error);
    if (!orphans.rows.empty()) {
        const auto &row = orphans.rows.front();
        return damaged(path, fmt::format("row {} of table {} refers to a row of {} that is missing",
                                         row.size() > 1 ? row[1] : "?", row.at(0),
                                         row.size() > 2 ? row[2] : "?"));
    }
    return {};
}

} // namespace hindsight::core
