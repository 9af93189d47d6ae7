#include "SessionAnswer.h"

#include "ResponseParsers.h"

namespace outpost::discourse {

SessionAnswer readSessionAnswer(const net::HttpResponse &response)
{
    SessionAnswer answer;
    using Verdict = SessionAnswer::Verdict;
    if (response.error != net::TransferError::None || response.status <= 0) {
        answer.verdict = Verdict::NotAnswered;
        return answer;
    }
    if (response.status == 401 || response.status == 403 || response.status == 404) {
        answer.verdict = Verdict::Refused;
        return answer;
    }
    if (!response.isSuccess()) {
        answer.verdict = Verdict::Failed;
        return answer;
    }
    ParseResult<CurrentUser> user = parseCurrentUser(response.body);
    if (!user) {
        answer.verdict = Verdict::Unreadable;
        answer.error = user.error();
    } else if (user->username.isEmpty()) {
        answer.verdict = Verdict::Unreadable;
        answer.error = ParseError{ParseError::Kind::Shape, QStringLiteral("current_user.username"),
                                  QStringLiteral("empty")};
    } else {
        answer.verdict = Verdict::Accepted;
        answer.user = std::move(user).value();
    }
    return answer;
}

} // namespace outpost::discourse
