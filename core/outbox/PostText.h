#pragma once

// How the outbox decides that a post it finds on the forum is the one it sent: the forum
// keeps the text as sent, except that it may turn line endings, unusual spaces and trailing
// white space into something else (PostCreator normalises white space and strips the end).
// Both sides are brought to one form before they are compared.

#include <QString>

namespace outpost::outbox {

// Unicode NFC; zero-width spaces and byte order marks go; CR LF and lone CR become LF; every
// other kind of space (no-break, thin, ideographic, tabs, ...) becomes one ordinary space and
// runs of them collapse (indentation keeps one); spaces at the end of each line go; blank lines
// at the start and the end go, and runs of blank lines inside become one. Case and everything
// else stay as they are.
QString comparableText(QStringView raw);
bool sameText(QStringView a, QStringView b);

// Titles: the forum may tidy a title (capitalise it, drop repeated punctuation), so only its
// letters and digits count, case-folded.
QString comparableTitle(QStringView title);
bool sameTitle(QStringView a, QStringView b);

} // namespace outpost::outbox
