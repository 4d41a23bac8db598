"""holdout77, part A: a musical-fountain office, a watermelon co-op, a pomelo festival, a sesame-oil
mill, a judo club, an air-volleyball league, a craft brewery, a sausage workshop, a beef-cattle farm,
a tangyuan maker and a handmade-soap studio. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-quanyin-fountain-plan-hotlist",
        site="泉音范文网 (invented)",
        style="范文站",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://www.quanyinfw.example.com/fangan/73310.html",
        title="蘅川县滨河音乐喷泉夏季开放工作方案",
        record_title="【精选】蘅川县滨河音乐喷泉夏季开放工作方案（通用版）",
        date="2025-05-28",
        notes="decorated record title; a writing-service prompt glued after a sentence; a 'more plans' list and a reader counter; 成文日期 under the signature",
        page="""
!m 泉音范文网 — 写材料，先来泉音
!m 所在栏目：首页 / 工作方案 / 景区方案
!t 【精选】蘅川县滨河音乐喷泉夏季开放工作方案（通用版）
!m 整理：小泉　　阅读量：2,318　　更新于 3天前
{BODY}
!a 本方案可一键复制 ▸ 免登录导出Word
!l 同栏目推荐：景区暑期安全工作方案 ｜ 公园夜游活动方案 ｜ 广场文艺演出方案
!d 泉音范文网所载文章均来自会员投稿，如涉及权益请来函说明，核实后即撤下。
""",
        body="""
为丰富群众夏季夜间文化生活，确保滨河音乐喷泉安全有序开放，结合管理处实际，制定本方案。
一、开放时间。6月1日至9月30日，每晚8时至9时30分开放，每场表演20分钟，遇雷雨、大风天气暂停。
二、人员分工。管理处设现场指挥组、设备运行组、安全巡查组，分别由副主任牵头负责。⟦w 写不出来？泉音代笔1对1，微信 quanyin_fw⟧
三、安全措施。喷泉水池周边设置隔离护栏和警示标识，安排专人劝阻游客翻越护栏、进入水池戏水。
四、设备维护。每日开放前检查水泵、灯光和音响设备，发现故障及时停机检修，并做好运行记录。
蘅川县滨河公园管理处
2025年5月28日
""",
    ),
    dict(
        slug="wenku-guabao-watermelon-summary-star-markers",
        site="瓜宝文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.guabao.example.cn/view/8a71c0d2.html",
        title="瓠溪镇西瓜专业合作社2024年工作总结",
        record_title="瓠溪镇西瓜专业合作社2024年工作总结.docx",
        date="2025-01-06",
        notes="file-name title; preview page cut by ꕤ N ꕤ markers glued or not; a preview-end prompt and a coin price; upload stamp not a date",
        pages=dict(fmt="ꕤ{n}ꕤ", every=130, start=2, glue="mix"),
        page="""
!m 瓜宝文库 ＞ 农业农村 ＞ 合作社
!t 瓠溪镇西瓜专业合作社2024年工作总结.docx
!m 上传者：瓜田守望　｜　2025-02-11 上传　｜　共3页　｜　4积分
{BODY}
!a —— 预览到此为止，余下2页请用积分换取 ——
!a 【换取全文】　【加入书架】
!d 本文档由上传者自行提供，瓜宝文库不对其真实性负责。
""",
        body="""
2024年，合作社在镇党委、镇政府的指导下，坚持统一品种、统一技术、统一销售，全年西瓜种植面积扩大到一千二百亩。
一、生产情况。全年引进早熟品种三个，推广大棚吊蔓栽培四百亩，亩均产量比上年提高百分之十五。
二、销售情况。与县城三家超市签订直供协议，开通网络店铺两个，全年销售西瓜五千六百吨，销售收入一千九百万元。
三、存在问题。部分社员管理粗放，病虫害防治不及时，冷链运输能力不足，高峰期压价现象仍有发生。
四、明年打算。计划新建预冷库一座，举办田间技术培训六期，争取注册“瓠溪沙瓤”集体商标。
瓠溪镇西瓜专业合作社
2025年1月6日
""",
    ),
    dict(
        slug="gov-youshan-pomelo-festival-notice-html",
        site="柚山县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.youshan.example.gov.cn/zwgk/tzgg/202510/t20251009_44120.html",
        title="关于举办第六届柚山蜜柚文化节的通知",
        record_title=None,
        date="2025-10-09",
        notes="HTML county portal with index table; no record title; 文号 neutral; the notice's own 联系人/电话 next to the portal's 12345 line; 附件 list; 抄送 版记",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办第六届柚山蜜柚文化节的通知_柚山县人民政府</title>
<script>var siteId="ys01";</script><style>.nav li{float:left}</style></head><body>
<div class="top">⟦m 柚山县人民政府门户网站⟧ <span>⟦a 无障碍　长者模式⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="pos">⟦m 您现在所在：首页 › 政务公开 › 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：431122-ys-2025-00387⟧</td><td>⟦m 发文机关：柚山县人民政府办公室⟧</td></tr>
<tr><td>⟦m 成文日期：2025-10-09⟧</td><td>⟦m 主题分类：农业、林业、水利⟧</td></tr></table>
<h1>⟦t 关于举办第六届柚山蜜柚文化节的通知⟧</h1>
<p class="wh">柚政办函〔2025〕41号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】 【关闭窗口】 【字号 大 中 小】⟧</div>
<div class="rel"><h3>⟦l 相关阅读⟧</h3><ul><li>⟦l 县农业农村局关于做好秋季柑橘采摘安全工作的提示⟧</li><li>⟦l 柚山县2025年农产品产销对接会举行⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：柚山县人民政府办公室　政务服务热线：12345⟧</p><p>⟦m 湘ICP备05012288号-1　网站标识码4311220009⟧</p></div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为提升柚山蜜柚品牌影响力，促进农民增收，县人民政府决定举办第六届柚山蜜柚文化节。现将有关事项通知如下。
一、时间地点。2025年10月25日至27日，主会场设在白鹭镇蜜柚产业园。
二、活动内容。开幕式、蜜柚评优赛、产销对接会、采摘体验游四项活动。
三、工作要求。各乡镇要组织种植大户积极参赛，县公安局、县市场监督管理局要做好安全保卫和食品安全保障工作。
联系人：县农业农村局　罗晓勤，电话：0746-5523106。
附件：1.第六届柚山蜜柚文化节活动安排表
2.蜜柚评优赛报名表
柚山县人民政府办公室
2025年10月9日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
""",
    ),
    dict(
        slug="news-xiangcheng-sesame-mill-html",
        site="稷城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xiangcheng.example.cn/local/2025-11/17/c_88120.htm",
        title="百年小磨香油坊入选市级非遗工坊",
        record_title="百年小磨香油坊入选市级非遗工坊_稷城新闻网",
        date="2025-11-17",
        notes="modern news portal; decorated record title; byline 发布时间 is the date; photo caption between paragraphs; editor line glued after the last paragraph; hot list and comment count",
        page="""
<html><head><meta charset="utf-8"><title>百年小磨香油坊入选市级非遗工坊_稷城新闻网</title></head><body>
<header><div class="logo">⟦m 稷城新闻网⟧</div><nav>⟦m 本地　时政　民生　乡村　视频⟧</nav><a>⟦a 登录 | 注册⟧</a></header>
<article>
<h1>⟦t 百年小磨香油坊入选市级非遗工坊⟧</h1>
<div class="info">⟦m 发布时间：2025-11-17 09:42　来源：稷城日报　记者 邝嘉⟧</div>
{BODY}
</article>
<aside><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 城区新增两条公交线路⟧</li><li>⟦l 初冬时节采茶忙⟧</li><li>⟦l 高铁站广场改造完工⟧</li></ol></aside>
<div class="cmt">⟦l 已有17人参与评论　我来说两句⟧</div>
<footer>⟦d 稷城新闻网版权所有，未经书面授权禁止转载⟧ ⟦m 互联网新闻信息服务许可证 3512024005⟧</footer>
</body></html>
""",
        body="""
日前，市文化和旅游局公布第二批市级非遗工坊名单，位于芝兰镇的何记小磨香油坊榜上有名。
何记香油坊始于清末，至今已传承五代，坚持用石磨低温研磨、水代法取油，年产香油约十二吨。
⟦m 图为工人正在翻炒芝麻。记者 邝嘉 摄⟧
第五代传承人何秋生说，入选非遗工坊后，作坊将开设研学课堂，让更多年轻人了解传统制油技艺。
据悉，芝兰镇还将依托香油坊打造芝麻种植基地，带动周边农户种植芝麻三百亩。⟦m （编辑：温可　审核：季平）⟧
""",
    ),
    dict(
        slug="forum-tatami-judo-club-rules-junk",
        site="榻榻米论坛 (invented)",
        style="论坛",
        genre="制度",
        kind="rules",
        form="text",
        source="https://bbs.tatami.example.net/thread-20981-1-1.html",
        title="青禾柔道俱乐部道馆安全管理规定",
        record_title="[转帖] 青禾柔道俱乐部道馆安全管理规定 - 道馆交流 - 榻榻米论坛",
        date=None,
        notes="forum repost with junk lines and glued junk; a poster line with 发表于 relative time (no date); signature and reply box; rules speak of 扫码 签到",
        junk=dict(lines=2, glued=2),
        page="""
!m 榻榻米论坛 › 道馆交流 › 查看帖子
!t [转帖] 青禾柔道俱乐部道馆安全管理规定 - 道馆交流 - 榻榻米论坛
!m 楼主：黑带二段老周　　发表于 4 天前　　只看该作者
!m 查看：906 | 回复：12
{BODY}
!l ------ 签名：一本！ 每周三晚青禾道馆见 ------
!l 回复 · 引用 · 举报
!l 快速回复：请先登录后再发言
""",
        body="""
第一条 为保障学员训练安全，规范道馆秩序，制定本规定。
第二条 学员进入道馆须扫码签到，穿着干净道服，摘除手表、耳钉、项链等饰品。
第三条 训练前须在教练带领下充分热身，未经教练许可不得进行投技对抗练习。
第四条 学员身体不适或有旧伤的，应当在训练前告知教练。发生受伤情况，教练应当立即停止训练并进行处置。
第五条 榻榻米每日训练结束后消毒一次，发现破损、接缝开裂应当及时报修。
第六条 本规定自公布之日起施行。
""",
    ),
    dict(
        slug="blog-qiqiu-volleyball-league-insight",
        site="旗球随笔 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://qiqiu.blog.example.com/archives/2025/06/air-volleyball.html",
        title="组织全县气排球联赛的几点体会",
        record_title="组织全县气排球联赛的几点体会 | 旗球随笔",
        date="2025-06-21",
        notes="personal blog; bracketed post time is the date; category and tags; archive and prev/next links; a glued 'like' row",
        page="""
!m 旗球随笔 · 一个基层体育干部的记录
!m 首页　｜　随笔　｜　赛事　｜　关于我
{T}
!m [2025-06-21 22:14]　分类：赛事记录　｜　阅读(188)
{BODY}
!l 标签：气排球 / 联赛 / 全民健身
!l « 上一篇：乡镇健身路径巡检随记　　下一篇：暑期游泳安全宣传有感 »
!l 文章归档：2025年6月(4)　2025年5月(6)　2025年4月(3)
!d © 旗球随笔 个人博客，转载请注明出处
""",
        body="""
今年春天，县文体局委托我牵头组织首届全县气排球联赛，从筹备到闭幕整整三个月，有几点体会记下来。
一是规则要先讲清楚。气排球在我们县刚兴起，很多队伍对轮转、触球次数理解不一，赛前我们集中开了两次规则讲解会。
二是场地要就近安排。比赛分东、西两个赛区，在乡镇文化广场进行，群众在家门口就能看球，上座率比预想的高。
三是裁判要本地培养。我们从中小学体育老师中选了二十人，参加市里的培训，现在已经能独立执裁。⟦a 点赞(23)　收藏　转发⟧
回头看，办赛事最难的不是比赛本身，而是让更多普通人愿意走出家门动起来。
""",
    ),
    dict(
        slug="wechat-maiya-brewery-safety-letter-mirror",
        site="公众号镜像·麦芽工坊 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://mp.mirror.example.cc/s/maiyagongfang-7Qx2",
        title="致全厂员工的安全生产倡议书",
        record_title="致全厂员工的安全生产倡议书",
        date="2025-03-03",
        notes="WeChat-style mirror of a craft brewery's account; account line date is the page date; follow prompt glued before the first sentence; reading and like rows; 在看; QR prompt",
        page="""
<html><head><meta charset="utf-8"><title>致全厂员工的安全生产倡议书</title><meta name="viewport" content="width=device-width"></head><body>
<div class="rich_media">
<h2 class="rich_media_title">⟦t 致全厂员工的安全生产倡议书⟧</h2>
<div class="meta">⟦m 麦芽工坊精酿　2025-03-03 08:30　发表于槿州⟧</div>
<div id="js_content">
<p>⟦a 点击上方蓝字「麦芽工坊精酿」关注我们⟧全体员工：</p>
{BODY}
</div>
<div class="bottom">⟦a 阅读原文⟧ ⟦m 阅读 1046⟧ ⟦a 赞 31　推荐 9⟧</div>
<div class="qr">⟦a 长按识别二维码，进入麦芽工坊小程序商城⟧</div>
<div class="mirror">⟦d 本页由镜像站自动抓取，仅作存档之用，版权归原公众号所有⟧</div>
</div></body></html>
""",
        body="""
新的一年，酿造车间即将进入旺季生产。为守牢安全底线，厂安全生产委员会向全体员工发出如下倡议。
一、严守操作规程。糖化、发酵、灌装各岗位严格按照作业指导书操作，不得擅自改变工艺参数。
二、防范有限空间风险。进入发酵罐、清酒罐内部清洗检修，必须先通风检测，办理作业审批，并安排专人监护。
三、注意用电和压力容器安全。二氧化碳气瓶要固定存放，发现管道泄漏立即报告。
四、人人都是安全员。发现隐患请扫描车间门口的隐患随手拍二维码上报，经核实给予奖励。
槿州麦芽工坊精酿啤酒有限公司安全生产委员会
2025年3月3日
""",
    ),
    dict(
        slug="docshare-fenxiang-sausage-workshop-request",
        site="分享宝文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.fenxiangbao.example.com/doc/55302871.html",
        title="关于腊肠加工作坊申请纳入小作坊集中加工区的请示",
        record_title="关于腊肠加工作坊申请纳入小作坊集中加工区的请示",
        date="2025-08-14",
        notes="document-sharing page; upload notice with a search pointer in its own words; page count and download price; 成文日期 in Chinese numerals",
        page="""
!m 分享宝文档　｜　海量资料，随取随用
!m 位置：首页 > 行政公文 > 请示报告
{T}
!m 贡献者：晴川散人　　页数：2页　　格式：DOC　　浏览：77次
!a 下载本文档（需2个下载券）　｜　加入收藏
{BODY}
!d 温馨提示：本文由网友分享至分享宝，仅用于交流学习；想找同类文档，可在分享宝首页输入关键词查找。
!l 猜你喜欢：关于设立食品小作坊的申请 · 关于申请加工场所改造资金的请示
""",
        body="""
镇人民政府：
我镇桐子坳村现有腊肠加工作坊七家，均为家庭式生产，加工场所分散，卫生条件参差不齐，难以达到食品小作坊登记要求。
为规范生产，提升产品质量，村委会经征求各作坊意见，拟申请将七家作坊纳入镇小作坊集中加工区统一管理。
集中加工区由村集体提供厂房，统一配置冷藏、烟熏和污水处理设施，各作坊按面积缴纳租金。
妥否，请批示。
桐子坳村民委员会
二〇二五年八月十四日
""",
    ),
    dict(
        slug="edu-xiling-cattle-farm-study-notice",
        site="溪岭县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.xiling.example.gov.cn/tzgg/2025/0409/2213.html",
        title="关于组织初二学生赴肉牛养殖基地开展劳动实践的通知",
        record_title="关于组织初二学生赴肉牛养殖基地开展劳动实践的通知",
        date="2025-04-09",
        record_date="2025-04-09",
        notes="education portal; the notice's own 联系人 and 电话 and e-mail next to the portal's 监督电话; a schedule table; 回执 placeholder with 年 月 日",
        page="""
!m 溪岭县教育局　｜　立德树人　办人民满意教育
!m 首页 → 通知公告 → 正文
{T}
!m 发布者：基础教育股　点击数：641　发布日期：2025年04月09日
{BODY}
!a 【打印】【返回】
!m 教育局监督电话：0739-6120012　地址：溪岭县学府路5号
""",
        body="""
各初级中学：
根据全县中小学劳动教育工作安排，县教育局决定组织初二学生分批赴县牧原肉牛养殖基地开展劳动实践。现将有关事项通知如下。
一、实践安排
批次　学校　日期
第一批　城关中学　4月21日
第二批　溪口中学　4月23日
第三批　岭南中学　4月25日
二、有关要求。各校要提前开展安全教育，带队教师每十名学生不少于一人，学生进入养殖区须穿戴鞋套、服从基地人员指挥。
三、联系方式。联系人：县教育局基础教育股　彭雅，电话：0739-6120135，邮箱：xljyjjc@example.cn。
请各校于4月16日前将回执报送基础教育股。
学校（盖章）：　　　　带队教师：　　　　　年　月　日
溪岭县教育局
2025年4月9日
""",
    ),
    dict(
        slug="oa-yuanxiao-tangyuan-plant-minutes-html",
        site="元宵食品公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.yuanxiao-food.example.local/doc/view?id=20251208-07",
        title="汤圆车间冬季生产调度会会议纪要",
        record_title="内网公文-汤圆车间冬季生产调度会会议纪要",
        date="2025-12-08",
        notes="intranet document view; 流转记录 and read count; minutes' 时间/地点/主持/参会/记录 lines kept; a data table; decorated record title",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 元宵食品协同办公</title></head><body>
<div id="hd">⟦m 元宵食品公司协同办公平台　当前用户：质检部 谭敏⟧ <a>⟦a 退出⟧</a></div>
<div id="menu">⟦m 待办(3)　已办　公文管理　会议管理　通讯录⟧</div>
<div class="doc">
<div class="doctitle">⟦t 汤圆车间冬季生产调度会会议纪要⟧</div>
<div class="docinfo">⟦m 拟稿：生产部　签发：总经理办公室　密级：内部　已阅 42 人⟧</div>
{BODY}
</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 2025-12-08 16:20 生产部 拟稿⟧</td></tr><tr><td>⟦m 2025-12-09 09:05 总经理办公室 签发⟧</td></tr></table>
<div class="opt">⟦a 签收　转发　打印　导出PDF⟧</div>
<div id="ft">⟦d 内部资料　严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年12月8日下午3时
地点：公司二楼第一会议室
主持：分管生产副总经理　孔德远
参会：生产部、质检部、仓储部、采购部负责人，汤圆车间各班组长
记录：生产部　乔婷
会议听取了汤圆车间冬季生产准备情况汇报，研究了元宵节前的生产调度安排。纪要如下。
一、确定节前生产计划。
品种　日产量　截止日期
黑芝麻汤圆　18吨　2026年2月20日
花生汤圆　12吨　2026年2月18日
鲜肉汤圆　6吨　2026年2月15日
二、采购部要提前锁定糯米和黑芝麻货源，确保原料库存不少于十五天用量。
三、质检部要加强速冻环节中心温度抽检，每班不少于三次。
四、仓储部要在12月20日前完成冷库除霜检修。
""",
    ),
    dict(
        slug="qa-wenzhi-handmade-soap-answer",
        site="问知社区 (invented)",
        style="问答社区",
        genre="回答",
        kind="answer",
        form="text",
        source="https://www.wenzhi.example.com/question/631902/answer/2201447",
        title="手工皂工作室办证需要哪些材料？",
        record_title="手工皂工作室办证需要哪些材料？ - 问知社区",
        date="2025-07-02",
        notes="Q&A; question as the title; answer's 回答于 is the date; vote bar and comment box; writing-service prompt between paragraphs",
        page="""
!m 问知社区　　首页　话题　发现　消息
!t 手工皂工作室办证需要哪些材料？ - 问知社区
!m 关注者 36　被浏览 5,902
!m 皂小厨　　认证：手工皂工作室主理人
!m 回答于 2025-07-02 11:08
{BODY}
!l ▲ 赞同 128　　▼　　💬 14 条评论　　⭐ 收藏　　分享
!l 更多回答（5）
!d 问知社区内容仅代表作者观点，不构成专业意见
""",
        body="""
我去年开了手工皂工作室，跑过一遍流程，分享一下经验。
首先要分清楚你做的是清洁用品还是化妆品。宣称有美白、祛痘等功效的，属于化妆品，需要办理化妆品生产许可，门槛很高。
只做普通清洁用的手工皂，一般办理个体工商户营业执照就可以，经营范围写“日用品生产、销售”。
⟦w 需要代办执照的私信我，V：zao_xiaochu⟧
材料方面，准备身份证、经营场所的租赁合同和房产证明复印件，在当地政务服务中心窗口或者网上都能办。
最后提醒一句，包装上不要乱写功效，市场监管部门抽查很严。
""",
    ),
]
