#include "TestPki.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <stdexcept>

namespace outpost::test {

namespace {

struct KeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct CertDeleter
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using Cert = std::unique_ptr<X509, CertDeleter>;

void check(bool ok, const char *what)
{
    if (!ok)
        throw std::runtime_error(what);
}

Key makeKey()
{
    Key key(EVP_EC_gen("P-256"));
    check(key != nullptr, "EC key generation");
    return key;
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    check(extension != nullptr, "X509 extension");
    X509_add_ext(cert, extension, -1);
    X509_EXTENSION_free(extension);
}

Cert makeCertificate(EVP_PKEY *subjectKey, const QByteArray &commonName, long serial)
{
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 7 * 86400);
    X509_set_pubkey(cert.get(), subjectKey);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName.constData()), -1,
                               -1, 0);
    return cert;
}

QByteArray toPem(X509 *cert)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, length);
    BIO_free(bio);
    return pem;
}

QByteArray toPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, length);
    BIO_free(bio);
    return pem;
}

} // namespace

struct TestPki::Impl
{
    Key caKey;
    Cert caCert;
    long nextSerial = 2;
};

TestPki::TestPki(const QString &caName)
    : d(std::make_unique<Impl>())
{
    d->caKey = makeKey();
    d->caCert = makeCertificate(d->caKey.get(), caName.toUtf8(), 1);
    X509_set_issuer_name(d->caCert.get(), X509_get_subject_name(d->caCert.get()));
    addExtension(d->caCert.get(), d->caCert.get(), NID_basic_constraints, "critical,CA:TRUE");
    addExtension(d->caCert.get(), d->caCert.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(d->caCert.get(), d->caCert.get(), NID_subject_key_identifier, "hash");
    check(X509_sign(d->caCert.get(), d->caKey.get(), EVP_sha256()) > 0, "signing the CA");
}

TestPki::~TestPki() = default;

QByteArray TestPki::caCertificatePem() const
{
    return toPem(d->caCert.get());
}

TestPki::ServerCredentials TestPki::issueServerCertificate(const QString &hostName,
                                                           bool withLoopbackIp)
{
    Key key = makeKey();
    Cert cert = makeCertificate(key.get(), hostName.toUtf8(), d->nextSerial++);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(d->caCert.get()));
    addExtension(cert.get(), d->caCert.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), d->caCert.get(), NID_key_usage, "critical,digitalSignature");
    addExtension(cert.get(), d->caCert.get(), NID_ext_key_usage, "serverAuth");
    addExtension(cert.get(), d->caCert.get(), NID_subject_key_identifier, "hash");
    addExtension(cert.get(), d->caCert.get(), NID_authority_key_identifier, "keyid:always");
    QByteArray altNames = "DNS:" + hostName.toUtf8();
    if (withLoopbackIp)
        altNames += ",IP:127.0.0.1";
    addExtension(cert.get(), d->caCert.get(), NID_subject_alt_name, altNames.constData());
    check(X509_sign(cert.get(), d->caKey.get(), EVP_sha256()) > 0, "signing a server certificate");
    return {toPem(cert.get()), toPem(key.get())};
}

} // namespace outpost::test
