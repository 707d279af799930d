"""What the words around a pay figure say: pay or not, its kind and what it covers.

    >>> sorted(word_roles("The median total compensation is"))
    ['median', 'pay', 'salary', 'total']

Phrases are looked up word by word in one table (``ROLES``) that maps each phrase
to the roles it plays; the phrase nearest a figure wins. Periods are read in
``store.extract.periods``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.models import Covers, FigureKind

# --- context: the words around a figure -------------------------------------

# Where a sentence or clause ends: figures are judged by the words of their own.
_CLAUSE_BREAKS = ("\n", ";", "|", "•", "·", "\t", ". ", "! ", "? ", ".\u00a0")
_CLAUSE_REACH = 160
AFTER_TEXT = re.compile(r"\)?[^.!?;:,|\n)+$£€₹₱\d–—]{0,50}")  # "($5,000.00) below"
# Devanagari vowel signs are not \w: a Hindi word is one word, not three.
_WORD = re.compile(r"[\w\u0900-\u097F]+")


def _phrase_roles(**roles: str) -> dict[str, frozenset[str]]:
    """Each phrase (lower case, "|"-separated per role) mapped to the roles it plays."""
    table: dict[str, set[str]] = {}
    for role, phrases in roles.items():
        for phrase in phrases.split("|"):
            table.setdefault(phrase, set()).add(role)
    return {phrase: frozenset(found) for phrase, found in table.items()}


_PERKS = (
    "housing wellness fitness learning education educational training phone internet "
    "relocation moving travel"
)
_PERK_PHRASES = "|".join(
    f"{perk} {noun}"
    for perk in (*_PERKS.split(), "home office", "remote work", "meal", "commuter", "gym")
    for noun in (
        "stipend",
        "allowance",
        "budget",
        "reimbursement",
        "assistance",
        "credit",
        "package",
    )
)
_NOT_PAY = (
    "bonus|bonuses|sign on|signon|signing|relocation|relo|tuition|reimbursement|"
    "reimbursements|reimbursed|revenue|revenues|arr|mrr|gmv|aum|funding|raised|raising|"
    "valuation|valued at|rsu|rsus|stock options|options|shares|equity grant|equity award|"
    "equity package|equity worth|stock grant|stock award|401 k|401k|allowance|allowances|"
    "per diem|referral|commission|commissions|prize|prizes|scholarship|scholarships|"
    "donation|donations|donated|price|prices|priced|pricing|cost|costs|fee|fees|savings|"
    "discount|discounts|worth of|market cap|sales of|in sales|assets under|investment of|"
    "investment round|invested|investor|investors|profit|profits|loan|loans|debt|"
    "budget of|spend|spending|spent|billed|sold|purchase|purchases|grant of|award of|"
    "penalty|penalties|save|saves|saved|deal size|deal value|contract value|order value|"
    "rent|rents|rental|mortgage|lease|apartment|home price|home prices|home value|"
    "cost of living|living costs|groceries|housing|accommodation|lodging|"
    # Funding rounds, billing, deductions and benefits, in the languages read here.
    "round|rounds|seed round|pre seed|series a|series b|series c|bill rate|billing rate|"
    "billing|invoice|invoiced|income tax|tds|tax deducted|taxes of|deduction|deductions|"
    "abzüge|abzug|steuer|steuern|pf|provident fund|gratuity|insurance|superannuation|"
    "contribution|contributions|pension|prämie|prämien|boni|prime|primes|prima|primas|"
    "premie|miete|loyer|alquiler|huur|czynsz|difference|differences|gap|écart|additional|"
    "differential|differentials|back wages|damages|settlement|minus|extra|run rate|per capita|"
    "per capta|renda|burden|overhead|welfare|workers comp|workers compensation|"
    "requerido|requeridos|requerida|requeridas|preis|preise|prix|precio|precios|prezzo|"
    "prezzi|preço|preços|kosten|coût|coûts|costo|costos|custo|custos|"
    "household income|household incomes|family income|annual household income|"
    "household annual income|annual family income|family annual income|"
    "premium|premiums|child support|"
    # What tips count towards a minimum wage: the credit, not the tipped wage itself.
    "tip credit|tip credits|tip offset|tip offsets|funded by|"
    # What college costs besides tuition.
    "room and board|meal plan|meal plans|dorm|dorms|dormitory|"
    "alimony|social security|retirement benefits|disability benefits|adds|addon|"
    "benefit amounts|weekly benefit|weekly benefits|unemployment compensation|"
    "unemployment insurance|daycare|day care|"
    # A price someone charges ("charge nurse" and "in charge" stay clear of these).
    "we charge|they charge|you charge|i charge|may charge|can charge|will charge|to charge|"
    "charge between|charges|charged|charging|"
    # Benefits, pensions, grants and rent in the languages read here.
    "kindergeld|elterngeld|wohngeld|bürgergeld|arbeitslosengeld|rente|renten|allocation|"
    "allocations|chômage|retraite|pensión|pensiones|jubilación|pensione|pensioni|"
    "aposentadoria|affitto|canone|grant|grants|subsidy|subsidies|subsidio|"
    "diferencia|unterschied|differenz|verschil|różnica|différence|différences|különbség|"
    # A business's revenue in the languages read here ("le chiffre d'affaires mensuel").
    "chiffre d affaires|umsatz|umsätze|facturación|fatturato|omzet|przychód|przychody|"
    "perk|perks|benefit of|"
    "benefits of|benefit amount|unemployment benefit|unemployment benefits|" + _PERK_PHRASES
)
# What the words near a figure say about it; one phrase may say several things
# ("hourly" is a pay word and an hourly hint). The nearest phrase before a figure wins.
ROLES = _phrase_roles(
    pay="salary|salaries|pay|pays|paid|payrate|wage|wages|compensation|comp|"
    "remuneration|earn|earns|earned|earning|earnings|make|makes|making|income|stipend|ctc|ote|tc|"
    "command|commands|"
    "hourly|base|rate|package|packages|offer|offers|offered|take home|in hand|lpa|"
    "receive|receives|bekommt|bekommen|erhält|erhalten|erhielten|perçoit|perçoivent|"
    "gross|brutto|bruto|brut|bruts|brute|bruttó|netto|nettó|"
    "gehalt|gehälter|jahresgehalt|lohn|löhne|stundenlohn|mindestlohn|vergütung|verdienen|verdient|"
    "verdiente|verdienst|einkommen|salaire|salaires|salarial|rémunération|gagne|gagnent|"
    "touche|touchent|payé|payés|smic|salario|salarios|sueldo|sueldos|cobra|cobran|gana|"
    "ganan|remuneración|smi|salaris|loon|verdient|brutosalaris|wynagrodzenie|"
    "wynagrodzenia|wynagrodzeń|zarobki|zarabia|płaca|pensja|stawka|stawki|stawkę|kereset|"
    "keresete|bér|fizetés|"
    "वेतन|मानदेय|सैलरी|μισθός|βγάζεις|stipendio|stipendi|retribuzione|retribuzioni|salari|"
    "salario|guadagna|guadagnano|reddito|paga|pagano|lordi|lordo|netti|gratification|"
    "gratifications|top paying|highest paying|best paying|high paying|well paying|"
    "ingreso|ingresos|percibe|perciben|remunerado|remunerados|salário|salários|"
    "remuneração|ganha|ganham|ganhos|recebe|recebem|rendimento|revenu|revenus",
    salary="salary|salaries|compensation|comp|earn|earns|earned|earning|earnings|income|pay|paid|"
    "remuneration|ctc|ote|tc|base|gehalt|jahresgehalt|vergütung|salaire|rémunération|"
    "salario|sueldo|salaris|salário",
    not_pay=_NOT_PAY,
    # After a figure, a noun it is the amount of: "$5,000 signing bonus", "$2M in sales".
    not_pay_after=_NOT_PAY + "|sales|equity|stock|grant|grants|award|awards|budget|"
    "assets|investment|investments|deal|deals|credit|credits|gift|voucher|vouchers|housing|"
    "wellness|fitness|home office|commute|commuting|commuter|transit|gym|phone|internet|"
    "meal|meals|lunch|childcare|order|orders|per customer|per user|per seat|per license|"
    "per unit|per order|per share|per employee|employee|differential|pounds|lbs|kg|perk|perks|"
    "benefit|benefits|in taxes|in tax|of taxes|of tax|tip|tips|gratuities|"
    "additional|extra|in raises|in increases|in salary increases|in total salary increases|"
    "in pay increases|in pay raises|in wage increases",
    # A difference, not a level: "800 Euro weniger", "$14k below the average".
    difference="more|less|fewer|higher|lower|below|above|more than|less than|weniger|"
    "mehr|más|menos|meer|minder|moins|de plus|en moins|de más|kevesebb|több|więcej|mniej|"
    "inferior|superior|inférieur|inférieure|supérieur|supérieure|niedriger|höher|lager|hoger|"
    # German comparatives take their noun's ending: "400 Euro niedrigeres Monatsentgelt"
    "niedrigere|niedrigeres|niedrigeren|niedrigerer|niedrigerem|höhere|höheres|höheren|"
    "höherer|höherem|geringer|geringere|geringeres|geringeren|geringerer|geringerem|"
    "niższe|wyższe|alacsonyabb|magasabb|की वृद्धि",
    # Right after a figure, a change in pay, not a level: "a $2,000 raise", "€300 increase"
    # (but "$24.96, a jump of 2.3%" is a level).
    change="increase|increases|raise|raises|rise|hike|cut|cuts|drop|premium|bump|jump|boost|aumento|"
    "subida|augmentation|hausse|baisse|erhöhung|steigerung|verhoging|podwyżka|emelés|fine|fines",
    # A label right before a figure: "Stock $80K" in a compensation breakdown.
    not_pay_label="stock|equity|rsu|rsus|shares|options|grant|grants|bonus|bonuses|"
    "increase of|raise of|rise of|increase by|increased by|rose by|grew by|hike of|jump of",
    # What a household earns to qualify for help: read further in ``FigureContext``.
    household="family|families|household|households|poverty|eligibility|eligible|income limit|"
    "income limits|income guidelines|income threshold|income thresholds",
    # A statutory floor: the figure is a lower bound ("the minimum wage is $7.25").
    minimum="minimum wage|minimum wages|minimum rate|minimum pay|minimum salary|"
    "minimum wage rate|minimum pay rate|minimum hourly rate|minimum hourly wage|"
    "minimum rate of pay|minimum hourly rate of pay|minimum salary of|minimum wage of|"
    "living wage|mindestlohn|salaire minimum|smic|salario mínimo|salario minimo|smi|"
    "minimalne wynagrodzenie|minimálbér|minimumloon|न्यूनतम|न्यूनतम वेतन|minimale|"
    "réglementaire|minimum légal|statutory minimum|salário mínimo|salários mínimos|"
    "minimum weekly rate|minimum weekly wage|minimum monthly salary|minimum monthly wage|"
    "minimum daily wage|minimum daily rate|minimum annual salary|minimum weekly rate of pay|"
    "minimum monthly rate of pay|minimum daily rate of pay|"
    "płaca minimalna|płacy minimalnej|wynagrodzenie minimalne|pensja minimalna|"
    "minimalna stawka|minimalną stawkę|minimalnej stawki",
    average="average|avg|mean|averaged|averages|averaging|durchschnitt|durchschnittlich|"
    "durchschnittliche|durchschnittlichen|durchschnittliches|schnitt|mittel|mittelwert|moyen|"
    "moyenne|moyens|medio|media|promedio|gemiddeld|gemiddelde|średnia|średnie|średnio|"
    "przeciętne|przeciętny|átlag|átlagkereset|átlagkeresete|औसत|ø|média|médio",
    contrast="but|while|whereas|although|though|however|compared|versus|vs|unlike",
    median="median|medián|médian|médiane|mediano|mediana|mediaan|medianlohn",
    # BLS tables: "the lowest 10 percent earned less than $77,020".
    percentile="percentile|percentiles|10 percent|25 percent|75 percent|90 percent|"
    "quartil|quartile|quartiles|viertel|top 10|lowest 10|top 1|10 prozent",
    base="base",
    additional_cash="additional cash|additional pay|additional compensation",
    total="total compensation|total comp|total pay|total cash|total earnings|"
    "total remuneration|total package|total rewards|tc|ote|on target earnings",
    hour="hourly|per hour|an hour|hourly rate|pay rate|wage|wages|stundenlohn|stunde|uurloon|"
    "heure|horaire|hora|घंटा|por hora|godzinowa|godzinową|godzinowej|za godzinę|na godzinę|"
    # Germany's statutory minimum is set by the hour, as "wage" hints an hour in English.
    "mindestlohn",
    day="daily|per day|day rate|daily wage|daily wages|प्रतिदिन|tagessatz|journalier|diario",
    week="weekly|per week|a week|weekly wage|weekly wages|wöchentlich|hebdomadaire|semanal|"
    "wekelijks",
    month="monthly|per month|a month|monatlich|monatliches|monatlichen|monat|mensuel|mensile|"
    "mese|"
    "mensuelle|mensuels|mensuelles|mois|"
    "mensual|mensuales|al mes|por mes|cada mes|maandelijks|maandloon|maandsalaris|maand|"
    "miesięcznie|miesięczne|miesięczny|miesięcznego|havi|havonta|मासिक|प्रतिमाह|माह|"
    "μηνιάτικο|por mês|ao mês|mensal|mensais",
    year="annual|annually|annualized|yearly|per year|a year|per annum|annum|pro rata|annuo|"
    "annui|anno|"
    "jährlich|jährliche|jahresgehalt|im jahr|pro jahr|je jahr|"
    "annuel|annuelle|annuels|anual|anuales|año|jaarsalaris|jaarlijks|jaar|rocznie|roczne|"
    "évi|évente|सालाना|वार्षिक|प्रतिवर्ष|ctc|lpa|package|packages|por ano|ao ano|anuais",
)
# Compound words ("Bruttojahresgehalt", "wynagrodzenia") play the roles of their parts.
_STEMS = re.compile(
    r"(?P<pay>gehalt|gehält|lohn|löhn|einkommen|verdien|wynagrodz|zarob|kereset|salari|sueld)"
    r"|(?P<month>monat|miesięcz)|(?P<year>jahres|jähr)|(?P<hour>stunden)"
    r"|(?P<average>durchschnitt|átlag|przeciętn)|(?P<median>median|medián)"
    r"|(?P<not_pay>preis|kosten)"  # "Durchschnittspreis", "Lebenshaltungskosten"
    r"|(?P<minimum>mindest)"  # "Mindestbezahlung", "Mindeststundenlohn"
)


def _phrase_sizes(phrases: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """For each last word of a phrase, the lengths (in words) of the phrases it ends.

    >>> _phrase_sizes(["pay rate", "minimum pay rate", "salary"])
    {'rate': (2, 3)}
    """
    sizes: dict[str, set[int]] = {}
    for phrase in phrases:
        words = phrase.split(" ")
        if len(words) > 1:
            sizes.setdefault(words[-1], set()).add(len(words))
    return {last: tuple(sorted(found)) for last, found in sizes.items()}


# Only the lengths a word can end are tried: "on" or "rate" end few phrases.
_PHRASE_SIZES = _phrase_sizes(ROLES)
# Words that end the stretch a figure describes: "$100K plus bonus".
_CONNECTORS = frozenset(
    {"plus", "and", "with", "or", "including", "excluding", "but", "while", "which", "that"}
    | {"depending", "based", "when", "if", "for", "at", "to"}
    # "$25,000 a year after deductions", "£30,000 before tax": what the pay is net or
    # gross of, not what the figure is the amount of
    | {"after", "before"}
)
# The noun a figure is the amount of comes within its first few words:
# "$1,500 monthly housing stipend", not "... for Machine Learning Engineer".
_AFTER_WORDS = 4


def word_roles(text: str, after_figure: bool = False) -> dict[str, int]:
    """The roles the phrases of ``text`` play, each with the index of the word ending its last.

    >>> sorted(word_roles("The median total compensation is"))
    ['median', 'pay', 'salary', 'total']
    >>> sorted(word_roles("Das durchschnittliche Bruttojahresgehalt"))
    ['average', 'pay', 'year']
    """
    key = (text, after_figure)
    known = _READ.get(key)
    if known is not None:
        return known
    if len(_READ) >= _READ_LIMIT:
        _READ.clear()
    known = _READ[key] = _read_roles(text, after_figure)
    return known


# Texts already read: labels, headings and boilerplate repeat across a site's pages.
# The dicts handed out are never changed by their readers.
_READ: dict[tuple[str, bool], dict[str, int]] = {}
_READ_LIMIT = 20_000


def _read_roles(text: str, after_figure: bool) -> dict[str, int]:
    lowered = text.lower()
    words = _WORD.findall(lowered)
    if after_figure:  # only the words the figure describes: up to a connector, a few at most
        words = words[:_AFTER_WORDS]
    found: dict[str, int] = {}
    for i, word in enumerate(words):
        if word == "diem" and words[i + 1 : i + 2] and words[i + 1] in _HIRED_AS:
            continue  # "a per diem nurse earns": how a worker is hired, not an allowance
        sizes = _PHRASE_SIZES.get(word)
        if sizes:  # "de plus" before "plus" ends the stretch
            for size in sizes:
                if size > i + 1:
                    break
                for role in ROLES.get(" ".join(words[i + 1 - size : i + 1]), ()):
                    found[role] = i
        if after_figure and word in _CONNECTORS:
            break
        roles = _KNOWN.get(word)
        if roles is None:
            roles = _word_roles(word)
        if (
            word in _MORE_OF
            and not after_figure
            and words[i + 1 : i + 2]
            and words[i + 1] in _TIME_NOUNS
        ):
            continue  # "45 additional hours of education" before a figure: more time
        if (
            word in _PAY_VERBS
            and found.get("not_pay", -2) == i - 1
            and f"{words[i - 1]} {word}" in lowered
        ):
            continue  # "unemployment benefits pay up to $450": other money is the payer
        for role in roles:
            found[role] = i
    return found


# Who "per diem" describes when it names how a worker is hired, not a daily allowance.
_HIRED_AS = frozenset(
    {"nurse", "nurses", "rn", "rns", "staff", "worker", "workers", "position", "positions"}
    | {"job", "jobs"}
)


# "Additional" and "extra" before a span of time or study say more of it, not other money.
_MORE_OF = frozenset({"additional", "extra"})
_TIME_NOUNS = frozenset(
    {"hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year"}
    | {"credits", "credit", "shifts", "shift", "units", "semester", "courses"}
)


# Verbs that name pay unless other money is what pays: "the pension pays €1.200".
_PAY_VERBS = frozenset({"pay", "pays", "paid", "paying"})


# Each word's roles once looked up (bounded: a long run meets a few thousand words).
_KNOWN: dict[str, Iterable[str]] = {}
_KNOWN_LIMIT = 200_000


def _word_roles(word: str) -> Iterable[str]:
    """The roles of one word: its own, or those of the parts of a compound not in ``ROLES``."""
    roles: Iterable[str] | None = ROLES.get(word)
    if roles is None:
        found = _STEMS.finditer(word) if len(word) >= 6 else ()
        roles = tuple(match.lastgroup for match in found if match.lastgroup)
    if len(_KNOWN) < _KNOWN_LIMIT:
        _KNOWN[word] = roles
    return roles


def nearest_role(roles: dict[str, int], *names: str) -> str | None:
    """Of the roles ``names``, the one whose phrase stands nearest the figure."""
    present = [name for name in names if name in roles]
    if len(present) < 2:  # the usual case: no tie to settle, without max()
        return present[0] if present else None
    return max(present, key=roles.__getitem__)


# Lower-case abbreviations that end in a full stop inside a sentence: "e.g. GBP15,825".
_ABBREVIATIONS = frozenset({"e.g", "i.e", "eg", "ie", "approx", "ca", "incl", "vs", "cf"})
_ABBREVIATION_LAST = frozenset(word[-1] for word in _ABBREVIATIONS)
# Months written after an ordinal day with a full stop ("1. Juli 2022", "3. maja").
_MONTHS_AFTER_ORDINAL = frozenset(
    {
        "Januar",
        "Jänner",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
        "Jan.",
        "Feb.",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    }
)


def abbreviation_ends(scan: str, dot: int, capitals: bool = True) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation ("e.g.", and with
    ``capitals`` "U.S."), not a sentence.

    >>> abbreviation_ends("pay scales e.g. GBP15,825", 14), abbreviation_ends("pay. GBP", 3)
    (True, False)
    >>> abbreviation_ends("seit dem 1. Juli 2022", 10), abbreviation_ends("$50,000. The", 7)
    (True, False)
    """
    before = scan[dot - 1 : dot]
    if capitals and before.isupper():
        return True
    if before.isdigit():  # "seit dem 1. Juli": a German ordinal day, not a sentence's end
        return scan[dot + 2 : dot + 12].split(" ", 1)[0].rstrip(",") in _MONTHS_AFTER_ORDINAL
    if before.lower() not in _ABBREVIATION_LAST:
        return False  # "per year.": the usual case, decided by one character
    space = scan.rfind(" ", max(0, dot - 7), dot)
    return scan[space + 1 : dot].lower() in _ABBREVIATIONS


def clause_before(scan: str, pos: int, reach: int = _CLAUSE_REACH) -> str:
    """The text of the figure's own sentence or clause, up to ``pos``."""
    start = pos - reach if pos > reach else 0
    # str.rfind per mark beats one regex scan here; each looks only past the latest break.
    for mark in _CLAUSE_BREAKS:
        found = scan.rfind(mark, start, pos)
        if mark == ". " and found > 0 and abbreviation_ends(scan, found):
            found = scan.rfind(mark, start, found)  # "U.S. rose": an abbreviation, not an end
        if found != -1:
            start = found + len(mark)
    return scan[start:pos]


_DIFFERENCE_WORDS = 3  # "800 Euro weniger", "437 euros en moins": right after the figure


# What an agency bills a client, not what a worker is paid, anywhere in the sentence.
_BILLING = re.compile(
    r"\b(?:[Oo]utsourc(?:ed|ing)|[Bb]ill(?:able|ing|ed)|[Bb]ill\s+rates?|[Cc]harge[\s-]?out|"
    r"[Ii]nvoiced)\b"
)
# Before a figure, a client as the payer: "the client probably paid $155 to $175".
_CLIENT_PAID = re.compile(r"\b[Cc]lients?\s+(?:\w+\s+)?(?:paid|pays|pay)\s*$")


def names_itself_pay(after: dict[str, int]) -> bool:
    """Whether the noun right after a figure says it is pay: "$20 wage", "$40/hr pay rate"."""
    return after.get("pay", _OWN_NOUN_WORDS) < _OWN_NOUN_WORDS and "not_pay_after" not in after


_OWN_NOUN_WORDS = 2


def is_pay(before: dict[str, int], after: dict[str, int]) -> bool:
    """False when the words around a figure name other money: bonus, revenue, a difference...

    A figure whose own noun is pay is pay whatever came before it: "you pay $4 in
    taxes and insurance on that $20 wage".
    """
    if after.get("difference", _DIFFERENCE_WORDS) < _DIFFERENCE_WORDS or after.get("change") == 0:
        return False
    if names_itself_pay(after):
        return True
    # On a tie ("home office stipend") the more specific not-pay phrase wins.
    return "not_pay_after" not in after and nearest_role(before, "not_pay", "pay") != "not_pay"


def billing_named(text: str) -> bool:
    """Whether ``text`` is about what an agency bills: "$20-$25 per hour for outsourced work"."""
    return _BILLING.search(text) is not None


def paid_by_client(clause: str) -> bool:
    """Whether a figure's clause ends with a client paying it: "the client probably paid"."""
    return _CLIENT_PAID.search(clause) is not None


def is_floor(before: dict[str, int], after: dict[str, int] | None = None) -> bool:
    """Whether a lone figure is a statutory minimum: "the minimum wage is $7.25",
    "approves $15 minimum wage" (the phrase right after it)."""
    if after and after.get("minimum", _OWN_NOUN_WORDS) < _OWN_NOUN_WORDS:
        return True
    return nearest_role(before, "minimum", "pay") == "minimum"


def figure_kind(before: dict[str, int], after: dict[str, int], is_range: bool) -> FigureKind:
    if is_range:
        return "range"
    kinds = ("average", "median", "percentile")
    # "The average is $100K, but top earners make $200K": a contrast ends the average.
    kind = nearest_role(before, "contrast", *kinds)
    if kind is None or kind == "contrast":
        kind = nearest_role(after, *kinds)
    return kind or "point"  # type: ignore[return-value]


def figure_covers(before: dict[str, int]) -> Covers | None:
    return nearest_role(before, "base", "additional_cash", "total")  # type: ignore[return-value]
