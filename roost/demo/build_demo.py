"""Build the bundled demo corpus: X "Download your data" archives of a fictional community, from `content.py`.

    python -m roost.demo.build_demo        # rewrites roost/demo/archives/ (deterministic: same bytes every time)

One archive per account, each in the real archive layout (`data/tweets.js` with the `window.YTD.tweets.part0 = `
prefix, `{"tweet": {...}}` wrappers, numbers as strings, `created_at` like "Sat Mar 06 12:34:56 +0000 2026",
entities with indices, `edit_info`; long posts in `note-tweet.js`; `deleted-tweets.js`; `tweet-headers.js`;
`account.js`; `manifest.js`). A real archive holds only its owner's posts, so the members' sides of the reply
threads come from the members' own archives, as when a community pools its exports.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from roost.demo import content
from roost.demo.content import MEMBERS, OWNER, Person

ARCHIVES_DIR = Path(__file__).parent / "archives"
SEED = 20260301
START = datetime(2025, 9, 1, 7, 0, tzinfo=UTC)
END = datetime(2026, 2, 28, 21, 0, tzinfo=UTC)
TWITTER_EPOCH_MS = 1288834974657
SOURCE_APPS = [
    '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
    '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
]
PEOPLE = {p.handle: p for p in [OWNER, *MEMBERS]}
NOTE_PREVIEW_CHARS = 274  # a long post's tweets.js text: this much, then "… " and a link to the full post


@dataclass
class Post:
    author: Person
    body: str  # the text without leading reply mentions
    created: datetime
    lang: str
    reply_to: Post | None = None
    reply_to_absent: tuple[str, Person] | None = None  # (status id, author) of a parent no archive holds
    link: str | None = None  # expanded URL of the one link in the body ("{url}" marks where)
    is_note: bool = False
    deleted_after: timedelta | None = None
    id: str = ""
    source: str = SOURCE_APPS[0]
    likes: int = 0
    retweets: int = 0
    extra: dict = field(default_factory=dict)


class Builder:
    def __init__(self, seed: int = SEED):
        self.rng = random.Random(seed)
        self.posts: list[Post] = []
        self.used_ids: set[str] = set()

    # -- ids, links, times -------------------------------------------------------------------------------------
    def snowflake(self, when: datetime) -> str:
        """A tweet id the way X makes them: milliseconds since its epoch in the high bits."""
        ms = int(when.timestamp() * 1000) - TWITTER_EPOCH_MS
        while True:
            value = str((ms << 22) | (self.rng.randrange(32) << 17) | self.rng.randrange(4096))
            if value not in self.used_ids:
                self.used_ids.add(value)
                return value

    def tco(self) -> str:
        alphabet = string.ascii_letters + string.digits
        return "https://t.co/" + "".join(self.rng.choice(alphabet) for _ in range(10))

    def random_time(self) -> datetime:
        span = (END - START).total_seconds()
        when = START + timedelta(seconds=self.rng.uniform(0, span))
        # people post in waking hours
        return when.replace(hour=self.rng.choice([7, 8, 9, 10, 12, 13, 17, 18, 19, 20, 21]))

    def later(self, when: datetime, low_min: int = 3, high_min: int = 180) -> datetime:
        return when + timedelta(minutes=self.rng.randint(low_min, high_min), seconds=self.rng.randint(0, 59))

    def add(self, post: Post) -> Post:
        post.source = self.rng.choice(SOURCE_APPS)
        post.likes = self.rng.choice([0, 0, 1, 1, 2, 3, 5, 8, 13])
        post.retweets = self.rng.choice([0, 0, 0, 1, 2])
        self.posts.append(post)
        return post

    # -- content -----------------------------------------------------------------------------------------------
    def thread(self, turns: list[tuple[str, str]]) -> None:
        """A reply chain; turns by people without a shipped archive become absent parents, as in a real export."""
        previous: Post | None = None
        absent: tuple[str, Person] | None = None
        when = self.random_time()
        for index, (speaker, text) in enumerate(turns):
            author = OWNER if speaker == "O" else PEOPLE[speaker]
            if index:
                when = self.later(when)
            if not author.ships_archive:
                absent, previous = (self.snowflake(when), author), None
                continue
            post = Post(author, text, when, guess_lang(text), reply_to=previous, reply_to_absent=absent)
            previous, absent = self.add(post), None

    def identification_threads(self) -> None:
        questions = [
            "@kestrelroost what's the {look} {place} {time}?",
            "@kestrelroost spotted a {look} {place} {time}, any idea what it is?",
            "@kestrelroost can anyone ID this? {look}, {place} {time}",
            "@kestrelroost help! {look} {place}. what is it?",
        ]
        askers = [m.handle for m in MEMBERS if m.ships_archive]
        reactions = list(content.REACTIONS)
        self.rng.shuffle(reactions)

        def react() -> str:  # each reaction once before any repeats, as people rarely say the same thing twice
            if not reactions:
                reactions.extend(content.REACTIONS)
                self.rng.shuffle(reactions)
            return reactions.pop()

        openers = ["That's a {name}!", "Sounds like a {name}.", "A {name}, I'm fairly sure!", "Definitely a {name}."]
        for round_ in range(2):
            for name, look, fact, tip in content.SPECIES:
                asker = self.rng.choice(askers)
                question = self.rng.choice(questions).format(
                    look=look, place=self.rng.choice(content.PLACES), time=self.rng.choice(content.TIMES)
                )
                if round_ == 0:
                    answer, follow_up = f"That's a {name}! {fact}", tip
                else:  # asked again later: a different fact, not the same words twice
                    answer = f"{self.rng.choice(openers[1:]).format(name=name)} {content.SECOND_FACTS[name]}"
                    follow_up = fact
                shape = self.rng.choice(["short", "thanks", "long"])
                if shape == "short":
                    turns = [(asker, question), ("O", f"{answer} {follow_up}")]
                elif shape == "thanks":
                    turns = [(asker, question), ("O", answer), (asker, react())]
                else:
                    turns = [
                        (asker, question),
                        ("O", answer),
                        (asker, react()),
                        ("O", f"{follow_up} {self.rng.choice(content.CLOSINGS)}"),
                    ]
                self.thread(turns)

    def sightings(self) -> None:
        openers = ["Sighting:", "From the roof:", "Just now:", "Look up!", "Spotted:"]
        tags = ["#RoofBirds", "#MillbrookBirds", "", "#RoofBirds 🐦", "🔭"]
        for i, (name, _look, _fact, _tip) in enumerate(content.SPECIES):
            text = f"{self.rng.choice(openers)} a {name} {self.rng.choice(content.PLACES)} {self.rng.choice(content.TIMES)}. {self.rng.choice(tags)}"
            author = OWNER if i % 3 != 2 else PEOPLE[self.rng.choice([m.handle for m in MEMBERS if m.ships_archive])]
            self.add(Post(author, text.strip(), self.random_time(), "en"))

    def owner_posts(self) -> None:
        for text in [*content.OWNER_TIPS, *content.OWNER_GARDEN, *content.OWNER_CHATTER, *content.OWNER_CONTACT_POSTS]:
            self.add(Post(OWNER, text, self.random_time(), "en"))
        for lang, text in content.OWNER_MULTILINGUAL:
            self.add(Post(OWNER, text, self.random_time(), lang))
        # The weekly walk: one announcement most Fridays, each a near-duplicate of the others.
        friday = START + timedelta(days=(4 - START.weekday()) % 7, hours=11)
        week = 0
        while friday < END:
            if self.rng.random() < 0.6:
                text = content.WALK_ANNOUNCEMENTS[week % len(content.WALK_ANNOUNCEMENTS)]
                self.add(Post(OWNER, text, friday + timedelta(minutes=self.rng.randint(0, 90)), "en"))
                week += 1
            friday += timedelta(days=7)
        for text, url in content.OWNER_LINK_POSTS:
            self.add(Post(OWNER, text, self.random_time(), "en", link=url))
        self.add(Post(OWNER, "{url}", self.random_time(), "qme", link="https://kestrelroost.example/photos/roof-dawn"))
        self.add(Post(OWNER, "🐦🐦🐦", self.random_time(), "und"))
        for text in content.OWNER_NOTES:
            self.add(Post(OWNER, text, self.random_time(), "en", is_note=True))
        for text in content.OWNER_DELETED:
            self.add(
                Post(OWNER, text, self.random_time(), "en", deleted_after=timedelta(minutes=self.rng.randint(1, 40)))
            )
        for handle, text in content.OWNER_REPLIES_TO_OUTSIDERS:
            when = self.random_time()
            post = Post(OWNER, text, when, "en")
            post.reply_to_absent = (self.snowflake(when - timedelta(hours=2)), PEOPLE[handle])
            self.add(post)
        # A two-part post: the collective replies to itself.
        when = self.random_time()
        first = self.add(
            Post(
                OWNER,
                "Winter count results (1/2): 23 counters, 19 species, 412 birds in one hour on the roof. 🧵",
                when,
                "en",
            )
        )
        self.add(
            Post(
                OWNER,
                "(2/2) Top three: house sparrow, starling, blue tit. First ever grey wagtail on the count. Thank you all! #BirdCount",
                self.later(when, 1, 5),
                "en",
                reply_to=first,
            )
        )

    def member_posts(self) -> dict[tuple[str, str], Post]:
        by_text: dict[tuple[str, str], Post] = {}
        for handle, texts in content.MEMBER_POSTS.items():
            for text in texts:
                post = self.add(Post(PEOPLE[handle], text, self.random_time(), guess_lang(text)))
                by_text[(handle, text)] = post
        return by_text

    def retweets(self, originals: dict[tuple[str, str], Post]) -> None:
        for handle, text in content.RETWEETED:
            original = originals[(handle, text)]
            rt = f"RT @{handle}: {text}"
            if len(rt) > 140:  # the archive keeps retweets cut short, as X did
                rt = rt[:139] + "…"
            post = Post(OWNER, rt, self.later(original.created, 20, 2000), original.lang)
            post.extra["retweet_of"] = PEOPLE[handle]
            self.add(post)

    def build(self) -> list[Post]:
        originals = self.member_posts()
        for turns in content.THREADS:
            self.thread(turns)
        for turns in content.OWNER_STARTED_THREADS:
            self.thread(turns)
        self.identification_threads()
        self.sightings()
        self.owner_posts()
        self.retweets(originals)
        for post in sorted(self.posts, key=lambda p: p.created):
            post.id = self.snowflake(post.created)
        return self.posts


def guess_lang(text: str) -> str:
    """The platform's language tag for a post we wrote (X tags each post itself; we know what we wrote)."""
    words = set(re.findall(r"[a-zA-ZäöüßéèêàçñáíóúÉ¿¡']+", text.lower()))
    scores = {
        "de": len(
            words
            & {
                "und",
                "die",
                "der",
                "das",
                "ist",
                "ich",
                "auf",
                "mit",
                "wer",
                "gibt",
                "es",
                "zu",
                "im",
                "man",
                "wann",
                "dann",
                "unsere",
                "auch",
                "für",
                "den",
                "bitte",
                "wir",
                "bin",
                "hat",
                "zwei",
                "meine",
                "ein",
                "heute",
                "danke",
            }
        ),
        "fr": len(
            words
            & {
                "le",
                "la",
                "les",
                "est",
                "je",
                "on",
                "des",
                "mon",
                "vous",
                "pour",
                "c'est",
                "j'ai",
                "oui",
                "merci",
                "sur",
                "une",
                "il",
                "noté",
                "aux",
                "du",
                "enfants",
                "ce",
            }
        ),
        "es": len(
            words
            & {
                "el",
                "la",
                "los",
                "las",
                "que",
                "es",
                "por",
                "mis",
                "con",
                "hay",
                "¿es",
                "gracias",
                "verdad",
                "mañana",
                "qué",
                "una",
                "un",
                "ya",
                "del",
                "hijos",
            }
        ),
    }
    scores["es"] += 3 * (("¿" in text) + ("¡" in text))
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 else "en"


# -- writing the archive files -------------------------------------------------------------------------------


def x_time(when: datetime) -> str:
    return when.strftime("%a %b %d %H:%M:%S +0000 %Y")


def iso_time(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def mention_entity(person: Person, start: int) -> dict:
    end = start + len(person.handle) + 1
    return {
        "name": person.name,
        "screen_name": person.handle,
        "indices": [str(start), str(end)],
        "id_str": person.user_id,
        "id": person.user_id,
    }


def tweet_record(post: Post, builder: Builder) -> dict:
    """One archive tweet: leading reply mentions, entities with code-point indices, strings for numbers."""
    parent_author = (
        post.reply_to.author if post.reply_to else (post.reply_to_absent[1] if post.reply_to_absent else None)
    )
    prefix = f"@{parent_author.handle} " if parent_author and parent_author is not post.author else ""
    body = post.body
    urls = []
    if post.is_note:
        cut = body[:NOTE_PREVIEW_CHARS].rsplit(" ", 1)[0]
        body = cut + "… {url}"
        post.link = f"https://twitter.com/i/web/status/{post.id}"
    if post.link:
        short = builder.tco()
        start = len(prefix) + body.index("{url}")
        body = body.replace("{url}", short)
        display = re.sub(r"^https?://(www\.)?", "", post.link)
        urls.append(
            {
                "url": short,
                "expanded_url": post.link,
                "display_url": display if len(display) <= 26 else display[:25] + "…",
                "indices": [str(start), str(start + len(short))],
            }
        )
    text = prefix + body
    mentions = []
    for match in re.finditer(r"@(\w+)", text):
        person = PEOPLE.get(match.group(1))
        if person is not None:
            mentions.append(mention_entity(person, match.start()))
    hashtags = [{"text": m.group(1), "indices": [str(m.start()), str(m.end())]} for m in re.finditer(r"#(\w+)", text)]
    record: dict = {
        "edit_info": {
            "initial": {
                "editTweetIds": [post.id],
                "editableUntil": iso_time(post.created + timedelta(hours=1)),
                "editsRemaining": "5",
                "isEditEligible": False,
            }
        },
        "retweeted": False,
        "source": post.source,
        "entities": {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": urls},
        "display_text_range": ["0", str(len(text))],
        "favorite_count": str(post.likes),
    }
    parent_id = post.reply_to.id if post.reply_to else (post.reply_to_absent[0] if post.reply_to_absent else None)
    if parent_id:
        record["in_reply_to_status_id_str"] = parent_id
    record["id_str"] = post.id
    if parent_author:
        record["in_reply_to_user_id"] = parent_author.user_id
    record.update({"truncated": False, "retweet_count": str(post.retweets), "id": post.id})
    if parent_id:
        record["in_reply_to_status_id"] = parent_id
    if post.link:
        record["possibly_sensitive"] = False
    record.update({"created_at": x_time(post.created), "favorited": False, "full_text": text, "lang": post.lang})
    if parent_author:
        record["in_reply_to_screen_name"] = parent_author.handle
        record["in_reply_to_user_id_str"] = parent_author.user_id
    if post.deleted_after is not None:
        record["deleted_at"] = x_time(post.created + post.deleted_after)
    return record


def note_record(post: Post, builder: Builder) -> dict:
    """A long post's full text, as note-tweet.js stores it (its own id; matched to the tweet by time and text)."""
    when = iso_time(post.created)
    hashtags = [
        {"text": m.group(1), "fromIndex": str(m.start()), "toIndex": str(m.end())}
        for m in re.finditer(r"#(\w+)", post.body)
    ]
    return {
        "noteTweet": {
            "noteTweetId": builder.snowflake(post.created),
            "updatedAt": when,
            "lifecycle": {"value": "post_tweet", "name": "PostTweet", "originalName": "post_tweet", "annotations": {}},
            "createdAt": when,
            "core": {
                "styletags": [],
                "urls": [],
                "text": post.body,
                "mentions": [],
                "cashtags": [],
                "hashtags": hashtags,
            },
        }
    }


def ytd_js(global_name: str, items: list[dict]) -> str:
    """X's archive file: a JS assignment of a pretty-printed JSON array (`"key" : value`, `[ ]` when empty)."""
    if not items:
        return f"window.{global_name} = [ ]"
    text = json.dumps(items, ensure_ascii=False, indent=2, separators=(",", " : "))
    text = re.sub(r"\[\]", "[ ]", text)
    text = re.sub(r"\{\}", "{ }", text)
    return f"window.{global_name} = {text}"


def write_archive(
    out_dir: Path, person: Person, posts: list[Post], builder: Builder, generated: datetime
) -> dict[str, int]:
    data = out_dir / person.handle / "data"
    data.mkdir(parents=True)
    mine = sorted((p for p in posts if p.author is person), key=lambda p: p.created, reverse=True)
    live = [p for p in mine if p.deleted_after is None]
    deleted = [p for p in mine if p.deleted_after is not None]
    tweets = [{"tweet": tweet_record(p, builder)} for p in live]
    deleted_tweets = [{"tweet": tweet_record(p, builder)} for p in deleted]
    notes = [note_record(p, builder) for p in live if p.is_note]
    headers = [{"tweet": {"tweet_id": p.id, "user_id": person.user_id, "created_at": x_time(p.created)}} for p in live]
    deleted_headers = [
        {
            "tweet": {
                "tweet_id": p.id,
                "user_id": person.user_id,
                "created_at": x_time(p.created),
                "deleted_at": x_time(p.created + p.deleted_after),
            }
        }
        for p in deleted
    ]
    files = {
        "tweets.js": ("tweets", "YTD.tweets.part0", tweets),
        "note-tweet.js": ("noteTweet", "YTD.note_tweet.part0", notes),
        "deleted-tweets.js": ("deletedTweets", "YTD.deleted_tweets.part0", deleted_tweets),
        "tweet-headers.js": ("tweetHeaders", "YTD.tweet_headers.part0", headers),
        "deleted-tweet-headers.js": ("deletedTweetHeaders", "YTD.deleted_tweet_headers.part0", deleted_headers),
        "account.js": ("account", "YTD.account.part0", [account_record(person)]),
    }
    for name, (_kind, global_name, items) in files.items():
        (data / name).write_text(ytd_js(global_name, items), encoding="utf-8")  # X ends its files without a newline
    (data / "README.txt").write_text(ARCHIVE_README.format(handle=person.handle), encoding="utf-8")
    size = sum(path.stat().st_size for path in data.iterdir())
    (data / "manifest.js").write_text(manifest(person, files, generated, size), encoding="utf-8")
    return {"tweets": len(tweets), "notes": len(notes), "deleted": len(deleted_tweets)}


def account_record(person: Person) -> dict:
    return {
        "account": {
            "email": f"{person.handle.replace('_', '.')}@mail.example",
            "createdVia": "web",
            "username": person.handle,
            "accountId": person.user_id,
            "createdAt": iso_time(START - timedelta(days=400 + int(person.user_id[-3:]))),
            "accountDisplayName": person.name,
        }
    }


def manifest(person: Person, files: dict[str, tuple[str, str, list]], generated: datetime, size: int) -> str:
    data_types = {
        kind: {"files": [{"fileName": f"data/{name}", "globalName": global_name, "count": str(len(items))}]}
        for name, (kind, global_name, items) in sorted(files.items(), key=lambda kv: kv[1][0])
    }
    config = {
        "userInfo": {"accountId": person.user_id, "userName": person.handle, "displayName": person.name},
        "archiveInfo": {
            "sizeBytes": str(size),
            "generationDate": iso_time(generated),
            "isPartialArchive": False,
            "maxPartSizeBytes": "53687091200",
        },
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": data_types,
    }
    return "window.__THAR_CONFIG = " + json.dumps(config, ensure_ascii=False, indent=2, separators=(",", " : ")) + "\n"


ARCHIVE_README = """Twitter archive of @{handle} (demo corpus of roost; fictional)

This folder has the layout of an X "Download your data" export, reduced to the files about posts.
Each .js file assigns a JSON array to a window.YTD.<name>.partN variable; numbers are strings.

account.js                  the account: username, accountId, display name, creation date
tweets.js                   posts that were not deleted: full_text, created_at, entities, reply fields, edit_info
tweet-headers.js            tweet_id, user_id and created_at of each post in tweets.js
note-tweet.js               long posts (over 280 characters): the whole text; tweets.js holds a shortened copy
                            ending in "…" and a link, with the same creation time
deleted-tweets.js           posts deleted in the last 14 days, with deleted_at
deleted-tweet-headers.js    their ids and times
manifest.js                 window.__THAR_CONFIG: the account, and each file's globalName and count
"""


def build_archives(out_dir: Path = ARCHIVES_DIR) -> dict[str, dict[str, int]]:
    """Write every shipped archive under out_dir (replacing it); returns per-account counts."""
    builder = Builder()
    posts = builder.build()
    if out_dir.exists():
        shutil.rmtree(out_dir)
    generated = END + timedelta(days=1)
    return {
        person.handle: write_archive(out_dir, person, posts, builder, generated)
        for person in [OWNER, *MEMBERS]
        if person.ships_archive
    }


def main() -> None:
    for handle, counts in build_archives().items():
        print(f"@{handle}: {counts['tweets']} tweets, {counts['notes']} long, {counts['deleted']} deleted")


if __name__ == "__main__":
    main()
