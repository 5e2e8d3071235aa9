"""Hypothesis strategies that build valid agreements, covering every model class and field kind.

Text is deliberately awkward: YAML keywords and indicators, numbers and times written as text,
leading and trailing spaces, line breaks, tabs, quotes, Unicode of every script and the
control characters that the model removes on the way in. Compare generated objects after
construction: the model cleans and trims text when it is built.

References between items (a metric's calendar, a duty's party) need not resolve: the model does
not require it, validation does. List sizes are small so that generation stays fast.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from functools import partial

from hypothesis import strategies as st

from sla_designer.model import (
    KINDS,
    WEEKDAYS,
    Agreement,
    Calendar,
    ChronicFailure,
    ClaimProcedure,
    ClockDuration,
    ClosedDate,
    Contact,
    CreditSchedule,
    CreditTier,
    Definition,
    DowntimeBand,
    Duty,
    EarnBack,
    EscalationLevel,
    HolidayRule,
    LinearCreditRule,
    MaintenanceWindow,
    MeasurementWindow,
    Money,
    Party,
    Priority,
    Remedies,
    Report,
    Reporting,
    Representative,
    ReviewedWording,
    ReviewMeeting,
    Revision,
    Service,
    ServiceDescription,
    Signing,
    Term,
    TimeOfDay,
    TimeTarget,
    WeeklyInterval,
    Witness,
)
from sla_designer.model.kinds import KindField, MetricKind
from sla_designer.model.standard_clauses import (
    CreditNature,
    DataProtection,
    MeasurementDisputes,
    NoticeAddress,
    Notices,
    Precedence,
    StandardClause,
    StandardClauses,
)

MAX_ITEMS = 3
"""Most items in any generated list: enough to show order and variety, small enough to be fast."""

AWKWARD_TEXT: tuple[str, ...] = (
    "",
    " ",
    "  two leading spaces",
    "two trailing spaces  ",
    " both ",
    "line one\nline two",
    "ends with a newline\n",
    "\nstarts with a newline",
    "two newlines at the end\n\n",
    "  indented first line\nsecond",
    "a\n\n\nb",
    "trailing space on a line \nnext",
    "tab\there",
    "\ttab first",
    "tab and newline\t\nx",
    "carriage\r\nreturn",
    "lone\rcr",
    "'single quotes'",
    '"double quotes"',
    "it's",
    'say "hi"',
    "#",
    "# not a comment",
    "a # b",
    "key: value",
    "key:value",
    ":",
    "- a list item?",
    "-",
    "? question",
    "[flow, seq]",
    "{flow: map}",
    "&anchor",
    "*alias",
    "!tag",
    "!!str",
    "%percent",
    "50 %",
    "@at",
    "`backtick",
    "|",
    ">",
    "|-\n",
    ",",
    "<<",
    "=",
    "---",
    "...",
    "yes",
    "no",
    "Yes",
    "NO",
    "on",
    "off",
    "y",
    "n",
    "true",
    "False",
    "null",
    "Null",
    "~",
    "12:30",
    "24:00",
    "08:30",
    "1:02:03",
    "0x1F",
    "0o17",
    "0b101",
    "017",
    "1e3",
    "1E-3",
    "1.5e3",
    "+.5",
    ".5",
    "._",
    "-._",
    "1_000",
    "123",
    "-7",
    "+7",
    "3.14",
    "0",
    "-0",
    "99.9",
    ".inf",
    "-.inf",
    ".nan",
    "2024-01-31",
    "2024-1-31 12:00:00",
    "Café ação São Paulo",
    "Ærø Øst Tromsø",
    "日本語のテキスト",
    "中文",
    "한국어",
    "עברית",
    "العربية",
    "\u200fRTL mark",
    "mixed עברית and English",
    "emoji 😀🎉",
    "👍🏽",
    "\u00a0non-breaking space\u00a0",
    "\u3000ideographic space",
    "zero\u200bwidth",
    "\ufeffBOM",
    "next\x85line",
    "line\u2028separator",
    "paragraph\u2029separator",
    "\x7fdelete",
    "nul\x00byte",
    "bell\x07",
    "\x1b[31mescape",
    "form\x0cfeed",
    "vertical\x0btab",
    "unit\x1fseparator",
    "\ufffe",
    "non\uffffcharacter",
    "lone \ud800 surrogate",
    "back\\slash",
    "a" * 120,
    "word " * 30,
    "long line with a : colon and a # hash " * 4,
)
"""Texts that a YAML writer or reader can easily get wrong."""


def _short_text() -> st.SearchStrategy[str]:
    return st.text(max_size=12)


def free_text() -> st.SearchStrategy[str]:
    """Any text, weighted towards awkward pieces and their combinations."""
    piece = st.one_of(
        st.sampled_from(AWKWARD_TEXT),
        _short_text(),
        st.text(alphabet=" \t\n\r'\"#:-?&*!%@|>,[]{}~", max_size=8),
    )
    return st.one_of(
        st.sampled_from(AWKWARD_TEXT),
        _short_text(),
        st.lists(piece, max_size=4).map("".join),
        st.text(alphabet="ab '\"#:\n-", min_size=80, max_size=240),
    )


def names() -> st.SearchStrategy[str]:
    """Short labels; the model trims them, so any text will do."""
    return st.one_of(
        st.sampled_from(AWKWARD_TEXT),
        _short_text(),
        st.lists(st.sampled_from(AWKWARD_TEXT) | _short_text(), max_size=3).map("".join),
    )


def ids() -> st.SearchStrategy[str]:
    """Identifiers matching the model's Id pattern, some of them YAML keywords."""
    return st.one_of(
        st.sampled_from(
            [
                *("P1", "p2", "yes", "no", "NO", "Yes", "on", "null", "Null", "true", "y", "n"),
                *("e3", "E1", "a.b", "x-1", "svc_1", "nan", "inf", "A" * 64),
            ]
        ),
        st.from_regex(r"[A-Za-z][A-Za-z0-9_.-]{0,12}", fullmatch=True),
    )


def optional(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


def small_lists(strategy: st.SearchStrategy, **kwargs) -> st.SearchStrategy:
    return st.lists(strategy, max_size=MAX_ITEMS, **kwargs)


# --- numbers, times and dates ------------------------------------------------------------------


def percents() -> st.SearchStrategy[Decimal]:
    return st.one_of(
        st.sampled_from([Decimal(0), Decimal(100), Decimal("99.9"), Decimal("99.000")]),
        st.decimals(min_value=0, max_value=100, places=3, allow_nan=False, allow_infinity=False),
        st.decimals(min_value=0, max_value=100, places=12, allow_nan=False, allow_infinity=False),
    )


def measured() -> st.SearchStrategy[Decimal]:
    """Unbounded measured values: negative, large, many decimal places."""
    return st.one_of(
        percents(),
        st.integers(min_value=0, max_value=20).flatmap(
            lambda places: st.decimals(
                min_value=-(10**12),
                max_value=10**12,
                places=places,
                allow_nan=False,
                allow_infinity=False,
            )
        ),
        st.sampled_from(
            [Decimal("-0"), Decimal("1E+3"), Decimal("1E-7"), Decimal("-0.000"), Decimal("1E+20")]
        ),
    )


def positive_decimals() -> st.SearchStrategy[Decimal]:
    return measured().filter(lambda value: value > 0)


def currencies() -> st.SearchStrategy[str]:
    return st.sampled_from(["USD", "BRL", "NOK", "GBP", "EUR", "JPY", "YES", "OFF", "NUL"]) | (
        st.from_regex(r"[A-Z]{3}", fullmatch=True)
    )


def money() -> st.SearchStrategy[Money]:
    amounts = st.one_of(
        st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
        st.decimals(min_value=0, max_value=10**6, places=6, allow_nan=False, allow_infinity=False),
        st.sampled_from([Decimal(0), Decimal("1E+3"), Decimal("0.10")]),
    )
    return st.builds(Money, amount=amounts, currency=currencies())


def durations(max_days: int = 10) -> st.SearchStrategy[timedelta]:
    """Whole seconds, from zero up to some days."""
    return st.one_of(
        st.sampled_from([timedelta(0), timedelta(hours=4), timedelta(minutes=90)]),
        st.integers(min_value=0, max_value=max_days * 86400).map(
            lambda seconds: timedelta(seconds=seconds)
        ),
        st.integers(min_value=0, max_value=3660).map(lambda days: timedelta(days=days)),
    )


def clock_durations() -> st.SearchStrategy[ClockDuration]:
    return st.builds(
        ClockDuration, length=durations(), clock=st.sampled_from(["business", "calendar"])
    )


def times_of_day() -> st.SearchStrategy[TimeOfDay]:
    return st.one_of(
        st.sampled_from([TimeOfDay(0), TimeOfDay(1440), TimeOfDay(750), TimeOfDay(510)]),
        st.integers(min_value=0, max_value=1440).map(TimeOfDay),
    )


def weekdays() -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=7, unique=True)


# --- parties -----------------------------------------------------------------------------------


def contacts() -> st.SearchStrategy[Contact]:
    return st.builds(Contact, name=names(), function=names(), email=names(), phone=names())


def parties() -> st.SearchStrategy[Party]:
    return st.builds(
        Party,
        id=ids(),
        role=st.sampled_from(["provider", "customer", "supplier", "other"]),
        legal_name=names(),
        short_name=names(),
        tax_id=names() | st.sampled_from(["12.345.678/0001-95", "123.456.789-09"]),
        address=free_text(),
        representative=optional(
            st.builds(Representative, name=names(), title=names(), tax_id=names())
        ),
        contacts=small_lists(contacts()),
    )


def witnesses() -> st.SearchStrategy[Witness]:
    return st.builds(Witness, name=names(), tax_id=names())


# --- services, calendars, priorities -----------------------------------------------------------


def services() -> st.SearchStrategy[Service]:
    return st.builds(
        Service,
        id=ids(),
        name=names(),
        provider=optional(ids()),
        recipients=small_lists(ids()),
        description=free_text(),
        monthly_fee=optional(money()),
    )


def service_descriptions() -> st.SearchStrategy[ServiceDescription]:
    return st.builds(
        ServiceDescription,
        services=small_lists(services()),
        scope=small_lists(free_text()),
        limitations=small_lists(free_text()),
        exclusions=small_lists(free_text()),
    )


def weekly_intervals() -> st.SearchStrategy[WeeklyInterval]:
    return st.builds(WeeklyInterval, days=weekdays(), start=times_of_day(), end=times_of_day())


def calendars() -> st.SearchStrategy[Calendar]:
    timezones = st.sampled_from(
        [
            "UTC",
            "Europe/London",
            "Europe/Oslo",
            "America/Sao_Paulo",
            "America/New_York",
            "Asia/Tokyo",
            "Asia/Kathmandu",
            "Australia/Lord_Howe",
        ]
    )
    holidays = st.builds(
        HolidayRule,
        country=st.sampled_from(["BR", "NO", "GB", "US", "DE"]),
        subdivision=optional(st.sampled_from(["SP", "RJ", "ENG", "SCT", "CA", "NY"]) | names()),
    )
    closed = st.builds(ClosedDate, date=st.dates(), name=free_text())
    preset_or_hours = st.one_of(
        st.fixed_dictionaries({"preset": st.sampled_from(["24x7", "24x5"]), "hours": st.just([])}),
        st.fixed_dictionaries({"preset": st.none(), "hours": small_lists(weekly_intervals())}),
    )
    return st.builds(
        lambda choice, **fields: Calendar(**choice, **fields),
        preset_or_hours,
        id=ids(),
        name=names(),
        timezone=timezones,
        holidays=small_lists(holidays),
        closed_dates=small_lists(closed),
    )


def priorities() -> st.SearchStrategy[Priority]:
    return st.builds(
        Priority,
        id=ids(),
        name=names(),
        definition=free_text(),
        examples=small_lists(free_text()),
        calendar=optional(ids()),
    )


# --- metrics -----------------------------------------------------------------------------------


def windows() -> st.SearchStrategy[MeasurementWindow]:
    return st.builds(
        MeasurementWindow,
        kind=st.sampled_from(["month", "quarter", "year", "rolling_days"]),
        days=optional(st.integers(min_value=1, max_value=366)),
    )


def _metric(cls: type, **fields: st.SearchStrategy) -> st.SearchStrategy:
    return st.builds(
        cls,
        id=ids(),
        name=names(),
        description=free_text(),
        service=optional(ids()),
        window=windows(),
        calendar=optional(ids()),
        data_source=free_text(),
        exclusions=small_lists(free_text()),
        **fields,
    )


def time_targets() -> st.SearchStrategy[TimeTarget]:
    return st.builds(
        TimeTarget,
        priority=optional(ids()),
        target=clock_durations(),
        measure=st.sampled_from(["each", "average", "median", "percentile"]),
        percentile=optional(st.integers(min_value=1, max_value=99)),
        attainment=percents(),
        calendar=optional(ids()),
    )


def maintenance_windows() -> st.SearchStrategy[MaintenanceWindow]:
    return st.builds(
        MaintenanceWindow,
        name=names(),
        days=weekdays(),
        start=times_of_day(),
        duration=durations(),
        calendar=optional(ids()),
    )


def _decimals_within(low: Decimal, high: Decimal) -> st.SearchStrategy[Decimal]:
    """Numbers from `low` to `high`, the limits themselves and many decimal places among them."""
    return st.one_of(
        st.sampled_from([low, high, Decimal(0) if low <= 0 <= high else low]),
        st.integers(min_value=0, max_value=12).flatmap(
            lambda places: st.decimals(
                min_value=low,
                max_value=high,
                places=places,
                allow_nan=False,
                allow_infinity=False,
            )
        ),
    )


def _field(kind: MetricKind, field: KindField) -> st.SearchStrategy:
    """Any value the model takes for a described field, within the model's limits."""
    low, high = kind.limits(field.name)
    strategy: st.SearchStrategy
    if field.editor == "percent":
        strategy = percents()
    elif field.editor == "duration":
        strategy = durations()
    elif field.editor in ("int", "decimal"):
        assert low is not None and high is not None, f"{kind.kind}.{field.name} has no limits"
        if field.editor == "int":
            strategy = st.integers(min_value=int(low), max_value=int(high))
        else:
            strategy = _decimals_within(low, high)
    elif field.editor == "choice":
        strategy = st.sampled_from(kind.values(field.name))
    elif field.editor == "bool":
        strategy = st.booleans()
    elif field.editor == "lines":
        strategy = small_lists(free_text())
    else:
        strategy = free_text()
    return optional(strategy) if field.optional else strategy


_LISTS = {"targets": time_targets, "maintenance": maintenance_windows}
"""The lists a kind edits in sections of their own, by name."""


def _kind_metrics(kind: MetricKind) -> st.SearchStrategy:
    """Metrics of one kind, each field of its description drawn within the model's limits."""
    fields: dict[str, st.SearchStrategy] = {}
    nested: dict[str, dict[str, st.SearchStrategy]] = {}
    for field in kind.fields:
        parent, _, name = field.name.rpartition(".")
        if parent:
            nested.setdefault(parent, {})[name] = _field(kind, field)
        else:
            fields[name] = _field(kind, field)
    for parent, parts in nested.items():
        fields[parent] = st.builds(kind.model.model_fields[parent].annotation, **parts)
    for name in kind.lists:
        fields[name] = small_lists(_LISTS[name]())
    return _metric(kind.model, **fields)


METRIC_STRATEGIES = {name: partial(_kind_metrics, kind) for name, kind in KINDS.items()}
"""One strategy per metric kind, keyed by the `kind` discriminator, built from its description."""


def metrics() -> st.SearchStrategy:
    return st.one_of([strategy() for strategy in METRIC_STRATEGIES.values()])


# --- remedies ----------------------------------------------------------------------------------


def credit_schedules() -> st.SearchStrategy[CreditSchedule]:
    # One bound at each end, each holding its value or not.
    tiers = st.builds(
        lambda low, lower, high, upper, credit: CreditTier.model_validate(
            {lower: low, upper: high, "credit": credit}
        ),
        optional(measured()),
        st.sampled_from(["at_least", "more_than"]),
        optional(measured()),
        st.sampled_from(["below", "at_most"]),
        percents(),
    )
    linear = st.builds(
        LinearCreditRule,
        start=measured(),
        step=positive_decimals(),
        credit_per_step=percents(),
        maximum=optional(percents()),
    )
    bands = st.builds(
        DowntimeBand, over=durations(), up_to=optional(durations()), credit=percents()
    )
    return st.builds(
        CreditSchedule,
        id=ids(),
        metric=ids(),
        basis=st.sampled_from(["monthly_fee_of_service", "monthly_fee_total", "annual_fee"]),
        service=optional(ids()),
        rule=st.sampled_from(["tiers", "linear", "downtime_bands"]),
        tiers=small_lists(tiers),
        linear=optional(linear),
        downtime_bands=small_lists(bands),
        cap=optional(percents()),
    )


def remedies() -> st.SearchStrategy[Remedies]:
    return st.builds(
        Remedies,
        credit_schedules=small_lists(credit_schedules()),
        monthly_cap=optional(percents()),
        yearly_cap=optional(percents()),
        minimum_credit=optional(money()),
        claim=st.builds(
            ClaimProcedure,
            deadline_days=st.integers(min_value=0, max_value=3650),
            method=free_text(),
        ),
        payment=st.sampled_from(["credit_on_next_invoice", "refund"]),
        exclusive_remedy=st.booleans(),
        chronic_failure=optional(
            st.builds(
                ChronicFailure,
                breaches=st.integers(min_value=1, max_value=100),
                within_months=st.integers(min_value=1, max_value=120),
                description=free_text(),
            )
        ),
        earn_back=optional(
            st.builds(
                EarnBack, months_met=st.integers(min_value=1, max_value=24), description=free_text()
            )
        ),
    )


# --- governance --------------------------------------------------------------------------------


def duties() -> st.SearchStrategy[Duty]:
    return st.builds(
        Duty,
        id=ids(),
        party=ids(),
        text=free_text(),
        effect=st.sampled_from(["none", "pauses_clock", "excludes_events"]),
        metrics=small_lists(ids()),
    )


FREQUENCIES = ["weekly", "monthly", "quarterly", "semiannual", "annual"]


def reporting() -> st.SearchStrategy[Reporting]:
    reports = st.builds(
        Report,
        id=ids(),
        name=names(),
        frequency=st.sampled_from(FREQUENCIES),
        due_days=st.integers(min_value=-366, max_value=366),
        prepared_by=optional(ids()),
        metrics=small_lists(ids()),
        recipients=small_lists(ids()),
        format=names(),
        content=free_text(),
    )
    reviews = st.builds(
        ReviewMeeting,
        name=names(),
        cadence=st.sampled_from(FREQUENCIES),
        participants=small_lists(ids()),
        agenda=free_text(),
    )
    return st.builds(
        Reporting,
        reports=small_lists(reports),
        reviews=small_lists(reviews),
        change_control=free_text(),
    )


def escalation_levels() -> st.SearchStrategy[EscalationLevel]:
    return st.builds(
        EscalationLevel,
        level=st.integers(min_value=1, max_value=1000),
        party=ids(),
        name=names(),
        after=optional(durations()),
        contacts=small_lists(contacts()),
    )


def definitions() -> st.SearchStrategy[Definition]:
    return st.builds(Definition, term=names(), meaning=free_text())


def revisions() -> st.SearchStrategy[Revision]:
    return st.builds(
        Revision, version=names(), date=st.dates(), author=names(), description=free_text()
    )


def reviewed_wordings() -> st.SearchStrategy[ReviewedWording]:
    tags = st.sampled_from(
        ["metrics[uptime]", "parties", "remedies.credit_schedules[0]", "responsibilities[party=a]"]
    )
    return st.builds(
        ReviewedWording,
        clause=optional(tags | ids()),
        generated=free_text(),
        text=free_text(),
        author=names(),
        accepted=optional(st.dates()),
    )


def terms() -> st.SearchStrategy[Term]:
    months = optional(st.integers(min_value=1, max_value=1200))
    return st.builds(
        Term,
        months=months,
        expiry_date=optional(st.dates()),
        renewal=st.sampled_from(["none", "automatic", "by_agreement"]),
        renewal_months=months,
        notice_days=st.integers(min_value=0, max_value=3650),
    )


def signings() -> st.SearchStrategy[Signing]:
    return st.builds(
        Signing, place=names(), date=optional(st.dates()), witnesses=small_lists(witnesses())
    )


# --- the agreement -----------------------------------------------------------------------------


def _clause(cls: type, **fields: st.SearchStrategy) -> st.SearchStrategy:
    """A standard clause: on or off, in generated or own words, with its facts."""
    return st.builds(cls, enabled=st.booleans(), text=st.one_of(st.just(""), free_text()), **fields)


def standard_clauses() -> st.SearchStrategy[StandardClauses]:
    """The standard clauses, each with every field drawn."""
    plain = partial(_clause, StandardClause)
    return st.builds(
        StandardClauses,
        measurement_disputes=_clause(
            MeasurementDisputes,
            expert=st.booleans(),
            expert_days=st.integers(1, 365),
            costs=st.sampled_from(["shared", "losing_party"]),
            monitoring_gap=st.sampled_from(["other_records", "not_counted", "counted"]),
        ),
        credit_nature=_clause(
            CreditNature,
            counts_towards_liability_cap=st.booleans(),
            paid_after_termination=st.booleans(),
        ),
        precedence=_clause(Precedence, term_follows_master=st.booleans()),
        notices=_clause(
            Notices,
            method=st.sampled_from(["email_or_letter", "email", "registered_letter"]),
            addresses=small_lists(
                st.builds(
                    NoticeAddress,
                    party=ids(),
                    attention=names(),
                    email=names(),
                    address=free_text(),
                )
            ),
        ),
        confidentiality=plain(),
        force_majeure=plain(),
        signature=plain(),
        data_protection=_clause(
            DataProtection,
            processes_personal_data=st.booleans(),
            laws=st.lists(st.sampled_from(["lgpd", "gdpr", "uk_gdpr", "hipaa"]), max_size=3),
        ),
        no_waiver=plain(),
        anticorruption=plain(),
    )


def agreements() -> st.SearchStrategy[Agreement]:
    """Valid agreements using every model class and field kind."""
    return st.builds(
        Agreement,
        title=names(),
        reference=names(),
        kind=st.sampled_from(["customer_sla", "internal_sla", "ola", "underpinning_contract"]),
        language=st.sampled_from(["en", "pt-BR"]),
        version=names(),
        status=st.sampled_from(["draft", "in_review", "approved", "signed"]),
        effective_date=optional(st.dates()),
        term=terms(),
        currency=currencies(),
        master_agreement=names(),
        governing_law=names(),
        forum=names(),
        date_style=st.sampled_from(["british", "american"]),
        escalation_counted_from=st.sampled_from(["logged", "previous_level"]),
        parties=small_lists(parties()),
        service=service_descriptions(),
        calendars=small_lists(calendars()),
        priorities=small_lists(priorities()),
        metrics=small_lists(metrics()),
        responsibilities=small_lists(duties()),
        reporting=reporting(),
        remedies=remedies(),
        escalation=small_lists(escalation_levels()),
        definitions=small_lists(definitions()),
        revisions=small_lists(revisions()),
        signing=signings(),
        clauses=standard_clauses(),
        reviewed_wording=small_lists(reviewed_wordings()),
        notes=free_text(),
    )
