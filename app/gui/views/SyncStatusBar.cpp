#include "views/SyncStatusBar.h"

#include "style/TimeText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace outpost::gui {

QString describeCounters(const sync::SyncCounters &counters)
{
    //: What a sync used: %1 is "12 requests", %2 a size such as "340 KB"
    return QCoreApplication::translate("outpost::gui::SyncStatusBar", "%1 · %2 downloaded")
            .arg(QCoreApplication::translate("outpost::gui::SyncStatusBar", "%n request(s)",
                                             nullptr, int(counters.requests)),
                 TimeText::dataSize(counters.bytesDown));
}

NetworkIndicator::NetworkIndicator(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"networkIndicator"_s);
    setState(NetworkState::Online);
}

QString NetworkIndicator::text() const
{
    switch (m_state) {
    case NetworkState::Offline:
        return tr("Offline");
    case NetworkState::Metered:
        return tr("Metered connection");
    case NetworkState::Online:
        break;
    }
    return tr("Online");
}

void NetworkIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setState(m_state);
    QWidget::changeEvent(event);
}

void NetworkIndicator::setState(NetworkState state)
{
    m_state = state;
    switch (state) {
    case NetworkState::Offline:
        setToolTip(tr("No connection. Everything downloaded stays readable; syncing waits "
                      "for the connection to return."));
        break;
    case NetworkState::Metered:
        setToolTip(tr("A metered connection: pictures are not downloaded and Outpost syncs "
                      "only when you ask, unless you allowed more in the settings."));
        break;
    case NetworkState::Online:
        setToolTip(tr("Connected."));
        break;
    }
    setAccessibleName(tr("Connection: %1").arg(text()));
    setAccessibleDescription(toolTip());
    updateGeometry();
    update();
}

QSize NetworkIndicator::sizeHint() const
{
    const QFontMetrics metrics(font());
    return QSize(metrics.horizontalAdvance(text()) + 26, metrics.height() + 6);
}

void NetworkIndicator::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor dot(0x2e, 0x9e, 0x4f);
    if (m_state == NetworkState::Metered)
        dot = QColor(0xd9, 0x8c, 0x00);
    else if (m_state == NetworkState::Offline)
        dot = palette().color(QPalette::PlaceholderText);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int d = 9;
    const QRect mark(rtl ? width() - d - 6 : 6, (height() - d) / 2, d, d);
    painter.setPen(Qt::NoPen);
    painter.setBrush(dot);
    painter.drawEllipse(mark);
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect textRect = rtl ? QRect(0, 0, width() - d - 12, height())
                               : QRect(d + 12, 0, width() - d - 12, height());
    painter.drawText(textRect, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft), text());
}

SyncStatusBar::SyncStatusBar(std::function<QDateTime()> now, QWidget *parent)
    : QWidget(parent)
    , m_now(std::move(now))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_counters(new QLabel(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(u"syncStatusBar"_s);
    m_status->setObjectName(u"syncStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_counters->setObjectName(u"syncCounters"_s);
    m_counters->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(u"cancelSyncButton"_s);
    m_cancel->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(10);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_counters);
    layout->addWidget(m_cancel);
    m_progress->hide();
    m_counters->hide();
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusBar::cancelRequested);
    m_tick.setInterval(30'000);
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusBar::refreshIdleText);
    m_tick.start();
    retranslateUi();
}

void SyncStatusBar::retranslateUi()
{
    m_progress->setAccessibleName(tr("Sync progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the sync"));
    if (m_finished && !m_counters->isHidden())
        m_counters->setText(describeCounters(m_finished->counters));
    if (m_running)
        m_status->setText(tr("Syncing…"));
    refreshIdleText();
}

void SyncStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString SyncStatusBar::finishedNote() const
{
    if (!m_note.isEmpty() || !m_finished)
        return m_note;
    switch (m_finished->stop) {
    case sync::SyncStop::Completed:
        return tr("%n new post(s)", nullptr, m_finished->counters.postsNew);
    case sync::SyncStop::Cancelled:
        return tr("Sync cancelled");
    case sync::SyncStop::Offline:
        return tr("Sync stopped: no connection");
    case sync::SyncStop::BudgetExhausted:
        return tr("Sync paused: the forum’s daily limit is reached");
    case sync::SyncStop::Failed:
        return tr("Sync failed");
    }
    return QString();
}

void SyncStatusBar::setLastSync(const QDateTime &when)
{
    m_lastSync = when;
    refreshIdleText();
}

void SyncStatusBar::refreshIdleText()
{
    if (m_running)
        return;
    QString text = m_lastSync.isValid()
                           ? tr("Last synced %1").arg(TimeText::relative(m_lastSync, m_now()))
                           : tr("Not synced yet");
    if (const QString note = finishedNote(); !note.isEmpty())
        text = note + u"  —  "_s + text;
    m_status->setText(text);
    m_status->setToolTip(m_lastSync.isValid() ? TimeText::exact(m_lastSync) : QString());
}

void SyncStatusBar::syncStarted()
{
    m_running = true;
    m_finished.reset();
    m_note.clear();
    m_status->setText(tr("Syncing…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_counters->clear();
    m_counters->show();
    m_cancel->show();
}

void SyncStatusBar::syncProgress(const sync::SyncProgress &progress)
{
    if (!progress.activity.isEmpty())
        m_status->setText(progress.activity);
    if (progress.topicsPlanned > 0) {
        m_progress->setRange(0, progress.topicsPlanned);
        m_progress->setValue(std::min(progress.topicsDone, progress.topicsPlanned));
    } else {
        m_progress->setRange(0, 0);
    }
    m_counters->setText(describeCounters(progress.counters));
}

void SyncStatusBar::syncFinished(const sync::SyncReport &report)
{
    m_running = false;
    m_progress->hide();
    m_cancel->hide();
    m_counters->setText(describeCounters(report.counters));
    m_counters->setVisible(report.counters.requests > 0);
    m_finished = report;
    m_note.clear();
    if (report.isComplete() || report.finishedAt.isValid())
        m_lastSync = report.isComplete() ? report.finishedAt : m_lastSync;
    refreshIdleText();
}

void SyncStatusBar::showNote(const QString &note)
{
    m_note = note;
    if (note.isEmpty())
        m_finished.reset();
    refreshIdleText();
}

QString SyncStatusBar::statusText() const
{
    return m_status->text();
}

} // namespace outpost::gui
