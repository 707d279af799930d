"""What the words around one pay figure say: its clause, label, heading and sentence.

    >>> text = "Hourly rate: $22 an hour"
    >>> context = FigureContext(text, start=13, end=len(text), previous_line=None)
    >>> sorted(context.before), context.pay_said()
    (['hour', 'pay'], True)

Used by ``store.extract.figures`` to judge each candidate figure; every reading is made
when first asked, as most figures are settled by the words right before and after them.
What marks the surroundings as other money (billing, household limits, payers, income
needed) is ``store.extract.meaning.other_money``.
"""

from __future__ import annotations

import re

from store.extract.text.clauses import AFTER_TEXT, abbreviation_ends, clause_before, own_rest
from store.extract.text.period_columns import period_column_header
from store.extract.text.stacked_cells import stacked_header
from store.extract.text.surroundings import comma_table_header, list_heading, table_header
from store.extract.text.words import nearest_role, word_roles

_ROW_LABEL = 60  # a figure's own label on its line ("Hourly Wage:") is at most this long
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[\n;|]")
SENTENCE_REACH = 200
# A short aside in brackets right after a figure; the words after it still describe it.
_ASIDE = re.compile(r" ?\([^()\n]{1,24}\)")
# A minimum or maximum set to what follows, no figure or clause end between: "the
# minimum wage for employees shall be an hourly rate of", "increase the minimum starting
# teacher salary to".
_LIMIT_IS = re.compile(
    r"\b(?:(?P<minimum>minimum)|(?P<maximum>maximum))\s+(?:[a-z]+\s+){0,2}?"
    r"(?:wages?|rates?|pay|salary|salaries)\b"
    r"[^.;$£€₹₱]{0,80}?\b(?:is|are|shall\s+be|will\s+be|must\s+be|to)\b[^.;$£€₹₱\d]{0,40}$",
    re.IGNORECASE,
)
_CLAUSE_LINE = 160
# A statutory floor named in any of the languages read here, looked for before its words
# are read: "minimum", "Mindestlohn", "SMI", "Smic", "salario mínimo", "living wage".
MINIMUM_NAMED = re.compile(
    r"inimum|[Mm]indestlohn|SMI|[Ss]mic|SMIC|ínimo|inimo|inimal|iving wage|inimálbér|न्यूनतम"
)
_TOPIC_REACH = 400  # how far before a figure a minimum wage it is a level of may be named
# A verb or preposition setting a level, close before it in its clause: "is", "to", "auf",
# "à", "wynosi", "hasta" (a list of levels with none is read exactly, as the set reads it).
_VERB_REACH = 40
_LEVEL_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|to|at|of|from|reach|reaches|stands|auf|bei|von|à|a|de|"
    r"da|do|na|wynosi|wyniesie|op|naar|hasta|en|los|las|os|dos|para)\b[^\d$£€₹₱\n]{0,25}$",
    re.IGNORECASE,
)
# A rate worked out from the minimum, not the minimum: "which works out to be $24.80".
_WORKED_OUT = re.compile(r"\b(?:would|works? out|comes? (?:out )?to|equals?)\b", re.IGNORECASE)
# Words that only call a minimum wage's level a rate: "its 2024 rate of $16.28".
_RATE_WORDS = re.compile(r"\b(?:hourly\s+)?rates?\b", re.IGNORECASE)
# What opens a list item before its words: "  • In inner London this rises to".
_ITEM_MARKS = " \t•·*-–—"
# First words of a clause that refer back to the sentence before it ("Son montant ...",
# "It will ...", "Cela correspond ..."), and the roles that give a clause pay of its own.
_BACK_REFERENCES = frozenset(
    {"it", "its", "this", "that", "son", "sa", "ses", "cela", "ce", "il", "elle", "es"}
    | {"er", "sie", "sein", "seine", "dieser", "su", "sus", "esto", "jego", "jej", "to"}
)
_OWN_PAY = ("salary", "average", "median", "percentile", "difference")
# Pronouns that stand for the subject of the sentence before: what "it" is, that money is
# (as written, capital or not: the clause is split without lowering it).
PRONOUNS = frozenset({"it", "they", "It", "They"})
# The same further into a clause, where "that" is the subject more often than a conjunction
# once the clause names no pay.
_PRONOUNS_LATER = PRONOUNS | {"that", "this", "That", "This"}
# German "er" and "der" for a masculine noun such as "der Mindestlohn": "Aktuell liegt er
# bei 12,82 Euro", "Der liegt momentan bei 12,41 Euro".
_PRONOUNS_LATER |= {"er", "Er", "Der"}
_FIRST_WORD_REACH = 12
# A row's label ends in ":" or a dash, or is a few words: "Hourly Wage:", "Freshman".
_ROW_LABEL_ENDS = frozenset(":=|–—-")
_ROW_LABEL_WORDS = 4
# How far above a row pasted with its cells run together its table's pay word may stand.
_ABOVE_REACH, _ABOVE_LINES = 300, 3
# Kinds that make a money cell a pay statistic when its label names nothing else (and
# that an open bound after them may only restate).
STATISTICS = frozenset({"average", "median", "percentile"})


class FigureContext:
    """What the words around a figure say (see ``word_roles``), each read when first asked.

    Before: its own clause, with the header cell above it in a pipe table and the
    heading line above it when it starts a line. After: the words up to the next
    clause break or connector ("$5,000 signing bonus", not "$100K plus bonus").
    """

    def __init__(self, scan: str, start: int, end: int, previous_line: str | None) -> None:
        self.scan, self.start, self.end, self.previous_line = scan, start, end, previous_line
        # Each read when first asked: plain attributes, cheaper than ``cached_property``,
        # which takes a lock on every first read in Python 3.11.
        self._heading: str | None = None
        self._label: dict[str, int] | None = None
        self._rest_text: str | None = None
        self._rest: dict[str, int] | None = None
        self._lead: dict[str, int] | None = None
        # A heading line above counts as the figure's context; a full sentence does not.
        line = previous_line or ""
        heading = "" if line.endswith((".", "!", "?")) else line
        # A figure opening its line may be a cell of a table pasted one cell a line.
        stacked = stacked_header(scan, start, end) if not start or scan[start - 1] == "\n" else ""
        self.header = stacked or table_header(scan, start) or comma_table_header(scan, start)
        # "Per maand Per week" over "€ 1.934,40 € 446,40": its column's period is its label
        self.period_column = "" if self.header else period_column_header(scan, start)
        self.header = self.header or self.period_column
        self.clause = clause_before(scan, start)
        self.before = word_roles(f"{heading} {self.header} {self.clause}")
        # "£5,000 - £10,000 (or more) higher": the words after a short aside describe it.
        aside = _ASIDE.match(scan, end) if "(" in scan[end : end + 2] else None
        after_text = AFTER_TEXT.match(scan, aside.end() if aside else end)
        self.after = word_roles(after_text.group() if after_text else "", after_figure=True)

    @property
    def label(self) -> dict[str, int]:
        """Its label: the row's own label, the heading, column header or list heading above."""
        if self._label is None:
            self._label = self._read_label()
        return self._label

    def _read_label(self) -> dict[str, int]:
        if self.period_column:
            return word_roles(self.period_column)  # not the row's other cells, nor "21 jaar"
        scan, start = self.scan, self.start
        row_start = scan.rfind("\n", max(0, start - _ROW_LABEL), start) + 1
        row_label = scan[row_start:start] if row_start or start < _ROW_LABEL else ""
        row_label = row_label[row_label.rfind(". ") + 1 :].strip()  # "Hourly: $20. Annual: "
        if row_label[-1:] not in _ROW_LABEL_ENDS and len(row_label.split()) > _ROW_LABEL_WORDS:
            row_label = ""  # prose before the figure, not a label of its own
        above = f"{self.heading} {self.header}"
        return word_roles(f"{above} {row_label}")

    @property
    def heading(self) -> str:
        """A figure that starts its line has its heading right above; a row's is further up."""
        if self._heading is None:
            self._heading = self.previous_line or list_heading(self.scan, self.start) or ""
        return self._heading

    @property
    def rest_text(self) -> str:
        """The rest of its sentence after it."""
        if self._rest_text is None:
            scan, end = self.scan, self.end
            stop = _SENTENCE_END.search(scan, end, end + SENTENCE_REACH)
            self._rest_text = scan[end : stop.start() if stop else end + SENTENCE_REACH]
        return self._rest_text

    @property
    def rest(self) -> dict[str, int]:
        if self._rest is None:
            self._rest = word_roles(self.rest_text)
        return self._rest

    @property
    def rest_own(self) -> dict[str, int]:
        """The rest of its sentence up to another amount opening a clause of its own, whose
        period words are that amount's: "1.184 euros, lo que supone 16.576 euros al año",
        "from $36,510, or $3,042 per month" (``own_rest``).

        >>> text = "from $36,510 or $3,042 per month"
        >>> "month" in FigureContext(text, 5, 12, None).rest_own
        False
        """
        text = self.rest_text
        own = own_rest(text)
        return self.rest if own is text else word_roles(own)

    @property
    def lead(self) -> dict[str, int]:
        """Its whole sentence before it, across ";" and ":" ("The average salaries: ...")."""
        if self._lead is None:
            self._lead = word_roles(self.scan[sentence_start(self.scan, self.start) : self.start])
        return self._lead

    def floor_listed(self) -> bool:
        """Whether it is one of a list of floors after one "minimum salary": "a minimum
        salary by level (Level I - $40,000; Level II - $50,000)", its own clause naming no pay."""
        if "pay" in self.before or "pay" in self.after:
            return False
        return nearest_role(self.lead, "minimum", "pay") == "minimum"

    def floor_referred(self) -> bool:
        """Whether its clause refers back, by its first word, to a sentence naming a
        minimum wage, and names no pay of its own: "Le Smic est revalorisé de 1,18 %.
        Son montant horaire brut passe de 11,88 € à 12,02 €".

        >>> text = "The minimum wage rose. It now stands at $9.50."
        >>> FigureContext(text, text.index("$"), len(text) - 1, None).floor_referred()
        True
        """
        head = self.clause[:_FIRST_WORD_REACH].split(None, 1)
        first = bool(head) and head[0].lower() in _BACK_REFERENCES  # a short slice, one lookup
        # "Under the new rule, that would jump to $1,059": a pronoun further into a clause
        # naming no pay at all
        if not first and (
            "pay" in self.before or not _PRONOUNS_LATER.intersection(self.clause.split())
        ):
            return False
        clause = self.clause.lstrip()
        if any(role in self.before for role in _OWN_PAY) or "wage" in clause.lower():
            return False  # "It is half the average salary of $50,000": pay of its own
        begin = self.start - len(clause)
        previous = self.scan[sentence_start(self.scan, max(0, begin - 2)) : begin]
        if not previous.strip(_ITEM_MARKS) and begin > len(previous):
            # A list item refers back to the item above it.
            above = self.scan.rfind("\n", 0, begin - len(previous))
            previous = self.scan[sentence_start(self.scan, max(0, above - 1)) : above]
        return nearest_role(word_roles(previous), "minimum", "not_pay") == "minimum"

    def floor_continued(self) -> bool:
        """Whether its sentence names a minimum wage and then only its levels, the words
        between calling them no more than rates: "minimum wages were set to be highest in
        D.C., with an increase above its 2024 rate of $17.50; Washington, with an increase
        to $16.66 from its 2024 rate of $16.28" gives three floors.

        >>> text = "The minimum wage rose; its 2024 rate of $16.28 is now $16.66."
        >>> FigureContext(text, text.index("$16.28"), text.index(" is"), None).floor_continued()
        True
        """
        if self.scan.rfind("inimum", max(0, self.start - SENTENCE_REACH), self.start) == -1:
            return False  # the usual case: no minimum named before it, decided without words
        if "minimum" not in self.lead or "pay" not in self.lead:
            return False  # no minimum named, or no rate word between (``floor_listed``'s case)
        own = word_roles(_RATE_WORDS.sub(" ", self.clause))
        if nearest_role(own, "minimum", "pay") == "pay" or "pay" in self.after:
            return False  # "the average worker earns $25": pay of its own
        start = sentence_start(self.scan, self.start)
        lead = word_roles(_RATE_WORDS.sub(" ", self.scan[start : self.start]))
        return nearest_role(lead, "minimum", "pay") == "minimum"

    def floor_topic(self) -> bool:
        """Whether it is a level a minimum wage named earlier is set at, in a clause that
        says so with a verb or preposition and names no pay of its own: "Bereits zum 1.
        Januar 2027 ist eine weitere Erhöhung auf 14,60 Euro geplant" after "der
        gesetzliche Mindestlohn ... auf 13,90 Euro". A floor, as the set reads "the minimum
        wage is $X"; a list of levels with no verb ("Aged 18 to 20 £6.56") stays exact, and
        so does a rate worked out from it ("which works out to be $24.80").

        >>> text = "The minimum wage rose in May. Next year it goes up to $16.66 an hour."
        >>> FigureContext(text, text.index("$"), text.index(" an"), None).floor_topic()
        True
        >>> text = "The minimum wage is $15. The median wage sits at about $31.50 an hour."
        >>> FigureContext(text, text.index("$31"), text.index(" an"), None).floor_topic()
        False
        """
        scan, start = self.scan, self.start
        window = scan[max(0, start - _TOPIC_REACH) : start]
        if not MINIMUM_NAMED.search(window):
            return False  # the usual case in a text naming a minimum: not near this figure
        verb_from = max(0, start - len(self.clause), start - _VERB_REACH)
        if not _LEVEL_VERB.search(scan, verb_from, start) or _WORKED_OUT.search(self.clause):
            return False
        # The nearest pay named before it is the minimum, not another pay ("the median wage")
        if nearest_role(word_roles(_RATE_WORDS.sub(" ", window)), "minimum", "pay") != "minimum":
            return False
        own = word_roles(_RATE_WORDS.sub(" ", self.clause))
        if nearest_role(own, "minimum", "pay") == "pay" or "pay" in self.after:
            return False  # "the average worker earns $25": pay of its own
        return not any(role in own for role in _OWN_PAY)

    def limit_stated(self) -> str | None:
        """Which bound its sentence sets it as ("minimum" or "maximum"), the words between
        only restating what it is: "the minimum wage shall be an hourly rate of $6.75",
        "the maximum pay for Salary Grade 33 is Php 419,144"; or the bound set by the
        heading of the list it is a row of ("The minimum wage shall be:\n(1) $13.00").

        >>> text = "The minimum wage shall be an hourly rate of $6.75."
        >>> FigureContext(text, 44, 49, None).limit_stated()
        'minimum'
        """
        scan, start = self.scan, self.start
        named = self.clause.find("imum")  # "minimum", "maximum": the search starts there
        if named != -1:
            stated = _LIMIT_IS.search(self.clause, max(0, named - 3))
            if stated:
                return stated.lastgroup
        line = scan.rfind("\n", max(0, start - _ROW_LABEL), start)
        if line <= 0 or "imum" not in scan[max(0, line - _CLAUSE_LINE) : line]:
            return None  # the usual case: no bound named on the lines above
        if "pay" in word_roles(scan[line + 1 : start]):
            return None  # the row names its own pay
        heading = list_heading(scan, start) or ""
        for line in heading.split("\n"):  # a heading, then perhaps a sub-header under it
            stated = _LIMIT_IS.search(line.rstrip(": "))
            if stated:
                return stated.lastgroup
        return None

    def pay_above(self) -> bool:
        """Whether one of the few lines above its row names pay: the sentence or heading
        over a table pasted with its cells run together ("average hourly wage ... by
        province" above "British Columbia$42.24$42.78").

        >>> text = "Average hourly wage by province\\nProvince2022\\nOntario$31.10"
        >>> FigureContext(text, text.index("$"), len(text), None).pay_above()
        True
        """
        scan = self.scan
        row = scan.rfind("\n", max(0, self.start - _ROW_LABEL), self.start)
        if row == -1:
            return False
        lines = scan[max(0, row - _ABOVE_REACH) : row].split("\n")
        lines = [line for line in lines if line.strip()][-_ABOVE_LINES:]
        return any("pay" in word_roles(line) for line in lines)

    def minimum_wage_cell(self) -> bool:
        """Whether it is a cell of a pipe table of minimum wages, its column headed by one
        ("| State | Minimum Wage |") and its row naming none: each cell is a level read
        exactly, as the set reads a state table, not a floor.

        >>> text = "| State | Minimum Wage |\\n|---|---|\\n| Alabama | $7.25 |"
        >>> FigureContext(text, text.index("$"), text.index(" |", 40), None).minimum_wage_cell()
        True
        """
        header, scan, start = self.header, self.scan, self.start
        if "age" not in header or "|" not in scan[start - 3 : start]:
            return False  # the usual case: no pipe table's wage column
        row = scan[scan.rfind("\n", 0, start) + 1 : start]
        if not any(char.isalpha() for char in row):
            return False  # no row label before it on its line: a table pasted otherwise
        return "minimum" in word_roles(header) and "minimum" not in word_roles(self.clause)

    def row_of_pay(self) -> bool:
        """Whether it follows a short label and a colon opening its line, right under a
        row of the same shape whose label names pay: "Median Salary: $72,000" over
        "Typical Range: $60,000 – $80,000".

        >>> text = "Median Salary: $72,000\\nTypical Range: $60,000"
        >>> FigureContext(text, text.index("$60"), len(text), None).row_of_pay()
        True
        """
        scan, start = self.scan, self.start
        if not scan[max(0, start - 2) : start].strip().endswith(":"):
            return False  # the usual case: no label's colon right before it
        row = scan.rfind("\n", max(0, start - _ROW_LABEL), start)
        if row <= 0 or ":" in scan[row + 1 : start - 2]:
            return False
        above = scan.rfind("\n", max(0, row - _ROW_LABEL - 40), row) + 1
        colon = scan.find(":", above, row)  # the row above: a label and its colon too
        return colon - above < _ROW_LABEL and colon != -1 and "pay" in word_roles(scan[above:colon])

    def statistic_labelled(self) -> bool:
        """Whether its label names a statistic and no other money: a cell of a table
        headed "1. Quartil Mittelwert 3. Quartil" on a salary page."""
        label = self.label
        return "not_pay" not in label and any(kind in label for kind in STATISTICS)

    def pay_said(self) -> bool:
        """Whether any word around the figure says it is pay (the nearest looked at first).

        A sentence about other money ("$39,704 in back wages; the other employer,
        $138,753") does not make its later clauses pay.
        """
        return (
            "pay" in self.before
            or "pay" in self.after
            or "pay" in self.label
            or "pay" in self.rest
            or nearest_role(self.lead, "not_pay", "pay") == "pay"
        )


def sentence_start(scan: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after a line break, or a full stop
    and a capital ("Rs. 5.1 lakh" does not end one)."""
    floor = max(0, pos - SENTENCE_REACH)
    start = scan.rfind("\n", floor, pos) + 1 or floor
    stop = scan.rfind(". ", start, pos)
    while stop != -1:
        following = scan[stop + 2 : stop + 3]
        if (following.isupper() or following in '"“(') and not abbreviation_ends(
            scan, stop, capitals=False
        ):
            return stop + 2
        stop = scan.rfind(". ", start, stop)
    return start
