# Held-out check (manual, not run by CI): six English government-statistics tables (ICDAR-2013-like: indented items,
# a two-level header over section rows, European numbers, a long table over pages, wrapped descriptions, a text table),
# written as HTML with their grids. Render and score:
#   python3 scripts/heldout/english-tables.py OUT && for v in unruled booktabs; do
#     chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=OUT/pdf/en-$v.pdf file://OUT/out/en-$v.html; done
#   scripts/heldout/score-dir.sh OUT
import json, html, sys, os, random
out = os.path.join(sys.argv[1], "out"); os.makedirs(out, exist_ok=True); os.makedirs(os.path.join(sys.argv[1], "pdf"), exist_ok=True)
random.seed(7)
T = []
def table(title, header, rows, notes=(), caption_above=(), valign='top', stub_width=None, indent=None):
    T.append(dict(title=title, header=header, rows=rows, notes=list(notes), above=list(caption_above), valign=valign, stub=stub_width, indent=indent or {}))

# T1 receipts, indented sub-items
rows = []
data = [("Individual income taxes", 0), ("Corporation income taxes", 0), ("Social insurance and retirement receipts", 0),
        ("Employment and general retirement", 1), ("Unemployment insurance", 1), ("Other retirement", 1),
        ("Excise taxes", 0), ("Estate and gift taxes", 0), ("Customs duties", 0), ("Miscellaneous receipts", 0), ("Total receipts", 0)]
ind = {}
for i, (name, lvl) in enumerate(data):
    vals = [f"{random.uniform(10, 2600):,.1f}" for _ in range(5)]
    rows.append([name] + vals)
    if lvl: ind[i] = 1
table("Table 1. Federal receipts by source, 2019–2023", [["Source", "2019", "2020", "2021", "2022", "2023"]], rows,
      notes=["Note: Totals may not add due to rounding.", "Source: Office of Management and Budget."],
      caption_above=["(In billions of dollars)"], indent=ind)

# T2 two-level header, section rows, bottom-aligned values beside wrapped labels
sectors = ["Agriculture, forestry and fishing", "Manufacturing", "Construction",
           "Professional, scientific and technical activities", "Public administration and defence; compulsory social security",
           "Education", "Human health and social work activities"]
rows = [["Private sector", "", "", "", "", "", ""]]
for s in sectors[:4]:
    a, b = random.randint(100, 900), random.randint(100, 900)
    c, d = random.randint(100, 900), random.randint(100, 900)
    rows.append([s, f"{a+b:,}", f"{a:,}", f"{b:,}", f"{c+d:,}", f"{c:,}", f"{d:,}"])
rows.append(["Public sector", "", "", "", "", "", ""])
for s in sectors[4:]:
    a, b = random.randint(100, 900), random.randint(100, 900)
    c, d = random.randint(100, 900), random.randint(100, 900)
    rows.append([s, f"{a+b:,}", f"{a:,}", f"{b:,}", f"{c+d:,}", f"{c:,}", f"{d:,}"])
table("Table 2. Employment by sector and sex (thousands)",
      [["Sector", "2021", "", "", "2022", "", ""], ["", "Total", "Men", "Women", "Total", "Men", "Women"]], rows,
      valign='bottom', stub_width='28%')

# T3 EU style: space thousands, decimal comma, ':' not available
countries = ["Belgium", "Bulgaria", "Czechia", "Denmark", "Germany", "Estonia", "Ireland", "Greece", "Spain", "France", "Croatia", "Italy"]
rows = []
for c in countries:
    v = [random.uniform(10000, 3900000) for _ in range(3)]
    f = lambda x: f"{x:,.1f}".replace(",", " ").replace(".", ",")
    ch = f"{random.uniform(-3, 9):.1f}".replace(".", ",")
    rows.append([c, f(v[0]), f(v[1]) if c != "Croatia" else ":", f(v[2]), ch])
table("Table 3: Gross domestic product at market prices (million EUR)", [["Country", "2020", "2021", "2022", "Change 2021–22 (%)"]], rows,
      notes=[":  not available"])

# T4 long table over pages, repeated header
rows = []
for i in range(1, 75):
    rows.append([f"{i:03d}", f"Programme line item {i}", f"{random.randint(1000, 99999):,}", f"{random.randint(1000, 99999):,}", f"{random.uniform(-20, 20):.1f}"])
table("Table 4. Appropriations by programme line", [["Line", "Programme", "Enacted 2022", "Requested 2023", "Change (%)"]], rows)

# T5 code | description (wrapped) | amount
descs = ["Salaries and wages of permanent staff including overtime and allowances paid during the year",
         "Travel and transportation of persons", "Rent, communications and utilities",
         "Printing and reproduction", "Advisory and assistance services provided by contractors and consultants under multi-year agreements",
         "Supplies and materials", "Equipment", "Grants, subsidies and contributions to international organisations"]
rows = [[f"{11+i}.{i%3}", d, f"{random.randint(100, 50000):,}"] for i, d in enumerate(descs)]
table("Table 5. Obligations by object class", [["Object class", "Description", "Amount ($000)"]], rows, stub_width='14%')

# T6 text table
rows = [["Reduce processing time", "Average days to decide an application", "30 days", "Met"],
        ["Improve customer satisfaction with online services", "Share of users rating the service good or very good", "85%", "Not met: 81% reported in the annual survey"],
        ["Expand broadband coverage in rural areas", "Households with access to 100 Mbit/s", "95%", "Met"],
        ["Cut administrative burden", "Hours spent on reporting per firm and year", "≤ 40 hours", "Partly met"]]
table("Table 6. Performance objectives and results", [["Objective", "Indicator", "Target", "Result"]], rows)

for variant in ("unruled", "booktabs"):
    parts = ['<html><head><meta charset="utf-8"><style>body{font-family:"DejaVu Serif",serif;font-size:10pt} '
             'table{border-collapse:collapse;width:100%;margin-bottom:6pt} td,th{padding:1px 5px} .num{text-align:right} '
             'caption{caption-side:top;text-align:left;font-weight:bold} p.note{font-size:8.5pt;margin:1pt 0}'
             + (' thead tr:first-child th{border-top:1.2pt solid black} thead tr:last-child th{border-bottom:0.6pt solid black} tbody tr:last-child td{border-bottom:1.2pt solid black}' if variant == 'booktabs' else '')
             + '</style></head><body>']
    exp = []
    for k, t in enumerate(T):
        parts.append('<p>The following table summarises the figures discussed in this section of the report; amounts are shown as published.</p>')
        parts.append(f'<p><b>{html.escape(t["title"])}</b></p>')
        for a in t['above']: parts.append(f'<p>{html.escape(a)}</p>')
        parts.append('<table><thead>')
        for hr, row in enumerate(t['header']):
            parts.append('<tr>')
            c = 0
            while c < len(row):
                span = 1
                while c + span < len(row) and row[c + span] == '' and row[c] != '' and hr == 0 and len(t['header']) > 1: span += 1
                rs = ' rowspan="2"' if hr == 0 and len(t['header']) > 1 and row[c] != '' and t['header'][1][c] == '' and span == 1 else ''
                if hr == 1 and row[c] == '' and t['header'][0][c] != '': c += 1; continue
                parts.append(f'<th{rs}' + (f' colspan="{span}"' if span > 1 else '') + f'>{html.escape(row[c])}</th>')
                c += span
            parts.append('</tr>')
        parts.append('</thead><tbody>')
        for ri, row in enumerate(t['rows']):
            parts.append('<tr>')
            for ci, v in enumerate(row):
                style = f'vertical-align:{t["valign"]};'
                if ci == 0 and t['stub']: style += f'width:{t["stub"]};'
                if ci == 0 and ri in t['indent']: style += 'padding-left:18px;'
                cls = ' class="num"' if ci > 0 and any(ch.isdigit() for ch in v) and len(v) < 14 or v == ':' else ''
                parts.append(f'<td{cls} style="{style}">{html.escape(v)}</td>')
            parts.append('</tr>')
        parts.append('</tbody></table>')
        for n in t['notes']: parts.append(f'<p class="note">{html.escape(n)}</p>')
        exp.append({"title": t['title'], "header": t['header'], "rows": t['rows']})
    parts.append('</body></html>')
    open(f'{out}/en-{variant}.html', 'w').write('\n'.join(parts))
    json.dump({"tables": exp}, open(f'{out}/en-{variant}.expected.json', 'w'), ensure_ascii=False, indent=0)
