#pragma once

#include "HttpTypes.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>
#include <vector>

namespace devserver {

// Serves the real Discourse responses from tests/fixtures/discourse/responses byte for byte on
// the routes they were captured from (see SOURCES.md there); other routes fall through to the
// generated forum.
class FixtureStore
{
public:
    bool load(const QString &fixturesDir, QString *error);
    std::optional<Response> respond(const Request &request) const;
    QStringList routes() const;

private:
    struct Entry
    {
        QRegularExpression path;
        QString queryKey;   // empty: any query; else this parameter must equal queryValue
        QString queryValue; // "" with a key: the parameter must be absent
        QByteArray body;
        QString file;
    };
    std::vector<Entry> m_entries;
};

} // namespace devserver
