"""The comparison's "Getting back to normal" (IPDAS: what going through an option is
like; what matters to a patient who wants a short recovery or little time off work):
for a device, what its trial and the weeks after it is put in keep the patient from
doing, in few words from the nurse sheet's after-care (the instruction sections that
apply to the therapy, whose figures, such as "6 to 8 weeks", are printed there with
their sources); for current care, that nothing changes. Each line's wording cites its
sources, which the table's "where these figures come from" names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from neuromod_aid.present.wording import Wording

if TYPE_CHECKING:
    from neuromod_aid.present.comparison import Option

RECOVERY_ROW = "recovery"
# what the patient rates that this row answers (values.toml)
RECOVERY_VALUES = ("short_recovery", "time_and_cost")
# the nurse sheet's sections that say what the patient may not do, and for how long, in
# the order they happen; each is said in the core by the wording ``compare_recovery_<id>``
SECTIONS = ("during_trial", "after_implant", "after_pns", "after_pump", "after_brain")


def recovery_keys(option: Option, words: Wording) -> tuple[str, ...]:
    """The wording that says ``option``'s "getting back to normal", a line each: current
    care's "nothing changes"; each of the therapy's after-care sections (its wording says
    when work can start again where a source does, else to ask the team); a therapy with
    no after-care section: "Ask your care team"."""
    if option.therapy is None:
        return ("compare_recovery_care",)
    catalog = words.catalog
    keys = [
        f"compare_recovery_{s}" for s in SECTIONS if option.id in catalog.instruction(s).therapies
    ]
    return tuple(keys) or ("compare_mri_ask",)


def recovery_answer(option: Option, words: Wording) -> str:
    """``option``'s "getting back to normal", a line each (:func:`recovery_keys`)."""
    return "\n".join(words(key) for key in recovery_keys(option, words))


def recovery_sources(option: Option, words: Wording) -> tuple[str, ...]:
    """The sources of the figures in ``option``'s answer, each once, in order."""
    catalog = words.catalog
    found = (s for key in recovery_keys(option, words) for s in catalog.wording(key).sources)
    return tuple(dict.fromkeys(found))
