"""holdout73, part D: hulusi (gourd-flute) ensembles, teachers and makers. Invented text,
sites, places, people and numbers; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wenku-hulusi-teaching-insight-html-pages",
        site="翰海文库 (invented)",
        style="文库预览",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://www.hanhaiwk.example.com/p-90881236.html",
        title="小学音乐课葫芦丝教学心得",
        record_title="小学音乐课葫芦丝教学心得（精选范文）_翰海文库",
        date=None,
        pages=dict(fmt="·第{n}页·", every=90, start=2),
        notes="文库 reader HTML: page markers as paragraphs cutting paragraphs; pay-to-read prompt; no date",
        page="""
<html><head><meta charset="utf-8"><title>小学音乐课葫芦丝教学心得（精选范文）_翰海文库</title></head><body>
<div class="hd">⟦m 翰海文库⟧ ⟦a 登录⟧ ⟦a 开通VIP⟧</div>
<h1>⟦t 小学音乐课葫芦丝教学心得（精选范文）⟧</h1>
<div class="doc-info">⟦m 2页　|　1.8千字　|　浏览 2471　|　下载 96⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 还剩1页未读，继续阅读⟧</div>
<div class="act">⟦a 下载本文档（3下载券）⟧ ⟦a 加入收藏⟧</div>
<div class="rel">⟦l 相关推荐：器乐进课堂教学反思　竖笛教学心得⟧</div>
</body></html>
""",
        body="""
葫芦丝音色柔美、指法简单，非常适合在小学中高年级的音乐课上普及。
两年来，我在四年级开展葫芦丝教学，最深的体会是先练气息、后练指法，学生吹出的音才不会发尖发抖。
其次，要选学生熟悉的曲子入门，像《月光下的凤尾竹》的片段，学生学起来兴趣很高。
最后，要给每个孩子展示的机会，每节课留五分钟让学生轮流上台吹奏。
""",
    ),
    dict(
        slug="party-hulusi-volunteer-team-summary-yinfa",
        site="翥州市老干部党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://lgbdj.zhuzhou.example.gov.cn/gzdt/2026/1228/3390.html",
        title="老干部葫芦丝志愿服务队2026年工作总结",
        record_title="【支部风采】老干部葫芦丝志愿服务队2026年工作总结",
        date="2026-12-26",
        date_also=["2026-12-28"],
        notes="Party-building site: 印发 版记 kept; share row; scan prompt",
        page="""
!m 翥州市老干部党建网　银发生辉
!m 首页 》 支部风采
!t 【支部风采】老干部葫芦丝志愿服务队2026年工作总结
!m 信息来源：市委老干部局　发布时间：2026-12-28
{BODY}
!l 分享：微信 ｜ 微博 ｜ QQ
!a 手机扫码，随时阅读
!m 主办单位：中共翥州市委老干部局　备案号：翥ICP备16002281号-2
""",
        body="""
2026年，老干部葫芦丝志愿服务队在局党组领导下，坚持“用乐声传递温暖”，全年开展志愿演出三十二场。
服务队走进敬老院、社区和学校，演出《竹楼情歌》《彩云之南》等曲目，观众累计四千余人次。
队员们还在社区开设公益葫芦丝班，教会六十多名居民吹奏简单乐曲。
新的一年，服务队将把演出送到更多偏远乡村。
翥州市委老干部局
2026年12月26日
翥州市委老干部局办公室　　2026年12月26日印发
""",
    ),
    dict(
        slug="collection-hulusi-grandpa-oneline",
        site="翕斋小记 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://xizhai.example.net/essay/0442.html",
        title="外公的葫芦丝",
        record_title="外公的葫芦丝 - 翕斋小记",
        date=None,
        oneline=True,
        indent="　　",
        notes="personal collection, whole body on one line separated by ideographic indents; no date",
        page="""
!m 翕斋小记 | 随笔 | 外公的葫芦丝
{T}
{BODY}
!l 上一篇：老屋的天井　下一篇：腊月赶集
!m 本站文字采用署名-非商业性使用许可
""",
        body="""
外公退休后迷上了葫芦丝，每天傍晚都坐在院子里吹上一个钟头。
他吹得并不好，常常跑调，可邻居家的孩子总爱围过来听。
后来外公的牙掉了几颗，漏气，吹不成调了，那支葫芦丝就挂在堂屋的墙上。
如今我也学会了几首曲子，每次回老家，都会取下它吹一曲给外婆听。
""",
    ),
    dict(
        slug="blog-hulusi-teacher-tagcloud-html",
        site="竹韵小屋 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://zhuyun.example.blog.com/2026/10/bamboo-pipe-choose.html",
        title="给初学者挑一支葫芦丝",
        record_title="给初学者挑一支葫芦丝 - 竹韵小屋",
        date="2026-10-05",
        notes="blog with tag cloud, archive sidebar, bracketed post time taken as date, comment box",
        page="""
<html><head><meta charset="utf-8"><title>给初学者挑一支葫芦丝 - 竹韵小屋</title></head><body>
<div id="header">⟦m 竹韵小屋⟧<p>⟦m 一个葫芦丝老师的课余笔记⟧</p></div>
<div id="main"><h2>⟦t 给初学者挑一支葫芦丝⟧</h2>
<div class="post-time">⟦m [2026-10-05 21:44]　分类：器乐杂谈⟧</div>
<div class="entry">
{BODY}
</div>
<div class="tags">⟦l 标签：葫芦丝　选购　入门⟧</div>
<div class="comment">⟦l 发表评论⟧<br>⟦l 昵称：　　邮箱：　　提交⟧</div></div>
<div id="side"><h4>⟦l 标签云⟧</h4><p>⟦l 巴乌 气息 指法 考级 演出 云南⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2026年10月(4)⟧</p><p>⟦l 2026年9月(7)⟧</p></div>
<div id="footer">⟦m Powered by 竹韵小屋 © 2026⟧</div>
</body></html>
""",
        body="""
常有家长问我，孩子刚学葫芦丝，该买什么样的。我的建议是：降B调或C调的入门款就够了。
挑的时候先看簧片，簧片要平整、无裂纹，吹起来不费劲、不漏气。
再试音准，按住全部音孔吹最低音，声音要稳，不能发虚。
价格在一两百元之间的，一般都能满足初学需要，不必一上来就买名家手工款。
""",
    ),
    dict(
        slug="wechat-section-hulusi-concert-notice-html",
        site="翠竹葫芦丝乐团 (invented WeChat mirror)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.mirror.example.com/a/hls_20261101",
        title="关于翠竹葫芦丝乐团十周年专场音乐会的演出通知",
        record_title=None,
        date="2026-11-01",
        p_html="<section><span>{}</span></section>",
        notes="WeChat mirror with section/span paragraphs; no record title; account date; 在看/点赞 row; QR follow",
        page="""
<html><head><meta charset="utf-8"><title>翠竹葫芦丝乐团</title></head><body>
<div class="rich_media">
<h1>⟦t 关于翠竹葫芦丝乐团十周年专场音乐会的演出通知⟧</h1>
<div class="meta">⟦m 翠竹葫芦丝乐团　2026年11月1日 19:30⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="tool">⟦l 阅读 1620　　👍 87　　在看 34⟧</div>
<div class="qr">⟦w 长按识别二维码，关注“翠竹葫芦丝乐团”⟧</div>
</div>
<div class="mirror">⟦d 本文转载自微信公众平台，如有侵权请联系删除⟧</div>
</body></html>
""",
        body="""
各位团员：
乐团十周年专场音乐会定于11月22日晚7时30分在翰阳市文化艺术中心小剧场举行。
请全体演出团员于当天下午2时到剧场参加走台，统一穿着墨绿色演出服。
演出当天请关注乐团公众号，节目单和座位图将于上午发布，欢迎把推文分享给亲友。
翠竹葫芦丝乐团
2026年11月1日
""",
    ),
    dict(
        slug="fanwen-hulusi-campus-summary-wrap",
        site="翘楚范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.qiaochufw.example.com/zj/huodong/2026/1217/55013.html",
        title="葫芦丝进校园活动总结",
        record_title="葫芦丝进校园活动总结（精选3篇）_翘楚范文网",
        date="2026-12-15",
        date_also=["2026-12-17"],
        wrap=66,
        notes="范文 site text hard-wrapped at 66 columns; ghost-writer prompt between paragraphs; hot list",
        page="""
!m 翘楚范文网 — 范文写作第一站
!m 当前位置：首页 > 总结 > 活动总结
!t 葫芦丝进校园活动总结（精选3篇）
!m 更新时间：2026-12-17 　手机版
{BODY}
!a 点击下载本文完整Word版
!l 热门推荐：｜书法进校园活动总结｜非遗进校园活动方案｜
!d 声明：本站范文仅供参考，请勿用于商业用途。
""",
        body="""
为传承民族音乐文化，今年秋季学期，我校联合县文化馆开展了葫芦丝进校园活动。
活动共开设十二个教学班，覆盖三至六年级学生四百余人，由文化馆的三名专业老师每周到校授课两次。
⟦w 本站专业代写各类总结、讲话稿，QQ：2877301561⟧
期末，学校举办了葫芦丝汇报演出，六个年级共表演节目十五个，家长们纷纷称赞。
今后，我们将把葫芦丝教学纳入校本课程，让民族乐器在校园里扎下根来。
翘楚县城关小学
2026年12月15日
""",
    ),
    dict(
        slug="forum-hulusi-bamboo-choose-discuz-jammer-html",
        site="葫芦丝吧论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.hulusiba.example.com/thread-55210-1-1.html",
        title="自制葫芦丝竹管选料经验分享",
        record_title="自制葫芦丝竹管选料经验分享 - 制作交流 - 葫芦丝吧论坛",
        date="2026-08-12",
        junk=dict(lines=1, glued=2),
        notes="Discuz-like forum with jammer fonts; 发表于 date taken; floor chrome",
        page="""
<html><head><meta charset="utf-8"><title>自制葫芦丝竹管选料经验分享 - 制作交流 - 葫芦丝吧论坛</title></head><body>
<div id="hd">⟦m 葫芦丝吧论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 葫芦丝吧论坛 › 制作交流 › 查看内容⟧</div>
<div class="pls">⟦m 楼主：滇南老竹匠　积分 3310　帖子 412⟧</div>
<h1>⟦t 自制葫芦丝竹管选料经验分享⟧</h1>
<div class="pti">⟦m 发表于 2026-8-12 16:27　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复　引用　支持 41　反对 0⟧</div>
<div class="fl">⟦l 沙发　竹影：学到了，老师傅辛苦⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        body="""
做了二十多年葫芦丝，说说竹管选料的几点经验，给想自己动手的朋友参考。不对的地方请各位老师指正。
一是选三年以上的紫竹，竹龄太短的竹子含水多，干了以后容易开裂。竹节要匀，管壁厚薄要一致。
二是砍竹要在冬季，这时竹子含糖少，不容易生虫。
三是竹管要自然阴干半年以上，不能暴晒，也不能用火烤。
有问题欢迎跟帖交流。
""",
    ),
    dict(
        slug="assoc-hulusi-making-standard-draft",
        site="翔湖市民族乐器行业协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xhmzyq.example.org.cn/tzgg/2026/0915/118.html",
        title="关于征求《葫芦丝制作技术规范》团体标准意见的通知",
        record_title="【征求意见】关于征求《葫芦丝制作技术规范》团体标准意见的通知",
        date="2026-09-15",
        notes="trade association: the document's e-mail and contact next to the association's secretariat phone in footer; 附件 list; download sentence",
        page="""
!m 翔湖市民族乐器行业协会
!m 首页 / 通知公告
!t 【征求意见】关于征求《葫芦丝制作技术规范》团体标准意见的通知
!m 2026年09月15日　　来源：标准化工作委员会　　浏览：205
{BODY}
!l 附件下载（2）
!m 协会秘书处电话：0731-6678120　传真：0731-6678121
!m 版权所有 © 翔湖市民族乐器行业协会
""",
        body="""
各会员单位：
《葫芦丝制作技术规范》团体标准征求意见稿已编制完成，现公开征求意见。
请各单位从协会网站下载征求意见稿和意见反馈表，于10月15日前将意见发送至xhmzyq_bz@example.org.cn。
联系人：龙晓岚，电话：0731-6678133。
附件：1.《葫芦丝制作技术规范》（征求意见稿）
2. 意见反馈表
翔湖市民族乐器行业协会
2026年9月15日
""",
    ),
    dict(
        slug="univ-art-college-hulusi-lecture-notice",
        site="翠原师范学院音乐学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://music.cynu.example.edu.cn/tzgg/2026/1020/2231.htm",
        title="关于举办“葫芦丝的源流与演奏”专题讲座的通知",
        record_title="关于举办“葫芦丝的源流与演奏”专题讲座的通知-音乐学院",
        date="2026-10-20",
        notes="college page: time/place lines of a lecture kept; a 'scan to sign in' sentence in the body; college footer",
        page="""
!m 翠原师范学院音乐学院　School of Music
!m 学院首页 | 学院概况 | 师资队伍 | 通知公告
{T}
!m 发布者：学院办公室　发布时间：2026-10-20　浏览次数：574
{BODY}
!l 【关闭】【打印】【返回顶部】
!m 地址：翠原市师院路36号音乐楼　邮编：416200
""",
        body="""
各位师生：
为弘扬民族音乐文化，学院特邀葫芦丝演奏家岩温老师来校举办专题讲座。
讲座时间：10月28日（周三）14:30
讲座地点：音乐楼二楼演奏厅
请参加讲座的同学提前十分钟入场，扫描会场门口二维码签到。
音乐学院
2026年10月20日
""",
    ),
    dict(
        slug="netdisk-hulusi-grade-pieces-html",
        site="翦云网盘 (invented)",
        style="网盘分享",
        genre="通知",
        kind="notice",
        form="html",
        source="https://pan.jianyun.example.com/share/link?k=hls2026",
        title="2026年葫芦丝社会艺术水平考级曲目表",
        record_title="2026年葫芦丝社会艺术水平考级曲目表.docx",
        date=None,
        notes="cloud-drive HTML preview: file-name title; grade table kept; save/download buttons; no date",
        page="""
<html><head><meta charset="utf-8"><title>2026年葫芦丝社会艺术水平考级曲目表.docx_免费高速下载|翦云网盘</title></head><body>
<div class="top">⟦m 翦云网盘⟧ ⟦a 登录⟧</div>
<div class="file">⟦t 2026年葫芦丝社会艺术水平考级曲目表.docx⟧　⟦m 26.4KB⟧　⟦m 分享于 3小时前⟧</div>
<div class="btn">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦d 文件预览由系统自动生成，排版可能与原文件不一致⟧</div>
</body></html>
""",
        body="""
级别　规定曲目（任选一首）　练习曲
一级　《小星星》《欢乐颂》　长音练习
二级　《月光下的凤尾竹》（片段）　吐音练习
三级　《竹林深处》　颤音练习
考生须演奏规定曲目一首和练习曲一首，曲目须背谱演奏。
""",
    ),
    dict(
        slug="wiki-hulusi-entry-edit-html",
        site="翼知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://www.yizhibaike.example.com/wiki/葫芦丝",
        title="葫芦丝",
        record_title="葫芦丝_翼知百科",
        date=None,
        notes="encyclopaedia HTML: catalogue box, edit links, reference list, example year in text; no date",
        page="""
<html><head><meta charset="utf-8"><title>葫芦丝_翼知百科</title></head><body>
<div class="sh">⟦m 翼知百科⟧ ⟦a 进入词条⟧ ⟦a 全站搜索⟧</div>
<h1>⟦t 葫芦丝⟧</h1>
<div class="ops">⟦a 编辑⟧ ⟦a 收藏⟧ ⟦l 分享⟧ ⟦m 浏览 9.2万⟧</div>
<div class="catalog">⟦l 目录　1 简介　2 形制　3 演奏⟧</div>
{BODY}
<div class="ref">⟦l 参考资料　[1] 民族乐器概论，翼知出版社⟧</div>
<div class="lemma-foot">⟦d 词条内容仅供参考，如果您需要解决具体问题，建议咨询相关领域专业人士。⟧</div>
</body></html>
""",
        body="""
葫芦丝是一种簧管乐器，流行于我国西南地区，由葫芦、主管和副管三部分组成。
主管一般开七个音孔，音域为九度，音色圆润柔和，擅长演奏抒情曲调。
二十世纪五十年代以后，葫芦丝经过改良，逐渐在全国普及，成为中小学器乐教学的常用乐器。
""",
    ),
]
