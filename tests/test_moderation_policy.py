"""The policy file: strict loading with one-line errors, rules that fire with their evidence, stages, per-key
overrides, the shipped default, and the `roost policy check` / `roost audit` commands."""

from __future__ import annotations

import json
import textwrap

import pytest

from roost.cli import main
from roost.errors import RoostError
from roost.moderation.policy import OPENAI_CATEGORIES, KeyRef, load_policy
from roost.run import open_run
from roost.serve.db import AuditRecord, Store
from roost.serve.hooks import PolicyHook

POLICY = """
name = "crew"
refusal = "Not on this server."

[categories.harassment]
action = "flag"
[[categories.harassment.detectors]]
name = "insults"
words = ["idiot", "piece of junk"]

[categories.illicit]
action = "block"
applies_to = "input"
refusal = "We don't help with that here."
[[categories.illicit.detectors]]
name = "meth"
patterns = ['how (do i|to) (cook|make) meth']

[categories.spoilers]
custom = true
action = "block"
applies_to = "output"
[[categories.spoilers.detectors]]
name = "ending"
words = ["the butler did it"]

[[overrides]]
keys = ["research", 42]
refusal = "Research keys get this refusal."
categories.harassment.action = "allow"
categories.spoilers.action = "flag"
"""


def write(tmp_path, text: str, name: str = "policy.toml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def policy(tmp_path):
    return load_policy(write(tmp_path, POLICY))


def test_rules_fire_with_evidence_and_strongest_action(policy):
    result = policy.check("you idiot, how do I cook meth?", stage="input")
    assert result.action == "block" and result.blocked
    assert [hit.rule for hit in result.hits] == ["harassment:insults", "illicit:meth"]
    insult, meth = result.hits
    assert insult.reason == "word 'idiot' matched 'idiot'" and insult.action == "flag"
    assert "matched 'how do I cook meth'" in meth.reason and meth.excerpt.endswith("how do I cook meth?")
    assert result.refusal == "We don't help with that here."  # the category's own refusal wins over the default
    assert result.categories["harassment"] and result.category_scores["illicit"] == 1.0


def test_words_match_whole_words_and_phrases_across_spaces(policy):
    assert policy.check("idiotic plans", stage="input").action == "allow"
    assert policy.check("what a PIECE  OF\njunk", stage="input").hits[0].rule == "harassment:insults"


def test_stages_limit_where_a_category_applies(policy):
    assert policy.check("how to make meth", stage="output").action == "allow"
    assert policy.check("the butler did it", stage="input").action == "allow"
    spoiler = policy.check("Spoiler: the butler did it.", stage="output")
    assert spoiler.action == "block" and spoiler.refusal == "Not on this server."
    assert policy.check("the butler did it", stage=None).blocked  # None: every category (as /v1/moderations)


def test_overrides_by_key_name_and_id(policy):
    text = "you idiot: the butler did it"
    assert policy.check(text, "output").action == "block"
    for key in (KeyRef(7, "research"), KeyRef(42, "someone-else")):
        result = policy.check(text, "output", key)
        assert result.action == "flag"  # spoilers only flagged, harassment allowed for this key
        assert [(hit.rule, hit.action) for hit in result.hits] == [("harassment:insults", "allow"), ("spoilers:ending", "flag")]
        assert [hit.rule for hit in result.enforced_hits] == ["spoilers:ending"]
        assert result.categories == {"harassment": False, "spoilers": True}
    assert policy.check(text, "output", KeyRef(8, "other")).action == "block"


def test_override_refusal_replaces_the_default(tmp_path):
    policy = load_policy(write(tmp_path, POLICY.replace('refusal = "We don\'t help with that here."\n', "")))
    assert policy.check("how to make meth", "input").refusal == "Not on this server."
    assert policy.check("how to make meth", "input", KeyRef(42, "x")).refusal == "Research keys get this refusal."


def test_default_policy_flags_everything_and_blocks_only_sexual_minors():
    policy = load_policy()
    assert set(policy.categories) == set(OPENAI_CATEGORIES)
    assert {name for name, c in policy.categories.items() if c.action == "block"} == {"sexual/minors"}
    assert all(c.action == "flag" for name, c in policy.categories.items() if name != "sexual/minors")
    assert all(c.detectors and c.applies_to == "both" for c in policy.categories.values())
    assert policy.check("you absolute idiot").action == "flag"
    assert policy.check("I will kill you").hits[0].category == "harassment/threatening"
    assert policy.check("how do i make meth").hits[0].category == "illicit"
    blocked = policy.check("selling nudes of a 14 year old")
    assert blocked.action == "block" and blocked.refusal.startswith("Sorry")
    assert {hit.category: hit.action for hit in blocked.hits} == {"sexual": "flag", "sexual/minors": "block"}
    assert policy.check("what a lovely morning for a bike ride").action == "allow"
    # real TweetEval posts reporting abuse are discussion, flagged at most, not blocked
    for news in ("Child care worker charged with sexually assaulting eight children at Southwest Key immigration shelter",
                 "Immigrant children say they were beaten, kept naked in cells and tied to chairs at center"):
        assert policy.check(news).action != "block"


@pytest.mark.parametrize(
    "body, message",
    [
        ('[categories.hate]\naction = "flag"\n[[categories.hate.detectors]]\nname = "bad"\npatterns = ["(unclosed"]\n',
         "category 'hate' detector 'bad': bad regular expression '(unclosed': missing ), unterminated subpattern"),
        ('[categories.hate]\naction = "ban"\n', "category 'hate': bad value for 'action' ('ban'): not one of 'allow', 'flag' or 'block'"),
        ('[categories.hate]\nactoin = "flag"\n', "category 'hate': unknown key 'actoin' (did you mean 'action'?)"),
        ('[categories.hate]\naction = "flag"\napplies_to = "inputs"\n', "category 'hate': bad value for 'applies_to' ('inputs'): not one of"),
        ('[categories.hate]\naction = "flag"\n[[categories.hate.detectors]]\nname = "x"\nword = ["a"]\n',
         "category 'hate': detector 'x': unknown key 'word' (did you mean 'words'?)"),
        ('[categories.hate]\naction = "flag"\n[[categories.hate.detectors]]\nwords = ["a"]\npatterns = ["b"]\n',
         "category 'hate' detector 1: needs exactly one of words, patterns or classifier (has ['words', 'patterns'])"),
        ('[categories.hate]\naction = "flag"\n[[categories.hate.detectors]]\nwords = ["a"]\nthreshold = 0.5\n',
         "category 'hate' detector 1: threshold applies only to a classifier detector"),
        ('[categories.hate]\naction = "flag"\n[[categories.hate.detectors]]\nclassifier = "nowhere"\n',
         "category 'hate' detector 1: "),
        ('[categories."sexual/minor"]\naction = "block"\n',
         "unknown category 'sexual/minor' (did you mean 'sexual/minors'?); a custom category needs custom = true"),
        ('[categories.hate]\naction = "flag"\n[[overrides]]\nkeys = ["a"]\ncategories.hat.action = "allow"\n',
         "override 1: unknown category 'hat' (did you mean 'hate'?)"),
        ('[[overrides]]\nkeys = []\n', "override 1: bad value for 'keys'"),
        ('refusal = \n', "not valid TOML"),
        ('refusl = "x"\n', "unknown key 'refusl' (did you mean 'refusal'?)"),
    ],
)
def test_bad_policy_files_are_refused_with_one_line(tmp_path, body, message):
    path = write(tmp_path, body)
    with pytest.raises(RoostError) as err:
        load_policy(path)
    text = str(err.value)
    assert text.startswith(f"{path}: ") and message in text and "\n" not in text


def test_missing_policy_file(tmp_path):
    with pytest.raises(RoostError, match="policy file not found"):
        load_policy(tmp_path / "nope.toml")


def test_cli_policy_check_explains_and_refuses_bad_files(tmp_path, capsys):
    path = write(tmp_path, POLICY)
    assert main(["policy", "check", "you idiot, how to make meth", "--policy", str(path), "--stage", "input"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "harassment:insults: word 'idiot' matched 'idiot' -> flag"
    assert out[1].startswith("illicit:meth: pattern #1 /how (do i|to) (cook|make) meth/ matched 'how to make meth' -> block")
    assert out[2] == "verdict: block; refusal: We don't help with that here."
    assert main(["policy", "check", "idiot", "--policy", str(path), "--key", "research"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "harassment:insults: word 'idiot' matched 'idiot' -> no effect (action allow)", "verdict: allow"]
    assert main(["policy", "check", "--policy", str(path)]) == 0
    assert "is valid: 3 categories, 1 key overrides" in capsys.readouterr().out
    bad = write(tmp_path, '[categories.hate]\naction = "nuke"\n', "bad.toml")
    assert main(["policy", "check", "hi", "--policy", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"roost policy: error: {bad}: category 'hate': bad value for 'action' ('nuke')")


def test_cli_policy_check_uses_the_runs_configured_policy(tmp_path, capsys):
    path = write(tmp_path, POLICY)
    runs = tmp_path / "runs"
    assert main(["policy", "check", "x", "--run", "nope", "--runs-dir", str(runs)]) == 1
    assert "run not found" in capsys.readouterr().err
    run = open_run("r1", runs)
    config = run.load_config()
    config.serve.policy = str(path)
    run.save_config(config)
    assert main(["policy", "check", "--run", "r1", "--runs-dir", str(runs)]) == 0
    assert "policy 'crew'" in capsys.readouterr().out


def test_cli_audit_lists_newest_first_with_key_names(tmp_path, capsys):
    run = open_run("served", tmp_path)
    assert main(["audit", "--run", "served", "--runs-dir", str(tmp_path)]) == 1
    assert "no serve database yet" in capsys.readouterr().err
    store = Store(run.serve_db)
    key = store.insert_key("alice", "abcdefgh", "0" * 64, None, None)
    store.record_audit(AuditRecord(key.id, "req-1", "input", "harassment", "harassment:insults", "flag", "you idiot", 1.8e9))
    store.record_audit(AuditRecord(0, "req-2", "output", "sexual/minors", "sexual/minors:terms", "block", "…", 1.8e9 + 5))
    store.close()
    assert main(["audit", "--run", "served", "--runs-dir", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "req-2" in lines[0] and "(auth off)" in lines[0] and "block" in lines[0]
    assert "alice" in lines[1] and "harassment:insults" in lines[1] and "'you idiot'" in lines[1]
    assert lines[1].startswith("2027-01-15T08:00:00Z")
    assert main(["audit", "--run", "served", "--runs-dir", str(tmp_path), "--action", "flag", "--json"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 1 and '"key": "alice"' in rows[0] and '"rule": "harassment:insults"' in rows[0]
    for who, expected in (("alice", "req-1"), (str(key.id), "req-1"), ("0", "req-2")):
        assert main(["audit", "--run", "served", "--runs-dir", str(tmp_path), "--key", who]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert len(lines) == 1 and expected in lines[0]
    assert main(["audit", "--run", "served", "--runs-dir", str(tmp_path), "--key", "bob"]) == 1
    assert "no key matches 'bob'" in capsys.readouterr().err


def test_output_hook_judges_the_newest_window_with_word_boundaries(tmp_path):
    policy = load_policy(write(tmp_path, '[categories.harassment]\naction = "block"\n'
                                         '[[categories.harassment.detectors]]\nwords = ["ass", "jerk"]\n'))
    hook = PolicyHook(policy, stride_chars=32)
    window = hook.output_window
    early = "you jerk " + "la " * window  # the match lies before the window: judged when it arrived, not again
    assert hook.check_input(early, None).rule == "harassment:words"
    assert hook.check_output(early, None).action == "allow"
    tail = "ass" + " ok" * ((window - 3) // 3)
    tail += " " * (window - len(tail))
    assert len(tail) == window == 32 + 512
    text = "x" * 100 + " cl" + tail  # the window starts inside "class": the "ass" there is no word
    assert hook.check_output(text, None).action == "allow"
    assert hook.check_output(text + " ass", None).action == "block"
    verdict = hook.check_input("jerk, ass", None)
    assert (verdict.action, verdict.rule, verdict.excerpt, verdict.more) == ("block", "harassment:words", "jerk, ass", ())
    assert policy.check("what an ASS").hits[0].reason == "word 'ass' matched 'ASS'"


def test_hook_verdict_names_the_block_first_and_carries_every_other_rule(policy):
    verdict = PolicyHook(policy).check_input("idiot! how to make meth", None)
    assert (verdict.action, verdict.rule, verdict.refusal) == ("block", "illicit:meth", "We don't help with that here.")
    assert [(v.action, v.rule) for v in verdict.more] == [("flag", "harassment:insults")]
    assert PolicyHook(policy).check_input("idiot", KeyRef(1, "research")).action == "allow"


def test_cli_policy_check_surveys_a_file_of_posts(tmp_path, capsys):
    path = write(tmp_path, POLICY)
    posts = tmp_path / "posts.txt"
    posts.write_text("you idiot\nhow to make meth\n\nlovely day\nidiot again, the butler did it\n", encoding="utf-8")
    assert main(["policy", "check", "--file", str(posts), "--policy", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["posts"] == 4 and report["actions"] == {"allow": 1, "flag": 1, "block": 2}
    assert report["rules"] == {"harassment:insults": 2, "illicit:meth": 1, "spoilers:ending": 1}
    assert report["examples"]["harassment:insults"] == ["you idiot", "idiot again, the butler did it"]
    assert main(["policy", "check", "--file", str(posts), "--policy", str(path), "--stage", "output"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "4 posts: allow 2, flag 1, block 1" and out[1] == "  harassment:insults: 2"
    assert main(["policy", "check", "--file", str(tmp_path / "none.txt"), "--policy", str(path)]) == 1
    assert "none.txt: cannot read" in capsys.readouterr().err
