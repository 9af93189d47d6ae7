#include "store/CacheWriter.h"

#include "Clock.h"
#include "store/Database.h"
#include "store/SearchIndexUpdater.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace outpost::store {

namespace {

Q_LOGGING_CATEGORY(lcCacheWriter, "outpost.store.writer")

// Topics are ordered by bumped_at, which must never be NULL; fall back on what we have.
QDateTime bumpedOrFallback(const QDateTime &bumped, const QDateTime &lastPosted,
                           const QDateTime &created, qint64 nowMs)
{
    if (bumped.isValid())
        return bumped;
    if (lastPosted.isValid())
        return lastPosted;
    if (created.isValid())
        return created;
    return QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
}

[[noreturn]] void throwMismatch(qsizetype posts, qsizetype texts)
{
    throw StoreError(StoreErrorKind::InvalidArgument,
                     QCoreApplication::translate("outpost::store",
                                                 "Downloaded posts could not be saved because "
                                                 "their text was incomplete."),
                     u"%1 posts but %2 plain texts"_s.arg(posts).arg(texts));
}

} // namespace

CacheWriter::CacheWriter(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

CacheWriter::~CacheWriter()
{
    try {
        flush();
    } catch (const StoreError &error) {
        qCWarning(lcCacheWriter).noquote()
                << "the last writes of a sync were not kept:" << error.detail();
    }
}

void CacheWriter::openGroup()
{
    if (m_groupAge.count() <= 0)
        return;
    if (m_group) {
        if (m_db.savepointDepth() > 0 ||
            std::chrono::steady_clock::now() - m_groupOpenedAt < m_groupAge)
            return;
        flush();
    }
    if (m_db.inTransaction())
        return;
    m_group = std::make_unique<Transaction>(m_db);
    m_groupOpenedAt = std::chrono::steady_clock::now();
}

void CacheWriter::flush()
{
    if (!m_group)
        return;
    Q_ASSERT_X(m_db.savepointDepth() == 0, "CacheWriter::flush",
               "a savepoint of the group is still open");
    const std::unique_ptr<Transaction> group = std::move(m_group);
    try {
        group->commit();
    } catch (...) {
        m_knownUsers.clear();
        throw;
    }
}

// Runs `body` in one transaction (a savepoint of the group, when grouping), then indexes the
// queued posts when a batch is full. On failure also forgets the memo of users, which may
// name rows the rollback just removed.
template <typename Body>
auto CacheWriter::write(Body body)
{
    try {
        openGroup();
        Transaction transaction(m_db);
        if constexpr (std::is_void_v<decltype(body())>) {
            body();
            transaction.commit();
            indexIfBatchFull();
        } else {
            auto result = body();
            transaction.commit();
            indexIfBatchFull();
            return result;
        }
    } catch (...) {
        m_knownUsers.clear();
        throw;
    }
}

void CacheWriter::indexIfBatchFull()
{
    // The counter over-estimates (a post queued twice counts twice); the queue decides.
    if (m_queuedSinceIndex < m_indexBatchSize)
        return;
    m_queuedSinceIndex = SearchIndexUpdater(m_db).pendingCount();
    if (m_queuedSinceIndex >= m_indexBatchSize)
        indexPendingPosts();
}

int CacheWriter::indexPendingPosts()
{
    Transaction transaction(m_db);
    const int indexed = SearchIndexUpdater(m_db).indexPending(0);
    transaction.commit();
    m_queuedSinceIndex = 0;
    return indexed;
}

void CacheWriter::prepareTopicChange(qint64 topicId, qint64 categoryId, const QString &title)
{
    Statement stmt = m_db.prepare("SELECT title <> ?2 OR category_id <> ?3 FROM topics"
                                  " WHERE id = ?1");
    stmt.bind(1, topicId).bind(2, title).bind(3, categoryId);
    if (stmt.step() && stmt.boolean(0)) {
        stmt.reset();
        SearchIndexUpdater(m_db).topicChanging(topicId);
        Statement cached = m_db.prepare("SELECT posts_cached FROM topics WHERE id = ?1");
        cached.bind(1, topicId);
        if (cached.step())
            m_queuedSinceIndex += cached.integer(0);
    }
}

void CacheWriter::setMeta(const QString &key, const QString &value)
{
    Statement stmt = m_db.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    stmt.bind(1, key).bind(2, value).exec();
}

void CacheWriter::upsertCategories(const QList<discourse::Category> &categories, bool removeMissing)
{
    write([&] {
        const qint64 now = m_clock.nowMs();
        Statement stmt = m_db.prepare(
                "INSERT INTO categories(id, parent_id, name, slug, description_text, color,"
                " position, topic_count, post_count, read_restricted, notification_level,"
                " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
                " ON CONFLICT(id) DO UPDATE SET parent_id = excluded.parent_id,"
                " name = excluded.name, slug = excluded.slug,"
                " description_text = excluded.description_text, color = excluded.color,"
                " position = excluded.position, topic_count = excluded.topic_count,"
                " post_count = excluded.post_count, read_restricted = excluded.read_restricted,"
                " notification_level = excluded.notification_level,"
                " updated_at = excluded.updated_at");
        for (const discourse::Category &c : categories) {
            stmt.bind(1, c.id)
                    .bind(2, c.parentId)
                    .bind(3, c.name)
                    .bind(4, c.slug)
                    .bind(5, c.descriptionText)
                    .bind(6, c.color)
                    .bind(7, c.position)
                    .bind(8, c.topicCount)
                    .bind(9, c.postCount)
                    .bind(10, c.readRestricted)
                    .bind(11, int(c.notificationLevel))
                    .bind(12, now);
            stmt.exec();
            stmt.reset();
        }
        if (removeMissing) {
            QStringList ids;
            for (const discourse::Category &c : categories)
                ids.append(QString::number(c.id));
            Statement remove = m_db.prepare("DELETE FROM categories WHERE id NOT IN"
                                            " (SELECT value FROM json_each(?1))");
            remove.bind(1, u'[' + ids.join(u',') + u']').exec();
        }
    });
}

void CacheWriter::upsertSite(const discourse::Site &site)
{
    write([&] {
        upsertCategories(site.categories, true);
        if (site.uncategorizedCategoryId)
            setMeta(u"uncategorized_category_id"_s, QString::number(*site.uncategorizedCategoryId));
    });
}

void CacheWriter::upsertUser(qint64 id, const QString &username, const QString &name,
                             const QString &avatarTemplate, qint64 nowMs)
{
    if (id == 0 || username.isEmpty())
        return;
    // Most pages repeat the same few posters; skip rows already written unchanged.
    const QString memo = username + u'\n' + name + u'\n' + avatarTemplate;
    auto known = m_knownUsers.constFind(id);
    if (known != m_knownUsers.constEnd() && *known == memo)
        return;
    Statement stmt = m_db.prepare(
            "INSERT INTO users(id, username, name, avatar_template, updated_at)"
            " VALUES (?1, ?2, ?3, ?4, ?5)"
            " ON CONFLICT(id) DO UPDATE SET username = excluded.username,"
            " name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE users.name END,"
            " avatar_template = CASE WHEN excluded.avatar_template <> ''"
            "   THEN excluded.avatar_template ELSE users.avatar_template END,"
            " updated_at = excluded.updated_at");
    stmt.bind(1, id).bind(2, username).bind(3, name).bind(4, avatarTemplate).bind(5, nowMs);
    stmt.exec();
    m_knownUsers.insert(id, memo);
}

void CacheWriter::upsertListItem(const discourse::TopicListItem &item, qint64 nowMs)
{
    prepareTopicChange(item.id, item.categoryId, item.title);
    Statement stmt = m_db.prepare(
            "INSERT INTO topics(id, category_id, title, slug, posts_count, reply_count,"
            " highest_post_number, created_at, last_posted_at, bumped_at, pinned, closed,"
            " archived, visible, views, like_count, last_poster_username,"
            " last_read_post_number, listed_at)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
            " ?17, ?18, ?19)"
            " ON CONFLICT(id) DO UPDATE SET category_id = excluded.category_id,"
            " title = excluded.title, slug = excluded.slug,"
            " posts_count = excluded.posts_count, reply_count = excluded.reply_count,"
            " highest_post_number = excluded.highest_post_number,"
            " created_at = excluded.created_at, last_posted_at = excluded.last_posted_at,"
            " bumped_at = excluded.bumped_at, pinned = excluded.pinned,"
            " closed = excluded.closed, archived = excluded.archived,"
            " visible = excluded.visible, views = excluded.views,"
            " like_count = excluded.like_count,"
            " last_poster_username = excluded.last_poster_username,"
            " last_read_post_number = max(topics.last_read_post_number,"
            "   excluded.last_read_post_number),"
            " listed_at = excluded.listed_at");
    stmt.bind(1, item.id)
            .bind(2, item.categoryId)
            .bind(3, item.title)
            .bind(4, item.slug)
            .bind(5, item.postsCount)
            .bind(6, item.replyCount)
            .bind(7, item.highestPostNumber)
            .bind(8, item.createdAt)
            .bind(9, item.lastPostedAt)
            .bind(10, bumpedOrFallback(item.bumpedAt, item.lastPostedAt, item.createdAt, nowMs))
            .bind(11, item.pinned)
            .bind(12, item.closed)
            .bind(13, item.archived)
            .bind(14, item.visible)
            .bind(15, item.views)
            .bind(16, item.likeCount)
            .bind(17, item.lastPosterUsername)
            .bind(18, item.lastReadPostNumber.value_or(0))
            .bind(19, nowMs);
    stmt.exec();
}

void CacheWriter::upsertTopicList(const discourse::TopicListPage &page,
                                  const std::optional<SyncCursor> &cursor)
{
    write([&] {
        const qint64 now = m_clock.nowMs();
        for (const discourse::User &user : page.users)
            upsertUser(user.id, user.username, user.name, user.avatarTemplate, now);
        for (const discourse::TopicListItem &item : page.topics)
            upsertListItem(item, now);
        if (cursor)
            writeCursor(*cursor, now);
    });
}

qint64 CacheWriter::upsertPostRow(const discourse::Post &post, const QString &plainText,
                                  qint64 nowMs)
{
    SearchIndexUpdater index(m_db);
    const SearchIndexUpdater::PostState before = index.stateOf(post.id);

    // A post number belongs to one post; if another cached post claims it (it moved away
    // and we have not seen that yet), the newer information wins.
    QList<qint64> evicted;
    {
        Statement clash = m_db.prepare(
                "SELECT id FROM posts WHERE topic_id = ?1 AND post_number = ?2 AND id <> ?3");
        clash.bind(1, post.topicId).bind(2, post.postNumber).bind(3, post.id);
        while (clash.step())
            evicted.append(clash.int64(0));
    }
    for (qint64 id : std::as_const(evicted)) {
        index.postDeleting(id);
        Statement remove = m_db.prepare("DELETE FROM posts WHERE id = ?1");
        remove.bind(1, id).exec();
    }

    if (before.exists) {
        Statement same = m_db.prepare("SELECT plain_text = ?2 FROM posts WHERE id = ?1");
        same.bind(1, post.id).bind(2, plainText);
        const bool sameText = same.step() && same.boolean(0);
        same.reset();
        if (!sameText || before.topicId != post.topicId) {
            index.postChanging(post.id, before);
            ++m_queuedSinceIndex;
        }
    }

    Statement stmt = m_db.prepare(
            "INSERT INTO posts(id, topic_id, post_number, user_id, username, created_at,"
            " updated_at, version, post_type, reply_to_post_number, reply_count, like_count,"
            " hidden, can_edit, yours, deleted_at, action_code, fetched_at, plain_text, raw,"
            " cooked) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
            " ?15, ?16, ?17, ?18, ?19, ?20, ?21)"
            " ON CONFLICT(id) DO UPDATE SET topic_id = excluded.topic_id,"
            " post_number = excluded.post_number, user_id = excluded.user_id,"
            " username = excluded.username, created_at = excluded.created_at,"
            " updated_at = excluded.updated_at,"
            // raw only comes with some endpoints: keep ours while the version is the same.
            " raw = CASE WHEN excluded.raw IS NOT NULL THEN excluded.raw"
            "   WHEN excluded.version = posts.version THEN posts.raw ELSE NULL END,"
            " version = excluded.version, post_type = excluded.post_type,"
            " reply_to_post_number = excluded.reply_to_post_number,"
            " reply_count = excluded.reply_count, like_count = excluded.like_count,"
            " hidden = excluded.hidden, can_edit = excluded.can_edit,"
            " yours = excluded.yours, deleted_at = excluded.deleted_at,"
            " action_code = excluded.action_code, fetched_at = excluded.fetched_at,"
            " plain_text = excluded.plain_text, cooked = excluded.cooked");
    stmt.bind(1, post.id)
            .bind(2, post.topicId)
            .bind(3, post.postNumber)
            .bind(5, post.username)
            .bind(6, post.createdAt)
            .bind(7, post.updatedAt)
            .bind(8, post.version)
            .bind(9, int(post.postType))
            .bind(10, post.replyToPostNumber)
            .bind(11, post.replyCount)
            .bind(12, post.likeCount)
            .bind(13, post.hidden)
            .bind(14, post.canEdit)
            .bind(15, post.yours)
            .bind(17, post.actionCode)
            .bind(18, nowMs)
            .bind(19, plainText)
            .bind(20, post.raw)
            .bind(21, post.cooked);
    if (post.userId != 0)
        stmt.bind(4, post.userId);
    else
        stmt.bindNull(4);
    if (post.deletedAt)
        stmt.bind(16, *post.deletedAt);
    else
        stmt.bindNull(16);
    stmt.exec();
    if (!before.exists) {
        index.postInserted(post.id);
        ++m_queuedSinceIndex;
    }
    return before.topicId;
}

void CacheWriter::requireTopic(qint64 topicId)
{
    Statement stmt = m_db.prepare("SELECT 1 FROM topics WHERE id = ?1");
    stmt.bind(1, topicId);
    if (!stmt.step()) {
        throw StoreError(StoreErrorKind::InvalidArgument,
                         QCoreApplication::translate("outpost::store",
                                                     "Downloaded posts could not be saved because "
                                                     "their topic is not in the offline copy."),
                         u"posts of topic %1, which is not cached"_s.arg(topicId));
    }
}

void CacheWriter::upsertPostRows(const QList<discourse::Post> &posts, const QStringList &plainTexts,
                                 qint64 nowMs, QSet<qint64> &touchedTopics)
{
    if (posts.size() != plainTexts.size())
        throwMismatch(posts.size(), plainTexts.size());
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const discourse::Post &post = posts.at(i);
        if (!touchedTopics.contains(post.topicId)) {
            requireTopic(post.topicId);
            touchedTopics.insert(post.topicId);
        }
        upsertUser(post.userId, post.username, post.name, post.avatarTemplate, nowMs);
        // A post that moved from another topic leaves a gap there to account for.
        const qint64 previousTopic = upsertPostRow(post, plainTexts.at(i), nowMs);
        if (previousTopic != 0)
            touchedTopics.insert(previousTopic);
    }
}

void CacheWriter::refreshCachedState(qint64 topicId)
{
    Statement stmt = m_db.prepare(
            "UPDATE topics SET (posts_cached, first_cached_post_number,"
            " last_cached_post_number) = (SELECT count(*), min(post_number), max(post_number)"
            " FROM posts WHERE topic_id = ?1) WHERE id = ?1");
    stmt.bind(1, topicId).exec();
}

void CacheWriter::replaceStream(qint64 topicId, const QList<qint64> &stream)
{
    QList<qint64> stored;
    {
        Statement read = m_db.prepare(
                "SELECT post_id FROM topic_stream WHERE topic_id = ?1 ORDER BY position");
        read.bind(1, topicId);
        while (read.step())
            stored.append(read.int64(0));
    }
    if (stored == stream)
        return;
    // Most refreshes only append new replies: write just the tail then.
    qsizetype from = 0;
    if (stored.size() < stream.size() &&
        std::equal(stored.cbegin(), stored.cend(), stream.cbegin())) {
        from = stored.size();
    } else {
        Statement clear = m_db.prepare("DELETE FROM topic_stream WHERE topic_id = ?1");
        clear.bind(1, topicId).exec();
    }
    Statement insert = m_db.prepare(
            "INSERT INTO topic_stream(topic_id, position, post_id) VALUES (?1, ?2, ?3)");
    for (qsizetype i = from; i < stream.size(); ++i) {
        insert.bind(1, topicId).bind(2, qint64(i)).bind(3, stream.at(i));
        insert.exec();
        insert.reset();
    }
}

void CacheWriter::applyTopicDetail(const discourse::TopicDetail &detail,
                                   const QStringList &plainTexts)
{
    if (detail.posts.size() != plainTexts.size())
        throwMismatch(detail.posts.size(), plainTexts.size());
    write([&] {
        const qint64 now = m_clock.nowMs();
        prepareTopicChange(detail.id, detail.categoryId, detail.title);
        Statement topic = m_db.prepare(
                "INSERT INTO topics(id, category_id, title, slug, posts_count,"
                " highest_post_number, created_at, last_posted_at, bumped_at, pinned, closed,"
                " archived, visible, is_mega_topic, chunk_size, last_read_post_number,"
                " detail_fetched_at, last_checked_at)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
                " ?17, ?17)"
                " ON CONFLICT(id) DO UPDATE SET category_id = excluded.category_id,"
                " title = excluded.title, slug = excluded.slug,"
                " posts_count = excluded.posts_count,"
                " highest_post_number = excluded.highest_post_number,"
                " created_at = excluded.created_at, last_posted_at = excluded.last_posted_at,"
                // /t/{id}.json does not always carry bumped_at: keep the one from the list.
                " bumped_at = CASE WHEN ?18 THEN excluded.bumped_at ELSE topics.bumped_at END,"
                " pinned = excluded.pinned, closed = excluded.closed,"
                " archived = excluded.archived, visible = excluded.visible,"
                " is_mega_topic = excluded.is_mega_topic, chunk_size = excluded.chunk_size,"
                " last_read_post_number = max(topics.last_read_post_number,"
                "   excluded.last_read_post_number),"
                " detail_fetched_at = excluded.detail_fetched_at,"
                " last_checked_at = excluded.last_checked_at");
        const QDateTime bumped = detail.bumpedAt.value_or(QDateTime());
        topic.bind(1, detail.id)
                .bind(2, detail.categoryId)
                .bind(3, detail.title)
                .bind(4, detail.slug)
                .bind(5, detail.postsCount)
                .bind(6, detail.highestPostNumber)
                .bind(7, detail.createdAt)
                .bind(8, detail.lastPostedAt)
                .bind(9, bumpedOrFallback(bumped, detail.lastPostedAt, detail.createdAt, now))
                .bind(10, detail.pinned)
                .bind(11, detail.closed)
                .bind(12, detail.archived)
                .bind(13, detail.visible)
                .bind(14, detail.isMegaTopic)
                .bind(15, detail.chunkSize)
                .bind(16, detail.lastReadPostNumber.value_or(0))
                .bind(17, now)
                .bind(18, bumped.isValid());
        topic.exec();

        // Mega topics come without a stream; an empty stream tells us nothing about
        // deletions, so it never empties the cache.
        if (!detail.isMegaTopic && !detail.stream.isEmpty()) {
            replaceStream(detail.id, detail.stream);
            SearchIndexUpdater(m_db).streamPruning(detail.id);
            Statement prune =
                    m_db.prepare("DELETE FROM posts WHERE topic_id = ?1 AND id NOT IN"
                                 " (SELECT post_id FROM topic_stream WHERE topic_id = ?1)");
            prune.bind(1, detail.id).exec();
        }

        QSet<qint64> touched{detail.id};
        QList<discourse::Post> posts;
        QStringList texts;
        // Only the posts of this topic belong here; a stray one would fail the stream check.
        for (qsizetype i = 0; i < detail.posts.size(); ++i) {
            if (detail.posts.at(i).topicId != detail.id && detail.posts.at(i).topicId != 0)
                continue;
            discourse::Post post = detail.posts.at(i);
            post.topicId = detail.id;
            posts.append(std::move(post));
            texts.append(plainTexts.at(i));
        }
        upsertPostRows(posts, texts, now, touched);
        for (qint64 topicId : std::as_const(touched))
            refreshCachedState(topicId);
    });
}

void CacheWriter::upsertPosts(const QList<discourse::Post> &posts, const QStringList &plainTexts)
{
    if (posts.size() != plainTexts.size())
        throwMismatch(posts.size(), plainTexts.size());
    write([&] {
        QSet<qint64> touched;
        upsertPostRows(posts, plainTexts, m_clock.nowMs(), touched);
        for (qint64 topicId : std::as_const(touched))
            refreshCachedState(topicId);
    });
}

void CacheWriter::deletePosts(const QList<qint64> &postIds)
{
    write([&] {
        QSet<qint64> touched;
        Statement find = m_db.prepare("SELECT topic_id FROM posts WHERE id = ?1");
        Statement remove = m_db.prepare("DELETE FROM posts WHERE id = ?1");
        for (qint64 id : postIds) {
            find.bind(1, id);
            if (find.step())
                touched.insert(find.int64(0));
            find.reset();
            SearchIndexUpdater(m_db).postDeleting(id);
            remove.bind(1, id).exec();
            remove.reset();
        }
        for (qint64 topicId : std::as_const(touched))
            refreshCachedState(topicId);
    });
}

void CacheWriter::deleteTopic(qint64 topicId)
{
    write([&] {
        SearchIndexUpdater(m_db).topicDeleting(topicId);
        Statement stmt = m_db.prepare("DELETE FROM topics WHERE id = ?1");
        stmt.bind(1, topicId).exec();
    });
}

void CacheWriter::markTopicChecked(qint64 topicId)
{
    Statement stmt = m_db.prepare("UPDATE topics SET last_checked_at = ?2 WHERE id = ?1");
    stmt.bind(1, topicId).bind(2, m_clock.nowMs()).exec();
}

void CacheWriter::writeCursor(const SyncCursor &cursor, qint64 nowMs)
{
    Statement stmt = m_db.prepare(
            "INSERT INTO sync_cursors(category_id, newest_bumped_at, oldest_page_fetched,"
            " backfill_complete, window_start, last_sync_at, updated_at)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            " ON CONFLICT(category_id) DO UPDATE SET"
            " newest_bumped_at = excluded.newest_bumped_at,"
            " oldest_page_fetched = excluded.oldest_page_fetched,"
            " backfill_complete = excluded.backfill_complete,"
            " window_start = excluded.window_start, last_sync_at = excluded.last_sync_at,"
            " updated_at = excluded.updated_at");
    stmt.bind(1, cursor.categoryId)
            .bind(2, cursor.newestBumpedAt)
            .bind(3, cursor.oldestPageFetched)
            .bind(4, cursor.backfillComplete)
            .bind(5, cursor.windowStart)
            .bind(6, cursor.lastSyncAt)
            .bind(7, nowMs);
    stmt.exec();
}

void CacheWriter::setSyncCursor(const SyncCursor &cursor)
{
    write([&] { writeCursor(cursor, m_clock.nowMs()); });
}

qint64 CacheWriter::writeDigest(const DigestInput &digest)
{
    return write([&] {
        const qint64 now = m_clock.nowMs();
        for (const discourse::User &user : digest.users)
            upsertUser(user.id, user.username, user.name, user.avatarTemplate, now);
        Statement run = m_db.prepare("INSERT INTO digests(since, created_at) VALUES (?1, ?2)");
        run.bind(1, digest.since).bind(2, now).exec();
        const qint64 id = m_db.lastInsertRowId();
        Statement entry = m_db.prepare("INSERT INTO digest_topics(digest_id, kind, rank, topic_id)"
                                       " VALUES (?1, ?2, ?3, ?4)");
        for (const DigestSection &section : digest.sections) {
            int rank = 0;
            for (const discourse::TopicListItem &item : section.topics) {
                upsertListItem(item, now);
                entry.bind(1, id).bind(2, digestKindName(section.kind)).bind(3, ++rank);
                entry.bind(4, item.id).exec();
                entry.reset();
            }
        }
        return id;
    });
}

void CacheWriter::pruneDigests(int keep)
{
    write([&] {
        Statement stmt = m_db.prepare("DELETE FROM digests WHERE id NOT IN"
                                      " (SELECT id FROM digests ORDER BY id DESC LIMIT ?1)");
        stmt.bind(1, std::max(0, keep)).exec();
    });
}

} // namespace outpost::store
