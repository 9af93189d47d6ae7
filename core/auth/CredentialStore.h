#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace outpost::auth {

// Where each forum's User API Key lives: the system keychain (Secret Service, macOS Keychain,
// Windows Credential Manager through QtKeychain), one entry per forum. When there is no
// keychain the key is kept in memory for this run only — never in a file, the database, a log
// or a command line.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,
        MemoryOnly, // stored, but only for this run: no keychain is available
        Failed,
    };
    struct Outcome
    {
        Status status = Status::Ok;
        QString message; // for people; empty when Ok
    };

    explicit CredentialStore(QString service = QStringLiteral("Outpost"),
                             QObject *parent = nullptr);

    // Asynchronous; `done` runs on this object's thread. Use these from the GUI.
    void store(const QString &forumUrl, const QByteArray &key, std::function<void(Outcome)> done);
    void load(const QString &forumUrl,
              std::function<void(std::optional<QByteArray>, Outcome)> done);
    void remove(const QString &forumUrl, std::function<void(Outcome)> done);

    // Blocking versions for the CLI and worker threads: they spin a local event loop until the
    // keychain answers. Never call them on the GUI thread.
    Outcome storeBlocking(const QString &forumUrl, const QByteArray &key);
    std::pair<std::optional<QByteArray>, Outcome> loadBlocking(const QString &forumUrl);
    Outcome removeBlocking(const QString &forumUrl);

    // The keychain entry name for a forum (not secret).
    static QString entryName(const QString &forumUrl);

private:
    QString m_service;
    // Keys kept for this run when no keychain is available.
    mutable QMutex m_memoryMutex;
    QHash<QString, QByteArray> m_memory;
};

} // namespace outpost::auth
