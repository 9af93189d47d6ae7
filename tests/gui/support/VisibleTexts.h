#pragma once

// What a person reads in a window, for the translation tests: the texts of its visible labels,
// buttons, fields, group boxes, combo boxes, menus and actions, each with where it is, and the
// labels and buttons whose text does not fit.

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace outpost::testing {

struct VisibleText
{
    QString where; // "QLabel/topicListTitle", "menu fileMenu/action syncNowAction"
    QString text;
};

// Every text of `window` a person can see now, and its menus' (whether open or not).
QList<VisibleText> visibleTexts(QWidget *window);

// The visible labels and buttons cut short: their text needs more room than they have.
QStringList truncatedTexts(QWidget *window);

// True when `text` reads as the pseudo-locale wrote it: once `userContent` (forum names,
// titles, people's names) and the pseudo-translated parts ("[Ŝýñç ñöŵ···]") are taken out, no
// word of plain ASCII letters is left.
bool isPseudoTranslated(const QString &text, const QStringList &userContent);

} // namespace outpost::testing
