#include "views/ComposerWindow.h"

#include "AppContext.h"
#include "ForumSession.h"
#include "compose/MarkdownPreview.h"
#include "controllers/DraftController.h"
#include "models/WritingText.h"
#include "style/PostStyle.h"
#include "views/PostBrowser.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outpost::gui {

namespace {
// The preview follows typing after this pause (rendering is fast; this spares the layout).
constexpr int kPreviewDelayMs = 250;
} // namespace

ComposerWindow::ComposerWindow(AppContext &context, ForumSession *session, store::Draft draft,
                               QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_session(session)
    , m_draft(new DraftController(context, std::move(draft), this))
{
    setObjectName(u"composerWindow"_s);
    rebuildStyle();
    buildUi();

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ComposerWindow::refreshPreview);
    connect(m_draft, &DraftController::saved, this, [this] {
        showSaved();
        Q_EMIT draftsChanged();
    });
    connect(m_draft, &DraftController::saveFailed, this,
            [this](const QString &message) { showStatus(message, true); });
    connect(m_draft, &DraftController::failed, this,
            [this](const QString &message) { showStatus(message, true); });
    connect(&context.network(), &NetworkMonitor::stateChanged, this,
            &ComposerWindow::updateNetworkNote);

    // Back where the person left it: the words, and the cursor.
    const store::Draft &d = m_draft->draft();
    m_editor->setPlainText(d.raw);
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(std::clamp(m_draft->cursorPosition(), 0, int(d.raw.size())));
    m_editor->setTextCursor(cursor);
    if (m_title)
        m_title->setText(d.title);
    fillCategories();
    // Filling the fields is not a change of the draft.
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_draft->setRaw(m_editor->toPlainText());
        m_previewTimer.start();
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this,
            [this] { m_draft->setCursorPosition(m_editor->textCursor().position()); });
    if (m_title) {
        connect(m_title, &QLineEdit::textChanged, this, [this](const QString &text) {
            m_draft->setTitle(text);
            m_previewTimer.start();
        });
    }
    if (m_category) {
        connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
            const QVariant id = m_category->currentData();
            m_draft->setCategoryId(id.isValid() ? std::optional<qint64>(id.toLongLong())
                                                : std::nullopt);
            m_heading->setText(WritingText::draftHeading(m_draft->draft(), m_session.data()));
        });
    }
    if (!d.updatedAt.isValid())
        showStatus(tr("Your words are saved as a draft as you type."), false);
    else
        showSaved();
    updateNetworkNote();
    refreshPreview();
    resize(980, 620);
    m_editor->setFocus(Qt::OtherFocusReason);
}

ComposerWindow::~ComposerWindow() = default;

QString ComposerWindow::draftId() const
{
    return m_draft->draftId();
}

const store::Draft &ComposerWindow::draft() const
{
    return m_draft->draft();
}

void ComposerWindow::rebuildStyle()
{
    m_style = std::make_unique<PostStyle>(palette(), font());
}

void ComposerWindow::buildUi()
{
    const store::Draft &d = m_draft->draft();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    m_heading = new QLabel(WritingText::draftHeading(d, m_session.data()), this);
    m_heading->setObjectName(u"composerHeading"_s);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    setWindowTitle(tr("%1 — Outpost").arg(m_heading->text()));

    if (d.kind == store::DraftKind::Edit) {
        m_note = new QLabel(this);
        m_note->setObjectName(u"composerEditNote"_s);
        m_note->setWordWrap(true);
        m_note->setText(
                d.baseVersion
                        //: %1 is the version number of the post being edited
                        ? tr("You are editing version %1 of your post. If someone changes it on "
                             "the forum before your edit goes out, Outpost shows you both texts "
                             "and lets you choose.")
                                  .arg(*d.baseVersion)
                        : tr("If someone changes your post on the forum before your edit goes "
                             "out, Outpost shows you both texts and lets you choose."));
        layout->addWidget(m_note);
    }

    if (d.kind == store::DraftKind::NewTopic) {
        auto *form = new QFormLayout;
        m_title = new QLineEdit(this);
        m_title->setObjectName(u"composerTitle"_s);
        m_title->setAccessibleName(tr("Title"));
        m_title->setPlaceholderText(tr("What is the topic about, in a sentence?"));
        m_title->setMaxLength(255);
        form->addRow(tr("&Title:"), m_title);
        m_category = new QComboBox(this);
        m_category->setObjectName(u"composerCategory"_s);
        m_category->setAccessibleName(tr("Category"));
        form->addRow(tr("&Category:"), m_category);
        layout->addLayout(form);
    }

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"composerSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_editor = new QPlainTextEdit(m_splitter);
    m_editor->setObjectName(u"composerEditor"_s);
    //: Accessible name of the composer's text field
    m_editor->setAccessibleName(tr("Your post, in Markdown"));
    m_editor->setPlaceholderText(
            tr("Write in Markdown: **bold**, *italic*, `code`, > quote, - list, @name to "
               "mention someone."));
    m_editor->setTabChangesFocus(true);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setMinimumWidth(280);
    // The text field takes Ctrl+Enter as a key of its own before any shortcut sees it.
    m_editor->installEventFilter(this);

    m_previewPane = new QWidget(m_splitter);
    m_previewPane->setObjectName(u"composerPreviewPane"_s);
    auto *previewLayout = new QVBoxLayout(m_previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewLabel = new QLabel(tr("Preview: how the forum will show it"), m_previewPane);
    previewLabel->setObjectName(u"composerPreviewLabel"_s);
    previewLayout->addWidget(previewLabel);
    auto *scroll = new QScrollArea(m_previewPane);
    scroll->setObjectName(u"composerPreviewScroll"_s);
    scroll->setAccessibleName(tr("Preview"));
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *canvas = new QWidget(scroll);
    auto *canvasLayout = new QVBoxLayout(canvas);
    canvasLayout->setContentsMargins(10, 10, 10, 10);
    if (d.kind == store::DraftKind::NewTopic) {
        m_previewTitle = new QLabel(canvas);
        m_previewTitle->setObjectName(u"composerPreviewTitle"_s);
        m_previewTitle->setTextFormat(Qt::PlainText);
        m_previewTitle->setWordWrap(true);
        m_previewTitle->setFont(headingFont);
        canvasLayout->addWidget(m_previewTitle);
    }
    m_preview = new PostBrowser(nullptr, canvas);
    m_preview->setObjectName(u"composerPreview"_s);
    //: Accessible name of the composer's preview of the post
    m_preview->setAccessibleName(tr("Preview of your post"));
    canvasLayout->addWidget(m_preview);
    canvasLayout->addStretch(1);
    scroll->setWidget(canvas);
    previewLayout->addWidget(scroll, 1);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_previewPane);
    m_splitter->setSizes({500, 480});
    layout->addWidget(m_splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"composerSaveStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_network = new QLabel(this);
    m_network->setObjectName(u"composerNetworkNote"_s);
    m_network->setTextFormat(Qt::PlainText);
    m_network->setWordWrap(true);
    layout->addWidget(m_network);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    m_togglePreview = new QPushButton(tr("Hide &Preview"), this);
    m_togglePreview->setObjectName(u"composerTogglePreview"_s);
    m_togglePreview->setToolTip(tr("Show or hide the preview (Ctrl+Shift+P)"));
    m_discard = new QPushButton(tr("&Delete Draft…"), this);
    m_discard->setObjectName(u"composerDiscard"_s);
    m_discard->setToolTip(tr("Throw these words away"));
    m_close = new QPushButton(tr("Keep as Draft && C&lose"), this);
    m_close->setObjectName(u"composerClose"_s);
    m_close->setToolTip(tr("Close the window; the draft stays in Drafts (Esc)"));
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(u"composerSend"_s);
    m_send->setDefault(true);
    m_send->setToolTip(tr("Put it in the outbox; it goes to the forum as soon as the link allows "
                          "(Ctrl+Enter)"));
    m_togglePreview->setAccessibleName(tr("Show or hide the preview"));
    m_discard->setAccessibleName(tr("Delete draft"));
    m_close->setAccessibleName(tr("Keep as draft and close"));
    m_send->setAccessibleName(tr("Send"));
    for (QPushButton *button : {m_togglePreview, m_discard, m_close, m_send})
        buttons->addWidget(button);
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, &ComposerWindow::send);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_discard, &QPushButton::clicked, this, &ComposerWindow::discardDraft);
    connect(m_togglePreview, &QPushButton::clicked, this, [this] {
        m_previewPane->setVisible(!m_previewPane->isVisible());
        m_togglePreview->setText(m_previewPane->isVisible() ? tr("Hide &Preview")
                                                            : tr("Show &Preview"));
        if (m_previewPane->isVisible())
            refreshPreview();
    });

    auto *sendAction = new QAction(tr("Send"), this);
    sendAction->setObjectName(u"composerSendAction"_s);
    sendAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendAction->setShortcutContext(Qt::WindowShortcut);
    connect(sendAction, &QAction::triggered, this, &ComposerWindow::send);
    addAction(sendAction);
    auto *closeAction = new QAction(tr("Close"), this);
    closeAction->setObjectName(u"composerCloseAction"_s);
    closeAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)});
    closeAction->setShortcutContext(Qt::WindowShortcut);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);
    auto *previewAction = new QAction(tr("Show or Hide Preview"), this);
    previewAction->setObjectName(u"composerPreviewAction"_s);
    previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    previewAction->setShortcutContext(Qt::WindowShortcut);
    connect(previewAction, &QAction::triggered, m_togglePreview, &QPushButton::click);
    addAction(previewAction);
}

void ComposerWindow::fillCategories()
{
    if (!m_category)
        return;
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    //: The first entry of the composer's category chooser
    m_category->addItem(tr("Choose a category…"));
    ForumSession *session = m_session.data();
    if (!session)
        return;
    QList<discourse::Category> categories = session->categories().values();
    std::sort(categories.begin(), categories.end(),
              [session](const discourse::Category &a, const discourse::Category &b) {
                  // Followed first (where the person usually writes), then by name.
                  const bool fa = session->isFollowed(a.id);
                  const bool fb = session->isFollowed(b.id);
                  if (fa != fb)
                      return fa;
                  return QString::localeAwareCompare(a.name, b.name) < 0;
              });
    for (const discourse::Category &category : categories) {
        QString name = category.name;
        if (category.parentId)
            //: A subcategory in the category chooser; %1 the parent's name, %2 its own
            name = tr("%1 › %2").arg(session->categoryName(*category.parentId), name);
        m_category->addItem(name, category.id);
    }
    const std::optional<qint64> chosen = m_draft->draft().categoryId;
    if (chosen) {
        const int index = m_category->findData(*chosen);
        m_category->setCurrentIndex(std::max(0, index));
    }
}

void ComposerWindow::insertBlock(const QString &markdown)
{
    QTextCursor cursor = m_editor->textCursor();
    const QString text = m_editor->toPlainText();
    QString block = markdown;
    const int at = cursor.position();
    if (at > 0 && text.at(at - 1) != u'\n')
        block.prepend(u"\n\n"_s);
    else if (at > 1 && text.at(at - 2) != u'\n')
        block.prepend(u'\n');
    if (!block.endsWith(u'\n'))
        block.append(u'\n');
    if (at >= text.size() || text.at(at) != u'\n')
        block.append(u'\n');
    cursor.insertText(block);
    m_editor->setTextCursor(cursor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void ComposerWindow::refreshPreview()
{
    m_previewTimer.stop();
    if (!m_previewPane->isVisible() && isVisible())
        return;
    if (m_previewTitle)
        m_previewTitle->setText(m_title ? m_title->text() : QString());
    discourse::SanitizeOptions options;
    if (ForumSession *session = m_session.data())
        options.baseUrl = QUrl(session->forum().baseUrl);
    const discourse::SanitizedHtml safe = compose::preview(m_editor->toPlainText(), options);
    m_preview->setSafeHtml(safe.html, safe.images, *m_style);
}

QString ComposerWindow::statusText() const
{
    return m_status->text();
}

void ComposerWindow::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? QColor(0xb0, 0x20, 0x20)
                             : this->palette().color(QPalette::PlaceholderText));
    m_status->setPalette(palette);
}

void ComposerWindow::showSaved()
{
    const QDateTime at = m_draft->draft().updatedAt.toLocalTime();
    //: The composer's status line; %1 is a time of day
    showStatus(tr("Draft saved at %1.").arg(QLocale().toString(at.time(), QLocale::ShortFormat)),
               false);
}

void ComposerWindow::updateNetworkNote()
{
    const bool offline = m_context.network().state() == NetworkState::Offline;
    m_network->setText(offline ? tr("You are offline. Send puts your post in the outbox; it goes "
                                    "out when the connection returns.")
                               : QString());
    m_network->setVisible(offline);
}

void ComposerWindow::send()
{
    if (m_title)
        m_draft->setTitle(m_title->text());
    m_draft->setRaw(m_editor->toPlainText());
    const std::optional<store::OutboxItem> item = m_draft->send();
    if (!item)
        return;
    m_closingAfterSend = true;
    Q_EMIT queued(*item);
    Q_EMIT draftsChanged();
    close();
}

void ComposerWindow::discardDraft()
{
    if (m_draft->hasContent()) {
        const auto answer = QMessageBox::question(
                this, tr("Delete Draft"),
                tr("Delete this draft? Its words cannot be brought back."),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_draft->discard();
    m_closingAfterSend = true;
    Q_EMIT draftsChanged();
    close();
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closingAfterSend && !m_draft->saveNow()) {
        const auto answer = QMessageBox::warning(
                this, tr("Draft Not Saved"),
                tr("Your draft could not be saved, so closing this window would lose what you "
                   "wrote. Close it anyway?"),
                QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    Q_EMIT draftsChanged();
    QWidget::closeEvent(event);
}

bool ComposerWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool sendKey = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                             (key->modifiers() & Qt::ControlModifier);
        if (sendKey) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
            } else {
                send();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ComposerWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        rebuildStyle();
        if (m_preview)
            refreshPreview();
    }
}

} // namespace outpost::gui
