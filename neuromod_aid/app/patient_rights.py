"""A patient's rights over what is stored about them (GDPR arts. 15 and 17; in Spain
also Ley 41/2002, whose art. 17 keeps clinical records at least five years).

:meth:`PatientRights.export` writes everything stored about one patient into a new
folder: their details, every consultation in the interchange form (the pathway's
checklist, calls, diary, decision and follow-ups are in it), every version kept of
it, every document recorded for them made again as it was made, and the audit log's
lines about them; with an ``index.json`` and a ``README.txt`` in the patient's
language saying what each file is. The folder is made whole beside its place and
renamed there, owner-only. The export is audited.

:meth:`PatientRights.erase` removes the patient and everything linked to them, so
that their name is gone from the database file itself (``docs/patients-rights.md``
says when it leaves the backups). The erasure is audited: the audit log is
append-only, so its lines keep the record number (never a name or a note). Whether
to erase is the clinic's legal decision; the callers ask for the record number typed
again first.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from neuromod_aid import __version__
from neuromod_aid.app.consultations import Consultations
from neuromod_aid.app.content import ClinicContent
from neuromod_aid.app.errors import UserError
from neuromod_aid.app.recovery import RecoveryStore
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation, ConsultationError, to_json
from neuromod_aid.db import audit_repo, rights_repo
from neuromod_aid.db.rights_repo import Erased, StoredPatient
from neuromod_aid.errors import NotFound
from neuromod_aid.files import atomic_write
from neuromod_aid.present.wording import Wording
from neuromod_aid.records import AuditEntry, DocumentEntry

EXPORT_FORMAT = "neuromod-aid/patient-export/1"
INDEX, README, PATIENT = "index.json", "README.txt", "patient.json"

__all__ = ["Erased", "Exported", "PatientRights"]


@dataclass(frozen=True)
class Exported:
    folder: Path
    files: int  # written, the index and README included
    documents: int  # documents made again
    not_rebuilt: int  # documents recorded that could not be made again


@dataclass
class PatientRights:
    consultations: Consultations
    content: ClinicContent  # the catalog each recorded document was made from
    catalog: Catalog  # in use: the README's words
    recovery_dir: Path | None = None  # changes a failed save kept there are erased too

    def find(self, record_number: str) -> StoredPatient:
        """The patient with this record number; a :class:`UserError` when none is."""
        try:
            with self.consultations.database.session(read_only=True) as session:
                return rights_repo.stored_patient(session, record_number)
        except NotFound:
            raise UserError("no patient has that record number") from None

    def export(self, record_number: str, target: Path) -> Exported:
        """Write everything stored about the patient into the new folder ``target`` (an
        existing one is refused unless it is empty)."""
        target = _free_folder(Path(target).expanduser())
        patient = self.find(record_number)
        with self.consultations.database.session(read_only=True) as session:
            ids = rights_repo.consultation_ids(session, patient.id)
            audit = [_audit_line(e) for e in audit_repo.entries(session, record_number)]
        with _building(target) as folder:
            written = _Written(folder)
            written.json(PATIENT, "patient", asdict(patient))
            visits = [self._consultation(written, cid) for cid in ids]
            languages = [r.language for r in written.records]
            lang = languages[-1] if languages else self.catalog.manifest.default_language
            index = {
                "format": EXPORT_FORMAT,
                "program": f"neuromod-aid {__version__}",
                "made_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "language": lang,
                "patient": PATIENT,
                "consultations": visits,
                "audit": audit,
                "files": written.listed,
            }
            written.readme(Wording(self.catalog, lang))
            written.json(INDEX, "index", index)
            with self.consultations.database.session() as session:
                audit_repo.append(
                    session, self._who(), "patient_exported", "patients", patient.id, record_number
                )
        rebuilt = sum(1 for f in written.listed if f["what"] == "document")
        return Exported(target, len(written.listed), rebuilt, written.missing)

    def _consultation(self, written: _Written, consultation_id: int) -> dict[str, Any]:
        """One consultation's files, and what the index says of it."""
        consultations = self.consultations
        try:
            stored = consultations.latest(consultation_id)
        except ConsultationError as error:  # damaged in the file: said, the others go on
            written.unreadable += 1
            return {"id": consultation_id, "unreadable": "; ".join(error.problems)}
        name = f"consultation-{consultation_id}.json"
        written.record(name, "consultation", stored.record, consultation_id)
        with consultations.database.session(read_only=True) as session:
            kept = rights_repo.kept_versions(session, consultation_id)
        versions = []
        for revision, record in kept:
            version = f"consultation-{consultation_id}-revision-{revision}.json"
            written.record(version, "version", record, consultation_id)
            versions.append({"revision": revision, "file": version})
        return {
            "id": consultation_id,
            "file": name,
            "status": stored.status,
            "revision": stored.revision,
            "updated_at": stored.updated_at.isoformat(),
            "finished_at": stored.finished_at.isoformat() if stored.finished_at else None,
            "versions": versions,
            "amendments": [
                {**asdict(a), "created_at": a.created_at.isoformat()}
                for a in consultations.amendments(consultation_id)
            ],
            "saved_by": [
                {**asdict(c), "changed_at": c.changed_at.isoformat()}
                for c in consultations.changes(consultation_id)
            ],
            "documents": [
                self._document(written, document)
                for document in consultations.documents(consultation_id)
            ],
        }

    def _document(self, written: _Written, document: DocumentEntry) -> dict[str, Any]:
        """A recorded document made again, as it was made; why not, when it cannot be."""
        from neuromod_aid.pdf import build_document

        entry = {
            **asdict(document),
            "created_at": document.created_at.isoformat(),
            "file": None,
            "not_rebuilt": None,
        }
        try:
            record = self.consultations.printed_record(document)
            if document.kind == "consultation_json":
                data = to_json(record).encode("utf-8")
                name = f"document-{document.id}-consultation.json"
            else:
                catalog = self.content.catalog_for(document)
                data = build_document(
                    document.kind, record, catalog, large_print=document.large_print
                )
                name = f"document-{document.id}-{document.kind}.pdf"
        except (UserError, NotFound, ConsultationError) as error:
            written.missing_documents.append(document)
            return {**entry, "not_rebuilt": str(error)}
        written.file(name, "document", data, document.consultation_id, document)
        return {**entry, "file": name}

    def _who(self) -> str:
        return self.consultations.working.name

    def erase(self, record_number: str) -> Erased:
        """Remove the patient and everything linked to them; the database file is then
        rebuilt so that nothing of them stays in it (SQLite; ``in_log`` when another
        program's open read keeps them in its files until it closes)."""
        patient = self.find(record_number)
        database = self.consultations.database
        with database.session() as session:
            ids = rights_repo.consultation_ids(session, patient.id)
            erased = rights_repo.erase_patient(session, patient.id)
            audit_repo.append(
                session, self._who(), "patient_erased", "patients", patient.id, record_number
            )
        if self.recovery_dir is not None:
            recovery = RecoveryStore(self.recovery_dir)
            for consultation_id in ids:
                recovery.forget(consultation_id)
        return replace(erased, in_log=not rights_repo.scrub_sqlite(database.engine))


@dataclass
class _Written:
    """The files written so far into the export's folder, as the index lists them."""

    folder: Path
    listed: list[dict[str, Any]] = field(default_factory=list)
    records: list[Consultation] = field(default_factory=list)  # the consultations, in order
    dates: dict[str, dt.date] = field(default_factory=dict)  # file -> the date it is of
    kinds: dict[str, str] = field(default_factory=dict)  # a document's file -> its kind
    missing_documents: list[DocumentEntry] = field(default_factory=list)
    unreadable: int = 0

    @property
    def missing(self) -> int:
        return len(self.missing_documents)

    def file(
        self,
        name: str,
        what: str,
        data: bytes,
        consultation_id: int | None = None,
        document: DocumentEntry | None = None,
    ) -> None:
        atomic_write(self.folder / name, data)
        self.listed.append({"file": name, "what": what, "consultation_id": consultation_id})
        if document is not None:
            self.dates[name] = document.created_at.date()
            self.kinds[name] = document.kind

    def json(self, name: str, what: str, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)
        self.file(name, what, (text + "\n").encode("utf-8"))

    def record(self, name: str, what: str, record: Consultation, consultation_id: int) -> None:
        self.file(name, what, to_json(record).encode("utf-8"), consultation_id)
        self.dates[name] = record.date
        if what == "consultation":
            self.records.append(record)

    def readme(self, words: Wording) -> None:
        """What each file is, in the patient's language (the index is listed last)."""
        lines = [words("export_readme_title"), ""]
        # the day on the clinic's calendar, as every date a patient reads
        lines.append(words("export_readme_intro", date=words.date(dt.date.today())))
        lines += ["", words("export_readme_files"), ""]
        for listed in self.listed:
            name = listed["file"]
            if listed["what"] == "patient":
                lines.append(words("export_readme_patient", file=name))
            elif listed["what"] == "consultation":
                day = words.date(self.dates[name])
                lines.append(words("export_readme_visit", file=name, date=day))
            elif listed["what"] == "version":
                lines.append(words("export_readme_version", file=name))
            else:
                what = words(f"export_kind_{self.kinds[name]}")
                day = words.date(self.dates[name])
                lines.append(words("export_readme_document", file=name, what=what, date=day))
        lines.append(words("export_readme_index", file=INDEX))
        for document in self.missing_documents:
            what = words(f"export_kind_{document.kind}")
            day = words.date(document.created_at.date())
            lines += ["", words("export_readme_missing", date=day, what=what)]
        if self.unreadable:
            lines += ["", words("export_readme_unreadable")]
        lines += ["", words("export_readme_ask"), ""]
        self.file(README, "readme", "\n".join(lines).encode("utf-8"))


def _free_folder(target: Path) -> Path:
    """``target`` if a new folder can be made there: refused (:class:`UserError`) when
    it is a file, a folder with something in it, or its parent is missing."""
    if target.exists() and not target.is_dir():
        raise UserError(f"{target} is a file; give a new or empty folder")
    if target.is_dir() and any(target.iterdir()):
        raise UserError(f"the folder {target} is not empty; give a new or empty folder")
    if not target.parent.is_dir():
        raise UserError(f"the folder {target.parent} does not exist")
    return target


@contextmanager
def _building(target: Path) -> Iterator[Path]:
    """A private (owner-only) folder beside ``target``, renamed to it once filled; removed, with
    whatever was in it, when filling it fails, so ``target`` is whole or untouched."""
    try:
        building = Path(tempfile.mkdtemp(prefix=f".{target.name}.partial-", dir=target.parent))
    except OSError as error:
        raise UserError(f"cannot write {target}: {error.strerror or error}") from None
    try:
        yield building
        if target.is_dir():  # empty (checked first): rename takes its place
            target.rmdir()
        building.rename(target)
    except OSError as error:
        raise UserError(f"cannot write {target}: {error.strerror or error}") from None
    finally:
        if building.exists():
            shutil.rmtree(building, ignore_errors=True)


def _audit_line(entry: AuditEntry) -> dict[str, Any]:
    return {**asdict(entry), "at": entry.at.isoformat()}
