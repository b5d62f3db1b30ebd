"""Who wrote the content and who checked it clinically, as a document says it (IPDAS).

Who wrote it is the manifest's ``made_by``. Who checked it is the clinic's sign-off
(:class:`~neuromod_aid.catalog.clinic.SignOff`): the clinician's name, role and day
when it covers the content the document is made from; when the content has changed
since, whom it was by and that nobody has checked this content yet; with none, the
manifest's ``reviewed_by`` ("No doctor at this clinic has checked this content yet").
Said the same in the summary's About and the sheets' About this sheet.
"""

from __future__ import annotations

from neuromod_aid.present.wording import Wording


def checked_by(words: Wording) -> str:
    """Who checked the content clinically, in one or a few sentences."""
    catalog = words.catalog
    signed = catalog.sign_off
    if signed is None:
        return catalog.manifest.reviewed_by(words.lang)
    said = [
        words(
            "signed_off" if catalog.signed_off else "signed_off_earlier",
            who=signed.by,
            role=words(f"sign_off_role_{signed.role}"),
            on=words.date(signed.on),
            version=signed.content_version,
        )
    ]
    if signed.revisions:
        changes = ", ".join(f"#{revision}" for revision in signed.revisions)
        said.append(words("signed_off_changes", revisions=changes))
    if not catalog.signed_off:
        said.append(words("sign_off_lapsed"))
    return " ".join(said)
