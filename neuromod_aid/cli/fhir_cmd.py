"""``neuromod-aid fhir export | import-patient``: the hospital record (``docs/fhir.md``).

``export`` writes one consultation as a FHIR R4 document Bundle (JSON), written
atomically; ``import-patient`` creates or corrects a patient, matched by record number,
from a FHIR Patient (alone or in a Bundle), so nobody retypes the hospital's details.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import EXIT_OK, UserError
from neuromod_aid.cli.common import add_consultation_source, write_output

# kept in step with neuromod_aid.fhir.codes.DEFAULT_IDENTIFIER_SYSTEM (tests/test_fhir.py),
# named here so that parsing the command line imports nothing of the FHIR layer
DEFAULT_IDENTIFIER_SYSTEM = "https://neuromod-aid.invalid/fhir/record-number"


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
        default=DEFAULT_IDENTIFIER_SYSTEM,
        type=_uri,
        metavar="URI",
        help="the system URI of the clinic's record numbers, e.g. the hospital's "
        f"urn:oid:... (default: the placeholder {DEFAULT_IDENTIFIER_SYSTEM})",
    )


def _uri(text: str) -> str:
    scheme, colon, rest = text.partition(":")
    if not (colon and rest and scheme.isascii() and scheme.isalpha()) or any(
        c.isspace() for c in text
    ):
        raise argparse.ArgumentTypeError(f"not a URI: {text!r} (e.g. urn:oid:1.2.3.4)")
    return text


def _export(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.cli.inputs import chosen_consultation
    from neuromod_aid.fhir.bundle import bundle_json

    output = Path(args.output)
    if output.suffix.lower() != ".json":
        raise UserError(f"{output}: the output file name must end in .json")
    record, catalog, stored = chosen_consultation(context, args)
    final = stored is not None and stored.status == "complete"
    text = bundle_json(record, catalog, identifier_system=args.identifier_system, final=final)
    write_output(output, text.encode("utf-8"))
    print(f"wrote {output}")
    return EXIT_OK


def _import_patient(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.app.patients import Patients
    from neuromod_aid.cli.inputs import read_text_file
    from neuromod_aid.fhir.patient import MAX_FILE_BYTES, NotAPatient, patient_from_json

    text = read_text_file(args.file, MAX_FILE_BYTES, "a FHIR resource")
    try:
        details = patient_from_json(text, args.identifier_system)
    except NotAPatient as error:
        raise UserError(f"{args.file}: {error}") from None
    patient_id, created = Patients(context.database()).bring_in(details)
    done = "created" if created else "updated"
    print(f"{done} patient {patient_id} (record number {details.record_number!r})")
    return EXIT_OK
