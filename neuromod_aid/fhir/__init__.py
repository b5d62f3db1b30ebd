"""The hospital record: a consultation as a FHIR R4 document Bundle, and a patient read
from a FHIR Patient (``docs/fhir.md``). Qt-free; ``fhir.resources`` (its R4B models)
is imported only when a bundle is built or a patient read.

``bundle``: the Bundle and :func:`~neuromod_aid.fhir.bundle.export_bundle`, the one call
the window's Summary step needs; ``patient``: the Patient both ways; ``questionnaire``:
the SURE answers and the values as a QuestionnaireResponse to the shipped
Questionnaire; ``plan``: next steps, the planned procedure, the consent discussion;
``codes``: every code system and code used, named once.
"""
