#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outpost::testing {

namespace {

QString where(const QWidget *widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + u'/' + widget->objectName();
}

// Qt's own parts (the line edit inside a spin box, the scroll area's viewport) carry no text of
// ours.
bool isInternal(const QWidget *widget)
{
    return widget->objectName().startsWith(u"qt_"_s);
}

QString labelText(const QLabel *label)
{
    const QString text = label->text();
    if (label->textFormat() == Qt::PlainText)
        return text;
    if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(text))
        return QTextDocumentFragment::fromHtml(text).toPlainText();
    return text;
}

void addMenu(QList<VisibleText> &out, const QMenu *menu)
{
    const QString name = u"menu "_s + menu->objectName();
    out.append({name + u"/title"_s, menu->title()});
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (action->menu())
            addMenu(out, action->menu());
        else
            out.append({name + u"/action "_s + action->objectName(), action->text()});
        if (!action->statusTip().isEmpty())
            out.append({name + u"/status tip "_s + action->objectName(), action->statusTip()});
    }
}

} // namespace

QList<VisibleText> visibleTexts(QWidget *window)
{
    QList<VisibleText> out;
    if (!window->windowTitle().isEmpty())
        out.append({u"window title"_s, window->windowTitle()});
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (const QAction *action : main->menuBar()->actions()) {
            if (action->menu())
                addMenu(out, action->menu());
        }
    }
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || isInternal(widget))
            continue;
        if (!widget->accessibleName().isEmpty())
            out.append({where(widget) + u" (accessible name)"_s, widget->accessibleName()});
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (!label->text().isEmpty())
                out.append({where(widget), labelText(label)});
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (!button->text().isEmpty())
                out.append({where(widget), button->text()});
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            if (!edit->placeholderText().isEmpty())
                out.append({where(widget) + u" (placeholder)"_s, edit->placeholderText()});
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            out.append({where(widget), box->title()});
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                out.append({where(widget) + u" item %1"_s.arg(i), combo->itemText(i)});
        }
    }
    return out;
}

QStringList truncatedTexts(QWidget *window)
{
    QStringList cut;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || isInternal(widget))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            const bool fits = label->wordWrap()
                                      ? label->heightForWidth(label->width()) <= label->height()
                                      : label->sizeHint().width() <= label->width();
            if (!fits)
                cut << u"%1 \"%2\" (%3x%4, needs %5x%6)"_s.arg(where(widget), label->text())
                                .arg(label->width())
                                .arg(label->height())
                                .arg(label->sizeHint().width())
                                .arg(label->wordWrap() ? label->heightForWidth(label->width())
                                                       : label->sizeHint().height());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            // An icon-only button (a line edit's clear button) shows no text to cut.
            auto *tool = qobject_cast<QToolButton *>(button);
            if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
                continue;
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width())
                cut << u"%1 \"%2\" (%3 wide, needs %4)"_s.arg(where(widget), button->text())
                                .arg(button->width())
                                .arg(button->sizeHint().width());
        }
    }
    return cut;
}

bool isPseudoTranslated(const QString &text, const QStringList &userContent)
{
    QString rest = text;
    // Direction marks the views put around pieces of text.
    static const QRegularExpression marks(
            u"[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"_s);
    rest.remove(marks);
    QStringList user = userContent;
    std::sort(user.begin(), user.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &content : std::as_const(user)) {
        if (!content.trimmed().isEmpty())
            rest.remove(content.trimmed());
    }
    // Innermost first: a pseudo text may hold another one ("[ĺàšţ šýñçéđ [5 ɱîñûţéš àĝö··]··]").
    static const QRegularExpression pseudo(u"\\[[^\\[\\]]*\\]"_s);
    for (QString before; before != rest;) {
        before = rest;
        rest.remove(pseudo);
    }
    static const QRegularExpression plainWord(u"[A-Za-z]{2,}"_s);
    return !rest.contains(plainWord);
}

} // namespace outpost::testing
