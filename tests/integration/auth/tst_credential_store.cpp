#include "auth/CredentialStore.h"

#include <QTest>

using outpost::auth::CredentialStore;

// Run inside tests/support/with-keyring.sh (a real gnome-keyring), or with
// -expect-no-keychain where no Secret Service can be reached.
static bool g_expectNoKeychain = false;

class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripPerForum()
    {
        CredentialStore store(QStringLiteral("Outpost-test"));
        const QString forumA = QStringLiteral("https://a.example.org/");
        const QString forumB = QStringLiteral("https://b.example.org/forum");
        const auto storedA = store.storeBlocking(forumA, QByteArrayLiteral("key-for-a"));
        const auto storedB = store.storeBlocking(forumB, QByteArrayLiteral("key-for-b"));
        const auto expected = g_expectNoKeychain ? CredentialStore::Status::MemoryOnly
                                                 : CredentialStore::Status::Ok;
        QCOMPARE(storedA.status, expected);
        QCOMPARE(storedB.status, expected);
        if (g_expectNoKeychain)
            QVERIFY(storedA.message.contains(QLatin1String("memory")));

        // Another store object (a new run of the app) finds it only in a real keychain.
        CredentialStore again(QStringLiteral("Outpost-test"));
        const auto [keyA, outcomeA] = again.loadBlocking(forumA);
        if (g_expectNoKeychain) {
            QVERIFY(!keyA);
            QCOMPARE(outcomeA.status, CredentialStore::Status::NotFound);
        } else {
            QVERIFY(keyA);
            QCOMPARE(*keyA, QByteArrayLiteral("key-for-a"));
            // The trailing slash does not make a second entry.
            QCOMPARE(*again.loadBlocking(QStringLiteral("https://a.example.org")).first,
                     QByteArrayLiteral("key-for-a"));
        }
        // The same object always finds what it stored.
        QCOMPARE(*store.loadBlocking(forumB).first, QByteArrayLiteral("key-for-b"));

        QCOMPARE(store.removeBlocking(forumA).status, CredentialStore::Status::Ok);
        QVERIFY(!store.loadBlocking(forumA).first);
        QVERIFY(!CredentialStore(QStringLiteral("Outpost-test")).loadBlocking(forumA).first);
        QCOMPARE(*store.loadBlocking(forumB).first, QByteArrayLiteral("key-for-b"));
        store.removeBlocking(forumB);
    }

    void missingEntryIsNotFound()
    {
        CredentialStore store(QStringLiteral("Outpost-test"));
        const auto [key, outcome] =
                store.loadBlocking(QStringLiteral("https://nobody.example.org"));
        QVERIFY(!key);
        QCOMPARE(outcome.status, CredentialStore::Status::NotFound);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    g_expectNoKeychain = args.removeAll(QStringLiteral("-expect-no-keychain")) > 0;
    TestCredentialStore test;
    return QTest::qExec(&test, args);
}
#include "tst_credential_store.moc"
