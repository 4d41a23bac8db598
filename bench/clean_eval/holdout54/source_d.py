"""holdout54, part d: generated pages of invented sites (see _h54docs.py, _h54kit.py, ../build.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _h54kit import make  # noqa: E402

CASES = [
    make('wechat-raft-pledge-36', 'raft-pledge', '公众号镜像', 'text', 36, title_mode='record', date_mode='doc', site_i=0, opts={'indent': '\u3000\u3000'}),
    make('localbbs-raft-pledge-37', 'raft-pledge', '地方论坛', 'text', 37, title_mode='decorated', date_mode='record', site_i=1, opts={'gap': True, 'junk': {'lines': 2, 'glued': 2}}),
    make('community-raft-pledge-38', 'raft-pledge', '社区网站', 'html', 38, title_mode='file', date_mode='doc', site_i=1, opts={'p_html': '<p>{}</p>'}),
    make('association-raft-pledge-39', 'raft-pledge', '行业协会', 'html', 39, title_mode='missing', date_mode='doc', site_i=1, opts={'p_html': '<p style="text-indent:2em">{}</p>'}),
    make('edu-raft-pledge-40', 'raft-pledge', '教育门户', 'html', 40, title_mode='decorated', date_mode='doc', site_i=1, opts={'p_html': '<section><span>{}</span></section>'}),
    make('forum-raft-pledge-41', 'raft-pledge', '论坛', 'text', 41, title_mode='missing', date_mode='doc', site_i=1, opts={'gap': True, 'junk': {'lines': 2, 'glued': 2}}),
    make('gov-raft-letter-42', 'raft-letter', '政府门户', 'html', 42, title_mode='decorated', date_mode='doc', site_i=2, opts={'p_html': '<div class="para">{}</div>'}),
    make('tender-raft-letter-43', 'raft-letter', '招投标网', 'html', 43, title_mode='file', date_mode='doc', site_i=0, opts={'p_html': '<p>{}</p>'}),
    make('lawfirm-raft-letter-44', 'raft-letter', '律所网站', 'html', 44, title_mode='missing', date_mode='record', site_i=0, opts={'p_html': '<p style="text-indent:2em">{}</p>'}),
    make('wiki-raft-letter-45', 'raft-letter', '百科问答', 'html', 45, title_mode='decorated', date_mode='doc', site_i=0, opts={'p_html': '<section><span>{}</span></section>'}),
    make('netdisk-raft-letter-46', 'raft-letter', '网盘分享', 'text', 46, title_mode='missing', date_mode='doc', site_i=1, opts={'title_glued': True}),
    make('wechat-raft-letter-47', 'raft-letter', '公众号镜像', 'text', 47, title_mode='record', date_mode='doc', site_i=1, opts={}),
]
