#include "views/PostWidget.h"

#include "style/Avatar.h"
#include "style/PostStyle.h"
#include "style/TimeText.h"
#include "views/PostBrowser.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace outpost::gui {

namespace {
constexpr int kAvatarSize = 36;
} // namespace

PostWidget::PostWidget(ImageController *images, QWidget *parent)
    : QFrame(parent)
    , m_avatar(new QLabel(this))
    , m_name(new QLabel(this))
    , m_username(new QLabel(this))
    , m_edited(new QLabel(this))
    , m_time(new QLabel(this))
    , m_number(new QLabel(this))
    , m_replyTo(new QLabel(this))
    , m_action(new QLabel(this))
    , m_body(new PostBrowser(images, this))
    , m_header(new QWidget(this))
{
    setObjectName(u"post"_s);
    setFrameShape(QFrame::NoFrame);
    m_avatar->setFixedSize(kAvatarSize, kAvatarSize);
    m_avatar->setObjectName(u"postAvatar"_s);
    m_name->setObjectName(u"postAuthor"_s);
    m_name->setTextFormat(Qt::PlainText);
    QFont bold = m_name->font();
    bold.setWeight(QFont::DemiBold);
    m_name->setFont(bold);
    m_username->setObjectName(u"postUsername"_s);
    m_username->setTextFormat(Qt::PlainText);
    m_edited->setObjectName(u"postEdited"_s);
    m_edited->setTextFormat(Qt::PlainText);
    m_time->setObjectName(u"postTime"_s);
    m_time->setTextFormat(Qt::PlainText);
    m_number->setObjectName(u"postNumber"_s);
    m_number->setTextFormat(Qt::PlainText);
    m_replyTo->setObjectName(u"postReplyTo"_s);
    m_replyTo->setTextFormat(Qt::RichText);
    m_replyTo->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_action->setObjectName(u"postAction"_s);
    m_action->setTextFormat(Qt::PlainText);
    m_action->setWordWrap(true);
    m_body->setObjectName(u"postBody"_s);

    auto *headerLayout = new QHBoxLayout(m_header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->setSpacing(8);
    headerLayout->addWidget(m_name);
    headerLayout->addWidget(m_username);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_edited);
    headerLayout->addWidget(m_time);
    headerLayout->addWidget(m_number);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(12, 14, 12, 14);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_avatar, 0, 0, 3, 1, Qt::AlignTop);
    grid->addWidget(m_header, 0, 1);
    grid->addWidget(m_replyTo, 1, 1);
    grid->addWidget(m_body, 2, 1);
    grid->addWidget(m_action, 3, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_body, &PostBrowser::linkActivated, this, &PostWidget::linkActivated);
    connect(m_body, &PostBrowser::heightChanged, this, &PostWidget::heightChanged);
    connect(m_replyTo, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT linkActivated(QUrl(link)); });
}

QString PostWidget::actionText() const
{
    const QString who = m_post.post.username;
    const QString code = m_post.post.actionCode;
    if (code == u"closed.enabled"_s)
        return tr("%1 closed this topic").arg(who);
    if (code == u"closed.disabled"_s)
        return tr("%1 opened this topic again").arg(who);
    if (code == u"pinned.enabled"_s || code == u"pinned_globally.enabled"_s)
        return tr("%1 pinned this topic").arg(who);
    if (code == u"pinned.disabled"_s || code == u"pinned_globally.disabled"_s)
        return tr("%1 unpinned this topic").arg(who);
    if (code == u"archived.enabled"_s)
        return tr("%1 archived this topic").arg(who);
    if (code == u"archived.disabled"_s)
        return tr("%1 took this topic out of the archive").arg(who);
    if (code == u"visible.disabled"_s)
        return tr("%1 unlisted this topic").arg(who);
    if (code == u"visible.enabled"_s)
        return tr("%1 listed this topic").arg(who);
    if (code == u"split_topic"_s)
        return tr("%1 moved posts to another topic").arg(who);
    return tr("%1 changed this topic").arg(who);
}

void PostWidget::setPost(const store::CachedPost &cached, const QUrl &forumBase,
                         const QDateTime &now, const PostStyle &style)
{
    m_post = cached;
    const discourse::Post &p = cached.post;
    m_separator = style.separator();
    m_currentTint = style.quoteBackground();
    m_unreadMark = style.unreadMark();
    m_read = cached.read;

    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, style.mutedText());
    muted.setColor(QPalette::Text, style.mutedText());
    for (QLabel *label : {m_username, m_edited, m_time, m_number, m_replyTo, m_action})
        label->setPalette(muted);

    const bool smallAction = p.postType == discourse::PostType::SmallAction ||
                             p.postType == discourse::PostType::ModeratorAction ||
                             !p.actionCode.isEmpty();
    m_avatar->setVisible(!smallAction);
    m_header->setVisible(!smallAction);
    m_action->setVisible(smallAction);
    if (smallAction) {
        //: A topic event line: what happened, then when (e.g. "alice closed this topic · 2 days
        //: ago")
        m_action->setText(tr("%1 · %2").arg(actionText(), TimeText::relative(p.createdAt, now)));
        m_action->setToolTip(TimeText::exact(p.createdAt));
    }

    m_avatar->setPixmap(
            Avatar::forUser(p.username, p.name, kAvatarSize, devicePixelRatioF(), palette()));
    m_avatar->setToolTip(p.name.isEmpty() ? p.username : p.name);
    const bool hasName = !p.name.trimmed().isEmpty() && p.name.trimmed() != p.username;
    m_name->setText(hasName ? p.name.trimmed() : p.username);
    m_username->setText(u'@' + p.username);
    m_username->setVisible(hasName);
    m_edited->setVisible(p.version > 1);
    //: Marker on a post that was changed after it was first posted
    m_edited->setText(tr("edited"));
    m_edited->setToolTip(p.updatedAt.isValid() ? tr("Edited %1").arg(TimeText::exact(p.updatedAt))
                                               : QString());
    //: The number of a post within its topic, e.g. "#12"
    m_number->setText(tr("#%1").arg(p.postNumber));
    updateTimes(now);

    if (p.replyToPostNumber && *p.replyToPostNumber > 0 && *p.replyToPostNumber != p.postNumber) {
        m_replyTo->setText(
                u"<a href=\"outpost-post:%1/%2\" style=\"color:%3; text-decoration:none\">%4</a>"_s
                        .arg(p.topicId)
                        .arg(*p.replyToPostNumber)
                        .arg(style.mutedText().name(),
                             tr("In reply to post %1").arg(*p.replyToPostNumber).toHtmlEscaped()));
        m_replyTo->show();
    } else {
        m_replyTo->hide();
    }

    if (smallAction && p.cooked.trimmed().isEmpty()) {
        m_body->hide();
    } else {
        m_body->show();
        if (p.deletedAt) {
            m_body->setSafeHtml(u"<p class=\"outpost-note\"><i>%1</i></p>"_s.arg(
                                        tr("This post was deleted.").toHtmlEscaped()),
                                {}, style);
        } else {
            m_body->setPost(p.cooked, forumBase, style);
        }
    }
    updateAccessibleName();
    update();
}

void PostWidget::updateTimes(const QDateTime &now)
{
    const QDateTime created = m_post.post.createdAt;
    m_time->setText(TimeText::relative(created, now));
    m_time->setToolTip(TimeText::exact(created));
}

void PostWidget::updateAccessibleName()
{
    const discourse::Post &p = m_post.post;
    QString name =
            tr("Post %1 by %2").arg(p.postNumber).arg(p.name.isEmpty() ? p.username : p.name);
    if (!m_read)
        name = tr("%1, unread").arg(name);
    setAccessibleName(name);
    setAccessibleDescription(TimeText::exact(p.createdAt));
    m_body->setAccessibleName(tr("Text of post %1").arg(p.postNumber));
}

void PostWidget::setRead(bool read)
{
    if (read == m_read)
        return;
    m_read = read;
    m_post.read = read;
    updateAccessibleName();
    update();
}

void PostWidget::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    update();
}

int PostWidget::heightForWidth(int width) const
{
    return layout()->totalHeightForWidth(width);
}

QSize PostWidget::sizeHint() const
{
    const int w = width() > 0 ? width() : 600;
    return QSize(w, heightForWidth(w));
}

void PostWidget::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    if (m_current)
        painter.fillRect(rect(), m_currentTint);
    painter.fillRect(QRect(0, height() - 1, width(), 1), m_separator);
    if (!m_read) {
        // A bar on the leading edge marks what is new to the person.
        const int x = layoutDirection() == Qt::RightToLeft ? width() - 3 : 0;
        painter.fillRect(QRect(x, 10, 3, height() - 20), m_unreadMark);
    }
}

void PostWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        update();
    QFrame::changeEvent(event);
}

} // namespace outpost::gui
