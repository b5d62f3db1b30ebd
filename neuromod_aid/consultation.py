"""The consultation record: what was discussed, typed, Qt-free, with a JSON form.

The JSON interchange form (``"format": "neuromod-aid.consultation/6"``) is
documented in ``docs/consultation-format.md``; files of versions 1 to 5 are read too
(``record_versions``).
:func:`parse_consultation` turns a JSON text into a record and reports every
problem with its field and bad value; :func:`check_against_catalog` does the same
for IDs that the catalog must know. The record's types are plain frozen dataclasses: a
record made in code is checked by :func:`neuromod_aid.validation.validated` where the
window changes it and where the database stores it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import field
from typing import TYPE_CHECKING, Annotated, Any, Literal

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.record_fields import (
    ClockTime,
    Day,
    Ids,
    Items,
    Label,
    LongText,
    Name,
    PrintedText,
    RecordNumber,
    ShortText,
    Signer,
)
from neuromod_aid.record_versions import EARLIER, upgraded
from neuromod_aid.trial import DiaryDay, FollowUp, TrialDecision
from neuromod_aid.validation import Limits, Strict, adapter, record

if TYPE_CHECKING:
    from pydantic import ValidationError

FORMAT = "neuromod-aid.consultation/6"

NextStepKind = Literal[
    "trial_planned",
    "psychological_assessment",
    "procedure_date",
    "follow_up",
    "think_it_over",
    "other",
]

# How much a value statement matters to the patient, most first (values clarification:
# words, not numbers, and "not sure" is an answer of its own)
Importance = Literal["a_lot", "a_little", "not_much", "not_sure"]
IMPORTANCE: tuple[Importance, ...] = ("a_lot", "a_little", "not_much", "not_sure")
# where the patient is leaning, besides a therapy discussed: carrying on as now, or not
# sure yet ("" in the record: not asked)
LEANING_CURRENT_CARE = "current_care"
LEANING_NOT_SURE = "not_sure"


# what is planned (the procedures list shows it)
ProcedureKind = Literal["trial", "implant", "revision", "removal", "pump_refill", "tms_course"]
PROCEDURE_KINDS: tuple[ProcedureKind, ...] = (
    "trial",
    "implant",
    "revision",
    "removal",
    "pump_refill",
    "tms_course",
)
# a checklist item as marked: done, not applicable to this patient, or a problem found
CheckState = Literal["done", "not_applicable", "problem"]
CHECK_STATES: tuple[CheckState, ...] = ("done", "not_applicable", "problem")
CallKind = Literal["pre_procedure", "follow_up"]
CALL_KINDS: tuple[CallKind, ...] = ("pre_procedure", "follow_up")


PerLanguage = FrozenMap[ShortText]  # language code → text in that language


@record
class Clinic(Strict):
    """The clinic's details as the documents print them. What is worded (opening hours,
    what to do out of hours) is kept per language: a document prints only its own."""

    name: Name
    phone: ShortText = ""
    email: ShortText = ""
    address: ShortText = ""
    hours: PerLanguage = FrozenMap()  # when the phone is answered
    out_of_hours: PerLanguage = FrozenMap()  # what to do when it is not
    out_of_hours_phone: ShortText = ""

    def hours_in(self, lang: str) -> str:
        return self.hours.get(lang, "").strip()

    def out_of_hours_in(self, lang: str) -> str:
        return self.out_of_hours.get(lang, "").strip()


@record
class Patient(Strict):
    name: Name
    record_number: RecordNumber = ""
    birth_date: Day | None = None


@record
class Clinician(Strict):
    name: Name
    role: ShortText = ""


@record
class NextStep(Strict):
    kind: NextStepKind
    text: ShortText = ""
    date: Day | None = None
    agreed: bool = False  # the next step agreed at the end of the visit (page 1)


@record
class CheckMark(Strict):
    """One item of the pre-procedure checklist as marked: how, by whom, when, a note."""

    item: str  # an id of the catalog's checklist
    state: CheckState
    by: Signer
    at: dt.datetime
    note: ShortText = ""


@record
class Call(Strict):
    """A telephone call before the procedure or after it."""

    kind: CallKind
    at: dt.datetime
    by: Signer
    reached: bool
    said: LongText = ""  # what was said
    problems: LongText = ""  # problems found ("": none)


@record
class Procedure(Strict):
    """What the nurse sheet and the diary need, the nurses' preparation (the checklist, one
    mark per item, the latest; the calls), the diary's results, the decision, the visits."""

    therapy: str
    kind: ProcedureKind | None = None  # None: not said (files before version 4)
    date: Day | None = None
    arrival_time: ClockTime = ""  # HH:MM or nothing
    # a file of version 5 or before held other text there: kept, never printed as a time
    arrival_not_understood: ShortText = ""
    place: ShortText = ""
    blood_thinners: Ids = ()  # ids from the catalog's blood-thinner table
    other_blood_thinners: Items[Label] = ()  # not in the table: names as written
    allergies: Items[Label] = ()  # allergen and reaction, one each
    no_known_allergies: bool = False  # asked, and the patient has none
    trial_days: Annotated[int, Limits(ge=1, le=60)] = 7
    checklist: tuple[CheckMark, ...] = ()
    calls: tuple[Call, ...] = ()
    diary: tuple[DiaryDay, ...] = ()
    decision: TrialDecision | None = None
    withdrawn_decisions: tuple[TrialDecision, ...] = ()  # oldest first, each with its withdrawal
    follow_ups: tuple[FollowUp, ...] = ()

    def mark(self, item_id: str) -> CheckMark | None:
        return next((m for m in self.checklist if m.item == item_id), None)

    def marked(self, mark: CheckMark) -> tuple[CheckMark, ...]:
        """The checklist with ``mark`` in place of the item's earlier one."""
        kept = tuple(m for m in self.checklist if m.item != mark.item)
        return (*kept, mark)

    def __post_init__(self) -> None:
        self._allergies()
        self._one_arrival()
        self._one_page_a_day()

    def _allergies(self) -> None:
        if self.no_known_allergies and self.allergies:
            raise ValueError("allergies are listed, so no_known_allergies cannot be true")

    def _one_arrival(self) -> None:
        if self.arrival_time and self.arrival_not_understood:
            raise ValueError("an arrival time is set, so arrival_not_understood must be empty")

    def _one_page_a_day(self) -> None:
        pages = [(day.phase, day.day) for day in self.diary]
        if len(set(pages)) != len(pages):
            raise ValueError("the diary has a day twice: one entry per day of each phase")


SURE_FIELDS = ("sure", "understand", "risk_benefit", "encouragement")  # SureAnswers' order


@record
class SureAnswers(Strict):
    """The SURE test: four yes/no answers; ``None`` while not asked."""

    sure: bool | None = None
    understand: bool | None = None
    risk_benefit: bool | None = None
    encouragement: bool | None = None

    @property
    def complete(self) -> bool:
        return None not in (self.sure, self.understand, self.risk_benefit, self.encouragement)

    @property
    def answers(self) -> tuple[tuple[str, bool | None], ...]:
        """Each question's field name (``SURE_FIELDS``) and its answer, in order."""
        return tuple((name, getattr(self, name)) for name in SURE_FIELDS)

    @property
    def score(self) -> int:
        answers = (self.sure, self.understand, self.risk_benefit, self.encouragement)
        return sum(1 for answer in answers if answer)

    @property
    def flags_conflict(self) -> bool:
        """3 or less means decisional conflict: offer more time or information."""
        return self.complete and self.score <= 3


@record
class TeachBackPoint(Strict):
    point: ShortText
    understood: bool


@record
class Consultation(Strict):
    patient: Patient
    clinician: Clinician
    clinic: Clinic
    date: Day
    language: Lang
    conditions: Ids = ()
    pain_areas: Ids = ()
    treatments_tried: Items[ShortText] = ()
    therapies_discussed: Ids = ()
    risks_discussed: FrozenMap[tuple[str, ...]] = FrozenMap()
    patient_questions: Items[ShortText] = ()
    notes_for_patient: PrintedText = ""  # printed under "Notes from your team"
    private_notes: LongText = ""  # the clinician's own: never printed, never shown to the patient
    next_steps: Items[NextStep] = ()
    procedure: Procedure | None = None
    sure: SureAnswers = field(default_factory=SureAnswers)
    teach_back: Items[TeachBackPoint] = ()
    large_print: bool = False
    values: FrozenMap[Importance] = FrozenMap()  # value statement id -> how much it matters
    leaning: ShortText = ""  # a therapy id, "current_care", "not_sure"; "": not asked

    @property
    def agreed_step(self) -> NextStep | None:
        return next((s for s in self.next_steps if s.agreed), None)

    def risk_was_discussed(self, therapy_id: str, risk_id: str) -> bool:
        return risk_id in self.risks_discussed.get(therapy_id, ())


class ConsultationError(ValueError):
    """The record is not valid; :attr:`problems` holds one message per problem."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(f"{self.problems[0]}{more}" if self.problems else "invalid record")


def to_dict(record: Consultation) -> dict[str, Any]:
    """The JSON interchange form as plain data."""
    data: dict[str, Any] = {"format": FORMAT}
    data.update(adapter(Consultation).dump_python(record, mode="json"))
    return data


def to_json(record: Consultation) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False, indent=2) + "\n"


def from_dict(data: Any) -> Consultation:
    """Validate plain data (already parsed JSON); raise :class:`ConsultationError`."""
    if not isinstance(data, dict):
        raise ConsultationError(["the file must hold a JSON object"])
    declared = data.get("format")
    if declared not in (FORMAT, *EARLIER):
        raise ConsultationError([f"format: expected {FORMAT!r}, found {declared!r}"])
    body = upgraded(declared, {key: value for key, value in data.items() if key != "format"})
    from pydantic import ValidationError

    try:
        checked: Consultation = adapter(Consultation).validate_python(body)
    except ValidationError as error:
        raise ConsultationError(_messages(error)) from None
    return checked


def parse_consultation(text: str, catalog: Catalog) -> Consultation:
    """Parse JSON text and check every ID against ``catalog``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ConsultationError(
            [f"not valid JSON (line {error.lineno}, column {error.colno}): {error.msg}"]
        ) from None
    except RecursionError:
        raise ConsultationError(["not a consultation: nested too deeply"]) from None
    except ValueError:  # a number of more than 4,300 digits
        raise ConsultationError(["not a consultation: a number is far too long"]) from None
    record = from_dict(data)
    problems = list(check_against_catalog(record, catalog))
    if problems:
        raise ConsultationError(problems)
    return record


def check_against_catalog(record: Consultation, catalog: Catalog) -> Iterator[str]:
    """One message per ID the catalog does not know, naming the field and the ID."""
    conditions = {c.id for c in catalog.conditions}
    areas = {a.id for a in catalog.pain_areas}
    therapies = {t.id: t for t in catalog.therapies}
    thinners = {b.id for b in catalog.blood_thinners}
    statements = {v.id for v in catalog.values}
    if record.language not in catalog.manifest.languages:
        declared = ", ".join(catalog.manifest.languages)
        yield f"language: {record.language!r} is not a language of the content ({declared})"
    for name, values, known, kind in (
        ("conditions", record.conditions, conditions, "condition"),
        ("pain_areas", record.pain_areas, areas, "pain area"),
        ("therapies_discussed", record.therapies_discussed, set(therapies), "therapy"),
    ):
        for index, value in enumerate(values):
            if value not in known:
                yield f"{name}[{index}]: unknown {kind} id {value!r}"
    for therapy_id, risk_ids in record.risks_discussed.items():
        therapy = therapies.get(therapy_id)
        if therapy is None:
            yield f"risks_discussed: unknown therapy id {therapy_id!r}"
            continue
        for index, risk_id in enumerate(risk_ids):
            if therapy.risk(risk_id) is None:
                yield (
                    f"risks_discussed.{therapy_id}[{index}]: unknown risk id {risk_id!r} "
                    f"for therapy {therapy_id!r}"
                )
    for value_id in record.values:
        if value_id not in statements:
            yield f"values: unknown value statement id {value_id!r}"
    leanings = {*therapies, LEANING_CURRENT_CARE, LEANING_NOT_SURE}
    if record.leaning and record.leaning not in leanings:
        yield f"leaning: unknown option id {record.leaning!r}"
    if record.procedure is not None:
        if record.procedure.therapy not in therapies:
            yield f"procedure.therapy: unknown therapy id {record.procedure.therapy!r}"
        for index, thinner in enumerate(record.procedure.blood_thinners):
            if thinner not in thinners:
                yield f"procedure.blood_thinners[{index}]: unknown blood thinner id {thinner!r}"
        items = {item.id for item in catalog.checklist}
        for index, mark in enumerate(record.procedure.checklist):
            if mark.item not in items:
                yield f"procedure.checklist[{index}].item: unknown checklist item id {mark.item!r}"


def _messages(error: ValidationError) -> list[str]:
    messages = []
    for detail in error.errors(include_url=False):
        location = _location(detail["loc"])
        value = detail.get("input")
        shown = "" if detail["type"] == "missing" else f" (got {_short(value)})"
        messages.append(f"{location}: {detail['msg'].lower()}{shown}")
    return messages


def _location(parts: tuple[int | str, ...]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(record)"


def _short(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False, default=str)
    return shown if len(shown) <= 60 else shown[:57] + "..."
