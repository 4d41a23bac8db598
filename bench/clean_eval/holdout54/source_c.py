"""holdout54, part c: generated pages of invented sites (see _h54docs.py, _h54kit.py, ../build.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _h54kit import make  # noqa: E402

CASES = [
    make('association-go-minutes-24', 'go-minutes', '行业协会', 'html', 24, title_mode='decorated', date_mode='doc', site_i=0, opts={'p_html': '<section><span>{}</span></section>', 'junk': {'lines': 1, 'glued': 1}}),
    make('oa-go-minutes-25', 'go-minutes', '企业内网', 'text', 25, title_mode='missing', date_mode='doc', site_i=1, opts={'gap': True, 'title_glued': True}),
    make('forum-go-minutes-26', 'go-minutes', '论坛', 'text', 26, title_mode='record', date_mode='record', site_i=0, opts={'junk': {'lines': 1, 'glued': 2}}),
    make('blog-go-minutes-27', 'go-minutes', '博客', 'text', 27, title_mode='decorated', date_mode='doc', site_i=0, opts={'indent': '\u3000\u3000', 'wrap': 76}),
    make('print-go-minutes-28', 'go-minutes', '打印页', 'text', 28, title_mode='file', date_mode='doc', site_i=1, opts={}),
    make('mail-go-minutes-29', 'go-minutes', '邮件转发', 'text', 29, title_mode='missing', date_mode='doc', site_i=1, opts={'gap': True}),
    make('wenku-incense-survey-30', 'incense-survey', '文库预览', 'text', 30, title_mode='missing', date_mode='doc', site_i=2, opts={'indent': '\u3000\u3000'}),
    make('qa-incense-survey-31', 'incense-survey', '问答社区', 'text', 31, title_mode='record', date_mode='doc', site_i=0, opts={}),
    make('snapshot-incense-survey-32', 'incense-survey', '搜索快照', 'text', 32, title_mode='decorated', date_mode='doc', site_i=1, opts={}),
    make('download-incense-survey-33', 'incense-survey', '资料下载站', 'text', 33, title_mode='file', date_mode='record', site_i=1, opts={'indent': '\u3000\u3000', 'gap': True}),
    make('dangjian-incense-survey-34', 'incense-survey', '党建网', 'html', 34, title_mode='missing', date_mode='doc', site_i=1, opts={'p_html': '<div class="para">{}</div>'}),
    make('localbbs-incense-survey-35', 'incense-survey', '地方论坛', 'text', 35, title_mode='decorated', date_mode='doc', site_i=0, opts={'junk': {'lines': 2, 'glued': 2}}),
]
