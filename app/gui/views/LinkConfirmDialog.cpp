#include "views/LinkConfirmDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outpost::gui {

LinkConfirmDialog::LinkConfirmDialog(const QUrl &url, QWidget *parent)
    : QDialog(parent)
    , m_url(url)
    , m_trust(new QCheckBox(this))
{
    setObjectName(u"linkConfirmDialog"_s);
    setWindowTitle(tr("Open Link"));
    auto *intro = new QLabel(this);
    intro->setObjectName(u"linkIntro"_s);
    intro->setWordWrap(true);
    intro->setText(url.scheme() == u"mailto"_s
                           ? tr("This link opens your e-mail program to write to:")
                           : tr("This link leaves Outpost and opens in your web browser:"));

    // The site in bold; the rest as it is, so nothing of the address is hidden.
    const QString full = url.toDisplayString();
    const QString host = url.host();
    QString html = full.toHtmlEscaped();
    if (!host.isEmpty()) {
        const int at = full.indexOf(host);
        if (at >= 0)
            html = full.left(at).toHtmlEscaped() + u"<b>"_s + host.toHtmlEscaped() + u"</b>"_s +
                   full.mid(at + host.size()).toHtmlEscaped();
    }
    auto *address = new QLabel(this);
    address->setObjectName(u"linkAddress"_s);
    address->setTextFormat(Qt::RichText);
    address->setText(u"<span style=\"font-size: large\">%1</span>"_s.arg(html));
    address->setWordWrap(true);
    address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    address->setAccessibleName(tr("Address"));
    address->setAccessibleDescription(full);
    address->setMinimumWidth(420);

    m_trust->setObjectName(u"linkTrustSite"_s);
    m_trust->setText(host.isEmpty() ? QString() : tr("Do not ask again for links to %1").arg(host));
    m_trust->setVisible(!host.isEmpty() && url.scheme() != u"mailto"_s);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *open = buttons->addButton(url.scheme() == u"mailto"_s ? tr("Write E-mail")
                                                                       : tr("Open in Browser"),
                                           QDialogButtonBox::AcceptRole);
    open->setObjectName(u"linkOpenButton"_s);
    open->setDefault(true);
    QPushButton *copy = buttons->addButton(tr("Copy Address"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"linkCopyButton"_s);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"linkCancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(m_url.toString());
        copy->setText(tr("Copied"));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(address);
    layout->addWidget(m_trust);
    layout->addWidget(buttons);
}

bool LinkConfirmDialog::trustSite() const
{
    return !m_trust->isHidden() && m_trust->isChecked();
}

} // namespace outpost::gui
