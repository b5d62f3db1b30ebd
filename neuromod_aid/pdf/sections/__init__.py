"""The take-home summary's sections, one module each.

Each section is a function of a :class:`~neuromod_aid.pdf.sections.context.SectionContext`
that returns a :class:`~neuromod_aid.pdf.sections.context.SectionResult`: its flowables,
the sources it cited and the glossary terms its catalog text mentions. The glossary and
the sources sections are built from the results of the others
(:mod:`neuromod_aid.pdf.summary` puts them together).
"""
