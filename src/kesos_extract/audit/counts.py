"""Stated counts against each other: "didukung oleh 30 kegiatan" and, for the same program,
"di dukung oleh 29 (dua puluh sembilan) kegiatan"."""

from __future__ import annotations

from ..document import Document
from ..models import Check, Program
from ..programs import COUNT_STATED
from .verdict import SEVERITY


def check_counts(doc: Document, programs: list[Program]) -> list[Check]:
    """One check per program whose text states its number of activities more than once."""
    out: list[Check] = []
    for p in programs:
        stated = [(int(m.group("n")), m) for m in COUNT_STATED.finditer(doc.text, p.start, p.end)]
        if len(stated) < 2:
            continue
        (first, m1), later = stated[0], stated[1:]
        for n, m in later:
            verdict = "consistent" if n == first else "mismatch"
            start, end = m.start(), m.end()
            page = doc.page_at(m1.start())
            earlier = f"{m1.group(0)!r}" + (f" (p. {page})" if page else f" (chars {m1.start()}-{m1.end()})")
            message = (f"{p.name!r} is said to have {n} activities here but {first} earlier: {earlier}"
                       if verdict == "mismatch" else f"{p.name!r}: {n} activities, as stated earlier: {earlier}")
            out.append(Check(check="count_agreement", verdict=verdict, severity=SEVERITY[verdict],  # type: ignore[arg-type]
                             stated=float(n), expected=float(first),
                             operands={"first_statement": float(first), "later_statement": float(n)},
                             quote=doc.text[start:end], start=start, end=end, page=doc.page_at(start),
                             message=f"{verdict}: {message}"))
    return out
