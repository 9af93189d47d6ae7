#include "views/AboutDialog.h"

#include "AppContext.h"
#include "AppIcon.h"
#include "AppIdentity.h"
#include "OutpostVersion.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The resource bundle lives in an object library linked into the programs; naming its
// initialiser here keeps it in any program that shows this dialog.
static void initOutpostResources()
{
    Q_INIT_RESOURCE(outpost);
}

namespace outpost::gui {

namespace {

QByteArray readResource(const char *path)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString link(const QString &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    const QString native = locale.nativeLanguageName();
    if (locale.language() == QLocale::C || native.isEmpty())
        return code;
    return native;
}

} // namespace

QString AboutDialog::creditsHtml(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || root.isEmpty())
        return {};
    QString html;
    html += u"<h3>%1</h3><ul>"_s.arg(tr("Made by").toHtmlEscaped());
    for (const QJsonValue &author : root.value(u"authors"_s).toArray()) {
        const QJsonObject a = author.toObject();
        const QString name = a.value(u"name"_s).toString();
        const QString url = a.value(u"url"_s).toString();
        html += u"<li>%1</li>"_s.arg(url.isEmpty() ? name.toHtmlEscaped() : link(url, name));
    }
    html += u"</ul>"_s;

    html += u"<h3>%1</h3>"_s.arg(tr("Translated by").toHtmlEscaped());
    const QJsonObject translators = root.value(u"translators"_s).toObject();
    QString list;
    int credited = 0;
    QStringList waiting;
    for (auto it = translators.begin(); it != translators.end(); ++it) {
        QStringList names;
        for (const QJsonValue &t : it.value().toArray()) {
            const QString name =
                    t.isObject() ? t.toObject().value(u"name"_s).toString() : t.toString();
            if (!name.trimmed().isEmpty())
                names << name.trimmed().toHtmlEscaped();
        }
        if (names.isEmpty()) {
            waiting << languageName(it.key()).toHtmlEscaped();
            continue;
        }
        ++credited;
        //: A language and the people who translated Outpost into it
        list += u"<li>%1</li>"_s.arg(
                tr("%1: %2").arg(languageName(it.key()).toHtmlEscaped(), names.join(u", "_s)));
    }
    if (credited > 0)
        html += u"<ul>%1</ul>"_s.arg(list);
    if (!waiting.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(
                tr("These languages wait for their first credited translator: %1. "
                   "translations/TRANSLATING.md says how to help.")
                        .arg(waiting.join(u", "_s)));
    }

    html += u"<h3>%1</h3><ul>"_s.arg(tr("Built with").toHtmlEscaped());
    for (const QJsonValue &component : root.value(u"components"_s).toArray()) {
        const QJsonObject c = component.toObject();
        const QString name = c.value(u"name"_s).toString();
        const QString url = c.value(u"url"_s).toString();
        //: A library Outpost uses, and its licence
        html += u"<li>%1</li>"_s.arg(
                tr("%1 (%2)").arg(url.isEmpty() ? name.toHtmlEscaped() : link(url, name),
                                  c.value(u"license"_s).toString().toHtmlEscaped()));
    }
    html += u"</ul>"_s;
    const QString copyright = root.value(u"copyright"_s).toString();
    if (!copyright.isEmpty())
        html += u"<p>© %1</p>"_s.arg(copyright.toHtmlEscaped());
    return html;
}

AboutDialog::AboutDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_credits(new QTextBrowser(this))
{
    initOutpostResources();
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Outpost"));
    m_version = QString::fromLatin1(outpost::kVersion);

    auto *icon = new QLabel(this);
    icon->setObjectName(u"aboutIcon"_s);
    icon->setPixmap(appIcon().pixmap(64, 64));
    auto *name = new QLabel(this);
    name->setObjectName(u"aboutName"_s);
    name->setTextFormat(Qt::RichText);
    //: %1 is the version number
    name->setText(u"<h2>Outpost</h2><p>%1</p>"_s.arg(tr("Version %1").arg(m_version)));
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(name, 1);

    auto *aboutPage = new QLabel(this);
    aboutPage->setObjectName(u"aboutText"_s);
    aboutPage->setWordWrap(true);
    aboutPage->setTextFormat(Qt::RichText);
    aboutPage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    aboutPage->setText(u"<p>%1</p><p>%2</p><p>%3</p>"_s.arg(
            tr("Read, search and follow Discourse forums, also offline: made for "
               "slow, costly and intermittent connections.")
                    .toHtmlEscaped(),
            //: %1 is the licence's SPDX name (GPL-3.0-or-later)
            tr("Outpost is free software under the GNU General Public License, "
               "version 3 or (at your option) any later version (%1). It comes with "
               "no warranty.")
                    .arg(QString::fromLatin1(kLicenseSpdx))
                    .toHtmlEscaped(),
            link(QString::fromLatin1(kRepositoryUrl), QString::fromLatin1(kRepositoryUrl))));
    aboutPage->setOpenExternalLinks(false);
    aboutPage->setContentsMargins(8, 8, 8, 8);
    connect(aboutPage, &QLabel::linkActivated, this,
            [this](const QString &url) { m_context.openExternally(QUrl(url)); });

    m_credits->setObjectName(u"aboutCredits"_s);
    m_credits->setOpenLinks(false);
    m_credits->setHtml(creditsHtml(readResource(kCreditsResource)));
    connect(m_credits, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { m_context.openExternally(url); });

    auto *license = new QPlainTextEdit(this);
    license->setObjectName(u"aboutLicense"_s);
    license->setReadOnly(true);
    license->setPlainText(QString::fromUtf8(readResource(kLicenseResource)));
    license->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_tabs->setObjectName(u"aboutTabs"_s);
    m_tabs->addTab(aboutPage, tr("&About"));
    m_tabs->addTab(m_credits, tr("&Credits"));
    m_tabs->addTab(license, tr("&Licence"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(560, 480);
}

QString AboutDialog::creditsText() const
{
    return m_credits->toPlainText();
}

QString AboutDialog::versionText() const
{
    return m_version;
}

} // namespace outpost::gui
