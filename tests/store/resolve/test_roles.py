"""Roles: a job title at a level, read from what users type and what page titles say."""

from __future__ import annotations

import pytest

from store.resolve.roles import (
    RoleError,
    all_roles,
    full_time_role,
    get_role,
    open_role,
    resolve_role,
    role_for_slug,
    role_from_title,
    suggest_roles,
)
from store.resolve.titles import all_titles, typed_titles

REQUIRED_SLUGS = {
    "ml-intern",
    "ml-engineer",
    "data-science-intern",
    "data-scientist",
    "software-engineer-intern",
    "software-engineer",
    "data-engineer-intern",
    "data-engineer",
    "ai-research-intern",
    "research-scientist",
    "data-analyst-intern",
    "data-analyst",
    "product-manager-intern",
    "product-manager",
}


def test_catalog_has_every_required_role_once():
    slugs = [role.slug for role in all_roles()]
    assert set(slugs) >= REQUIRED_SLUGS
    assert len(slugs) == len(set(slugs))


def test_intern_flag_follows_the_slug():
    for role in all_roles():
        assert role.is_intern == role.slug.endswith("-intern"), role.slug


def test_related_roles_exist_and_ml_intern_relates_to_its_neighbours():
    for role in all_roles():
        for slug in role.related:
            assert get_role(slug).slug == slug, role.slug
        assert role.slug not in role.related
    assert {"ml-engineer", "data-science-intern", "ai-research-intern"} <= set(
        get_role("ml-intern").related
    )


def test_get_role_returns_the_named_role():
    role = get_role("ml-intern")
    assert role.name == "Machine Learning Intern"
    assert role.is_intern


def test_get_role_unknown_slug_says_how_slugs_look():
    with pytest.raises(RoleError, match="python -m bot roles"):
        get_role("zorblax-wrangler")


def test_every_detailed_occupation_is_a_title_with_its_official_code():
    titles = all_titles()
    socs = {title.soc for title in titles}
    assert len(socs) >= 800
    assert len({t.slug for t in titles}) == len(titles)
    assert get_role("registered-nurse").occupation == "Registered Nurses"


def test_a_role_is_a_title_at_a_level_and_each_level_has_its_own_slug():
    senior = resolve_role("senior software engineer").role
    new_grad = resolve_role("new grad software engineer").role
    assert (senior.slug, senior.level) == ("senior-software-engineer", "senior")
    assert senior.soc == "15-1252"
    assert (new_grad.slug, new_grad.level) == ("entry-level-software-engineer", "entry")
    assert new_grad.name == "Entry-Level Software Engineer"
    assert full_time_role(senior).slug == full_time_role(new_grad).slug == "software-engineer"
    for slug in ("senior-software-engineer", "entry-level-software-engineer", "ml-intern"):
        assert get_role(slug).slug == slug


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


def test_a_title_no_occupation_covers_is_a_role_of_its_own():
    role = open_role("Senior Vibe Coder")
    assert (role.slug, role.name, role.level, role.soc) == (
        "senior-vibe-coder",
        "Senior Vibe Coder",
        "senior",
        None,
    )
    assert role_for_slug("senior-vibe-coder").name == "Senior Vibe Coder"
    assert open_role("") is None
    assert open_role("1234") is None


def test_the_typed_titles_come_first_and_are_all_listed_as_roles():
    typed = typed_titles()
    assert typed[0].slug == all_titles()[0].slug
    assert len(all_roles()) == 2 * len(typed)


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
    ("title", "slug"),
    [
        ("Machine Learning Intern Salary in Boston, MA", "ml-intern"),
        ("Machine Learning Engineer Salary in Boston 2025 (Updated Daily)", "ml-engineer"),
        ("Machine Learning Engineer, PhD Intern - Instacart | Built In Boston", "ml-intern"),
        ("The avg MACHINE LEARNING ENGINEER INTERN SALARY in Massachusetts", "ml-intern"),
        ("Machine Learning Intern - LinkedIn", "ml-intern"),
        ("Machine Learning Intern Jobs in Washington (NOW HIRING)", "ml-intern"),
        ("Intern, Machine Learning (Summer 2026)", "ml-intern"),
        ("ML/AI Engineering Co-op - Fall 2026", "ml-intern"),
        ("Senior Staff ML Engineer, Ranking", "senior-ml-engineer"),
        ("Machine Learning Software Engineer", "ml-engineer"),
        ("Data Scientist, Machine Learning", "data-scientist"),
        ("Data Science Internship - Summer 2026", "data-science-intern"),
        ("Software Engineer Intern, Machine Learning", "software-engineer-intern"),
        ("Staff Software Engineer, Storage", "staff-software-engineer"),
        ("Registered Nurses Jobs in Houston, TX", "registered-nurse"),
        ("Account Manager", "account-manager"),
        ("Backend Engineer (Python)", "software-engineer"),
        ("Big Data Engineer", "data-engineer"),
        ("Data Engineering Intern", "data-engineer-intern"),
        ("Machine Learning Research Scientist", "research-scientist"),
        ("Research Scientist Intern, Generative AI (PhD)", "ai-research-intern"),
        ("AI Research Intern", "ai-research-intern"),
        ("Applied Scientist II", "research-scientist"),
        ("Data Analyst Intern", "data-analyst-intern"),
        ("Business Intelligence Analyst", "data-analyst"),
        ("Associate Product Manager", "product-manager"),
        ("Product Management Intern", "product-manager-intern"),
    ],
)
def test_titles_name_their_role(title, slug):
    role = role_from_title(title)
    assert role is not None
    assert role.slug == slug


@pytest.mark.parametrize(
    "title",
    [
        "Customer Experience Retail Specialist",
        "Machine Learning Salary",  # a topic, not a job
        "What you need to know about the Boston Tech Scene",
        "Apply by 5 PM",
        "International Relations Coordinator",  # "intern" only as part of a word
        "",
    ],
)
def test_titles_naming_no_known_role_give_none(title):
    assert role_from_title(title) is None
