"""holdout72, part A: 范文 sites, 文库 previews, government portals, news portals, forums
and blogs — a badminton association, a billiards association, a Rubik's-cube club, a
children's coding school, a township wet-market office, a cable-TV station, a dinosaur
park, a scenic ropeway company, a darts league, a reptile shop, a go-kart track and a
vinyl record shop. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-qiupai-summary-badminton-association",
        site="球拍范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.qiupaifw.example.com/zongjie/xiehui/20250112-4471.html",
        title="蕺川县羽毛球协会2024年度工作总结",
        record_title="蕺川县羽毛球协会2024年度工作总结（精选3篇）",
        date="2025-01-10",
        notes="decorated record title (精选3篇); a 'copy needs login' prompt glued after a sentence; a writer-service line between paragraphs; a 成文日期 under the signature",
        page="""
!m 球拍范文网 — 写材料，先来这里看看
!m 您现在的位置：范文首页 › 总结大全 › 协会总结
!t 蕺川县羽毛球协会2024年度工作总结（精选3篇）
!m 栏目：协会总结　　人气：2163　　更新：2025-01-12
!t 第一篇：蕺川县羽毛球协会2024年度工作总结
{BODY}
!l ↑ 返回顶部　　换一篇看看 →
!l 同栏目推荐：社区舞蹈队年度总结｜老年体协工作回顾｜青少年足球训练营小结
!d 免责声明：本页范文仅供写作参考，如有雷同纯属巧合，不得直接用于正式场合。
""",
        body="""
2024年，县羽毛球协会在县体育事业发展中心的指导下，围绕“全民健身、快乐运动”的宗旨，较好完成了全年各项工作任务。
一、会员队伍不断壮大。全年新发展个人会员一百二十六名，团体会员单位九家，会员总数达到六百四十人。⟦a 登录后可复制全文，游客仅能浏览⟧
二、赛事活动丰富多彩。协会先后举办县直机关混合团体赛、“迎新春”公开赛和青少年等级赛三项赛事，参赛运动员累计七百余人次。
⟦w 本站提供各类总结代写润色，资深笔杆一对一，微信 qpfw_2024⟧
三、培训工作扎实推进。协会在城区三所小学开设公益训练班，聘请二级以上运动员担任教练，全年培训学生二百余名。
四、存在的不足。场地资源紧张，周末时段一场难求；部分乡镇会员参与活动不够经常。
2025年，协会将积极争取新建场馆的公益开放时段，推动乡镇分会建设，努力让更多群众打上羽毛球。
蕺川县羽毛球协会
2025年1月10日
""",
    ),
    dict(
        slug="fanwen-oldtable-billiards-pledge-h1-only",
        site="范文经典屋 (invented)",
        style="范文站",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="http://www.fwjdw.example.net/html/changyi/2024/1107/9023.asp",
        title="文明打球倡议书",
        record_title=None,
        date="2024-11-05",
        notes="old gb2312 table layout; no record title, found in the h1; a marquee, a visitor counter, a 【字体：大 中 小】 row; the pledge's own 监督电话 kept next to the site's contact row",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>文明打球倡议书_倡议书_范文经典屋</title>
<script>var hits=1;</script></head><body>
<table width="960" align="center"><tr><td>⟦m 范文经典屋 www.fwjdw.example.net⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<marquee>⟦d 本站所有文章均来自会员投稿，版权归原作者所有，转载请注明出处！⟧</marquee>
<table width="960" align="center"><tr><td width="700" valign="top">
<div>⟦m 当前位置：网站首页 &gt;&gt; 倡议书 &gt;&gt; 行业倡议⟧</div>
<h1>⟦t 文明打球倡议书⟧</h1>
<div>⟦m 作者：佚名　文章来源：会员投稿　点击数：⟧⟦m 887⟧　⟦a 【字体：大 中 小】⟧</div>
{BODY}
<div>⟦l 上一篇：关于开展冬季全民健身月的倡议⟧</div>
<div>⟦l 下一篇：致全县钓友的一封公开信⟧</div>
</td><td width="260" valign="top">
<div>⟦l 本类热门⟧</div>
<div>⟦l · 节约粮食倡议书范文⟧</div>
<div>⟦l · 垃圾分类倡议书（学生版）⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 联系站长：QQ 30472216　邮箱 admin@fwjdw.example.net⟧</td></tr>
<tr><td>⟦m 蜀ICP备10020471号⟧</td></tr></table>
</body></html>
""",
        body="""
全县广大台球爱好者、各台球俱乐部经营者：
台球是一项讲究礼仪的运动。近年来，我县台球运动发展较快，城区俱乐部已有二十余家，但个别场所仍存在吸烟、喧哗、赌球等不文明现象。
为营造健康有序的打球环境，县台球协会向大家发出如下倡议：
一、做文明球友。衣着整洁，轻声交流，不在球台边吸烟，不倚坐球台。
二、做守法球友。坚决抵制以台球比赛为名的赌博行为，发现线索及时向公安机关举报。
三、做守信经营者。明码标价，不设最低消费陷阱，不向未成年人提供包夜服务。
协会设立文明打球监督电话0834-6215508，欢迎社会各界监督。
茆湾县台球协会
2024年11月5日
""",
    ),
    dict(
        slug="wenku-mofang-plan-docx-lens-markers",
        site="方块文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.fangkuai.example.cn/p/8d21c7aa04.html",
        title="第三届青少年魔方速拧邀请赛活动方案",
        record_title="第三届青少年魔方速拧邀请赛活动方案.docx",
        date=None,
        notes="file-name title; page markers ⦗N⦘ glued or on own lines cut sentences; no date anywhere but an upload stamp; preview-end prompt at the bottom",
        pages=dict(fmt="⦗{n}⦘", every=110, start=2, glue="mix"),
        indent="　　",
        page="""
!m 方块文库 · 教育文档 · 活动策划
!t 第三届青少年魔方速拧邀请赛活动方案.docx
!m 上传者：sky_cube09　　上传于：2025-03-02 21:14　　共 3 页　　阅读 418 次
!a 下载本文档需 8 积分　　☆收藏　　⚑举报
{BODY}
!a —— 免费预览已结束，剩余 1 页请下载文档后阅读 ——
!l 相关文档：魔方社团活动记录表.doc　　速拧比赛裁判细则.pdf
!d 文档内容由用户自行上传，方块文库仅提供存储服务；若侵犯您的权益，请发送邮件至 tort@fangkuai.example.cn。
""",
        body="""
为激发青少年学习兴趣，锻炼空间想象能力和手脑协调能力，芩川市魔方俱乐部决定举办第三届青少年魔方速拧邀请赛，特制定本方案。
一、活动时间：暑假第二周的周六，全天。
二、活动地点：市青少年活动中心三楼多功能厅。
三、比赛项目：三阶速拧、二阶速拧、三阶单手和金字塔魔方四项，每项设小学组和中学组。
四、比赛规则。每名选手每项还原五次，去掉最快和最慢各一次，取其余三次的平均成绩排名。
五、安全保障。活动中心安排医护人员一名在场值守，各带队老师负责本校选手的往返安全。
六、奖项设置。各组别前六名颁发奖牌和证书，另设“最佳进步奖”若干名。
""",
    ),
    dict(
        slug="wenku-biancheng-notice-html-bracket-pages",
        site="码上学文库 (invented)",
        style="文库预览",
        genre="通知",
        kind="notice",
        form="html",
        source="https://doc.mashangxue.example.com/view/552019.html",
        title="关于开展少儿编程公益体验课的通知",
        record_title="【可编辑】关于开展少儿编程公益体验课的通知",
        date="2025-04-18",
        notes="HTML preview with page-marker paragraphs 〘N〙 cutting paragraphs; decorated title 【可编辑】; a download button bar and VIP prompt; the notice's own 报名咨询 phone kept",
        pages=dict(fmt="〘{n}〙", every=150, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【可编辑】关于开展少儿编程公益体验课的通知 - 码上学文库</title>
<style>.pg{color:#999}</style></head><body>
<header><div>⟦m 码上学文库⟧</div><nav>⟦m 首页 | 教育 | 办公 | 行业 | 我的文档⟧</nav></header>
<main>
<h1>⟦t 【可编辑】关于开展少儿编程公益体验课的通知⟧</h1>
<div class="info">⟦m 4页　　1.2万次浏览　　评分 4.6⟧</div>
<div class="btns">⟦a 立即下载⟧ ⟦a 加入文件夹⟧ ⟦a 转存到手机⟧</div>
<article>
{BODY}
</article>
<div class="vip">⟦a 开通会员，本文档及全站1000万篇文档免费读⟧</div>
</main>
<aside><h3>⟦l 猜你喜欢⟧</h3><ul><li>⟦l 编程兴趣班课程表.xlsx⟧</li><li>⟦l 家长告知书模板⟧</li></ul></aside>
<footer>⟦d 本站文档均为用户上传，仅供参考，不代表本站观点。⟧ ⟦m © 2025 码上学文库 浙ICP备25006613号-2⟧</footer>
</body></html>
""",
        body="""
各位家长：
为让孩子们在假期中接触科学思维，蒨阳区童码少儿编程中心联合区少年宫，面向全区7至12岁儿童开展公益体验课。
一、课程内容。图形化编程入门、简单游戏制作和机器人小车搬运挑战，每次课九十分钟，全程免费。
二、开课安排。每周六上午、下午各开一期，每期限额二十人，额满即止。
三、报名方式。家长可到少年宫一楼服务台现场报名，也可拨打报名咨询电话0571-8802316。
四、注意事项。请家长按时接送，孩子需自带水杯，课堂所用平板电脑由中心统一提供。
蒨阳区童码少儿编程中心
2025年4月18日
""",
    ),
    dict(
        slug="gov-qianchuan-market-office-notice-cn-date",
        site="荏川县菘阳镇人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.songyang.renchuan.example.gov.cn/zwgk/tzgg/202506/t20250603_118.html",
        title="关于菘阳镇农贸市场改造期间临时疏导经营的通告",
        date="2025-06-02",
        notes="a 成文日期 in Chinese numerals; the notice's 联系人/电话 kept next to the portal's 12345 footer; a share bar and font row glued to the byline; a document number neutral",
        page="""
!m 荏川县菘阳镇人民政府门户网站
!m 首页 / 政务公开 / 通知公告
{T}
菘政通〔2025〕9号
!m 发布时间：2025-06-03 09:30　来源：镇市场管理办公室　浏览次数：612
!a 【大】【中】【小】　【打印本页】　【关闭窗口】
{BODY}
!l 分享到：微信　QQ空间　新浪微博
!m 主办：荏川县菘阳镇人民政府　承办：镇党政办公室　政务服务便民热线：12345
!m 网站标识码：5104330027　蜀公网安备51043302000118号
""",
        body="""
为改善群众购物环境，镇人民政府决定对镇农贸市场实施提升改造，现将改造期间有关事项通告如下：
一、改造时间。自2025年6月10日起，工期约九十天。
二、临时经营点。蔬菜、肉类经营户迁至镇文化广场东侧临时大棚，水产、禽类经营户迁至原供销社院内。
三、交通管理。改造期间老街北段禁止机动车通行，请过往车辆绕行滨河路。
四、经营户临时摊位费全免，水电费按实际用量收取。
联系人：镇市场管理办公室　邹德明　　联系电话：0833-7205116
特此通告。
菘阳镇人民政府
二〇二五年六月二日
""",
        date_also=["2025-06-03"],
    ),
    dict(
        slug="gov-fengshan-cabletv-html-byline-table",
        site="葑山县广播电视服务中心 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gdzx.fengshan.example.gov.cn/tzgg/2025/0509/2231.shtml",
        title="关于有线电视前端机房设备升级暂停信号传输的公告",
        date="2025-05-09",
        record_date="2025-05-09",
        notes="modern portal template; a byline's 发布时间 is the only date; a table of affected areas one row a paragraph; the centre's own 报修电话 kept next to the portal's 监督电话; related list and footer",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于有线电视前端机房设备升级暂停信号传输的公告_葑山县广播电视服务中心</title>
<script src="/js/jquery.min.js"></script></head><body>
<div class="top">⟦m 葑山县广播电视服务中心⟧ ⟦a 无障碍⟧ ⟦a 长者模式⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 公告公示⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="pos">⟦m 您的位置：首页 &gt; 公告公示⟧</div>
<h2 class="tit">⟦t 关于有线电视前端机房设备升级暂停信号传输的公告⟧</h2>
<p class="byline">⟦m 发布时间：2025-05-09　　信息来源：技术保障部　　阅读：1,204⟧</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【收藏】⟧ ⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
<div class="xg"><h4>⟦l 相关链接⟧</h4><p>⟦l 应急广播系统试运行公告⟧</p><p>⟦l 高清机顶盒免费更换指南⟧</p></div>
<div class="foot">⟦m 版权所有：葑山县广播电视服务中心　地址：葑山县新华南路88号　网站监督电话：0716-5521100⟧<br>⟦m 鄂ICP备19004552号-1⟧</div>
</body></html>
""",
        body="""
尊敬的有线电视用户：
为提升全县有线电视信号质量，我中心将对前端机房编码复用设备进行升级改造。届时部分区域有线电视信号将暂停传输，具体安排如下：
日期　时段　影响区域
5月13日　0:30—5:30　城关镇、桃林镇
5月14日　0:30—5:30　白湖乡、石门乡、新桥镇
5月15日　1:00—4:00　全县（切换调试）
升级期间，智能机顶盒点播业务同步暂停，宽带业务不受影响。
如升级后仍无法收看，请拨打中心报修电话0716-5527700，我们将安排人员上门处理。
由此给您带来的不便，敬请谅解。
""",
    ),
    dict(
        slug="news-jiling-dinosaur-park-html-editor",
        site="萁岭新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jilingnews.example.cn/shehui/2025-07/21/content_77120.html",
        title="恐龙主题公园化石修复工作室向公众开放",
        record_title="恐龙主题公园化石修复工作室向公众开放 - 萁岭新闻网",
        date="2025-07-21",
        record_date="2025-07-21",
        notes="news portal: site suffix on the record title; a photo caption between paragraphs; a 责任编辑 line glued after the last paragraph; a dotted byline date",
        page="""
<html><head><meta charset="utf-8"><title>恐龙主题公园化石修复工作室向公众开放 - 萁岭新闻网</title></head><body>
<div id="hd">⟦m 萁岭新闻网⟧ ⟦m 萁岭日报社主办⟧ ⟦a 登录｜注册⟧</div>
<div id="menu">⟦m 要闻 社会 文旅 视频 专题⟧</div>
<div class="crumbs">⟦m 萁岭新闻网 &gt; 社会 &gt; 正文⟧</div>
<h1>⟦t 恐龙主题公园化石修复工作室向公众开放⟧</h1>
<div class="source">⟦m 2025.07.21 08:12　来源：萁岭日报　记者 伍青禾⟧</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 分享到：⟧⟦l 微信　微博　复制链接⟧</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 暑期文旅消费券今起发放⟧</li><li>⟦l 城南高架完成荷载试验⟧</li></ol></div>
<div class="footer">⟦d 未经授权禁止转载、摘编、复制及建立镜像⟧ ⟦m 互联网新闻信息服务许可证：43120190017⟧</div>
</body></html>
""",
        body="""
本报讯　7月20日，位于萁岭经开区的白垩纪恐龙主题公园化石修复工作室正式向公众开放，首日接待游客一千三百余人次。
工作室面积约二百平方米，采用玻璃隔断设计，游客可以在参观通道上近距离观看修复人员清理、加固和拼接化石标本的全过程。
⟦m 图为游客在观察修复人员清理恐龙蛋化石。　记者 伍青禾 摄⟧
公园负责人介绍，工作室目前有专职修复师四名，正在修复的是去年在当地红层中发现的一窝恐龙蛋化石，共十一枚。
暑期期间，工作室每天安排三场讲解，青少年还可预约参加“小小修复师”体验活动。⟦m （责任编辑：喻晓岚）⟧
""",
    ),
    dict(
        slug="news-aipi-ropeway-text-relative-time",
        site="艾陂在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.aipi.example.com/news/local/83300.html",
        title="景区索道完成年度大修 下周一恢复运营",
        date=None,
        notes="a news page whose only time is relative (3小时前), not a date; a 'reading progress' bar and an app prompt between paragraphs; the company's own 咨询电话 kept",
        page="""
!m 艾陂在线 | 本地新闻 本地生活
!m 首页 > 本地 > 民生
{T}
!m 3小时前　艾陂在线综合　阅读 2.3万
{BODY}
!a 打开艾陂在线APP，看更多本地新鲜事
!l 热门评论（12）　我要评论
!l 网友“山那边”：上次坐还是十年前，周末带娃去！
!l 推荐阅读：石佛寺景区推出夜游项目　｜　高速出口新增停车场
""",
        body="""
记者从翠屏山景区索道有限公司获悉，景区客运索道年度大修已于日前完成，经特种设备检验机构检验合格，将于下周一恢复运营。
本次大修历时二十天，更换了全部托压索轮衬垫，对驱动轮、减速机和制动系统进行了解体检查，并对六十四个吊厢逐一做了安全检测。
⟦a 下载APP阅读全文更流畅⟧
索道公司提醒，恢复运营后每日首班时间为早上8时，末班下行时间为下午5时30分，遇大风、雷雨天气将临时停运。
游客如需了解运营情况，可拨打索道公司咨询电话0739-3386120。
""",
    ),
    dict(
        slug="forum-bawei-darts-league-junk-posted",
        site="靶位飞镖论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.bawei.example.com/thread-20931-1-1.html",
        title="关于春季飞镖联赛第二阶段赛程调整的通知",
        record_title="[联赛公告] 关于春季飞镖联赛第二阶段赛程调整的通知",
        date="2025-04-07",
        date_also=["2025-04-08"],
        notes="forum junk glued after sentences and on lines of their own; a forum tag prefix; 发表于 differs from the 成文日期 (成文日期 expected, post date also accepted); a schedule table kept",
        junk=dict(lines=2, glued=2),
        page="""
!m 靶位飞镖论坛 › 赛事专区 › 联赛公告
!t [联赛公告] 关于春季飞镖联赛第二阶段赛程调整的通知
!m 楼主：联赛组委会_小秦　　发表于 2025-04-08 19:42　　只看该作者
!m 查看: 3016 | 回复: 41
{BODY}
!a 本帖最后由 联赛组委会_小秦 于 2025-04-08 20:03 编辑
!l 回复　　引用　　举报　　支持(18)　反对(0)
!l 沙发 镖不虚发：收到，周五那场能不能再往后挪挪
!m 飞镖论坛 · 以镖会友　Powered by ForumCore
""",
        body="""
各参赛队伍：
因原定比赛场馆“三号靶场”线路改造，经组委会研究，春季飞镖联赛第二阶段赛程调整如下：
轮次　日期　场地
第五轮　4月18日　中心区星空飞镖吧
第六轮　4月25日　中心区星空飞镖吧
第七轮　5月9日　滨江店
各队队长请于4月12日前在群内确认出赛名单，逾期视为沿用上一阶段名单。
比赛采用501双倍出镖规则，每场比赛前二十分钟进行练习投掷。
飞镖联赛组委会
2025年4月7日
""",
    ),
    dict(
        slug="forum-papet-reptile-discuz-jammer",
        site="爬爬宠友会 (invented)",
        style="论坛",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="https://www.papet.example.net/forum.php?mod=viewthread&tid=77105",
        title="关于规范饲养、拒绝弃养爬行宠物的倡议",
        record_title="关于规范饲养、拒绝弃养爬行宠物的倡议 - 爬宠交流 - 爬爬宠友会",
        date="2025-03-15",
        notes="Discuz-like page with jammer fonts inside and between paragraphs; board and site suffix on the record title; a 发表于 line equal to the signature date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>关于规范饲养、拒绝弃养爬行宠物的倡议 - 爬宠交流 - 爬爬宠友会</title></head><body>
<div id="toptb">⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="hd">⟦m 爬爬宠友会 — 守宫·蜥蜴·龟类饲养交流⟧</div>
<div id="pt">⟦m 论坛 › 爬宠交流 › 倡议与公告⟧</div>
<h1>⟦t 关于规范饲养、拒绝弃养爬行宠物的倡议⟧</h1>
<table class="plhin"><tr><td class="pls">⟦m 蓠洲鳞甲爬宠馆⟧<br>⟦m 主题 86 帖子 902 积分 4410⟧</td>
<td class="plc"><div class="pi">⟦m 发表于 2025-3-15 14:20⟧ ⟦m 只看该作者⟧ ⟦m 楼主⟧</div>
<div class="t_fsz">
{BODY}
</div></td></tr></table>
<div class="po">⟦l 回复⟧ ⟦l 评分⟧ ⟦l 收藏⟧ ⟦l 分享⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 京ICP备20034190号⟧</div>
</body></html>
""",
        body="""
各位爬友：
近来城郊河道和公园水塘多次发现被丢弃的巴西龟、鬃狮蜥等外来爬行动物，既危害本地生态，也让这些动物在野外难以存活。
作为一家经营了八年的爬宠门店，我们向全体爬友倡议：
一、买前先了解。饲养前了解物种成年体型、寿命和饲养条件，不冲动购买。
二、只买合法来源。不购买、不饲养国家重点保护野生动物，索要合法来源凭证。
三、养不了不丢弃。确实无法继续饲养的，可送到本店免费代为寻找新主人，绝不放生。
蓠洲鳞甲爬宠馆
2025年3月15日
""",
    ),
    dict(
        slug="blog-kading-insight-wrapped-safety-officer",
        site="赛道边的笔记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://blog.saidaobian.example.com/archives/2025/06/kart-safety.html",
        title="当卡丁车场安全员这三年",
        date="2025-06-01",
        notes="a hard-wrapped blog post (60 columns) with a bracketed post time as the page's date; tags, a previous/next pair and a comment box; a blogger's own WeChat in the sidebar",
        wrap=60,
        indent="  ",
        page="""
!m 赛道边的笔记 — 一个卡丁车场安全员的碎碎念
!m 首页 | 归档 | 关于我 | 友情链接
{T}
!m [2025-06-01 22:17]　分类：工作随笔　阅读(381)　评论(6)
{BODY}
!l 标签：卡丁车　安全员　心得
!l « 上一篇：雨天开不开场？　　下一篇：头盔的三种尺码 »
!l 发表评论　昵称：　邮箱：　提交
!w 想交流场地运营的朋友，加我微信 kart_lao_he
""",
        body="""
转眼在槭川这家卡丁车场当安全员已经三年了，写几句心里话，算给自己做个小结。
第一点体会，安全讲解不能走过场。每一位顾客上车前，我都会用三分钟讲清楚刹车、油门和举手示意的方法，宁可多说一句，不让一个人糊里糊涂上道。
第二点体会，设备检查要天天做。每天开场前，我和同事要逐台检查轮胎气压、刹车片和安全带，检查结果写在交接本上。
第三点体会，对孩子要格外上心。身高不到一米四的孩子只能坐双人车，由教练带着跑，这条规矩我从没松过口。
三年里场子没出过一起伤人事故，我觉得这比什么奖状都踏实。
""",
    ),
    dict(
        slug="blog-heijiao-summary-html-tagcloud",
        site="转盘慢慢转 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://zhuanpan.example.blog/2025/01/05/shop-year-end/",
        title="唱片行2024年经营小结",
        record_title="唱片行2024年经营小结 | 转盘慢慢转",
        date="2025-01-05",
        notes="blog template with tag cloud, archive and a 'like' button; a site suffix with a vertical bar; a blog post time as the page's date; a sentence of the body asks readers to 关注 the shop's account (kept)",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>唱片行2024年经营小结 | 转盘慢慢转</title></head><body>
<header><h3>⟦m 转盘慢慢转⟧</h3><p>⟦m 一家小唱片行的流水账⟧</p></header>
<nav>⟦m 首页⟧ ⟦m 店里新货⟧ ⟦m 听歌笔记⟧ ⟦m 关于⟧</nav>
<article><h1>⟦t 唱片行2024年经营小结⟧</h1>
<div class="post-meta">⟦m 发表于 2025年1月5日 · 店主老樊 · 约4分钟读完⟧</div>
{BODY}
<div class="like">⟦a ♥ 喜欢 27⟧ ⟦a 分享⟧</div>
</article>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 爵士 民谣 黑胶保养 二手唱机 店铺日常⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2024年12月 (3)⟧</p><p>⟦l 2024年11月 (5)⟧</p></aside>
<footer>⟦d © 2025 转盘慢慢转 · 文字与照片请勿转载⟧</footer>
</body></html>
""",
        body="""
2024年是小店开在桦坪老街的第四年，照例写一份小结。
全年共卖出黑胶唱片二千一百张，其中二手唱片占六成，新压制的国产唱片比前年多了近一倍。
周六晚上的“听片会”坚持了四十八期，来的多是附近的大学生和退休老师，最多一次挤了三十个人。
去年也走了弯路：进了一批昂贵的进口原版，卖得很慢，压了不少资金。
新的一年，打算增加唱机维修和唱片清洗服务，欢迎大家关注小店的公众号“慢慢转唱片”，听片会的预告都会发在上面。
""",
    ),
]
