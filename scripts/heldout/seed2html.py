# Renders the seed documents' tab-separated tables as HTML (ruled and unruled) for an independent producer
# (LibreOffice) and writes the expected grids. Held-out style check, not part of the product.
import sys, os, json, html, re
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
def clean(c): return c.replace('\ufffd','').replace('<p>','').replace('</p>','').strip()
for path in sorted(os.listdir(src)):
    lines = open(os.path.join(src, path), encoding='utf-8').read().split('\n')
    blocks, cur, prose = [], [], []
    captions = []
    for ln in lines:
        if ln.startswith('|') and re.fullmatch(r'[|\-: ]+', ln.strip()):
            continue
        if ln.startswith('|'):
            cur.append([clean(c) for c in ln.strip().strip('|').split('|')])
        elif '\t' in ln:
            cur.append([clean(c) for c in ln.split('\t')])
        else:
            if cur:
                blocks.append((list(prose[-3:]), cur)); cur = []; prose = []
            if ln.strip(): prose.append(ln.strip())
    if cur: blocks.append((list(prose[-3:]), cur))
    for variant in ('ruled', 'unruled'):
        parts, expected = [], []
        parts.append('<html><head><meta charset="utf-8"><style>body{font-family:"WenQuanYi Zen Hei";font-size:9pt} table{border-collapse:collapse;width:100%} td,th{padding:2px 4px;vertical-align:top}'
                     + (' td,th{border:0.5pt solid black}' if variant=='ruled' else '') + ' .num{text-align:right}</style></head><body>')
        for i, (cap, rows) in enumerate(blocks):
            width = max(len(r) for r in rows)
            rows = [r + ['']*(width-len(r)) for r in rows]
            # drop all-empty trailing columns
            while width > 1 and all(r[width-1]=='' for r in rows):
                width -= 1; rows = [r[:width] for r in rows]
            if width < 2 or len(rows) < 2: continue
            for c in cap: parts.append(f'<p>{html.escape(c)}</p>')
            parts.append('<p>这是表格之前的一段说明文字，用于检验正文不会被当作表格。本段文字较长，会在页面上换行显示。</p>')
            header = 1
            parts.append('<table border="1" cellspacing="0" cellpadding="3">' if variant=='ruled' else '<table cellspacing="0" cellpadding="3">')
            for ri, r in enumerate(rows):
                tag = 'th' if ri < header else 'td'
                if ri == 0: parts.append('<thead>')
                parts.append('<tr>')
                ci = 0
                while ci < width:
                    span = 1
                    if ri < header:
                        while ci + span < width and r[ci+span] == '' and r[ci] != '': span += 1
                    txt = r[ci]
                    cls = ' class="num"' if re.fullmatch(r'[-\d,.]+', txt) else ''
                    parts.append(f'<{tag}{cls}' + (f' colspan="{span}"' if span>1 else '') + f'>{html.escape(txt)}</{tag}>')
                    ci += span
                parts.append('</tr>')
                if ri == header-1: parts.append('</thead><tbody>')
            parts.append('</tbody></table><p>注：本表为测试渲染。</p>')
            expected.append({"title": cap[-1] if cap else None, "header": rows[:header], "rows": rows[header:]})
        parts.append('</body></html>')
        stem = f"{path[:3]}-{variant}"
        open(os.path.join(out, stem + '.html'), 'w', encoding='utf-8').write('\n'.join(parts))
        json.dump({"tables": expected}, open(os.path.join(out, stem + '.expected.json'), 'w'), ensure_ascii=False, indent=0)
        print(stem, len(expected))
