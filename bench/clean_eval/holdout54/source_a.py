"""holdout54, part a: generated pages of invented sites (see _h54docs.py, _h54kit.py, ../build.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _h54kit import make  # noqa: E402

CASES = [
    make('fanwen-raft-speech-00', 'raft-speech', '范文站', 'text', 0, title_mode='record', date_mode='doc', site_i=0, opts={'indent': '\u3000\u3000', 'pages': {'fmt': '（{n}）', 'every': 150, 'start': 2, 'glue': False}}),
    make('gov-raft-speech-01', 'raft-speech', '政府门户', 'html', 1, title_mode='decorated', date_mode='record', site_i=0, opts={'p_html': '<p style="text-indent:2em">{}</p>'}),
    make('wenku-raft-speech-02', 'raft-speech', '文库预览', 'text', 2, title_mode='file', date_mode='doc', site_i=0, opts={'oneline': True, 'indent': '\u3000\u3000'}),
    make('anthology-raft-speech-03', 'raft-speech', '个人文集', 'text', 3, title_mode='missing', date_mode='doc', site_i=0, opts={'indent': '\u3000\u3000', 'wrap': 62}),
    make('app-raft-speech-04', 'raft-speech', '范文APP', 'text', 4, title_mode='decorated', date_mode='doc', site_i=0, opts={'pages': {'fmt': '· {n} ·', 'every': 150, 'start': 2, 'glue': True}}),
    make('gkforum-raft-speech-05', 'raft-speech', '公考论坛', 'text', 5, title_mode='missing', date_mode='doc', site_i=0, opts={'gap': True, 'junk': {'lines': 2, 'glued': 2}}),
    make('gov-raft-notice-06', 'raft-notice', '政府门户', 'html', 6, title_mode='decorated', date_mode='doc', site_i=1, opts={'p_html': '<section><span>{}</span></section>'}),
    make('docshare-raft-notice-07', 'raft-notice', '文档分享', 'text', 7, title_mode='file', date_mode='doc', site_i=0, opts={'oneline': True, 'indent': '\u3000\u3000'}),
    make('mail-raft-notice-08', 'raft-notice', '邮件转发', 'text', 8, title_mode='missing', date_mode='record', site_i=0, opts={'wrap': 70, 'indent': '\u3000\u3000'}),
    make('print-raft-notice-09', 'raft-notice', '打印页', 'text', 9, title_mode='decorated', date_mode='doc', site_i=0, opts={'indent': '\u3000\u3000', 'wrap': 56}),
    make('community-raft-notice-10', 'raft-notice', '社区网站', 'html', 10, title_mode='missing', date_mode='doc', site_i=0, opts={'p_html': '<div class="para">{}</div>'}),
    make('oa-raft-notice-11', 'raft-notice', '企业内网', 'text', 11, title_mode='record', date_mode='doc', site_i=0, opts={}),
]
