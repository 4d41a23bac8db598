"""holdout313, part B: blogs, WeChat mirrors, sharing sites, education portals, intranets.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="xiaodeng-blog-memoir-enamel-toothbrush-cup",
        site="一盏小灯的博客 (invented, static blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://xiaodeng.blog/posts/2024/father-enamel-cup/",
        title="父亲的搪瓷牙刷杯",
        record_title="【屋角拾物】父亲的搪瓷牙刷杯 - 一盏小灯的博客",
        date=None,
        notes="static blog: tag cloud, archive, reading time, comment form; relative post time (no date); "
        "a tip line glued after the last 。 and a further-reading link between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【屋角拾物】父亲的搪瓷牙刷杯 - 一盏小灯的博客</title>
<link rel="alternate" type="application/rss+xml" href="/atom.xml">
<script defer src="/js/theme.js"></script>
</head><body>
<header class="site-header"><a class="brand" href="/">⟦m 一盏小灯的博客⟧</a>
<span class="motto">⟦m 给旧物写几行字⟧</span>
<nav><a href="/">⟦m 文章⟧</a> <a href="/tags/">⟦m 标签⟧</a> <a href="/archives/">⟦m 归档⟧</a> <a href="/about/">⟦m 关于我⟧</a></nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 小灯 · 2 周前 · 分类：屋角拾物 · 阅读约 3 分钟⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-tags">⟦l # 旧物 # 父亲 # 搪瓷⟧</div>
<div class="post-nav">⟦l ← 外婆的竹壳暖壶⟧ ⟦l 一只铝饭盒的四十年 →⟧</div>
</article>
<section class="comments"><h3>⟦l 留言（6）⟧</h3>
<p>⟦l 过客阿七：我家也有一只，杯底的漆也掉了⟧</p>
<form>⟦a 昵称 邮箱 写下你的留言 提交留言⟧</form></section></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 旧物 父亲 老屋 搪瓷 厨房 节气⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年 11 篇⟧</li><li>⟦l 2023年 27 篇⟧</li></ul></aside>
<footer>⟦d 本站文字除注明外均为原创，转载请留下作者名和原文地址⟧ ⟦m © 2019-2024 小灯 · 由静态博客程序生成⟧</footer>
</body></html>
""",
        body="""
父亲的牙刷杯是一只白色搪瓷杯，杯身印着一行红字“锵岭县农机修造厂先进生产者”，杯沿磕掉了好几块漆，露出黑色的铁底。
那是他年轻时得的奖品。后来奖状早就找不到了，这只杯子却一直摆在洗脸架上，里面插着他那把毛快掉光的牙刷。母亲嫌它难看，几次要扔，都被他拦下来。
⟦l 延伸阅读：我家的老洗脸架⟧
每天早上，父亲先把杯子接满凉水，刷完牙再用剩下的水把杯子里外冲一遍，倒扣在窗台上晾着。他说，杯子要倒着放，里面才不会长水垢。
父亲走后第二年，我回老屋收拾东西，那只杯子还倒扣在窗台上，杯底积了一层灰。我把它带回城里，洗干净，放在书架上。⟦a 喜欢这篇小文，可以请小灯喝杯清茶⟧
""",
    ),
    dict(
        slug="songshen-blog-mop-bucket-diary-wrapped",
        site="宋婶的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://blog.xiangxia-ren.com/songshen/art/20240312_3390.html",
        title="我和那只蓝色拖把桶",
        record_title="〔保洁日记〕我和那只蓝色拖把桶 | 宋婶的博客",
        date=None,
        notes="a blog text hard-wrapped at 56 columns; relative post time; tags, prev/next and comments",
        page="""
!m 宋婶的博客　——一个保洁员的小本子
!m 博客首页 | 日记 | 相册 | 留言板
!t 〔保洁日记〕我和那只蓝色拖把桶
!m 发表于 昨天 21:40　阅读(318)　评论(4)
{BODY}
!l 标签：保洁 日记 拖把桶
!l 上一篇：第一天上班就迷了路
!l 下一篇：过年值班的那个晚上
!l 评论区　网友“夜班护士”：宋婶辛苦了，每天早上看到您都在拖地
!a 转载到我的博客　｜　收藏
!m 乡下人博客平台　xiangxia-ren.com
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
我在彗湖区人民医院门诊楼做保洁，今年是第六年了。我负责三楼，手里一直是一只蓝色的拖把桶，桶上用记号笔写着“三楼东”。
刚来的时候，我不懂为什么拖把桶要分颜色。护士长跟我说，蓝色桶只拖走廊和候诊区，卫生间用红色的，两只桶的水绝不能倒在一起，不然病房里的细菌就跟着拖把满楼跑。
这只桶带一个压水的篮子，拖把放进去一压，水就挤干了。以前用老式桶，全靠手拧，冬天手上裂口子。现在拖完地，地面一会儿就干，病人不容易滑倒。
每天下班前，我把桶刷干净，倒过来放在工具间的架子上。六年了，桶换过两只，颜色一直是蓝的。
""",
    ),
    dict(
        slug="hospital-account-mirror-toothbrush-cup-h1",
        site="公号阅读站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="article",
        form="html",
        source="https://gzhyuedu.cn/a/yanxi-rmyy/20240320/5501.html",
        title="牙刷杯里藏着细菌“小窝”，这样放才卫生",
        record_title=None,
        date="2024-03-20",
        notes="no title in the record: the article's <h1>; the account line's date as the page's date; "
        "a follow prompt glued before the first words, 阅读原文/在看/赞赏 rows, QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>公号阅读站</title>
<script src="/static/mirror.js"></script>
</head><body>
<div class="mirror-top">⟦m 公号阅读站 · 好文章不怕找不到⟧ <a href="/">⟦m 站点首页⟧</a> <a href="/hot">⟦m 今日热文⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta"><span>⟦m 原创⟧</span> <span>⟦m 焱溪县人民医院⟧</span> <span>⟦m 2024年3月20日 08:15⟧</span> <span>⟦m 湖南⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="bottom"><p>⟦l 阅读原文⟧ ⟦l 阅读 5067⟧ ⟦l 在看 43⟧ ⟦l 赞 96⟧</p>
<p>⟦a 喜欢作者 赞赏支持⟧</p>
<p>⟦a 长按二维码 关注焱溪县人民医院⟧</p></div></div>
<div class="mirror-note">⟦d 本页由公号阅读站自动存档，原文版权归公众号作者，如需删除请来信 del@gzhyuedu.cn⟧</div>
<div class="mirror-rel"><h4>⟦l 该公众号的其他文章⟧</h4>
<p>⟦l 春季过敏高发，这份防护指南请收好⟧</p><p>⟦l 口腔科新增夜间门诊啦⟧</p></div>
</body></html>
""",
        p_html='<section><p style="text-indent:2em">{}</p></section>',
        body="""
⟦a 点击上方蓝字，关注我们⟧不少家庭的牙刷杯，一用就是好几年，杯底常常积着一层水，摸上去滑滑的。口腔科的医生提醒，这层“滑腻”其实是细菌和霉菌形成的生物膜。
“牙刷杯是潮湿、阴暗的环境，细菌最喜欢。”医院口腔科主治医师钟若溪说，门诊中不少反复牙龈发炎的患者，家里的牙刷杯都很久没清洗过。
怎样用牙刷杯才卫生？钟医生给出三条建议：一是牙刷刷头朝上放，刷完甩干水分，不要把刷头泡在杯底的积水里；二是牙刷杯每周用开水烫一次，或用小苏打刷洗；三是优先选择底部镂空、容易沥水的杯子，放在通风的地方。
另外，一家人的牙刷最好分杯放，刷头之间不要互相碰触，以免交叉感染。
""",
    ),
    dict(
        slug="yuanwan-school-account-pledge-one-cup-text",
        site="微文仓 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.weiwencang.com/mp/ywzx/2023/0915/1173.html",
        title="“一人一杯，一杯一刷”文明洗漱倡议书",
        record_title="致全体同学丨“一人一杯，一杯一刷”文明洗漱倡议书｜媛湾镇中心小学_微文仓备份",
        date="2023-09-14",
        date_also=["2023-09-15"],
        notes="WeChat mirror as text: account line with a later date, 成文日期 under the signature; a star prompt glued "
        "before the salutation; a sentence asking readers to 转发/分享 stays in the body",
        page="""
!m 微文仓 · 公众号文章备份
!t 致全体同学丨“一人一杯，一杯一刷”文明洗漱倡议书
!m 媛湾镇中心小学　2023-09-15 07:30
!m 原创　少先队大队部
{BODY}
!l 阅读原文　　阅读 1806　　在看 31
!a 长按识别下方小程序码，查看更多校园动态
!d 微文仓仅做公开文章的备份与检索，原文著作权归原作者所有
!l 往期推荐：新学期安全第一课　｜　秋季运动会报名开始啦
""",
        body="""
⟦a 戳上方“媛湾镇中心小学”设为星标⟧亲爱的同学们、家长朋友们：
新学期开始了，学校不少同学住校。我们在检查宿舍时发现，有的同学几个人合用一个牙刷杯，有的牙刷杯长期不洗，杯底发黑。为了大家的健康，少先队大队部向全体同学发出如下倡议：
一、一人一杯。每人准备自己的牙刷杯，贴上姓名，不借用、不混用。
二、一杯一刷。一个杯子只放自己的一把牙刷，刷头朝上，用完甩干。
三、勤洗勤换。每周日返校时把牙刷杯洗净晾干，牙刷三个月换一次。
四、互相提醒。看到同学忘记洗杯子，友善地提醒一声。
请家长朋友们把这份倡议分享给孩子，一起养成好习惯！
媛湾镇中心小学少先队大队部
2023年9月14日
""",
    ),
    dict(
        slug="wenjuhui-share-request-thermos-nursing-home-docx",
        site="文聚汇 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.wenjuhui.com/p-60418827.html",
        title="姣田镇人民政府关于为镇敬老院更换暖水瓶和瓶塞的请示",
        record_title="姣田镇人民政府关于为镇敬老院更换暖水瓶和瓶塞的请示.docx",
        date="2023-11-02",
        notes="file-name record title; sharing reader with ratings, upload notice, points lock and a service WeChat "
        "beside the request's own contact line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>姣田镇人民政府关于为镇敬老院更换暖水瓶和瓶塞的请示.docx - 文聚汇</title>
<script src="/js/viewer.min.js"></script>
</head><body>
<div class="head"><a href="/">⟦m 文聚汇⟧</a> <span>⟦m 汇聚好文档 分享好资料⟧</span>
<input placeholder="搜一搜"> <a href="/upload">⟦a 我要传文档⟧</a></div>
<div class="title"><h2>{T}</h2>
<div class="info">⟦m 分享人：jt_wenmi　　大小：23.6KB　　共2页　　★★★★☆ 12人评价⟧</div></div>
<div class="tip">⟦d 温馨提示：文聚汇上的文档由网友上传，所得积分归上传者，如有侵权请联系平台删除⟧</div>
<div class="viewer">
{BODY}
</div>
<div class="pay">⟦a 下载这篇需消耗3积分 ⟧<a>⟦a 去赚积分⟧</a></div>
<div class="kefu">⟦w 找不到想要的文档？加文聚汇客服微信 wjh-kefu07 免费代找⟧</div>
<div class="rel">⟦l 猜你还想看：敬老院冬季取暖安全工作方案.docx　关于增加特困供养经费的请示.doc⟧</div>
<div class="foot">⟦m 文聚汇 wenjuhui.com　粤ICP备20055291号⟧</div>
</body></html>
""",
        body="""
县民政局：
镇敬老院现集中供养特困老人42名。院内现用暖水瓶大多是2016年购置的，瓶胆老化、保温差，软木瓶塞普遍开裂、塞不严，老人倒水时常有热水从瓶口溢出。今年入秋以来，已发生两起老人手背轻度烫伤的情况，存在较大安全隐患。
为保障老人冬季用水安全，我镇拟为敬老院更换暖水瓶50只，同时为保留使用的旧暖水瓶更换防烫硅胶瓶塞30个，预计需资金4800元。镇财政已安排1800元，尚缺3000元。
恳请县民政局在特困供养设施改善资金中予以支持。
妥否，请批示。
联系人：岑丽娟，电话：0734-8960215。
姣田镇人民政府
2023年11月2日
""",
    ),
    dict(
        slug="wendoudou-share-rules-cleaning-tools-wps-markers",
        site="文兜兜 (invented)",
        style="文档分享",
        genre="制度",
        kind="regulation",
        form="text",
        source="https://www.wendoudou.net/doc/2024/1107/883015.html",
        title="锵岭县第一中学保洁工具管理规定",
        record_title="锵岭县第一中学保洁工具管理规定.wps",
        date=None,
        notes="file-name record title; a rule with 第N条 articles cut by ⸏第n页⸏ markers on lines of their own; "
        "an article that speaks of 扫码 stays; no date (an effective clause only)",
        page="""
!m 文兜兜　wendoudou.net
!t 锵岭县第一中学保洁工具管理规定.wps
!m 文件大小：41KB　　页数：3　　上传时间：刚刚
!d 声明：本文档来自文兜兜用户共享，如有侵犯您的权益请点“举报”，平台核实后删除
{BODY}
!a 剩余内容已隐藏，下载后可查看全部
!a 下载（2兜币）　　加入文件夹
!l 同类文档：学校卫生间保洁标准.wps　宿舍楼保洁员岗位职责.doc
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⸏第{n}页⸏", every=100, start=2),
        body="""
第一条　为规范学校保洁工具的配置、使用和保管，防止交叉污染，制定本规定。
第二条　各楼层保洁工具由总务处统一采购、统一编号。拖把桶按用途分为两种颜色：蓝色用于教室和走廊，红色用于卫生间，不得混用。
第三条　保洁员每日工作结束后，应将拖把桶内污水倒入指定污水池，桶内外冲洗干净，倒扣放置在工具间，不得放在楼梯间和走廊。
第四条　拖把桶出现开裂、滑轮损坏的，保洁员应当扫描工具间门上的二维码报修，总务处三个工作日内更换。
第五条　总务处每月检查一次保洁工具的使用和存放情况，检查结果纳入保洁员月度考核。
第六条　本规定自印发之日起施行。
""",
    ),
    dict(
        slug="huihu-edu-notice-boarding-toothbrush-cups",
        site="彗湖区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.huihu.gov.cn/tyw/2023/1019/7826.html",
        title="关于开展寄宿制学校学生洗漱用品卫生专项检查的通知",
        record_title="关于开展寄宿制学校学生洗漱用品卫生专项检查的通知-体卫艺动态-彗湖区教育信息网",
        date="2023-10-18",
        date_also=["2023-10-19"],
        notes="education portal: 附件 list beside an attachment download link, the document's contact and mailbox "
        "beside the portal's technical line; 请各校下载附件 stays; 成文日期 under the signature, portal date also",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展寄宿制学校学生洗漱用品卫生专项检查的通知-体卫艺动态-彗湖区教育信息网</title>
<link rel="stylesheet" href="/css/edu.css">
</head><body>
<div class="top"><a>⟦a 长辈版⟧</a> <a>⟦a 无障碍版⟧</a> <a>⟦a 教师登录⟧</a></div>
<div class="logo">⟦m 彗湖区教育信息网⟧ ⟦m 彗湖区教育局主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 体卫艺动态⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="where">⟦m 当前栏目：首页 ＞ 体卫艺动态 ＞ 正文⟧</div>
<div class="article"><h1>{T}</h1>
<div class="src">⟦m 来源：体育卫生与艺术教育科　发布：2023-10-19　访问次数：2214⟧</div>
<div class="fs">⟦a 【调整字号 A+ A A-】⟧</div>
{BODY}
<p class="down"><a href="/u/2023/1019/jcb.docx">⟦a 点击下载：附件1-2.zip⟧</a></p>
</div>
<div class="ewm">⟦a 手机扫一扫，在移动端阅读本页⟧</div>
<div class="footer"><p>⟦m 彗湖区教育局　地址：彗湖区锵鸣路16号⟧</p>
<p>⟦m 网站技术支持：0731-8472 6630（工作日）⟧</p><p>⟦m 湘ICP备10020837号⟧</p></div>
</body></html>
""",
        body="""
区属各寄宿制学校：
近期，部分家长反映学生宿舍牙刷杯、毛巾混放，个别学生多人共用一个牙刷杯。为保障住校学生健康，区教育局决定在全区寄宿制学校开展学生洗漱用品卫生专项检查。现将有关事项通知如下。
一、检查内容。学生牙刷杯是否一人一杯、标注姓名；牙刷是否刷头朝上、定期更换；洗漱台是否每日清洁、通风良好。
二、时间安排。10月23日至11月3日学校自查，11月6日至17日区教育局组织抽查。
三、有关要求。各校要指定一名校级领导负责，自查中发现的问题立行立改。请各校下载附件，于11月3日前将自查表报送体卫艺科。
附件：1.寄宿制学校洗漱用品卫生检查表
2.学生洗漱用品摆放示意图
联系人：喻晓芸，电话：0731-84726618，邮箱：hhqtwy@163.com。
彗湖区教育局
2023年10月18日
""",
    ),
    dict(
        slug="yuanwan-primary-plan-cup-placement-decimal",
        site="媛湾镇中心小学 (invented school site)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.ywzxxx.cn/xygg/2023/09/0904_212.html",
        title="媛湾镇中心小学学生宿舍洗漱用品规范摆放实施方案",
        record_title="〔德育·卫生〕媛湾镇中心小学学生宿舍洗漱用品规范摆放实施方案 - 校园公告 - 媛湾镇中心小学",
        date="2023-09-04",
        notes="a plan with decimal headings 1.1–3.2; 成文日期 under the signature; school site chrome",
        page="""
!m 媛湾镇中心小学　　求真　向善　尚美
!m 学校首页 / 校园公告 / 德育·卫生
!t 〔德育·卫生〕媛湾镇中心小学学生宿舍洗漱用品规范摆放实施方案
!m 发布人：政教处　　点击：402
{BODY}
!a 打印　|　关闭本窗口
!l 上一篇：2023年秋季学期住校生报到须知
!m 学校地址：媛湾镇学府路9号　校办电话：0734-8936101
""",
        body="""
为培养住校学生良好的卫生习惯，规范宿舍洗漱用品摆放，结合我校实际，制定本方案。
1.工作目标
1.1 全校12间学生宿舍实现牙刷杯一人一格、统一摆放。
1.2 学生牙刷杯、毛巾标识清楚，杜绝混用。
2.具体措施
2.1 学校为每间宿舍安装一组带编号的杯架，每个杯位对应一张床铺。
2.2 学生牙刷杯贴姓名和床号，刷头朝上放置，毛巾挂在对应编号的挂钩上。
2.3 生活老师每天午休前检查一次，发现杯内积水、刷头朝下的当场纠正。
3.检查评比
3.1 政教处每周抽查一次，结果纳入“文明宿舍”评比。
3.2 每月评出“洗漱之星”宿舍3间，在升旗仪式上表扬。
媛湾镇中心小学
2023年9月4日
""",
    ),
    dict(
        slug="hengqiang-oa-minutes-cutlery-polishing",
        site="恒锵餐具协同办公门户 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hengqiang-tableware.com/doc/view?id=2024051538",
        title="关于西餐刀叉抛光不良问题的质量专题会议纪要",
        record_title="〔品质专题会〕关于西餐刀叉抛光不良问题的质量专题会议纪要 - 恒锵协同门户",
        date="2024-05-14",
        notes="OA document view: 流转记录, read count, 标记已阅 button; the 时间/地点/主持/参会/记录 lines stay in the body; "
        "the date from the minutes' 时间 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔品质专题会〕关于西餐刀叉抛光不良问题的质量专题会议纪要 - 恒锵协同门户</title>
<script src="/oa/static/flow.js"></script>
</head><body>
<div class="oa-top">⟦m 恒锵协同门户⟧ ⟦m 当前用户：品管部 邝晓东⟧ <a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文管理⟧ ⟦m 会议管理⟧ ⟦m 知识库⟧</div>
<div class="oa-path">⟦m 会议管理 / 会议纪要 / 查看⟧</div>
<div class="doc"><h2>{T}</h2>
<div class="doc-meta">⟦m 起草部门：品质管理部　密级：内部　阅读次数：57⟧</div>
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2024-05-15 09:12 邝晓东 起草⟧</p>
<p>⟦l 2024-05-15 10:40 钟启航 审核通过⟧</p>
<p>⟦l 2024-05-15 14:03 分发至生产部、品质管理部、采购部⟧</p></div>
<div class="ops"><button>⟦a 标记已阅⟧</button> <button>⟦a 转办⟧</button> <button>⟦a 导成PDF⟧</button></div>
<div class="oa-foot">⟦m 恒锵餐具有限公司信息中心　IT服务分机：8008⟧</div>
</body></html>
""",
        body="""
时间：2024年5月14日下午3时
地点：公司二楼质量会议室
主持：钟启航（分管质量副总经理）
参会：生产部、品质管理部、采购部负责人，抛光车间各班组长
记录：邝晓东
4月以来，出口西餐刀叉抛光不良率由1.2%上升到3.8%，客户两次来函投诉餐刀刀面有“橘皮纹”。会议分析了原因，议定如下事项：
一、抛光车间立即停用两台老化的抛光机，5月20日前完成维修；维修期间增开一个夜班，保证交期。
二、品质管理部将刀叉外观检验由抽检改为全检，不良品单独隔离，每日通报。
三、采购部对新批次抛光蜡进行比对试验，不合格的退回供应商。
四、5月底前再开一次专题会，检查整改效果。
""",
    ),
    dict(
        slug="nuanyuan-intranet-bulletin-stopper-batch",
        site="暖源日用内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.nuanyuan-daily.cn/gonggao/2023/1206_0412.html",
        title="关于11月份暖瓶塞批次质量问题的通报",
        record_date="2023-12-06",
        date="2023-12-06",
        notes="record title and record date; a quality 通报 with its table; intranet chrome with the IT desk extension",
        page="""
!m 暖源日用内网　|　员工门户
!m 首页 > 公司公告 > 质量通报
!t 关于11月份暖瓶塞批次质量问题的通报
!m 发布部门：质量部　浏览：211　附件：0
{BODY}
!a 已读　　未读人员名单　　打印
!m 内网技术支持：信息部　分机 6600
""",
        body="""
各车间、各部门：
11月，质量部在出厂检验中发现两个批次的暖瓶塞存在质量问题，现通报如下。
批次号　产品　问题　数量
NS231108　软木暖瓶塞（大号）　塞体开裂　1200只
NS231117　硅胶暖瓶塞（中号）　尺寸偏小、密封不严　800只
经查，软木塞开裂是因原料含水率偏高、烘干时间不足；硅胶塞尺寸偏小是模具磨损后未及时校准。两个批次已全部隔离返工，未流入市场。
对此，给予二车间、三车间通报批评，扣减当月质量考核分各5分。各车间要举一反三，原料入厂必须检测含水率，模具每周校准一次。
质量部
2023年12月6日
""",
    ),
]
