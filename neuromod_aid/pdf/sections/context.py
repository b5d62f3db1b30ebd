"""What every section of the summary reads, and what each one hands back."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from neuromod_aid.catalog.model import Catalog, GlossaryTerm
from neuromod_aid.catalog.text import Lang
from neuromod_aid.catalog.therapy import Therapy
from neuromod_aid.consultation import Consultation
from neuromod_aid.pdf.blocks import para
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.present.wording import Wording


@dataclass(frozen=True)
class SectionContext:
    """One summary's record, catalog, wording, stylesheet and print size."""

    record: Consultation
    catalog: Catalog
    labels: Wording
    sheet: StyleSheet1
    large: bool
    # the catalog texts the core printed: the detail pages point back to them rather
    # than print them again
    core: frozenset[str] = frozenset()
    alone: bool = False  # the core printed alone, without the detail pages

    @property
    def lang(self) -> Lang:
        return self.record.language

    @cached_property
    def therapies(self) -> tuple[Therapy, ...]:
        """The therapies discussed, in the order the record lists them."""
        return tuple(self.catalog.therapy(t) for t in self.record.therapies_discussed)

    def opens_detail(self, therapy: Therapy) -> bool:
        """Whether ``therapy`` is the first discussed: the one whose detail pages say once
        how to read the outcome and risk lists that every therapy has."""
        return bool(self.therapies) and self.therapies[0].id == therapy.id

    def said_for(self, therapy: Therapy, text: Callable[[Therapy], str]) -> Therapy | None:
        """The first therapy discussed before ``therapy`` whose ``text`` is the same as
        its own: what the detail pages then say once ("as for SCS")."""
        own = text(therapy)
        for earlier in self.therapies:
            if earlier.id == therapy.id:
                return None
            if text(earlier) == own:
                return earlier
        return None

    def in_core(self, text: str) -> bool:
        """Whether the core printed ``text`` (alone, or with its sources after it)."""
        return bool(text) and any(text in said for said in self.core)

    def t(self, key: str, **values: object) -> str:
        return self.labels(key, **values)

    def p(self, text: str, style: str = "Body") -> Paragraph:
        return para(text, style, self.sheet)

    def list_heading(self, text: str, style: str = "H2", first: float = 0.0) -> list[Flowable]:
        """A heading over a long list or table: kept off a page's foot by a conditional
        page break before it, not by keeping it with the whole list (which would move
        the list to the next page whenever it fits there, leaving this page's rest empty);
        ``first``, the room the list needs below it to start on this page, where more
        than a first row or lines."""
        heading = self.p(text, style)
        heading.keepWithNext = False
        room = self.heading_room
        return [CondPageBreak(max(room, heading.wrap(FRAME_WIDTH, room)[1] + first)), heading]

    @property
    def heading_room(self) -> float:
        """The room a heading needs below it to start a page's last part: for itself and
        its first lines (large print: at 16 pt); a list whose first row is taller and never
        split says so with ``first``."""
        return (30 if self.large else 22) * mm

    def terms_in(self, texts: Sequence[str]) -> tuple[str, ...]:
        """The glossary terms (ids) that ``texts`` mention, each as a whole word."""
        shown = "\n".join(texts).casefold()  # a phrase never runs from one text into the next
        return tuple(
            term.id for term in self.catalog.glossary if _mentions(shown, self._core(term))
        )

    def _core(self, term: GlossaryTerm) -> str:
        """The words to look for: "Lead (electrode)" -> "lead"."""
        return re.sub(r"\s*\(.*?\)\s*", " ", term.term(self.lang).casefold()).strip()


def _mentions(text: str, core: str) -> bool:
    """Whether ``core`` occurs in ``text`` as a whole word or phrase: a word character
    on neither side. No pattern is compiled per term (that cost more than the rest of
    the glossary)."""
    start = text.find(core) if core else -1
    while start != -1:
        if not _word_character(text, start - 1) and not _word_character(text, start + len(core)):
            return True
        start = text.find(core, start + 1)
    return False


def _word_character(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


@dataclass(frozen=True)
class SectionResult:
    """A section's flowables, the source ids it cited and the glossary terms it showed;
    ``defined``, the terms it explains in a paragraph of its own (a condition in "Your
    pain", what neuromodulation is), which the glossary does not explain again;
    ``texts``, the catalog texts it printed."""

    flowables: tuple[Flowable, ...]
    sources: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    defined: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()

    @staticmethod
    def combine(results: Iterable[SectionResult]) -> SectionResult:
        """One after the other; sources and terms once each, in the order first met."""
        parts = list(results)
        return SectionResult(
            tuple(f for part in parts for f in part.flowables),
            tuple(dict.fromkeys(s for part in parts for s in part.sources)),
            tuple(dict.fromkeys(t for part in parts for t in part.terms)),
            tuple(dict.fromkeys(t for part in parts for t in part.defined)),
            tuple(dict.fromkeys(t for part in parts for t in part.texts)),
        )

    def glossary_terms(self) -> tuple[str, ...]:
        """The terms shown that no section explains on its own."""
        return tuple(term for term in self.terms if term not in self.defined)


@dataclass
class Shown:
    """What one section is showing as it is written: catalog text and citations."""

    context: SectionContext
    texts: list[str] = field(default_factory=list)
    cited: dict[str, None] = field(default_factory=dict)

    def text(self, text: str, style: str = "Body") -> Paragraph:
        """A paragraph of catalog text, looked at for glossary terms."""
        self.texts.append(text)
        return self.context.p(text, style)

    def add(self, text: str) -> str:
        """``text``, noted as shown (looked at for glossary terms), for a paragraph that
        puts several texts together."""
        self.texts.append(text)
        return text

    def cite(self, source_ids: Iterable[str]) -> str:
        """Record the sources as cited; their short names for the text: "Kumar, 2007; NICE,
        2008"."""
        shorts = []
        for source_id in source_ids:
            self.cited.setdefault(source_id)
            shorts.append(self.context.catalog.source(source_id).short)
        return "; ".join(shorts)

    def result(self, flowables: Iterable[Flowable]) -> SectionResult:
        return SectionResult(
            tuple(flowables),
            tuple(self.cited),
            self.context.terms_in(self.texts),
            texts=tuple(self.texts),
        )
