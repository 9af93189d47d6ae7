#include "HandBackWait.h"

#include "auth/LoopbackReceiver.h"

#include <QEventLoop>
#include <QSocketNotifier>
#include <QTextStream>

#include <unistd.h>

namespace outpost::cli {

namespace {

// The pasted code spans several lines: it is complete at an empty line after some text, or at
// the end of input.
bool pasteComplete(const QByteArray &input, bool atEnd)
{
    if (input.trimmed().isEmpty())
        return false;
    if (atEnd)
        return true;
    // The part after the last newline is a line still being typed.
    const QList<QByteArray> lines = input.split('\n');
    bool seenText = false;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            seenText = true;
        else if (seenText)
            return true;
    }
    return false;
}

} // namespace

HandBackWait HandBackWait::wait(auth::LoopbackReceiver &receiver, QTextStream &err)
{
    HandBackWait result;
    QEventLoop loop;
    QByteArray input;
    bool stdinOpen = true;
    bool receiverWaiting = receiver.isListening();

    QObject::connect(&receiver, &auth::LoopbackReceiver::handedBack, &loop,
                     [&](const QString &payload) {
                         result.source = Source::HandedBack;
                         result.text = payload;
                         loop.quit();
                     });
    QString gaveUpMessage;
    QObject::connect(&receiver, &auth::LoopbackReceiver::gaveUp, &loop,
                     [&](const QString &message) {
                         receiverWaiting = false;
                         gaveUpMessage = message;
                         if (!stdinOpen) {
                             result.message = message;
                             loop.quit();
                             return;
                         }
                         err << message << Qt::endl;
                     });

    QSocketNotifier notifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        const bool atEnd = got <= 0;
        if (got > 0)
            input.append(buffer, qsizetype(got));
        if (pasteComplete(input, atEnd)) {
            result.source = Source::Pasted;
            result.text = QString::fromUtf8(input);
            loop.quit();
            return;
        }
        if (atEnd) {
            // Nothing pasted and nothing more to read: only the forum can still answer.
            stdinOpen = false;
            notifier.setEnabled(false);
            if (!receiverWaiting) {
                result.message = gaveUpMessage;
                loop.quit();
            }
        }
    });
    if (!receiverWaiting && !stdinOpen)
        return result;
    loop.exec();
    return result;
}

} // namespace outpost::cli
