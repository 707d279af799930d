"""The cheap first look at running text (``may_name_title``) must never hide a title: it
may only say no where the strict reading of roles finds nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from store.resolve.levels import normalise, split_level
from store.resolve.occupations import all_occupations
from store.resolve.roles import _in_running_text, role_from_title
from store.resolve.titles import may_name_title, titles_in
from store.vocabulary import vocabulary

BENCH = Path(__file__).resolve().parents[3] / "bench"
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


def _phrases_in_the_data() -> set[str]:
    """Every name, alias and topic of titles.json and every occupation's alias, read from
    the data files themselves, so a title added there is checked here too."""
    data = vocabulary("titles.json")
    phrases = set()
    for entry in data["titles"]:
        phrases |= {entry["slug"].replace("-", " "), entry["name"]}
        phrases |= set(entry.get("aliases", ())) | set(entry.get("topics", ()))
    for occupation in all_occupations().values():
        phrases |= set(occupation.aliases)
    return {normalise(phrase) for phrase in phrases} - {""}


def test_every_title_its_plural_and_its_sentence_may_name_a_title():
    phrases = _phrases_in_the_data()
    assert len(phrases) > 1000
    assert [phrase for phrase in phrases if not may_name_title(phrase)] == []
    # Written in the plural or inside a sentence: wherever a title is read, the look agrees.
    missed = [
        text
        for phrase in phrases
        for text in (f"{phrase}s", f"our {phrase}s earn", f"the {phrase} is paid")
        if titles_in(text, with_level=True, strict=False) and not may_name_title(text)
    ]
    assert missed == []


def test_words_that_start_no_title_are_turned_away():
    assert not may_name_title(normalise("Updated daily. Read our guide to negotiating."))
    assert role_from_title("Updated daily. Read our guide to negotiating.", strict=True) is None


def _real_sentences() -> list[str]:
    """Sentences of the dev pages and dev extraction items (real public text)."""
    texts = []
    for name, field in (("doc_eval/pages.jsonl", "content"), ("extract_eval/items.jsonl", "text")):
        for line in (BENCH / name).read_text("utf-8").splitlines():
            item = json.loads(line)
            if item["split"] == "dev":
                texts += [s for s in _SENTENCES.split(item[field]) if s.strip()]
    return texts


@pytest.mark.parametrize("with_level", [False, True])
def test_a_sentence_turned_away_names_no_title_on_real_pages(with_level):
    # Where the strict reader would find a title (with or without a level word), the
    # first look lets the sentence through; checked on thousands of real sentences.
    sentences = _real_sentences()
    assert len(sentences) > 3000
    hidden = []
    for sentence in sentences:
        running = _in_running_text(sentence)
        rest = split_level(running)[1]
        named = titles_in(rest, with_level=with_level, strict=True)
        if named and not may_name_title(normalise(running)):
            hidden.append(sentence)
    assert hidden == []
