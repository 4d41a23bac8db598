"""holdout40, part A: sand-control, plant-protection, street-lighting, bathing-beach, radiation-monitoring,
wind-farm, kelp and shrimp co-ops, a deaf association, a model-aircraft club, a landfill engineer's and a
braille-room volunteer's blogs. Invented text; see ../README.md and ../build.py."""


def H(title, top, tail, open_="<div class=\"zw\">", close="</div>"):
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + title + "</title>\n"
        "<script>var _hm=_hm||[];(function(){var s=document.createElement('script');})();</script>\n"
        "<style>.zw p{text-indent:2em}</style></head><body>\n" + top.strip() + "\n" + open_ + "\n{BODY}\n" + close + "\n" + tail.strip() + "\n</body></html>"
    )


CASES = [
    dict(
        slug="gov-shaqu-sand-control-notice-index-table",
        site="沙渠县林业和草原局 (invented)", style="政府门户", genre="通知", kind="notice", form="html",
        source="http://lcj.shaqu.example.gov.cn/zwgk/tzgg/202503/t20250311_7731.html",
        title="关于开展2025年春季防沙治沙造林工作的通知",
        record_title="关于开展2025年春季防沙治沙造林工作的通知_沙渠县林业和草原局",
        date="2025-03-11",
        notes="modern county portal: 索引号 table with 发布日期, font-size row, 联系人 of the document beside the portal's 政务服务热线, 附件 list, footer with 网站标识码 and 公网安备",
        page=H("关于开展2025年春季防沙治沙造林工作的通知_沙渠县林业和草原局", """
<div class="top"><span>⟦m 沙渠县林业和草原局⟧</span><span>⟦a 登录　|　无障碍　|　长者模式⟧</span></div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 机构概况⟧</li><li>⟦l 政务公开⟧</li><li>⟦l 互动交流⟧</li></ul>
<div class="loc">⟦m 所在位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="syh"><tr><td>⟦m 索引号：11652301MB1F3-07-2025-0042⟧</td><td>⟦m 发文机构：县林草局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-03-11⟧</td><td>⟦m 主题分类：林业⟧</td></tr></table>
<h1>⟦t 关于开展2025年春季防沙治沙造林工作的通知⟧</h1>
<div class="zh">⟦a 【字号：大 中 小】【打印本页】【关闭】⟧</div>
""", """
<div class="xg"><h4>⟦l 相关稿件⟧</h4><ul><li>⟦l 县林草局召开草原防火工作部署会⟧</li><li>⟦l 2024年全县国土绿化成效通报⟧</li></ul></div>
<div class="foot"><p>⟦m 政务服务热线：0903-12345⟧</p><p>⟦m 主办单位：沙渠县林业和草原局　网站标识码：6523010044⟧</p><p>⟦m 新公网安备 65230102000551号⟧</p></div>
"""),
        body="""
各乡镇人民政府，各国有林场：
为巩固防沙治沙成果，筑牢北部风沙防护屏障，经研究，决定在全县开展2025年春季防沙治沙造林工作。现将有关事项通知如下。
一、任务安排。今春全县计划完成防风固沙林营造一万二千亩，草方格沙障铺设三千亩。
二、时间要求。造林工作自3月20日开始，4月30日前全部完成，各乡镇要于每周五报送进度。
三、技术标准。沙障规格统一为一米乘一米，苗木须带土球栽植，成活率不低于百分之八十五。
联系人：马晓东　电话：0903-6213308
附件：1.2025年春季防沙治沙造林任务分解表
2.草方格沙障铺设技术要点
沙渠县林业和草原局
2025年3月11日
""",
    ),
    dict(
        slug="gov-hetian-plant-protection-locust-cn-date",
        site="禾甸县农业农村局 (invented)", style="政府门户", genre="通知", kind="notice", form="text",
        source="http://nyj.hetian.example.gov.cn/tzgg/2025/0506/3317.html",
        title="关于做好东亚飞蝗夏蝻监测防控工作的通知",
        record_title=None,
        date="2025-05-06",
        notes="title missing from the record, found as a repeated title; 成文日期 in Chinese numerals; document number neutral; editor and views line; a share bar and prev/next",
        page="""
!m 禾甸县农业农村局门户网站
!m 首页 » 通知公告 » 正文
{T}
禾农发〔2025〕19号
!m 来源：县植保植检站　编辑：孔令一　浏览：278次
{BODY}
!l 分享：微信 · QQ空间 · 微博
!l 前一条：关于开展农资打假专项行动的通知
!l 后一条：县农业农村局2025年4月份工作简报
!m 禾甸县农业农村局　版权所有　地址：禾甸县滨河东路8号
""",
        body="""
各乡镇农业综合服务中心：
据县植保植检站监测，今年沿河滩区蝗卵越冬存活率偏高，夏蝻发生面积可能明显增加。
各乡镇要立即组织开展蝗情普查，每五天报送一次监测数据，发现点片发生要及时组织挑治。
防治药剂以生物农药为主，严禁在水源保护区使用高毒农药。
禾甸县农业农村局
二〇二五年五月六日
""",
    ),
    dict(
        slug="fanwen-zhaoming-summary-streetlight-glued-prompt",
        site="照明范文网 (invented)", style="范文站", genre="工作总结", kind="summary", form="text",
        source="https://www.zmfanwen.example.com/zongjie/nianzhong/88412.html",
        title="2024年路灯管理所工作总结",
        record_title="【精选】2024年路灯管理所工作总结（通用2篇）",
        date=None,
        notes="decorated title; a year only in the title (no date); a writing-service prompt glued after a sentence; a member prompt on its own line between paragraphs; tags and a hot list below",
        indent="　　",
        page="""
!m 照明范文网 - 写材料不求人
!m 您现在的位置：范文首页 / 工作总结 / 年终总结
!t 【精选】2024年路灯管理所工作总结（通用2篇）
!m 时间：1周前　人气：3,112
{BODY}
!l 标签：#路灯# #市政# #年终总结#
!l 本周热文：1.城管执法中队工作总结 2.市政养护工作计划 3.环卫所述职报告
!d 本站部分内容来自网友投稿，若有侵权请联系删除。
""",
        body="""
2024年，我所在市城市管理局的领导下，围绕“亮起来、亮得好”的目标，扎实做好城区路灯运行维护工作。
一、设施维护。全年巡查道路四百二十公里，更换灯具一千三百余盏，城区主干道亮灯率保持在百分之九十八以上。⟦w 需要原创定制材料的，私信站长“小照”即可。⟧
⟦a 开通会员可查看全部三篇范文 ＞＞⟧
二、节能改造。完成老城区二十条道路的节能灯具替换，年节约电费约六十万元。
三、存在不足。部分老旧线路故障频发，夜间抢修力量仍显不足。
下一步，我们将加快智慧路灯平台建设，实现故障自动报警、远程开关灯。
""",
    ),
    dict(
        slug="fanwen-haibin-speech-old-table-beach",
        site="海滨文秘网 (invented)", style="范文站", genre="讲话稿", kind="speech", form="html",
        source="http://www.hbwenmi.example.net/jianghua/2025/0618/5521.asp",
        title="在海水浴场开放暨夏季安全工作动员会上的讲话",
        record_title="在海水浴场开放暨夏季安全工作动员会上的讲话 - 海滨文秘网",
        date="2025-06-18",
        notes="old table layout (gb2312 era): marquee, visitor counter, 文字大小 row; date under the speech title and speaker line neutral; a 'copy this article' link glued after the last paragraph",
        page=H("在海水浴场开放暨夏季安全工作动员会上的讲话 - 海滨文秘网", """
<table width="960" border="0"><tr><td><img src="/img/logo.gif">⟦m 海滨文秘网 www.hbwenmi.example.net⟧</td></tr>
<tr><td><marquee>⟦m 欢迎光临海滨文秘网！本站收录各类讲话稿、总结、计划两万余篇⟧</marquee></td></tr></table>
<table width="960"><tr><td width="200" valign="top">
<div>⟦l 栏目导航：领导讲话 | 主持词 | 述职报告 | 心得体会⟧</div>
<div>⟦m 您是第 0028841 位访客⟧</div></td><td valign="top">
<div align="center"><b>⟦t 在海水浴场开放暨夏季安全工作动员会上的讲话⟧</b></div>
<div align="center">⟦a 【文字大小：大 中 小】【双击滚屏】⟧</div>
<p align="center">旅游度假区管委会副主任　许明岚</p>
<p align="center">（2025年6月18日）</p>
""", """
</td></tr></table>
<table width="960"><tr><td>⟦l 上一篇：在防溺水工作推进会上的主持词⟧</td></tr><tr><td>⟦l 下一篇：景区旺季服务保障工作方案⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2025 海滨文秘网　站长QQ：20913377⟧</td></tr></table>
""", open_="<div>", close="</div>"),
        body="""
同志们：
今天召开动员会，主要是部署今年海水浴场开放和夏季安全工作。
今年浴场开放时间定于6月25日至9月10日，预计接待游客八十万人次，安全压力前所未有。
一要严格落实救生员持证上岗制度，每五十米海岸线配备救生员不少于一名。
二要加强对离岸流、大风等危险天气的预警，红旗挂出期间一律禁止下水。
同志们，人命关天，责任重于泰山，希望大家以高度负责的态度抓好各项工作。⟦a 【复制全文】⟧
""",
    ),
    dict(
        slug="wenku-fushe-report-wrapped-corner-markers",
        site="云页文库 (invented)", style="文库预览", genre="工作报告", kind="report", form="text",
        source="https://wk.yunye.example.com/view/8f31c0a2d77e.html",
        title="澄垣市辐射环境监测站2024年度工作报告",
        record_title="澄垣市辐射环境监测站2024年度工作报告.pdf",
        date="2025-01-20",
        notes="file-name title; wrapped at 64 columns and cut by ⸢N⸥ markers glued or not; preview-end and download prompts; upload notice",
        wrap=64,
        pages=dict(fmt="⸢{n}⸥", every=80, start=2, glue="mix"),
        page="""
!m 云页文库 > 环境保护 > 监测报告
!t 澄垣市辐射环境监测站2024年度工作报告.pdf
!m 贡献者：lvye_2024　页数：6页　浏览量：512
{BODY}
!a —— 预览到此为止，余下4页请下载原文 ——
!a 下载本文（消耗2个页币）
!d 文档由用户自行上传分享，云页文库仅提供存储空间，如有侵权请提交申诉。
""",
        body="""
2024年，我站按照省辐射环境监测方案，全面完成了各项监测任务，全年共获取有效监测数据一万二千余个。
一是开展环境γ辐射空气吸收剂量率自动监测，全市六个自动站数据获取率达到百分之九十九点二。
二是对全市二十七家核技术利用单位开展监督性监测，未发现超标情况。
三是完成三座移动通信基站集中区域的电磁辐射监测，结果均低于国家标准限值。
澄垣市辐射环境监测站
2025年1月20日
""",
    ),
    dict(
        slug="wenku-fengdian-plan-html-bracket-pages",
        site="千页阅读 (invented)", style="文库预览", genre="工作方案", kind="plan", form="html",
        source="https://read.qianye-doc.example.cn/d/27749015.html",
        title="北岭风电场2025年防台风应急工作方案",
        record_title=None,
        date=None,
        notes="文库 reader page: title missing, found in h1; ⁅N⁆ page markers as HTML paragraphs cutting paragraphs; a VIP unlock prompt between paragraphs; no date (upload stamp only)",
        pages=dict(fmt="⁅{n}⁆", every=70, start=2),
        page=H("千页阅读 - 海量文档在线读", """
<header><a>⟦m 千页阅读⟧</a><input placeholder="搜索文档"><a>⟦a 登录/注册⟧</a></header>
<div class="crumbs">⟦m 首页 / 能源电力 / 风电⟧</div>
<h1>⟦t 北岭风电场2025年防台风应急工作方案⟧</h1>
<div class="info">⟦m 上传于 2025-04-02　｜　共5页　｜　1.2万次阅读⟧</div>
""", """
<div class="mask">⟦a 余下内容已隐藏，开通超级会员免费读全文⟧</div>
<div class="btns">⟦a 下载文档⟧ ⟦a 加入收藏⟧ ⟦a 举报⟧</div>
<div class="rel"><h3>⟦l 猜你喜欢⟧</h3><p>⟦l 光伏电站防汛应急预案（5页）⟧</p><p>⟦l 风电场安全生产月活动总结⟧</p></div>
<footer>⟦m © 千页阅读　沪ICP备2023041171号-2⟧</footer>
"""),
        body="""
为有效防范台风对风电场设备和人员造成的危害，确保台风期间安全稳定运行，结合本场实际，制定本方案。
一、组织机构。成立防台风应急领导小组，场长任组长，下设抢修、后勤、通讯三个工作组。
二、预警响应。接到台风蓝色预警后，全场人员停止登塔作业，检查风机偏航和变桨系统是否正常。
三、灾后恢复。台风过境后，先对风机基础、塔筒和集电线路进行全面巡检，确认安全后逐台恢复并网。
""",
    ),
    dict(
        slug="news-haiyan-kelp-harvest-html-photo",
        site="岫海新闻网 (invented)", style="新闻门户", genre="新闻", kind="news", form="html",
        source="https://www.haiyannews.example.com/bd/2025-05/12/content_90317.htm",
        title="岫海县海带喜获丰收　合作社亩产创新高",
        record_title="岫海县海带喜获丰收　合作社亩产创新高",
        record_date="2025-05-12",
        date="2025-05-12",
        notes="news portal: channel nav, byline with 来源/记者, a photo caption between paragraphs, an editor line glued after the last paragraph, a hot ranking and a QR follow box",
        page=H("岫海县海带喜获丰收　合作社亩产创新高_本地_岫海新闻网", """
<div class="nav">⟦l 首页　本地　县区　财经　视频　专题⟧</div>
<div class="pos">⟦m 岫海新闻网 > 本地新闻⟧</div>
<h1>⟦t 岫海县海带喜获丰收　合作社亩产创新高⟧</h1>
<div class="byline">⟦m 2025-05-12 09:41　来源：岫海日报　记者 庞晓帆 通讯员 邵琳⟧</div>
""", """
<div class="hot"><h3>⟦l 24小时热榜⟧</h3><ol><li>⟦l 岫海渔港码头改造完工⟧</li><li>⟦l 县城新增三条公交线路⟧</li></ol></div>
<div class="qr">⟦a 扫描二维码，关注岫海新闻客户端⟧</div>
<div class="copy">⟦d 本网原创稿件，未经授权不得转载⟧</div>
"""),
        body="""
五月的岫海湾，一排排养殖筏架上挂满了褐绿色的海带，渔民们正驾船忙着收割。
今年，县里推广深水区养殖和良种苗，海带长势明显好于往年。
⟦m 图为渔民在养殖区收割海带。　摄影 庞晓帆⟧
“今年亩产鲜海带能达到两万斤，比去年多了两成。”海湾养殖合作社负责人韩德顺说。
据县海洋渔业局统计，全县今年海带养殖面积三万二千亩，预计总产值四亿元。⟦m （责任编辑：乔雨）⟧
""",
    ),
    dict(
        slug="news-lingpu-shrimp-coop-text-caption",
        site="菱浦融媒 (invented)", style="新闻门户", genre="新闻", kind="news", form="text",
        source="https://m.lingpu-rm.example.cn/a/20250822/449013.html",
        title="菱浦镇虾蟹混养让滩涂变“金滩”",
        record_title="菱浦镇虾蟹混养让滩涂变“金滩”丨菱浦融媒",
        date="2025-08-22",
        notes="news app text: title decorated with 丨app; a byline's dotted date; a video caption between paragraphs; a 'open in app' bar; reading count and like bar at the end",
        page="""
!a 打开菱浦融媒APP，阅读体验更佳
!t 菱浦镇虾蟹混养让滩涂变“金滩”丨菱浦融媒
!m 菱浦融媒　2025.08.22　作者：陶书言
{BODY}
!m 阅读 3.4万
!l 点赞 126　｜　评论 18　｜　转发
!l 更多精彩，请下拉刷新
""",
        body="""
连日来，菱浦镇沿海滩涂的养殖塘里一片繁忙，养殖户们正在起捕今年的第一批青虾和梭子蟹。
过去，这片滩涂只养单一品种，效益不高。前年起，镇里引导养殖户开展虾蟹混养，亩均效益提高了三千元。
⟦m （视频：养殖户起捕梭子蟹）⟧
目前全镇已有混养塘五千八百亩，带动二百余户群众增收。
镇农业服务中心还组织技术员驻点指导，帮助养殖户解决水质调控和病害防治难题。
""",
    ),
    dict(
        slug="forum-yuquan-deaf-assoc-notice-junk",
        site="琅泉论坛 (invented)", style="论坛", genre="通知", kind="notice", form="text",
        source="http://bbs.yuquan.example.net/thread-220971-1-1.html",
        title="关于举办2025年手语培训班的通知",
        record_title="[转帖] 关于举办2025年手语培训班的通知 - 公益互助版 - 琅泉论坛",
        date="2025-07-01",
        date_also=["2025-07-03"],
        notes="a forum repost of a deaf association's notice; forum anti-scraping junk (lines and glued); 发表于 differs from the 成文日期 (both accepted); floor and reply chrome",
        junk=dict(lines=1, glued=2),
        page="""
!m 琅泉论坛 › 公益互助 › 查看帖子
!t [转帖] 关于举办2025年手语培训班的通知 - 公益互助版 - 琅泉论坛
!m 楼主　小溪流水　发表于 2025-7-3 21:08　只看该作者
{BODY}
!m 本帖最后由 小溪流水 于 2025-7-3 21:15 编辑
!l 回复　引用　举报　TOP
!a 登录后才可以回帖，没有账号？立即注册
""",
        body="""
各会员单位、各位热心人士：
为普及手语知识，促进听障人士与社会的沟通交流，市聋人协会定于7月中旬举办2025年手语培训班。现将有关事项通知如下。
培训对象为公共服务窗口工作人员、特殊教育学校教师和社会志愿者，共招收学员六十名。
培训时间为7月14日至7月25日，每天晚上七点至九点，地点在市残疾人综合服务中心三楼。
报名电话：0716-8520133（工作日上午）
市聋人协会
2025年7月1日
""",
    ),
    dict(
        slug="forum-tengyun-model-aircraft-rules-jammer",
        site="腾云航模论坛 (invented)", style="论坛", genre="制度", kind="rules", form="html",
        source="https://www.tengyun-rc.example.com/forum.php?mod=viewthread&tid=55812",
        title="城东飞行场地安全管理规定",
        record_title="城东飞行场地安全管理规定 - 场地公告 - 腾云航模论坛",
        date="2025-04-15",
        notes="Discuz-like page with jammer fonts (junk in HTML), a pinned-post banner, signature line, reply box; rules whose articles mention 扫码 and 下载 as content",
        junk=dict(lines=1, glued=2),
        p_html='<div class="t_f">{}<br /></div>',
        page=H("城东飞行场地安全管理规定 - 场地公告 - 腾云航模论坛", """
<div id="hd">⟦m 腾云航模论坛 - 固定翼 多旋翼 直升机 爱好者之家⟧</div>
<div id="pt">⟦m 腾云航模论坛 » 场地公告 » 城东飞行场地安全管理规定⟧</div>
<div class="ts"><h1>⟦t 城东飞行场地安全管理规定⟧</h1><span>⟦m [复制链接]⟧</span></div>
<div class="authi">⟦m 场地管理员老韦 发表于 2025-4-15 20:16⟧</div>
<div class="pinned">⟦a 本主题由 管理员 于 2025-4-16 置顶⟧</div>
""", """
<div class="sign">⟦m 飞行千次，安全第一次。⟧</div>
<div class="po">⟦l 回复 支持 反对 举报⟧</div>
<div class="fastpost">⟦a 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　© 2001-2025 Comsenz Inc.⟧</div>
""", open_="<div class=\"pcb\">"),
        body="""
第一条　为保障飞行安全，维护场地秩序，制定本规定。
第二条　进场飞行人员须先在场地入口扫码登记，并佩戴会员证。
第三条　飞行前应检查频率占用情况，同一频段不得同时起飞两架以上模型。
第四条　飞行区域以跑道为中心，严禁飞越停车场和观众区上空。
第五条　本规定电子版可在协会群文件中下载，请各位会员自行学习。
""",
    ),
    dict(
        slug="blog-laolin-landfill-insight-bracket-time",
        site="老林的填埋场日记 (invented)", style="博客", genre="心得体会", kind="insight", form="text",
        source="http://blog.zhinan.example.com/laolin_tm/article/91733",
        title="参加渗滤液处理技术培训的几点体会",
        record_title="参加渗滤液处理技术培训的几点体会 - 老林的填埋场日记",
        date="2025-09-06",
        notes="personal blog: title with - blog; bracketed post time as the page date; category and tags; a reward button and comment box; archive list",
        page="""
!m 老林的填埋场日记 —— 一个环卫工程师的碎碎念
!l 首页 | 日志 | 相册 | 留言板
!t 参加渗滤液处理技术培训的几点体会
!m [2025-09-06 22:31]　分类：工作随笔　阅读(86)
{BODY}
!a 觉得有用就打赏一杯茶吧
!l 评论(3)　引用(0)　收藏
!l 网友“清风徐来”：写得实在，我们场也碰到膜污染的问题。
!l 日志归档：2025年9月(4) 2025年8月(7) 2025年7月(5)
""",
        body="""
上个月，我有幸参加了省里组织的生活垃圾填埋场渗滤液处理技术培训，为期五天。
第一点体会，是要算清水量账。雨污分流做得好不好，直接决定渗滤液产生量。
第二点体会，是膜处理系统的日常维护比设备本身更重要，清洗周期不能一拖再拖。
第三点体会，是浓缩液的出路必须提前谋划，不能等到调节池满了才想办法。
回到场里，我把培训笔记整理出来，分享给班组的同事们。
""",
    ),
    dict(
        slug="blog-xiaomang-braille-room-html-tagcloud",
        site="小芒的手记 (invented)", style="博客", genre="心得体会", kind="insight", form="html",
        source="https://xiaomang.blogsite.example.org/2025/03/braille-room.html",
        title="在盲文阅览室做志愿者的一年",
        record_title="在盲文阅览室做志愿者的一年 | 小芒的手记",
        date="2025-03-02",
        notes="blog HTML: 发布于 line as page date, tag cloud, archive, a 'previous/next post' pair, a comment form; the body mentions 扫码 and 分享 as content",
        page=H("在盲文阅览室做志愿者的一年 | 小芒的手记", """
<header><h2>⟦m 小芒的手记⟧</h2><p>⟦m 慢慢走，慢慢看⟧</p></header>
<article><h1>⟦t 在盲文阅览室做志愿者的一年⟧</h1>
<p class="meta">⟦m 发布于 2025年3月2日　·　随笔⟧</p>
""", """
</article>
<nav>⟦l ← 上一篇：春天的第一场雨⟧ ⟦l 下一篇：读《目送》→⟧</nav>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 志愿服务 读书 旅行 随笔 图书馆⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年3月 (2)⟧</p></aside>
<div class="comment">⟦l 发表评论　昵称　邮箱　提交⟧</div>
<footer>⟦m Theme by Lite　Powered by WordPress⟧</footer>
"""),
        body="""
去年春天，我在市图书馆报名成为盲文阅览室的志愿者，每周六下午值班。
最初我连盲文的点位都分不清，是视障读者老周一点点教会了我。
阅览室新添了有声读物设备，读者扫码就能收听，我们的任务是帮他们熟悉操作。
一年下来，我最大的收获是学会了耐心倾听，也愿意把这段经历分享给更多想做志愿者的朋友。
""",
    ),
]
