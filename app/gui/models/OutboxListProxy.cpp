#include "models/OutboxListProxy.h"

#include "ForumSession.h"
#include "models/WritingText.h"
#include "outbox/DeliveryTypes.h"
#include "outbox/OutboxModel.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace outpost::gui {

OutboxListProxy::OutboxListProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{}

void OutboxListProxy::setSession(ForumSession *session)
{
    m_session = session;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DisplayRole});
}

void OutboxListProxy::setSignInNeeded(bool needed)
{
    if (needed == m_signInNeeded)
        return;
    m_signInNeeded = needed;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DisplayRole});
}

QVariant OutboxListProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ForegroundRole &&
        role != Qt::FontRole)
        return QIdentityProxyModel::data(index, role);
    const auto item = QIdentityProxyModel::data(index, outbox::OutboxModel::ItemRole)
                              .value<store::OutboxItem>();
    const bool attention = item.state == store::OutboxState::NeedsAttention;
    if (role == Qt::ForegroundRole) {
        if (attention)
            return QColor(0xb0, 0x30, 0x20);
        if (item.state == store::OutboxState::Sent)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    }
    if (role == Qt::FontRole) {
        if (!attention)
            return {};
        QFont font = QGuiApplication::font();
        font.setWeight(QFont::DemiBold);
        return font;
    }
    const QString heading = WritingText::outboxHeading(item, m_session.data());
    QString state = WritingText::stateText(item);
    QString reason = item.error;
    if (m_signInNeeded && item.state == store::OutboxState::Queued)
        reason = tr("Sign in to send");
    QString line = reason.isEmpty()
                           ? state
                           //: A line of an outbox item: %1 its state, %2 why (the forum's reason)
                           : tr("%1: %2").arg(state, reason);
    const QString words =
            item.kind == store::OutboxKind::Like ? QString() : WritingText::excerpt(item.raw, 90);
    QStringList lines{heading, line};
    if (!words.isEmpty())
        lines << words;
    return lines.join(u'\n');
}

} // namespace outpost::gui
