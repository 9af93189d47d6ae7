// The loopback receiver of the sign-in hand-back over real sockets: where it listens, what it
// answers, and that it takes one request on its path and then nothing more.
#include "auth/LoopbackReceiver.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace outpost;
using namespace std::chrono_literals;

class TestLoopbackReceiver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listensOnIpv4LoopbackOnly();
    void otherPathsAndMethodsLeaveItWaiting();
    void handsBackOnceThenRefuses();
    void requestInPiecesIsRead();
    void requestWithoutPayloadEndsIt();
    void oversizedRequestIsRefused();
    void givesUpAfterItsTime();
    void busyPortIsAClearError();

private:
    // Sends `request` to 127.0.0.1:port and returns the whole answer (the receiver closes).
    static QByteArray exchange(quint16 port, const QByteArray &request);
};

QByteArray TestLoopbackReceiver::exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return "not connected";
    socket.write(request);
    QByteArray answer;
    const bool closed = QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            10000);
    answer += socket.readAll();
    return closed ? answer : answer + "\n(the receiver did not close the connection)";
}

void TestLoopbackReceiver::listensOnIpv4LoopbackOnly()
{
    auth::LoopbackReceiver receiver;
    QString error;
    QVERIFY2(receiver.listen(0, auth::LoopbackReceiver::defaultPath(), &error), qPrintable(error));
    QVERIFY(receiver.port() != 0);
    QCOMPARE(receiver.redirectUrl(),
             QUrl(QStringLiteral("http://127.0.0.1:%1/outpost-auth").arg(receiver.port())));

    // Not on ::1, not on any address of this machine's other interfaces.
    QList<QHostAddress> elsewhere{QHostAddress(QHostAddress::LocalHostIPv6)};
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            elsewhere << address;
    }
    for (const QHostAddress &address : std::as_const(elsewhere)) {
        QTcpSocket socket;
        socket.connectToHost(address, receiver.port());
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                                5000));
        QVERIFY2(socket.error() == QAbstractSocket::ConnectionRefusedError ||
                         socket.error() == QAbstractSocket::NetworkError ||
                         socket.error() == QAbstractSocket::HostNotFoundError,
                 qPrintable(address.toString() + u' ' + socket.errorString()));
    }
    QVERIFY(receiver.isListening());
}

void TestLoopbackReceiver::otherPathsAndMethodsLeaveItWaiting()
{
    auth::LoopbackReceiver receiver;
    QVERIFY(receiver.listen(0, QStringLiteral("/outpost-auth"), nullptr));
    QSignalSpy handed(&receiver, &auth::LoopbackReceiver::handedBack);
    QSignalSpy gaveUp(&receiver, &auth::LoopbackReceiver::gaveUp);
    const QByteArray favicon = exchange(receiver.port(), "GET /favicon.ico HTTP/1.1\r\n"
                                                         "Host: 127.0.0.1\r\n\r\n");
    QVERIFY2(favicon.startsWith("HTTP/1.1 404 "), favicon);
    const QByteArray prefix = exchange(receiver.port(), "GET /outpost-auth-x?payload=abc HTTP/1.1"
                                                        "\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY2(prefix.startsWith("HTTP/1.1 404 "), prefix);
    const QByteArray post = exchange(receiver.port(), "POST /outpost-auth?payload=abc HTTP/1.1\r\n"
                                                      "Host: 127.0.0.1\r\n\r\n");
    QVERIFY2(post.startsWith("HTTP/1.1 405 "), post);
    const QByteArray garbage = exchange(receiver.port(), "HELLO\r\n\r\n");
    QVERIFY2(garbage.startsWith("HTTP/1.1 400 "), garbage);
    QVERIFY(receiver.isListening());
    QCOMPARE(handed.count(), 0);
    QCOMPARE(gaveUp.count(), 0);
}

void TestLoopbackReceiver::handsBackOnceThenRefuses()
{
    auth::LoopbackReceiver receiver;
    QVERIFY(receiver.listen(0, QStringLiteral("/outpost-auth"), nullptr));
    QSignalSpy handed(&receiver, &auth::LoopbackReceiver::handedBack);
    const quint16 port = receiver.port();
    // As Discourse sends it: CGI-escaped base64 with the line breaks of Ruby's encode64.
    const QByteArray answer = exchange(port, "GET /outpost-auth?state=1&payload=ab%2Bc%2F%3D%0Ade"
                                             "%3D%0A HTTP/1.1\r\nHost: 127.0.0.1:1\r\n"
                                             "Accept: text/html\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer);
    QVERIFY(answer.contains("Content-Type: text/html; charset=utf-8"));
    QVERIFY(answer.contains("Cache-Control: no-store"));
    QVERIFY(answer.contains("go back to Outpost"));
    QCOMPARE(handed.count(), 1);
    QCOMPARE(handed.at(0).at(0).toString(), QStringLiteral("ab+c/=\nde="));
    QVERIFY(!receiver.isListening());

    // A second request, even a well-formed one, finds nobody listening.
    QTcpSocket second;
    second.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(QTest::qWaitFor([&] { return second.state() == QAbstractSocket::UnconnectedState; },
                            5000));
    QCOMPARE(second.error(), QAbstractSocket::ConnectionRefusedError);
    QCOMPARE(handed.count(), 1);
}

void TestLoopbackReceiver::requestInPiecesIsRead()
{
    auth::LoopbackReceiver receiver;
    QVERIFY(receiver.listen(0, QStringLiteral("/cb"), nullptr));
    QSignalSpy handed(&receiver, &auth::LoopbackReceiver::handedBack);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), receiver.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /cb?payl");
    QVERIFY(socket.waitForBytesWritten(5000));
    // Let the receiver read the first piece on its own.
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(handed.count(), 0);
    socket.write("oad=xyz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_COMPARE(handed.count(), 1);
    QCOMPARE(handed.at(0).at(0).toString(), QStringLiteral("xyz"));
}

void TestLoopbackReceiver::requestWithoutPayloadEndsIt()
{
    auth::LoopbackReceiver receiver;
    QVERIFY(receiver.listen(0, QStringLiteral("/outpost-auth"), nullptr));
    QSignalSpy handed(&receiver, &auth::LoopbackReceiver::handedBack);
    QSignalSpy gaveUp(&receiver, &auth::LoopbackReceiver::gaveUp);
    const QByteArray answer = exchange(receiver.port(), "GET /outpost-auth?state=1 HTTP/1.1\r\n"
                                                        "Host: 127.0.0.1\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer);
    QCOMPARE(gaveUp.count(), 1);
    QVERIFY(gaveUp.at(0).at(0).toString().contains(QLatin1String("without a sign-in code")));
    QCOMPARE(handed.count(), 0);
    QVERIFY(!receiver.isListening());
}

void TestLoopbackReceiver::oversizedRequestIsRefused()
{
    auth::LoopbackReceiver receiver;
    QVERIFY(receiver.listen(0, QStringLiteral("/outpost-auth"), nullptr));
    QSignalSpy handed(&receiver, &auth::LoopbackReceiver::handedBack);
    const QByteArray answer = exchange(
            receiver.port(), "GET /outpost-auth?payload=" + QByteArray(40000, 'a') + " HTTP/1.1");
    QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.left(200));
    QCOMPARE(handed.count(), 0);
    QVERIFY(receiver.isListening());
}

void TestLoopbackReceiver::givesUpAfterItsTime()
{
    auth::LoopbackReceiver receiver;
    QVERIFY(receiver.listen(0, QStringLiteral("/outpost-auth"), nullptr));
    const quint16 port = receiver.port();
    QSignalSpy gaveUp(&receiver, &auth::LoopbackReceiver::gaveUp);
    receiver.setTimeout(10ms);
    QTRY_COMPARE(gaveUp.count(), 1);
    QVERIFY(gaveUp.at(0).at(0).toString().contains(QLatin1String("in time")));
    QVERIFY(!receiver.isListening());
    QTcpSocket late;
    late.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(QTest::qWaitFor([&] { return late.state() == QAbstractSocket::UnconnectedState; },
                            5000));
    QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestLoopbackReceiver::busyPortIsAClearError()
{
    auth::LoopbackReceiver first;
    QVERIFY(first.listen(0, QStringLiteral("/outpost-auth"), nullptr));
    auth::LoopbackReceiver second;
    QString error;
    QVERIFY(!second.listen(first.port(), QStringLiteral("/outpost-auth"), &error));
    QVERIFY2(error.contains(QString::number(first.port())), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("Another program")));
    QVERIFY(second.redirectUrl().isEmpty());
}

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "tst_loopback_receiver.moc"
