#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace outpost::gui {

// A calm strip above the content for what the person should know: a sentence they
// understand, the technical detail only behind "Details", and at most one action.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information,
        Warning,
        Error,
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &message, const QString &detail = {},
                     const QString &actionText = {}, std::function<void()> action = {});
    QString message() const;
    QString detail() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    Kind m_kind = Kind::Information;
    QLabel *m_text;
    QToolButton *m_detailsButton;
    QLabel *m_details;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_callback;
};

} // namespace outpost::gui
