-- What the sync knows about each topic beyond what a topic list shows (docs/sync.md, "State
-- we keep per topic"). The listed state is the topic row itself: highest_post_number,
-- posts_count and bumped_at as the newest list or topic response showed them. Here:
--   stream_*  the state the stored post stream (topic_stream) came with;
--   synced_*  the state for which every post of that stream is in the cache.
-- A topic needs work when its synced state differs from its listed state; a topic without a
-- row here was never fetched. Written by core/sync in the same transaction as the response
-- that changes it, so a kill at any instant leaves the three states consistent.
CREATE TABLE topic_sync (
    topic_id INTEGER PRIMARY KEY REFERENCES topics(id) ON DELETE CASCADE,
    stream_highest_post_number INTEGER,
    stream_posts_count INTEGER,
    stream_bumped_at INTEGER,
    synced_highest_post_number INTEGER,
    synced_posts_count INTEGER,
    synced_bumped_at INTEGER
);
