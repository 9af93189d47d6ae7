#include "Translations.h"

#include <QDir>
#include <QLibraryInfo>

namespace outpost::i18n {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPseudo = QStringLiteral("pseudo");
const QString kEnglish = QStringLiteral("en");

// Qt's widgets take the layout direction from this string in the translation that is
// installed: translators of right-to-left languages write "RTL".
struct TranslatableText
{
    const char *source;
    const char *comment;
};
[[maybe_unused]] const TranslatableText kLayoutDirection =
        QT_TRANSLATE_NOOP3("QGuiApplication", "QT_LAYOUT_DIRECTION",
                           "Translate this string to the string 'LTR' in left-to-right "
                           "languages or to 'RTL' in right-to-left languages (such as Hebrew "
                           "and Arabic) to get proper widget layout.");

QString languageOf(const QString &code)
{
    // "pt-BR", "pt_BR", "pt" -> "pt"
    QString normal = code.trimmed();
    normal.replace(QLatin1Char('-'), QLatin1Char('_'));
    return normal.section(QLatin1Char('_'), 0, 0).toLower();
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages{kEnglish};
    const QStringList files =
            QDir(kResourceDir).entryList({QStringLiteral("outpost_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(8, file.size() - 8 - 3);
        if (code != kPseudo && code != kEnglish)
            languages.append(code);
    }
    if (files.contains(QStringLiteral("outpost_pseudo.qm")))
        languages.append(kPseudo);
    return languages;
}

QString resolveLanguage(const QString &requested)
{
    const QStringList available = availableLanguages();
    if (!requested.isEmpty()) {
        if (requested == kPseudo)
            return available.contains(kPseudo) ? kPseudo : kEnglish;
        const QString language = languageOf(requested);
        return available.contains(language) ? language : kEnglish;
    }
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString language = languageOf(ui);
        if (available.contains(language))
            return language;
    }
    return kEnglish;
}

Translations::~Translations()
{
    removeInstalled();
}

void Translations::removeInstalled()
{
    for (auto *translator : {&m_outpost, &m_qt, &m_english}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
}

QLocale Translations::localeFor(const QString &language)
{
    if (language == kPseudo)
        return QLocale(QLocale::English);
    // The system's own locale when it speaks this language (its country's dates and digits:
    // "ar" alone would mean Egypt's), else the language's usual one.
    const QLocale system = QLocale::system();
    if (system.language() != QLocale::C && languageOf(system.name()) == language)
        return system;
    return QLocale(language);
}

Qt::LayoutDirection Translations::layoutDirection(const QString &language)
{
    if (language == kPseudo)
        return Qt::LeftToRight;
    return QLocale(language).textDirection();
}

QString Translations::apply(const QString &language)
{
    const QString resolved = resolveLanguage(language);
    removeInstalled();
    m_current = resolved;

    // Following the system keeps its locale whatever the shipped language is (an English
    // interface with Kenyan dates); a chosen language brings its own.
    QLocale::setDefault(language.isEmpty() ? QLocale::system() : localeFor(resolved));

    // Under every language: a %n string not translated yet still gets English plurals.
    auto english = std::make_unique<QTranslator>();
    if (english->load(QStringLiteral("outpost_en"), kResourceDir)) {
        QCoreApplication::installTranslator(english.get());
        m_english = std::move(english);
    }
    if (resolved == kEnglish)
        return resolved;

    auto outpost = std::make_unique<QTranslator>();
    if (outpost->load(QStringLiteral("outpost_") + resolved, kResourceDir)) {
        QCoreApplication::installTranslator(outpost.get());
        m_outpost = std::move(outpost);
    }
    if (resolved != kPseudo) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + resolved,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }
    return resolved;
}

QString Translations::nativeName(const QString &language)
{
    if (language == kPseudo)
        return QStringLiteral("Pseudo (test)");
    // Qt names the English of its default country ("American English"); Outpost's is plain.
    if (language == kEnglish)
        return QStringLiteral("English");
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? language : name;
}

} // namespace outpost::i18n
