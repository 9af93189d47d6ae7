#pragma once

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace outpost {
class Clock;
}
namespace outpost::store {
class Database;
class SettingsRepository;
} // namespace outpost::store

namespace outpost::gui {

// The person's application-wide choices, kept in their own database (the profile travels with
// them; nothing lands in ~/.config). Per-forum choices (the sync window) live with the forum.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    AppSettings(store::Database &userDb, const Clock &clock, QObject *parent = nullptr);
    ~AppSettings() override;

    bool syncOnStart() const;
    void setSyncOnStart(bool on);
    bool syncWhenLinkReturns() const;
    void setSyncWhenLinkReturns(bool on);
    // Automatic syncs (on start, when the link returns) on a metered link too.
    bool syncOnMetered() const;
    void setSyncOnMetered(bool on);

    // Images of posts download by themselves on an unmetered link...
    bool imagesOnUnmetered() const;
    void setImagesOnUnmetered(bool on);
    // ... and on a metered one only when the person said so (off by default).
    bool imagesOnMetered() const;
    void setImagesOnMetered(bool on);
    int imageCacheCapMiB() const;
    void setImageCacheCapMiB(int mib);

    // Links of posts open in the browser after the person saw where they go, except for the
    // sites they chose to trust.
    QSet<QString> trustedLinkHosts() const;
    void trustLinkHost(const QString &host);
    void forgetTrustedLinkHosts();

    // The interface's language ("fr", "ar", …); empty to follow the system.
    QString language() const;
    void setLanguage(const QString &language);

    // Window layout (QMainWindow::saveState and friends), opaque bytes.
    QByteArray windowValue(const QString &name) const;
    void setWindowValue(const QString &name, const QByteArray &value);

Q_SIGNALS:
    void changed();
    // A setting could not be saved (disk full, read-only profile): a sentence and its detail.
    void problem(const QString &message, const QString &detail);

private:
    std::optional<QString> value(const QString &key) const;
    bool flag(const QString &key, bool fallback) const;
    void write(const QString &key, const QString &value);

    std::unique_ptr<store::SettingsRepository> m_repository;
};

} // namespace outpost::gui
