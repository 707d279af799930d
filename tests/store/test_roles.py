"""Roles: what users type and what page titles say, read as one canonical role."""

from __future__ import annotations

import pytest

from store.roles import (
    RoleError,
    all_roles,
    get_role,
    resolve_role,
    role_from_title,
    suggest_roles,
)

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
    slugs = {role.slug for role in all_roles()}
    for role in all_roles():
        assert set(role.related) <= slugs, role.slug
        assert role.slug not in role.related
    assert {"ml-engineer", "data-science-intern", "ai-research-intern"} <= set(
        get_role("ml-intern").related
    )


def test_get_role_returns_the_named_role():
    role = get_role("ml-intern")
    assert role.name == "Machine Learning Intern"
    assert role.is_intern


def test_get_role_unknown_slug_names_the_known_ones():
    with pytest.raises(RoleError, match="ml-intern"):
        get_role("astronaut")


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
        ("Staff Machine Learning Engineer", "ml-engineer"),
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
    assert resolve_role("Machine Learning Intern Jobs").how == "title"
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


@pytest.mark.parametrize("query", ["plumber", "nurse", "sales", "", "   ", "!!!"])
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
    assert suggest_roles("plumber") == []
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
        ("Senior Staff ML Engineer, Ranking", "ml-engineer"),
        ("Machine Learning Software Engineer", "ml-engineer"),
        ("Data Scientist, Machine Learning", "data-scientist"),
        ("Data Science Internship - Summer 2026", "data-science-intern"),
        ("Software Engineer Intern, Machine Learning", "software-engineer-intern"),
        ("Staff Software Engineer, Storage", "software-engineer"),
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
        "Account Manager",
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
