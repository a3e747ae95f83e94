"""HTML of a disclosure: cover, 目录, narrative sections, then one table per page (header repeated
on every page a table runs onto). The producer prints this HTML to PDF."""
import html

from model import header_rows, is_number

KIND_WORDS = {"unit_budget": "单位预算", "department_budget": "部门预算"}

RULINGS = {
    # filled rects in Chromium, stroked lines in LibreOffice
    "full": "td,th{border:0.6pt solid #000}",
    "horizontal": "td,th{border-top:0.6pt solid #000;border-bottom:0.6pt solid #000}",
    "three-line": "table{border-top:1.4pt solid #000;border-bottom:1.4pt solid #000}"
                  "thead tr:last-child th{border-bottom:0.8pt solid #000}",
    "none": "",
}

#: The same rulings as HTML table attributes: LibreOffice's HTML import ignores CSS cell borders.
RULING_ATTRIBUTES = {
    "full": ' border="1" cellspacing="0" cellpadding="3"',
    "horizontal": ' border="1" frame="hsides" rules="rows" cellspacing="0" cellpadding="3"',
    "three-line": ' border="1" frame="hsides" rules="groups" cellspacing="0" cellpadding="3"',
    "none": ' border="0" cellspacing="0" cellpadding="3"',
}

STYLE = """
@page { size: A4 landscape; margin: 14mm 12mm; }
body { font-family: "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif; font-size: 9pt; }
p { margin: 0 0 4pt 0; line-height: 1.5; }
.cover { text-align: center; font-size: 22pt; margin-top: 60mm; }
.sec { font-weight: bold; margin-top: 6pt; }
.label { font-size: 10pt; }
.title { text-align: center; font-size: 14pt; font-weight: bold; margin: 4pt 0; }
.unit { font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
td, th { padding: 2pt 3pt; font-weight: normal; vertical-align: middle; }
th { text-align: center; }
td.n { text-align: right; white-space: nowrap; }
tr.tall td { padding: 9pt 3pt; }
.fb { position: relative; }
.fb .dup { position: absolute; left: 0.45pt; top: 0; width: 100%; }
"""


def esc(text):
    return html.escape(text or "")


def header_cells(grid, height):
    """(row, col, rowspan, colspan, text) of every printed header cell: a heading spans the empty
    cells right of it that have sub-headings under them, and the empty cells below it otherwise."""
    width = max(len(r) for r in grid[:height])
    rows = [r + [""] * (width - len(r)) for r in grid[:height]]
    covered, cells = set(), []
    for r in range(height):
        for c in range(width):
            if (r, c) in covered:
                continue
            colspan = rowspan = 1
            if rows[r][c]:
                while (c + colspan < width and not rows[r][c + colspan] and (r, c + colspan) not in covered
                       and any(rows[k][c + colspan] for k in range(r + 1, height))):
                    colspan += 1
                if colspan == 1:
                    while r + rowspan < height and not rows[r + rowspan][c]:
                        rowspan += 1
            for dr in range(rowspan):
                for dc in range(colspan):
                    covered.add((r + dr, c + dc))
            cells.append((r, c, rowspan, colspan, rows[r][c]))
    return cells


def header_text(text, style, printed):
    shown = esc(printed(text))
    if style.fake_bold_header and text:
        return f'<div class="fb"><span>{shown}</span><span class="dup">{shown}</span></div>'
    return shown


def table_html(table, style, printed, attributes=""):
    grid = table["grid"] or [[""]]
    height = header_rows(table)
    width = max(len(r) for r in grid)
    # the page break on the first line, not a div: LibreOffice honours it on paragraphs only
    out = ['<div class="tbl">']
    if style.label:
        out.append(f'<p class="label" style="page-break-before:always">{esc(style.label)}</p>')
    brk = "" if style.label else ' style="page-break-before:always"'
    out.append(f'<p class="title"{brk}>{esc(style.heading or table["title"])}</p>')
    out.append(f'<p class="unit">单位：{esc(table.get("measure") or "万元")}</p>')
    layout = ' style="table-layout:fixed"' if style.narrow_label_column >= 0 else ""
    out.append(f'<table id="t{table["number"]}"{layout}{attributes}>')
    if style.narrow_label_column >= 0:
        out.append("<colgroup>" + "".join(
            '<col style="width:24mm">' if j == style.narrow_label_column else "<col>" for j in range(width))
                   + "</colgroup>")
    if height:
        out.append("<thead>")
        cells = header_cells(grid, height)
        for r in range(height):
            out.append("<tr>" + "".join(
                f'<th rowspan="{rs}" colspan="{cs}">{header_text(t, style, printed)}</th>'
                for (row, _, rs, cs, t) in cells if row == r) + "</tr>")
        out.append("</thead>")
    out.append("<tbody>")
    tall = ' class="tall"' if style.tall_rows else ""
    for row in grid[height:]:
        row = row + [""] * (width - len(row))
        out.append(f"<tr{tall}>" + "".join(
            f'<td class="n">{esc(c)}</td>' if is_number(c) else f"<td>{esc(c)}</td>" for c in row) + "</tr>")
    out.append("</tbody></table></div>")
    return "\n".join(out)


def disclosure_html(doc, printed=lambda text: text):
    """The whole disclosure; printed maps header text to the glyphs printed (radical forms)."""
    truth = doc.truth
    meta = truth["document"]
    kind = KIND_WORDS.get(meta.get("kind"), "部门预算")
    rulings = RULINGS[doc.rulings]
    out = [f'<html><head><meta charset="utf-8"><style>{STYLE}{rulings}</style></head><body>',
           f'<p class="cover">{esc(meta["unit_name"])}</p>',
           f'<p class="cover" style="margin-top:8mm">{meta["year"]}年{kind}公开</p>',
           '<div class="toc"><p class="title" style="page-break-before:always">目录</p>']
    # the narrative and the tables under part banners, as publishers print them
    out.append("<p>第一部分 概况</p>")
    out += [f"<p>{esc(s['heading'])}</p>" for s in truth.get("sections") or []]
    out.append(f"<p>第二部分 {kind}公开表</p>")
    out += [f"<p>{esc(e)}</p>" for e in doc.toc_entries]
    out.append("</div><div class=\"part\">")
    for k, section in enumerate(truth.get("sections") or []):
        brk = ' style="page-break-before:always"' if k == 0 else ""
        out.append(f'<p class="sec"{brk}>{esc(section["heading"])}</p>')
        out += [f"<p>{esc(line)}</p>" for line in (section.get("text") or "").split("\n") if line.strip()]
    out.append("</div>")
    for table, style in zip(truth["tables"], doc.styles):
        attributes = RULING_ATTRIBUTES[doc.rulings] if doc.producer == "soffice" else ""
        out.append(table_html(table, style, printed, attributes))
    out.append("</body></html>")
    return "\n".join(out)
