"""``neuromod-aid patient export | erase``: a patient's rights over their record
(``docs/patients-rights.md``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import EXIT_OK, UserError, tell_user

IN_LOG = (
    "another program has the database open: what was erased stays in the database's "
    "files until every program using the database has closed it"
)

if TYPE_CHECKING:
    from neuromod_aid.app.patient_rights import PatientRights


def register(commands: Any, languages: tuple[str, ...]) -> None:
    group = commands.add_parser("patient", help="a patient's rights: export, erase")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="write everything stored about one patient into a new folder"
    )
    export.add_argument("record_number", metavar="RECORD_NUMBER")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    export.set_defaults(handler=_export)
    erase = actions.add_parser(
        "erase", help="remove one patient and everything linked, from the database file itself"
    )
    erase.add_argument("record_number", metavar="RECORD_NUMBER")
    erase.add_argument(
        "--confirm", required=True, metavar="RECORD_NUMBER", help="the record number again"
    )
    erase.set_defaults(handler=_erase)


def _rights(context: AppContext) -> PatientRights:
    from neuromod_aid.app.patient_rights import PatientRights

    records = context.records()
    return PatientRights(
        records.consultations, records.content, records.catalog, context.location.recovery_dir
    )


def _export(context: AppContext, args: argparse.Namespace) -> int:
    exported = _rights(context).export(args.record_number, args.output)
    missing = exported.not_rebuilt
    print(
        f"wrote {exported.folder}: {exported.files} files, "
        f"{exported.documents} documents made again"
        + (f", {missing} could not be (see index.json)" if missing else "")
    )
    return EXIT_OK


def _erase(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.textfold import record_key

    if record_key(args.confirm) != record_key(args.record_number):
        raise UserError("--confirm is not the same record number: nothing was erased")
    erased = _rights(context).erase(args.record_number)
    print(
        f"erased 1 patient, {erased.consultations} consultations, {erased.versions} kept "
        f"versions, {erased.documents} document records, {erased.amendments} amendments, "
        f"{erased.changes} saves recorded"
    )
    if erased.in_log:
        tell_user(IN_LOG)
    return EXIT_OK
