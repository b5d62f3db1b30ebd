"""The documents' own words in English (see :mod:`neuromod_aid.pdf.labels`)."""

from __future__ import annotations

from typing import Final

EN: Final[dict[str, str]] = {
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
    "condition_feels": "How it can feel",
    "condition_hard_to_treat": "Why it can be hard to treat",
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
    "outcome_figure": "{option}: {figure}.",
    "outcome_people": "{value} in every {den} people",
    "outcome_average": "on average {value}%",
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
    "bleeding_risk_high": "Doctors count this procedure as high risk for bleeding. "
    "Your team uses this to plan when you stop and restart a blood thinner.",
    "bleeding_risk_low": "Doctors count this procedure as low risk for bleeding. "
    "Your team uses this to plan if you need to stop a blood thinner.",
    "bleeding_risk_none": "This procedure uses no needle and no cut.",
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
