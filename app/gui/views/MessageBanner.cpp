#include "views/MessageBanner.h"

#include "style/PostStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outpost::gui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBanner"_s);
    m_text->setObjectName(u"bannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setObjectName(u"bannerDetailsButton"_s);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_details->setObjectName(u"bannerDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->hide();
    m_action->setObjectName(u"bannerAction"_s);
    m_close->setObjectName(u"bannerClose"_s);
    m_close->setAutoRaise(true);

    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(m_action);
    row->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 8, 8);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QToolButton::toggled, m_details, &QLabel::setVisible);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        if (m_callback)
            m_callback();
    });
    retranslateUi();
    hide();
}

void MessageBanner::retranslateUi()
{
    // The message itself was worded when it happened and stays as it is.
    setAccessibleName(tr("Message"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setAccessibleName(tr("Show technical details"));
    //: Closes a message strip
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss this message"));
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void MessageBanner::showMessage(Kind kind, const QString &message, const QString &detail,
                                const QString &actionText, std::function<void()> action)
{
    m_kind = kind;
    m_text->setText(message);
    m_details->setText(detail);
    m_detailsButton->setVisible(!detail.isEmpty());
    m_detailsButton->setChecked(false);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && action);
    m_callback = std::move(action);
    setAccessibleDescription(message);
    show();
    update();
}

QString MessageBanner::message() const
{
    return m_text->text();
}

QString MessageBanner::detail() const
{
    return m_details->text();
}

void MessageBanner::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    const PostStyle style(palette(), font());
    QColor mark = style.accent();
    if (m_kind == Kind::Warning)
        mark = QColor(0xd9, 0x8c, 0x00);
    else if (m_kind == Kind::Error)
        mark = QColor(0xc6, 0x28, 0x28);
    QPainter painter(this);
    painter.fillRect(rect(), PostStyle::mix(palette().color(QPalette::Window), mark, 0.10));
    const int x = layoutDirection() == Qt::RightToLeft ? width() - 4 : 0;
    painter.fillRect(QRect(x, 0, 4, height()), mark);
    painter.fillRect(QRect(0, height() - 1, width(), 1), style.separator());
}

} // namespace outpost::gui
