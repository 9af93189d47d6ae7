#pragma once

#include "ForumTypes.h"

#include <QStringList>

namespace devserver {

// Word and sentence banks for synthetic forum text, one per language. Written for this project
// around the DHIS2 Community of Practice's subjects, so generated threads read like real ones.
struct Phrasebook
{
    QStringList sentences;
    QStringList titleTemplates; // "%1" noun, "%2" context, "%3" version or country
    QStringList nouns;
    QStringList contexts;
    QStringList listItems;
    QStringList linkTexts;
    QStringList firstNames;
    QStringList lastNames;
    // ASCII spellings of firstNames/lastNames for usernames (same order).
    QStringList firstNamesAscii;
    QStringList lastNamesAscii;
    QString editNote; // prefix of the paragraph an edit adds
    QString imageAlt;

    static const Phrasebook &forLanguage(Lang lang);
};

struct CodeSample
{
    QString language; // Discourse's lang-* class
    QString code;
};

struct OneboxTarget
{
    QString url;
    QString domain;
    QString title;
    QString description;
};

const QList<CodeSample> &codeSamples();
const QList<OneboxTarget> &oneboxTargets();
const QStringList &emojiNames();
const QStringList &countries();
const QStringList &versions();

} // namespace devserver
