-- The person's own data, version 1: forums they added, what they follow, settings, drafts,
-- the outbox and the request log of the rate budget. Never rebuilt automatically. Times are
-- milliseconds since the Unix epoch (UTC). A landed migration is never edited.

CREATE TABLE forums (
    id INTEGER PRIMARY KEY,
    base_url TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    sync_window_days INTEGER NOT NULL DEFAULT 90,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE followed_categories (
    forum_id INTEGER NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL,
    followed_at INTEGER NOT NULL,
    source TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'forum')),
    PRIMARY KEY (forum_id, category_id)
) WITHOUT ROWID;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE forum_settings (
    forum_id INTEGER NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (forum_id, key)
) WITHOUT ROWID;

-- Drafts and outbox rows reference their forum without a cascade: removing a forum must
-- never silently delete words that were not sent.
CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    forum_id INTEGER NOT NULL REFERENCES forums(id),
    kind TEXT NOT NULL CHECK (kind IN ('reply', 'new_topic', 'edit')),
    topic_id INTEGER,
    reply_to_post_number INTEGER,
    post_id INTEGER,
    base_version INTEGER,
    category_id INTEGER,
    title TEXT NOT NULL DEFAULT '',
    raw TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX drafts_by_forum ON drafts(forum_id, updated_at);

CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    forum_id INTEGER NOT NULL REFERENCES forums(id),
    kind TEXT NOT NULL CHECK (kind IN ('reply', 'new_topic', 'edit', 'like')),
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'sending', 'sent', 'needs_attention')),
    draft_id TEXT,
    topic_id INTEGER,
    reply_to_post_number INTEGER,
    post_id INTEGER,
    base_version INTEGER,
    category_id INTEGER,
    title TEXT NOT NULL DEFAULT '',
    raw TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    first_attempt_at INTEGER,
    last_attempt_at INTEGER,
    error TEXT,
    remote_post_id INTEGER,
    remote_topic_id INTEGER,
    depends_on TEXT REFERENCES outbox(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX outbox_by_state ON outbox(forum_id, state, created_at);
CREATE INDEX outbox_by_dependency ON outbox(depends_on);

CREATE TABLE rate_log (
    id INTEGER PRIMARY KEY,
    forum_id INTEGER NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    at_ms INTEGER NOT NULL
);
CREATE INDEX rate_log_by_forum_time ON rate_log(forum_id, at_ms);
