"""The built-in demo consultation: a clearly fictional patient.

What the clinician typed in is written here in English and Spanish; a consultation
in another language of the content keeps the English (its wording and catalog text
are in its own language).

IDs are picked from the catalog (by region, by flags) rather than hard-coded, so the
demo follows the shipped content when areas or risks are renamed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from neuromod_aid.catalog.clinic import SignOff
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import (
    Call,
    CheckMark,
    CheckState,
    Clinic,
    Clinician,
    Consultation,
    Importance,
    NextStep,
    NextStepKind,
    Patient,
    Procedure,
    SureAnswers,
    TeachBackPoint,
)
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.trial import DiaryDay, Sleep

DEMO_DATE = dt.date(2026, 11, 23)
TRIAL_START = dt.timedelta(days=21)  # the planned procedure: the trial starts that day
TRIAL_DAYS = 7
# each next step on its own day: the psychologist first, the week's trial, the visit after it
_STEP_DAYS = {
    "psychological_assessment": dt.timedelta(days=14),
    "trial_planned": TRIAL_START,
    "follow_up": TRIAL_START + dt.timedelta(days=TRIAL_DAYS),
}
# what the demo patient said matters to them (the value statements of the content)
_VALUES: tuple[tuple[str, Importance], ...] = (
    ("pain_relief", "a_lot"),
    ("fewer_medicines", "a_lot"),
    ("can_undo", "a_lot"),
    ("short_recovery", "a_little"),
    ("mri_scans", "a_little"),
    ("no_implant", "not_much"),
    ("time_and_cost", "not_sure"),
)
DEMO_RECORD_NUMBER = "DEMO-0001"
# ``.invalid`` (RFC 2606) can never be a real clinic's address, so a real record is
# never taken for the demo's
DEMO_EMAIL = "dolor@demo.invalid"
# the demo clinic's lead, as fictional as its patient and its clinic, a physician who
# signed off the content as shipped on the visit's day
_LEAD: dict[Lang, str] = {
    "en": "Dr. Robin Demo (demo clinic lead)",
    "es": "Dra. Robin Demo (directora de la clínica de demostración)",
}
# the nurses' preparation so far: a week after the visit, part of the checklist and a call
PREPARED_AT = dt.datetime(2026, 11, 30, 10, 30, tzinfo=dt.UTC)
_MARKS: tuple[tuple[str, CheckState], ...] = (
    ("identity", "done"),
    ("allergies", "done"),
    ("blood_thinners", "done"),
    ("diabetes", "not_applicable"),
    ("skin_infection", "problem"),
)

# the completed diary: the usual days before the trial, then the trial's days
# (pain 0-10, relief in percent, sleep), as the demo patient wrote them down
_BASELINE: tuple[tuple[int, Sleep], ...] = ((7, "badly"), (8, "badly"), (7, "ok"))
_TRIAL: tuple[tuple[int, int, Sleep], ...] = (
    (5, 30, "ok"),
    (4, 45, "ok"),
    (3, 60, "well"),
    (3, 60, "well"),
    (2, 70, "well"),
    (3, 60, "ok"),
    (2, 70, "well"),
)
_PROBLEM_DAY = 2  # the trial day the demo patient wrote a problem down


@dataclass(frozen=True)
class _DemoText:
    patient: str
    clinician: str
    role: str
    clinic: str
    address: str
    hours: str
    out_of_hours: str
    tried: tuple[str, ...]
    questions: tuple[str, ...]
    notes: str  # for the patient: printed
    private: str  # the clinician's own: never printed
    steps: tuple[tuple[NextStepKind, str, bool], ...]
    teach_back: tuple[tuple[str, bool], ...]
    place: str
    nurse: str
    notes_by_item: dict[str, str]  # the nurse's notes on the checklist
    call_said: str
    # the diary: what the patient did and took before the trial, then during it
    diary_activity: tuple[str, str]
    diary_medicines: tuple[str, str]
    diary_problem: str


_TEXT: dict[Lang, _DemoText] = {
    "en": _DemoText(
        patient="Alex Sample (demo patient)",
        clinician="Dr. Demo Example",
        role="Pain physician",
        clinic="Demo Pain Clinic",
        address="1 Example Street, Sample Town",
        hours="Monday to Friday, 8 am to 3 pm",
        out_of_hours="At night and at weekends, call the hospital and ask for the pain "
        "doctor on call.",
        tried=(
            "Pain medicines, including nerve pain medicines",
            "Physiotherapy for 6 months",
            "Two epidural steroid injections",
        ),
        questions=(
            "Will I still need my pain medicines?",
            "Can I have an MRI scan with the device?",
        ),
        notes=(
            "Your leg pain is worse than your back pain. You would like to try a trial. "
            "Talk it over with your family first; there is no rush."
        ),
        private="Leg pain > back pain. Keen on a trial; wants to ask family first.",
        steps=(
            ("psychological_assessment", "Meet the psychologist before the trial.", False),
            ("trial_planned", "One-week trial of spinal cord stimulation.", True),
            ("follow_up", "Clinic visit at the end of the trial.", False),
        ),
        teach_back=(
            ("What the trial is and how long it lasts", True),
            ("Which blood thinner to stop, and only when told", True),
            ("When to call the clinic", False),
        ),
        place="Day surgery unit, 2nd floor",
        nurse="Nurse Demo Sample",
        notes_by_item={
            "allergies": "No known allergies, asked again",
            "blood_thinners": "Clopidogrel: stop as the sheet says, agreed with the cardiologist",
            "skin_infection": "Small scratch on the lower back: look again on the day",
        },
        call_said="Went through the nurse sheet. Knows when to stop clopidogrel.",
        diary_activity=("Rested most of the day", "Walked to the shops and back"),
        diary_medicines=("Usual pain medicines", "Fewer pain medicines"),
        diary_problem="The tingling was too strong in the evening; turned it down",
    ),
    "es": _DemoText(
        patient="Lucía Ejemplo (paciente de demostración)",
        clinician="Dra. Demo Muestra",
        role="Médica de la Unidad del Dolor",
        clinic="Clínica del Dolor de Demostración",
        address="Calle Ejemplo 1, Villamuestra",
        hours="De lunes a viernes, de 8:00 a 15:00",
        out_of_hours="Por la noche y los fines de semana, llame al hospital y pregunte "
        "por el médico del dolor de guardia.",
        tried=(
            "Medicinas para el dolor, también para el dolor de los nervios",
            "Fisioterapia durante 6 meses",
            "Dos infiltraciones epidurales",
        ),
        questions=(
            "¿Tendré que seguir tomando mis medicinas para el dolor?",
            "¿Podré hacerme una resonancia con el aparato?",
        ),
        notes=(
            "Le duele más la pierna que la espalda. Quiere hacer la prueba. "
            "Háblelo antes con su familia; no hay prisa."
        ),
        private="Pierna > espalda. Quiere prueba; antes lo hablará con la familia.",
        steps=(
            ("psychological_assessment", "Cita con psicología antes de la prueba.", False),
            ("trial_planned", "Prueba de una semana de estimulación de la médula.", True),
            ("follow_up", "Visita en la clínica al acabar la prueba.", False),
        ),
        teach_back=(
            ("Qué es la prueba y cuánto dura", True),
            ("Qué anticoagulante dejar y solo cuando se lo digan", True),
            ("Cuándo llamar a la clínica", False),
        ),
        place="Hospital de día, 2.ª planta",
        nurse="Enf. Demo Ejemplo",
        notes_by_item={
            "allergies": "Sin alergias conocidas, preguntado de nuevo",
            "blood_thinners": "Clopidogrel: suspender según la hoja, acordado con cardiología",
            "skin_infection": "Pequeño arañazo en la zona lumbar: revisar el día de la prueba",
        },
        call_said="Repasamos la hoja de enfermería. Sabe cuándo dejar el clopidogrel.",
        diary_activity=("Descansé casi todo el día", "Fui andando a la tienda y volví"),
        diary_medicines=("Mis medicinas de siempre", "Menos medicinas para el dolor"),
        diary_problem="Por la tarde el hormigueo era muy fuerte; lo bajé",
    ),
}


def demo_consultation(catalog: Catalog, lang: Lang = "en") -> Consultation:
    """A complete, fictional consultation about spinal cord stimulation."""
    text = _TEXT.get(lang, _TEXT["en"])
    scs = catalog.therapy("scs")
    areas = tuple(
        area.id
        for area in catalog.pain_areas
        if area.region == "lower_back"
        or (area.view == "back" and area.side == "left" and area.region in ("thigh", "lower_leg"))
    )
    thinners = tuple(b.id for b in catalog.blood_thinners if b.id.startswith("clopidogrel"))
    steps = tuple(
        NextStep(kind=kind, text=label, date=DEMO_DATE + _STEP_DAYS[kind], agreed=agreed)
        for kind, label, agreed in text.steps
    )
    return Consultation(
        patient=Patient(
            name=text.patient,
            record_number=DEMO_RECORD_NUMBER,
            birth_date=dt.date(1961, 5, 14),
        ),
        clinician=Clinician(name=text.clinician, role=text.role),
        clinic=Clinic(
            name=text.clinic,
            phone="+34 900 000 000",
            email=DEMO_EMAIL,
            address=text.address,
            hours=FrozenMap((code, words.hours) for code, words in _TEXT.items()),
            out_of_hours=FrozenMap((code, words.out_of_hours) for code, words in _TEXT.items()),
            out_of_hours_phone="+34 900 000 099",
        ),
        date=DEMO_DATE,
        language=lang,
        conditions=("spinal_surgery", "neuropathic"),
        pain_areas=areas,
        treatments_tried=text.tried,
        therapies_discussed=("scs", "drg"),
        risks_discussed=FrozenMap({"scs": tuple(r.id for r in scs.risks if r.article_risk)}),
        patient_questions=text.questions,
        notes_for_patient=text.notes,
        private_notes=text.private,
        next_steps=steps,
        procedure=Procedure(
            therapy="scs",
            kind="trial",
            date=DEMO_DATE + TRIAL_START,
            arrival_time="08:30",
            place=text.place,
            blood_thinners=thinners,
            no_known_allergies=True,
            trial_days=TRIAL_DAYS,
            checklist=_checklist(catalog, text),
            calls=(
                Call(
                    kind="pre_procedure",
                    at=PREPARED_AT + dt.timedelta(hours=1),
                    by=text.nurse,
                    reached=True,
                    said=text.call_said,
                ),
            ),
            diary=_diary(text),
        ),
        sure=SureAnswers(sure=False, understand=True, risk_benefit=True, encouragement=True),
        teach_back=tuple(
            TeachBackPoint(point=point, understood=ok) for point, ok in text.teach_back
        ),
        large_print=False,
        values=FrozenMap(
            (value_id, rating)
            for value_id, rating in _VALUES
            if any(statement.id == value_id for statement in catalog.values)
        ),
        leaning="scs",
    )


def _checklist(catalog: Catalog, text: _DemoText) -> tuple[CheckMark, ...]:
    """Part of the checklist, as a nurse marked it a week after the visit."""
    known = {item.id for item in catalog.checklist}
    return tuple(
        CheckMark(
            item=item,
            state=state,
            by=text.nurse,
            at=PREPARED_AT,
            note=text.notes_by_item.get(item, ""),
        )
        for item, state in _MARKS
        if item in known
    )


def _diary(text: _DemoText) -> tuple[DiaryDay, ...]:
    """The diary as the demo patient filled it in, baseline days first."""
    before = tuple(
        DiaryDay(
            phase="baseline",
            day=day,
            pain=pain,
            activity=text.diary_activity[0],
            sleep=sleep,
            medicines=text.diary_medicines[0],
        )
        for day, (pain, sleep) in enumerate(_BASELINE, start=1)
    )
    during = tuple(
        DiaryDay(
            phase="trial",
            day=day,
            pain=pain,
            relief=relief,
            activity=text.diary_activity[1],
            sleep=sleep,
            medicines=text.diary_medicines[1],
            problems=text.diary_problem if day == _PROBLEM_DAY else "",
        )
        for day, (pain, relief, sleep) in enumerate(_TRIAL, start=1)
    )
    return before + during


def is_demo(record: Consultation) -> bool:
    """Whether ``record`` is the demo's: its patient at its clinic, whose address no
    real clinic can have."""
    clinics = {text.clinic for text in _TEXT.values()}
    return (
        record.patient.record_number == DEMO_RECORD_NUMBER
        and record.clinic.name in clinics
        and record.clinic.email == DEMO_EMAIL
    )


def with_demo_sign_off(record: Consultation, catalog: Catalog) -> Catalog:
    """The catalog a document of ``record`` is made from: a real record's as it is, the
    demo's with its fictional clinic lead's sign-off of the content as shipped (this
    version, none of a clinic's own revisions), so the demo's documents show what a
    signed-off About looks like. A real clinic's sign-off is only its own, from its
    database (``app.content_sign_off``)."""
    if not is_demo(record):
        return catalog
    lead = _LEAD.get(record.language, _LEAD["en"])
    version = catalog.manifest.content_version
    # never before the version it signs off was produced
    on = max(DEMO_DATE, catalog.manifest.produced)
    signed = SignOff(by=lead, role="physician", on=on, content_version=version)
    return replace(catalog, sign_off=signed)
