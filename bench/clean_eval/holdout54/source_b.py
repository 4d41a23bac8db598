"""holdout54, part b: generated pages of invented sites (see _h54docs.py, _h54kit.py, ../build.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _h54kit import make  # noqa: E402

CASES = [
    make('fanwen-incense-summary-12', 'incense-summary', '范文站', 'html', 12, title_mode='file', date_mode='doc', site_i=1, opts={'p_html': '<p>{}</p>', 'old': True, 'pages': {'fmt': '—— 第{n}屏 ——', 'every': 140, 'start': 2}}),
    make('wenku-incense-summary-13', 'incense-summary', '文库预览', 'text', 13, title_mode='missing', date_mode='doc', site_i=1, opts={'gap': True, 'pages': {'fmt': '〖第{n}张〗', 'every': 150, 'start': 2, 'glue': 'mix'}}),
    make('company-incense-summary-14', 'incense-summary', '企业官网', 'html', 14, title_mode='decorated', date_mode='doc', site_i=0, opts={'p_html': '<p style="text-indent:2em">{}</p>', 'old': True}),
    make('download-incense-summary-15', 'incense-summary', '资料下载站', 'html', 15, title_mode='missing', date_mode='record', site_i=0, opts={'p_html': '<section><span>{}</span></section>', 'old': True}),
    make('snapshot-incense-summary-16', 'incense-summary', '搜索快照', 'text', 16, title_mode='record', date_mode='doc', site_i=0, opts={}),
    make('dangjian-incense-summary-17', 'incense-summary', '党建网', 'html', 17, title_mode='decorated', date_mode='doc', site_i=0, opts={'p_html': '<div class="para">{}</div>'}),
    make('edu-go-plan-18', 'go-plan', '教育门户', 'html', 18, title_mode='missing', date_mode='doc', site_i=0, opts={'p_html': '<p>{}</p>'}),
    make('training-go-plan-19', 'go-plan', '培训机构', 'text', 19, title_mode='decorated', date_mode='record', site_i=0, opts={}),
    make('docshare-go-plan-20', 'go-plan', '文档分享', 'text', 20, title_mode='missing', date_mode='doc', site_i=1, opts={'pages': {'fmt': '—{n}/4—', 'every': 150, 'start': 2, 'glue': False}}),
    make('netdisk-go-plan-21', 'go-plan', '网盘分享', 'text', 21, title_mode='record', date_mode='doc', site_i=0, opts={'indent': '\u3000\u3000', 'gap': True}),
    make('college-go-plan-22', 'go-plan', '高校官网', 'html', 22, title_mode='decorated', date_mode='doc', site_i=0, opts={'p_html': '<p style="text-indent:2em">{}</p>'}),
    make('app-go-plan-23', 'go-plan', '范文APP', 'text', 23, title_mode='file', date_mode='doc', site_i=1, opts={'pages': {'fmt': 'P{n}', 'every': 150, 'start': 2, 'glue': True}}),
]
