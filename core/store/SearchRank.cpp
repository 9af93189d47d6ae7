#include "store/SearchRank.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace outpost::store {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// Per query: average column lengths, computed on the first row and kept as aux data.
struct QueryData
{
    std::vector<double> averageLength;
    std::vector<double> termFrequency; // scratch: [phrase * columns + column]
};

void deleteQueryData(void *data)
{
    delete static_cast<QueryData *>(data);
}

QueryData *queryData(const Fts5ExtensionApi *api, Fts5Context *fts, int &rc)
{
    auto *data = static_cast<QueryData *>(api->xGetAuxdata(fts, 0));
    if (data)
        return data;
    auto fresh = std::make_unique<QueryData>();
    const int columns = api->xColumnCount(fts);
    sqlite3_int64 rows = 0;
    rc = api->xRowCount(fts, &rows);
    for (int c = 0; rc == SQLITE_OK && c < columns; ++c) {
        sqlite3_int64 total = 0;
        rc = api->xColumnTotalSize(fts, c, &total);
        fresh->averageLength.push_back(rows > 0 ? double(total) / double(rows) : 1.0);
    }
    if (rc != SQLITE_OK)
        return nullptr;
    fresh->termFrequency.resize(size_t(api->xPhraseCount(fts) * columns));
    data = fresh.release();
    rc = api->xSetAuxdata(fts, data, deleteQueryData);
    return rc == SQLITE_OK ? data : nullptr;
}

void outpostRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
                 sqlite3_value **argv)
{
    int rc = SQLITE_OK;
    QueryData *data = queryData(api, fts, rc);
    if (!data) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const int columns = int(data->averageLength.size());
    std::fill(data->termFrequency.begin(), data->termFrequency.end(), 0.0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            data->termFrequency[size_t(phrase * columns + column)] += 1.0;
    }
    double score = 0;
    for (int c = 0; rc == SQLITE_OK && c < columns; ++c) {
        const double weight = c < argc ? sqlite3_value_double(argv[c]) : 1.0;
        if (weight == 0.0)
            continue;
        int length = 0;
        rc = api->xColumnSize(fts, c, &length);
        const double norm = kK1 * (1.0 - kB + kB * double(length) / data->averageLength[size_t(c)]);
        for (size_t p = size_t(c); p < data->termFrequency.size(); p += size_t(columns)) {
            const double tf = data->termFrequency[p];
            if (tf > 0)
                score += weight * tf * (kK1 + 1.0) / (tf + norm);
        }
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    sqlite3_result_double(context, -score);
}

} // namespace

void SearchRank::registerWith(Database &db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    const int prepared = sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &stmt, nullptr);
    if (prepared != SQLITE_OK)
        db.throwError(prepared);
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (!api) {
        throw StoreError(StoreErrorKind::Internal,
                         QCoreApplication::translate(
                                 "outpost::store",
                                 "This copy of SQLite has no full-text search (FTS5), which "
                                 "Outpost needs."),
                         u"fts5_api unavailable"_s);
    }
    const int rc = api->xCreateFunction(api, name, nullptr, outpostRank, nullptr);
    if (rc != SQLITE_OK)
        throw StoreError::fromSqliteCode(rc, db.path(), u"registering the search rank"_s);
}

} // namespace outpost::store
