"""Every item of the clinic's article, mapped to the catalog entry that covers it.

The table below is the reviewed mapping, written from the article itself: a reader
can check at a glance that each indication, therapy type, innovation, benefit and
risk the article names has a home in the catalog, and the test checks that the
catalog's own seed topics agree and that every entry named really exists.
"""

from __future__ import annotations

import pytest

from neuromod_aid.catalog.model import Catalog

# article item (verbatim)                      -> catalog entry that must cover it
MAPPING: tuple[tuple[str, str], ...] = (
    ("Pain after spinal surgery (failed surgery syndrome)", "condition:spinal_surgery"),
    ("Neuropathic pain (due to nerve damage)", "condition:neuropathic"),
    ("Complex oncologic pain", "condition:cancer"),
    ("Complex regional pain (CRPS)", "condition:crps"),
    ("Severe neuralgia (such as trigeminal neuralgia)", "condition:neuralgia"),
    ("Pain after amputations or spinal cord injuries", "condition:amputation_sci"),
    ("Stimulation of posterior cords of the spinal cord", "therapy:scs"),
    ("Dorsal root ganglion stimulation (DRG)", "therapy:drg"),
    ("Thalamic or cortical stimulation", "therapy:brain"),
    ("Intrathecal infusion of drugs", "therapy:idd"),
    ("Peripheral nerve stimulation", "therapy:pns"),
    ("Transcranial magnetic stimulation (TMS)", "therapy:tms"),
    ("Smaller, more discreet devices", "innovation:smaller_devices"),
    ("Stimulation without paresthesia", "innovation:no_tingling"),
    ("Control from mobile or tablet", "innovation:phone_control"),
    ("MRI compatibility", "innovation:mri_compatible"),
    ("Long-life or rechargeable batteries", "innovation:long_life_batteries"),
    ("Pain reduction (50% or more improvement)", "benefit:pain_halved"),
    ("Reduced need for medication", "benefit:fewer_medicines"),
    ("Increased physical activity", "benefit:more_activity"),
    ("Improved sleep and mood", "benefit:sleep_mood"),
    ("Customized and adjustable treatment", "benefit:tailored"),
    ("Infection or hematomas", "risk:scs.infection"),
    ("Migration of the electrode", "risk:scs.lead_migration"),
    ("Pain in the area of the generator", "risk:scs.generator_pain"),
    ("Need for replacement or reprogramming", "risk:scs.revision"),
    ("In rare cases, lack of efficiency", "risk:scs.loss_of_effect"),
)


def _exists(catalog: Catalog, ref: str) -> bool:
    kind, _, ident = ref.partition(":")
    if kind == "risk":
        therapy, _, risk = ident.partition(".")
        return catalog.therapy(therapy).risk(risk) is not None
    collections = {
        "condition": catalog.conditions,
        "therapy": catalog.therapies,
        "innovation": catalog.innovations,
        "benefit": catalog.benefits,
    }
    return any(item.id == ident for item in collections[kind])


def test_the_mapping_covers_every_seed_topic(catalog: Catalog) -> None:
    assert {text for text, _ in MAPPING} == {t.article_text for t in catalog.seed_topics}


@pytest.mark.parametrize(("article_text", "ref"), MAPPING, ids=[text for text, _ in MAPPING])
def test_article_item_is_covered(catalog: Catalog, article_text: str, ref: str) -> None:
    topic = next(t for t in catalog.seed_topics if t.article_text == article_text)
    assert ref in topic.covered_by
    assert _exists(catalog, ref)


def test_article_risks_are_marked_in_the_catalog(catalog: Catalog) -> None:
    flagged = {r.id for t in catalog.therapies for r in t.risks if r.article_risk}
    assert {
        "infection",
        "lead_migration",
        "generator_pain",
        "revision",
        "loss_of_effect",
    } <= flagged
