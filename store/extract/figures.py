"""Find every pay figure in free text: job pages, salary-site blurbs, market reports.

    >>> [(f.min_amount, f.max_amount, f.period, f.currency, f.kind)
    ...  for f in extract_pay("The range is $124,052 to $184,190 per year.")]
    [(124052.0, 184190.0, 'year', 'USD', 'range')]
    >>> [(f.min_amount, f.period, f.kind) for f in extract_pay(
    ...     "The avg salary is $22.36 an hour or $46507 per year.")]
    [(22.36, 'hour', 'average'), (46507.0, 'year', 'average')]
    >>> f = extract_pay("Base Salary Range Region 2: $117,100 - $131,800.")[0]
    >>> f.region, f.covers, f.period, f.text
    ('Region 2', 'base', 'year', '$117,100 - $131,800')
    >>> extract_pay("Founded 2013; 501 - 1,000 employees; 3.5 GPA; $5,000 signing bonus.")
    []

How it works, in three steps, each with precompiled regexes:

1. ``store.extract.amounts.money`` finds every number that could be money, with its currency mark
   ($, £, €, ₹, US$, CA$, ISO codes, "Rs.") and scale suffix (K, lakh, LPA, crore;
   M/B/million mark company-sized money and are dropped).
2. Neighbouring amounts joined by a dash, "to", "Max:" or "between ... and" become
   ranges; "up to", "from", "starting at" and a trailing "+" make one-sided figures.
3. Each figure is judged by the words around it (``store.extract.text.words``), within its
   own sentence, by where it sits (``store.extract.text.surroundings``) and by its period
   (``store.extract.meaning.periods``): the
   period written after it (or inferred from "salary", "hourly rate", a K suffix),
   its kind (average, median), what it covers (base, additional cash, total), a
   region label from a pay table, and whether it is pay at all (bonus, revenue,
   relocation, equity and similar words rule it out).

Bare numbers with no currency mark count only when a pay word and a stated period
make them unambiguous ("pay rate 25-30/hr"), so years, dates, phone numbers, ZIP
codes, counts and percentages never become figures.

Text dumped from JSON or HTML is read through a copy with its escapes and tags
resolved in place (``store.extract.text.readable``), so every span is an exact offset into
the input. Ranges are ``store.extract.amounts.ranges``, open bounds
``store.extract.amounts.open_bounds``; a figure's currency is
``store.extract.amounts.currency``; what marks its surroundings as other money is
``store.extract.meaning.other_money``.
"""

from __future__ import annotations

import re

from store.extract.amounts.bare import (
    bare_number_is_pay,
    glued_cell,
    paid_in_pounds,
    wage_cell_header,
)
from store.extract.amounts.currency import (
    figure_currency,
    in_named_dollars,
    names_dollar_code,
)
from store.extract.amounts.money import Amount, find_amounts, rough_usd, scaled_value
from store.extract.amounts.open_bounds import open_bounds, restated_floor, top_opened
from store.extract.amounts.ranges import higher_alternative, open_topped, range_bounds, to_chain
from store.extract.amounts.shared_currency import with_shared_currency
from store.extract.amounts.sums import is_factor, labelled_sum, result_of_sum
from store.extract.meaning.changes import (
    change_column,
    change_named_around,
    change_of_pay,
    changes_ranged,
)
from store.extract.meaning.lookalikes import other_than_pay
from store.extract.meaning.other_money import (
    billed,
    gap_between,
    household_limit,
    named_next,
    other_money,
    other_money_paid,
    other_money_referred,
    restated_unpaid,
)
from store.extract.meaning.periods import (
    beyond_pay_ceiling,
    infer_period,
    period_after,
    plausible_pay,
)
from store.extract.meaning.units import paid_per_other, priced_per_credit_hour, unit_paid_before
from store.extract.neighbours import restates_statistic, with_neighbours_periods
from store.extract.text.bound_columns import ROW_CELLS, column_ranges
from store.extract.text.clauses import own_label
from store.extract.text.columns import cell_currency
from store.extract.text.context import STATISTICS, FigureContext, sentence_start
from store.extract.text.cues import TextCues, text_cues
from store.extract.text.jobs import job_item
from store.extract.text.readable import readable
from store.extract.text.stacked_cells import period_below
from store.extract.text.surroundings import heading_above, region_label
from store.extract.text.words import (
    figure_covers,
    figure_kind,
    is_floor,
    is_pay,
    nearest_role,
    word_roles,
)
from store.models import PayFigure, Period

# Right after a figure (and its period), what the money is for: no pay, an allowance, or
# rent with no rent word ("pays $508 per month to live in a box").
_PURPOSE_AFTER = re.compile(
    r"\s*(?:to\s+(?:invest|spend|use|put|cover|buy|purchase|pay\s+for|help\s+(?:with|pay|cover)"
    r"|live|park|rent|attend|enrol+)|towards?"
    # "a standard rate of $94 for lodging and $55 for M&IE": what a per diem is spent on
    r"|for\s+(?:lodging|meals?|housing|rent|travel|tuition|food|incidentals|expenses|mileage"
    r"|transportation|parking|uniforms?|books|supplies))\b",
    re.IGNORECASE,
)
# After a figure, words applying it to something else: a credit, not a wage.
_CREDITED_AFTER = re.compile(
    r"\s*(?:may|can|shall|will|must)\s+(?:not\s+)?be\s+(?:so\s+)?"
    r"(?:applied|credited)\b",
    re.IGNORECASE,
)
_LABEL_REACH = 12  # "Stock $80K": the label right before a figure
# A money cell labelled by a statistic alone is pay from this size (US-dollar-like): a
# monthly wage, not a price.
_STATISTIC_FLOOR = 300


def extract_pay(text: str) -> list[PayFigure]:
    """Every pay figure in ``text``, in order of appearance.

    >>> [f.text for f in extract_pay("Pay: $27/hr. Up to $80K a year, from £30,000 pa.")]
    ['$27/hr', 'Up to $80K a year', 'from £30,000 pa']
    >>> [(f.min_amount, f.period, f.period_basis) for f in extract_pay(
    ...     "Im Schnitt 4578 Euro pro Monat. In Ostdeutschland waren es 3754 Euro.")]
    [(4578.0, 'month', None), (3754.0, 'month', 'page')]
    """
    scan = readable(text)
    amounts = with_shared_currency(scan, find_amounts(scan))
    # A header writing which dollar its cells are in: "Annual Salary (AUD)".
    dollar_named = names_dollar_code(scan)
    cues = text_cues(scan)
    figures: list[PayFigure] = []
    statistics: list[PayFigure] = []  # medians and averages an open bound may restate
    i = 0
    while i < len(amounts):
        low = amounts[i]
        high = amounts[i + 1] if i + 1 < len(amounts) else None
        bounds = range_bounds(scan, low, high) if high else None
        open_top = high is not None and bounds is None and open_topped(scan, low, high)
        pairs: list[tuple[int, int]] = []
        if high and not bounds and not scan[low.end : high.start].strip(" \t|"):
            pairs, cells = column_ranges(scan, amounts[i : i + ROW_CELLS + 1])
        if len(pairs) > 1:  # "Minimum annual | Minimum hourly | ... | Maximum hourly"
            for bottom, top in pairs:
                figure = _column_figure(text, scan, amounts[i + bottom], amounts[i + top], cues)
                if figure is not None:
                    figures.append(figure)
            i += cells
            continue
        if pairs:  # "Minimum Midpoint Maximum" columns: the row's first and last
            high = amounts[i + pairs[0][1]]
            bounds = (scaled_value(low, low.scale), scaled_value(high, high.scale))
            i += cells - 2
        elif open_top:  # "from $39,000 to over $90,000": the top is open
            bounds = (scaled_value(low, low.scale), None)  # type: ignore[assignment]
        elif bounds is None:
            high = None
        elif (
            i + 2 < len(amounts)
            and "to" in scan[low.end : high.start]
            and (chain := to_chain(scan, amounts, i))
        ):
            for amount in amounts[i : i + chain]:  # a list of levels, each its own figure
                figure = _figure(text, scan, amount, None, None, cues)
                if figure is not None:
                    figures.append(figure)
            i += chain
            continue
        elif i + 2 < len(amounts):  # "$70K–$90K–$110K": low, middle and top of a band
            top = amounts[i + 2]
            gap = scan[high.end : top.start]
            if gap.strip() in "-–—":  # the cheap test first
                upper = range_bounds(scan, high, top)
                if upper and upper[1] > bounds[1]:
                    bounds, high = (bounds[0], upper[1]), top
                    i += 1
            elif gap == " or " and higher_alternative(scan, low, high, top, bounds[1]):
                # "$18.36 (first step) to $19.28 or $20.24": the top's alternative is the top
                bounds, high = (bounds[0], scaled_value(top, top.scale)), top
                i += 1
        i += 1 if high is None else 2
        figure = _figure(text, scan, low, high, bounds, cues)
        if figure is None or (statistics and restates_statistic(figure, statistics)):
            continue
        figures.append(restated_floor(scan, figures, figure))  # "$27.50, which amounts to"
        if figure.kind in STATISTICS:
            statistics.append(figure)
    if dollar_named:
        figures = [in_named_dollars(scan, figure) for figure in figures]
    return with_neighbours_periods(scan, figures)


def _column_figure(
    text: str, scan: str, low: Amount, high: Amount, cues: TextCues
) -> PayFigure | None:
    """The range of a table row's minimum cell and its maximum cell."""
    bounds = (scaled_value(low, low.scale), scaled_value(high, high.scale))
    return _figure(text, scan, low, high, bounds, cues)


# A figure that is a minimum named after it: "$9.60/hr is the minimum wage for students",
# "$7.25 is the federal minimum".
_IS_MINIMUM = re.compile(
    r"\s*(?:is|was|will\s+be|becomes|became|remains|est|ist|es)\s+(?:the|a|le|der|el)\s+"
    r"(?:[a-z]+\s+){0,2}(?:minimum|mindestlohn|smic)\b",
    re.IGNORECASE,
)
# Words after a figure that open one of its bounds, before its period: "or higher per hour".
_OPENED_BY = (" or ", " and ")
_OPEN_WORDS = re.compile(
    r"\s+(?:or|and)\s+(?:more|higher|above|over|up|less|lower|below|under)\b", re.IGNORECASE
)


def _in_brackets(scan: str, start: int) -> bool:
    """Whether the figure opens a bracket: "R27,58 per hour (USD 1.54)", a conversion."""
    return scan[max(0, start - 2) : start].rstrip().endswith("(")


def _figure(
    text: str,
    scan: str,
    low: Amount,
    high: Amount | None,
    bounds: tuple[float, float] | None,
    cues: TextCues,
) -> PayFigure | None:
    """The pay figure made of ``low`` (and ``high``), or None when it is not pay.

    ``cues``: which rarer words the text holds anywhere (``text_cues``), so that the
    rules reading them run only where they may apply.
    """
    last = high or low
    period_match = period_after(scan, last.end, last.end + 40)
    opened = None  # "$19.42 or higher per hour": the words opening a bound, then the period
    if period_match is None and last.marked and scan.startswith(_OPENED_BY, last.end):
        opened = _OPEN_WORDS.match(scan, last.end)
        if opened:
            period_match = period_after(scan, opened.end(), opened.end() + 40)
    period: Period | None = period_match[0] if period_match else None
    if period is None and high is not None:  # "$20/hr to $25": the first bound's period
        first = period_after(scan, low.end, high.start)
        period = first[0] if first else None
    if period is None and scan.startswith("\n", last.end):  # "$42.27" over "HOURLY"
        period = period_below(scan, low.start, last.end)
    if period is None and (paid_per_other(scan, last.end) or unit_paid_before(scan, low.start)):
        return None  # "$0.50 per mile", "sleeps are paid at £45": paid by something but time
    scale = last.scale
    if is_factor(scan, low.start, last.end):
        return None  # "$50 x 12 = $600", "18.95% of $45": a factor, not a figure of its own
    # A bare number is pay only beside a pay word, with a period or a K/lakh scale.
    bare = not (low.marked or last.marked) and scale != "lpa"
    if bare and paid_in_pounds(scan, low, last, period):
        bare = False  # "26,000 pounds a year", "salaries of more than 39,000 pounds"
    if bare and not bare_number_is_pay(scan, low, high, period):
        header = wage_cell_header(scan, low, last, scale)  # "Hourly Wage ($)" above it
        if header is None:
            return None
        low = low._replace(currency=cell_currency(scan, low.start, header))

    start, end = low.start, period_match[1] if period_match and not opened else last.end
    minimum: float | None
    maximum: float | None
    if bounds:
        minimum, maximum = bounds
        if high is not None and (opened_top := top_opened(scan, end)):
            maximum, end = None, opened_top  # "$100,000 to $130,000 or more"
    else:
        minimum, maximum, start, end = open_bounds(
            scan, start, end, scaled_value(low, low.scale), last
        )
    if opened and period_match:
        end = max(end, period_match[1])
    label_text = own_label(scan, start, _LABEL_REACH)
    label = word_roles(label_text)
    if nearest_role(label, "not_pay_label", "pay") == "not_pay_label":
        return None
    if "our" in label_text and priced_per_credit_hour(scan, start):
        return None  # "Fee Rate per Credit Hour: $50.00": a price per unit of study
    if change_of_pay(scan, label_text, start, low.start, last.end, ranged=high is not None):
        return None  # "vary by over £20,000", "(+ $2.64/hr)", "stieg um 150 Euro"
    if cues.changes and change_named_around(
        scan, low.start, end, period_written=period_match is not None
    ):
        return None  # "a $2 wage increase", "raise teacher pay $10,000"

    previous_line = heading_above(scan, start)
    context = FigureContext(scan, start, end, previous_line)
    if not is_pay(context.before, context.after) or billed(context) or other_money(context):
        return None
    if context.header and change_column(context.header, scan, start):
        return None  # "| Annual Increase to pay |" over "| £1,601.60 |": how much pay moved
    if (
        "pay" not in context.before
        and "pay" not in context.after
        and (other_money_referred(context) or restated_unpaid(context))
    ):
        return None  # "The tip credit is $4.00. From July, it can't exceed $6.00": the same money
    if cues.payers and "pays " in context.clause and other_money_paid(context):
        return None  # "... unemployment insurance ... Massachusetts pays up to $942 per week"
    if cues.naming and named_next(context):
        return None  # "($2.50) per hour ... Such contributions are to be made by the Employer"
    if changes_ranged(context.clause):
        return None  # "The increases range from $0.25 ... to $2.15": how much pay moved
    if household_limit(context):
        return None  # "a family of four earning $55,000 may qualify": an eligibility limit
    if (cues.gaps and gap_between(context)) or other_than_pay(context, low.start, cues.affords):
        return None  # "you'd need to be making $32 an hour to afford rent", a pension
    if cues.credits and _CREDITED_AFTER.match(scan, end):
        return None  # "no more than $3.00 per hour may be so applied": a credit, not a wage
    if _PURPOSE_AFTER.match(scan, end):
        return None  # "up to $4,000 a year to spend on training": money given for a purpose
    if minimum == maximum and high is None and not context.minimum_wage_cell():
        if (
            is_floor(context.before, context.after)
            or context.floor_listed()
            or context.floor_referred()
            or (cues.limits and context.floor_continued())
            or (cues.limits and _IS_MINIMUM.match(scan, end) is not None)
            or (cues.minimums and context.floor_topic())
        ):
            maximum = None  # "the minimum wage is $7.25 an hour", "a $15 minimum wage": a floor
        elif cues.limits:
            limit = context.limit_stated()  # "the maximum pay ... is Php 419,144"
            minimum, maximum = (None, maximum) if limit == "maximum" else (minimum, maximum)
            maximum = None if limit == "minimum" else maximum
    currency = figure_currency(low, last)
    if beyond_pay_ceiling(minimum, maximum, currency):
        return None  # company money written out in full: "$3,000,000"
    size = maximum if maximum is not None else minimum
    basis = None
    summed = result_of_sum(scan, start, sentence_start)
    if summed and nearest_role(summed.said, "not_pay", "pay") == "not_pay":
        return None  # "$5 overhead and $6 profit = $64.53": a sum of other money
    if period is None and size is not None and summed:
        # A sum's result takes its period from the words before the sum, not its operands.
        if "pay" in summed.before or labelled_sum(summed, word_roles(context.heading)):
            period, basis = infer_period({}, summed.before, {}, size, currency, scale, True)
    elif period is None and size is not None:
        pay_said = (
            context.pay_said()
            or (rough_usd(size, currency) >= _STATISTIC_FLOOR and context.statistic_labelled())
            or (glued_cell(scan, start, end) and context.pay_above())
            or context.row_of_pay()  # "Median Salary: $72,000\nTypical Range: $60,000"
            # "start bij 2.319 euro bruto en doorloopt tot 3.322 euro": said between its bounds
            or (high is not None and "pay" in word_roles(scan[low.end : high.start]))
            # "- Operador de grúa articulada: 24 mil pesos.": a list of jobs, each with its pay
            or job_item(scan, start, currency)
        )
        period, basis = infer_period(
            context.label, context.before, context.rest_own, size, currency, scale, pay_said
        )
        if period is None and not pay_said and last.marked and label:
            # A period word right before a marked amount names its period as a label
            # does: "im Jahr über 48.000 €", "सालाना 20 लाख रुपये".
            period, basis = infer_period(label, {}, {}, size, currency, scale, False)
    covers = figure_covers(context.before)
    if (
        period
        and covers != "additional_cash"
        and not plausible_pay(minimum, maximum, period, currency, _in_brackets(scan, start))
    ):
        return None  # "$0.52 to $0.70" an hour is a change in pay, not pay
    return PayFigure(
        min_amount=minimum,
        max_amount=maximum,
        period=period,
        period_basis=basis,
        currency=currency,
        kind=figure_kind(
            context.before,
            context.after,
            high is not None or minimum != maximum,
            context.label,
            context.lead,
        ),
        covers=covers,
        region=region_label(scan, start, previous_line),
        span=(start, end),
        text=text[start:end],
    )
