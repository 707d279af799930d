"""Whether a list item's label names a job, in the Romance languages read here: a list of
jobs with an amount each ("- Operador de grúa articulada: 24 mil pesos.", "Professor de
Linguística: R$ 983,08;") is a list of wages, though no pay word is written.

    >>> job_item("- Ayudante general: 10 mil 59 pesos.", 20, "MXN")
    True
    >>> job_item("- Televisor: 10 mil pesos.", 13, "MXN"), job_item("Glassdoor: $120", 11, "USD")
    (False, False)

Used by ``store.extract.figures`` for a figure no word calls pay; its period then comes
from its size in its currency, as pay quoted by the month is.
"""

from __future__ import annotations

_ITEM_REACH = 80  # a list item's label is at most this long
_ITEM_MARKS = " \t•·*-–—"
# How a Spanish or Portuguese job title's first word ends: "operador", "ayudante",
# "banderero", "engenheiro", "diretora", "analista", "médico", "secretária".
_JOB_ENDINGS = ("or", "ora", "ero", "era", "eiro", "eira", "ista", "ante", "ente", "ário")
_JOB_ENDINGS += ("ária", "ario", "aria", "ico", "ica", "ólogo", "óloga", "ogo", "oga")
# Words ending like a job that are things: values, parts, places.
_NOT_JOBS = frozenset(
    {"valor", "valores", "motor", "color", "cor", "interior", "exterior", "mayor", "menor"}
    | {"sector", "setor", "factor", "fator", "televisor", "ventilador", "ordenador", "total"}
    | {"primera", "primero", "primeira", "primeiro", "tercera", "tercero", "carrera", "era"}
    | {"agora", "ahora", "hora", "fora", "fuera", "entre", "frente", "mente", "ante", "antes"}
    | {"música", "pública", "público", "periódico", "informática", "gráfica", "clínica"}
    | {"fábrica", "técnica", "práctica", "prática", "política", "economía", "cuenta"}
)
_MIN_WORD = 4
# Where pay is quoted by the month in the languages these endings are of, and their
# neighbours': a list in dollars or pounds is read by English rules.
_CURRENCIES = frozenset({"MXN", "BRL", "ARS", "COP", "CLP", "UYU", "EUR", "CHF"})


def job_item(scan: str, start: int, currency: str | None) -> bool:
    """Whether the figure at ``start``, in ``currency``, ends a list item labelled by a job
    ("Operador: ")."""
    if currency not in _CURRENCIES:
        return False
    line = scan.rfind("\n", max(0, start - _ITEM_REACH), start)
    if line == -1 and start > _ITEM_REACH:
        return False  # a long line: prose, not a list item
    label = scan[line + 1 : start].strip(_ITEM_MARKS)
    if not label.endswith(":"):
        return False  # the usual case, decided without reading its words
    first = label.split(None, 1)[0].rstrip(":").lower()
    return len(first) >= _MIN_WORD and first.endswith(_JOB_ENDINGS) and first not in _NOT_JOBS
