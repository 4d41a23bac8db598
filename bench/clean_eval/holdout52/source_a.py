"""holdout52, part A: a county's sugarcane and hand-boiled brown sugar (古法红糖) trade, shown on
sites of many kinds (蔗川县 and its towns are invented). Blind part; invented text throughout."""

CASES = [
    dict(
        slug="zhechuan-agri-harvest-notice-portal",
        site="蔗川县农业农村局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://nyj.zhechuan.example.gov.cn/tzgg/2025/1108/3316.html",
        title="关于做好2025—2026年榨季甘蔗砍运工作的通知",
        record_title=None,
        date="2025-11-06",
        notes="modern county portal; no record title; own 联系人/电话/邮箱 next to the portal's 12345 and 纠错 link; 附件 list; 成文日期 under the signature; byline date differs (date_also)",
        date_also=["2025-11-08"],
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{T}⟦m -蔗川县农业农村局⟧</title>
<script src="/static/js/jquery.min.js"></script>
<script>var _siteCode="4509270031";</script>
</head><body>
<div class="topbar"><span>⟦a 长者模式⟧</span> <span>⟦a 读屏专用⟧</span> <span>⟦m 今天是：2026年01月05日 星期一⟧</span></div>
<div class="logo">⟦m 蔗川县农业农村局　甜蜜蔗乡 · 绿色糖都⟧</div>
<ul class="nav"><li>⟦m 机构概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 惠农服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="path">⟦m 您现在的位置：网站首页 » 政务公开 » 通知公告⟧</div>
<table class="syh"><tr><td>⟦m 索引号：11450927MB1C43-0212/2025-00417⟧</td><td>⟦m 发文机关：蔗川县农业农村局⟧</td></tr></table>
<h1>{T}</h1>
<div class="byline">⟦m 发布日期：2025-11-08　来源：种植业股　阅读量：1,204⟧　⟦a 【字号 大 中 小】⟧　⟦a 打印本页⟧</div>
<div class="article">
{BODY}
</div>
<div class="pn">⟦l 上一条：县农业农村局关于开展冬季农机安全检查的通告⟧<br>⟦l 下一条：2025年第三季度耕地地力保护补贴发放公示⟧</div>
<div class="side"><h3>⟦l 热点专题⟧</h3><ul><li>⟦l 糖料蔗良种良法推广⟧</li><li>⟦l 高标准农田建设进行时⟧</li></ul></div>
<div class="foot">⟦m 主办单位：蔗川县农业农村局　地址：蔗川县糖都大道88号⟧<br>⟦m 政务服务便民热线：12345⟧　⟦a 我要纠错⟧<br>⟦m 桂ICP备2031008762号-2⟧　⟦d 本网站所有内容版权归主办单位所有，未经授权不得转载⟧</div>
<script>document.getElementById("count").innerHTML=1204;</script>
</body></html>
""",
        body="""
各乡镇农业农村综合服务中心，各糖厂：
为确保新榨季甘蔗砍、装、运有序衔接，减少蔗农损失，现将有关事项通知如下。
一、砍运时间。全县新榨季甘蔗砍运工作于2025年11月20日开始，各乡镇要按照糖厂下达的砍运计划组织蔗农进场。
二、砍蔗队伍管理。各乡镇要对外来砍蔗队伍进行登记，督促雇主为砍蔗工人购买意外伤害保险。
三、运输安全。运蔗车辆不得超载超限，途经县道时应在早七时至晚九时之间通行。
联系人：韦秋萍　电话：0771-6238415　邮箱：zcnyj_zzy@example.cn
附件：1. 2025—2026年榨季各乡镇砍运计划表
2. 砍蔗队伍登记表
蔗川县农业农村局
2025年11月6日
""",
    ),
    dict(
        slug="zhechuan-brown-sugar-workshop-news",
        site="蔗川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhechuannews.example.com/xz/202601/t20260112_88213.html",
        title="古法红糖作坊开熬 老灶台熬出“甜日子”",
        record_title="古法红糖作坊开熬 老灶台熬出“甜日子”_乡镇_蔗川新闻网",
        date="2026-01-12",
        notes="news portal; decorated title with column and site; byline 发布时间 is the page's date; a photo caption and an 'open app' prompt between paragraphs; editor line glued after the last sentence",
        page="""
<html><head><meta charset="gb2312"><title>{T}_乡镇_蔗川新闻网</title>
<link rel="stylesheet" href="/css/news.css"></head>
<body>
<div id="top">⟦m 蔗川新闻网　蔗川县融媒体中心主办⟧ | ⟦a 登录⟧ | ⟦a 注册⟧ | ⟦a 手机版⟧</div>
<div id="menu">⟦m 首页　时政　乡镇　民生　视频　专题⟧</div>
<div id="loc">⟦m 当前：首页 / 乡镇⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 发布时间：2026-01-12 09:41　作者：覃晓岚 黎丰　来源：蔗川融媒⟧</p>
{BODY}
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="rel"><h4>⟦l 相关新闻⟧</h4><ul><li>⟦l 蔗川新榨季开榨 日榨能力达万吨⟧</li><li>⟦l 冬日蔗田里的“砍蔗大军”⟧</li></ul></div>
<div id="ft">⟦d 凡注明“来源：蔗川融媒”的作品，转载须注明出处，违者必究。⟧<br>⟦m 互联网新闻信息服务许可证编号：45120230017⟧</div>
<script>var pv=0;</script>
</body></html>
""",
        body="""
1月10日清晨，坡头镇那良村的红糖作坊里，六口大铁锅一字排开，灶膛里的火苗舔着锅底，空气中弥漫着甘蔗汁的清甜。
“今年的蔗糖分高，熬出来的糖颜色亮、口感沙。”作坊负责人黄德旺一边用长柄木勺翻动糖浆，一边向记者介绍。
⟦m 图为作坊工人在翻炒糖浆。（覃晓岚 摄）⟧
据了解，那良村红糖作坊采用“一榨三滤五锅”的传统工艺，从压榨到成型需要近四个小时。
⟦a 打开蔗川融媒APP，观看更多现场视频⟧
去年以来，村里把红糖作坊和乡村旅游结合起来，游客可以现场体验熬糖，带动二十多户村民增收。
黄德旺说，他打算今年再添两口锅，让更多人尝到老味道。⟦m （责任编辑：莫宁）⟧
""",
    ),
    dict(
        slug="zhechuan-sugar-festival-speech-fanwen",
        site="优范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.youfanwen.example.net/jianghua/20251215/55021.html",
        title="在蔗川县首届红糖文化节开幕式上的致辞",
        record_title="【精选】在蔗川县首届红糖文化节开幕式上的致辞（通用3篇）",
        date="2025-12-13",
        notes="范文 site; decorated title with 【精选】…（通用3篇）; speaker and date under the title (neutral, date from it); a writing-service line between paragraphs; a VIP prompt glued before a sentence",
        indent="　　",
        page="""
!m 优范文网 > 讲话稿 > 开幕词
!t 【精选】在蔗川县首届红糖文化节开幕式上的致辞（通用3篇）
!m 更新时间：2025-12-15 | 栏目：开幕词 | 热度：3382℃
!a 一键复制全文　|　导出Word文档
{T}
蔗川县人民政府副县长　罗海鸥
（2025年12月13日）
{BODY}
!l 猜你喜欢：红糖文化节闭幕词 | 农民丰收节致辞 | 美食节开幕式主持词
!w 找不到合适的？资深笔杆子一对一代笔，微信搜：fanwen_laoli
!d 本站文章来自网友投稿，若侵犯了您的权益请来信告知，我们核实后第一时间删除。
""",
        body="""
尊敬的各位来宾，女士们、先生们，朋友们：
大家上午好！在这丰收的季节，我们相聚在美丽的蔗乡，隆重举行蔗川县首届红糖文化节。
蔗川种蔗熬糖的历史已有三百多年，古法红糖是祖辈留给我们的甜蜜财富。
⟦w 写材料卡壳？专业团队代写讲话稿，QQ 2873311950⟧
近年来，全县糖料蔗种植面积稳定在四十万亩以上，红糖加工户发展到一百二十多家。
⟦a 开通会员免广告阅读全部3篇⟧本届文化节将举办熬糖技艺比赛、红糖美食展销和蔗乡摄影展等活动。
最后，预祝本届红糖文化节圆满成功！祝各位来宾生活甜甜蜜蜜！谢谢大家！
""",
    ),
    dict(
        slug="zhechuan-sugar-industry-survey-wenku",
        site="文衡文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.wenheng.example.com/view/8f2a91c0d3e4.html",
        title="关于蔗川县古法红糖产业发展情况的调研报告",
        record_title="关于蔗川县古法红糖产业发展情况的调研报告.docx",
        date=None,
        notes="文库 preview; file-name title; page markers ⦗2⦘ cut sentences; preview-end and pay prompts; upload stamp and page count are no date; 1. 2. 3. list kept",
        pages=dict(fmt="⦗{n}⦘", every=120, start=2),
        page="""
!m 文衡文库 首页 > 行业资料 > 农林牧渔
!t 关于蔗川县古法红糖产业发展情况的调研报告.docx
!m 上传者：甜水河畔 | 上传于2025-09-30 | 页数：9页 | 浏览 862 次
!a 立即下载（需8文衡币） 加入文件夹 举报
{BODY}
!a 试读已到第3页，开通文衡VIP解锁全部9页
!l 相关文档推荐：红糖作坊食品安全整治方案 / 甘蔗产业调研报告范文 / 特色农产品品牌建设调研
!d 本文档由用户上传，文衡文库仅提供存储服务，如有侵权请联系我们删除。
""",
        body="""
为摸清全县古法红糖产业发展底数，县政协农业和农村委员会组成调研组，于8月下旬深入五个乡镇开展专题调研。
一、基本情况。全县现有古法红糖加工户127家，其中取得食品小作坊登记证的有64家，年产红糖约3800吨。
二、存在问题。主要有以下几点：
1. 作坊规模小、布局散，卫生条件参差不齐；
2. 品牌意识不强，产品多以散装形式销往周边集市；
3. 熬糖师傅老龄化，年轻人学艺意愿不高。
三、对策建议。建议县里统一制定古法红糖地方标准，扶持建设集中加工园区，并通过电商培训帮助作坊拓宽销路。
""",
    ),
    dict(
        slug="zhechuan-cane-fire-warning-forum-junk",
        site="甘蔗种植交流论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.ganzhe.example.com/thread-40917-1-1.html",
        title="坡头镇关于严禁焚烧蔗叶的紧急通知",
        record_title="[转帖] 坡头镇关于严禁焚烧蔗叶的紧急通知",
        date="2025-12-02",
        notes="farmers' forum; a post repeats a township notice; forum junk on lines and glued after 。; floor and user chrome; 成文日期 under the signature",
        junk=dict(lines=2, glued=2),
        page="""
!m 甘蔗种植交流论坛 › 种植技术区 › 政策通知
!l 返回列表　发新帖　回复
!t [转帖] 坡头镇关于严禁焚烧蔗叶的紧急通知
!m 蔗哥老黄　发表于 2025-12-3 07:52　|　只看该作者　|　倒序浏览
!m 楼主　查看: 517 | 回复: 12
{BODY}
!m 本帖最后由 蔗哥老黄 于 2025-12-3 08:05 编辑
!l 回复 #2 糖厂小刘：这个要转给村里群里看看
!a 收藏　分享　支持 3　反对 0
!d 论坛帖子仅代表网友个人观点，与本站立场无关。
""",
        body="""
各村（社区）：
近期部分蔗农在砍蔗后焚烧蔗叶，造成浓烟弥漫，影响道路通行和群众健康，也极易引发山火。
为此，镇人民政府决定：自即日起至2026年3月31日，全镇范围内严禁露天焚烧蔗叶。
各村要组织网格员加强巡查，发现焚烧行为及时劝阻并报告镇综合行政执法队。
鼓励蔗农将蔗叶粉碎还田或交由饲料加工点回收，每吨补助运费三十元。
坡头镇人民政府
2025年12月2日
""",
    ),
    dict(
        slug="zhechuan-cane-farmer-blog-wrapped",
        site="老韦的蔗地日记 (invented)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://blog.xinyu.example.com/laowei_zhedi/article/20251128",
        title="种了三十年甘蔗，今年第一次用上机收",
        record_title=None,
        date="2025-11-28",
        notes="personal blog; text hard-wrapped at 62 columns; no record title; blog 发表于 line is the date; tag row, archive and visitor counts",
        wrap=62,
        indent="  ",
        page="""
!m 老韦的蔗地日记 —— 一个老蔗农的碎碎念
!m 首页 | 日志 | 相册 | 留言板 | 关于我
{T}
!m 发表于 2025年11月28日 21:06　分类：种地那些事　阅读(86)　评论(4)
{BODY}
!l 标签：甘蔗 机收 蔗川
!l « 上一篇：给孙子讲讲熬糖　　下一篇：冬至前后蔗地管理 »
!l 文章归档：2025年11月(6) 2025年10月(9) 2025年9月(4)
!a 点赞　转发到朋友圈　打赏作者
""",
        body="""
今天那良村的蔗地里开进了第一台甘蔗收割机，我站在地头看了一上午，心里说不出是什么滋味。
往年这个时候，我要请七八个砍蔗工，一人一把蔗刀，从天亮砍到天黑，一亩地要砍两天。
收割机一个钟头就收完了一亩，切段、剥叶、装车一起完成，蔗段整整齐齐落进拖车里。
农机合作社的小蒙说，机收每吨收费六十元，比人工便宜了将近一半，就是地要平整，垄要拉直。
明年开春，我打算把坡地那几块也整一整，让机器也能开进去。
""",
    ),
    dict(
        slug="zhechuan-sugar-coop-wechat-mirror",
        site="甜蔗川 (公众号镜像, invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://mp.wxread.example.com/s/Zc7hTq0b_LnA2kPe",
        title="致全县红糖加工户的一封倡议书",
        record_title="致全县红糖加工户的一封倡议书",
        date="2025-10-16",
        notes="WeChat-style mirror: account line, 听全文, 阅读原文/在看/赞 row, follow prompts; a sentence asking processors to 扫码 as content; 成文日期 in Chinese numerals",
        page="""
<html><head><meta name="viewport" content="width=device-width">
<title>{T}</title>
<script>window.__wx_mirror={biz:"MzA3NTQ2"};</script></head>
<body><div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 原创　蔗川县红糖协会　甜蔗川　2025年10月17日 18:30　广西⟧</div>
<div class="audio">⟦a 听全文 05:12⟧</div>
<div class="js_content">
{BODY}
</div>
<p class="tail">⟦a 长按识别二维码，关注“甜蔗川”⟧</p>
<div class="bar">⟦a 阅读原文⟧　⟦m 阅读 2381⟧　⟦a 赞 56⟧　⟦a 在看 19⟧</div>
<div class="cmt">⟦l 精选留言⟧<br>⟦l 糖罐子：支持！老味道要守住。⟧</div>
<div class="mirror">⟦d 本页面由第三方镜像生成，内容版权归原公众号所有⟧</div>
</div></body></html>
""",
        body="""
全县红糖加工户朋友们：
古法红糖是蔗川的“金字招牌”，守护好这块招牌，需要我们每一家作坊共同努力。
为此，县红糖协会向大家发出如下倡议：
一是坚守传统工艺，不掺白砂糖、不加色素，让每一块红糖都经得起检验。
二是规范作坊卫生，熬糖间做到地面硬化、生熟分开、人员持证上岗。
三是统一使用协会追溯标识，请各加工户扫描包装上的二维码完成产品信息登记。
让我们携起手来，共同擦亮蔗川红糖的甜蜜名片！
蔗川县红糖协会
二〇二五年十月十六日
""",
    ),
    dict(
        slug="zhechuan-sugar-safety-rules-share",
        site="享文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.xiangwendang.example.cn/p-7730195.html",
        title="那良村红糖作坊安全生产管理制度",
        record_title="那良村红糖作坊安全生产管理制度.doc",
        date=None,
        notes="document-sharing page; file-name title; an article of the rule speaks of 打印/张贴 as content; the page's 下载/打印 buttons are chrome; no date (upload time only)",
        gap=True,
        page="""
!m 享文档 - 专业文档分享平台
!t 那良村红糖作坊安全生产管理制度.doc
!m 文档格式：.doc　大小：26KB　上传时间：2025-11-21 14:02:33　贡献者：nl_sugar
!a 下载文档　打印　收藏　举报
{BODY}
!a 下载本文档可完整阅读全文，点击此处下载
!l 该用户其他文档：作坊卫生管理制度 | 熬糖工岗位职责 | 消防应急预案
!d 享文档所有资源均为用户上传分享，仅供参考学习，版权归原作者所有。
""",
        body="""
第一条　为加强红糖作坊安全生产管理，保障从业人员人身安全，制定本制度。
第二条　熬糖灶台周边一米范围内不得堆放蔗渣、木柴等易燃物，每班结束后必须清理灶膛余火。
第三条　压榨机开机前应检查防护罩，严禁戴手套喂料，严禁在运转中清理滚筒。
第四条　作坊负责人应将本制度打印后张贴在熬糖间显著位置，并组织新进人员学习签字。
第五条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="zhechuan-school-labour-course-edu",
        site="蔗川县教育和科技局 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="http://jyj.zhechuan.example.gov.cn/jyzx/2025/0915/1877.html",
        title="蔗川县中小学“甘蔗种植与红糖制作”劳动教育课程实施方案",
        record_title="蔗川县中小学“甘蔗种植与红糖制作”劳动教育课程实施方案 - 教育资讯 - 蔗川县教育和科技局",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="education portal; title decorated with column and site; a course table (one row a paragraph, cells apart by ideographic spaces); decimal headings; a login box and a 'parents' helpline' in the sidebar",
        page="""
<html><head><title>{T} - 教育资讯 - 蔗川县教育和科技局</title>
<style>.tb td{border:1px solid #ccc}</style></head><body>
<div class="head">⟦m 蔗川县教育和科技局　立德树人 · 甜润童心⟧</div>
<div class="nav">⟦m 首页 | 教育资讯 | 招生考试 | 教师发展 | 资源中心⟧</div>
<div class="login">⟦a 用户名 密码 登录 | 忘记密码？⟧</div>
<div class="crumb">⟦m 当前位置：首页 > 教育资讯 > 正文⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 时间：2025-09-15　点击：641次　发布科室：基础教育股⟧</div>
<div class="content">
{BODY}
</div>
<div class="aside">⟦m 家长服务热线：0771-6239000（工作日 8:00—17:30）⟧</div>
<div class="foot">⟦m Copyright © 2025 蔗川县教育和科技局 版权所有　桂ICP备2031008762号-5⟧</div>
</body></html>
""",
        body="""
为深入推进劳动教育，结合我县蔗糖产业特色，制定本方案。
1 课程目标
1.1 让学生了解甘蔗从种植到熬糖的全过程，体验劳动的艰辛与快乐。
1.2 培养学生热爱家乡、尊重劳动者的情感。
2 课程安排
年级　课时　内容　实践地点
三至四年级　8课时　认识甘蔗、参观蔗田　学校劳动基地
五至六年级　10课时　种蔗、培土、剥叶　村级蔗园
初中一至二年级　12课时　古法红糖熬制体验　那良村红糖作坊
3 保障措施
各校要落实带队教师和安全预案，熬糖体验须在作坊师傅指导下进行。
蔗川县教育和科技局
2025年9月12日
""",
    ),
    dict(
        slug="zhechuan-sugar-mill-minutes-intranet",
        site="蔗川糖业有限公司OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.zcsugar.example.local/doc/view?id=20251105-07",
        title="公司开榨准备工作专题会议纪要",
        record_title=None,
        date="2025-11-05",
        notes="intranet OA export; no record title; 时间/地点/主持/参会/记录 lines kept; 流转 trail and read receipts as chrome; a watermark line between paragraphs",
        page="""
!m 蔗川糖业OA协同办公平台 > 公文管理 > 会议纪要
!m 文件编号：ZCTY-JY-2025-031　密级：内部　紧急程度：普通
{T}
{BODY}
!m 流转记录：办公室拟稿(周敏) → 总经理审核(甘永强) → 分发各部门
!m 已阅 38 人　未阅 4 人
!a 打印正文　导出PDF　转发
""",
        body="""
时间：2025年11月5日上午9:00
地点：公司办公楼三楼会议室
主持：甘永强
参会：生产部、原料部、设备部、安环部、财务部负责人
记录：周敏
会议听取了各部门开榨准备情况汇报，研究了新榨季开机相关事项。
⟦m 内部资料 严禁外传 周敏 2025-11-05⟧
一、会议确定新榨季于11月18日点火开机，设备部要在11月15日前完成全部设备试车。
二、原料部要会同各乡镇落实首批进厂甘蔗，确保开机后三天内日榨量达到设计能力。
三、安环部要对锅炉、压榨车间开展一次全面安全检查。
""",
    ),
    dict(
        slug="zhechuan-brown-sugar-qa",
        site="问问吧 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wenwenba.example.com/q/1803349207.html",
        title="古法红糖和普通红糖有什么区别？怎么分辨？",
        record_title="古法红糖和普通红糖有什么区别？怎么分辨？ - 问问吧",
        date=None,
        notes="Q&A: question title decorated with site; asker and answerer lines with relative times (no date); a franchise ad with a WeChat id between paragraphs; other-answers list",
        page="""
!m 问问吧 > 美食/烹饪 > 食材
!t 古法红糖和普通红糖有什么区别？怎么分辨？ - 问问吧
!m 提问者：蜜桃乌龙　3天前　浏览 2.1万
!l 我来答　|　关注问题　|　邀请回答
!m 最佳答案　蔗乡糖婆（食品工程师）　回答于 2天前
{BODY}
!a 👍 有用(412)　评论(27)　分享
!l 其他回答（9）：红糖姜茶怎么做？ / 红糖放久了发硬还能吃吗？
!d 问问吧提醒：以上回答仅代表网友观点，不构成专业建议。
""",
        body="""
简单说，区别主要在工艺和成分上。
古法红糖是甘蔗榨汁后直接在铁锅里熬煮浓缩，不经过离心分蜜，保留了甘蔗里的矿物质和糖蜜，颜色深、有焦香。
⟦w 想开红糖作坊？加盟扶持、设备一条龙，咨询微信 tangfang668⟧
普通红糖很多是用白砂糖加糖蜜回溶再结晶做的，颗粒细、颜色均匀，甜味比较单一。
分辨方法：一看配料表，只写“甘蔗”的才是真正的古法红糖；二看断面，古法红糖断面有细小气孔；三尝口感，有淡淡的甘蔗香和微苦回甘。
""",
    ),
    dict(
        slug="zhechuan-old-boiler-collection-essay",
        site="韦明章文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://www.weimingzhang.example.net/wenji/juan3/07.html",
        title="糖寮灯火",
        record_title="糖寮灯火（《蔗乡旧事》卷三之七）",
        date="2024-03-08",
        notes="personal collection; decorated title with volume; chapter nav; the essay's own closing date line; author's note line below the title (neutral)",
        indent="　　",
        gap=True,
        page="""
!m 韦明章文集 · 蔗乡旧事
!l 卷一　卷二　卷三　卷四　|　目录
!t 糖寮灯火（《蔗乡旧事》卷三之七）
——写给那良村老糖寮
{BODY}
!l ← 前一篇：蔗刀　　后一篇：赶糖圩 →
!d 文集内容为作者原创，转载请与作者联系。
!m 本站访问量：0031877
""",
        body="""
小时候最盼的是冬天，因为冬天糖寮要开火了。
糖寮就搭在村口的大榕树下，一溜五口锅，夜里灯火通明，老远就能闻见糖香。
父亲是糖寮里的“看火佬”，他说火候全凭眼睛和鼻子，差一分糖就苦了，过一分糖就沙不起来。
如今父亲早已不在，村口的糖寮也换成了砖瓦作坊，可那一锅锅翻滚的糖浆，一直在我梦里冒着热气。
2024年3月8日于南宁
""",
    ),
]
