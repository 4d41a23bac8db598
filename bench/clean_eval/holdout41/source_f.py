"""holdout41, part F: print views, forwarded mails and one more of the portal, forum, Q&A,
sharing, encyclopaedia, snapshot, WeChat and 范文 pages for the invented organisations."""

CASES = [
    dict(
        slug="print-ruocheng-seal-exhibition-rules-html",
        site="箬城县文化馆 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.rcwhg.example.org.cn/print.asp?id=2217",
        title="箬城县文化馆篆刻作品展览借展管理办法",
        record_title="箬城县文化馆篆刻作品展览借展管理办法",
        date="2025-05-06",
        notes="a print view in HTML: a print/close button row hidden-styled, the source URL and print stamp, a 'page 1 of 1' footer; numbered articles kept; the date under the issuer",
        page="""
<html><head><meta charset="utf-8"><title>打印预览</title><style>@media print{.noprint{display:none}}</style></head><body onload="window.print()">
<div class="noprint">⟦a [打印本页]　[关闭窗口]⟧</div>
<div class="src">⟦m 来源网址：http://www.rcwhg.example.org.cn/show.asp?id=2217⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 打印日期：2025/10/09　第 1 页，共 1 页⟧</div>
</body></html>
""",
        body="""
第一条　为规范篆刻作品借展工作，保障借展作品安全，制定本办法。
第二条　借展单位须提前十五个工作日提交书面申请，写明展览名称、时间、地点和安保措施。
第三条　借展作品须由双方共同清点、拍照、登记，并签订借展协议。
第四条　借展期间作品损坏或遗失的，由借展单位按协议约定承担赔偿责任。
第五条　本办法自发布之日起施行。
箬城县文化馆
2025年5月6日
""",
    ),
    dict(
        slug="mail-html-qinfang-export-fair-invitation-webmail",
        site="琴韵乐器 企业邮箱 (invented)",
        style="邮件转发",
        genre="邀请函",
        kind="letter",
        form="html",
        source="https://mail.qinyun-violin.example.com/read?mid=ZC1105-88231",
        title="关于参加2025樨州国际提琴制作博览会的邀请函",
        record_title="Fw: 关于参加2025樨州国际提琴制作博览会的邀请函",
        date="2025-08-20",
        notes="a webmail read view in HTML: reply/forward buttons, header table, the forwarder's note, a quoted-mail divider and the mail client's footer; the invitation's own 联系人/电话/邮箱 kept; the date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>Fw: 关于参加2025樨州国际提琴制作博览会的邀请函 - 企业邮箱</title></head><body>
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<table class="hdr">
<tr><td>⟦m 发件人：销售部 程佳 &lt;chengjia@qinyun-violin.example.com&gt;⟧</td></tr>
<tr><td>⟦m 收件人：海外业务组⟧</td></tr>
<tr><td>⟦m 时间：2025年8月21日 10:14⟧</td></tr>
<tr><td>⟦m 主题：Fw: 关于参加2025樨州国际提琴制作博览会的邀请函⟧</td></tr></table>
<div class="note">⟦w 各位：请按邀请函要求准备参展样琴，有问题找我。程佳 13977051206⟧</div>
<div class="quote">⟦m -------- 原始邮件 --------⟧<br>⟦m 发件人："博览会组委会" &lt;expo@xzqinpark.example.gov.cn&gt;⟧</div>
{BODY}
<div class="ft">⟦d 本邮件由企业邮箱安全系统扫描，未发现病毒⟧</div>
</body></html>
""",
        body="""
各提琴制作企业：
2025樨州国际提琴制作博览会将于10月18日至20日在樨州国际会展中心举办，现诚邀贵单位参展。
一、展会内容。设提琴成品展区、琴材配件展区和制琴大师工作坊，同期举办国际制琴比赛。
二、参展办法。请于9月15日前填写参展回执，每家企业限申请标准展位两个。
三、联系方式。联系人：甘露，电话：0775-3328077，邮箱：expo@xzqinpark.example.gov.cn。
樨州提琴产业园管委会
2025年8月20日
""",
    ),
    dict(
        slug="gov-qintian-forge-village-plan-old-portal-html",
        site="箐田镇人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.qingtian-town.example.gov.cn/Article/ShowArticle.asp?ArticleID=1182",
        title="箐田镇锻造产业集中区建设实施方案",
        record_title="箐田镇锻造产业集中区建设实施方案",
        date="2025-05-30",
        notes="an old ASP township portal: a marquee, a date-and-weekday line, an 'article entry' info row with 点击数, a font-size row, a 'prev/next' pair and a visitor counter; a decimal-heading plan kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>箐田镇人民政府</title></head><body>
<table width="900" align="center"><tr><td>⟦m 箐田镇人民政府欢迎您！⟧</td><td>⟦m 今天是：2025年10月08日 星期三⟧</td></tr></table>
<table width="900" align="center"><tr><td><marquee>⟦l 热烈祝贺箐田镇入选省级特色小镇培育名单！⟧</marquee></td></tr></table>
<table width="900" align="center"><tr><td>⟦m 您现在的位置：箐田镇人民政府 &gt;&gt; 政务公开 &gt;&gt; 规划计划⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 文章录入：dangzhengban　　点击数：388　　更新时间：2025-05-30⟧</td></tr>
<tr><td align="right">⟦a 【字体：小 大】⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦l 上一篇文章：箐田镇2025年防汛抗旱应急预案⟧</td></tr>
<tr><td>⟦l 下一篇文章：关于做好秋季森林防火工作的通知⟧</td></tr></table>
<table width="900" align="center"><tr><td>⟦m 版权所有：箐田镇人民政府　访问人数：０１２８７７⟧</td></tr></table>
</body></html>
""",
        body="""
为推动铁器锻造产业集聚发展，解决作坊分散、噪声扰民和环保设施不足等问题，制定本方案。
1 建设目标
1.1 用两年时间建成占地约三十亩的锻造产业集中区，引导全镇锻造作坊全部入驻。
1.2 集中区统一配套除尘、降噪和废水处理设施，达到环保要求。
2 主要任务
2.1 2025年完成选址、规划和土地报批，启动标准化厂房建设。
2.2 2026年完成厂房建设和作坊搬迁，同步建设锻造技艺展示馆。
3 保障措施
成立由镇长任组长的工作专班，对入驻作坊给予三年租金减免。
箐田镇人民政府
2025年5月30日
""",
    ),
    dict(
        slug="forum-qinyou-violin-players-post-quote-boxes",
        site="琴友之家论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.qinyouzhijia.example.net/viewthread.php?tid=40192",
        title="去樨州提琴产业园选琴的一点心得",
        record_title="去樨州提琴产业园选琴的一点心得",
        date=None,
        notes="a hobby forum post: a quote box from another member between paragraphs, a 'last edited' line, medals and signature; no date in the text (the post's own time is only '前天'); a sentence about 分享 photos kept",
        page="""
!m 琴友之家 » 弦乐器交流 » 选琴心得
{T}
!m 作者：松香与弓　前天 23:51　|　楼主
!m 勋章：资深琴友　优秀版主
{BODY}
!a 本帖最后由 松香与弓 于 前天 23:58 编辑
!m 签名：左手揉弦，右手运弓
!l 评分　收藏　举报　|　回复
""",
        body="""
上周专门去了一趟樨州提琴产业园给孩子选琴，跑了七八家作坊，有几点心得，分享给要选琴的家长。
第一，一定要带上孩子的老师或者懂琴的朋友，自己去很容易被外观迷住。
⟦l 引用：@弓毛白 2楼：请问产业园里哪家的四分之三琴比较好？⟧
第二，同一价位的琴，音色差别很大，一定要多试几把，听听低音和高音是否均衡。
第三，问清楚面板和背板的木料，以及是否包含售后调音。
我在论坛相册里分享了几张作坊的照片，有需要的琴友可以去看看。
""",
    ),
    dict(
        slug="qa-liaoyuan-donation-memorial-visit-question",
        site="问呗 (invented)",
        style="问答社区",
        genre="解答",
        kind="answer",
        form="text",
        source="https://www.wenbei.example.com/q/7781002",
        title="器官捐献者纪念园可以去参观吗？",
        record_title="器官捐献者纪念园可以去参观吗？",
        date=None,
        notes="a Q&A page: the asker line, the accepted answer with a badge, an 'answer 1 year ago' relative time (no date), 'more answers' list and an ad slot between paragraphs",
        page="""
!m 问呗 > 生活 > 本地生活 > 蓼原
{T}
!m 网友 小***　提问于 2024年　｜　1 个回答
!m ✔ 已采纳
{BODY}
!m 回答者：生命之光志愿者　一年前
!l 赞 46　踩 0　举报
!l 更多相关问题：蓼原遗体捐献在哪里登记？
""",
        body="""
可以参观的。蓼原市人体器官捐献者纪念园在市郊青松陵园东侧，全年免费开放。
⟦l 广告　墓园服务一站式预约，点击了解⟧
每年清明节前后和4月的宣传月期间，红十字会会在纪念园组织缅怀活动，市民可以自愿参加。
去的时候请保持安静，不要在名录墙前喧哗，献花请用鲜花，不要焚烧纸钱。
""",
    ),
    dict(
        slug="docshare-zhaohu-go-school-safety-letter-markers-mix",
        site="共享文库站 (invented)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.gongxiangwk.example.org/doc/6620031.html",
        title="致全体学员家长的一封信（寒假安全）",
        record_title="致全体学员家长的一封信（寒假安全）.pdf",
        date="2025-01-10",
        notes="a sharing page with a PDF file-name title whose own parenthesis is part of the title; a preview cut by ▎n markers glued or on their own; a return-slip 回执 with a placeholder line kept; the date under the signature",
        pages=dict(fmt="▎{n}", every=140, start=2, glue="mix"),
        page="""
!m 共享文库站　|　家校沟通
!t 致全体学员家长的一封信（寒假安全）.pdf
!m 页数：2　|　收藏：19　|　来自：黑白棋院教务处
{BODY}
!a 阅读全文请登录　｜　下载文档（1积分）
!d 本站文档均由用户自主上传，本站不对其内容的真实性负责。
""",
        body="""
尊敬的家长：
您好！寒假即将来临，为让孩子度过一个安全、快乐的假期，现将有关事项告知如下。
一、本院寒假时间为1月20日至2月14日，2月15日正式开课。
二、假期中请家长督促孩子每天下棋或做题不少于半小时，合理安排使用电子产品的时间。
三、外出时注意交通安全，不到冰面、河边等危险区域玩耍。
四、如有问题，请与班主任联系。
黑白棋院
2025年1月10日
回执
学员姓名：________　家长签名：________
""",
    ),
    dict(
        slug="baike-youhua-village-entry-text",
        site="知识家百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://baike.zhishijia.example.com/wiki/大榕油画村",
        title="大榕油画村",
        record_title="大榕油画村 - 知识家百科",
        date=None,
        notes="an encyclopaedia entry in text: an info box as meta lines, an edit/history row, a table of contents between the summary and the sections, a category line; a data table one row a paragraph; no date",
        page="""
!m 知识家百科，人人可编辑的百科全书
{T}
!a 编辑　|　查看历史　|　讨论
!m 中文名：大榕油画村　所属地区：檀埠县大榕镇　主要产业：油画加工与销售
{BODY}
!l 分类：檀埠县　|　特色村落　|　油画
!d 本词条内容仅供参考，如有错误欢迎编辑修正。
""",
        body="""
大榕油画村位于檀埠县大榕镇，是省内规模较大的油画生产和交易基地。
⟦l 目录　1 发展历程　2 产业规模　3 文化活动⟧
发展历程
20世纪90年代初，村民开始为外地画商临摹加工油画，1998年前后形成二十余户专业户。
产业规模
年份　画室数量　从业人员
2015年　六十八家　三百余人
2025年　一百三十二家　六百余人
文化活动
油画村每年举办写生节，吸引各地美术院校师生前来写生。
""",
    ),
    dict(
        slug="snapshot-dakou-brocade-contest-result-html-frame",
        site="搜源网页快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://kz.souyuan.example.com/snapshot?id=b5aa1023&url=www.xzzjxh.example.org.cn%2Fxhdt%2F2025%2F0512%2F166.html",
        title="第三届樨州织锦技艺大赛获奖名单公示",
        record_title="第三届樨州织锦技艺大赛获奖名单公示_百度快照式缓存",
        date="2025-05-12",
        notes="a search-cache frame in HTML: the cache banner with the crawl time and a highlight legend, then the association's page; a winners table one row a paragraph; the objection contact kept; the page's 发布日期 the date",
        page="""
<html><head><meta charset="utf-8"><title>第三届樨州织锦技艺大赛获奖名单公示_百度快照式缓存</title></head><body>
<div style="border:1px solid #999">⟦d 搜源快照　此为页面存档，存档时间 2025年5月30日 18:04，原网页可能已更新或删除。⟧ ⟦m 已高亮：织锦　大赛⟧</div>
<div class="orig">
<div>⟦m 樨州市织锦行业协会⟧</div>
<div>⟦m 首页 &gt; 协会动态⟧</div>
<h3>{T}</h3>
<div>⟦m 发布日期：2025-05-12⟧</div>
{BODY}
<div>⟦m 秘书处电话：0775-3218866⟧</div>
</div></body></html>
""",
        body="""
第三届樨州织锦技艺大赛于5月9日至10日举行，经评委会评审，产生获奖选手如下，现予公示。
奖项　姓名　单位
一等奖　韦秀兰　笪口织锦工坊
二等奖　蓝玉梅　樨州锦绣坊
二等奖　覃月娥　笪口县民族中学
公示期为五个工作日。如有异议，请在公示期内向大赛组委会书面反映，联系人：陆小芸，电话：0775-3218801。
""",
    ),
    dict(
        slug="wechat-heibai-go-tournament-news-html",
        site="枰川围棋 公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mirror.gzhwen.example.com/pingchuanweiqi/2025-05-05",
        title="“枰川杯”业余围棋公开赛圆满落幕",
        record_title="“枰川杯”业余围棋公开赛圆满落幕",
        date="2025-05-05",
        notes="a WeChat mirror in HTML: an original badge, a top 'star this account' prompt, a bottom QR card, a like/watch bar, a 'previous post' list; results table one row a paragraph; the meta date",
        page="""
<html><head><meta charset="utf-8"><title>“枰川杯”业余围棋公开赛圆满落幕</title></head><body>
<div class="mirror">⟦m 公众号文章镜像站⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 原创⟧ ⟦m 枰川围棋⟧ ⟦m 2025-05-05 19:30⟧</div>
<section>
<p>⟦a 点击上方“枰川围棋”，设为星标，棋讯不错过⟧</p>
{BODY}
<p>⟦a 长按下方二维码，加入枰川围棋交流群⟧</p>
</section>
<div class="bar">⟦l 赞　在看　分享　留言⟧</div>
<div class="prev">⟦l 上一篇：五一假期棋院开放时间安排⟧</div>
</body></html>
""",
        body="""
5月3日至4日，2025“枰川杯”业余围棋公开赛在枰川市老干部活动中心举行，二百一十名棋手参加了比赛。
比赛采用积分编排制，共进行七轮。经过激烈角逐，各组前三名如下。
组别　冠军　亚军　季军
公开组　许明哲　倪一帆　商浩
少儿组　龚子墨　程安然　邓小禾
赛后，主办方为获奖棋手颁发了奖杯和证书。
""",
    ),
    dict(
        slug="fanwen-liaoyuan-donation-speech-decorated-glued-title",
        site="范文天地 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.fanwentiandi.example.com/jianghua/yanjianggao/20250410/88230.html",
        title="在人体器官捐献者缅怀纪念活动上的讲话",
        record_title="在人体器官捐献者缅怀纪念活动上的讲话（优选2篇）",
        date="2025-04-03",
        notes="a 范文 page: the title repeated twice (once glued to the first body line), a decorated record title, the speaker line and date under the title neutral; a copy-limit prompt glued after a 。 and a 'write for you' line at the bottom",
        page="""
!m 范文天地 › 讲话稿 › 演讲稿
!t 在人体器官捐献者缅怀纪念活动上的讲话（优选2篇）
!m 作者：佚名　整理：范文天地编辑部　时间：04-10
!l 第一篇
市红十字会会长　邹丽华
（2025年4月3日）
{T}{BODY}
!a 复制次数已达上限，请升级会员
!w 专业代写讲话稿、汇报材料，微信：ftd_xiezuo（备注：范文天地）
!l 第二篇：在遗体捐献志愿者座谈会上的发言（点击查看）
""",
        body="""
同志们，朋友们：
春风送暖，万物复苏。今天，我们怀着崇敬的心情，在这里缅怀人体器官捐献者。
截至目前，我市已实现公民逝世后器官捐献一百零六例，挽救了三百多名器官衰竭患者的生命。⟦a 免费用户每天仅可复制3次⟧
每一位捐献者，都是平凡而伟大的人。他们在生命的尽头，把希望留给了别人。
我们要讲好捐献者的故事，关心关爱捐献者家属，让大爱精神在全社会传承下去。
谢谢大家。
""",
    ),
    dict(
        slug="print-feiling-horse-manure-notice-text",
        site="榧岭县农业农村局 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nyncj.feiling.example.gov.cn/print.html?aid=2025070931",
        title="关于规范马场粪污资源化利用的通知",
        record_title="关于规范马场粪污资源化利用的通知",
        date="2025-07-09",
        notes="a text print view: the portal name, an 'index no.' line, a document number neutral; the print footer with URL and a 'printed from' line; a 版记 with 抄送 and 印发 kept",
        page="""
!m 榧岭县农业农村局　网站打印页
!m 索引号：FLNY-2025-00931
{T}
榧农发〔2025〕27号
{BODY}
!m 本页网址：http://nyncj.feiling.example.gov.cn/art/2025/7/9/art_931.html
!d 打印自榧岭县农业农村局网站，请以正式文件为准
""",
        body="""
各乡镇农业农村综合服务中心，各马术俱乐部、养马场：
为加强马场粪污治理，促进粪污资源化利用，现就有关事项通知如下。
一、各马场应配套建设与养殖规模相适应的粪污贮存设施，做到防雨、防渗、防溢流。
二、鼓励马场与周边种植基地签订粪肥消纳协议，实行粪肥就近还田利用。
三、各乡镇要在8月底前完成辖区马场粪污处理设施排查，建立问题清单。
榧岭县农业农村局
2025年7月9日
抄送：县生态环境分局。
榧岭县农业农村局办公室　2025年7月9日印发
""",
    ),
    dict(
        slug="mail-ruocheng-seal-society-meeting-notice-forward",
        site="箬城文联 工作邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://rcwl.example.org.cn/sent/2025/1105/0091",
        title="关于召开篆刻研究会第五次会员代表大会的通知",
        record_title="FW：关于召开篆刻研究会第五次会员代表大会的通知",
        date="2025-11-03",
        notes="a forwarded mail with a reply-chain: several header blocks, two forwarding notes, a mobile-client signature and a legal footer; the notice's own 联系人 and 附件 kept; the Chinese-numeral date under the signature",
        page="""
!m From: 箬城文联办公室 <bgs@rcwl.example.org.cn>
!m Sent: 2025年11月5日 星期三 15:20
!m To: 各协会秘书长
!m Subject: FW：关于召开篆刻研究会第五次会员代表大会的通知
!w 各位秘书长：转发给大家，请通知本协会兼有篆刻研究会会员身份的同志。——文联办 小甘
!m ---- 转发邮件 ----
!m 发件人：篆刻研究会秘书处 <zkyjh@rcwl.example.org.cn>
!m 日期：2025年11月4日 09:02
{BODY}
!m —— 来自文联手机邮箱
!d 保密提示：本邮件仅限收件人阅读，请勿转发至外部邮箱。
""",
        body="""
各会员：
经理事会研究，定于2025年11月22日上午9时在县文化馆多功能厅召开箬城县篆刻研究会第五次会员代表大会。
会议主要议程：审议第四届理事会工作报告和财务报告；修改研究会章程；选举产生第五届理事会。
请各会员代表准时参会。因故不能参会的，请提前向秘书处请假。
联系人：甘晓雯，电话：0731-5522036。
附件：第五次会员代表大会代表名单
箬城县篆刻研究会
二〇二五年十一月三日
""",
    ),
]
