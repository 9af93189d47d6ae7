#include "auth/SignInHandBack.h"

#include "store/ForumRepository.h"

using namespace Qt::StringLiterals;

namespace outpost::auth {

namespace {

QString enabledKey(qint64 forumId)
{
    return u"forum/%1/sign_in_hand_back"_s.arg(forumId);
}

QString portKey(qint64 forumId)
{
    return u"forum/%1/sign_in_hand_back_port"_s.arg(forumId);
}

} // namespace

SignInHandBack SignInHandBack::load(store::Database &userDb, const Clock &clock, qint64 forumId)
{
    const store::SettingsRepository settings(userDb, clock);
    SignInHandBack setting;
    setting.enabled = settings.value(enabledKey(forumId)).value_or(QString()) == u"1";
    bool ok = false;
    const int port = settings.value(portKey(forumId)).value_or(QString()).toInt(&ok);
    if (ok && port >= 0 && port <= 65535)
        setting.port = quint16(port);
    return setting;
}

void SignInHandBack::save(store::Database &userDb, const Clock &clock, qint64 forumId,
                          const SignInHandBack &setting)
{
    store::SettingsRepository settings(userDb, clock);
    settings.set(enabledKey(forumId), setting.enabled ? u"1"_s : u"0"_s);
    settings.set(portKey(forumId), QString::number(setting.port));
}

} // namespace outpost::auth
