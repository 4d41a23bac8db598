"""holdout252, part B: 博客 (text), 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区. Invented text, written by hand;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-chaimi-essay-lift-drying-pole-wrapped",
        site="柴米手账 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://chaimishouzhang.blog.example.net/2024/06/lift-pole.html",
        title="阳台换了升降晾衣竿以后",
        record_title="阳台换了升降晾衣竿以后 · 柴米手账",
        date="2024-06-02",
        notes="a personal blog's text hard-wrapped at 68 columns, no indent; the bracketed post time is the page's date; "
        "a category row, a like counter glued after the last line, a comment prompt and a subscribe line",
        page="""
!m 柴米手账 —— 过日子的零碎笔记
!m 分类：家居折腾　|　[2024-06-02 21:18]
{T}
{BODY}⟦a （点个小红心 ♥ 36）⟧
!l 上一篇：厨房吊柜换成拉篮的三个坑
!l 下一篇：梅雨季的除湿小物清单
!l 留言板（11）：写下你家阳台的故事吧
!a 用邮箱订阅柴米手账，新文第一时间送达
""",
        wrap=68,
        body="""
搬进这套房子的第三年，终于把阳台上那根固定的晾衣竿换掉了。
原来的晾衣竿装得太高，我一米六的个子，每次晾衣服都得踮脚，再用撑衣杆一件件往上挑。冬天被子湿重，挑不上去，只好搭在椅背上晾。
这次选的是手摇升降款，双杆，装在阳台顶上，摇几圈就能降到胸口。师傅安装只用了四十分钟，顺便把旧竿的膨胀螺丝也拔了，补了墙洞。
用了一个月，最大的感受是省力。被子、床单都能一次晾开，晾得平整，干得也快。
唯一要提醒的是，买之前一定量好阳台宽度和顶面结构，吊顶是石膏板的，要先找到龙骨或者打到楼板上，否则挂重了容易松。
生活里的小改动，往往比想象中更让人舒心。
""",
    ),
    dict(
        slug="wechat-gonghao-pledge-drying-poles-star-prompt-h1",
        site="公号拾遗 (invented, WeChat-article mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gonghaoshiyi.com/a/fenyuan-sq/20250312-1.html",
        title="关于规范高层住宅晾衣竿使用的倡议书",
        record_title=None,
        date="2025-03-11",
        date_also=["2025-03-12"],
        notes="no record title: the <h1> of a WeChat mirror; an account line with its own date (also accepted) over the "
        "倡议书's signature date; a star prompt glued before the salutation; 分享 as content; 阅读原文/在看 rows, a QR line "
        "and the mirror's note",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>公号拾遗 - 翂园社区</title>
<meta name="viewport" content="width=device-width">
</head>
<body>
<div class="gh-top">⟦m 公号拾遗 · 好文章不该只活七天⟧　<a href="/">⟦m 回到拾遗首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 翂园社区　2025-03-12 07:45　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool"><span>⟦a 阅读原文⟧</span>　<span>⟦l 阅读 1826⟧</span>　<span>⟦a 点赞 64⟧</span>　<span>⟦a 在看 19⟧</span></div>
<div class="qr">⟦a 长按下方二维码，关注翂园社区，居务早知道⟧</div>
</div>
<div class="gh-note">⟦d 本页由公号拾遗自动抓取存档，版权归原公众号所有，如需删除请留言⟧</div>
<div class="gh-more"><h4>⟦l 该号其他文章⟧</h4><p>⟦l 翂园社区2月份志愿服务积分公示⟧</p><p>⟦l 春季电动车充电安全，这几点要记牢⟧</p></div>
</body>
</html>
""",
        p_html='<p style="margin:0 0 1em;line-height:1.75">{}</p>',
        body="""
⟦a 点上方“翂园社区”蓝字，把我们设为星标⟧亲爱的居民朋友们：
近期，我市接连发生高层住宅晾衣竿坠落伤人的事件，高空安全再次敲响警钟。为守护大家头顶上的安全，翂园社区居委会向全体居民发出如下倡议：
一、不在窗外、阳台外伸出晾衣竿晾晒，确需晾晒的，请使用阳台内侧的固定或升降晾衣竿。
二、定期检查晾衣竿的固定螺丝和支架，发现松动、锈蚀及时维修或更换。
三、大风、暴雨天气来临前，及时收回衣物，不在晾衣竿上悬挂花盆、拖把等重物。
四、发现他人存在安全隐患的，请友善提醒，或告知楼栋长、网格员。
请大家把这份倡议分享给家人和邻居，共同守护我们的家园。
翂园社区居民委员会
2025年3月11日
""",
    ),
    dict(
        slug="wechat-wenzhaijing-notice-knocker-rubbing-scan",
        site="微文镜鉴 (invented, WeChat-article mirror, text copy)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wzjing.example.com/mp/xiaochuanwenlv/2025041801",
        title="“叩门识古韵”老街门环拓印体验活动开始报名啦",
        record_title="“叩门识古韵”老街门环拓印体验活动开始报名啦 | 翛川文旅 · 文章镜像站",
        date="2025-04-18",
        notes="a WeChat article copied as text: 原创 tag and account line with its date (the page's date), a listen prompt, "
        "扫码 as content (sign-up and sign-in), a 'like and share' row, a QR prompt and the mirror's source note",
        page="""
!m 原创　翛川文旅　2025年04月18日 18:02　发表于翛川
!a 🎧 收听本文（语音约3分钟）
{T}
{BODY}
!a 觉得不错，就点个“赞”和“在看”，再转给身边的文史迷吧
!a ▼ 长按识别下方二维码，关注翛川文旅
!m 本文镜像自公众号“翛川文旅”，原文链接已失效时请以原号为准
""",
        body="""
为让更多市民了解老街门环背后的故事，县文化馆将于4月26日（周六）上午在城关老街举办“叩门识古韵”门环拓印体验活动。
活动内容：由文化馆老师讲解门环、铺首的样式和寓意，随后带领大家用宣纸、拓包为老门环拓印，作品可带回留念。
参加对象：8周岁以上市民，未成年人须由家长陪同，限额40人。
报名方式：长按识别文末报名二维码，填写姓名和手机号，报满即止。活动当天请扫码签到，凭签到记录领取拓印材料。
温馨提示：拓印时请勿用力敲击门环，爱护文物，文明参观。
""",
    ),
    dict(
        slug="docshare-zhiye-request-copy-paper-funds-points-lock",
        site="知页分享网 (invented, document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.zhiyefx.com/p-9034417782.html",
        title="关于申请增拨办公用复印纸经费的请示",
        record_title="关于申请增拨办公用复印纸经费的请示（word版可修改）",
        date="2024-10-09",
        notes="a sharing page: uploader card with an upload stamp, an upload notice, a points lock, a service WeChat in the "
        "sidebar beside the request's own 联系人/电话; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于申请增拨办公用复印纸经费的请示（word版可修改） - 知页分享网</title>
</head>
<body>
<div class="zy-hd"><span class="logo">⟦m 知页分享网⟧</span><form class="search"><input placeholder="搜文档"><button>⟦a 搜一下⟧</button></form><a>⟦a 上传赚积分⟧</a></div>
<div class="zy-main">
<div class="doc-head">
<h1>{T}</h1>
<div class="uploader">⟦m 分享者：老统计　上传于 5 天前　浏览 2,306　下载 118⟧</div>
<div class="doc-fmt">⟦m 文档格式：DOC　页数：1页　所需积分：2⟧</div>
</div>
<div class="doc-notice">⟦d 温馨提示：本页文字由分享者上传，知页分享网仅作展示，不代表本站观点⟧</div>
<div class="doc-view">
{BODY}
</div>
<div class="doc-lock">⟦a 积分不足？每日签到可领2积分，满2积分即可下载原文⟧</div>
<div class="doc-btns"><a>⟦a 下载原文档⟧</a>　<a>⟦a 放进收藏夹⟧</a>　<a>⟦a 报告问题⟧</a></div>
</div>
<div class="zy-side">
<div class="kf">⟦w 下载遇到问题请加知页小助手微信：zhiye_kefu07⟧</div>
<h3>⟦l 同分享者的其他文档⟧</h3>
<ul><li>⟦l 统计局第四季度工作计划⟧</li><li>⟦l 关于申请统计调查经费的请示范文⟧</li></ul>
</div>
<div class="zy-ft">⟦m 知页分享网 zhiyefx.com　粤ICP备22018874号-3⟧</div>
</body>
</html>
""",
        body="""
县财政局：
今年以来，我局承担的经济普查资料汇总、年度统计报表印制等任务较往年明显增加，办公用复印纸消耗量大幅上升。截至9月底，全年复印纸预算已使用96%，难以保障第四季度工作需要。
经测算，第四季度还需A4复印纸约620包、A3复印纸约80包，共需经费1.9万元。为保证各项统计调查工作顺利开展，恳请县财政局增拨办公用复印纸经费1.9万元。
我局将严格执行节约规定，推行双面打印，确保专款专用。
妥否，请批示。
联系人：覃思远，电话：0713-6630528。
畛阳县统计局
2024年10月9日
""",
    ),
    dict(
        slug="docshare-xiazi-rules-toner-articles-mixed-markers",
        site="文档匣子 (invented, document-sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.wendangxiazi.com/doc/6603918.html",
        title="办公室硒鼓领用管理规定",
        record_title="办公室硒鼓领用管理规定.doc",
        date=None,
        notes="a .doc file name as the record title; 第N条 articles; ⦼n/3⦼ markers glued with a space or on their own lines, "
        "cutting articles; a preview-end prompt and an upload notice; rules with no date",
        page="""
!m 文档匣子 › 规章制度 › 行政管理
!t 办公室硒鼓领用管理规定.doc
!m 3页　|　阅读 5次/日　|　匣主：后勤一把刀
!a 收进我的匣子　｜　转发　｜　举报
{BODY}
!a 预览只到这里，完整文档请登录后取出
!d 匣内文档均由网友分享，若侵犯了您的权益，请发邮件至本站处理
""",
        pages=dict(fmt="⦼{n}/3⦼", every=100, start=2, glue="mix", sep=" "),
        body="""
第一条 为加强办公耗材管理，节约办公经费，结合本单位实际，制定本规定。
第二条 本规定所称硒鼓，是指单位各类激光打印机、复印机使用的原装及再生硒鼓。
第三条 硒鼓由办公室统一采购、统一保管、统一发放，各科室不得自行购买。
第四条 领用硒鼓实行以旧换新，领用人须交回旧硒鼓，并在领用登记簿上签字。
第五条 新硒鼓打印量明显低于标称页数的，领用科室应及时反映，由办公室联系供应商处理。
第六条 旧硒鼓由办公室集中存放，定期交有资质的回收单位处置，任何人不得私自变卖。
第七条 本规定自印发之日起施行，由办公室负责解释。
""",
    ),
    dict(
        slug="edu-zhenyang-notice-stamp-festival-attachment-link",
        site="畛阳教育网 (invented, county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhenyang.gov.cn/tzgg/2025/0427/4410.html",
        title="关于举办第三届“方寸育人”校园集邮文化节的通知",
        record_title="关于举办第三届“方寸育人”校园集邮文化节的通知_通知公告_畛阳教育网",
        date="2025-04-25",
        date_also=["2025-04-27"],
        notes="an education bureau's page: 适老/读屏 links, a byline with its own date (also accepted) over the 成文日期; "
        "附件 list in the body beside the page's attachment download links; 扫码 as content; a technical-support line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于举办第三届“方寸育人”校园集邮文化节的通知_通知公告_畛阳教育网</title>
</head>
<body>
<div class="edu-tools">⟦a <a>适老化浏览</a>｜<a>读屏辅助</a>｜<a>邮箱登录</a>⟧</div>
<div class="edu-banner">⟦m 畛阳教育网⟧　⟦m 畛阳县教育局主办⟧</div>
<div class="edu-nav">⟦m 首页⟧ ⟦m 教育动态⟧ ⟦m 通知公告⟧ ⟦m 政策法规⟧ ⟦m 办事指南⟧</div>
<div class="edu-path">⟦m 当前栏目：通知公告⟧</div>
<h2 class="edu-title">{T}</h2>
<div class="edu-info">⟦m 发文科室：德育股　发布时间：2025-04-27 16:20　点击：911⟧</div>
<div class="edu-body">
{BODY}
</div>
<div class="edu-att"><p>⟦a 相关附件（点击取用）：⟧</p><p><a href="/att/4410-1.xlsx">⟦a 📎 邮票设计大赛报名表.xlsx（18KB）⟧</a></p><p><a href="/att/4410-2.pdf">⟦a 📎 集邮知识竞赛题库.pdf（402KB）⟧</a></p></div>
<div class="edu-pn"><p>⟦l 上一篇：关于开展2025年防溺水专题教育的通知⟧</p><p>⟦l 下一篇：畛阳县2025年中小学生运动会竞赛规程⟧</p></div>
<div class="edu-ft"><p>⟦m 畛阳县教育局版权所有　地址：畛阳县城关镇文昌路18号⟧</p><p>⟦m 技术支持：0713-6623999（平台维护）⟧</p></div>
</body>
</html>
""",
        body="""
各中小学、幼儿园：
为弘扬中华优秀传统文化，丰富校园文化生活，县教育局、县邮政分公司决定联合举办第三届“方寸育人”校园集邮文化节。现将有关事项通知如下。
一、活动时间：2025年5月至6月。
二、活动内容：（一）邮票设计大赛，小学组以“我的家乡”为主题，中学组以“强国少年”为主题；（二）集邮知识竞赛；（三）优秀集邮作品展。
三、报名方式：各校汇总报名表后，于5月20日前报县教育局德育股。学生个人也可扫描报名表上的二维码报名。
四、联系人：伍晓晨，电话：0713-6623107，邮箱：zyjydeyu@zyjy.example.cn。
附件：1.邮票设计大赛报名表
2.集邮知识竞赛题库
畛阳县教育局
2025年4月25日
""",
    ),
    dict(
        slug="edu-shiyan2-summary-copy-paper-saving",
        site="畛阳县第二实验小学校园网 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zysy2.example.cn/hqgl/2025/0117/308.html",
        title="畛阳县第二实验小学本学期节约复印纸工作总结",
        record_title="【后勤动态】畛阳县第二实验小学本学期节约复印纸工作总结_校园网",
        date="2025-01-17",
        notes="a school site: a column tag in the record title, a 发稿 line, numbered measures, a 'back to top' link "
        "glued after a heading; 成文日期 under the signature",
        page="""
!m 畛阳县第二实验小学　|　校园网
!m 栏目：后勤管理 · 后勤动态
!t 【后勤动态】畛阳县第二实验小学本学期节约复印纸工作总结
!m 发稿：总务处　审核：校办　｜　浏览 377 次
{BODY}
!a ↑ 回顶部　　　⎙ 打印文章
!m Copyright 畛阳县第二实验小学　校址：畛阳县城关镇学府路9号
""",
        indent="\u3000\u3000",
        body="""
本学期，学校围绕建设节约型校园目标，把节约复印纸作为后勤工作的重点之一，取得了一定成效。现总结如下。
一、主要做法
1.建立定额制度。按年级和学科核定各教研组每月复印纸用量，超额部分须说明理由。
2.推行双面印制。教案、试卷草稿一律双面印制，单面废纸由各年级收集后装订成演草本，发给学生使用。
3.推广电子资料。教研活动材料、会议通知通过校园平台发布，不再打印分发。
二、取得成效
本学期全校共领用复印纸1120包，比上学期减少260包，节约经费约6200元。
三、下一步打算
继续完善定额管理，探索试卷网上阅卷，进一步减少纸张消耗。
畛阳县第二实验小学总务处
2025年1月17日
""",
    ),
    dict(
        slug="oa-hengyue-minutes-toner-suppliers-flow-record",
        site="恒岳物流集团协同办公系统 (invented, intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hengyue-wl.example.com/doc/view.do?id=20250303-0117",
        title="关于2024年度硒鼓供应商履约评估的会议纪要",
        record_title="〔已阅〕关于2024年度硒鼓供应商履约评估的会议纪要 - 恒岳OA",
        date="2025-02-27",
        date_also=["2025-03-03"],
        notes="an OA document view: a 发文日期 in the form table (also accepted) over the minutes' 时间 line; "
        "the 时间/地点/主持/参会/记录 lines in the body; a 流转记录 table, a read count and a 标记已阅 button",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔已阅〕关于2024年度硒鼓供应商履约评估的会议纪要 - 恒岳OA</title>
<script src="/oa/js/flow.js"></script>
</head>
<body>
<div class="oa-top">⟦m 恒岳物流集团 · 协同办公⟧　<span>⟦m 当前用户：许晴（行政部）⟧</span>　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办⟧ ⟦m 已办⟧ ⟦m 公文⟧ ⟦m 会议⟧ ⟦m 通讯录⟧</div>
<table class="oa-form">
<tr><td>⟦m 文件类型：会议纪要⟧</td><td>⟦m 保密等级：内部⟧</td></tr>
<tr><td>⟦m 拟稿部门：行政部⟧</td><td>⟦m 发文日期：2025-03-03⟧</td></tr>
</table>
<h2 class="oa-title">{T}</h2>
<div class="oa-doc">
{BODY}
</div>
<div class="oa-btn"><button>⟦a 标记已阅⟧</button> <button>⟦a 转交他人⟧</button> <button>⟦a 导出版式文件⟧</button></div>
<table class="oa-flow">
<tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 2025-03-03 10:12　许晴　拟稿⟧</td></tr>
<tr><td>⟦m 2025-03-03 15:40　蒲文涛　核稿通过⟧</td></tr>
<tr><td>⟦m 2025-03-04 09:05　分发至采购部、财务部、信息中心⟧</td></tr>
</table>
<div class="oa-read">⟦m 已阅 37 人　未阅 4 人⟧</div>
<div class="oa-ft">⟦m 信息中心运维　分机 8008⟧</div>
</body>
</html>
""",
        body="""
时间：2025年2月27日14:30
地点：公司三楼第二会议室
主持：行政部经理 蒲文涛
参会：采购部、财务部、信息中心、行政部相关人员
记录：许晴
会议对2024年度两家硒鼓供应商的履约情况进行了评估，形成如下意见：
一、甲供应商全年供货18批次，到货及时率100%，抽检的再生硒鼓平均打印页数达到标称的92%，评估等级为良好，续签一年。
二、乙供应商有3批次硒鼓出现漏粉、底灰问题，售后响应超过48小时，评估等级为合格，限期一个月整改，整改不到位的终止合作。
三、信息中心牵头统计各部门打印机型号，下一步压缩硒鼓型号至5种以内，便于集中采购和库存管理。
四、废旧硒鼓继续由供应商上门回收，回收记录每季度报行政部备案。
""",
    ),
    dict(
        slug="intranet-shengbang-bulletin-copy-paper-table-record-title",
        site="晟邦置业内网 (invented, intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.shengbang.example.com/xzb/tb/2024-10-12.html",
        title="关于三季度复印纸超量领用情况的通报",
        date="2024-10-12",
        notes="record title as is; an intranet page: logged-in user line, a 'notice' banner, a data table (one row a "
        "paragraph, cells apart by ideographic spaces); a read-receipt prompt and an IT-desk line",
        page="""
!m 晟邦置业 · 员工之家
!m 欢迎您，陆嘉　｜　部门：工程部　｜　修改密码　退出
!m 行政公告 > 通报
{T}
!m 发布部门：行政部　阅读 214
{BODY}
!a 请阅后点击“已知悉”完成回执
!m 系统问题请拨IT服务台分机 6000
""",
        body="""
各部门：
根据行政部统计，三季度公司共领用A4复印纸1486包，比二季度增加23%，部分部门超出定额较多。现将有关情况通报如下：
部门　定额（包）　实领（包）　超出比例
市场部　180　262　45.6%
工程部　220　301　36.8%
财务部　150　163　8.7%
人力资源部　90　88　—
经查，超量领用主要是宣传资料反复打样、报表单面打印造成的。请超定额部门于10月20日前提交整改说明，行政部将把复印纸用量纳入部门季度考核。
行政部
2024年10月12日
""",
    ),
    dict(
        slug="qa-wenqu-knocker-animal-face-adopted-answer",
        site="问渠问答 (invented, Q&A community)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenqu.example.com/question/5813302",
        title="老宅大门上的门环为什么多是兽面衔环？",
        record_title=None,
        date=None,
        notes="no record title: the question as the page's <h1>; an adopted-answer badge, an answerer card, a vote row, "
        "more answers and a 'write an answer' prompt; the answer's time relative (3 天前), so no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>问渠问答</title>
</head>
<body>
<div class="wq-head">⟦m 问渠问答 · 问渠那得清如许⟧　<a>⟦a 提问⟧</a>　<a>⟦a 登录或注册新号⟧</a></div>
<div class="wq-q">
<div class="wq-topic">⟦l 话题：古建筑　民俗　门饰⟧</div>
<h1>{T}</h1>
<div class="wq-qinfo">⟦m 关注者 88　被浏览 12,407⟧</div>
</div>
<div class="wq-answer">
<div class="wq-best">⟦m ✔ 提问者采纳⟧</div>
<div class="wq-author">⟦m 老城墙根　古建修缮从业十五年⟧</div>
<div class="wq-content">
{BODY}
</div>
<div class="wq-time">⟦m 回答于 3 天前　·　著作权归作者所有⟧</div>
<div class="wq-vote">⟦a ▲ 赞同 462　▼　💬 31 条评论　收藏　感谢⟧</div>
</div>
<div class="wq-more"><h3>⟦l 其他 5 个回答⟧</h3><p>⟦l 木门匠：北方叫门钹，南方多叫门环，样子也不一样⟧</p></div>
<div class="wq-write">⟦a 你也知道答案？来写一个回答⟧</div>
<div class="wq-ft">⟦m © 问渠问答　京ICP备21033047号⟧</div>
</body>
</html>
""",
        body="""
这种兽面在古建筑里叫“铺首”，门环就衔在铺首的嘴里，所以常说“铺首衔环”。
铺首的兽面多取自传说中的神兽，寓意镇守门户、驱邪避凶。古人认为大门是一家的门面，在门上装一个威严的兽面，既能显示主人的身份，也带着祈求平安的意思。
从实用角度看，门环就是古代的“门铃”。来客握住门环叩击门上的门钉或底座，发出声响，屋里的人就知道有人来了。
各地的铺首样式差别很大，有狮面、虎面，也有简化成圆形、六角形底座的。讲究一点的人家还会按身份使用不同材质，铜制的最常见。
如果想进一步了解，可以去当地博物馆看看，很多馆里都有专门的展柜。
""",
    ),
    dict(
        slug="qa-jiaju-telescopic-pole-stuck-numbered",
        site="居家问问社区 (invented, Q&A community)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.jiajuwenwen.example.com/q/203377.html",
        title="伸缩晾衣竿卡住拉不动了怎么办？",
        record_title="伸缩晾衣竿卡住拉不动了怎么办？ - 居家问问社区",
        date=None,
        notes="a Q&A page as text: the question with the site suffix, asker and answerer lines, an answer with a numbered "
        "list, a 'helpful' counter, similar questions; times relative (昨天), so no date",
        page="""
!m 居家问问社区 › 家居生活 › 阳台晾晒
!t 伸缩晾衣竿卡住拉不动了怎么办？ - 居家问问社区
!m 提问者：晒被子的猫　昨天 19:02　｜　2 个回答
!m 最佳回答　答主：家务达人阿鲁（居家达人 Lv.7）
{BODY}
!a 这个回答有帮助吗？　👍 有用 58　　👎 没用 2
!l 相似问题：
!l 升降晾衣架钢丝绳断了能自己换吗？
!l 阳台晾衣竿安装高度多少合适？
!m 居家问问社区　沪ICP备23007719号-2
""",
        body="""
我家也遇到过，一般是下面几个原因，可以按顺序排查。
1.内管生锈或有污垢。伸缩晾衣竿大多是不锈钢套管，南方潮湿，内管表面容易积水垢。可以把能拉出来的部分擦干净，喷一点防锈润滑剂，来回推拉几次。
2.锁扣卡死。旋转锁紧的款式，拧得太紧会把塑料锁扣挤变形。反方向多拧几圈，再用热毛巾敷一会儿，塑料软了就容易松开。
3.管子被压弯。如果晾过很重的被子，管子中间可能已经变形，这种就修不好了，建议直接换新的。
平时使用时别挂太重的东西，晾完擦干收起来，能用得久一些。
""",
    ),
]
