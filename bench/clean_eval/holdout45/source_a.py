"""holdout45, part A: 范文 sites, 文库 previews, government portals, news portals, forums and
blogs around a brush-making (毛笔) workshop and its makers' association, a stele-rubbing (碑拓)
society, an ancient stone-bridge protection office and a harbour tugboat company. All invented;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-zihao-brush-summary-glued-buttons",
        site="紫毫范文汇 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.zihaofw.example.com/zongjie/88213.html",
        title="紫毫县毛笔制作技艺传习所2024年度工作总结",
        record_title="【优选】紫毫县毛笔制作技艺传习所2024年度工作总结（可编辑）",
        date="2025-01-08",
        notes="decorated record title; a member-copy prompt glued after a sentence; a ghost-writing box between paragraphs; date under the signature",
        indent="　　",
        page="""
!m 紫毫范文汇 · 好文章一搜就有
!m 所在位置：范文首页 › 工作总结 › 单位总结
!t 【优选】紫毫县毛笔制作技艺传习所2024年度工作总结（可编辑）
!m 编辑：小墨　浏览：2381次　更新于 3天前
{BODY}
!a 喜欢这篇总结？点此一键复制全文（开通会员免广告）
!l 猜你还想找：传习所年度计划 / 非遗项目申报书 / 匠人座谈会发言
!d 本站文章来自会员投稿，版权归原作者所有，如有侵权请来信说明。
""",
        body="""
2024年，传习所在县文化馆的指导下，围绕毛笔制作技艺的保护和传承，扎实开展各项工作。
一是抓好带徒传艺。全年招收学徒十四名，选料、水盆、结头、装套、刻字五道主要工序均安排老师傅一对一传授。⟦a 【会员可复制本段】⟧
二是抓好资料整理。传习所对三位老匠人的口述进行了录音整理，形成文字资料六万余字。
⟦w 写材料犯难？专业笔杆子一对一代笔，加微信 fw_xiaomo66 咨询⟧
三是抓好展示推广。传习所参加省级非遗展三次，举办进校园体验活动十一场，接待研学学生一千二百人次。
2025年，我们将继续完善学徒考核办法，争取新建一处技艺展示厅。
紫毫县毛笔制作技艺传习所
2025年1月8日
""",
    ),
    dict(
        slug="fanwen-beitang-rubbing-speech-html-old-table",
        site="碑塘公文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.beitanggw.example.net/jianghua/2025/0412/5521.html",
        title="在碑塘县碑拓研究会第二次会员大会上的讲话",
        record_title="在碑塘县碑拓研究会第二次会员大会上的讲话_碑塘公文网",
        date="2025-04-12",
        notes="old table layout with a marquee, a font-size row and a visitor counter; a date under the speech title; the speaker line neutral; a copy-lock notice glued before the first sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在碑塘县碑拓研究会第二次会员大会上的讲话_碑塘公文网</title>
<script>document.oncopy=function(){return false;}</script></head>
<body><table width="960" align="center"><tr><td>⟦m 碑塘公文网　公文写作好帮手⟧</td><td><a href="/">⟦m 网站首页⟧</a> | <a>⟦m 讲话稿⟧</a> | <a>⟦m 汇报材料⟧</a></td></tr>
<tr><td colspan="2"><marquee>⟦l 最新上传：村级财务公开制度 | 防汛值班表样本 | 乡镇年终述职⟧</marquee></td></tr>
<tr><td width="700">
<h1>{T}</h1>
<div>⟦a 【字体：大 中 小】【关闭窗口】【打印本页】⟧</div>
<p>碑塘县副县长　钱晓帆</p>
<p>（2025年4月12日）</p>
{BODY}
<p>⟦l 上一篇：在全县文物安全工作会议上的讲话⟧</p><p>⟦l 下一篇：在县图书馆新馆开馆仪式上的致辞⟧</p>
</td><td width="260"><b>⟦l 本周热门⟧</b><br>⟦l 1.支部书记抓党建述职⟧<br>⟦l 2.学校安全工作计划⟧</td></tr>
<tr><td colspan="2">⟦m 您是本站第 0382715 位访客⟧　⟦d 本站资料均来源于网络，仅供参考⟧　⟦m 备案号：蜀ICP备0503371号⟧</td></tr></table></body></html>
""",
        body="""
⟦d 温馨提示：本站内容禁止复制，请登录后下载。⟧各位会员，同志们：
今天，县碑拓研究会召开第二次会员大会，总结五年来的工作，选举产生新一届理事会。
五年来，研究会共普查全县碑刻二百一十七通，完成拓片一千余张，编印《碑塘金石录》上下两册。
希望新一届理事会坚持保护第一，拓印必须经文物部门许可，严禁在露天碑刻上随意上墨。
县文旅局要加强指导，为研究会开展工作提供必要的场地和经费保障。
""",
    ),
    dict(
        slug="wenku-gongqiao-plan-diamond-markers",
        site="拱岭文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.gongling.example.com/view/7f3e21ab.html",
        title="拱岭县古石桥安全巡查工作方案",
        record_title="拱岭县古石桥安全巡查工作方案.docx",
        date=None,
        notes="file-name title; page markers ◈2◈ on lines of their own cutting sentences; a preview-end prompt; upload stamp is no date",
        pages=dict(fmt="◈{n}◈", every=80, start=2),
        page="""
!m 拱岭文库 › 行业资料 › 文物保护
!t 拱岭县古石桥安全巡查工作方案.docx
!m 贡献者：qiaoshou_2020　上传于：2025-03-02　共3页　下载券：2
{BODY}
!a —— 预览到此为止，剩余内容需使用下载券获取 ——
!a 立即下载　　加入书架　　分享给好友
!l 相关文档：古桥修缮验收报告｜桥梁限载标志设置规范
""",
        body="""
为加强全县古石桥的日常保护，及时发现和消除安全隐患，结合我县实际，制定本方案。
一、巡查范围。全县列入文物保护名录的古石桥共二十九座，其中县级文物保护单位十一座。
二、巡查频次。汛期每周巡查一次，非汛期每月巡查一次，遇暴雨、洪水等情况随时加密巡查。
三、巡查内容。重点查看桥墩冲刷、拱券裂缝、栏板松动和桥面超载通行等情况，发现问题当日上报县古桥保护所。
四、工作要求。各乡镇要明确一名分管领导和一名文保员，建立巡查台账，做到有巡查、有记录、有整改。
""",
    ),
    dict(
        slug="wenku-lanwan-tug-summary-html-pages",
        site="缆湾文档在线 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://docs.lanwan.example.cn/p/3308146.html",
        title="缆湾港拖轮公司2024年安全生产工作总结",
        record_title=None,
        date="2024-12-30",
        notes="no record title; an HTML reader with page-marker paragraphs 〘第2页/共3页〙 between the halves of a cut paragraph; a VIP float; title from the h1; date under the signature in Chinese numerals",
        pages=dict(fmt="〘第{n}页/共3页〙", every=120, start=2),
        page="""
<!DOCTYPE html><html><head><title>缆湾文档在线 - 免费文档分享</title><script src="/js/reader.js"></script></head><body>
<header><nav>⟦m 缆湾文档在线⟧ <a>⟦m 首页⟧</a> <a>⟦m 分类⟧</a> <a>⟦a 登录/注册⟧</a></nav></header>
<main><h1>{T}</h1>
<div class="info">⟦m 文档页数：3页　阅读：612　格式：PDF　大小：221KB⟧</div>
<div class="reader">
{BODY}
</div>
<div class="vipbar">⟦a 开通超级会员，本文档及全站文档畅享下载⟧</div>
<div class="btns">⟦a 下载文档　收藏　举报⟧</div>
</main>
<aside><h3>⟦l 同类文档推荐⟧</h3><ul><li>⟦l 港口作业船舶防台预案⟧</li><li>⟦l 船员安全培训记录表⟧</li></ul></aside>
<footer>⟦d 文档内容由用户上传，本平台不对其准确性负责⟧</footer></body></html>
""",
        body="""
2024年，公司坚持安全第一、预防为主，全年安全协助大型船舶靠离泊作业四千六百余艘次，未发生一般及以上安全生产责任事故。
一是落实安全责任。公司与六艘拖轮的船长签订安全生产责任书，实行船长负责制。
二是加强船员培训。全年组织船员消防、救生、溢油应急演练十八次，开展岗位技能考核两轮。
三是做好防台工作。台风期间提前安排拖轮进港避风，安排值班拖轮二十四小时待命。
缆湾港拖轮有限公司
二〇二四年十二月三十日
""",
    ),
    dict(
        slug="gov-gongling-bridge-notice-html-modern",
        site="拱岭县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.gongling.example.gov.cn/zwgk/tzgg/202505/t20250519_88102.html",
        title="关于永济桥实行限行管理的通告",
        record_title="关于永济桥实行限行管理的通告",
        date="2025-05-19",
        notes="modern county portal with an elderly-mode toolbar and an index table; the notice's own 咨询电话 beside the site's 12345; document number neutral",
        page="""
<html><head><meta charset="utf-8"><title>关于永济桥实行限行管理的通告_拱岭县人民政府</title></head><body>
<div class="top">⟦a 无障碍　长者模式　简　繁⟧　⟦a 登录｜注册⟧</div>
<div class="banner">⟦m 拱岭县人民政府⟧</div>
<div class="nav">⟦m 首页　政务公开　政务服务　互动交流　走进拱岭⟧</div>
<div class="path">⟦m 当前位置：首页 > 政务公开 > 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索 引 号：115211230088102X/2025-00612⟧</td><td>⟦m 发布机构：县交通运输局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-05-19⟧</td><td>⟦m 主题分类：交通⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">拱交通〔2025〕9号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】　【关闭窗口】　【收藏】⟧</div>
<div class="related">⟦l 相关解读：一图读懂永济桥限行安排⟧</div>
<div class="foot">⟦m 主办：拱岭县人民政府办公室　政务服务热线：12345⟧<br>⟦m 网站标识码：5211230015　黔ICP备05011736号-1⟧</div>
</body></html>
""",
        body="""
永济桥始建于清代，为县级文物保护单位。经专业机构检测，该桥拱券出现多处裂缝，承载能力下降。
为保护古桥和过往群众安全，经县人民政府同意，现就永济桥限行管理有关事项通告如下：
一、自2025年5月20日起，永济桥禁止机动车通行，非机动车和行人可正常通行。
二、机动车可绕行新建的永济大桥，绕行距离约一点二公里。
三、咨询电话：0851-7612309（县古桥保护所）。
特此通告。
拱岭县交通运输局
2025年5月19日
""",
    ),
    dict(
        slug="gov-zhongbu-clock-tower-minutes-text",
        site="钟埠镇人民政府 (invented)",
        style="政府门户",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://zb.example.gov.cn/xxgk/2025/0306/1204.html",
        title="钟埠镇老钟楼修缮协调会会议纪要",
        record_title="钟埠镇老钟楼修缮协调会会议纪要",
        record_date="2025-03-06",
        date="2025-03-06",
        notes="record date; minutes' 时间/地点/主持/参会 lines kept; a share bar glued after the last paragraph; views line",
        page="""
!m 钟埠镇人民政府门户网站
!m 首页 / 信息公开 / 会议纪要
{T}
!m 来源：党政办　阅读量：117　[ 字号 A+ A- ]
{BODY}
!l 上一条：钟埠镇春季森林防火工作会议纪要
!l 下一条：钟埠镇集镇环境整治推进会纪要
!m 钟埠镇党政办公室 版权所有　地址：钟埠镇新街18号
""",
        body="""
时间：2025年3月5日下午
地点：镇政府三楼会议室
主持：镇长　孙立群
参会：镇文化站、村建办、老街社区、县钟表维修行业协会负责人
会议听取了老钟楼机芯损坏情况的汇报，研究了修缮方案，纪要如下。
一、老钟楼机芯由县钟表维修行业协会组织技师免费检修，所需配件费用由镇财政据实列支。
二、镇村建办负责钟楼外立面加固，施工期间设置围挡和警示标志。
三、老街社区负责做好周边居民的解释工作，力争五月底前恢复报时。⟦l 分享到：微信｜QQ空间｜复制链接⟧
""",
    ),
    dict(
        slug="news-lanwan-tug-news-html-photo",
        site="缆湾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lanwan.example.com/content/2025-06/11/c_401733.htm",
        title="缆湾港新型电动拖轮投入使用",
        record_title="缆湾港新型电动拖轮投入使用",
        date="2025-06-11",
        notes="news portal: a byline with 发布时间, photo caption, editor line glued after the last paragraph, a comment box and a 24-hour ranking",
        page="""
<html><head><title>缆湾港新型电动拖轮投入使用 - 缆湾新闻网</title></head><body>
<div id="nav">⟦m 缆湾新闻网⟧ ⟦m 要闻 | 港城 | 民生 | 视频 | 专题⟧ ⟦a 下载客户端⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-06-11 09:42　来源：缆湾日报　记者 邹海鸣⟧</div>
<div class="photo"><img src="t.jpg"><p>⟦m 图为新投用的电动拖轮在港区进行顶推作业。通讯员 摄⟧</p></div>
{BODY}
</article>
<div class="comment">⟦l 网友评论（0）　请文明发言，登录后参与评论⟧</div>
<div class="rank"><h3>⟦l 24小时排行⟧</h3><p>⟦l 滨海大道夜间施工公告⟧</p><p>⟦l 缆湾今年首艘万吨货轮靠泊⟧</p></div>
<div class="footer">⟦d 未经授权禁止转载、摘编、复制或建立镜像⟧ ⟦m 新出网证（缆）字 017号⟧</div>
</body></html>
""",
        body="""
6月10日，缆湾港拖轮有限公司新建的一艘电动拖轮正式投入港区作业，这是我市港口首艘纯电动拖轮。
该拖轮总长三十二米，配备两套大容量电池，充满电后可连续作业四小时，每年可减少燃油消耗约三百吨。
公司负责人介绍，今后将逐步更新老旧拖轮，力争三年内电动拖轮占比达到三分之一。⟦m （责编：陆晴）⟧
""",
    ),
    dict(
        slug="news-zihao-brush-fair-text-title-glued",
        site="紫毫融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zihaorm.example.cn/xw/2025/1019/77120.html",
        title="紫毫县首届毛笔文化节开幕",
        record_title=None,
        date="2025-10-19",
        notes="no record title: the headline glued to the lead line with a space; a 发布时间 byline as the page date; a 'read original' line and hashtags at the end",
        page="""
!m 紫毫融媒 ｜ 指尖上的紫毫
⟦t 紫毫县首届毛笔文化节开幕⟧ {BODY}
!m 发布时间：2025年10月19日 18:06　编辑：韦一帆
!l #毛笔文化节# #非遗在紫毫#
!a 点击阅读原文，看更多精彩视频
""",
        body="""
10月19日上午，紫毫县首届毛笔文化节在笔工坊老街开幕，来自省内外的二百余名笔工、书法爱好者参加开幕式。
本届文化节为期三天，设有制笔技艺展示、名家书法笔会、毛笔选购集市等六项活动。
县毛笔行业协会同日发布了手工毛笔团体标准，对羊毫、狼毫、兼毫三类毛笔的选料和工艺作出规定。
""",
    ),
    dict(
        slug="forum-beitang-rubbing-pledge-junk",
        site="碑塘金石论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="http://bbs.jinshi.example.net/thread-20917-1-1.html",
        title="文明拓碑倡议书",
        record_title="[转贴] 文明拓碑倡议书 - 金石杂谈 - 碑塘金石论坛",
        date="2025-08-02",
        date_also=["2025-08-03"],
        notes="Discuz-like text thread: forum junk lines and junk glued after 。; the post time a day after the 成文日期 also accepted; floor and signature lines",
        junk=dict(lines=2, glued=2),
        page="""
!m 碑塘金石论坛 » 金石杂谈 » 查看帖子
!m 楼主：拓友老宋　发表于 2025-8-3 21:14　只看该作者
!t [转贴] 文明拓碑倡议书
{BODY}
!m 本帖最后由 拓友老宋 于 2025-8-4 07:30 编辑
!l 回复　引用　支持(12)　反对(0)
!m 签名：一纸黑白，千年风骨
""",
        body="""
各位拓友：
碑刻是不可再生的文物，每拓一次都会对碑面造成不同程度的磨损。为保护好我县现存碑刻，碑塘县碑拓研究会向全体会员和拓印爱好者发出如下倡议。
一、拓印前须向文物管理部门报备，经同意后方可进行，不擅自拓印未开放的碑刻。
二、使用中性墨汁和宣纸，不使用胶水、油墨等有害材料，拓后清理碑面残留。
三、发现碑刻被盗、损毁的，及时拨打文物部门电话举报。
碑塘县碑拓研究会
2025年8月2日
""",
    ),
    dict(
        slug="forum-lanwan-seamen-insight-html-discuz",
        site="缆湾海员之家 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://bbs.hyzj.example.com/forum.php?mod=viewthread&tid=55812",
        title="拖轮水手岗位练兵心得",
        record_title="拖轮水手岗位练兵心得 - 船员天地 - 缆湾海员之家",
        date="2025-07-15",
        notes="Discuz-like HTML post with jammer fonts and floors; the post's 发表于 as the page date; a reply box",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><title>拖轮水手岗位练兵心得 - 船员天地 - 缆湾海员之家</title></head><body>
<div id="hd">⟦m 缆湾海员之家⟧ <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 论坛 › 船员天地 › 拖轮水手岗位练兵心得⟧</div>
<div class="pl">
<div class="authi">⟦m 老舵 发表于 2025-7-15 20:31⟧ ⟦m 楼主⟧ ⟦m 查看: 908｜回复: 6⟧</div>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 风里来浪里去，平安是福⟧</div>
</div>
<div class="pl"><div class="authi">⟦m 小马哥 发表于 2025-7-16 08:02⟧ ⟦m 沙发⟧</div><div class="t_f">⟦l 写得实在，顶一个！⟧</div></div>
<div class="fastpost">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦d 本论坛言论仅代表发帖人观点，与本站立场无关⟧</div>
</body></html>
""",
        body="""
今年公司开展岗位练兵，我参加了带缆、消防和应急操舵三个科目，收获不小。
一是规范操作成了习惯。以前带缆凭经验，现在每一步都按口令来，动作快了，也更安全了。
二是应急处置有了底气。演练中模拟主机失电，我们在三分钟内完成了应急操舵，比上次缩短了一半。
三是看到了自己的差距。理论考试我只得了七十八分，下一步要把船舶避碰规则再好好学一遍。
""",
    ),
    dict(
        slug="blog-shunping-joiner-plan-wrapped",
        site="榫坪木作人的博客 (invented)",
        style="博客",
        genre="方案",
        kind="plan",
        form="text",
        source="http://blog.muzuo.example.com/laomu/archives/2025/0224.html",
        title="榫卯木作学徒班2025年春季教学方案",
        record_title="榫卯木作学徒班2025年春季教学方案 | 老木匠的木屑堆",
        date="2025-02-24",
        notes="blog: wrapped at 62 columns with an indent; a Posted on line as the page date; a tag cloud and archive at the end; decimal headings kept",
        wrap=62,
        indent="  ",
        page="""
!m 老木匠的木屑堆 — 刨花里的手艺日记
!m 首页 | 关于我 | 作品 | 留言板
{T}
!m Posted on 2025-02-24 by 老木匠 · 3 条评论
{BODY}
!l 标签：榫卯 学徒 教学
!l 文章归档：2025年2月 (3)　2025年1月 (5)　2024年12月 (4)
!l 发表评论：昵称（必填）　邮箱（不会公开）
!d © 2025 老木匠的木屑堆　本博客文字未经许可不得转载
""",
        body="""
榫坪县木作技艺学徒班今年春季招收学徒八名，教学时间为三月至六月，共十六周。
1.1 教学目标。学徒结业时能独立识读家具图纸，完成直角榫、燕尾榫、抱肩榫三种基本榫卯的制作。
1.2 教学安排。前四周学习工具使用和木材识别，中间八周练习榫卯，后四周在师傅指导下完成一件方凳。
1.3 安全要求。进入工坊须佩戴护目镜，电动工具由师傅在场时方可使用，收工后清扫刨花，严防火灾。
""",
    ),
    dict(
        slug="blog-luoxi-netmaker-summary-html",
        site="罟溪网厂老周 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://zhou-wangchang.example.blog/2025/01/summary.html",
        title="罟溪绳网厂2024年度生产经营情况总结",
        record_title="罟溪绳网厂2024年度生产经营情况总结（转自厂办）_老周的博客",
        date="2025-01-20",
        date_also=["2025-01-21"],
        notes="personal blog of a net-factory veteran: a bracketed post time, a data table one row a paragraph with ideographic spaces, a 'like/collect' row glued after a sentence, archive sidebar",
        page="""
<html><head><title>罟溪绳网厂2024年度生产经营情况总结（转自厂办）_老周的博客</title></head><body>
<div class="blog-title">⟦m 老周的博客⟧ <span>⟦m 织了一辈子网的人⟧</span></div>
<div class="blog-nav">⟦m 博客首页　文章目录　相册　关于⟧</div>
<div class="post"><h2>{T}</h2>
<p class="time">⟦m [2025-01-21 19:40]　分类：厂里的事⟧</p>
{BODY}
<p class="act">⟦l 阅读(341)　评论(2)　转载(0)⟧</p>
</div>
<div class="side"><h4>⟦l 博文归档⟧</h4><p>⟦l 2025年01月(2)⟧</p><p>⟦l 2024年12月(4)⟧</p>
<h4>⟦l 最新评论⟧</h4><p>⟦l 老王：今年效益不错啊⟧</p></div>
<div class="foot">⟦m 博客服务由 网博网 提供⟧</div>
</body></html>
""",
        body="""
2024年，全厂职工克服原材料涨价等困难，生产经营保持平稳。主要指标如下：
项目　2023年　2024年
渔网（吨）　412　455
缆绳（吨）　236　251
产值（万元）　3810　4126
全年新开发防鸟网、养殖网箱网衣两个产品，出口订单同比增长百分之十二。⟦a 👍点赞　⭐收藏⟧
2025年，厂里将更新八台织网机，并申请县级专精特新企业。
罟溪绳网厂办公室
2025年1月20日
""",
    ),
]
