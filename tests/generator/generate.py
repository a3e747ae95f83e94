#!/usr/bin/env python3
"""Renders public truth documents into other families, regions, years and producers.

    generate.py PLAN.json OUT_DIR        every document of the plan
    generate.py --one TRUTH.json OUT_DIR NAME SEED PRODUCER VARIATION...

Each document is HTML printed to PDF by Chromium or LibreOffice, and written with its truth
(budgetharvest/1): the source file, sha256 and page count of the PDF, table and section pages as
printed, grids exactly as printed, rows unchanged unless a variation rescales them.
Standard library only (plus the producers, pdftotext).
"""
import json
import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from model import Disclosure  # noqa: E402
from producers import page_texts, print_pdf, sha256  # noqa: E402
from render import disclosure_html  # noqa: E402
from variations import BY_NAME, ORDER, radical_printer  # noqa: E402


def compact(text):
    return re.sub(r"\s+", "", text or "")


def variation(spec):
    """A variation from its spec: 'numbering:beijing' → Numbering('beijing')."""
    name, _, arg = spec.partition(":")
    cls = BY_NAME[name]
    return cls(arg) if arg else cls()


def locate_pages(truth, pages):
    """Pages of sections and tables as printed: a section from its heading's page, a table from
    its title's page to the page before the next table's."""
    toc_end = 2  # cover, then the 目录 (which repeats the headings and titles)
    start = toc_end
    for section in truth.get("sections") or []:
        head = compact(section["heading"])
        first = next((i for i in range(start, len(pages)) if head in pages[i]), start)
        tail = compact((section.get("text") or "")[-12:])
        last = next((i for i in range(first, len(pages)) if tail and tail in pages[i]), first)
        section["pages"] = list(range(first + 1, last + 2))
        start = first
    firsts = []
    for table in truth["tables"]:
        title = compact(table["title"])
        first = next((i for i in range(max(start, toc_end), len(pages)) if title in pages[i]), None)
        if first is None:
            raise RuntimeError(f"title not printed: {table['title']}")
        firsts.append(first)
        start = first
    for k, table in enumerate(truth["tables"]):
        end = firsts[k + 1] if k + 1 < len(firsts) else len(pages)
        table["pages"] = list(range(firsts[k] + 1, end + 1))


def generate(truth_path, out_dir, name, seed, producer, specs):
    rng = random.Random(seed)
    doc = Disclosure.of(json.loads(Path(truth_path).read_text(encoding="utf-8")))
    doc.producer = producer
    chosen = sorted((variation(s) for s in specs), key=lambda v: ORDER.index(type(v)))
    for v in chosen:
        if v.producers and producer not in v.producers:
            raise ValueError(f"{v.name} cannot be printed by {producer}")
        v.apply(doc, rng)
        doc.applied.append(v.name)
    html = disclosure_html(doc, radical_printer() if doc.radicals else (lambda t: t))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pdf = out / f"{name}.pdf"
    with tempfile.TemporaryDirectory() as work:
        html_path = Path(work) / f"{name}.html"
        html_path.write_text(html, encoding="utf-8")
        print_pdf(producer, html_path, pdf)
    truth = doc.truth
    pages = page_texts(pdf)
    locate_pages(truth, pages)
    truth["source"] = {"file": pdf.name, "sha256": sha256(pdf), "pages": len(pages)}
    truth["issues"] = [i for i in truth.get("issues") or [] if i.get("severity") == "error"]
    truth["generated"] = {"from": Path(truth_path).name, "seed": seed, "producer": producer,
                          "variations": doc.applied}
    (out / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: {producer} {' '.join(doc.applied)} ({len(pages)} pages)")


def main(argv):
    if argv[:1] == ["--one"]:
        truth, out, name, seed, producer, *specs = argv[1:]
        generate(truth, out, name, int(seed), producer, specs)
        return 0
    if len(argv) != 2:
        print(__doc__)
        return 2
    plan = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    base = Path(argv[0]).parent
    for item in plan["documents"]:
        generate(base / item["from"], argv[1], item["name"], item["seed"], item["producer"], item["variations"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
