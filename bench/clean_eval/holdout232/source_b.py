"""holdout232, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-lvbodai-essay-all-red-signal-html",
        site="绿波带手记 (invented, Hexo-like blog of a traffic engineer)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://lvbodai.net/2025/03/09/quan-hong-shi-jian/",
        title="信号灯为什么要有“全红”时间",
        record_title="信号灯为什么要有“全红”时间 · 绿波带手记",
        date="2025-03-09",
        notes="blog post with a tag cloud, an archive list, a comment form; a share row glued after a sentence; "
        "the 发表于 line is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>信号灯为什么要有“全红”时间 · 绿波带手记</title>
<meta name="generator" content="Hexo 7.1.1">
<link rel="alternate" href="/atom.xml" type="application/atom+xml">
<script src="/js/theme.js"></script>
</head><body>
<header id="header"><a class="brand" href="/">⟦m 绿波带手记⟧</a><p class="subtitle">⟦m 一个信号配时工程师的路口笔记⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/archives/">⟦m 归档⟧</a> <a href="/tags/">⟦m 标签⟧</a> <a href="/about/">⟦m 关于⟧</a></nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 发表于 2025-03-09 | 分类于 路口杂谈 | 阅读约 3 分钟⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-tags">⟦l # 信号配时 # 交叉口 # 交通安全⟧</div>
<div class="post-nav">⟦l ‹ 绿波带到底能“绿”多远⟧ ⟦l 行人按钮灯是不是摆设 ›⟧</div>
<section id="comments"><h3>⟦l 留下你的看法⟧</h3><textarea placeholder="说点什么吧……"></textarea><p>⟦l 称呼*　邮件地址*　个人站点⟧</p><button>⟦a 提交评论⟧</button></section>
</article></main>
<aside class="sidebar">
<div class="widget"><h4>⟦l 标签云⟧</h4><p>⟦l 绿波 黄灯 全红 左转待行 潮汐车道 行人过街⟧</p></div>
<div class="widget"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年3月 (2)⟧</li><li>⟦l 2025年2月 (4)⟧</li><li>⟦l 2025年1月 (3)⟧</li></ul></div>
</aside>
<footer>⟦m © 2021 - 2025 绿波带手记 · 本站内容采用 CC BY-NC 4.0 许可⟧</footer>
<script src="/js/busuanzi.pure.mini.js" async></script>
</body></html>
""",
        body="""
在路口等车时，细心的朋友会发现，一个方向的黄灯结束后，另一个方向的绿灯并不会马上亮起，而是所有方向都亮着红灯，持续一两秒。这段时间在我们行内叫“全红时间”。
为什么要多等这一两秒？原因在于车辆驶过路口需要时间。黄灯末尾进入路口的车，往往还没有完全驶出；如果另一个方向的绿灯立刻亮起，两股车流就可能在路口中央相遇。
全红时间的长短要根据路口大小来算。小路口一般设1到2秒，大型交叉口可能要3秒以上。设得太短不安全，设得太长又会白白浪费通行时间。⟦l 分享至：微博 · 豆瓣 · 复制本文链接⟧
所以下次在路口看到四面都是红灯，别着急，这短短几秒，正是信号灯在替大家“清场”。
""",
    ),
    dict(
        slug="blog-yanxia-memoir-father-bike-shed-wrapped",
        site="屋檐旧事 (invented personal blog)",
        style="博客",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://wuyanjiushi.blog.cn/post/2025/1104.html",
        title="父亲搭的那间车棚",
        record_title="【记忆】父亲搭的那间车棚｜屋檐旧事博客",
        date=None,
        notes="memoir hard-wrapped at 66 columns; posted 2 天前 (no date); a year in the text is no date",
        page="""
!m 屋檐旧事
!m 记下一点老屋里的光阴
!m 首页　旧事　家常　书影　留言板
{T}
!m 发布于 2 天前 · 阅读 286 · 分类：旧事
{BODY}
!l 标签：老屋　父亲　车棚
!l 上一篇：外婆的针线笸箩
!l 下一篇：镇上的那家照相馆
!l 评论（7）　·　写下你的评论
!l 小满：看哭了，我家也有过这样一间车棚
!m 屋檐旧事 © 2025 · 由 Z-Blog 驱动
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
我家老屋的院墙边，有一间父亲亲手搭的车棚。说是车棚，其实就是四根杉木柱子撑着几张石棉瓦，下面停着父亲那辆二八自行车。
那是八十年代末，父亲在镇上的农机站上班，每天骑车来回二十里路。车子淋了雨容易生锈，他就利用一个星期天，从山上砍了杉木，又托人买来石棉瓦，一个人叮叮当当忙到天黑。
车棚搭好后，成了我和弟弟最喜欢的地方。下雨天，我们蹲在里面看雨水顺着瓦槽往下淌，听父亲一边擦车一边哼着小调。
后来老屋拆了，车棚也跟着没了。父亲如今腿脚不便，很少出门，可每次说起那间车棚，他眼里总有光。
""",
    ),
    dict(
        slug="wechat-haowen-hospital-shower-cap-wound-h1",
        site="号文汇览 (invented WeChat mirror) / 柍城市第二人民医院 account",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.haowenhl.com/a/yc2y/20250621/7781.html",
        title="头部伤口没拆线，洗澡时怎样用浴帽护住",
        record_title=None,
        date="2025-06-21",
        notes="WeChat mirror: no title in the record, the <h1>; a star prompt glued before the first words; the "
        "account line's date is the page's date; the ward's own phone beside the hospital's booking line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>头部伤口没拆线，洗澡时怎样用浴帽护住 - 号文汇览</title>
<meta property="og:site_name" content="号文汇览">
<script>var __mirror={src:"mp",acct:"yc2y"};</script>
</head><body>
<div class="mirror-top">⟦m 号文汇览 · 好文章不怕埋没⟧ <a href="/acct/yc2y">⟦l 进入该号文章合辑⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创⟧ ⟦m 护理部 柍城市第二人民医院⟧ ⟦m 2025-06-21 18:30 发表于江西⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 查看原文⟧ ⟦m 阅读 5163⟧ ⟦a 点赞 ❤ 128⟧ ⟦a 觉得有用就点个“在看”⟧</div>
<div class="qr">⟦w 预约挂号请拨 0798-3357000，或在服务号菜单“掌上二院”办理⟧</div>
</div>
<div class="mirror-side"><h4>⟦l 该号近期文章⟧</h4><ul><li>⟦l 夏天伤口容易感染？护士教你三招⟧</li><li>⟦l 住院期间，家属陪护要注意什么⟧</li></ul></div>
<div class="mirror-foot">⟦d 号文汇览仅收录公开发布的公众号文章，版权归原作者所有，原作者可申请删除。⟧</div>
<script src="/static/mirror.js"></script>
</body></html>
""",
        body="""
⟦a 轻点上方“柍城二院”蓝字，加个星标不错过⟧头部做过手术、缝过针的病人，回家后最常问护士的一个问题就是：伤口没拆线，能不能洗澡？
答案是可以，但要把伤口保护好。最简单的办法就是戴一顶浴帽。
一、选对浴帽。要选松紧边完好、没有破洞的浴帽，一次性浴帽用过一次就扔，不要反复使用。
二、戴法有讲究。先在伤口上盖一层干净纱布，再戴浴帽，松紧边要压到发际线以下，耳朵后面也要包住。
三、时间别太长。洗澡控制在10分钟以内，水温不要太高，避免浴室里水汽太重。
四、洗完及时检查。摘下浴帽后看看纱布有没有湿，湿了要马上更换；如果伤口红肿、渗液，请及时到医院复诊。
神经外科护理咨询电话：0798-3357120（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="wechat-weiwen-pledge-bus-stop-signs-account-date",
        site="微文拾遗 (invented WeChat mirror) / 柍城公交 account",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://weiwen-shiyi.com/mp/ycgj/2025/0428/3306.html",
        title="爱护公交站牌倡议书",
        record_title="爱护公交站牌倡议书_柍城公交_微文拾遗",
        date="2025-04-25",
        date_also=["2025-04-28"],
        notes="WeChat mirror as text: the account line's date differs from the 成文日期; the group's service "
        "line and 分享 stand in the body as content; an image placeholder between paragraphs",
        page="""
!m 微文拾遗 — 拾起每一篇值得读的公众号文章
!m 公众号：柍城公交　　ID：ycgj_0798
{T}
!m 原创　柍城公交　2025-04-28 07:30
!a 听全文 · 时长约2分钟
{BODY}
!a 阅读原文　　在看 86　　点赞 211
!l 往期回顾：13路、27路首末班时间调整啦
!l 往期回顾：公交IC卡年审可以在手机上办了
!d 本页为公众号文章存档副本，文章著作权归柍城公交所有，如需删除请联系 shiyi@weiwen-shiyi.com
""",
        body="""
广大市民朋友们：
公交站牌是城市的“路标”，也是市民出行的好帮手。可是，在一些站点，站牌上被贴满小广告，有的被刻画涂写，有的甚至被撞歪、拆走，给乘客出行带来不便。为此，我们向全体市民发出如下倡议：
⟦m [图片：被小广告贴满的站牌]⟧
一、不在站牌上张贴、涂写小广告，看到乱贴乱画及时劝阻。
二、候车时不倚靠、攀爬站牌，不在站牌上悬挂物品。
三、发现站牌损坏、信息错误，请拨打公交服务热线0798-3100196反映，我们将在24小时内处理。
四、积极参加“站牌认领”志愿活动，和我们一起守护身边的站牌。
爱护站牌，从你我做起。也请把这份倡议分享给身边的亲友。
柍城市公共交通集团有限公司团委
2025年4月25日
""",
    ),
    dict(
        slug="docshare-jiangren-rules-drill-docx-points-lock",
        site="匠人文档网 (invented document-sharing reader)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.jiangrendoc.com/d/6b03e19a.html",
        title="电钻使用安全操作规程",
        record_title="电钻使用安全操作规程.docx",
        date=None,
        notes="file-name record title; sharing reader with an upload notice, ratings, a points lock and a service "
        "WeChat; 第N条 articles, one of them about 扫码 registration; rules carry no date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>电钻使用安全操作规程.docx - 匠人文档网</title>
<script src="https://cdn.jiangrendoc.com/viewer/v3/viewer.js"></script>
<script>window.JR_DOC={id:"6b03e19a",pages:2,price:3};</script>
</head><body>
<div class="jr-header">⟦m 匠人文档网⟧ ⟦m 好文档，匠人造⟧ <a href="/upload">⟦a 我要传文档赚积分⟧</a> <a href="/u/login">⟦a 登录⟧</a></div>
<div class="jr-crumb">⟦m 匠人文档网 / 企业管理 / 安全生产 / 操作规程⟧</div>
<div class="jr-doc">
<h1>{T}</h1>
<div class="jr-info">⟦m 分享者：工具房老李　格式：docx　页数：2　积分：3⟧ ⟦l 评分 ★★★★☆ 4.6（37人评）⟧</div>
<div class="jr-notice">⟦d 本文档由分享者上传，匠人文档网只做存储展示，若有侵权请点“举报”，核实后立即删除。⟧</div>
<div class="jr-body">
{BODY}
</div>
<div class="jr-lock">⟦a 扣除3积分即可下载完整可编辑版⟧ <button>⟦a 立即下载⟧</button></div>
<div class="jr-kefu">⟦w 积分不够？添加客服微信 jiangren_kf01 领新人积分⟧</div>
</div>
<div class="jr-side"><h4>⟦l 同类规程⟧</h4><ul><li>⟦l 角磨机安全操作规程⟧</li><li>⟦l 手持电动工具管理制度⟧</li><li>⟦l 台钻作业指导书⟧</li></ul></div>
<div class="jr-foot">⟦m 匠人文档网 jiangrendoc.com 鲁ICP备23008871号-2⟧</div>
</body></html>
""",
        p_html='<p class="para">{}</p>',
        body="""
第一条 为规范电钻的使用，防止触电、机械伤害等事故，制定本规程。
第二条 本规程适用于公司各车间、工地使用的手电钻、冲击钻和锤钻。
第三条 使用前应检查电源线、插头和外壳，发现破损、漏电或者开关失灵的，不得使用。
第四条 作业时应佩戴防护眼镜，严禁戴手套操作；钻小件时须用台钳夹紧，不得用手直接扶持。
第五条 电钻由工具房统一保管，领用时扫描机身二维码登记，用毕当日归还。
第六条 更换钻头、清理钻屑前，必须先切断电源。
第七条 本规程自发布之日起施行，由安全环保部负责解释。
""",
    ),
    dict(
        slug="docshare-shuzhai-letter-crossing-signal-school",
        site="共享书斋 (invented document-sharing site)",
        style="文档分享",
        genre="函",
        kind="notice",
        form="text",
        source="https://www.gxshuzhai.cn/doc/2025/0911/77310.html",
        title="关于商请调整学校门口人行横道信号灯配时的函",
        record_title="〖函件范本〗关于商请调整学校门口人行横道信号灯配时的函（原件扫描整理）- 共享书斋",
        date="2025-09-02",
        notes="sharing page: an upload notice and a download-points line at the top; a school's own contact line "
        "in the body; 成文日期 under the signature; the upload date is no date",
        page="""
!m 共享书斋 · 文档共享平台
!m 书斋首页 > 公文范本 > 函
!t 〖函件范本〗关于商请调整学校门口人行横道信号灯配时的函（原件扫描整理）
!m 上传人：书斋用户6023　上传时间：2025-09-11　格式：wps　下载次数：96
!d 书斋提醒：本篇由网友自行上传分享，所有权归原作者，仅供交流学习。
!a 免费下载此篇需消耗2书币　　加入书架
{BODY}
!l 相关范本：关于商请设置学校区域限速标志的函 ｜ 关于商请协助维护校门口交通秩序的函
!m 共享书斋 gxshuzhai.cn　客服QQ群：702215836
""",
        indent="\u3000\u3000",
        body="""
椐阳县公安局交通警察大队：
我校位于县城区新华街中段，现有学生1860人。校门口的人行横道信号灯目前绿灯时长为15秒，低年级学生放学时往往一次走不完，存在安全隐患。
为保障学生上下学安全，特商请贵大队在上学（7:10—7:50）、放学（16:30—17:20）时段将该路口人行横道绿灯时长延长至30秒，并在校门两侧增设“学校区域”提示标志。
我校将安排护学岗教师和家长志愿者在上述时段协助维持秩序。恳请予以支持。
联系人：学校安全办　苏文静，电话：0799-5872013。
椐阳县实验小学
2025年9月2日
""",
    ),
    dict(
        slug="edu-jiashan-notice-school-bike-sheds-attachment",
        site="槚山县教育体育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.jiashan.gov.cn/tzgg/2025/0908/3391.html",
        title="关于做好中小学校非机动车棚安全管理工作的通知",
        record_title="关于做好中小学校非机动车棚安全管理工作的通知_通知公告_槚山县教育体育局",
        date="2025-09-05",
        date_also=["2025-09-08"],
        notes="education portal with 听读/大字 links and a technical-support line beside the notice's own "
        "contact, phone and mailbox; 附件 line; portal date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于做好中小学校非机动车棚安全管理工作的通知_通知公告_槚山县教育体育局</title>
<script src="/js/jquery-3.6.0.min.js"></script>
<script src="/js/tingdu.js"></script>
</head><body>
<div class="edu-top">⟦m 槚山县教育体育局⟧ <a href="#">⟦a 听读模式⟧</a> <a href="#">⟦a 大字版⟧</a> <a href="/mail/">⟦m 局长信箱⟧</a></div>
<div class="edu-nav">⟦m 首页　机构概况　教育动态　通知公告　招生考试　办事指南⟧</div>
<div class="edu-where">⟦m 当前页：首页 » 通知公告⟧</div>
<div class="edu-article">
<h2>{T}</h2>
<p class="edu-meta">⟦m 发布时间：2025-09-08　发布科室：安全股　点击数：734⟧</p>
<div class="edu-text">
{BODY}
</div>
<p class="edu-att"><a href="/upload/2025/0908/cpjcb.xlsx">⟦a 📎 中小学校车棚安全检查表.xlsx（点击下载）⟧</a></p>
<p class="edu-print">⟦a 【打印该页】　【返回上页】⟧</p>
</div>
<div class="edu-links"><h4>⟦l 教育专题⟧</h4><p>⟦l 平安校园建设⟧</p><p>⟦l 双减工作专栏⟧</p></div>
<div class="edu-foot"><p>⟦m 槚山县教育体育局主办　地址：槚山县文昌路18号⟧</p>
<p>⟦w 网站技术支持：槚山智联网络科技有限公司 0796-4800311⟧</p>
<p>⟦m 赣ICP备10020376号-1⟧</p></div>
<script>if(window.tingdu){tingdu.init();}</script>
</body></html>
""",
        body="""
各中小学校、幼儿园：
新学期以来，骑电动自行车、自行车上下学的学生和接送家长明显增多，部分学校车棚存在停放拥挤、私接电线充电、照明不足等问题。为确保校园安全，现就有关事项通知如下。
一、各校要对校内车棚进行一次全面检查，重点查看棚顶、立柱是否牢固，电线是否老化。
二、校内车棚一律禁止为电动自行车充电，已私接的插座要在9月20日前拆除。
三、车棚要安排专人管理，放学时段有教师值守，引导学生有序取车。
请各校于9月25日前将检查情况报送局安全股。
联系人：郑浩，电话：0796-4827705，邮箱：aqg@jsedu.cn。
附件：中小学校车棚安全检查表
槚山县教育体育局
2025年9月5日
""",
    ),
    dict(
        slug="edu-chengnan-letter-parents-crossing-signal",
        site="槚山教育网 (invented) / 槚山县城南小学",
        style="教育门户",
        genre="告家长书",
        kind="notice",
        form="text",
        source="http://www.jsjyw.cn/xxdt/cnxx/2025/1010/5528.html",
        title="关于学校门口新增行人过街信号灯致家长的一封信",
        record_title="【家校同行】关于学校门口新增行人过街信号灯致家长的一封信",
        date="2025-10-10",
        notes="school letter on an education site: a numbered list, a sentence telling parents to 关注 the "
        "school's account (content); 成文日期 under the signature; a read-on-phone line between paragraphs",
        page="""
!m 槚山教育网 — 槚山县教育信息发布平台
!m 位置：首页 > 学校动态 > 城南小学
!t 【家校同行】关于学校门口新增行人过街信号灯致家长的一封信
!m 信息来源：城南小学　录入：校办　浏览量：1932
{BODY}
!a 【收藏本页】【打印】【返回列表】
!l 上一条：城南小学2025年秋季开学安全第一课
!l 下一条：城南小学关于国庆假期安全提醒的通知
!m 槚山教育网版权所有　技术维护电话：0796-4800318
""",
        body="""
尊敬的家长朋友：
您好！经县交警大队和我校多次协调，学校门口的人民路上新装了一组行人过街信号灯，将于10月13日正式启用。
新信号灯为按钮式：行人按下立杆上的按钮，约20秒后人行横道亮起绿灯，绿灯时长30秒。为了孩子的安全，请您配合做好以下几点：
⟦a 用手机扫一扫，本页可在手机上阅读⟧
1. 教育孩子看清绿灯再通行，不闯红灯，不在马路上追逐打闹。
2. 接送车辆请停在学校东侧临时停车区，不要在信号灯前停车等候。
3. 请和孩子一起观看学校发布的过街示范视频，关注“城南小学”公众号即可查看。
感谢您的理解与支持！
槚山县城南小学
2025年10月10日
""",
    ),
    dict(
        slug="oa-gongjian-minutes-drill-management-flow",
        site="工建云OA (invented intranet of 柍城建工集团)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://oa.ycjg-group.com/doc/view?id=20250704-0192",
        title="第二工程部电动工具管理专题会议纪要",
        record_title="【工程部纪要】第二工程部电动工具管理专题会议纪要｜工建云OA",
        date="2025-07-03",
        date_also=["2025-07-04"],
        notes="OA document view with its circulation trail, read count and a mark-as-read button; the 时间/地点/"
        "主持/参会/记录 lines are body; the minutes' 时间 line gives the date; 扫码/打印 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【工程部纪要】第二工程部电动工具管理专题会议纪要｜工建云OA</title>
<script src="/oa/static/js/app.9d3e.js"></script>
</head><body class="oa">
<div class="oa-head">⟦m 工建云OA · 柍城建工集团协同办公⟧ ⟦m 当前用户：许曼（第二工程部）⟧ <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议纪要　知识库⟧</div>
<div class="oa-doc">
<div class="oa-bar">⟦a 标为已读⟧ ⟦a 转发同事⟧ ⟦a 另存为PDF文件⟧</div>
<h2>{T}</h2>
<p class="oa-meta">⟦m 拟稿：许曼　审核：陈国栋　发布：2025-07-04 09:12　已读 47 / 未读 6⟧</p>
<div class="oa-content">
{BODY}
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-07-03 17:40 许曼 起草⟧</p><p>⟦m 2025-07-04 08:55 陈国栋 审核通过⟧</p><p>⟦m 2025-07-04 09:12 系统 分发至第二工程部全体⟧</p></div>
</div>
<div class="oa-foot">⟦d 内部资料，禁止外传，截屏带水印⟧ ⟦m 信息中心运维：分机 8016⟧</div>
<script>OA.markRead("20250704-0192");</script>
</body></html>
""",
        body="""
时间：2025年7月3日下午3:00
地点：项目部二楼会议室
主持：陈国栋（第二工程部经理）
参会：各班组长、安全员、工具房管理员，共14人
记录：许曼
会议通报了6月份电动工具检查情况，研究了下一步管理措施。纪要如下：
一、6月共检查在用电钻58台，发现绝缘老化7台、开关损坏3台，均已停用送修。
二、自7月10日起，电钻实行“一机一码”，领用、归还均须扫码登记，工具房每周打印一次领用台账。
三、各班组每月组织一次电钻安全使用培训，新入场工人未经培训不得领用。
四、会议决定，对连续三个月无违章的班组给予通报表扬。
""",
    ),
    dict(
        slug="intranet-qilan-bulletin-shower-caps-table",
        site="栖岚e家 (invented intranet of 栖岚酒店管理集团)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://ehome.qilan-hotels.com/notice/2025/0820/118.html",
        title="关于部分门店客房主动配放浴帽等一次性用品问题的通报",
        record_date="2025-08-20",
        date="2025-08-20",
        notes="title and date from the record; intranet chrome (portal name, approval line, read count, a "
        "watermark notice); a data table one row a paragraph with ideographic spaces",
        page="""
!m 栖岚e家 · 员工门户
!m 首页 → 通知通报 → 质量管理
{T}
!m 发文部门：集团质检部　审批：运营副总裁 孟川　阅读 211
!a 收藏 ｜ 打印 ｜ 下载附件
{BODY}
!d 本信息仅限集团内部员工查阅，请勿截图外传
!m 栖岚e家 IT服务台：分机 6600
""",
        indent="\u3000\u3000",
        body="""
各门店：
根据集团推进绿色客房建设的要求，门店客房不得主动提供浴帽、牙刷等一次性用品。8月中旬，集团质检部对12家门店进行了暗访，发现4家门店仍在客房内主动配放浴帽。现将有关情况通报如下：
门店　暗访房间数　主动配放房间数
萋口店　10　6
荜坪店　8　3
桴湖店　12　5
茇湾店　9　2
上述门店要立即整改，收回客房内配放的浴帽，改为在卫生间放置取用提示卡。各门店店长要举一反三，于8月31日前将整改情况报质检部。
栖岚酒店管理集团质检部
2025年8月20日
""",
    ),
]
