"""holdout87, part D: tulip gardens and bulb growers (郁金香) — invented counties, people,
sites and chrome wording; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-yuyang-tulip-festival-plan",
        site="郁阳市人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yuyang.example.gov.cn/zfxxgk/fdzdgknr/2025/0305/77.html",
        title="郁阳市第五届郁金香文化旅游节工作方案",
        record_title="郁阳市第五届郁金香文化旅游节工作方案_政策文件_郁阳市人民政府",
        date="2025-03-05",
        notes="site suffix; 文号 neutral; 附件 and 抄送/印发 版记 kept; a 分享到 bar between paragraphs",
        page="""
!m 郁阳市人民政府　www.yuyang.example.gov.cn
!m 首页 ＞ 政府信息公开 ＞ 政策文件
{T}
郁政办发〔2025〕6号
{BODY}
!a 【打印】　【纠错】　【关闭】
!m 郁阳市人民政府办公室主办　郁ICP备06002211号
""",
        body="""
各县（区）人民政府，市直各单位：
为办好第五届郁金香文化旅游节，推动花卉产业与乡村旅游融合发展，制定本方案。
一、时间地点：2025年3月28日至4月20日，主会场设在蕾川县花海田园。
⟦l 分享到：微信 ｜ 微博 ｜ 复制链接⟧
二、主要活动：开幕式、郁金香摄影大赛、花农市集和赏花夜游。
附件：第五届郁金香文化旅游节活动安排表
郁阳市人民政府办公室
2025年3月5日
抄送：市委办公室，市人大常委会办公室。
郁阳市人民政府办公室　2025年3月5日印发
""",
    ),
    dict(
        slug="news-huahai-tulip-visitors",
        site="花海日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.huahaidaily.example.com/news/2025-04/06/3381.html",
        title="清明假期蕾川花海接待游客十二万人次",
        record_title="清明假期蕾川花海接待游客十二万人次 丨花海日报",
        date="2025-04-06",
        notes="news: title glued before the lead, a time line, photo caption, 责任编辑 glued after the last sentence",
        page="""
!m 花海日报网　首页｜要闻｜文旅｜图片
{T}
!m 2025-04-06 18:20:31　来源：花海日报　作者：季苒
{BODY}
!l 相关新闻：蕾川花海夜游项目试运行　／　郁金香种球进入采收期
!d 凡注明“来源：花海日报”的作品，版权均属本报所有。
""",
        body="""
⟦t 清明假期蕾川花海接待游客十二万人次⟧本报讯　清明假期，蕾川县花海田园三百亩郁金香进入盛花期，三天共接待游客十二万人次。
景区增开了三条接驳公交线路，并在入口设置分时预约通道，游客平均入园等候时间不到十分钟。
⟦m （图：游客在花海中拍照留念）⟧
花农在景区市集售卖鲜切花和种球，三天销售额达六十万元。⟦m 责任编辑：蔺晓⟧
""",
    ),
    dict(
        slug="forum-huayou-bulb-storage-html",
        site="花友家园论坛 (invented)",
        style="论坛",
        genre="经验",
        kind="other",
        form="html",
        source="https://bbs.huayoujy.example.com/forum.php?mod=viewthread&tid=330218",
        title="郁金香种球夏季储存的几点经验",
        record_title="郁金香种球夏季储存的几点经验 - 球根花卉 - 花友家园",
        date="2025-06-11",
        notes="Discuz-like forum with jammer fonts; post time; floors; a signature",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>郁金香种球夏季储存的几点经验 - 球根花卉 - 花友家园</title></head><body>
<div id="hd">⟦m 花友家园⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 花友家园 › 论坛 › 球根花卉 › 查看内容⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 蕾川种花人　发表于 2025-6-11 21:08⟧ ⟦m 只看该作者⟧ ⟦m 楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 我家阳台的花，一年开两次⟧</div>
<div class="po">⟦l 回复⟧ ⟦l 支持 15⟧ ⟦l 反对⟧ ⟦l 举报⟧</div>
<div class="floor">⟦l 沙发　小雏菊：收藏了，正愁种球发霉⟧</div>
</body></html>
""",
        body="""
种了五年郁金香，每年夏天储存种球都会坏掉一些，今年总结了几点经验。
一是挖球要等叶子黄了三分之二再挖，太早挖种球不饱满。
二是挖出来先在阴凉处晾三五天，把外皮的泥土搓掉，有伤口的单独放。
三是放在网袋里挂在通风处，千万不要放塑料袋，我第一年就是这样全闷坏了。
""",
    ),
    dict(
        slug="blog-yuhuaqi-grower-diary-html",
        site="郁花期（花农博客） (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="http://yuhuaqi.example-blog.com/2025/02/chill.html",
        title="冷库里的三十万个种球",
        record_title="【花田随记】冷库里的三十万个种球 | 郁花期",
        date="2025-02-09",
        notes="blog template with tag cloud, archive, comment box; bracketed post time; reprint notice",
        page="""
<html><head><meta charset="utf-8"><title>冷库里的三十万个种球 | 郁花期</title></head><body>
<div class="blog-title">⟦m 郁花期⟧<small>⟦m 一个花农的四季⟧</small></div>
<div class="post">
<h2>{T}</h2>
<div class="post-meta">⟦m [2025-02-09 22:31]⟧ ⟦m 分类：花田随记⟧</div>
{BODY}
<div class="copy">⟦d 本文为博主原创，转载请联系博主授权。⟧</div>
</div>
<div class="sidebar"><h4>⟦l 标签云⟧</h4><p>⟦l 郁金香 冷藏 种球 花海 育种⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年02月 (3)⟧</p></div>
<div class="comment">⟦l 发表评论⟧ ⟦l 昵称（必填）⟧ ⟦l 提交⟧</div>
</body></html>
""",
        body="""
立春那天去冷库看种球，三十万个种球码在木箱里，温度计显示五度。
郁金香要经过足够时间的低温，开春才能抽出花葶，这叫春化。
去年冷库停电半天，我守在门口一夜没睡，生怕温度上去了。
再过一个月，它们就要下地了。
""",
    ),
    dict(
        slug="wechat-huatian-volunteer-recruit",
        site="花田志愿（公众号镜像） (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.mirror-read.example.net/huatianzy/20250315",
        title="招募｜花海文明游园志愿者",
        record_title="招募｜花海文明游园志愿者",
        date="2025-03-15",
        notes="WeChat mirror text: account line with date; follow prompt; 阅读/在看 row; sentences about scanning to sign up kept",
        page="""
!t 招募｜花海文明游园志愿者
!m 原创　花田志愿　2025-03-15 20:00　发表于蕾川
!a ▲ 点击蓝字关注我们，一起做志愿
{BODY}
!m 阅读 2031　在看 46
!l 赞 · 转发 · 留言
!d 镜像页内容抓取自公开文章，仅供阅读参考
""",
        body="""
花海郁金香即将盛开，为做好游客引导、垃圾分类和应急救助，现招募文明游园志愿者六十名。
招募条件：年满十八周岁，身体健康，能在3月28日至4月20日期间服务不少于三天。
服务内容：入口引导、花田巡护、失物招领和文明劝导。
报名方式：扫描文末二维码填写报名表，我们将在三个工作日内电话联系。
""",
    ),
    dict(
        slug="docshare-bulb-price-survey-pages-html",
        site="简阅文档 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.jianyuedoc.example.com/doc/4410987.html",
        title="蕾川县郁金香种球产业发展调研报告",
        record_title="蕾川县郁金香种球产业发展调研报告.pdf",
        date="2025-08-25",
        notes="sharing reader: file-name title; a page marker ▮2▮ paragraph cutting a sentence; pay prompt; upload notice",
        pages=dict(fmt="▮{n}▮", every=160, start=2),
        page="""
<html><head><meta charset="utf-8"><title>蕾川县郁金香种球产业发展调研报告.pdf - 简阅文档</title></head><body>
<div class="tb">⟦m 简阅文档⟧ ⟦a 上传文档⟧ ⟦a 开通VIP⟧</div>
<h1>⟦t 蕾川县郁金香种球产业发展调研报告.pdf⟧</h1>
<div class="info">⟦m 页数：12　大小：1.1M　浏览：503　上传于：2025-09-02⟧</div>
<div class="reader">
{BODY}
</div>
<div class="more">⟦a 剩余10页未读，支付3元阅读全文⟧</div>
<div class="notice">⟦d 文档由用户上传分享，简阅文档仅提供存储服务，如有侵权请发送邮件告知。⟧</div>
</body></html>
""",
        body="""
近年来，蕾川县依托冷凉气候发展郁金香种球繁育，种植面积由2020年的八百亩扩大到2024年的三千二百亩，成为全县农民增收的特色产业。
调研发现，产业仍存在种源依赖进口、冷库容量不足、销售渠道单一等问题，每年进口种球占用种量的六成以上，自繁种球的开花率偏低。
建议设立种球繁育专项资金，建设区域性冷链仓储中心，支持合作社与花卉电商平台建立长期合作。
县农业农村局调研组
2025年8月25日
""",
    ),
    dict(
        slug="edu-leichuan-spring-trip-notice",
        site="蕾川县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.leichuan.example.gov.cn/tzgg/2025/0318/410.html",
        title="关于做好中小学生春季赏花研学活动安全工作的通知",
        record_title="关于做好中小学生春季赏花研学活动安全工作的通知",
        record_date="2025-03-18",
        date="2025-03-18",
        notes="education portal; numbered requirements; the document's own 联系人 and e-mail kept; a site hotline in the footer",
        page="""
!m 蕾川县教育体育局
!m 当前位置：首页　>>　通知公告
{T}
!m 发布日期：2025-03-18　浏览次数：921
{BODY}
!l 【上一篇】关于开展校园足球联赛的通知
!l 【下一篇】2025年春季学期校车安全检查情况通报
!m 监督电话：0736-5102233　邮编：417300
""",
        body="""
各中小学、幼儿园：
春季是学生赏花研学的集中时段，为确保学生安全，现就有关事项通知如下。
（一）组织研学活动须制定安全预案，师生比不低于一比十五。
（二）乘车须使用有资质的客运车辆，严禁租用无牌无证车辆。
（三）活动结束后三日内将总结报送局安全股，邮箱：ljtaq@example.gov.cn。
联系人：付颖，电话：0736-5102617。
""",
    ),
    dict(
        slug="oa-huafang-cold-storage-report-html",
        site="花坊农业科技公司OA (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="html",
        source="http://oa.huafang-agri.example.local/gw/detail.aspx?id=2025-0711",
        title="关于二号冷库制冷机组故障处置情况的报告",
        record_title="关于二号冷库制冷机组故障处置情况的报告",
        date="2025-07-11",
        notes="intranet document view with 流转记录 and read counts; a data table kept; 抄送 kept",
        page="""
<html><head><meta charset="utf-8"><title>公文详情 - 花坊农业OA</title></head><body>
<div class="top">⟦m 花坊农业科技有限公司协同办公平台⟧ ⟦m 当前用户：陶琳（生产部）⟧ ⟦a 退出⟧</div>
<div class="menu">⟦l 待办⟧ ⟦l 已办⟧ ⟦l 公文⟧ ⟦l 通讯录⟧</div>
<h2>{T}</h2>
<div class="docinfo">⟦m 来文单位：生产部　密级：内部　紧急程度：急⟧</div>
{BODY}
<div class="flow">⟦m 流转记录：生产部 陶琳 提交 → 分管副总 审阅 → 总经理 阅示⟧</div>
<div class="read">⟦m 阅读情况：已读 9　未读 2⟧ ⟦a 【导出PDF】⟧</div>
</body></html>
""",
        body="""
公司领导：
7月9日夜间，二号冷库制冷机组压缩机故障停机，库温由五度升至九度，现将处置情况报告如下。
时间　库温　处置措施
9日23时　九度　启用备用机组
10日6时　六度　厂家到场检修
10日15时　五度　恢复正常运行
经检查，库内种球未出现腐烂，拟于下月对三座冷库机组开展全面检修。
抄送：财务部，安全办。
生产部
2025年7月11日
""",
    ),
    dict(
        slug="qa-huawen-tulip-bloom-answer-html",
        site="花问问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.huawen-qa.example.com/question/58812",
        title="郁金香开完花以后种球还能用吗？",
        record_title="郁金香开完花以后种球还能用吗？_花问问答",
        date="2025-05-02",
        notes="Q&A with vote bar and answerer card; 回答于 line; related questions",
        page="""
<html><head><meta charset="utf-8"><title>郁金香开完花以后种球还能用吗？_花问问答</title></head><body>
<div class="h">⟦m 花问问答⟧ ⟦a 提问⟧ ⟦a 登录/注册⟧</div>
<h1>{T}</h1>
<div class="q">⟦m 提问者：阳台小园丁　2个回答⟧</div>
<div class="ans">
<div class="card">⟦m 郁香园艺 · 高级园艺师　回答于 2025-05-02⟧</div>
{BODY}
<div class="vote">⟦l ▲ 有用 233⟧ ⟦l ▼ 没用⟧ ⟦l 评论(8)⟧</div>
</div>
<div class="rel">⟦l 相关问题⟧<br>⟦l 郁金香种球需要冷藏多久？⟧<br>⟦l 郁金香可以水培吗？⟧</div>
</body></html>
""",
        body="""
能用，但第二年开花效果会差一些。
花谢后及时剪掉残花，保留叶片继续晒太阳，让养分回到种球里。
等叶子自然枯黄后挖出种球，晾干后放在阴凉通风处，秋天再种。
家庭种植的复花率一般在五成左右，想要花大色艳，建议每年补充新种球。
""",
    ),
    dict(
        slug="collection-chuntian-tulip-essay",
        site="春田集（个人文集） (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="http://chuntianji.example.net/juan1/12.html",
        title="母亲的郁金香",
        record_title=None,
        date="2025-04-12",
        notes="no record title; title only on the page; the essay's own 写于 date with a full date is its date; catalogue links",
        page="""
!m 春田集 · 卷一
!l 目录 | 上一篇 | 下一篇
{T}
{BODY}
!d 本集文字由作者家人整理发布，请勿转载。
""",
        body="""
母亲七十岁那年，迷上了种郁金香。
她把种球一个一个埋进院子里的花盆，每天早上去看一遍，像当年看我们写作业一样。
四月的一个早晨，第一朵红色的花开了，她站在花盆前看了很久，说这花真争气。
如今院子里的郁金香年年开，只是看花的人少了一个。
2025年4月12日写于蕾川老屋
""",
    ),
    dict(
        slug="dangjian-huanong-speech-cn-date",
        site="蕾川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.lcdj.example.gov.cn/ldjh/2025/0402/19.html",
        title="在花卉产业党建联盟成立大会上的讲话",
        record_title="【领导讲话】在花卉产业党建联盟成立大会上的讲话",
        date="2025-04-01",
        notes="speech: date in Chinese numerals under the title, speaker line neutral; page date differs (document's date expected)",
        date_also=["2025-04-02"],
        page="""
!m 蕾川党建网 ｜ 党建引领 共同富裕
!m 首页 / 领导讲话
!t 【领导讲话】在花卉产业党建联盟成立大会上的讲话
!m 发布时间：2025-04-02　来源：县委组织部
（二〇二五年四月一日）
县委常委、组织部部长　甘秋实
{BODY}
!a 【字号 大 中 小】【打印】【收藏】
!m 中共蕾川县委组织部　版权所有
""",
        body="""
同志们：
今天，我们在这里召开花卉产业党建联盟成立大会，这是推动党建与产业深度融合的一项重要举措。
联盟把花卉企业、合作社和村党组织联结起来，就是要让组织优势转化为发展优势。
希望各成员单位加强协作，在种球繁育、技术服务和市场开拓上互帮互助，带动更多群众增收致富。
""",
    ),
]
