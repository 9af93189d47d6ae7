#pragma once

#include "net/Http.h"

#include <QString>

namespace outpost::store {
class StoreError;
}

namespace outpost::sync {

// Sentences for people about how a sync ended (context "outpost::sync").

// "The forum's request limit is used up … It will go on after 14:05 (in about 3 hours)."
// Times are in the local time zone and the default QLocale.
QString budgetStopMessage(qint64 resumeAtMs, qint64 nowMs);
// How long until then, in words: "in 5 minutes", "in about 3 hours", "in about 2 days".
QString waitInWords(qint64 waitMs);
QString offlineStopMessage(net::TransferError lastError);
QString cancelledMessage();
QString storeFailureMessage(const store::StoreError &error);

} // namespace outpost::sync
