#!/usr/bin/env python3
"""Checks every endpoint of outpost-devserver against Discourse's JSON schemas.

Starts the devserver with a small generated forum, requests each endpoint as an anonymous
reader, as a user with a User API Key and as an admin (Api-Key + Api-Username), and validates
the JSON with the matching schema from tests/fixtures/discourse/schemas (current-from-openapi,
and discourse-core-2022-10 where a schema exists there too). Endpoints without a schema
(errors, the User API Key flow, raw) are checked against the shapes documented in
docs/discourse-api.md. Exits 1 on any mismatch, listing them all.

usage: validate_schemas.py DEVSERVER_BINARY FIXTURES_DIR
"""
import base64
import json
import os
import re
import sys
import tempfile
import urllib.parse

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

import jsonschema  # noqa: E402

from devserver_harness import Devserver, rsa_decrypt, rsa_key_pair  # noqa: E402
from schema_errata import ERRATA, apply_errata  # noqa: E402

NOT_FOUND = {"errors": ["The requested URL or resource could not be found."], "error_type": "not_found"}
INVALID_ACCESS = {"errors": ["You are not permitted to view the requested resource."],
                  "error_type": "invalid_access"}
NOT_LOGGED_IN = {"errors": ["You need to be logged in to do that."], "error_type": "not_logged_in"}
TOPIC_NOT_FOUND = ("Something has gone wrong. Perhaps this topic was closed or deleted while you "
                   "were looking at it?")


class Checker:
    def __init__(self, fixtures):
        self.schemas = {}
        for folder in ("current-from-openapi", "discourse-core-2022-10"):
            directory = os.path.join(fixtures, "schemas", folder)
            for name in os.listdir(directory):
                with open(os.path.join(directory, name)) as f:
                    self.schemas[f"{folder}/{name[:-5]}"] = json.load(f)
        self.failures = []
        self.validated = 0
        self.covered = set()

    def schema(self, name, anonymous):
        return apply_errata(self.schemas[name], anonymous, name.startswith("discourse-core-2022-10/"))

    def validate(self, label, instance, names, anonymous=False):
        for name in names:
            if name not in self.schemas:
                self.failures.append(f"{label}: no schema {name}")
                continue
            validator = jsonschema.Draft7Validator(self.schema(name, anonymous))
            errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
            self.validated += 1
            self.covered.add(name)
            for e in errors[:8]:
                where = "/".join(str(p) for p in e.absolute_path)
                self.failures.append(f"{label} vs {name}: at /{where}: {e.message[:300]}")

    def expect(self, condition, label):
        if not condition:
            self.failures.append(label)

    def json_reply(self, label, reply, status=200):
        self.expect(reply.status == status, f"{label}: status {reply.status}, expected {status}")
        content_type = reply.header("content-type") or ""
        self.expect(content_type.startswith("application/json"),
                    f"{label}: content-type {content_type!r}")
        try:
            return reply.json()
        except ValueError as e:
            self.failures.append(f"{label}: not JSON ({e})")
            return None


def both(name):
    return [f"current-from-openapi/{name}", f"discourse-core-2022-10/{name}"]


def current(name):
    return [f"current-from-openapi/{name}"]


def main():
    binary, fixtures = sys.argv[1], sys.argv[2]
    checker = Checker(fixtures)
    server = Devserver(binary, ["--generate", "categories=10,topics=120,posts=1500", "--seed", "3",
                                "--rate-limits", "off"])
    try:
        run_checks(server, checker)
    finally:
        server.close()
    print(f"{checker.validated} schema validations, schemas used: {len(checker.covered)}")
    for name in sorted(checker.covered):
        print(f"  {name}")
    print("errata applied (see schema_errata.py):")
    for what, evidence in ERRATA:
        print(f"  - {what} [{evidence}]")
    if checker.failures:
        print(f"\n{len(checker.failures)} mismatches:", file=sys.stderr)
        for f in checker.failures:
            print("  " + f, file=sys.stderr)
        return 1
    print("all responses match")
    return 0


def run_checks(server, c):
    users = server.control("GET", "users")["users"]
    admin = next(u for u in users if u["admin"])
    regular = next(u for u in users if not u["admin"] and not u["moderator"] and u["trust_level"] == 2)
    key = server.control("POST", "user-api-keys", {"username": regular["username"],
                                                   "scopes": ["read", "write"]})["key"]
    viewers = {
        "anonymous": {},
        "user_api_key": {"User-Api-Key": key},
        "admin": server.admin_headers(admin["username"]),
    }

    def get(path, viewer, **kw):
        return server.request("GET", path, headers=viewers[viewer], **kw)

    # --- site, categories, session
    for viewer in viewers:
        anon = viewer == "anonymous"
        site = c.json_reply(f"/site.json [{viewer}]", get("/site.json", viewer))
        if site is not None:
            # Not the 2022 site schema: it requires categories[].allowed_tags and
            # allowed_tag_groups, which current Discourse no longer sends and the current
            # schema forbids.
            c.validate(f"/site.json [{viewer}]", site, current("site_response"), anon)
        for query in ("", "?include_subcategories=true"):
            body = c.json_reply(f"/categories.json{query} [{viewer}]", get("/categories.json" + query, viewer))
            if body is not None:
                c.validate(f"/categories.json{query} [{viewer}]", body, both("category_list_response"), anon)
    basic = c.json_reply("/site/basic-info.json", get("/site/basic-info.json", "anonymous"))
    c.validate("/site/basic-info.json", basic, current("site_basic_info_response"))

    anon_session = get("/session/current.json", "anonymous")
    c.expect(anon_session.status == 404 and anon_session.body == b"",
             f"/session/current.json anonymous: {anon_session.status} {anon_session.body[:80]!r}, expected 404 empty")
    session = c.json_reply("/session/current.json [user]", get("/session/current.json", "user_api_key"))
    if session:
        cu = session.get("current_user", {})
        c.expect(cu.get("id") == regular["id"] and cu.get("username") == regular["username"],
                 f"/session/current.json: current_user {cu.get('id')} {cu.get('username')}")
        for field in ("unread_notifications", "all_unread_notifications_count", "watched_category_ids",
                      "tracked_category_ids", "watched_first_post_category_ids", "regular_category_ids",
                      "muted_category_ids"):
            c.expect(field in cu, f"/session/current.json: current_user.{field} missing")

    # Private categories are hidden from anonymous readers and shown to staff.
    anon_ids = {x["id"] for x in get("/site.json", "anonymous").json()["categories"]}
    admin_cats = get("/site.json", "admin").json()["categories"]
    private = [x for x in admin_cats if x["read_restricted"]]
    c.expect(private, "no read_restricted category in the generated forum")
    for cat in private:
        c.expect(cat["id"] not in anon_ids, f"private category {cat['slug']} visible anonymously")
        r = get(f"/c/{cat['slug']}/{cat['id']}/l/latest.json", "anonymous")
        c.expect(r.status == 404 and r.json() == NOT_FOUND, f"private category list anonymous: {r.status}")

    check_lists(server, c, viewers, get, admin_cats)
    topic_id = check_topics(server, c, viewers, get)
    check_posts(server, c, viewers, get, topic_id, key, regular)
    check_search_notifications(server, c, viewers, get, key)
    check_user_api_keys(server, c, regular)
    check_errors(server, c, viewers, get, key)


def check_lists(server, c, viewers, get, categories):
    for viewer in viewers:
        anon = viewer == "anonymous"
        page0 = c.json_reply(f"/latest.json [{viewer}]", get("/latest.json", viewer))
        c.validate(f"/latest.json [{viewer}]", page0, current("inline_listLatestTopics_response"), anon)
        for period in ("daily", "weekly", "monthly", "quarterly", "yearly", "all"):
            body = c.json_reply(f"/top.json?period={period}", get(f"/top.json?period={period}", viewer))
            c.validate(f"/top.json?period={period} [{viewer}]", body,
                       current("inline_listTopTopics_response"), anon)
            if body:
                c.expect(body["topic_list"].get("for_period") == period, f"top {period}: for_period")
    # Pagination: 30 per page, more_topics_url without .json only on a full page.
    page0 = get("/latest.json", "anonymous").json()["topic_list"]
    c.expect(len(page0["topics"]) == 30, f"/latest.json page 0 has {len(page0['topics'])} topics")
    c.expect(page0.get("more_topics_url") == "/latest?page=1", f"more_topics_url {page0.get('more_topics_url')!r}")
    pinned = [t for t in page0["topics"] if t["pinned_globally"]]
    c.expect(pinned and page0["topics"][0]["pinned_globally"], "globally pinned topic not first on page 0")
    seen = set()
    page, pages = 0, 0
    while True:
        body = get(f"/latest.json?page={page}", "anonymous").json()["topic_list"]
        ids = [t["id"] for t in body["topics"]]
        c.expect(not (seen & set(ids)), f"/latest.json page {page} repeats topics")
        seen |= set(ids)
        pages += 1
        if "more_topics_url" not in body:
            c.expect(len(ids) < 30, f"page {page}: full page without more_topics_url")
            break
        c.expect(len(ids) == 30, f"page {page}: more_topics_url on a page of {len(ids)}")
        page += 1
        if pages > 20:
            break
    per_page = get("/latest.json?per_page=50", "anonymous").json()["topic_list"]
    c.expect(len(per_page["topics"]) == 50 and per_page["per_page"] == 50,
             f"per_page=50 gave {len(per_page['topics'])}")

    public = [x for x in categories if not x["read_restricted"] and x["topic_count"] > 0]
    for cat in public[:4]:
        path = f"/c/{cat['slug']}/{cat['id']}/l/latest.json"
        for viewer in viewers:
            for page in (0, 1):
                body = c.json_reply(f"{path}?page={page} [{viewer}]", get(f"{path}?page={page}", viewer))
                c.validate(f"{path}?page={page} [{viewer}]", body, both("category_topics_response"),
                           viewer == "anonymous")
        body = get(path, "anonymous").json()["topic_list"]
        if len(body["topics"]) == 30:
            c.expect(body.get("more_topics_url", "").startswith(f"/c/{cat['slug']}/{cat['id']}/l/latest?page=1"),
                     f"{path}: more_topics_url {body.get('more_topics_url')!r}")


def check_topics(server, c, viewers, get):
    latest = get("/latest.json?per_page=100", "admin").json()["topic_list"]["topics"]
    big = max(latest, key=lambda t: t["posts_count"])
    replies = [t for t in latest if t["reply_count"] > 0]
    small = min(latest, key=lambda t: t["posts_count"])
    for t in {big["id"]: big, small["id"]: small, replies[0]["id"]: replies[0]}.values():
        for viewer in viewers:
            path = f"/t/{t['id']}.json"
            body = c.json_reply(f"{path} [{viewer}]", get(path, viewer))
            if not body:
                continue
            c.validate(f"{path} [{viewer}]", body, both("topic_show_response"), viewer == "anonymous")
            stream = body["post_stream"]["stream"]
            posts = body["post_stream"]["posts"]
            c.expect(len(posts) == min(20, len(stream)), f"{path}: {len(posts)} posts in the first chunk")
            c.expect([p["id"] for p in posts] == stream[:len(posts)], f"{path}: chunk is not the stream head")
            if viewer != "admin":
                c.expect(len(stream) == body["posts_count"], f"{path}: stream {len(stream)} vs posts_count")
    body = get(f"/t/{big['slug']}/{big['id']}.json", "anonymous")
    c.expect(body.status == 200, f"/t/slug/id.json: {body.status}")
    n = max(1, big["highest_post_number"] - 3)
    near = c.json_reply(f"/t/{big['id']}/{n}.json", get(f"/t/{big['id']}/{n}.json", "user_api_key"))
    if near:
        c.validate(f"/t/{big['id']}/{n}.json", near, both("topic_show_response"))
        numbers = [p["post_number"] for p in near["post_stream"]["posts"]]
        c.expect(any(x >= n for x in numbers) and len(numbers) == min(20, len(near["post_stream"]["stream"])),
                 f"/t/id/{n}.json posts {numbers}")
    stream = get(f"/t/{big['id']}.json", "anonymous").json()["post_stream"]["stream"]
    ids = stream[20:40]
    query = "&".join(f"post_ids[]={i}" for i in ids)
    for viewer in viewers:
        path = f"/t/{big['id']}/posts.json?{query}"
        body = c.json_reply(f"/t/id/posts.json [{viewer}]", get(path, viewer))
        c.validate(f"/t/id/posts.json [{viewer}]", body, current("inline_getSpecificPostsFromTopic_response"),
                   viewer == "anonymous")
        if body:
            c.expect([p["id"] for p in body["post_stream"]["posts"]] == ids, "/t/id/posts.json ids")
            c.expect(body.get("id") == big["id"], "/t/id/posts.json id")
    return replies[0]["id"]


def check_posts(server, c, viewers, get, topic_id, key, regular):
    for viewer in viewers:
        body = c.json_reply(f"/posts.json [{viewer}]", get("/posts.json", viewer))
        c.validate(f"/posts.json [{viewer}]", body, current("latest_posts_response"), viewer == "anonymous")
    newest = get("/posts.json", "anonymous").json()["latest_posts"]
    before = newest[0]["id"] - 10
    body = get(f"/posts.json?before={before}", "anonymous").json()
    c.validate(f"/posts.json?before={before}", body, current("latest_posts_response"), True)
    ids = [p["id"] for p in body["latest_posts"]]
    c.expect(ids == sorted(ids, reverse=True) and all(before - 50 < i <= before for i in ids),
             f"/posts.json?before={before}: ids outside (before-50, before] or not newest first")
    post = newest[0]
    for viewer in viewers:
        reply = get(f"/posts/{post['id']}.json", viewer)
        body = c.json_reply(f"/posts/id.json [{viewer}]", reply)
        c.validate(f"/posts/{post['id']}.json [{viewer}]", body, current("post_show_response"),
                   viewer == "anonymous")
    raw = get(f"/raw/{post['topic_id']}/{post['post_number']}", "anonymous")
    c.expect(raw.status == 200 and raw.header("content-type", ).startswith("text/plain")
             and raw.body.decode() == get(f"/posts/{post['id']}.json", "anonymous").json()["raw"],
             "/raw/topic/number does not match the post's raw")

    # Creating a reply and a topic, editing, liking: as the user with the key.
    user = {"User-Api-Key": key}
    reply_form = {"topic_id": topic_id, "raw": "A reply written by the schema check, long enough."}
    c.validate("POST /posts.json request", {"topic_id": topic_id, "raw": reply_form["raw"]},
               both("topic_create_request"))
    created = c.json_reply("POST /posts.json (reply)", server.request("POST", "/posts.json", headers=user, form=reply_form))
    c.validate("POST /posts.json (reply)", created, both("topic_create_response"))
    topic_form = {"title": "A new topic opened by the schema check", "raw": "The first post of a new topic, long enough.",
                  "category": 3}
    new_topic = c.json_reply("POST /posts.json (topic)", server.request("POST", "/posts.json", headers=user, form=topic_form))
    c.validate("POST /posts.json (topic)", new_topic, both("topic_create_response"))
    if new_topic:
        c.expect(new_topic["post_number"] == 1 and new_topic["topic_slug"] == "a-new-topic-opened-by-the-schema-check",
                 f"new topic response: {new_topic.get('post_number')} {new_topic.get('topic_slug')}")
    if created:
        edit = {"post": {"raw": "An edited reply from the schema check, still long enough.", "edit_reason": "typo"}}
        c.validate("PUT /posts/id.json request", edit, current("post_update_request"))
        updated = c.json_reply("PUT /posts/id.json", server.request("PUT", f"/posts/{created['id']}.json",
                                                                     headers=user, json_body=edit))
        c.validate("PUT /posts/id.json", updated, current("post_update_response"))
        if updated:
            c.expect(updated["post"]["version"] == 2 and updated["post"]["raw"] == edit["post"]["raw"],
                     "PUT /posts/id.json: version or raw not updated")
    other = next(p for p in newest if p["username"] != regular["username"])
    liked = c.json_reply("POST /post_actions.json", server.request(
        "POST", "/post_actions.json", headers=user, form={"id": other["id"], "post_action_type_id": 2}))
    c.validate("POST /post_actions.json", liked, current("post_show_response"))
    if liked:
        like = next((a for a in liked["actions_summary"] if a["id"] == 2), {})
        c.expect(like.get("acted") is True and like.get("count", 0) >= 1, f"like not recorded: {like}")


def check_search_notifications(server, c, viewers, get, key):
    title_word = get("/latest.json", "anonymous").json()["topic_list"]["topics"][3]["title"].split()[-1]
    for viewer in viewers:
        path = "/search.json?q=" + urllib.parse.quote(title_word)
        body = c.json_reply(f"{path} [{viewer}]", get(path, viewer))
        c.validate(f"{path} [{viewer}]", body, both("search_response"), viewer == "anonymous")
        if body:
            c.expect(body["posts"] and body["grouped_search_result"]["post_ids"], f"{path}: no results")
    short = get("/search.json?q=ab", "anonymous").json()
    c.validate("/search.json?q=ab", short, both("search_response"), True)
    c.expect(short["grouped_search_result"]["error"] == "Your search term is too short.", "short search error")

    body = c.json_reply("/notifications.json", get("/notifications.json", "user_api_key"))
    c.validate("/notifications.json", body, current("inline_getNotifications_response"))
    recent = c.json_reply("/notifications.json?recent=true", get("/notifications.json?recent=true&limit=5", "user_api_key"))
    c.expect(recent is not None and "notifications" in recent and "seen_notification_id" in recent,
             "/notifications.json?recent=true shape")
    marked = c.json_reply("PUT /notifications/mark-read.json",
                          server.request("PUT", "/notifications/mark-read.json", headers={"User-Api-Key": key}))
    c.validate("PUT /notifications/mark-read.json", marked, current("inline_markNotificationsAsRead_response"))
    c.expect(marked == {"success": "OK"}, f"mark-read: {marked}")
    anon = get("/notifications.json", "anonymous")
    c.expect(anon.status == 403 and anon.json() == NOT_LOGGED_IN, f"/notifications.json anonymous: {anon.status}")


def check_user_api_keys(server, c, regular):
    probe = server.request("HEAD", "/user-api-key/new")
    c.expect(probe.status == 200 and probe.header("auth-api-version") == "4",
             f"HEAD /user-api-key/new: {probe.status} {probe.header('auth-api-version')}")
    with tempfile.TemporaryDirectory() as tmp:
        private, public = rsa_key_pair(tmp)
        params = {"application_name": "Schema check", "client_id": "schema-check-1", "scopes": "read,write",
                  "public_key": public, "nonce": "n0nce-123"}
        page = server.request("GET", "/user-api-key/new?" + urllib.parse.urlencode(params))
        c.expect(page.status == 200 and b"<form" in page.body and b'action="/user-api-key"' in page.body,
                 f"GET /user-api-key/new: {page.status}")
        reply = server.request("POST", "/user-api-key", headers={"Accept": "application/json"}, form=params)
        body = c.json_reply("POST /user-api-key (JSON)", reply)
        if body:
            c.expect(set(body) == {"payload", "instructions"}, f"user-api-key JSON keys {sorted(body)}")
            lines = body["payload"].split("\n")
            c.expect(all(len(x) == 60 for x in lines[:-2]) and lines[-1] == "",
                     "payload is not base64 with a newline every 60 characters")
            plain = json.loads(rsa_decrypt(private, base64.b64decode(body["payload"])))
            c.expect(plain.get("nonce") == "n0nce-123" and plain.get("api") == 4 and plain.get("push") is False
                     and re.fullmatch(r"[0-9a-f]{32}", plain.get("key", "")),
                     f"decrypted payload {plain}")
            who = server.request("GET", "/session/current.json", headers={"User-Api-Key": plain["key"]})
            c.expect(who.status == 200, f"new key does not authenticate: {who.status}")
            revoked = server.request("POST", "/user-api-key/revoke", headers={"User-Api-Key": plain["key"]})
            c.expect(revoked.status == 200 and revoked.json() == {"success": "OK"}, f"revoke: {revoked.status}")
            after = server.request("GET", "/session/current.json", headers={"User-Api-Key": plain["key"]})
            c.expect(after.status == 403 and after.json() == INVALID_ACCESS, f"revoked key: {after.status}")
        html = server.request("POST", "/user-api-key", form=params)
        c.expect(html.status == 200 and b"<code>" in html.body and b"please paste" in html.body,
                 f"POST /user-api-key (HTML): {html.status}")
        redirect = dict(params, auth_redirect="discourse://auth_redirect")
        moved = server.request("POST", "/user-api-key", form=redirect)
        location = moved.header("location") or ""
        c.expect(moved.status == 302 and location.startswith("discourse://auth_redirect?payload="),
                 f"auth_redirect: {moved.status} {location[:60]}")
        bad = server.request("POST", "/user-api-key", form=dict(params, auth_redirect="https://evil.example/cb"))
        c.expect(bad.status == 403 and bad.json() == INVALID_ACCESS, f"disallowed auth_redirect: {bad.status}")
        scope = server.request("POST", "/user-api-key", form=dict(params, scopes="read,admin"))
        c.expect(scope.status == 403, f"unknown scope: {scope.status}")


def check_errors(server, c, viewers, get, key):
    r = get("/t/999999.json", "anonymous")
    c.expect(r.status == 404 and r.json() == NOT_FOUND, f"404 body: {r.status} {r.body[:120]!r}")
    r = get("/posts/999999.json", "user_api_key")
    c.expect(r.status == 404 and r.json() == NOT_FOUND, "404 body for a post")
    r = server.request("GET", "/latest.json", headers={"User-Api-Key": "0" * 32})
    c.expect(r.status == 403 and r.json() == INVALID_ACCESS, f"bad key: {r.status} {r.body[:120]!r}")
    r = server.request("POST", "/posts.json", form={"topic_id": 5, "raw": "Anonymous should not post this."})
    c.expect(r.status == 403 and r.json() == NOT_LOGGED_IN, f"anonymous post: {r.status}")
    user = {"User-Api-Key": key}
    topic = get("/latest.json", "anonymous").json()["topic_list"]["topics"][5]["id"]
    r = server.request("POST", "/posts.json", headers=user, form={"topic_id": topic, "raw": "too short"})
    c.expect(r.status == 422 and r.json() == {"action": "create_post",
                                               "errors": ["Body is too short (minimum is 20 characters)"]},
             f"422 short body: {r.status} {r.body[:200]!r}")
    text = "A reply that is posted twice within five minutes."
    first = server.request("POST", "/posts.json", headers=user, form={"topic_id": topic, "raw": text})
    again = server.request("POST", "/posts.json", headers=user, form={"topic_id": topic, "raw": text})
    c.expect(first.status == 200 and again.status == 422 and again.json() == {
        "action": "create_post", "errors": ["Body is too similar to what you recently posted"]},
        f"too similar: {first.status} {again.status} {again.body[:200]!r}")
    server.control("POST", f"topics/{topic}/status", {"status": "closed", "enabled": True})
    r = server.request("POST", "/posts.json", headers=user, form={"topic_id": topic, "raw": "Replying to a closed topic now."})
    c.expect(r.status == 422 and r.json() == {"action": "create_post", "errors": [TOPIC_NOT_FOUND]},
             f"closed topic: {r.status} {r.body[:200]!r}")
    r = server.request("POST", "/posts.json", headers=user, form={"topic_id": topic})
    c.expect(r.status == 400 and r.json() == {"errors": ["param is missing or the value is empty: raw"]},
             f"missing raw: {r.status} {r.body[:200]!r}")

    # 429s: the key limiter (JSON) and the per-IP limiter (text/plain).
    server.control("PUT", "settings", {"rate_limits": True, "user_api_per_minute": 2, "ip_per_10_seconds": 1000,
                                       "ip_per_minute": 1000})
    server.control("POST", "reset")
    statuses = [server.request("GET", "/site.json", headers=user) for _ in range(3)]
    r = statuses[-1]
    c.expect([s.status for s in statuses] == [200, 200, 429], f"key limiter: {[s.status for s in statuses]}")
    if r.status == 429:
        body = r.json()
        wait = body.get("extras", {}).get("wait_seconds")
        c.expect(body.get("error_type") == "rate_limit" and isinstance(wait, int) and 0 < wait <= 60
                 and body["extras"].get("time_left") and r.header("retry-after") == str(wait)
                 and r.header("discourse-rate-limit-error-code") == "user_api_key_limiter_60_secs"
                 and body["errors"] == [f"You’ve performed this action too many times. Please wait "
                                        f"{body['extras']['time_left']} before trying again."],
                 f"429 key limiter body/headers: {r.body!r} {r.headers}")
    server.control("PUT", "settings", {"user_api_per_minute": 20, "ip_per_10_seconds": 2})
    server.control("POST", "reset")
    results = [server.request("GET", "/about.json") for _ in range(2)] + [server.request("GET", "/site.json")]
    r = results[-1]
    c.expect(r.status == 429 and (r.header("content-type") or "").startswith("text/plain")
             and r.header("discourse-rate-limit-error-code") == "ip_10_secs_limit"
             and re.fullmatch(r"Slow down, you're making too many requests.\nPlease retry again in (\d+) "
                              r"seconds.\nError code: ip_10_secs_limit.\n", r.body.decode())
             and r.header("retry-after"), f"per-IP 429: {r.status} {r.body!r}")
    server.control("PUT", "settings", {"rate_limits": False, "ip_per_10_seconds": 50})


if __name__ == "__main__":
    sys.exit(main())
