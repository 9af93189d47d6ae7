#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace outpost::test {

// A throwaway certificate authority made at test time with libcrypto (EC P-256), and server
// certificates it issues for 127.0.0.1 / localhost.
class TestPki
{
public:
    explicit TestPki(const QString &caName);
    ~TestPki();
    TestPki(const TestPki &) = delete;
    TestPki &operator=(const TestPki &) = delete;

    QByteArray caCertificatePem() const;

    struct ServerCredentials
    {
        QByteArray certificatePem;
        QByteArray privateKeyPem;
    };
    // A server certificate for `hostName` (a DNS name) plus IP 127.0.0.1 unless `withLoopbackIp`
    // is false.
    ServerCredentials issueServerCertificate(const QString &hostName = QStringLiteral("localhost"),
                                             bool withLoopbackIp = true);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace outpost::test
