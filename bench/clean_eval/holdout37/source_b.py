"""holdout37, part B: a blog, WeChat mirrors, sharing sites, education portals, intranets,
Q&A sites and a collection — a guide-dog training base, a sign-language interpreters'
association, an eye bank, an asphalt plant, a mooncake factory, a kiwi co-op. Invented text."""

CASES = [
    dict(
        slug="blog-daomang-html-guide-dog-trainer",
        site="导盲犬训导员小柯 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.xiaoke-dog.example.blog/2025/12/30/nianzhong/",
        title="导盲犬训练基地2025年训导工作小结",
        record_title="导盲犬训练基地2025年训导工作小结 – 小柯的训犬日记",
        date="2025-12-30",
        notes="WordPress-like blog: header nav, 'Posted on' date (the page's date), category/tag line, a tag cloud and archive in the sidebar, share buttons, comment form; the document's own mention of sharing photos kept",
        page="""
<!DOCTYPE html><html><head><meta charset="UTF-8"><title>导盲犬训练基地2025年训导工作小结 – 小柯的训犬日记</title>
<script>document.documentElement.className='js';</script></head><body class="post-template">
<header class="site-header"><p class="site-title">⟦m 小柯的训犬日记⟧</p><p class="site-description">⟦m 记录每一只狗狗毕业的日子⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 关于我⟧</a> <a>⟦m 联系⟧</a></nav></header>
<main><article><h1 class="entry-title">⟦t 导盲犬训练基地2025年训导工作小结⟧</h1>
<div class="entry-meta">⟦m Posted on 2025-12-30 by 小柯⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦m 分类：工作记录　标签：导盲犬, 年终小结⟧</footer>
<div class="sharedaddy">⟦l 分享此文：微博 微信 QQ空间⟧</div>
<nav class="post-navigation">⟦l ← 十二月的雪天训练⟧ ⟦l 新年第一课 →⟧</nav></article>
<div id="respond"><h3>⟦l 发表回复⟧</h3><p>⟦l 您的电子邮箱地址不会被公开。必填项已用*标注⟧</p></div></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 拉布拉多 服从训练 上街实训 寄养家庭⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年十二月⟧ ⟦l 2025年十一月⟧</p></aside>
<footer class="site-footer">⟦d © 2025 小柯的训犬日记 · 自豪地采用 WordPress⟧</footer></body></html>
""",
        body="""
2025年，我所在的训导组共承担十二只导盲犬的训练任务，其中九只通过考核，顺利交付给视障使用者。
一、基础训练。上半年重点开展服从、定点排便和随行训练，每只犬累计训练时长超过四百小时。
二、上街实训。下半年在公交站台、菜市场、地铁换乘通道等场景开展实训，共完成实训一百六十余次。
三、共同训练。交付前，训导员与使用者同吃同住二十八天，帮助双方建立默契。
四、回访工作。全年回访已交付的导盲犬二十一次，我们把回访时拍的照片分享给寄养家庭，让他们也能看到狗狗的近况。
""",
    ),
    dict(
        slug="wechat-shouyu-mirror-html-interpreters",
        site="微读镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://weidu.example.net/s/Ho3kT7pQ2m",
        title="关于在公共服务窗口推广手语服务的倡议书",
        record_title="关于在公共服务窗口推广手语服务的倡议书",
        date="2025-09-23",
        record_date="2025-09-23",
        notes="WeChat-style mirror: account line with date (the page's date), original-tag, 'read the original' and 在看/点赞 bar, a follow QR prompt, a mirror disclaimer; the pledge's own 关注 sentence kept",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>关于在公共服务窗口推广手语服务的倡议书</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">⟦t 关于在公共服务窗口推广手语服务的倡议书⟧</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 涢溪手语翻译协会⟧</span> <em>⟦m 2025-09-23 19:30⟧</em> <em>⟦m 湖北⟧</em></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注“涢溪手语”⟧</div>
<div class="tool">⟦l 阅读原文⟧ ⟦l 阅读 1082⟧ ⟦l 赞 56⟧ ⟦l 在看 12⟧</div>
</div>
<div class="mirror-foot">⟦d 本页面由微读镜像自动抓取生成，内容版权归原公众号所有。⟧ ⟦m 微读镜像 weidu.example.net⟧</div>
</body></html>
""",
        body="""
9月23日是国际手语日。为让听障朋友办事更方便，涢溪手语翻译协会向全县各公共服务窗口发出倡议：
一、每个窗口至少培训一名掌握基础手语的工作人员，能够完成问候、引导和常用业务用语的交流。
二、在服务大厅醒目位置张贴手语服务标识，公布视频手语翻译的预约方式。
三、协会将免费提供手语培训课程，各单位可扫描协会服务码报名。
也欢迎大家关注县残联发布的无障碍服务信息，共同营造无障碍的社会环境。
涢溪手语翻译协会
2025年9月23日
""",
    ),
    dict(
        slug="wechat-yanku-mirror-text-cornea-speech",
        site="公号存档站 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://gzhcd.example.org/a/20250610/eyebank-speech",
        title="在眼库成立十周年暨角膜捐献者缅怀活动上的讲话",
        record_title="在眼库成立十周年暨角膜捐献者缅怀活动上的讲话｜滍阳眼科医院",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="mirror of a hospital account: account name line and a 'click the blue words to follow' prompt; date under the speech title; speaker line neutral; editor/review lines and 'previous recommendations' list at the bottom",
        page="""
!a 点击上方蓝字“滍阳眼科医院”关注我们
!m 滍阳眼科医院　2025-06-11 08:00
{T}
滍阳眼科医院院长　龚明远
（2025年6月10日）
{BODY}
!m 文字：党办　图片：宣传科
!m 审核：黄卫
!l 往期推荐
!l 眼科门诊夏季就诊须知
!l 我院开展全国爱眼日义诊
!a 分享　收藏　在看
""",
        body="""
各位捐献者家属，同志们：
今天，我们在这里纪念眼库成立十周年，缅怀一百三十二位角膜捐献者。
十年来，正是他们和家属的大爱，让二百四十余名角膜盲患者重见光明。
眼库将继续规范开展角膜获取、保存和分配工作，做到每一枚角膜都公开、透明、可追溯。
让我们向所有捐献者致以最崇高的敬意！
""",
    ),
    dict(
        slug="docshare-yuebing-plan-mid-autumn-production",
        site="闲文分享网 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.xianwenshare.example.com/doc/77120334.html",
        title="滍阳食品厂2025年中秋月饼生产保障方案",
        record_title="【可编辑】滍阳食品厂2025年中秋月饼生产保障方案（完整版）",
        date="2025-07-28",
        notes="decorated title; 'doc N/4 pages' header; markers (N/4) glued; the plan's own 联系人 line kept; upload notice and score prompt",
        pages=dict(fmt="（{n}/4）", every=140, start=2, glue=True),
        page="""
!m 闲文分享网 › 企业管理 › 生产方案
!t 【可编辑】滍阳食品厂2025年中秋月饼生产保障方案（完整版）
!m 文档格式：docx　大小：26KB　共4页　分享者：食品人阿泽
!a 免费下载　　转存到网盘　　举报
{BODY}
!d 以上内容由网友分享，本站只提供存储空间，如涉及版权问题请发送邮件告知。
!a 觉得有用？给个好评吧 ★★★★★
""",
        body="""
为确保中秋月饼旺季生产安全有序、质量稳定，按时完成订单，制定本方案。
一、生产安排。8月1日至9月20日为旺季生产期，实行两班制，日产月饼八万枚。
二、原料保障。莲蓉、豆沙、五仁馅料按十五天用量储备，每批原料必须附检验报告，不合格原料一律退回。
三、质量控制。每班次抽检不少于三次，重点检测水分、微生物和重量偏差。
四、安全生产。烤炉区、包装区设置专人巡查，严禁带火种进入库房。
联系人：生产部　姚丽　电话：0571-6630218
滍阳食品厂
2025年7月28日
""",
    ),
    dict(
        slug="docshare-mihoutao-report-coop-oneline",
        site="道客云分享 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.daokeyun.example.com/p-0451183.html",
        title="淠岭县猕猴桃专业合作社2024年工作总结",
        record_title="淠岭县猕猴桃专业合作社2024年工作总结.doc",
        date="2025-01-15",
        notes="whole body on one line (paragraphs separated only by indent); file-name record title; header/footer chrome; 成文日期 in Chinese numerals",
        oneline=True,
        indent="　　",
        page="""
!m 道客云分享　文档预览
!t 淠岭县猕猴桃专业合作社2024年工作总结.doc
!m 上传时间：2025-02-19　浏览量：73
{BODY}
!a 下载需要 3 金币　登录后下载
!l 猜你喜欢：果业合作社年度总结｜家庭农场工作汇报
""",
        body="""
2024年，合作社在镇党委、政府的关心支持下，团结带领社员，实现猕猴桃销售收入一千二百万元。
一是扩大种植规模。新发展标准化果园三百亩，社员达到一百八十六户。
二是提升果品品质。推行统一用药、统一采摘标准，优果率由百分之六十提高到百分之七十五。
三是拓宽销售渠道。与四家商超建立直供关系，线上销售占比达到三成。
淠岭县猕猴桃专业合作社
二〇二五年一月十五日
""",
    ),
    dict(
        slug="edu-jianchuan-html-lifeguard-course-notice",
        site="湔川县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.jianchuan.example.gov.cn/tzgg/2025/0604/1204.html",
        title="关于组织中小学体育教师参加救生员培训的通知",
        record_title="关于组织中小学体育教师参加救生员培训的通知 - 湔川县教育体育局",
        date="2025-06-04",
        notes="education portal: doc number under the title neutral, meta line with 发布时间 and clicks, 附件 list and the bureau's own contact kept, bottom 'print/close' row, friendly-links select",
        page="""
<html><head><meta charset="utf-8"><title>关于组织中小学体育教师参加救生员培训的通知 - 湔川县教育体育局</title></head><body>
<div class="banner">⟦m 湔川县教育体育局　立德树人　健康第一⟧</div>
<div class="nav">⟦m 首页 | 机构概况 | 教育动态 | 通知公告 | 政策法规 | 办事指南⟧</div>
<div class="position">⟦m 位置：首页 → 通知公告⟧</div>
<div class="art"><h2>⟦t 关于组织中小学体育教师参加救生员培训的通知⟧</h2>
<p class="wh">湔教体〔2025〕41号</p>
<p class="info">⟦m 发布时间：2025-06-04　作者：体卫艺科　点击数：877⟧</p>
{BODY}
<p class="op">⟦a [打印文章]⟧ ⟦a [关闭窗口]⟧ ⟦a [返回顶部]⟧</p></div>
<div class="links"><select><option>⟦l —友情链接—⟧</option><option>⟦l 湔川县人民政府⟧</option></select></div>
<div class="foot">⟦m 湔川县教育体育局 版权所有　蜀ICP备10022719号⟧<br>⟦m 技术维护：县教育信息中心⟧</div>
</body></html>
""",
        body="""
各中小学校：
为做好暑期防溺水工作，提升学校游泳教学安全保障能力，县教体局决定组织中小学体育教师参加救生员培训。
一、培训对象。各校推荐一至二名体育教师，有游泳教学任务的学校必须参加。
二、培训时间地点。6月20日至6月24日，县游泳馆。
三、培训内容。水上救生技术、心肺复苏、泳池安全管理等，考核合格者颁发救生员职业技能等级证书。
请各校于6月12日前报送报名表。联系人：县教体局体卫艺科　邱红　电话：028-8717 6302
附件：救生员培训报名表
湔川县教育体育局
2025年6月4日
""",
    ),
    dict(
        slug="edu-zhishui-text-school-tofu-lab-minutes",
        site="泜水县第二中学 (invented)",
        style="教育门户",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.zs2z.example.edu.cn/xxgk/2025/1103/45.html",
        title="泜水二中劳动教育“豆腐工坊”课程建设研讨会纪要",
        date="2025-11-03",
        notes="minutes: 时间/地点/主持/参会/记录 lines kept; a school motto and a breadcrumb at the top; a copyright footer with address; last-updated stamp not a date",
        page="""
!m 泜水县第二中学　厚德　励志　笃行
!m 网站首页 > 校务公开 > 会议纪要
{T}
!m 作者：教务处　更新于：2025-11-05
{BODY}
!m 最后修改于 2小时前
!d Copyright © 泜水县第二中学　地址：泜水县学府路66号
""",
        body="""
时间：2025年11月3日下午3:30
地点：学校行政楼二楼会议室
主持：副校长　单立群
参会：教务处、政教处、综合实践教研组全体教师
记录：何婧
会议研讨了“豆腐工坊”劳动教育课程的建设方案，议定如下事项：
1.课程面向初一年级，每两周一课时，内容包括泡豆、磨浆、点卤、压制四个环节。
2.总务处负责在食堂东侧改建工坊教室，12月底前完成。
3.课程评价采用过程记录与成果展示相结合的方式。
""",
    ),
    dict(
        slug="oa-zakou-html-asphalt-plant-doc-view",
        site="溠口路桥集团协同办公平台 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.zakoulq.example.local/doc/view.jsp?id=20250417-0033",
        title="关于沥青搅拌站夏季高温期安全生产的通知",
        record_title="公文查看 - 关于沥青搅拌站夏季高温期安全生产的通知",
        date="2025-06-18",
        notes="intranet document view: watermark, 流转记录 table, read counts, buttons; the document's own 印发 line kept; a decimal heading list",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 关于沥青搅拌站夏季高温期安全生产的通知</title><style>.wm{opacity:.1}</style></head><body>
<div class="sys">⟦m 溠口路桥集团协同办公平台⟧　⟦m 当前用户：朱海涛（安全环保部）⟧　⟦a 退出⟧</div>
<div class="toolbar"><button>⟦a 签收⟧</button><button>⟦a 转发⟧</button><button>⟦a 打印正文⟧</button><button>⟦a 下载附件⟧</button></div>
<div class="wm">⟦m 内部资料 朱海涛 10.8.3.21⟧</div>
<h2>⟦t 关于沥青搅拌站夏季高温期安全生产的通知⟧</h2>
<p class="docno">溠路桥安〔2025〕17号</p>
<div class="doc">
{BODY}
</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr><tr><td>⟦m 拟稿：安全环保部 曹力 2025-06-16⟧</td></tr><tr><td>⟦m 签发：副总经理 段文彬 2025-06-18⟧</td></tr></table>
<div class="stat">⟦m 已阅 46 人　未阅 9 人⟧</div>
</body></html>
""",
        body="""
各沥青搅拌站：
进入夏季高温期，沥青加热和运输环节安全风险明显增加。为防范火灾、烫伤和中暑事故，现就有关要求通知如下。
1.1 严格控制导热油炉和沥青罐温度，每两小时记录一次，超温立即停机检查。
1.2 高温时段（11时至15时）原则上不安排室外露天作业，确需作业的要落实轮换休息。
1.3 各站配备防暑药品和清凉饮料，设立临时休息点。
2.1 各站站长为本站安全第一责任人，要于6月25日前完成一次全面自查。
溠口路桥集团办公室　2025年6月18日印发
""",
    ),
    dict(
        slug="oa-yuebing-text-intranet-chestnut-purchase",
        site="滍阳食品厂内网 (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="text",
        source="http://10.20.1.8/oa/qs/2025/081.html",
        title="关于采购板栗原料的请示",
        record_title=None,
        date="2025-08-12",
        notes="intranet text export: system header lines, approval trail at the bottom (meta), a data table kept (one row a paragraph, cells apart by ideographic spaces); no record title",
        page="""
!m 滍阳食品厂 OA 办公系统 —— 请示审批
!m 流水号：QS-2025-081　紧急程度：一般
{T}
{BODY}
!m 审批意见：同意。——生产副厂长 卢海 2025-08-13 10:02
!m 审批意见：同意，按程序采购。——厂长 戚建 2025-08-13 16:45
!a 导出PDF　｜　打印审批单
""",
        body="""
厂领导：
为满足中秋栗蓉月饼生产需要，生产部拟采购板栗原料，具体如下：
品名　规格　数量　单价
板栗仁　一级　十二吨　每吨二万一千元
板栗仁　二级　六吨　每吨一万七千元
合计金额三十七万四千元，拟从淠岭县两家合作社直接采购。
妥否，请批示。
生产部
2025年8月12日
""",
    ),
    dict(
        slug="qa-wenwen-html-carwash-association-letter",
        site="问问知道 (invented)",
        style="问答社区",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.wenwen-zd.example.com/question/88213045.html",
        title="洗车行业协会关于规范预付卡经营的告知函怎么写？",
        record_title="洗车行业协会关于规范预付卡经营的告知函怎么写？ - 问问知道",
        date="2025-04-02",
        notes="Q&A: question title, best answer with 回答于 time (the page's date), a sample 函 with ××××年×月×日 placeholder kept, vote bar, 'other answers' list",
        page="""
<html><head><meta charset="utf-8"><title>洗车行业协会关于规范预付卡经营的告知函怎么写？ - 问问知道</title></head><body>
<div class="hd">⟦m 问问知道⟧ <input placeholder="搜索你想知道的"> <a>⟦a 我要提问⟧</a></div>
<div class="q"><h1>⟦t 洗车行业协会关于规范预付卡经营的告知函怎么写？⟧</h1><p>⟦m 提问者：洗车行老罗　2025-04-01⟧</p><p>⟦l 3个回答　浏览 612 次⟧</p></div>
<div class="best"><span>⟦m 最佳答案⟧</span><span>⟦m 回答者：协会秘书小唐　回答于 2025-04-02⟧</span>
{BODY}
<div class="vote">⟦l 有用(41)　没用(2)　评论⟧</div></div>
<div class="other"><h3>⟦l 其他回答⟧</h3><p>⟦l 网上搜一下模板就行，改改名字。⟧</p></div>
<div class="ft">⟦d 答案仅代表网友个人观点，不代表本站立场。⟧ ⟦m ©2025 问问知道⟧</div>
</body></html>
""",
        body="""
给你一个参考样式，按实际情况改一下就行：
关于规范洗车预付卡经营的告知函
各会员单位：
近期，部分消费者反映个别门店办理预付卡后闭店、转让，未妥善处理余额。为维护行业信誉，现将有关事项告知如下：
一、单张预付卡金额不得超过五千元，须与消费者签订书面合同。
二、门店停业、迁址的，应提前三十日告知持卡人，并按规定退还余额。
××市洗车行业协会
××××年×月×日
""",
    ),
    dict(
        slug="qa-zhihu-like-text-yak-coop-answer",
        site="知乎乎问答 (invented)",
        style="问答社区",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.zhihuhu.example.com/answer/30921177",
        title="牦牛养殖合作社年终总结",
        title_also=["牦牛养殖合作社年终总结怎么写"],
        record_title="牦牛养殖合作社年终总结怎么写？求范文，急！！",
        date=None,
        notes="Q&A answer with a sample summary; relative time (2天前) not a date; no date in the answer; agree/comment bar; 'the site has a writing service' prompt",
        page="""
!m 知乎乎问答 › 农业 › 养殖
!t 牦牛养殖合作社年终总结怎么写？求范文，急！！
!m 高原放牧人　回答于 2天前
!m 已有 5 人赞同
{BODY}
!l 赞同 5　｜　添加评论　｜　分享　｜　收藏
!w 还没找到？平台写作专家在线帮您写，点我咨询
""",
        body="""
我们合作社去年写的，你参考一下。
一年来，合作社坚持“统一放牧、统一防疫、统一销售”，存栏牦牛由八百头增加到一千一百头。
一、完善草场轮牧制度，划定冬春、夏秋两季草场，减轻草场压力。
二、落实防疫措施，全年口蹄疫、布病免疫密度均达到百分之百。
三、打开销售渠道，牦牛肉干、酥油通过电商销往内地，社员年均分红四千二百元。
""",
    ),
    dict(
        slug="anthology-qinpu-collection-piano-tuner",
        site="琴谱斋文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.qinpuzhai.example.cn/wencun/juan2/17.html",
        title="在钢琴调律师职业技能竞赛开幕式上的致辞",
        record_title="文存·卷二｜在钢琴调律师职业技能竞赛开幕式上的致辞",
        date="2024-10-19",
        notes="a retired tuner's collection: volume/chapter navigation, date under the speech title in Chinese numerals (neutral), a 收录于 line, previous/next chapter links top and bottom",
        page="""
!m 琴谱斋文存　｜　卷二：行业杂记
!l 上一篇：调律三十年琐记　　下一篇：给学徒的一封信
{T}
（二〇二四年十月十九日）
{BODY}
!m 收录于《琴谱斋文存》卷二，第17篇
!l 目录　｜　上一篇　｜　下一篇
!d 文存内容为作者原创，转载请注明出处。
""",
        body="""
各位同行、各位选手：
很高兴受邀出席全省钢琴调律师职业技能竞赛开幕式。
调律这一行，靠的是耳朵、手和耐心，一台琴调得好不好，弹琴的人一上手就知道。
希望各位选手赛出水平、赛出风格，也希望年轻人沉下心来，把这门手艺传下去。
预祝比赛圆满成功！
""",
    ),
]
