"""holdout44, part C. Invented text (sites, counties, people, URLs, chrome); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="app-radar-station-summary-share",
        site="笔速写作App分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.bisu-app.com/s/a8Rk21Lq",
        title="柘溪天气雷达站2024年度工作总结",
        record_title="柘溪天气雷达站2024年度工作总结（word可改）",
        date="2025-01-06",
        notes="writing-app share page: open-in-app prompts, a member-unlock line inside the body; 成文日期",
        page="""
!a 打开笔速App，阅读体验更佳 〉
!m 笔速写作 · 海量公文素材
{T}
!m 素材编号 BS-240918　已有 1.1万 人使用
{BODY}
!a 下载App后可一键套用模板
!l 你可能还需要：气象站年度总结 · 观测员述职报告
!m 笔速写作 © 2025　客服QQ群：609183321
""",
        body="""
2024年，雷达站全年设备平均可用率达99.3%，圆满完成汛期和台风季业务保障。
一、业务运行。全年累计开机8712小时，上传基数据文件10.4万个，到报率100%。
⟦a 以下内容为会员专享，开通会员解锁全文⟧
二、设备维护。完成年度标定2次，更换发射机组件3件，故障平均修复时间缩短至1.6小时。
三、明年打算。推进雷达站防雷设施改造，做好双偏振升级前期准备。
柘溪天气雷达站
2025年1月6日
""",
    ),
    dict(
        slug="examforum-acrobat-interview-essay",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="范文",
        kind="essay",
        form="text",
        source="https://bbs.shangan-gk.com/thread-90431-1-1.html",
        title="从县杂技团的坚守谈基层文化人才培养",
        record_title="[申论范文] 从县杂技团的坚守谈基层文化人才培养（附批改要点）",
        date="2025-03-11",
        notes="exam forum post: floor header with 发表于 (the page's date), course ad line between paragraphs, reply box",
        page="""
!m 上岸公考论坛 › 申论交流区 › 范文点评
!m 浏览 2210 ｜ 回复 34
!t [申论范文] 从县杂技团的坚守谈基层文化人才培养（附批改要点）
!m 一刷上岸　发表于 2025-3-11 10:42
{T}
{BODY}
!l 批改要点：立意准确，论据贴近材料，结尾略显单薄。
!a 回复本帖可查看批改老师联系方式
!l 1楼 小镇考生：收藏了，明天模考用
!m 上岸公考论坛 · 粤ICP备20118843号
""",
        body="""
在汐湾县，一个杂技团坚持送戏下乡二十年，演员们从十来岁开始练功，把青春留在了舞台上。
⟦l 【课程推荐】申论高分冲刺班 限时特惠中⟧
培养基层文化人才，既要留得住，也要长得好。一方面要完善职称评定和收入保障，另一方面要打通院团与艺术学校的培养通道。
只有让基层文艺工作者有奔头，群众家门口的好戏才能一直演下去。
""",
    ),
    dict(
        slug="encyclopedia-cocoon-station-entry",
        site="百知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="article",
        form="text",
        source="https://baike.baizhi.com/item/茧站/3318",
        title="茧站",
        record_title="茧站_百知百科",
        date=None,
        notes="encyclopaedia entry: edit counts, catalogue, references; an example date inside a sentence is no date",
        page="""
!m 百知百科　|　全球中文百科全书
!a 进入词条　　编辑　　讨论　　收藏
{T}
!m 本词条由“百知百科”农业专家审核　　浏览次数：8622　　编辑次数：11次
!l 目录：1 定义　2 主要职能　3 发展历史
{BODY}
!l 参考资料：[1] 蚕桑生产实用手册
!l 词条标签：农业　蚕桑　收购
!d 百科词条内容由网友共同编辑，如需专业意见请咨询相关机构。
""",
        body="""
茧站是收购、烘干和储存蚕茧的基层站点，多设在蚕桑主产乡镇。
主要职能包括评茧定级、鲜茧收购、烘茧和向缫丝企业调运干茧。
茧站开秤日期一般写作“××××年5月20日开秤”等形式公示。
""",
    ),
    dict(
        slug="netdisk-lighthouse-drill-plan",
        site="云盒网盘分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunhe.cn/s/1kLq9Zp0Xw",
        title="鲛屿灯塔台风季应急演练方案",
        record_title="鲛屿灯塔台风季应急演练方案.wps",
        date="2025-06-18",
        notes="cloud-drive share: expiry and save prompts; file-name title; drill table; 成文日期",
        page="""
!m 云盒网盘 | 文件分享
!t 鲛屿灯塔台风季应急演练方案.wps
!m 分享者：守灯站老许　　分享于 2天前　　有效期：永久
!a 保存到我的云盒　　下载（28KB）　　举报
!a 在线预览仅显示文本内容，完整格式请下载后查看
{T}
{BODY}
!l 该用户的其他分享：灯室巡检记录表.xls　值班交接班制度.doc
!d 请勿通过云盒传播违法违规内容
""",
        body="""
一、演练目的：检验台风期间灯塔值守、备用电源切换和人员撤离能力。
二、演练科目
科目　时间　负责人
备用电源切换　7月2日上午　许国栋
人员撤离　7月2日下午　林小峰
三、演练要求：参演人员须穿戴救生衣，海况超过六级时演练取消。
鲛屿航标灯塔管理站
2025年6月18日
""",
    ),
    dict(
        slug="snapshot-vermicelli-hygiene-html",
        site="搜快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soukz.com/c?u=http%3A%2F%2Fwww.juetang.gov.cn%2Fart%2F2025%2F11%2F3%2Fart_211.html",
        title="关于开展红薯粉丝小作坊卫生专项检查的通知",
        record_title="关于开展红薯粉丝小作坊卫生专项检查的通知",
        date="2025-11-03",
        notes="cache frame above the town portal page; snapshot stamp (no date); the notice's own contact kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开展红薯粉丝小作坊卫生专项检查的通知</title></head><body>
<div class="kz-head" style="background:#ffd">⟦m 这是搜快照对 http://www.juetang.gov.cn/art/2025/11/3/art_211.html 的缓存⟧<br>⟦m 快照生成时间：2025年11月29日 04:17⟧<br>⟦a 查看原网页 | 纯文字版⟧<br>⟦d 搜快照与网页作者无关，不对其内容负责。⟧</div>
<div class="page">
<div class="site">⟦m 蕨塘镇人民政府⟧</div>
<div class="nav">⟦m 首页 | 镇情概况 | 政务公开 | 便民服务⟧</div>
<h3>{T}</h3>
<div class="src">⟦m 发布机构：镇市场监管所　访问量：58⟧</div>
{BODY}
<div class="tools">⟦a [ 打印 ] [ 关闭 ]⟧</div>
</div>
</body></html>
""",
        body="""
各村（社区）、各粉丝加工户：
为保障冬季粉丝生产旺季食品安全，镇市场监管所定于11月10日至30日开展小作坊卫生专项检查。
检查重点：加工场所卫生、明矾等添加剂使用、从业人员健康证、包装标签。
联系人：贺宁　电话：0731-82966311
蕨塘镇市场监督管理所
2025年11月3日
""",
    ),
    dict(
        slug="print-tide-station-duty-rules-html",
        site="汐湾县自然资源局 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="html",
        source="http://zrzy.xiwan.gov.cn/print.jsp?id=20250512",
        title="汐湾潮位站值班制度",
        record_title="打印 - 汐湾潮位站值班制度",
        date="2025-05-12",
        notes="print view: print/close buttons, URL and print stamp, print footer; numbered articles",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 汐湾潮位站值班制度</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 〖打印本页〗〖关闭窗口〗⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 汐湾县自然资源局 2025-05-12⟧</div>
<hr>
{BODY}
<hr>
<div>⟦m 本页地址：http://zrzy.xiwan.gov.cn/art/2025/5/12/art_88.html⟧</div>
<div>⟦m 打印时间：2025-09-01 10:22⟧</div>
<div align="center">⟦p 页 1 of 1⟧</div>
</body></html>
""",
        body="""
一、潮位站实行24小时值班，值班员每日8时交接班。
二、值班员每小时巡视验潮井和自记仪一次，发现异常立即报告站长。
三、天文大潮和风暴潮期间，站长带班，加密观测至每10分钟一次。
四、值班记录须当班填写，不得补记。
""",
    ),
    dict(
        slug="mail-folk-instrument-export-request",
        site="笙岭乐器厂邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:office@shengling-yueqi.com",
        title="关于申请参加2025年民族乐器出口展会的请示",
        record_title="Fw: 关于申请参加2025年民族乐器出口展会的请示.docx",
        date="2025-02-14",
        date_also=["2025-02-17"],
        notes="forwarded mail: mail headers, signature block, disclaimer; the request's own 附件 list kept next to the mail's attachment line",
        page="""
!m 发件人：厂办 施晓雯 <office@shengling-yueqi.com>
!m 发送时间：2025年2月17日 9:05
!m 收件人：销售部全体
!m 主题：Fw: 关于申请参加2025年民族乐器出口展会的请示.docx
!m 附件：请示扫描件.pdf (312KB)
!m -------- 转发的邮件 --------
{T}
{BODY}
!w 施晓雯｜笙岭民族乐器厂办公室｜电话 0576-87266100
!d 本邮件及附件含保密信息，如误收请立即删除。
!a 此邮件由“海湾邮”发送，免费注册个人邮箱
""",
        body="""
县商务局：
为拓展东南亚市场，我厂拟于2025年4月参加在新加坡举办的亚洲民族乐器展，展出二胡、唢呐、竹笛等产品。
当否，请批示。
附件：1.参展产品清单
2.参展费用预算表
笙岭民族乐器厂
2025年2月14日
""",
    ),
    dict(
        slug="fanwen-oldsite-acrobat-safety-oldtable",
        site="千篇范文网 (invented)",
        style="范文站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.qianpian.net/html/zhidu/20250302/44182.html",
        title="杂技团高空节目安全操作规程",
        record_title="杂技团高空节目安全操作规程（精编版·可修改）_千篇范文网",
        date=None,
        notes="old gb2312 table layout: copy-protection row, weekly hot list, writing-service box between paragraphs; no date (an added stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>杂技团高空节目安全操作规程（精编版·可修改）_千篇范文网</title>
<script>document.oncopy=function(){alert('请登录后复制');return false;}</script></head><body>
<table width="980" align="center"><tr><td>⟦m 千篇范文网 — 范文大全　应有尽有⟧</td><td align="right">⟦a 登录 | 注册 | 充值⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 | 工作总结 | 规章制度 | 讲话稿 | 心得体会 | 申请书⟧</td></tr></table>
<table width="980" align="center"><tr><td width="700" valign="top">
<div>⟦m 您现在的位置：千篇范文网 > 规章制度 > 安全制度⟧</div>
<h1>{T}</h1>
<div>⟦m 添加时间：2025-03-02　本文已影响 3721 人⟧</div>
<div>⟦a 本文禁止复制，如需全文请点击下载Word⟧</div>
{BODY}
<div>⟦l 猜你感兴趣：剧场舞台机械安全管理制度 | 文艺演出安全预案⟧</div>
</td><td width="280" valign="top"><div>⟦l 本周排行⟧</div><div>⟦l 1.演出安全责任书⟧</div><div>⟦l 2.排练厅管理制度⟧</div></td></tr></table>
<table width="980" align="center"><tr><td>⟦m Copyright 2008-2025 千篇范文网 All Rights Reserved⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　高空节目演出和排练必须配备保护绳、安全网，由专人负责检查。
第二条　演员上场前须向安全员报告身体状况，身体不适的不得参加高空节目。
⟦w 公文写作遇难题？专业写手一对一代写，加微信 qp_xiezuo⟧
第三条　吊具、钢丝每场使用前后各检查一次，并在检查记录上签字。
第四条　演出场地层高不足或地面不平的，不得安排高空节目。
""",
    ),
    dict(
        slug="wenku-radar-safety-duty-pages",
        site="智阅文库 (invented)",
        style="文库预览",
        genre="责任书",
        kind="other",
        form="text",
        source="https://www.zhiyue-wk.com/doc/5582013.html",
        title="雷达站防雷安全责任书",
        record_title="雷达站防雷安全责任书 - 智阅文库",
        date=None,
        notes="paid 文库 preview: markers of their own form on lines of their own; template placeholders (no date)",
        page="""
!m 智阅文库 首页 > 安全管理 > 责任书
{T}
!m 贡献者：kwl_0311　格式：doc　页数：2　积分：3
!a 开通VIP，全站文档免费下载
{BODY}
!a ▼ 展开阅读全文（还剩1页未读）
!a 开通VIP免费下载
!l 相关推荐：防雷装置定期检测制度　气象台站安全生产责任书
""",
        pages=dict(fmt="｛{n}｝", every=70, start=2, glue=False),
        body="""
为落实雷达站防雷安全责任，甲方（雷达站）与乙方（值班班组）签订本责任书。
一、乙方负责每月检查一次接地装置，雷雨季节前完成一次全面检测。
二、雷暴天气时，乙方不得进行塔顶作业。
甲方（签字）：××××　　乙方（签字）：××××
签订日期：××××年××月××日
""",
    ),
    dict(
        slug="gov-zhexi-radar-land-protection-html",
        site="柘溪县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.zhexi.gov.cn/art/2025/4/2/art_1229_661.html",
        title="关于划定柘溪天气雷达站探测环境保护范围的通告",
        record_title="关于划定柘溪天气雷达站探测环境保护范围的通告",
        record_date="2025-04-02",
        date="2025-04-02",
        notes="county portal with an elderly-mode toolbar and a feedback float; the record gives the date; document number line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>柘溪县人民政府</title></head><body>
<div class="toolbar">⟦a 长者模式⟧ ⟦a 简体/繁體⟧ ⟦a 读屏⟧</div>
<div class="banner">⟦m 柘溪县人民政府门户网站⟧</div>
<div class="nav">⟦m 首页　政务公开　政务服务　政民互动　魅力柘溪⟧</div>
<div class="bread">⟦m 首页 > 政务公开 > 政府文件⟧</div>
<h1>{T}</h1>
<p class="wh">柘政告〔2025〕3号</p>
{BODY}
<div class="float">⟦a 我要纠错⟧</div>
<div class="related">⟦l 政策解读：《关于划定天气雷达站探测环境保护范围的通告》图解⟧</div>
<div class="footer">⟦m 柘溪县人民政府办公室主办⟧ ⟦m 政府网站标识码：3311230009⟧</div>
</body></html>
""",
        body="""
为保护天气雷达站探测环境，根据《气象设施和气象探测环境保护条例》，现将有关事项通告如下：
一、以雷达站天线中心为圆心、半径1000米范围为探测环境保护范围。
二、保护范围内新建、扩建建筑物高度不得超过雷达天线馈源高度。
三、本通告自发布之日起施行。
柘溪县人民政府
2025年4月2日
""",
    ),
    dict(
        slug="news-troupe-award-portal",
        site="汐湾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xiwannews.cn/wenhua/2025-11/02/content_17230.htm",
        title="汐湾杂技《渔灯》获省级舞台艺术节金奖",
        record_title="汐湾杂技《渔灯》获省级舞台艺术节金奖-文化-汐湾新闻网",
        date="2025-11-02",
        notes="news portal text: source/time line, photo caption and related links between paragraphs, editor glued",
        page="""
!m 汐湾新闻网 首页 > 文化
{T}
!m 2025年11月02日 08:51　来源：汐湾日报
!a 字号：T|T　　分享：
{BODY}
!l 相关新闻：汐湾县杂技团巡演破百场 ｜ 杂技艺术学校迎来首届新生
!m 汐湾新闻网 版权所有　新闻热线：0576-87200110
""",
        body="""
11月1日晚，在省第十届舞台艺术节颁奖仪式上，汐湾县杂技团选送的杂技节目《渔灯》获得金奖。
⟦m （图）《渔灯》演出现场。本报记者 邹川 摄⟧
《渔灯》以海岛渔家夜捕为题材，将顶碗、蹬技与渔灯道具结合，演出时长9分钟。
团长俞海鸥说，下一步将把节目带到海岛各村巡演。⟦m 编辑：苏澄⟧
""",
    ),
    dict(
        slug="forum-discuz-tide-fishing-jammer-html",
        site="汐湾钓友会论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xwdiaoyou.com/thread-30812-1-1.html",
        title="关于大潮期间禁止在潮位站周边垂钓的提醒",
        record_title="[扩散] 关于大潮期间禁止在潮位站周边垂钓的提醒 - 海钓交流 - 汐湾钓友会",
        date="2025-09-05",
        notes="Discuz-like forum: jammer fonts glued and on lines, floors, signature; 发表于 as the page's date",
        page="""
<html><head><meta charset="utf-8"><title>[扩散] 关于大潮期间禁止在潮位站周边垂钓的提醒 - 海钓交流 - 汐湾钓友会</title></head><body>
<div id="hd">⟦m 汐湾钓友会⟧ ⟦a 登录 立即注册 找回密码⟧</div>
<div id="pt">⟦m 汐湾钓友会 › 海钓交流 › 查看内容⟧</div>
<div class="pls">⟦m 潮汐老吴⟧ ⟦m 主题 128 帖子 2094 积分 5516⟧</div>
<div class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-9-5 20:13⟧ ⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 钓鱼不守规，鱼都看不起你⟧</div></div>
<div class="floor">⟦l 沙发　海边小胖　发表于 2025-9-5 20:30　收到，感谢扩散⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 汐湾钓友会 版权所有⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
各位钓友：
9月8日至11日为天文大潮期，最高潮位预计超过警戒潮位。潮位站验潮井周边50米水域本来就禁止停船，请大家也不要在站前礁石上垂钓。
大潮期间礁石极易被海水漫过，请钓友务必远离危险区域。
汐湾钓友会理事会
""",
    ),
]
