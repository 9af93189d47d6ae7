-- The outbox, version 2: what exactly-once delivery must remember between runs (and across a
-- crash). Times are milliseconds since the Unix epoch (UTC). A landed migration is never edited.

-- An attempt may have reached the forum without an answer (timeout, cut connection, crash):
-- before the item is sent again, the forum is searched for it (reconciliation).
ALTER TABLE outbox ADD COLUMN unconfirmed INTEGER NOT NULL DEFAULT 0;
-- Why an item needs attention, for programs: too_short, too_similar, topic_closed_or_deleted,
-- no_permission, new_user_limit, not_found, edit_conflict, refused. The sentence for people
-- stays in `error`.
ALTER TABLE outbox ADD COLUMN problem TEXT;
-- An edit whose post changed on the forum meanwhile: the forum's text and version, kept so the
-- person can compare them with theirs (raw) and decide.
ALTER TABLE outbox ADD COLUMN conflict_raw TEXT;
ALTER TABLE outbox ADD COLUMN conflict_version INTEGER;
-- Accepted into the forum's review queue: the pending post's id, until a moderator decides.
ALTER TABLE outbox ADD COLUMN pending_post_id INTEGER;
