"""holdout189, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="blog-lanxu-html-coaster-tags",
        site="岚栩手作日志 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://lanxu-handmade.net/2025/04/cork-coasters/",
        title="软木杯垫的第十种做法",
        record_title="软木杯垫的第十种做法 – 岚栩手作日志",
        date="2025-04-21",
        notes="modern blog with tag cloud, archive, comment form; post date line",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>软木杯垫的第十种做法 – 岚栩手作日志</title></head>
<body>
<header><h2>⟦m 岚栩手作日志⟧</h2><p>⟦m 一双手，一点时间⟧</p></header>
<article><h1>{T}</h1>
<p class="meta">⟦m 发表于 2025-04-21 · 岚栩 · 2 条评论⟧</p>
{BODY}
</article>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 软木 皮革 刺绣 旧物改造⟧</p><h3>⟦l 归档⟧</h3><p>⟦l 2025年4月 (3)⟧</p><p>⟦l 2025年3月 (5)⟧</p></aside>
<section class="comments"><h3>⟦l 发表评论⟧</h3><p>⟦a 昵称（必填）⟧</p><p>⟦a 提交评论⟧</p></section>
<footer>⟦d © 2025 岚栩手作日志 · 图文原创⟧</footer>
</body></html>
""",
        body="""
做了两年软木杯垫，这次换了个思路：不用模具，直接拿酒瓶塞切片拼。
每个瓶塞切成五毫米厚的圆片，用白乳胶拼成六边形，压一夜，再用砂纸磨平边缘。
拼出来的杯垫吸水快，纹路也比整块软木板好看。唯一的麻烦是攒瓶塞，朋友聚会时我都会厚着脸皮收走。
""",
    ),
    dict(
        slug="wechat-jingxin-tip-shoerack-text",
        site="净心家居号 镜像 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="article",
        form="text",
        source="https://mp.jingxiang.top/s/jxjj_20250315_2",
        title="鞋架上的细菌，比你想的多",
        record_title="鞋架上的细菌，比你想的多",
        date="2025-03-15",
        notes="WeChat mirror: account line date, 阅读原文/在看 rows, follow prompt glued after a 。",
        page="""
{T}
!m 原创　净心家居　2025-03-15 07:30　发表于江苏
{BODY}
!a 阅读原文
!l 赞　分享　推荐　在看
!a 微信扫一扫　关注该公众号
!d 本页由镜像工具生成，内容版权归原公众号所有。
""",
        body="""
鞋底带回家的不只是灰尘，还有大肠杆菌、真菌孢子等微生物。鞋架作为它们的“落脚点”，往往是家里最容易被忽视的卫生死角。⟦a 点击上方蓝字关注我们⟧
建议每周用湿布擦一遍鞋架，每月用稀释的消毒液擦拭一次层板。
⟦m 图片来源：网络⟧
鞋架最好放在通风处，避免紧贴卫生间墙面；雨天穿回的鞋先晾干再上架。
""",
    ),
    dict(
        slug="wechat-huichuanjy-html-bookend-read",
        site="翙川教育 公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wx.mirrorhub.cn/a/huichuanjy/2025052001",
        title="一对书立，一封信：翙川三小毕业班的特别礼物",
        record_title="一对书立，一封信：翙川三小毕业班的特别礼物",
        date="2025-05-20",
        notes="WeChat mirror HTML with 喜欢作者, 在看, 阅读原文 rows; caption glued after a 。",
        page="""
<html><head><meta charset="utf-8"><title>一对书立，一封信：翙川三小毕业班的特别礼物</title></head>
<body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 翙川教育⟧ ⟦m 2025年05月20日 18:02⟧ ⟦m 浙江⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧ ⟦l 喜欢作者⟧ ⟦l 赞 在看 分享⟧</div>
<div class="qr">⟦a 长按识别二维码，关注翙川教育⟧</div>
</div>
<div class="mirror">⟦d 镜像页面仅作备份，如有侵权请联系删除⟧</div>
<script>var biz="MzA5OTk0";</script>
</body></html>
""",
        body="""
毕业季，翙川县第三小学六年级的孩子们在劳动课上亲手做了一对木书立，送给即将退休的语文老师。⟦m 图｜学生打磨书立⟧
书立的一侧刻着全班四十二人的名字，另一侧刻着“书山有路”四个字。
孩子们还写了一封信，夹在老师最喜欢的《城南旧事》里。
""",
    ),
    dict(
        slug="docshare-wenhai-notice-deskcalendar-pdf",
        site="文海分享 (invented)",
        style="文档分享",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.wenhaifx.com/doc/2025/1129/7741.html",
        title="关于规范2026年度宣传品台历印制的通知",
        record_title="关于规范2026年度宣传品台历印制的通知.pdf",
        date="2025-11-25",
        notes="file-name record title; upload notice; 成文日期 in Chinese numerals; 抄送 kept",
        page="""
!m 文海分享 · 文档即刻共享
!m 分享者：qiao_ying07　格式：PDF　页数：2　积分：3
{T}
!d 该文档为网友分享，文海分享仅提供存储，侵权内容一经核实立即删除。
{BODY}
!a 下载本文（PDF 2页）　　⭐ 加入收藏
!l 分享者的其他文档：会议费管理办法.pdf　公务接待清单.docx
""",
        indent="\u3000\u3000",
        body="""
各科室、各下属单位：
为落实过紧日子要求，现就2026年度宣传品台历印制有关事项通知如下：
一、原则上不再统一印制台历，确需印制的须报办公室审批。
二、印制数量不超过在编人数，单价不超过十五元，不得使用铜版纸精装。
三、鼓励使用电子日历和单页年历替代。
翾阳县财政局办公室
二〇二五年十一月二十五日
抄送：县纪委监委驻县财政局纪检监察组。
""",
    ),
    dict(
        slug="docshare-banyun-html-rubberband-missing",
        site="搬运文档 (invented)",
        style="文档分享",
        genre="安全教育",
        kind="lesson",
        form="html",
        source="https://www.banyundoc.net/view/50718.html",
        title="幼儿园橡皮筋游戏安全提示",
        record_title=None,
        date=None,
        notes="sharing page, title missing (h1); no date; download buttons",
        page="""
<html><head><meta charset="utf-8"><title>幼儿园橡皮筋游戏安全提示 - 搬运文档</title></head>
<body>
<div class="top">⟦m 搬运文档⟧ ⟦a 上传赚积分⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 来自：用户h7k2 · 1.2万次浏览 · 更新于 2 个月前⟧</div>
<div class="doc">
{BODY}
</div>
<div class="dl">⟦a 免费下载⟧ ⟦a 转存到网盘⟧ ⟦a 举报⟧</div>
<div class="rel">⟦l 相关推荐：户外游戏安全守则｜午睡值班记录表⟧</div>
<div class="foot">⟦d 本站文档均来自用户上传，如有侵权请联系客服⟧</div>
</body></html>
""",
        body="""
1. 橡皮筋只在户外和活动室使用，不得带入午睡室。
2. 游戏前检查橡皮筋有无老化断裂，断裂的立即剪除更换。
3. 禁止将橡皮筋套在脖子、手腕或手指上玩耍。
4. 教师全程看护，跳皮筋时两名幼儿之间保持一臂距离。
""",
    ),
    dict(
        slug="edu-lingxi-notice-bookend-html",
        site="瓴溪县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.lingxi.gov.cn/tzgg/2025/0903/2210.html",
        title="关于开展中小学图书角书立书架安全检查的通知",
        record_title="关于开展中小学图书角书立书架安全检查的通知-瓴溪县教育局",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="education bureau with 关怀版; document's own contact next to the site's technical line; portal date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展中小学图书角书立书架安全检查的通知-瓴溪县教育局</title></head>
<body>
<div class="head">⟦m 瓴溪县教育局⟧ <a>⟦a 关怀版⟧</a> <a>⟦a 简/繁⟧</a></div>
<div class="pos">⟦m 当前位置：首页 >> 通知公告⟧</div>
<h1>{T}</h1>
<div class="pub">⟦m 发布日期：2025-09-03　点击：266⟧</div>
<div class="content">
{BODY}
</div>
<div class="tools">⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<footer>⟦m 网站技术支持电话：0571-88613300⟧ ⟦d 版权所有：瓴溪县教育局⟧</footer>
</body></html>
""",
        body="""
各中小学校：
新学期班级图书角陆续启用，部分学校书架未固定、金属书立边角锋利，存在安全隐患。现通知如下：
一、9月15日前完成书架固定和书立边角检查，发现问题立即整改。
二、高度超过1.2米的书架必须与墙体固定。
三、检查情况填写《图书角安全检查表》，9月20日前报局基教科。
联系人：邵衡，电话：0571-88610247。
瓴溪县教育局
2025年9月2日
""",
    ),
    dict(
        slug="edu-xuanyang-text-coaster-lesson",
        site="翾阳教研网 (invented)",
        style="教育门户",
        genre="教案",
        kind="lesson",
        form="text",
        source="http://www.xyjyw.net/jiaoan/laodong/3350.html",
        title="四年级劳动课《编织杯垫》教学设计",
        record_title="四年级劳动课《编织杯垫》教学设计_翾阳教研网",
        date=None,
        notes="lesson plan with ×× placeholders; numbered list; no date",
        page="""
!m 翾阳教研网 › 教学资源 › 劳动教育
{T}
!m 上传：××小学 刘老师　下载次数：58
!a 【下载教案】【下载课件】
{BODY}
!a 本资源需教研网实名用户登录后下载
!l 同类资源：三年级《整理书包》　五年级《缝纽扣》
!m 翾阳县教师发展中心主办
""",
        body="""
教学目标：学会用棉绳平编法编织一枚直径十厘米的圆形杯垫。
教学准备：棉绳每人三米，剪刀，示范作品。
教学过程：
1. 导入：出示杯垫实物，说说杯垫的用途。
2. 示范：教师分步演示起头、绕圈、收尾。
3. 练习：学生分组练习，教师巡回指导。
4. 展示：每组推选一件作品展示，说说改进办法。
执教：××小学××老师
""",
    ),
    dict(
        slug="intranet-hongdu-report-deskcalendar",
        site="鸿度印务OA (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://oa.hongduprint.local/doc/view?id=24117",
        title="关于2026年台历生产排期的报告",
        record_title="内部文件-关于2026年台历生产排期的报告",
        date="2025-08-18",
        notes="intranet view with flow record and read count; data table one row a paragraph",
        page="""
!m 鸿度印务协同办公平台
!m 公文管理 / 收文 / 查看
{T}
!m 拟稿：生产部 童岳　审核：副总 蒋澄　阅读 37 次
{BODY}
!l 流转记录：生产部→总经办（已阅）→财务部（待阅）
!a 【打印】【导出PDF】【返回列表】
!m IT服务台分机：8008
""",
        body="""
总经理：
今年台历订单已确认47.6万本，较去年增加一成，现将生产排期报告如下：
品种　数量（万本）　开印日期　交货日期
商务台历　28.0　9月1日　10月15日
周历　11.2　9月10日　10月30日
环保纸台历　8.4　9月20日　11月10日
为保证交期，拟请批准9月至10月两台四色机实行两班倒。
生产部
2025年8月18日
""",
    ),
    dict(
        slug="intranet-yunfan-html-shoerack-rule",
        site="云帆物业内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="rule",
        form="html",
        source="http://10.8.2.16/portal/notice/view/7712",
        title="楼道鞋架巡查处置规程（试行）",
        record_title="内网公告-楼道鞋架巡查处置规程（试行）",
        date=None,
        notes="intranet HTML with flow record, read count, IT desk; rule with articles; effective clause only, no date",
        page="""
<html><head><meta charset="utf-8"><title>内网公告-楼道鞋架巡查处置规程（试行）</title></head>
<body>
<div class="bar">⟦m 云帆物业 · 员工门户⟧ ⟦m 欢迎您，客服二部⟧ ⟦a 退出⟧</div>
<div class="nav">⟦m 门户首页 | 通知公告 | 制度文件⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布部门：品质管理部 | 阅读：214⟧</div>
<div class="txt">
{BODY}
</div>
<div class="flow">⟦l 流转：品质部拟稿 → 总经理签发 → 全员传阅⟧</div>
<div class="foot">⟦m 系统问题请拨IT热线 6600⟧</div>
</body></html>
""",
        body="""
第一条　为保持楼道消防通道畅通，制定本规程。
第二条　秩序维护员每日巡查楼道一次，发现鞋架占用疏散宽度的，拍照记录并张贴告知单。
第三条　告知三日后仍未整改的，由客服主管上门沟通，必要时协助业主移入户内。
第四条　本规程自发布之日起试行。
""",
    ),
    dict(
        slug="qa-zhidao-answer-rubberband-text",
        site="问而知 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="text",
        source="https://www.wenerzhi.com/q/8831207",
        title="橡皮筋放久了发黏是怎么回事？",
        record_title="橡皮筋放久了发黏是怎么回事？ - 问而知",
        date=None,
        notes="Q&A with best-answer badge and vote bar; no date",
        page="""
!m 问而知 — 有问题，就有答案
{T}
!m 提问者：匿名用户　3 天前
!m ★ 最佳答案　答主：化工小杨　获赞 128
{BODY}
!l 👍 128　👎 2　评论 9　收藏
!l 其他 3 个回答 ▼
!a 我来回答
!d 答案仅代表答主观点，不构成专业建议。
""",
        body="""
橡皮筋主要成分是天然橡胶，放久了会被空气中的氧气和紫外线慢慢氧化，分子链断裂，表面就会发黏、变软。
夏天温度高，老化更快。
保存时装进密封袋，放在阴凉避光处，能延缓老化。已经发黏的就别再用了，一拉就断。
""",
    ),
    dict(
        slug="qa-duoda-html-coaster-missing",
        site="多答 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="html",
        source="https://duoda.cn/question/22107/answer/77104",
        title="硅藻土杯垫用久了不吸水了怎么办？",
        record_title=None,
        date=None,
        notes="title missing (the question); vote bar; no date",
        page="""
<html><head><meta charset="utf-8"><title>硅藻土杯垫用久了不吸水了怎么办？ - 多答</title></head>
<body>
<div class="nav">⟦m 多答⟧ ⟦m 发现⟧ ⟦m 话题⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<h1 class="q">{T}</h1>
<div class="qmeta">⟦m 关注者 56 · 被浏览 1.8 万⟧</div>
<div class="ans"><div class="who">⟦m 石阶 · 家居博主 · 编辑于 前天⟧</div>
{BODY}
</div>
<div class="vote">⟦l 赞同 311⟧ ⟦l 17 条评论⟧ ⟦a 分享⟧ ⟦a 收藏⟧</div>
<div class="more">⟦l 查看全部 12 个回答⟧</div>
</body></html>
""",
        body="""
硅藻土杯垫不吸水，多半是表面的微孔被茶垢、油污堵住了。
拿细砂纸轻轻打磨表面一层，微孔重新露出来，吸水性基本就能恢复。
平时用完竖起来晾干，别用洗洁精泡，也别放进洗碗机。
""",
    ),
]
