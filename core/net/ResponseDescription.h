#pragma once

#include "net/Http.h"

#include <QString>

namespace outpost::net {

// A translated sentence that tells a person what went wrong with a request and what they can
// do about it (context "outpost::net"). Empty for a successful response. Technical detail
// (HttpResponse::errorDetail) belongs beside it, never instead of it.
QString describeForPeople(const HttpResponse &response);

// The sentence for a transfer that produced no HTTP response. Empty for TransferError::None.
QString describeForPeople(TransferError error);

// A short untranslated name for logs ("connect", "stalled", ...).
QByteArray technicalName(TransferError error);

} // namespace outpost::net
