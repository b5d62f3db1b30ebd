"""The fixed words of the documents (headings, captions, footers), in each language.

Clinical text comes from the catalog in the record's language; these are only the
document's own labels. Every language has exactly the same keys (a test checks it).
Placeholders use ``str.format`` names.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from neuromod_aid.catalog.model import Lang

_EN: Final[dict[str, str]] = {
    # every document
    "page_x_of_y": "Page {page} of {pages}",
    "phone": "Phone",
    "email": "Email",
    "hours": "Hours",
    "out_of_hours": "When we are closed:",
    "out_of_hours_phone": "Phone {phone}.",
    "for_patient": "For {name}",
    "date_of_birth": "Date of birth",
    "record_number": "Record number",
    # summary: titles
    "summary_title": "Your consultation summary",
    "summary_subtitle": "Treatments that use mild electrical pulses or a medicine pump for "
    "long-lasting pain",
    "key_points": "The key points",
    "prepared_for": "Prepared for",
    "date_of_visit": "Date of your visit",
    "seen_by": "You talked with",
    "decision": "The decision you are thinking about",
    "decision_text": "Whether to try one of these treatments for your long-lasting pain, "
    "or to carry on with your current care. There is no rush. You can take time to "
    "decide, and you can change your mind.",
    "options_discussed": "The options you talked about",
    "agreed_step": "What you agreed to do next",
    "no_agreed_step": "You did not agree a next step yet. Take your time, and call us "
    "when you are ready.",
    "who_to_call": "Who to call",
    "who_to_call_text": "Call {clinic} if you have questions or are worried.",
    "decision_text_short": "Whether to try one of these treatments, or to carry on with "
    "your current care. There is no rush, and you can change your mind.",
    "how_to_use": "This summary is for you to read at home, and to share with your family "
    "if you want to. It has space for your own notes and questions.",
    # summary: pain
    "your_pain": "Your pain",
    "conditions": "What causes your pain",
    "no_conditions": "Your care team did not record a cause.",
    "body_map": "Where you feel pain",
    "body_map_caption": "The marked areas are where you told us you feel pain. "
    "Each one is filled with stripes and numbered; the numbers are listed below.",
    "no_pain_areas": "No pain areas were marked.",
    "front": "Front",
    "back": "Back",
    "your_left": "your left",
    "your_right": "your right",
    "tried": "Treatments you have already tried",
    "none_recorded": "None recorded.",
    # summary: neuromodulation
    "what_is_neuromod": "What neuromodulation is",
    "what_is_neuromod_text": "Neuromodulation means treatments that change how the "
    "nerves send pain signals. Most use a small device that sends mild electrical "
    "pulses to the nerves, the spinal cord or the brain. One uses a small pump that "
    "gives a pain medicine straight into the fluid around the spinal cord. These "
    "treatments do not cure the cause of the pain. They aim to make the pain easier "
    "to live with. Most can be switched off or taken out.",
    # summary: therapy
    "what_it_is": "What it is",
    "how_it_works": "How it works",
    "steps": "What happens, step by step",
    "trial": "The trial",
    "no_trial": "Is there a trial first?",
    "how_it_helps": "How it might help",
    "outcomes_intro": "These figures come from studies. Your own result may be better or worse.",
    "no_outcomes": "There are no study figures we can show for this treatment yet.",
    "with_therapy": "With {name}",
    "people": "people",
    "study": "Study",
    "who_was_studied": "Who was studied",
    "after": "After",
    "risks": "Possible risks and problems",
    "risks_intro": "The figures are given exactly as the studies report them. Each "
    "picture shows 100 or 1,000 people: the words under it say which. Dark squares are "
    "people who had the problem. Squares with stripes show the highest figure found in "
    "studies. White squares are people who did not have it. Rare problems (fewer than "
    "10 in 1,000) have no picture.",
    "discussed": "Talked about with you",
    "discussed_marker": "✓ Talked about with you",
    "how_often": "How often",
    "not_known": "How often this happens is not known.",
    "not_known_short": "Not known.",
    "living_with": "Living with it",
    "adjust_and_reverse": "Can it be changed or taken out?",
    "source_short": "Source",
    "other_risk": "Problem",
    "other_risks": "Other possible problems with {name}",
    "other_risks_intro": "These were not talked about in detail. Ask your care team about "
    "any of them.",
    # figure captions
    "grid_single": "Out of {den} {per}, about {low} had this problem and {not_low} did not.",
    "grid_range": "Out of {den} {per}, between {low} and {high} had this problem. "
    "Between {not_high} and {not_low} did not.",
    "grid_legend_solid": "had it",
    "picture_100": "Each picture shows 100 {per}.",
    "picture_1000": "Each picture shows 1,000 {per}.",
    "same_as_single": "{low} in 100 is the same as {low_den} in {den}.",
    "same_as_range": "{low} to {high} in 100 is the same as {low_den} to {high_den} in {den}.",
    "grid_legend_hatched": "had it in some studies",
    "grid_legend_empty": "did not have it",
    "rare_single": "This is rare: about {low} in every {den} {per}. That is fewer than 1 "
    "in every 100.",
    "rare_range": "This is rare: between {low} and {high} in every {den} {per}. That is "
    "fewer than 1 in every 100.",
    "per_people": "people",
    "per_procedures": "operations",
    "per_sessions": "sessions",
    "per_leads": "leads",
    "exact_figure": "In studies: {text} in every {den} {per}.",
    "between": "between {low} and {high}",
    "about": "about {low}",
    "over_time": "Over what time",
    # comparison
    "comparison": "Your options side by side",
    "comparison_intro": "The same questions for each option, so you can compare them.",
    "row_what_happens": "What happens",
    "row_invasiveness": "Operation or not",
    "row_benefits": "Possible benefits",
    "row_downsides": "Possible downsides",
    "row_upkeep": "Looking after it",
    "row_reversible": "Can it be undone?",
    "current_care": "Continuing your current care",
    # questions, notes, steps
    "questions": "Questions to ask",
    "questions_intro": "Questions you asked or want to ask. There is room to write more.",
    "no_questions": "You did not write down any questions yet.",
    "write_here": "Write your questions here:",
    "notes": "Notes from your care team",
    "no_notes": "No notes.",
    "next_steps": "Your next steps",
    "next_steps_intro": "Tick each step when it is done.",
    "no_next_steps": "No next steps were recorded.",
    "agreed": "agreed",
    "on_date": "on {date}",
    "kind_trial_planned": "Trial",
    "kind_psychological_assessment": "Talk with a psychologist",
    "kind_procedure_date": "Procedure",
    "kind_follow_up": "Follow-up visit",
    "kind_think_it_over": "Think it over",
    "kind_other": "Next step",
    "call_now": "If you have any of these, call {clinic} straight away on {phone}. "
    "If you cannot reach us and feel very unwell, call the emergency services.",
    "call_now_no_phone": "If you have any of these, call {clinic} straight away. If you "
    "cannot reach us and feel very unwell, call the emergency services.",
    "glossary": "Words used in this summary",
    "sources": "Where the figures come from",
    "about_summary": "About this summary",
    "content_version": "Content version {version}, produced {produced}.",
    "reviewed": "Last reviewed {reviewed}. Next review due by {next}.",
    "made_by": "Who made it",
    "funding": "Who paid for it",
    "update_policy": "How it is kept up to date",
    "clinician_marked": "The clinician marked a check (✓) next to the risks you talked "
    "about together.",
    # nurse sheet
    "nurse_title": "Getting ready for your procedure",
    "procedure": "Your procedure",
    "procedure_date": "Date",
    "arrival": "Arrive at",
    "place": "Where",
    "not_set": "Your team will tell you",
    "blood_thinners": "Blood thinners",
    "thinner_medicine": "Medicine",
    "thinner_last_dose": "Last dose",
    "thinner_restart": "When to restart",
    "thinner_last_dose_single": "{date} ({days} days before)",
    "thinner_last_dose_range": "Between {early} and {late} ({low} to {high} days before)",
    "thinner_last_dose_unknown": "{days} days before your procedure",
    "thinner_last_dose_unknown_range": "{low} to {high} days before your procedure",
    "thinner_last_dose_told": "Your team will write it here: ________________",
    "allergies": "Allergies",
    "no_known_allergies": "You told us you have no allergies. If you remember one, tell the nurse.",
    "allergies_not_written": "No allergies are written down for you. Tell the nurse about "
    "any allergy, for example to a skin cleaner, iodine, latex or an antibiotic: "
    "________________",
    "only_as_told": "Only as your team tells you.",
    "no_thinners": "No blood thinners are written down for you. If you take any medicine "
    "that thins the blood, call us before your procedure. Do not stop any medicine unless "
    "your team tells you to.",
    "thinner_review_heading": "Needs checking by your clinic",
    "contacts": "Contacts",
    # diary
    "diary_title": "Your trial diary",
    "diary_how": "How to fill in your diary",
    "diary_steps": "Fill in one page each day of your trial.|"
    "Score your pain at the times shown: 0 means no pain, 10 means the worst pain you "
    "can imagine. Circle one number.|"
    "Write down what you did, how you slept and which medicines you took.|"
    "Bring this diary to your visit at the end of the trial.",
    "diary_day": "Day {day} of {days}",
    "diary_date": "Date: ____________________",
    "diary_pain": "Pain score (0 = no pain, 10 = worst pain)",
    "time_morning": "Morning",
    "time_midday": "Midday",
    "time_evening": "Evening",
    "time_night": "Bedtime",
    "diary_activities": "What I did today (walking, housework, going out)",
    "diary_sleep": "How I slept",
    "sleep_options": "☐ Well|☐ OK|☐ Badly|Hours of sleep: _____",
    "diary_medicines": "Medicines I took for pain (name, how much, when)",
    "diary_notes": "Anything else (how the stimulation felt, problems, questions)",
    "diary_summary": "At the end of your trial",
    "diary_before": "My usual pain before the trial (0 to 10): ______",
    "diary_during": "My usual pain during the trial (0 to 10): ______",
    "diary_relief": "How much less pain did I have during the trial?",
    "diary_relief_help": "Circle the percent (%) that is closest. 50 means your pain "
    "was cut by half.",
    "diary_criterion": "What counts as a success",
    "diary_better": "Things I could do during the trial that I could not do before:",
    "diary_decide": "Would I like to have the device put in?  ☐ Yes   ☐ No   ☐ Not sure",
}

_ES: Final[dict[str, str]] = {
    "page_x_of_y": "Página {page} de {pages}",
    "phone": "Teléfono",
    "email": "Correo",
    "hours": "Horario",
    "out_of_hours": "Cuando estemos cerrados:",
    "out_of_hours_phone": "Teléfono {phone}.",
    "for_patient": "Para {name}",
    "date_of_birth": "Fecha de nacimiento",
    "record_number": "N.º de historia",
    "summary_title": "Resumen de su consulta",
    "summary_subtitle": "Tratamientos con impulsos eléctricos suaves o con una bomba de "
    "medicina para el dolor de larga duración",
    "key_points": "Lo más importante",
    "prepared_for": "Resumen para",
    "date_of_visit": "Fecha de su visita",
    "seen_by": "Habló con",
    "decision": "La decisión que está pensando",
    "decision_text": "Si probar uno de estos tratamientos para su dolor de larga "
    "duración, o seguir con su cuidado actual. No hay prisa. Puede tomarse su tiempo "
    "para decidir, y puede cambiar de opinión.",
    "options_discussed": "Las opciones de las que hablaron",
    "agreed_step": "Lo que acordaron hacer ahora",
    "no_agreed_step": "Aún no han acordado el siguiente paso. Tómese su tiempo y "
    "llámenos cuando lo tenga claro.",
    "who_to_call": "A quién llamar",
    "who_to_call_text": "Llame a {clinic} si tiene preguntas o algo le preocupa.",
    "decision_text_short": "Si probar uno de estos tratamientos o seguir con su cuidado "
    "actual. No hay prisa, y puede cambiar de opinión.",
    "how_to_use": "Este resumen es para que lo lea en casa y, si quiere, lo comparta con "
    "su familia. Tiene espacio para sus notas y preguntas.",
    "your_pain": "Su dolor",
    "conditions": "Qué causa su dolor",
    "no_conditions": "Su equipo no anotó una causa.",
    "body_map": "Dónde le duele",
    "body_map_caption": "Las zonas marcadas son donde nos dijo que le duele. Cada una "
    "tiene rayas y un número; los números aparecen en la lista de abajo.",
    "no_pain_areas": "No se marcó ninguna zona de dolor.",
    "front": "Delante",
    "back": "Detrás",
    "your_left": "su izquierda",
    "your_right": "su derecha",
    "tried": "Tratamientos que ya ha probado",
    "none_recorded": "No se anotó ninguno.",
    "what_is_neuromod": "Qué es la neuromodulación",
    "what_is_neuromod_text": "La neuromodulación son tratamientos que cambian la forma "
    "en que los nervios envían las señales de dolor. La mayoría usa un pequeño aparato "
    "que envía impulsos eléctricos suaves a los nervios, a la médula espinal o al "
    "cerebro. Uno usa una pequeña bomba que pone una medicina para el dolor directamente "
    "en el líquido que rodea la médula. Estos tratamientos no curan la causa del dolor. "
    "Buscan que el dolor sea más llevadero. Casi todos se pueden apagar o quitar.",
    "what_it_is": "Qué es",
    "how_it_works": "Cómo funciona",
    "steps": "Qué pasa, paso a paso",
    "trial": "La prueba",
    "no_trial": "¿Hay una prueba antes?",
    "how_it_helps": "Cómo le puede ayudar",
    "outcomes_intro": "Estas cifras vienen de estudios. Su resultado puede ser mejor o peor.",
    "no_outcomes": "Aún no hay cifras de estudios que podamos mostrar para este tratamiento.",
    "with_therapy": "Con {name}",
    "people": "personas",
    "study": "Estudio",
    "who_was_studied": "A quién se estudió",
    "after": "Después de",
    "risks": "Posibles riesgos y problemas",
    "risks_intro": "Las cifras son exactamente las de los estudios. Cada dibujo "
    "muestra 100 o 1000 personas: el texto de debajo dice cuántas. Los cuadros oscuros "
    "son personas que tuvieron el problema. Los cuadros con rayas muestran la cifra más "
    "alta de los estudios. Los cuadros blancos son personas que no lo tuvieron. Los "
    "problemas poco frecuentes (menos de 10 de cada 1000) no llevan dibujo.",
    "discussed": "Lo hablaron en la consulta",
    "discussed_marker": "✓ Lo hablaron en la consulta",
    "how_often": "Con qué frecuencia",
    "not_known": "No se sabe con qué frecuencia pasa.",
    "not_known_short": "No se sabe.",
    "living_with": "La vida con el tratamiento",
    "adjust_and_reverse": "¿Se puede cambiar o quitar?",
    "source_short": "Fuente",
    "other_risk": "Problema",
    "other_risks": "Otros posibles problemas de {name}",
    "other_risks_intro": "No los vieron en detalle en la consulta. Pregunte a su equipo "
    "por cualquiera de ellos.",
    "grid_single": "De cada {den} {per}, unas {low} tuvieron este problema y {not_low} no.",
    "grid_range": "De cada {den} {per}, entre {low} y {high} tuvieron este problema. "
    "Entre {not_high} y {not_low} no lo tuvieron.",
    "grid_legend_solid": "lo tuvo",
    "picture_100": "Cada dibujo muestra 100 {per}.",
    "picture_1000": "Cada dibujo muestra 1000 {per}.",
    "same_as_single": "{low} de cada 100 es lo mismo que {low_den} de cada {den}.",
    "same_as_range": "De {low} a {high} de cada 100 es lo mismo que de {low_den} a "
    "{high_den} de cada {den}.",
    "grid_legend_hatched": "lo tuvo en algunos estudios",
    "grid_legend_empty": "no lo tuvo",
    "rare_single": "Es poco frecuente: unas {low} de cada {den} {per}. Es decir, menos "
    "de 1 de cada 100.",
    "rare_range": "Es poco frecuente: entre {low} y {high} de cada {den} {per}. Es "
    "decir, menos de 1 de cada 100.",
    "per_people": "personas",
    "per_procedures": "operaciones",
    "per_sessions": "sesiones",
    "per_leads": "cables",
    "exact_figure": "En los estudios: {text} de cada {den} {per}.",
    "between": "entre {low} y {high}",
    "about": "unas {low}",
    "over_time": "En qué plazo",
    "comparison": "Sus opciones, una al lado de otra",
    "comparison_intro": "Las mismas preguntas para cada opción, para que pueda compararlas.",
    "row_what_happens": "Qué se hace",
    "row_invasiveness": "¿Hace falta operar?",
    "row_benefits": "Posibles beneficios",
    "row_downsides": "Posibles inconvenientes",
    "row_upkeep": "Cuidados",
    "row_reversible": "¿Se puede deshacer?",
    "current_care": "Seguir con su cuidado actual",
    "questions": "Preguntas para hacer",
    "questions_intro": "Las preguntas que hizo o quiere hacer. Hay espacio para escribir más.",
    "no_questions": "Aún no ha anotado ninguna pregunta.",
    "write_here": "Escriba aquí sus preguntas:",
    "notes": "Notas de su equipo",
    "no_notes": "Sin notas.",
    "next_steps": "Sus próximos pasos",
    "next_steps_intro": "Marque cada paso cuando esté hecho.",
    "no_next_steps": "No se anotaron próximos pasos.",
    "agreed": "acordado",
    "on_date": "el {date}",
    "kind_trial_planned": "Prueba",
    "kind_psychological_assessment": "Cita con psicología",
    "kind_procedure_date": "Intervención",
    "kind_follow_up": "Visita de revisión",
    "kind_think_it_over": "Pensarlo con calma",
    "kind_other": "Siguiente paso",
    "call_now": "Si nota alguna de estas señales, llame enseguida a {clinic} al "
    "{phone}. Si no nos localiza y se encuentra muy mal, llame a emergencias.",
    "call_now_no_phone": "Si nota alguna de estas señales, llame enseguida a {clinic}. "
    "Si no nos localiza y se encuentra muy mal, llame a emergencias.",
    "glossary": "Palabras que usamos en este resumen",
    "sources": "De dónde salen las cifras",
    "about_summary": "Sobre este resumen",
    "content_version": "Versión del contenido {version}, elaborado el {produced}.",
    "reviewed": "Última revisión: {reviewed}. Próxima revisión antes del {next}.",
    "made_by": "Quién lo ha hecho",
    "funding": "Quién lo ha pagado",
    "update_policy": "Cómo se mantiene al día",
    "clinician_marked": "Con ✓ están marcados los riesgos de los que hablaron en la consulta.",
    "nurse_title": "Cómo prepararse para su intervención",
    "procedure": "Su intervención",
    "procedure_date": "Fecha",
    "arrival": "Llegue a las",
    "place": "Dónde",
    "not_set": "Su equipo se lo dirá",
    "blood_thinners": "Medicinas para la sangre (anticoagulantes y antiagregantes)",
    "thinner_medicine": "Medicina",
    "thinner_last_dose": "Última dosis",
    "thinner_restart": "Cuándo volver a tomarla",
    "thinner_last_dose_single": "{date} ({days} días antes)",
    "thinner_last_dose_range": "Entre el {early} y el {late} (de {low} a {high} días antes)",
    "thinner_last_dose_unknown": "{days} días antes de su intervención",
    "thinner_last_dose_unknown_range": "De {low} a {high} días antes de su intervención",
    "thinner_last_dose_told": "Su equipo lo escribirá aquí: ________________",
    "allergies": "Alergias",
    "no_known_allergies": "Nos dijo que no tiene alergias. Si recuerda alguna, díganoslo.",
    "allergies_not_written": "No tenemos anotada ninguna alergia. Diga a la enfermera si "
    "tiene alguna, por ejemplo a un jabón para la piel, al yodo, al látex o a un "
    "antibiótico: ________________",
    "only_as_told": "Solo si su equipo se lo indica.",
    "no_thinners": "No tenemos anotada ninguna medicina para la sangre. Si toma alguna "
    "medicina que hace la sangre más líquida, llámenos antes de la intervención. No deje "
    "ninguna medicina si su equipo no se lo dice.",
    "thinner_review_heading": "Su clínica debe revisarlo",
    "contacts": "Contactos",
    "diary_title": "Su diario de la prueba",
    "diary_how": "Cómo rellenar su diario",
    "diary_steps": "Rellene una página cada día de la prueba.|"
    "Puntúe su dolor a las horas indicadas: 0 es nada de dolor y 10 es el peor dolor "
    "que pueda imaginar. Rodee un número con un círculo.|"
    "Anote lo que hizo, cómo durmió y qué medicinas tomó.|"
    "Traiga este diario a su visita al final de la prueba.",
    "diary_day": "Día {day} de {days}",
    "diary_date": "Fecha: ____________________",
    "diary_pain": "Dolor (0 = nada de dolor, 10 = el peor dolor)",
    "time_morning": "Mañana",
    "time_midday": "Mediodía",
    "time_evening": "Tarde",
    "time_night": "Al acostarse",
    "diary_activities": "Lo que hice hoy (caminar, tareas de casa, salir)",
    "diary_sleep": "Cómo dormí",
    "sleep_options": "☐ Bien|☐ Regular|☐ Mal|Horas de sueño: _____",
    "diary_medicines": "Medicinas que tomé para el dolor (nombre, cantidad, hora)",
    "diary_notes": "Otras cosas (cómo noté la estimulación, problemas, preguntas)",
    "diary_summary": "Al final de la prueba",
    "diary_before": "Mi dolor habitual antes de la prueba (de 0 a 10): ______",
    "diary_during": "Mi dolor habitual durante la prueba (de 0 a 10): ______",
    "diary_relief": "¿Cuánto menos dolor tuve durante la prueba?",
    "diary_relief_help": "Rodee el porcentaje (%) más cercano. 50 quiere decir que su "
    "dolor bajó a la mitad.",
    "diary_criterion": "Qué se considera un éxito",
    "diary_better": "Cosas que pude hacer durante la prueba y antes no podía:",
    "diary_decide": "¿Quiero que me pongan el aparato?  ☐ Sí   ☐ No   ☐ Tengo dudas",
}

LABELS: Final[dict[Lang, dict[str, str]]] = {"en": _EN, "es": _ES}


class Labels:
    """The labels of one language: ``labels("key", name=...)``."""

    def __init__(self, lang: Lang) -> None:
        self.lang: Lang = lang
        self._table = LABELS[lang]

    def __call__(self, key: str, **values: object) -> str:
        text = self._table[key]
        return text.format(**values) if values else text

    def number(self, value: float) -> str:
        """A figure as the reader writes it: 1,000 / 1000; 0.31 / 0,31; 10,000 / 10 000."""
        if value == int(value):
            whole = int(value)
            if self.lang == "es":
                return f"{whole:,}".replace(",", " ") if whole >= 10_000 else str(whole)
            return f"{whole:,}"
        shown = f"{value:.2f}".rstrip("0").rstrip(".")
        return shown.replace(".", ",") if self.lang == "es" else shown

    def date(self, value: dt.date) -> str:
        """A date in words: 23 November 2026 / 23 de noviembre de 2026."""
        month = _MONTHS[self.lang][value.month - 1]
        if self.lang == "es":
            return f"{value.day} de {month} de {value.year}"
        return f"{value.day} {month} {value.year}"


_MONTHS: Final[dict[Lang, tuple[str, ...]]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
}
