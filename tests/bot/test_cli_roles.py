"""`python -m bot roles [TEXT]`: list roles, or say how words read."""

from __future__ import annotations

from bot.cli import main


def test_roles_lists_the_typed_titles_with_their_occupations(capsys):
    assert main(["roles"]) == 0
    out = capsys.readouterr().out
    assert "software-engineer" in out and "15-1252 Software Developers" in out
    assert "titles. Each reads at any level" in out


def test_roles_all_adds_every_occupation(capsys):
    main(["roles"])
    typed = len(capsys.readouterr().out.splitlines())
    main(["roles", "--all"])
    assert len(capsys.readouterr().out.splitlines()) > typed + 400


def test_roles_text_says_how_it_reads(capsys):
    assert main(["roles", "new", "grad", "swe"]) == 0
    out = capsys.readouterr().out
    assert "reads as Entry-Level Software Engineer (entry-level-software-engineer)" in out
    assert "level: entry; occupation: 15-1252 Software Developers" in out


def test_roles_text_that_reads_as_no_role_offers_choices_and_exits_non_zero(capsys):
    assert main(["roles", "ba", "intern"]) == 1
    out = capsys.readouterr().out
    assert "names no known role" in out
    assert "Business Analyst Intern (business-analyst-intern)" in out


def test_roles_text_naming_a_job_by_its_head_lists_its_kinds(capsys):
    assert main(["roles", "teacher"]) == 1
    out = capsys.readouterr().out
    assert "“teacher” covers several roles: which one?" in out
    assert "Elementary School Teacher (elementary-school-teacher)" in out
