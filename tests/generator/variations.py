"""Variations: each a small class that edits the truth and the print styles together.

Every class has `name`, `producers` (the producers that can print it; None = any) and
`apply(doc, rng)`. They are seeded through rng and combinable; `ORDER` is the order they apply in
(the text of the document first, then the grid's shape, then how it is printed).
"""
import json
import unicodedata

from model import amount_columns, header_rows, is_number

REGIONS = ["深圳市", "杭州市", "长沙市", "烟台市", "重庆市", "福州市", "无锡市", "广州市"]
ENUMERATORS = "一二三四五六七八九十"


def chinese_ordinal(n):
    if n <= 10:
        return ENUMERATORS[n - 1]
    return ("十" if n < 20 else ENUMERATORS[n // 10 - 1] + "十") + (ENUMERATORS[n % 10 - 1] if n % 10 else "")


def replace_everywhere(doc, old, new):
    """Replaces a text everywhere in the truth (titles, grids, rows, sections, unit names)."""
    doc.truth = json.loads(json.dumps(doc.truth, ensure_ascii=False).replace(old, new))


class OtherRegion:
    """The unit belongs to another region: its region name replaced everywhere."""
    name = "region"
    producers = None

    def apply(self, doc, rng):
        old = doc.truth["document"]["region"]
        new = rng.choice([r for r in REGIONS if r != old])
        replace_everywhere(doc, old, new)
        if old.endswith("市") and new.endswith("市"):
            replace_everywhere(doc, old[:-1], new[:-1])


class OtherYear:
    """Another budget year (2024–2026): every 'YYYY年' of the old year and the document year."""
    name = "year"
    producers = None

    def apply(self, doc, rng):
        old = doc.truth["document"]["year"]
        new = rng.choice([2024, 2025, 2026])
        for suffix in ("年", " 年"):
            replace_everywhere(doc, f"{old}{suffix}", f"{new}{suffix}")
        doc.truth["document"]["year"] = new


class TitleWording:
    """Another family's title wording: the 单位综合预算 prefix dropped or replaced (深圳 收支总表,
    重庆 部门收支总体情况表, 杭州 市级部门收支预算总表), 总表 read as 总体情况表 (山东, 广州)."""
    name = "titles"
    producers = None
    PREFIXES = ["单位综合预算", "部门综合预算", "单位预算", "部门预算"]

    def apply(self, doc, rng):
        prefix = rng.choice(["", "部门", "市级部门"])
        overall = rng.random() < 0.5
        for table in doc.tables:
            title = table["title"]
            for old in self.PREFIXES:
                if title.startswith(old):
                    title = prefix + title[len(old):]
                    break
            if overall and title.endswith("总表"):
                title = title[:-2] + "总体情况表"
            table["title"] = title


class Numbering:
    """Another family's numbering of the tables, in the 目录 and on the table pages:
    shaanxi 表N over the title, inline 表N：title, attachment 附表N, beijing 一、title,
    shanghai `N. YYYY年title` in the 目录 with the year-prefixed title alone on the page,
    none (titles only; numbered in printed order)."""
    name = "numbering"
    producers = None

    def __init__(self, style=None):
        self.style = style

    def apply(self, doc, rng):
        style = self.style or rng.choice(["shaanxi", "inline", "attachment", "beijing", "shanghai", "none"])
        self.name = f"numbering:{style}"
        year = doc.truth["document"]["year"]
        doc.toc_entries = []
        for table, print_style in zip(doc.tables, doc.styles):
            n = table["number"]
            if style == "shanghai" and not table["title"].startswith(f"{year}年"):
                table["title"] = f"{year}年{table['title']}"
            title = table["title"]
            label, heading, entry = {
                "shaanxi": (f"表{n}", title, f"表{n} {title}"),
                "inline": ("", f"表{n}：{title}", f"表{n}：{title}"),
                "attachment": (f"附表{n}", title, f"附表{n} {title}"),
                "beijing": ("", f"{chinese_ordinal(n)}、{title}", f"{chinese_ordinal(n)}、{title}"),
                "shanghai": ("", title, f"{n}. {title}"),
                "none": ("", title, title),
            }[style]
            print_style.label, print_style.heading = label, heading
            doc.toc_entries.append(entry)


class HeaderWording:
    """Header wording of other families (the same column, another name)."""
    name = "header-wording"
    producers = None
    WORDINGS = {
        "功能科目编码": ["科目编码", "支出功能分类科目编码", "功能分类科目编码"],
        "功能科目名称": ["科目名称", "支出功能分类科目名称", "功能分类科目名称"],
        "部门经济科目编码": ["部门预算经济分类科目编码", "部门经济分类科目编码"],
        "部门经济科目名称": ["部门预算经济分类科目名称", "部门经济分类科目名称"],
        "政府经济科目编码": ["政府预算经济分类科目编码", "政府经济分类科目编码"],
        "政府经济科目名称": ["政府预算经济分类科目名称", "政府经济分类科目名称"],
        "人员经费支出": ["人员经费", "人员支出"],
        "公用经费支出": ["公用经费", "日常公用支出"],
        "专项业务经费支出": ["项目支出", "专项业务经费"],
        "人员经费": ["人员支出"],
        "公用经费": ["日常公用支出", "公用支出"],
        "专项业务经费": ["项目支出", "专项支出"],
        "单位编码": ["单位代码"],
        "单位名称": ["预算单位", "单位(部门)名称"],
        "合计": ["总计"],
        "一般公共预算拨款": ["一般公共预算"],
        "政府性基金拨款": ["政府性基金预算"],
        "国有资本经营预算收入": ["国有资本经营预算"],
        "项目金额": ["金额", "预算金额"],
        "预算数": ["金额", "预算金额"],
        "科目编码": ["编码"],
        "科目名称": ["名称"],
    }

    def apply(self, doc, rng):
        for table in doc.tables:
            for row in table["grid"][:header_rows(table)]:
                for j, cell in enumerate(row):
                    choices = self.WORDINGS.get(cell.replace(" ", ""))
                    if choices and rng.random() < 0.8:
                        row[j] = rng.choice(choices)


class SerialColumn:
    """A 序号 column in front of the tables that print none."""
    name = "serial-column"
    producers = None
    KINDS = {"function_detail", "economic_detail", "income_by_unit", "expense_by_unit", "project_list"}

    def apply(self, doc, rng):
        for table in doc.tables:
            grid = table["grid"]
            if table["kind"] not in self.KINDS or not grid or "序号" in grid[0]:
                continue
            height = header_rows(table)
            serial = 0
            for i, row in enumerate(grid):
                if i < height:
                    row.insert(0, "序号" if i == 0 else "")
                elif any(row):
                    serial += 1
                    row.insert(0, str(serial))
                else:
                    row.insert(0, "")


class SplitCodes:
    """The 功能科目 code printed as 类 | 款 | 项 columns (205 | 03 | 02), as Shanghai and others do."""
    name = "split-codes"
    producers = None

    def apply(self, doc, rng):
        for table in doc.tables:
            if table["kind"] != "function_detail":
                continue
            grid = table["grid"]
            height = header_rows(table)
            if not height:
                continue
            column = next((j for j, c in enumerate(grid[0]) if "编码" in c), None)
            if column is None or any(grid[r][column] for r in range(1, height)):
                continue
            if height == 1:
                grid.insert(1, [""] * len(grid[0]))
                height = 2
            for i, row in enumerate(grid):
                code = row[column]
                if i == 0:
                    parts = [code, "", ""]
                elif i == height - 1:
                    parts = ["类", "款", "项"]
                elif i < height:
                    parts = ["", "", ""]
                elif code.isdigit() and len(code) in (3, 5, 7):
                    parts = [code[:3], code[3:5], code[5:7]]
                else:
                    parts = [code, "", ""]
                row[column:column + 1] = parts


class ReorderColumns:
    """Amount columns (or column groups) after the 合计 printed in another order."""
    name = "reorder-columns"
    producers = None
    KINDS = {"function_detail", "economic_detail", "income_by_unit", "expense_by_unit"}

    def apply(self, doc, rng):
        for table in doc.tables:
            if table["kind"] not in self.KINDS or not table["grid"] or not header_rows(table):
                continue
            grid, amounts = table["grid"], set(amount_columns(table))
            top = grid[0]
            blocks, j = [], 0
            while j < len(top):
                k = j + 1
                while k < len(top) and not top[k] and any(r[k] for r in grid[1:header_rows(table)]):
                    k += 1
                blocks.append(list(range(j, k)))
                j = k
            movable = [b for b in blocks if all(c in amounts for c in b)][1:]
            if len(movable) < 2:
                continue
            shuffled = movable[:]
            while shuffled == movable:
                rng.shuffle(shuffled)
            it = iter(shuffled)
            order = [c for b in blocks for c in (next(it) if b in movable else b)]
            table["grid"] = [[row[c] if c < len(row) else "" for c in order] for row in grid]


class YuanAmounts:
    """Amounts printed in 元 with thousands separators (truth rows rescaled the same way)."""
    name = "yuan"
    producers = None

    def apply(self, doc, rng):
        for table in doc.tables:
            if table["kind"] == "performance" or table.get("measure") != "万元":
                continue
            columns = amount_columns(table)
            for row in table["grid"][header_rows(table):]:
                for j in columns:
                    if j < len(row) and is_number(row[j]):
                        row[j] = f"{float(row[j].replace(',', '')) * 10000:,.2f}"
            for row in table.get("rows") or []:
                for key, value in row.items():
                    if isinstance(value, (int, float)) and not isinstance(value, bool) and key != "quantity":
                        row[key] = round(value * 10000, 2)
            table["measure"] = "元"


class NarrowLabels:
    """Label columns printed narrow, so long labels wrap inside their cells."""
    name = "narrow-labels"
    producers = None

    def apply(self, doc, rng):
        for table, style in zip(doc.tables, doc.styles):
            height = header_rows(table)
            if table["kind"] == "performance" or not height:
                continue
            names = [j for j, c in enumerate(table["grid"][0]) if "名称" in c or c.replace(" ", "") == "项目"]
            if names:
                style.narrow_label_column = names[0]


class TallRows:
    """Rows padded so long tables run onto a second page, the header repeated there."""
    name = "continued"
    producers = {"chromium"}

    def apply(self, doc, rng):
        for table, style in zip(doc.tables, doc.styles):
            style.tall_rows = len(table["grid"]) >= 12


class FakeBold:
    """Header glyphs printed twice, overlapping (fake bold): `序序号号`."""
    name = "fake-bold"
    producers = {"chromium"}

    def apply(self, doc, rng):
        for style in doc.styles:
            style.fake_bold_header = True


class RadicalForms:
    """Header glyphs printed as Kangxi radicals (⽀ for 支) and ASCII as full-width forms."""
    name = "radicals"
    producers = None

    def apply(self, doc, rng):
        doc.radicals = True


def radical_printer():
    """Maps a header text to the glyphs a radical-printing producer uses."""
    radicals = {}
    for code in range(0x2F00, 0x2FD6):
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1:
            radicals.setdefault(folded, chr(code))

    def printed(text):
        return "".join(radicals.get(c) or (chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c) for c in text)
    return printed


class Rulings:
    """How the tables are ruled: full grid, horizontal lines only, three-line, none."""
    name = "rulings"
    producers = None

    def __init__(self, style=None):
        self.style = style

    def apply(self, doc, rng):
        doc.rulings = self.style or rng.choice(["full", "horizontal", "three-line", "none"])
        self.name = f"rulings:{doc.rulings}"


ORDER = [OtherRegion, OtherYear, TitleWording, Numbering, HeaderWording, YuanAmounts, ReorderColumns,
         SerialColumn, SplitCodes, NarrowLabels, TallRows, FakeBold, RadicalForms, Rulings]
BY_NAME = {cls.name: cls for cls in ORDER}
