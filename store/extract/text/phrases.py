"""The phrases around a pay figure and the roles each plays: the vocabulary
``store.extract.text.words`` reads figures by.

    >>> sorted(ROLES["hourly"])
    ['hour', 'pay']

``ROLES`` maps each phrase (lower case, words separated by single spaces) to its roles:
a pay word, a period ("hour", "month"), a kind ("average", "median"), a bound
("minimum"), money that is not pay ("not_pay"), and the rest named in ``_phrase_roles``'s
arguments. ``STEMS`` finds the same roles inside compound words ("Bruttojahresgehalt").
To teach the reader a phrase, add it to the role it plays here.
"""

from __future__ import annotations

import re


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
        "benefit",
        "benefits",
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
    # Money set aside for living: "a single adult might allocate around $30,000 a year".
    "allocate|allocates|allocated|allocating|expense|expenses|"
    # A sum paid out of a fund, a policy or a prize pool, not a wage for work.
    "paid out|pays out|payout|payouts|"
    # A household's bills: what living costs, not what a job pays.
    "spends|utilities|utility bill|utility bills|electric bill|electricity bill|energy bill|"
    "water bill|phone bill|internet bill|gas bill|car payment|car payments|property tax|"
    "property taxes|sales tax|food stamps|bedroom|to budget|"
    # Fines, gifts and public benefits by other names.
    "a fine|the fine|fined|fines|donor|donors|disability compensation|disability payment|"
    "disability payments|ssdi|supplemental security income|per capita income|"
    "income per capita|national income|"
    "penalty|penalties|save|saves|saved|deal size|deal value|contract value|order value|"
    "rent|rents|rental|mortgage|lease|apartment|home price|home prices|home value|"
    "cost of living|living costs|groceries|housing|accommodation|lodging|"
    # Funding rounds, billing, deductions and benefits, in the languages read here.
    "round|rounds|seed round|pre seed|series a|series b|series c|bill rate|billing rate|"
    "billing|invoice|invoiced|income tax|tds|tax deducted|taxes of|deduction|deductions|"
    "abzüge|abzug|steuer|steuern|pf|provident fund|gratuity|insurance|superannuation|"
    # Money taken off pay: "$36 is deducted for your KiwiSaver contribution".
    "deducted|"
    "contribution|contributions|pension|prämie|prämien|boni|prime|primes|prima|primas|"
    "premie|miete|loyer|alquiler|huur|czynsz|difference|differences|gap|écart|additional|"
    # A gap between pays in Swedish, Danish, Norwegian and Czech: "skiljer det 100 000 kr"
    "skiljer|skillnad|skillnaden|skillnader|forskel|forskellen|forskjell|forskjellen|spennet|"
    "rozdíl|rozdílu|"
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
    "unemployment insurance|unemployment insurance compensation|"
    "unemployment insurance benefits|daycare|day care|"
    # A price someone charges ("charge nurse" and "in charge" stay clear of these).
    "we charge|they charge|you charge|i charge|may charge|can charge|will charge|to charge|"
    "charge between|charges|charged|charging|"
    # The same after any modal or habit: "might charge $150-$300 per hour", and a price
    # someone quoted ("One agency quoted $28 an hour").
    "might charge|could charge|would charge|should charge|must charge|typically charge|"
    "usually charge|often charge|generally charge|normally charge|quoted|quotes|a quote of|"
    # Benefits, pensions, grants and rent in the languages read here.
    "kindergeld|elterngeld|wohngeld|bürgergeld|arbeitslosengeld|rente|renten|allocation|"
    # A benefit's standard rate and the limits set on earnings: "Regelsatz 2025 pro Monat",
    # "die monatliche Minijob-Verdienstgrenze ... 603 Euro"
    "regelsatz|regelsätze|regelbedarf|regelbedarfe|regelleistung|verdienstgrenze|"
    "einkommensgrenze|hinzuverdienstgrenze|geringfügigkeitsgrenze|beitragsbemessungsgrenze|"
    # Money per floor area is a rent: "auf eine Wohnfläche von 70 m² ... 461 Euro/Monat"
    "wohnfläche|wohnflächen|mietfläche|nutzfläche|quadratmeter|quadratmetern|"
    "allocations|chômage|retraite|pensión|pensiones|jubilación|pensione|pensioni|"
    "aposentadoria|affitto|canone|grant|grants|subsidy|subsidies|subsidio|"
    # Allowances in the languages read here: "auxilio de transporte", "Zulage", "indemnité".
    "auxilio|auxilios|prestación|zulage|zulagen|indemnité|indemnités|indennità|"
    "diferencia|unterschied|differenz|verschil|różnica|différence|différences|különbség|"
    # A business's revenue in the languages read here ("le chiffre d'affaires mensuel").
    "chiffre d affaires|umsatz|umsätze|facturación|fatturato|omzet|przychód|przychody|"
    "perk|perks|benefit of|"
    # Premiums on top of the hourly wage for nights and weekends, in the languages read here:
    # "einen Nachtzuschlag von 4,75 Euro", "la maggiorazione di € 2,74", "shift diffs".
    "zuschlag|zuschläge|zuschlägen|maggiorazione|maggiorazioni|recargo|recargos|diff|diffs|"
    # Money to draw or keep staff somewhere: "up to $17,000 under attraction & retention
    # initiative", "a retention incentive of $5,000".
    "retention|retention incentive|retention payment|attraction and retention|"
    # A legal or eligibility bar set in money, a pay gap named as an edge, a rise called a
    # gain, and money paid back: "salary thresholds increased to $844 per week", "Earnings
    # Advantage over ADN $80,000", "a weekly wage gain of $860", "reimburse up to $5,250".
    "threshold|thresholds|salary basis|salary exempt|advantage|advantages|gain|gains|reimburse|"
    "reimburses|"
    # A limit set on pay for a rule's sake, not pay: a visa's "salary threshold", a
    # contribution's "monthly wage ceiling", a bonus law's "wage limit".
    "wage ceiling|wage ceilings|salary ceiling|earnings ceiling|"
    "wage limit|wage limits|salary limit|earnings limit|earnings limits|"
    # Any other ceiling set on what someone may earn: "a monthly ceiling of $6,000".
    "ceiling|ceilings|salary limits|"
    # Pensions and benefits by their German names, and the poverty line help is set by.
    "altersrente|altersrenten|rentenhöhe|regelsatz|regelsätze|regelbedarf|grundsicherung|"
    "fpl|federal poverty level|federal poverty line|federal poverty guidelines|"
    # An employer paying back a cost, a retirement plan, board and lodging: "will only
    # reimburse up to $5,250 per year", "RRSP: $2.00 per hour worked", "€23.15 for lodgings".
    "reimbursing|rrsp|rrsps|lodgings|"
    # A business's unit economics and a consultant's price: "₹15K CAC, ₹60K LTV",
    # "960 annual billable hours", "every consultant should charge $156.25/hour".
    "cac|ltv|arpu|customer acquisition cost|lifetime value|billable|billable hours|"
    # A spread, not a level: "a standard deviation of $18.48".
    "standard deviation|standard deviations|deviation|"
    # Two earners' pay together, an employer's cost, Spanish tax and social security:
    # "a combined income of $83,000/year", "el coste de empresa", "IRPF", "Seguridad Social".
    "combined income|combined incomes|combined salary|combined salaries|joint income|"
    "coste de empresa|coste empresa|coste laboral|costes laborales|irpf|retención|retenciones|"
    "seguridad social|national insurance|"
    # Unemployment benefits by state tier: "Lower-benefit states | $235 – $400/week".
    "benefit states|benefit state|benefit tier|benefit tiers|maximum weekly benefit|"
    "benefits of|benefit amount|unemployment benefit|unemployment benefits|" + _PERK_PHRASES
)
# What the words near a figure say about it; one phrase may say several things
# ("hourly" is a pay word and an hourly hint). The nearest phrase before a figure wins.
ROLES = _phrase_roles(
    pay="salary|salaries|pay|pays|paid|payrate|wage|wages|compensation|comp|"
    "remuneration|earn|earns|earned|earning|earnings|make|makes|making|income|stipend|ctc|ote|tc|"
    "command|commands|commanded|commanding|"
    "hourly|base|rate|package|packages|offer|offers|offered|take home|in hand|lpa|"
    "receive|receives|bekommt|bekommen|erhält|erhalten|erhielten|perçoit|perçoivent|"
    "krijgt|krijgen|ontvangt|ontvangen|"
    "gross|brutto|bruto|brut|bruts|brute|bruttó|netto|nettó|"
    "gehalt|gehälter|jahresgehalt|lohn|löhne|stundenlohn|mindestlohn|medianlohn|vergütung|"
    "verdienen|verdient|"
    "verdiente|verdienst|einkommen|salaire|salaires|salarial|rémunération|gagne|gagnent|"
    "touche|touchent|payé|payés|smic|salario|salarios|sueldo|sueldos|cobra|cobran|gana|"
    "ganan|remuneración|smi|salaris|loon|verdient|brutosalaris|wynagrodzenie|"
    "wynagrodzenia|wynagrodzeń|zarobki|zarabia|płaca|pensja|stawka|stawki|stawkę|kereset|"
    "keresete|bér|fizetés|"
    "वेतन|मानदेय|सैलरी|पैकेज|μισθός|βγάζεις|stipendio|stipendi|retribuzione|retribuzioni|salari|"
    "salario|guadagna|guadagnano|reddito|paga|pagano|lordi|lordo|netti|gratification|"
    "retribuito|retribuita|retribuiti|retribuite|"
    "gratifications|top paying|highest paying|best paying|high paying|well paying|"
    "worst paying|lowest paying|low paying|least paying|"
    "ingreso|ingresos|percibe|perciben|remunerado|remunerados|salário|salários|"
    "remuneração|ganha|ganham|ganhos|recebe|recebem|rendimento|revenu|revenus|"
    # Swedish, Danish, Norwegian, Czech, Romanian, Greek and Turkish pay words
    "lön|lönen|löner|tjänar|tjänade|løn|lønnen|lønn|tjener|tjente|mzda|mzdy|mzdu|plat|"
    "salariu|salariul|salariului|salariile|câştigul|câștigul|μισθό|μισθού|ücret|ücreti|maaş|"
    "ημερομίσθιο|ωρομίσθιο|"
    # Pay-transparency postings: "The hiring range for this position is $95,000 to $110,000".
    "hiring range|hiring ranges|hiring rate|hiring rates|"
    # What an hour of work earns: "Por hora trabajada, puedes esperar entre 7,80 € y 10,35 €".
    "per hour worked|por hora trabajada|par heure travaillée|pro arbeitsstunde",
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
    "per child|per pupil|per student|per household|per family|"
    "benefit|benefits|in taxes|in tax|of taxes|of tax|tip|tips|gratuities|"
    "additional|extra|in raises|in increases|in salary increases|in total salary increases|"
    "in pay increases|in pay raises|in wage increases|"
    # A raise given to everyone: "a $1,000 across-the-board increase".
    "across the board",
    # A difference, not a level: "800 Euro weniger", "$14k below the average".
    difference="more|less|fewer|higher|lower|below|above|more than|less than|weniger|"
    # Right after a figure, what it is added on top of: "earn an additional $5 per hour
    # over base".
    "over base|over base pay|over the base|over their base|above base|on top of base|"
    "mehr|más|menos|meer|minder|moins|de plus|en moins|de más|kevesebb|több|więcej|mniej|"
    "inferior|superior|inférieur|inférieure|supérieur|supérieure|niedriger|höher|lager|hoger|"
    # German comparatives take their noun's ending: "400 Euro niedrigeres Monatsentgelt"
    "niedrigere|niedrigeres|niedrigeren|niedrigerer|niedrigerem|höhere|höheres|höheren|"
    "höherer|höherem|geringer|geringere|geringeres|geringeren|geringerer|geringerem|"
    "niższe|wyższe|alacsonyabb|magasabb|की वृद्धि|"
    "högre|lägre|højere|lavere|høyere|mere|mer|mindre|více|méně|"
    # Added on top of a base: "an additional $5 per hour over base rate".
    "over base rate|over the base rate|over your base",
    # Right after a figure, a change in pay, not a level: "a $2,000 raise", "€300 increase"
    # (but "$24.96, a jump of 2.3%" is a level).
    change="increase|increases|raise|raises|rise|hike|cut|cuts|drop|premium|bump|jump|boost|aumento|"
    "subida|augmentation|hausse|baisse|erhöhung|steigerung|verhoging|podwyżka|emelés|fine|fines",
    # A label right before a figure: "Stock $80K" in a compensation breakdown.
    not_pay_label="stock|equity|rsu|rsus|shares|options|grant|grants|bonus|bonuses|"
    "increase of|raise of|rise of|increase by|increased by|rose by|grew by|hike of|jump of",
    # What a household earns to qualify for help: read further in ``household_limit``.
    household="family|families|household|households|poverty|eligibility|eligible|income limit|"
    "income limits|income guidelines|income threshold|income thresholds|"
    # in the other languages read here
    "núcleo familiar|nucleo familiare|hogar|hogares|ménage|ménages|haushalt|haushalte|"
    "huishouden|huishoudens|renda familiar|reddito familiare|pobreza|pauvreté|armut|"
    "armutsgrenze|povertà|ubóstwa|armoede|φτώχειας|φτώχεια|fattigdom|reddito complessivo",
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
    "minimalna stawka|minimalną stawkę|minimalnej stawki|"
    # A floor under wages by other names: "raised its wage floor to $13", "the NMW".
    "wage floor|pay floor|salary floor|nmw|nlw|"
    # in Turkish, Greek, Czech, Romanian and the Nordic languages
    "asgari ücret|κατώτατος μισθός|κατώτατο ημερομίσθιο|κατώτατου μισθού|minimální mzda|"
    "minimální mzdy|salariul minim|salariu minim|salariului minim|minimilön|mindsteløn|"
    "minstelønn|cifra mínima|cuantía mínima|importe mínimo|montant minimum|mindestbetrag",
    average="average|avg|mean|averaged|averages|averaging|durchschnitt|durchschnittlich|"
    "durchschnittliche|durchschnittlichen|durchschnittliches|schnitt|mittel|mittelwert|moyen|"
    "moyenne|moyens|medio|media|promedio|gemiddeld|gemiddelde|średnia|średnie|średnio|"
    "przeciętne|przeciętny|átlag|átlagkereset|átlagkeresete|औसत|ø|média|médio|"
    "genomsnitt|genomsnittlig|genomsnittliga|gennemsnit|gennemsnitlig|gennemsnitlige|"
    "gjennomsnitt|gjennomsnittlig|gjennomsnittlige|průměrná|průměrný|průměrné|mediu|medie|"
    "μέσος|ortalama",
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
    "per hour worked|por hora trabajada|par heure travaillée|pro arbeitsstunde|"
    # Germany's statutory minimum is set by the hour, as "wage" hints an hour in English.
    "mindestlohn|ωρομίσθιο|per uur|pro stunde|par heure",
    # A working day or week by its hours, as a row names it: "8-hour day | $188".
    day="hour day|hour days|hour shift|"
    "each day|every day|"  # "if your gross salary each week is $1200"
    "daily|per day|day rate|day rates|daily wage|daily wages|प्रतिदिन|tagessatz|journalier|"
    "diario|ημερομίσθιο|κατώτατο ημερομίσθιο|per dag|pro tag|par jour|por día|al día|al giorno",
    week="hour week|hour weeks|hour work week|each week|every week|"
    "weekly|per week|a week|weekly wage|weekly wages|wöchentlich|hebdomadaire|semanal|"
    "wekelijks",
    month="each month|every month|"
    "monthly|per month|a month|monatlich|monatliches|monatlichen|monat|mensuel|mensile|"
    "mese|"
    "mensuelle|mensuels|mensuelles|mois|"
    "mensual|mensuales|al mes|por mes|cada mes|maandelijks|maandloon|maandsalaris|maand|"
    "miesięcznie|miesięczne|miesięczny|miesięcznego|havi|havonta|मासिक|प्रतिमाह|माह|"
    "μηνιάτικο|por mês|ao mês|mensal|mensais|"
    "i månaden|om månaden|i måneden|om måneden|měsíční|měsíčně|pe lună|pe luna|lunar|"
    "μηνιαίως|aylık",
    year="annual|annually|annualized|yearly|per year|a year|per annum|annum|pro rata|annuo|"
    "annui|anno|"
    "jährlich|jährliche|jahresgehalt|im jahr|pro jahr|je jahr|"
    "annuel|annuelle|annuels|anual|anuales|año|jaarsalaris|jaarlijks|jaar|rocznie|roczne|"
    "évi|évente|सालाना|वार्षिक|प्रतिवर्ष|ctc|lpa|package|packages|पैकेज|por ano|ao ano|anuais|"
    "årligt|årlig|om året|i året|roční|ročně|ετησίως|yıllık",
)
# Compound words ("Bruttojahresgehalt", "wynagrodzenia") play the roles of their parts.
STEMS = re.compile(
    r"(?P<pay>gehalt|gehält|lohn|löhn|einkommen|verdien|entgelt|wynagrodz|zarob|kereset|salari|sueld"
    r"|lön|løn|mzd|loon)"  # Swedish, Danish and Norwegian compounds: "månadslön", "timeløn"
    r"|(?P<month>monat|miesięcz|månad|måned|měsíč)|(?P<year>jahres|jähr|års(?=l))"
    r"|(?P<hour>stunden|tim(?=l)|time(?=l)|uur(?=loon))"
    r"|(?P<average>durchschnitt|átlag|przeciętn|genomsnitt|gennemsnit|gjennomsnitt|medell|průměr)|(?P<median>median|medián)"
    # "Durchschnittspreis", "Lebenshaltungskosten", "Krankenversicherung";
    # a gap between pays, not a pay: "Lohnkluft", "Gehaltslücke", "Lohngefälle"; a premium
    # on top of pay: "Nachtzuschlag", "Sonntagszuschläge"; rent: "Warmmiete"
    r"|(?P<not_pay>preis|kosten|versicherung|kluft|lücke|gefälle|zuschl|miete|grenze|altersrent|regelsatz)"
    r"|(?P<minimum>mindest|minimum(?=\w))"  # "Mindestbezahlung", "Mindeststundenlohn"
)
