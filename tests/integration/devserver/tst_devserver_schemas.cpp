// Runs validate_schemas.py (python3-jsonschema) against the real outpost-devserver: every
// endpoint's JSON against Discourse's schemas, and the documented shapes where there is no
// schema. The script prints what it checked; any mismatch fails this test.
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDevserverSchemas : public QObject
{
    Q_OBJECT

private slots:
    void everyEndpointMatchesDiscoursesSchemas()
    {
        const QString script = qEnvironmentVariable("OUTPOST_SOURCE_DIR") +
                               u"/tests/integration/devserver/validate_schemas.py"_s;
        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
        python.setProcessEnvironment(env);
        python.start(u"python3"_s, {script, qEnvironmentVariable("OUTPOST_DEVSERVER"),
                                    qEnvironmentVariable("OUTPOST_FIXTURES_DIR")});
        QVERIFY2(python.waitForStarted(),
                 "python3 is needed (Debian: python3, python3-jsonschema)");
        QVERIFY(python.waitForFinished(110'000));
        const QByteArray output = python.readAll();
        qInfo().noquote() << QString::fromUtf8(output);
        QCOMPARE(python.exitStatus(), QProcess::NormalExit);
        QCOMPARE(python.exitCode(), 0);
        QVERIFY(output.contains("all responses match"));
    }
};

QTEST_GUILESS_MAIN(TestDevserverSchemas)
#include "tst_devserver_schemas.moc"
