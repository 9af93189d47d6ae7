#pragma once

#include <QString>

class QTextStream;

namespace outpost::auth {
class LoopbackReceiver;
}

namespace outpost::cli {

// What came first while `login --redirect` waited: the forum handing the code back through
// the loopback receiver, or the person pasting it on stdin (the code, or the address their
// browser shows when it could not reach Outpost).
struct HandBackWait
{
    enum class Source
    {
        HandedBack,
        Pasted,
        Nothing, // the receiver gave up and stdin is closed
    };
    Source source = Source::Nothing;
    QString text;    // the payload or what was pasted; still encrypted
    QString message; // Nothing: why, for people

    // Runs an event loop until one of them arrives. Messages of the receiver (it gave up, but a
    // paste may still come) go to `err`.
    static HandBackWait wait(auth::LoopbackReceiver &receiver, QTextStream &err);
};

} // namespace outpost::cli
