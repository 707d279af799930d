"""`python -m bot roles [TEXT]`: the roles the bot knows, or how it reads TEXT.

    python -m bot roles                      # the typed titles (store/data/titles.json)
    python -m bot roles --all                # every title, with the SOC occupations
    python -m bot roles "new grad swe"       # how a question's role words read

It reads no store and needs no settings.
"""

from __future__ import annotations

import argparse

from store.resolve.role_queries import resolve_role
from store.resolve.role_suggestions import roles_meant
from store.resolve.roles import open_role
from store.resolve.titles import Title, all_titles, typed_titles


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    """Register this area's subcommands."""
    roles = subcommands.add_parser("roles", help="list roles, or show how TEXT reads as one")
    roles.add_argument("text", nargs="*", metavar="TEXT", help="role words, e.g. new grad swe")
    roles.add_argument("--all", action="store_true", help="also list every SOC occupation")
    roles.set_defaults(run=run_roles)


def _title_line(title: Title) -> str:
    occupation = f"{title.soc} {title.occupation}" if title.soc else "no SOC occupation"
    return f"{title.slug:<40} {title.name} ({occupation})"


def describe_reading(text: str) -> list[str]:
    """How ``text`` reads as a role, in lines for the terminal."""
    match = resolve_role(text)
    if match is None:
        meant = roles_meant(text)
        lines = [
            f"“{text}” covers several roles: which one?"
            if meant.several
            else f"“{text}” names no known role."
        ]
        if meant.roles:
            lines.append("Did you mean: " + "; ".join(f"{r.name} ({r.slug})" for r in meant.roles))
        own = open_role(text)
        if own is not None:
            lines.append(
                f"A document titled so would store its figures as a role of its own: "
                f"{own.name} ({own.slug})."
            )
        return lines
    role = match.role
    occupation = f"{role.soc} {role.occupation}" if role.soc else "no SOC occupation"
    return [
        f"“{text}” reads as {role.name} ({role.slug}), by {match.how}.",
        f"  title: {role.title}; level: {role.level or 'none stated'}; occupation: {occupation}",
    ]


def run_roles(args: argparse.Namespace) -> int:
    if args.text:
        text = " ".join(args.text)
        lines = describe_reading(text)
        print("\n".join(lines))
        return 0 if resolve_role(text) is not None else 1
    titles = all_titles() if args.all else typed_titles()
    for title in titles:
        print(_title_line(title))
    print(
        f"{len(titles)} titles. Each reads at any level: intern, entry (new grad), junior, "
        "senior, staff, principal, lead; e.g. software-engineer-intern, "
        "senior-software-engineer."
    )
    return 0
