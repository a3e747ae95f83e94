"""A disclosure as the generator renders it: the truth document plus how each table is printed.

The truth JSON (budgetharvest/1) stays the single source: every variation edits the truth and the
print styles together, so the truth written next to the PDF is exactly what was printed.
"""
import copy
import re
from dataclasses import dataclass, field

NUMBER = re.compile(r"^-?[\d,]+(?:\.\d+)?$")
CODE_HEADINGS = ("序号", "类", "款", "项")
CODE_WORDS = ("编码", "代码", "数量")
#: Row fields that hold a figure but are no amount (not rescaled when amounts are printed in 元).
NOT_AMOUNTS = {"quantity"}


def is_number(cell):
    return bool(NUMBER.match((cell or "").strip()))


@dataclass
class TableStyle:
    """How one table is printed; the variations set these."""
    label: str = ""               # the number label line above the title ("表1"), or ""
    heading: str = ""             # the title line as printed ("" = the truth title)
    fake_bold_header: bool = False
    narrow_label_column: int = -1  # index of a label column printed narrow, or -1
    tall_rows: bool = False       # rows padded so a long table runs onto another page


@dataclass
class Disclosure:
    """The truth document being rendered and the print styles of its tables."""
    truth: dict
    styles: list = field(default_factory=list)
    toc_entries: list = field(default_factory=list)  # 目录 lines naming the tables
    producer: str = "chromium"
    rulings: str = "full"                            # full | horizontal | three-line | none
    radicals: bool = False                           # header glyphs printed in Kangxi radical / full-width forms
    applied: list = field(default_factory=list)      # names of the variations applied, for the README/report

    @staticmethod
    def of(truth):
        doc = Disclosure(copy.deepcopy(truth))
        doc.styles = [TableStyle(label=f"表{t['number']}") for t in doc.tables]
        doc.toc_entries = [f"表{t['number']} {t['title']}" for t in doc.tables]
        return doc

    @property
    def tables(self):
        return self.truth["tables"]


def header_rows(table):
    """How many leading grid lines are the header: up to the first line with a figure; for a grid
    with no figure at all, the lines above the first one with no gap under a heading."""
    grid = table.get("grid") or []
    if table.get("kind") == "performance":
        return 0
    for i, row in enumerate(grid):
        if any(is_number(c) for c in row):
            return i
    rows = 1
    while rows < min(3, len(grid)) and any(
            not grid[rows - 1][j] and grid[rows][j] for j in range(1, len(grid[rows]))):
        rows += 1
    return rows


def column_headings(table, column):
    """The header cells over one column, top to bottom."""
    grid = table["grid"]
    return [grid[r][column].replace(" ", "") for r in range(header_rows(table)) if column < len(grid[r])]


def is_code_column(table, column):
    """A column of codes or serial numbers, not amounts (编码, 序号, 类 | 款 | 项, 数量)."""
    return any(h in CODE_HEADINGS or any(w in h for w in CODE_WORDS) for h in column_headings(table, column))


def amount_columns(table):
    """Columns whose figures are the truth rows' amounts (codes and serial numbers are not)."""
    values = set()
    for row in table.get("rows") or []:
        for key, value in row.items():
            if isinstance(value, (int, float)) and not isinstance(value, bool) and key not in NOT_AMOUNTS:
                values.add(round(float(value), 2))
    grid, top = table["grid"], header_rows(table)
    width = max((len(r) for r in grid), default=0)
    found = []
    for j in range(width):
        if is_code_column(table, j):
            continue
        cells = [r[j] for r in grid[top:] if j < len(r) and is_number(r[j])]
        if cells and sum(round(float(c.replace(",", "")), 2) in values for c in cells) >= 0.8 * len(cells):
            found.append(j)
    return found
