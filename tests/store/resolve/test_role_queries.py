"""What users type as a role: names, abbreviations, typos, and the suggestions offered back."""

from __future__ import annotations

import pytest

from store.resolve.role_queries import resolve_role
from store.resolve.role_suggestions import suggest_roles


@pytest.mark.parametrize(
    ("query", "soc"),
    [
        ("SWE", "15-1252"),
        ("MLE", "15-2051"),
        ("PM", "11-2021"),
        ("UX designer", "15-1255"),
        ("SRE", "15-1299"),
        ("devops engineer", "15-1299"),
        ("frontend engineer", "15-1252"),
        ("backend engineer", "15-1252"),
        ("full stack developer", "15-1252"),
        ("data analyst", "15-2051"),
        ("business analyst", "13-1111"),
        ("financial analyst", "13-2051"),
        ("investment banking analyst", "13-2051"),
        ("quant", "13-2099"),
        ("product designer", "15-1255"),
        ("graphic designer", "27-1024"),
        ("registered nurse", "29-1141"),
        ("RN", "29-1141"),
        ("accountant", "13-2011"),
        ("marketing specialist", "13-1161"),
        ("sales representative", "41-4012"),
        ("HR generalist", "13-1071"),
        ("mechanical engineer", "17-2141"),
        ("electrical engineer", "17-2071"),
        ("hardware engineer", "17-2061"),
        ("cybersecurity analyst", "15-1212"),
        ("recruiter", "13-1071"),
        ("plumber", "47-2152"),
        ("Registered Nurses", "29-1141"),
    ],
)
def test_common_titles_read_as_their_occupation(query, soc):
    match = resolve_role(query)
    assert match is not None, query
    assert match.role.soc == soc, (query, match.role)


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("mechanical engineering intern", "mechanical-engineer-intern"),
        ("ux research intern", "ux-researcher-intern"),
        ("data entry clerk", "data-entry-clerk"),
        ("staff accountant", "accountant"),
        ("ib summer analyst", "investment-banking-intern"),
    ],
)
def test_misreadings_that_must_not_happen(query, slug):
    assert resolve_role(query).role.slug == slug


@pytest.mark.parametrize(
    ("query", "offered"),
    [("da intern", "data-analyst-intern"), ("ba intern", "business-analyst-intern")],
)
def test_short_ambiguous_queries_are_asked_back_never_substituted(query, offered):
    assert resolve_role(query) is None
    assert offered in [role.slug for role in suggest_roles(query)]


@pytest.mark.parametrize(
    "query",
    [
        "ml-intern",
        "ml intern",
        "ML Intern",
        "machine learning intern",
        "ML engineer intern",
        "MLE intern",
        "Machine Learning Engineer Intern",
        "Machine Learning Engineer, PhD Intern",
        "machine learning internship",
        "Machine Learning Intern Jobs",
        "Senior Machine Learning Engineer Intern",
        "ML Co-op, Summer 2026",
        "  ml_intern  ",
    ],
)
def test_ways_of_saying_ml_intern(query):
    match = resolve_role(query)
    assert match is not None
    assert match.role.slug == "ml-intern"


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("Machine Learning Engineer", "ml-engineer"),
        ("ml engineer", "ml-engineer"),
        ("MLE", "ml-engineer"),
        ("Staff Machine Learning Engineer", "staff-ml-engineer"),
        ("Data Science Intern", "data-science-intern"),
        ("data scientist", "data-scientist"),
        ("swe intern", "software-engineer-intern"),
        ("software engineer", "software-engineer"),
        ("data engineering intern", "data-engineer-intern"),
        ("data engineer", "data-engineer"),
        ("AI research intern", "ai-research-intern"),
        ("research scientist", "research-scientist"),
        ("data analyst intern", "data-analyst-intern"),
        ("data analyst", "data-analyst"),
        ("PM intern", "product-manager-intern"),
        ("product manager", "product-manager"),
    ],
)
def test_each_role_resolves_from_its_common_names(query, slug):
    match = resolve_role(query)
    assert match is not None
    assert match.role.slug == slug


def test_how_says_which_reading_was_used():
    assert resolve_role("ml-intern").how == "exact"
    assert resolve_role("machine learning intern").how == "alias"
    assert resolve_role("Machine Learning Intern Jobs").how == "alias"  # "jobs" is noise
    assert resolve_role("machine learning engineer payments").how == "title"
    fuzzy = resolve_role("machien learning intern")
    assert fuzzy.how == "fuzzy"
    assert 85 <= fuzzy.score < 100


@pytest.mark.parametrize(
    ("typo", "slug"),
    [
        ("machien learning intern", "ml-intern"),
        ("ml-inten", "ml-intern"),
        ("ml enginer", "ml-engineer"),
        ("sofware intern", "software-engineer-intern"),
        ("prodct manager", "product-manager"),
        ("data analist", "data-analyst"),
    ],
)
def test_typos_resolve_fuzzily(typo, slug):
    match = resolve_role(typo)
    assert match is not None
    assert (match.role.slug, match.how) == (slug, "fuzzy")


@pytest.mark.parametrize("query", ["zorblax wrangler", "marketing", "", "   ", "!!!"])
def test_unknown_roles_resolve_to_none(query):
    assert resolve_role(query) is None


def test_suggestions_offer_the_likely_role_first():
    assert suggest_roles("data sci intrn")[0].slug == "data-science-intern"
    assert suggest_roles("mchine lerning", limit=2)[0].slug.startswith("ml-")


def test_suggestions_are_distinct_and_limited():
    found = suggest_roles("intern", limit=3)
    assert len(found) <= 3
    assert len({role.slug for role in found}) == len(found)


def test_no_suggestions_for_nonsense_or_empty_queries():
    assert suggest_roles("qqqq") == []
    assert suggest_roles("") == []
    assert suggest_roles("ml intern", limit=0) == []


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("Certified Nurse's Aide (C.N.A.)", "cna"),
        ("nurse’s aide", "cna"),
        ("L.P.N.", "lpn"),
        ("r.n.", "registered-nurse"),
        ("children's librarian", "librarian"),
    ],
)
def test_possessives_and_dotted_initials_read_as_the_title(query, slug):
    assert resolve_role(query).role.slug == slug
