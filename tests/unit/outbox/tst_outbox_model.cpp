// The outbox as a list model for the GUI: rows in queue order, each role, and the changes a
// delivery reports (a row changes, appears in order, goes) checked by QAbstractItemModelTester.
#include "Clock.h"
#include "outbox/DeliveryTypes.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxModel.h"
#include "store/Database.h"
#include "store/ForumRepository.h"
#include "store/OutboxRepository.h"
#include "store/UserDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace Qt::Literals::StringLiterals;
using Role = outbox::OutboxModel::Role;

class TestOutboxModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rowsFollowTheOutboxAndTheDelivery()
    {
        QTemporaryDir dir;
        FakeClock clock;
        store::Database db = store::UserDatabase::open(dir.filePath(u"user.sqlite"_s));
        const qint64 forum = store::ForumRepository(db, clock).add(u"https://f.example"_s, {}).id;
        outbox::Outbox box(db, clock, forum);
        const store::OutboxItem topic =
                box.queueNewTopic(3, u"A title for the model"_s, u"Body."_s);
        clock.advance(std::chrono::seconds(1));
        const store::OutboxItem reply = box.queueReplyToQueued(topic.id, u"A reply to it."_s);

        outbox::OutboxModel model(db, clock, forum);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), Role::KindRole).toString(), u"new_topic"_s);
        QCOMPARE(model.data(model.index(0), Qt::DisplayRole).toString(),
                 u"A title for the model"_s);
        QCOMPARE(model.data(model.index(1), Role::WaitsForRole).toString(), topic.id);
        QCOMPARE(model.data(model.index(1), Role::StateRole).toString(), u"queued"_s);
        QVERIFY(!model.data(model.index(1), Role::TopicIdRole).isValid());
        QCOMPARE(model.roleNames().value(Role::RemotePostIdRole), QByteArray("remotePostId"));

        // A delivery reports the topic sent: that row changes, nothing else.
        store::OutboxRepository repo(db, clock);
        repo.markSent(topic.id, 900, 77);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateItem(*repo.find(topic.id));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.data(model.index(0), Role::RemotePostIdRole).toLongLong(), 900);
        QCOMPARE(
                model.data(model.index(0), Role::ItemRole).value<store::OutboxItem>().remoteTopicId,
                std::optional<qint64>(77));

        // An item queued elsewhere (another window) appears in queue order.
        clock.advance(std::chrono::seconds(1));
        const store::OutboxItem later = box.queueLike(5);
        model.updateItem(later);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(later.id), 2);
        // Another forum's items are not this model's.
        store::OutboxItem foreign = later;
        foreign.id = u"other"_s;
        foreign.forumId = forum + 1;
        model.updateItem(foreign);
        QCOMPARE(model.rowCount(), 3);

        box.discard(reply.id);
        model.removeItem(reply.id);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(reply.id), -1);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOutboxModel)
#include "tst_outbox_model.moc"
