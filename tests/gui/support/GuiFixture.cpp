#include "GuiFixture.h"

#include "AppLanguage.h"
#include "Clock.h"
#include "ShowcaseForum.h"
#include "SyntheticForum.h"
#include "forums/ForumSetup.h"
#include "store/CacheWriter.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"

using namespace Qt::StringLiterals;

namespace outpost::testing {

GuiFixture::GuiFixture()
    : m_temporary(std::make_unique<QTemporaryDir>())
    , m_directory(m_temporary->path())
{
    build();
}

GuiFixture::GuiFixture(const QString &directory)
    : m_directory(directory)
{
    build();
}

GuiFixture::~GuiFixture() = default;

void GuiFixture::build()
{
    auto clock = std::make_unique<FakeClock>(ShowcaseForum::nowMs());
    m_clock = clock.get();
    m_network = new FakeNetworkMonitor(NetworkState::Online);
    m_context = std::make_unique<gui::AppContext>(store::Profile::open(m_directory),
                                                  std::move(clock), m_network);
    // The system's language, which ctest makes the C locale: English with its plural forms.
    m_context->language().apply(QString());
    m_opened = std::make_shared<QList<QUrl>>();
    m_context->setUrlOpener([opened = m_opened](const QUrl &url) {
        opened->append(url);
        return true;
    });
}

void GuiFixture::reset()
{
    m_context.reset();
    build();
}

store::Forum GuiFixture::addEmptyForum(const QString &baseUrl, const QList<qint64> &follow)
{
    forums::ForumSetupRequest request;
    request.baseUrl = QUrl(baseUrl);
    request.name = u"DHIS2 Community (test)"_s;
    request.followCategoryIds = follow;
    return forums::setUpForum(m_context->profile(), *m_clock, request).forum;
}

store::Forum GuiFixture::addShowcaseForum(const QString &baseUrl)
{
    const store::Forum forum = addEmptyForum(baseUrl, ShowcaseForum::followedCategoryIds());
    store::Database cache = m_context->profile().openCacheConnection(forum.id);
    ShowcaseForum::fill(cache, *m_clock);
    return forum;
}

store::Forum GuiFixture::addSyntheticForum(int topics, int postsPerTopic, int categories,
                                           int bigTopicPosts)
{
    QList<qint64> follow;
    for (qint64 c = 1; c <= categories; ++c)
        follow << c;
    const store::Forum forum = addEmptyForum(u"https://synthetic.example.org"_s, follow);
    store::Database cache = m_context->profile().openCacheConnection(forum.id);
    store::CacheWriter writer(cache, *m_clock);
    QList<discourse::Category> list;
    for (qint64 c = 1; c <= categories; ++c) {
        discourse::Category category;
        category.id = c;
        category.name = u"Category %1"_s.arg(c);
        category.slug = u"category-%1"_s.arg(c);
        category.color = u"25AAE2"_s;
        category.position = int(c);
        list << category;
    }
    writer.upsertCategories(list, true);
    const bench::SyntheticForum synthetic(topics, postsPerTopic, categories);
    for (qint64 id = 1; id <= topics; ++id) {
        bench::SyntheticTopic topic =
                synthetic.topic(id, id == 1 && bigTopicPosts > 0 ? bigTopicPosts : 0);
        discourse::TopicListPage page;
        page.topics << topic.item;
        writer.upsertTopicList(page);
        discourse::TopicDetail detail = topic.detail;
        const QList<discourse::Post> all = detail.posts;
        detail.posts = all.mid(0, 20);
        writer.applyTopicDetail(detail, topic.plainTexts.mid(0, 20));
        for (qsizetype at = 20; at < all.size(); at += 50)
            writer.upsertPosts(all.mid(at, 50), topic.plainTexts.mid(at, 50));
    }
    writer.indexPendingPosts();
    return forum;
}

} // namespace outpost::testing
