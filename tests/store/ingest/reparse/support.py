"""What the reparse tests share: a report of a Salary.com range and a ZipRecruiter average for
machine-learning interns in Boston, and readers of what the store holds."""

from __future__ import annotations

import json

BOSTON = "city:US-MA-boston"
SALARY_URL = (
    "https://www.salary.com/research/salary/hiring/machine-learning-intern-salary/boston-ma"
)
ZIP_URL = "https://www.ziprecruiter.com/Salaries/Machine-Learning-Intern-Salary--in-Massachusetts"


def report(*results: tuple[str, str, str]) -> str:
    body = [{"title": t, "url": u, "content": c, "score": 0.9} for t, u, c in results]
    return (
        "# Market Research for machine learning intern\n\nInterns in Boston are paid well.\n\n"
        "## Detailed Results\n\n" + json.dumps(body, indent=1) + "\n"
    )


def salary_result(low: int, high: int, month: str = "Oct 2026") -> tuple[str, str, str]:
    return (
        "Machine Learning Intern Salary in Boston, MA",
        SALARY_URL,
        f"As of {month}, the salary range for a Machine Learning Intern job is from "
        f"${low:,} to ${high:,} per year in Boston, MA.",
    )


ZIP_RESULT = (
    "Machine Learning Intern Salary in Massachusetts",
    ZIP_URL,
    "The average Machine Learning Intern salary in Massachusetts, as of Oct 2026, "
    "is $30.00 an hour.",
)


def rows(db, sql: str, args=()) -> list[dict]:
    return list(db.query(sql, args))


def salary_row(db) -> dict:
    [row] = rows(
        db, "select * from observations where url = ? and retired_by is null", [SALARY_URL]
    )
    return row


def whole_store(db) -> list[str]:
    """Every row of every table: the database's whole content."""
    return list(db.conn.iterdump())
