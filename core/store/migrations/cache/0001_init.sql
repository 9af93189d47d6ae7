-- The cache of one forum, version 1. Everything in this file can be downloaded again; what
-- the person wrote lives in the user database. Times are milliseconds since the Unix epoch
-- (UTC). A landed migration is never edited: add 0002_*.sql instead.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER,
    name TEXT NOT NULL,
    slug TEXT NOT NULL DEFAULT '',
    description_text TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    topic_count INTEGER NOT NULL DEFAULT 0,
    post_count INTEGER NOT NULL DEFAULT 0,
    read_restricted INTEGER NOT NULL DEFAULT 0,
    notification_level INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    avatar_template TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
);

-- category_id has no foreign key on purpose: a topic list can name a category (a new or
-- restricted one) before /site.json describing it is cached, and that must not fail a sync.
CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    slug TEXT NOT NULL DEFAULT '',
    posts_count INTEGER NOT NULL DEFAULT 0,
    reply_count INTEGER NOT NULL DEFAULT 0,
    highest_post_number INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER,
    last_posted_at INTEGER,
    bumped_at INTEGER NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0,
    closed INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    visible INTEGER NOT NULL DEFAULT 1,
    views INTEGER NOT NULL DEFAULT 0,
    like_count INTEGER NOT NULL DEFAULT 0,
    last_poster_username TEXT NOT NULL DEFAULT '',
    is_mega_topic INTEGER NOT NULL DEFAULT 0,
    chunk_size INTEGER NOT NULL DEFAULT 20,
    -- What we hold locally, kept up to date by the writer after every change of posts.
    posts_cached INTEGER NOT NULL DEFAULT 0,
    first_cached_post_number INTEGER,
    last_cached_post_number INTEGER,
    -- Highest post number read, here or on the forum (whichever is higher).
    last_read_post_number INTEGER NOT NULL DEFAULT 0,
    listed_at INTEGER,
    detail_fetched_at INTEGER,
    last_checked_at INTEGER
);
CREATE INDEX topics_by_category_activity ON topics(category_id, bumped_at DESC, id DESC);
CREATE INDEX topics_by_activity ON topics(bumped_at DESC, id DESC);
-- Covers the per-category counts (cached, new, unread) without reading topic rows.
CREATE INDEX topics_read_state
    ON topics(category_id, last_read_post_number, highest_post_number, created_at);

-- Every visible post id of a topic in order (post_stream.stream); tells the planner which
-- posts are missing and the writer which cached posts were deleted on the forum.
CREATE TABLE topic_stream (
    topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    post_id INTEGER NOT NULL,
    PRIMARY KEY (topic_id, position)
) WITHOUT ROWID;

-- Large columns last, so reading the small ones never walks overflow pages.
CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    post_number INTEGER NOT NULL,
    user_id INTEGER,
    username TEXT NOT NULL DEFAULT '',
    created_at INTEGER,
    updated_at INTEGER,
    version INTEGER NOT NULL DEFAULT 1,
    post_type INTEGER NOT NULL DEFAULT 1,
    reply_to_post_number INTEGER,
    reply_count INTEGER NOT NULL DEFAULT 0,
    like_count INTEGER NOT NULL DEFAULT 0,
    hidden INTEGER NOT NULL DEFAULT 0,
    can_edit INTEGER NOT NULL DEFAULT 0,
    yours INTEGER NOT NULL DEFAULT 0,
    deleted_at INTEGER,
    action_code TEXT NOT NULL DEFAULT '',
    fetched_at INTEGER NOT NULL,
    plain_text TEXT NOT NULL,
    raw TEXT,
    cooked TEXT NOT NULL
);
CREATE UNIQUE INDEX posts_by_topic_number ON posts(topic_id, post_number);

CREATE TABLE post_reads (
    post_id INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL,
    read_at INTEGER NOT NULL,
    synced INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX post_reads_unsynced ON post_reads(topic_id) WHERE synced = 0;

-- category_id 0 is the site-wide /latest feed.
CREATE TABLE sync_cursors (
    category_id INTEGER PRIMARY KEY,
    newest_bumped_at INTEGER,
    oldest_page_fetched INTEGER,
    backfill_complete INTEGER NOT NULL DEFAULT 0,
    window_start INTEGER,
    last_sync_at INTEGER,
    updated_at INTEGER NOT NULL
);

CREATE TABLE digests (
    id INTEGER PRIMARY KEY,
    since INTEGER,
    created_at INTEGER NOT NULL
);

CREATE TABLE digest_topics (
    digest_id INTEGER NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('new', 'active', 'top_week', 'top_month')),
    rank INTEGER NOT NULL,
    topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    PRIMARY KEY (digest_id, kind, rank)
) WITHOUT ROWID;
CREATE INDEX digest_topics_by_topic ON digest_topics(topic_id);

-- The GUI's image cache: the files live beside the cache, this is their index.
CREATE TABLE images (
    url TEXT PRIMARY KEY,
    local_path TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    content_type TEXT NOT NULL DEFAULT '',
    fetched_at INTEGER NOT NULL,
    last_used_at INTEGER NOT NULL
);
CREATE INDEX images_by_last_use ON images(last_used_at);

-- Full-text search over topic titles and post text, plus the topic's category as a token
-- ("c12") so a search within categories is filtered inside the index. External content (the
-- view below): the text is stored once, in posts.
--
-- The index is kept up to date by the repository (store/SearchIndexUpdater), not by
-- triggers: a trigger on posts makes every statement open a savepoint, and FTS5 writes its
-- pending in-memory segment out at each savepoint, which makes ingest several times slower.
-- New and changed posts are queued in search_pending within the transaction that writes
-- them and indexed in batches; a change to an already indexed post first removes the old
-- entry (with the title and text it was indexed with). The invariant, checked by the tests
-- with FTS5's integrity-check: the index holds exactly the posts not in search_pending, with
-- their current title, text and category.
--
-- Every post row carries its topic's title, so "malaria dashboard" finds a reply that says
-- "dashboard" in a topic titled "Malaria ...". The tokenizer outpost_fold (registered by the
-- application on every connection) folds case and diacritics and normalises Arabic.
CREATE TABLE search_pending (
    post_id INTEGER PRIMARY KEY
);

CREATE VIEW search_source AS
    SELECT p.id AS id, t.title AS title, p.plain_text AS body,
           'c' || t.category_id AS category
    FROM posts p JOIN topics t ON t.id = p.topic_id
    WHERE NOT EXISTS (SELECT 1 FROM search_pending q WHERE q.post_id = p.id);

CREATE VIRTUAL TABLE post_fts USING fts5(
    title, body, category,
    content = 'search_source', content_rowid = 'id',
    tokenize = 'outpost_fold'
);
-- The default rank for other tools: a title match counts four times a body match, the
-- category only filters. Outpost itself ranks with outpost_rank (store/SearchRank.h), the
-- same weights without bm25's costly IDF pass.
INSERT INTO post_fts(post_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 0.0)');
