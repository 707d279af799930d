"""What the words around one pay figure say: its clause, label, heading and sentence.

    >>> text = "Hourly rate: $22 an hour"
    >>> context = FigureContext(text, start=13, end=len(text), previous_line=None)
    >>> sorted(context.before), context.pay_said(), context.billed()
    (['hour', 'pay'], True, False)
    >>> text = "Contractors are billed at $60 an hour"
    >>> FigureContext(text, start=26, end=len(text), previous_line=None).billed()
    True

Used by ``store.extract.figures`` to judge each candidate figure; every reading is made
when first asked, as most figures are settled by the words right before and after them.
"""

from __future__ import annotations

import re

from store.extract.surroundings import list_heading, table_header
from store.extract.words import (
    AFTER_TEXT,
    abbreviation_ends,
    billing_named,
    clause_before,
    names_itself_pay,
    nearest_role,
    paid_by_client,
    word_roles,
)

_ROW_LABEL = 60  # a figure's own label on its line ("Hourly Wage:") is at most this long
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[\n;|]")
_SENTENCE_REACH = 200
# A short aside in brackets right after a figure; the words after it still describe it.
_ASIDE = re.compile(r" ?\([^()\n]{1,24}\)")
_BILLING_CUES = ("ill", "ourc", "harge", "nvoic", "lient")  # in every word ``billing_named`` knows
# What a household or family has to earn to qualify for help, in its sentence or the
# headings above it: an eligibility limit or poverty line, not what a job pays.
_HOUSEHOLD_LIMIT = re.compile(
    r"\b(?:famil(?:y|ies)\s+of\s+(?:one|two|three|four|five|six|seven|eight|\d+)"
    r"|household\s+(?:size|incomes?)|households?\s+(?:earning|making|with\s+(?:an?\s+)?incomes?)"
    r"|poverty|income (?:limits?|guidelines?|thresholds?|eligibility)|eligibility"
    # A condition to qualify for something: "To be eligible for a workplace pension, you
    # must: ... Earn over £10,000 a year".
    r"|to\s+(?:be\s+)?(?:eligible|qualify)|eligible\s+(?:if|when))\b",
    re.IGNORECASE,
)
# In every phrase it knows, past a capital first letter, looked for close to the figure.
# ("ualify", not "ualif": "Qualifications" heads most postings' requirements)
_HOUSEHOLD_CUES = ("amil", "ousehold", "overty", "ligib", "ncome ", "ualify")
_HOUSEHOLD_CUE_BEFORE, _HOUSEHOLD_CUE_AFTER = 120, 80
_HOUSEHOLD_REACH = 200
_HOUSEHOLD_ROW = 40  # a figure this close after a line break is a row: its headings count
# A minimum or maximum set to what follows, no figure or clause end between: "the
# minimum wage for employees shall be an hourly rate of", "increase the minimum starting
# teacher salary to".
_LIMIT_IS = re.compile(
    r"\b(?:(?P<minimum>minimum)|(?P<maximum>maximum))\s+(?:[a-z]+\s+){0,2}?"
    r"(?:wages?|rates?|pay|salary|salaries)\b"
    r"[^.;$£€₹₱]{0,80}?\b(?:is|are|shall\s+be|will\s+be|must\s+be|to)\b[^.;$£€₹₱\d]{0,40}$",
    re.IGNORECASE,
)
_CLAUSE_LINE = 160  # how long a line above that sets a minimum may be
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
_PRONOUNS = frozenset({"it", "they", "It", "They"})
# The same further into a clause, where "that" is the subject more often than a conjunction
# once the clause names no pay.
_PRONOUNS_LATER = _PRONOUNS | {"that", "this", "That", "This"}
# How far back on its line a sentence naming nothing may look for the money it goes on about.
_PARAGRAPH_REACH = 300
# A clause saying what an amount comes to in other terms: the same money restated.
_RESTATED = re.compile(
    r"\b(?:breaks?\s+down|works?\s+out|equates?|translates?|amounts?)\s+(?:in)?to\b"
    r"[^.;:]{0,40}$",
    re.IGNORECASE,
)
# The income a text says is needed to afford something: a benchmark, not pay ("to
# afford an apartment that rents for $2,000, your income needs to be at least $6,000").
_INCOME_NEEDED = re.compile(
    r"\bto\s+afford\b[^.;]*\bneeds?\s+to\s+(?:be|earn|make|have)\b"
    r"|\b(?:needs?|have|has)\s+to\s+(?:earn|make)\b[^.;]*\bto\s+afford\b",
    re.IGNORECASE,
)
# "pays": the verb alone, which says who pays, not that the money is a wage.
_PAY_VERB = re.compile(r"\bpays\b", re.IGNORECASE)
_FIRST_WORD_REACH = 12
# A row's label ends in ":" or a dash, or is a few words: "Hourly Wage:", "Freshman".
_ROW_LABEL_ENDS = frozenset(":=|–—-")
_ROW_LABEL_WORDS = 4
# How far above a row pasted with its cells run together its table's pay word may stand.
_ABOVE_REACH, _ABOVE_LINES = 300, 3
# Kinds that make a money cell a pay statistic when its label names nothing else.
_STATISTICS = ("average", "median", "percentile")


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
        self.header = table_header(scan, start)
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
            stop = _SENTENCE_END.search(scan, end, end + _SENTENCE_REACH)
            self._rest_text = scan[end : stop.start() if stop else end + _SENTENCE_REACH]
        return self._rest_text

    @property
    def rest(self) -> dict[str, int]:
        if self._rest is None:
            self._rest = word_roles(self.rest_text)
        return self._rest

    def billed(self) -> bool:
        """Whether its sentence is about what an agency bills ("for outsourced work").

        A figure named pay by its own noun ("$40/hr pay rate gives a $60/hr bill
        rate") is what the worker gets, whatever the rest of its sentence bills.
        """
        near = self.scan[max(0, self.start - _SENTENCE_REACH) : self.end + _SENTENCE_REACH]
        if not any(cue in near for cue in _BILLING_CUES):
            return False  # the usual case, decided without reading the sentence
        if billing_named(self.clause) or paid_by_client(self.clause):
            return True
        return not names_itself_pay(self.after) and billing_named(self.rest_text)

    def household_limit(self) -> bool:
        """Whether its sentence, or a heading line above it, is about what a household may
        earn to qualify for help: "a family of four can make up to $69,560 and qualify",
        a row under "Household Income Limits".
        """
        scan, start = self.scan, self.start
        named = "household" in self.before or "household" in self.after
        if (
            not named
            and scan.rfind("\n", max(0, start - _HOUSEHOLD_ROW), start) == -1
            and start > _HOUSEHOLD_ROW
        ):
            return False  # prose naming no household: the usual case, decided by its words
        near = scan[max(0, start - _HOUSEHOLD_CUE_BEFORE) : self.end + _HOUSEHOLD_CUE_AFTER]
        if not named and not any(cue in near for cue in _HOUSEHOLD_CUES):
            return False  # a row with no household word near it
        above = scan[max(0, start - _HOUSEHOLD_REACH) : start]
        own = max(0, sentence_start(scan, start) - start + len(above))
        headings = [
            line for line in above[:own].split("\n") if not line.rstrip().endswith((".", "!", "?"))
        ]
        near = " ".join((*headings, above[own:], self.rest_text))
        return _HOUSEHOLD_LIMIT.search(near) is not None

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
        if self.scan.rfind("inimum", max(0, self.start - _SENTENCE_REACH), self.start) == -1:
            return False  # the usual case: no minimum named before it, decided without words
        if "minimum" not in self.lead or "pay" not in self.lead:
            return False  # no minimum named, or no rate word between (``floor_listed``'s case)
        own = word_roles(_RATE_WORDS.sub(" ", self.clause))
        if nearest_role(own, "minimum", "pay") == "pay" or "pay" in self.after:
            return False  # "the average worker earns $25": pay of its own
        start = sentence_start(self.scan, self.start)
        lead = word_roles(_RATE_WORDS.sub(" ", self.scan[start : self.start]))
        return nearest_role(lead, "minimum", "pay") == "minimum"

    def other_money_referred(self) -> bool:
        """Whether its clause names no pay and refers back by a pronoun to a sentence
        about other money: "the tip credit amount cannot exceed $4.00 per hour. Starting
        from July 1, 2024, it can't exceed $6.00 per hour".

        >>> text = "The tip credit is $4.00 per hour. From July, it can't exceed $6.00."
        >>> FigureContext(text, text.index("$6"), len(text) - 1, None).other_money_referred()
        True
        """
        if "pay" in self.before or "pay" in self.after:
            return False  # pay named around it (the caller checks first, saving the call)
        clause = self.clause
        if not _PRONOUNS.intersection(clause.split()):
            return self._other_money_continued()
        begin = self.start - len(clause.lstrip())
        previous = self.scan[sentence_start(self.scan, max(0, begin - 2)) : begin]
        return nearest_role(word_roles(previous), "not_pay", "pay") == "not_pay"

    def _other_money_continued(self) -> bool:
        """Whether its sentence names no pay, no minimum and no money of its own, and the
        sentences before it on its line were last about other money: "State maximum weekly
        benefit amounts differ. Some states set their ceiling below $500 per week. Others
        exceed $1,000." (a table row, a line of its own or a figure standing alone as its
        sentence is read by its own words)."""
        scan, start = self.scan, self.start
        begin = sentence_start(scan, start)
        line = scan.rfind("\n", max(0, begin - _PARAGRAPH_REACH), begin) + 1
        if begin <= line or scan[begin - 2 : begin] != ". ":
            return False  # the usual case: its sentence opens its line (or a ";" clause)
        own = scan[begin:start]
        own = own[own.rfind(". ") + 1 :]  # "in code review. 42K-$73K": a figure-led sentence
        if not any(c.isalpha() for c in own) or self.rest or self.lead:
            # The figure alone ("42K-$73K"), or its own sentence names what the money is.
            return False
        previous = word_roles(scan[max(line, begin - _PARAGRAPH_REACH) : begin])
        return nearest_role(previous, "not_pay", "pay", "minimum") == "not_pay"

    def restated_unpaid(self) -> bool:
        """Whether it restates other money, or money the text does not name: a clause
        naming no pay that says what an amount "breaks down to", "works out to", "equates
        to", after a sentence naming no pay, or as the text's first ("That breaks down to
        roughly $750 to over $1,400 per month", the cost of child care).

        >>> text = "Day care is $9,000 a year. That breaks down to $750 per month."
        >>> FigureContext(text, text.index("$750"), len(text) - 1, None).restated_unpaid()
        True
        >>> text = "Pay is $90,000 a year. That breaks down to $43 per hour."
        >>> FigureContext(text, text.index("$43"), len(text) - 1, None).restated_unpaid()
        False
        """
        if "pay" in self.before or "pay" in self.after or " to" not in self.clause:
            return False  # the usual case, decided without the regex
        if _RESTATED.search(self.clause) is None:
            return False
        begin = sentence_start(self.scan, self.start)
        previous = self.scan[sentence_start(self.scan, max(0, begin - 2)) : begin]
        return "pay" not in self.lead and "pay" not in word_roles(previous)

    def income_needed(self) -> bool:
        """Whether its sentence says it is the income needed to afford something: "to
        afford an apartment that rents for $2,000 per month, your monthly income needs to
        be at least $6,000 per month" (and "workers need to earn $28 an hour to afford").

        >>> text = "To afford the rent, your income needs to be $6,000 a month."
        >>> FigureContext(text, text.index("$"), len(text) - 1, None).income_needed()
        True
        """
        scan, start = self.scan, self.start
        if scan.find("fford", max(0, start - _SENTENCE_REACH), self.end + _SENTENCE_REACH) == -1:
            return False  # the usual case: nothing afforded, decided without the regex
        sentence = scan[sentence_start(scan, start) : self.end] + self.rest_text
        return _INCOME_NEEDED.search(sentence) is not None

    def other_money_paid(self) -> bool:
        """Whether its clause names pay only by the verb "pays", saying who pays, after a
        sentence about other money: "Among the states that pay the highest unemployment
        insurance compensation are ... Massachusetts pays the highest at up to $942 per
        week." (the payer of a benefit, not an employer).

        >>> text = "Unemployment insurance is set by states. Ohio pays up to $500 a week."
        >>> FigureContext(text, text.index("$"), len(text) - 1, None).other_money_paid()
        True
        """
        clause = self.clause
        if "pays " not in clause:
            return False  # the usual case (the caller checks first, saving the call)
        if "pay" in self.after or _PAY_VERB.search(clause) is None:
            return False
        if "pay" in word_roles(_PAY_VERB.sub(" ", clause)):
            return False  # a pay noun of its own: "Ohio pays nurses a salary of"
        begin = self.start - len(clause.lstrip())
        previous = self.scan[sentence_start(self.scan, max(0, begin - 2)) : begin]
        return nearest_role(word_roles(previous), "not_pay", "pay") == "not_pay"

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

    def other_money(self) -> bool:
        """Whether only its label names it, as other money: a row of a list headed
        "Shift differential" ("- Nights: $4.00/hr")."""
        if "pay" in self.before or "pay" in self.after:
            return False
        if self.heading.endswith((".", "!", "?")):
            return False  # a sentence above names its own money, not this figure's
        return "not_pay" in self.label and "pay" not in self.label

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

    def statistic_labelled(self) -> bool:
        """Whether its label names a statistic and no other money: a cell of a table
        headed "1. Quartil Mittelwert 3. Quartil" on a salary page."""
        label = self.label
        return "not_pay" not in label and any(kind in label for kind in _STATISTICS)

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
    floor = max(0, pos - _SENTENCE_REACH)
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
