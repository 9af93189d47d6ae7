#include "controllers/OutboxController.h"

#include "AppContext.h"
#include "AppSettings.h"
#include "Clock.h"
#include "ForumSession.h"
#include "outbox/DeliveryJob.h"
#include "outbox/ForumAccount.h"
#include "outbox/OutboxModel.h"
#include "store/StoreError.h"

#include <QLoggingCategory>

namespace outpost::gui {

Q_LOGGING_CATEGORY(lcOutboxUi, "outpost.gui.outbox")

OutboxController::OutboxController(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&context.network(), &NetworkMonitor::stateChanged, this,
            &OutboxController::networkChanged);
}

OutboxController::~OutboxController()
{
    delete m_job; // cancels and waits; an item in flight stays unconfirmed, never lost
}

void OutboxController::setSession(ForumSession *session)
{
    if (session == m_session && (m_model || !session))
        return;
    if (m_job) {
        m_job->disconnect(this);
        delete m_job;
        m_job = nullptr;
        Q_EMIT sendingChanged(false);
    }
    m_session = session;
    std::unique_ptr<outbox::OutboxModel> previous = std::move(m_model);
    if (session) {
        try {
            m_model = std::make_unique<outbox::OutboxModel>(m_context.profile().userDatabase(),
                                                            m_context.clock(), session->forum().id);
        } catch (const store::StoreError &error) {
            Q_EMIT problem(error.message(), error.detail());
        }
    }
    Q_EMIT modelChanged(m_model.get());
    Q_EMIT summaryChanged();
}

ForumSession *OutboxController::session() const
{
    return m_session.data();
}

outbox::OutboxSummary OutboxController::summary() const
{
    ForumSession *session = m_session.data();
    if (!session)
        return {};
    try {
        return outbox::Outbox(m_context.profile().userDatabase(), m_context.clock(),
                              session->forum().id)
                .summary();
    } catch (const store::StoreError &error) {
        qCWarning(lcOutboxUi) << "summary:" << error.detail();
        return {};
    }
}

QString OutboxController::signInMessage() const
{
    ForumSession *session = m_session.data();
    if (!session)
        return QString();
    if (m_context.credentialsFor(session->forum()).kind == discourse::Credentials::None)
        //: The outbox has posts but the person is not signed in to the forum
        return tr("Sign in to send. Your posts wait safely in the outbox until you sign in to "
                  "this forum.");
    const QString refusedKey = summary().needsSignIn;
    if (!refusedKey.isEmpty())
        //: %1 is the forum's reason, in plain words
        return tr("Sign in to send: %1").arg(refusedKey);
    return QString();
}

bool OutboxController::automaticSendingAllowed() const
{
    // A post is a few kilobytes: it goes out on a metered link too.
    return m_context.network().state() != NetworkState::Offline;
}

bool OutboxController::sendNow()
{
    ForumSession *session = m_session.data();
    if (!session) {
        Q_EMIT refused(tr("Add a forum first."));
        return false;
    }
    if (m_job)
        return false;
    if (m_context.network().state() == NetworkState::Offline) {
        Q_EMIT refused(tr("You are offline. Your posts wait in the outbox and go out when the "
                          "connection returns."));
        return false;
    }
    const QString signIn = signInMessage();
    if (!signIn.isEmpty()) {
        Q_EMIT refused(signIn);
        return false;
    }
    outbox::DeliveryEnvironment environment;
    environment.profileDirectory = m_context.profile().directory();
    environment.forum = session->forum();
    environment.credentials = m_context.credentialsFor(session->forum());
    environment.transport = m_context.transportConfig();
    // The worker keeps the system clock: a test's FakeClock is not made for two threads.
    m_job = new outbox::DeliveryJob(std::move(environment), this);
    connect(m_job, &outbox::DeliveryJob::itemChanged, this, [this](const store::OutboxItem &item) {
        if (m_model)
            m_model->updateItem(item);
    });
    connect(m_job, &outbox::DeliveryJob::finished, this, &OutboxController::jobFinished);
    m_job->start();
    qCInfo(lcOutboxUi) << "delivery started";
    Q_EMIT sendingChanged(true);
    return true;
}

void OutboxController::jobFinished(const outbox::DeliveryReport &report)
{
    m_job->deleteLater();
    m_job = nullptr;
    qCInfo(lcOutboxUi) << "delivery finished:" << outbox::stopName(report.stop) << report.sent
                       << "sent";
    reload();
    Q_EMIT sendingChanged(false);
    Q_EMIT deliveryFinished(report);
}

void OutboxController::itemQueued(const store::OutboxItem &item)
{
    if (m_model)
        m_model->updateItem(item);
    Q_EMIT summaryChanged();
    if (automaticSendingAllowed() && signInMessage().isEmpty())
        sendNow();
}

void OutboxController::networkChanged()
{
    // With "sync when the link returns" the sync sends the outbox first; without it, the
    // outbox still goes out by itself.
    if (!automaticSendingAllowed() || m_job || !m_session ||
        m_context.settings().syncWhenLinkReturns())
        return;
    if (summary().queued > 0 && signInMessage().isEmpty())
        sendNow();
}

void OutboxController::reload()
{
    if (!m_model)
        return;
    try {
        m_model->reload();
    } catch (const store::StoreError &error) {
        Q_EMIT problem(error.message(), error.detail());
    }
    Q_EMIT summaryChanged();
}

template <typename Action>
bool OutboxController::act(Action &&action)
{
    ForumSession *session = m_session.data();
    if (!session)
        return false;
    try {
        outbox::Outbox outbox(m_context.profile().userDatabase(), m_context.clock(),
                              session->forum().id);
        action(outbox);
    } catch (const store::StoreError &error) {
        Q_EMIT problem(error.message(), error.detail());
        reload();
        return false;
    }
    reload();
    return true;
}

bool OutboxController::retry(const QString &id)
{
    const bool done = act([&id](outbox::Outbox &o) { o.retry(id); });
    if (done && automaticSendingAllowed() && signInMessage().isEmpty())
        sendNow();
    return done;
}

bool OutboxController::edit(const QString &id, const QString &raw, const QString &title)
{
    const bool done = act([&](outbox::Outbox &o) { o.edit(id, raw, title); });
    if (done && automaticSendingAllowed() && signInMessage().isEmpty())
        sendNow();
    return done;
}

std::optional<store::Draft> OutboxController::keepAsDraft(const QString &id)
{
    std::optional<store::Draft> draft;
    act([&](outbox::Outbox &o) { draft = o.keepAsDraft(id); });
    if (draft)
        Q_EMIT draftsChanged(draft->id);
    return draft;
}

QStringList OutboxController::dependents(const QString &id) const
{
    ForumSession *session = m_session.data();
    QStringList ids;
    if (!session)
        return ids;
    try {
        const outbox::Outbox outbox(m_context.profile().userDatabase(), m_context.clock(),
                                    session->forum().id);
        for (const store::OutboxItem &item : outbox.items()) {
            if (item.dependsOn == id && item.state != store::OutboxState::Sent)
                ids.append(item.id);
        }
    } catch (const store::StoreError &error) {
        qCWarning(lcOutboxUi) << "dependents:" << error.detail();
    }
    return ids;
}

bool OutboxController::discard(const QString &id, outbox::DiscardMode mode)
{
    return act([&](outbox::Outbox &o) { o.discard(id, mode); });
}

bool OutboxController::keepMine(const QString &id)
{
    const bool done = act([&id](outbox::Outbox &o) { o.resolveConflictKeepMine(id); });
    if (done && automaticSendingAllowed() && signInMessage().isEmpty())
        sendNow();
    return done;
}

bool OutboxController::takeTheirs(const QString &id)
{
    return act([&id](outbox::Outbox &o) { o.resolveConflictTakeTheirs(id); });
}

} // namespace outpost::gui
