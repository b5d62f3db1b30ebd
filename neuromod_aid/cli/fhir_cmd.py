"""``neuromod-aid fhir export | import-patient``: the hospital record (``docs/fhir.md``).

``export`` writes one consultation as a FHIR R4 document Bundle (JSON), written
atomically; ``import-patient`` creates or corrects a patient, matched by record number,
from a FHIR Patient (alone or in a Bundle), so nobody retypes the hospital's details.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from neuromod_aid import identifier_system as system
from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import EXIT_OK, UserError
from neuromod_aid.cli.common import add_consultation_source, write_output


def register(commands: Any, languages: tuple[str, ...]) -> None:
    group = commands.add_parser("fhir", help="the hospital record (FHIR R4)")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="write a consultation as a FHIR R4 document Bundle (JSON)",
        description="Write a consultation as a FHIR R4 document Bundle (JSON), with the "
        "summary PDF inside it.",
    )
    add_consultation_source(export, languages)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="BUNDLE.json")
    _identifier_system(export)
    export.set_defaults(handler=_export)
    bring_in = actions.add_parser(
        "import-patient",
        help="create or update a patient from a FHIR Patient (or a Bundle holding one)",
        description="Create or update the patient with the same record number from a FHIR "
        "Patient resource, or a Bundle holding exactly one.",
    )
    bring_in.add_argument("file", type=Path, metavar="FILE.json")
    _identifier_system(bring_in)
    bring_in.set_defaults(handler=_import_patient)


def _identifier_system(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--identifier-system",
        type=_uri,
        metavar="URI",
        help="the system URI of the clinic's record numbers, e.g. the hospital's "
        "urn:oid:... (default: the one set in the clinic details, else the placeholder "
        f"{system.PLACEHOLDER})",
    )


def _uri(text: str) -> str:
    why = system.problem(text)
    if why is not None:
        raise argparse.ArgumentTypeError(f"{text!r}: {system.EXPLAINED[why]}")
    return text


def _system(context: AppContext, args: argparse.Namespace) -> str:
    """The option's URI; else the clinic details'; else the placeholder. For the demo
    or a file, which need no database, a database that cannot be opened gives the
    placeholder, said on stderr."""
    if args.identifier_system is not None:
        return str(args.identifier_system)
    from neuromod_aid.errors import DatabaseUnavailable

    try:
        return context.records().clinic.system_in_use()
    except (UserError, DatabaseUnavailable) as error:
        if not (getattr(args, "demo", False) or getattr(args, "from_json", None)):
            raise
        print(
            f"note: the clinic details could not be read ({error}); the record numbers' "
            f"system is the placeholder {system.PLACEHOLDER}",
            file=sys.stderr,
        )
        return system.PLACEHOLDER


def _export(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.cli.inputs import chosen_consultation
    from neuromod_aid.fhir.bundle import bundle_json

    output = Path(args.output)
    if output.suffix.lower() != ".json":
        raise UserError(f"{output}: the output file name must end in .json")
    record, catalog, stored = chosen_consultation(context, args)
    final = stored is not None and stored.status == "complete"
    text = bundle_json(record, catalog, identifier_system=_system(context, args), final=final)
    write_output(output, text.encode("utf-8"))
    print(f"wrote {output}")
    return EXIT_OK


def _import_patient(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.app.patients import Patients
    from neuromod_aid.cli.inputs import read_text_file
    from neuromod_aid.fhir.patient import MAX_FILE_BYTES, NotAPatient, patient_from_json

    text = read_text_file(args.file, MAX_FILE_BYTES, "a FHIR resource")
    try:
        details = patient_from_json(text, _system(context, args))
    except NotAPatient as error:
        raise UserError(f"{args.file}: {error}") from None
    patient_id, created = Patients(context.database()).bring_in(details)
    done = "created" if created else "updated"
    print(f"{done} patient {patient_id} (record number {details.record_number!r})")
    return EXIT_OK
