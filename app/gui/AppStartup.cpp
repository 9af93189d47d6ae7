#include "AppStartup.h"

#include "AppContext.h"
#include "AppSettings.h"
#include "ForumSession.h"
#include "controllers/ForumKeys.h"
#include "controllers/SyncController.h"
#include "forums/ForumAddress.h"
#include "forums/ForumSetup.h"
#include "store/ForumRepository.h"
#include "store/StoreError.h"
#include "views/MainWindow.h"
#include "views/TopicListView.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace outpost::gui {

std::unique_ptr<MainWindow> AppStartup::start(AppContext &context, const AppOptions &options,
                                              QString *error)
{
    std::optional<store::Forum> forum;
    try {
        if (!options.addForumUrl.isEmpty()) {
            const forums::ForumAddress address =
                    forums::ForumAddress::fromTyped(options.addForumUrl);
            if (!address.isValid()) {
                *error = address.error;
                return nullptr;
            }
            forums::ForumSetupRequest request;
            request.baseUrl = address.baseUrl;
            request.followCategoryIds = options.follow;
            forum = forums::setUpForum(context.profile(), context.clock(), request).forum;
        } else {
            const QList<store::Forum> all =
                    store::ForumRepository(context.profile().userDatabase(), context.clock()).all();
            if (!all.isEmpty())
                forum = all.first();
        }
    } catch (const store::StoreError &e) {
        *error = e.message() + u" ("_s + e.detail() + u')';
        return nullptr;
    }

    auto window = std::make_unique<MainWindow>(context);
    if (forum)
        window->openForum(*forum);
    if (options.smokeTest) {
        // Long enough to lay out, paint and run a few timers; no network, no dialogs. The line
        // on stdout is for scripts (packaging checks, the demo's check): what the window shows.
        QTimer::singleShot(1000, window.get(), [w = window.get()] {
            const ForumSession *session = w->session();
            std::printf("smoke-test: forum=%s topics=%d\n",
                        session ? QUrl::toPercentEncoding(session->forum().name).constData() : "-",
                        int(w->topicList()->model()->rowCount()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        return window;
    }
    if (!forum) {
        QTimer::singleShot(0, window.get(), [w = window.get()] { w->startFirstRun(); });
    } else if (context.settings().syncOnStart()) {
        // After the keychain answered, so the first sync is signed in (and sends the outbox).
        QTimer::singleShot(0, window.get(), [w = window.get(), &context, forum = *forum] {
            context.keys().load(forum, w, [w] {
                w->syncController()->syncNow(SyncController::Trigger::Start);
            });
        });
    }
    return window;
}

} // namespace outpost::gui
