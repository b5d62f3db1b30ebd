"""The documents' own words in Spanish (see :mod:`neuromod_aid.pdf.labels`)."""

from __future__ import annotations

from typing import Final

ES: Final[dict[str, str]] = {
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
    "condition_feels": "Cómo puede sentirse",
    "condition_hard_to_treat": "Por qué cuesta tratarlo",
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
    "outcome_figure": "{option}: {figure}.",
    "outcome_people": "{value} de cada {den} personas",
    "outcome_average": "de media, un {value}\u00a0%",
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
    "bleeding_risk_high": "Los médicos consideran que esta intervención tiene un riesgo alto de "
    "sangrado. Su equipo lo usa para saber cuándo deja y cuándo vuelve a tomar una "
    "medicina para la sangre.",
    "bleeding_risk_low": "Los médicos consideran que esta intervención tiene un riesgo bajo de "
    "sangrado. Su equipo lo usa para saber si debe dejar una medicina para la sangre.",
    "bleeding_risk_none": "En esta intervención no se usa aguja ni se hace ningún corte.",
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
