"""Blind part holdout8, source D: more 文库 previews and shares in new page-marker forms
(-- pN --, ／N／, [[N]]), a 范文 app, a WeChat mirror, a local forum, an education bureau, a
research institute, an insurance company, a medical-insurance bureau, a county media
centre, a Q&A answer, a blog, an essay collection, a download page, a cloud share, a power
company's print view, a search snapshot, an organ Party branch, a chamber of commerce, a
hospital director's speech, an OA request with its approval trail and an exam authority.
Everything is invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wenku-dashu-notice-dash-p-markers",
        site="大书文库 (invented)",
        style="文库预览",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.dashu-wk.example.com/d/70211093.html",
        title="关于开展2025年秋季学期校园安全隐患排查工作的通知",
        record_title="关于开展2025年秋季学期校园安全隐患排查工作的通知 - 大书文库",
        date="2025-08-25",
        notes="site-suffixed record title; paragraphs cut at a character by '-- pN --' markers on their own line; a 'document rating' line and a 'download costs 3 coins' prompt; date from the end",
        pages=dict(fmt="-- p{n} --", every=70, start=2),
        page="""
!m 大书文库 > 教育资料 > 安全教育
!m 评分 4.6　｜　页数 3　｜　浏览 5,270
!t 关于开展2025年秋季学期校园安全隐患排查工作的通知
{BODY}
!a 下载本文档需要3个书币，开通会员免币下载
!l 你可能还想看：校园安全工作自查报告
""",
        body="""
各中小学、幼儿园：
为确保秋季开学安全稳定，经研究，决定在全县开展校园安全隐患排查工作，现将有关事项通知如下。
一、排查范围包括校舍、消防设施、食堂、校车和周边环境。
二、各校要在8月31日前完成自查，建立隐患台账，逐项明确整改责任人和时限。
三、县教育局将于9月上旬组织抽查，抽查结果纳入年度考核。
岚溪县教育局
2025年8月25日
""",
    ),
    dict(
        slug="docshare-yunpian-minutes-slash-markers",
        site="云片文档分享 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://doc.yunpian.example.net/s/8xQ2mLp0",
        title="全县安全生产委员会全体会议纪要",
        record_title="全县安全生产委员会全体会议纪要.pdf",
        date="2025-02-27",
        date_also=["2025-02-28"],
        notes="file-name record title; a sharing page wrapped at 68 columns with ／N／ markers between lines; sharer line, 'report' and 'save to my documents' actions; date from the minutes' own time line; 出席 line and 印发 line kept",
        wrap=68,
        pages=dict(fmt="／{n}／", every=120, start=2),
        page="""
!m 分享者：安监小助手　分享于 3月2日
!a 保存到我的文档　举报
!t 全县安全生产委员会全体会议纪要.pdf
{BODY}
!d 该文档由用户分享，平台仅提供存储空间，如涉及侵权请联系删除。
""",
        body="""
2025年2月27日，县安全生产委员会召开全体会议，传达学习上级安全生产工作会议精神，研究部署今年全县安全生产工作。
出席：县安委会主任、副主任及各成员单位主要负责人。
会议指出，去年全县安全生产形势总体平稳，生产安全事故起数和死亡人数实现“双下降”。
会议要求，要深入开展安全生产治本攻坚行动，重点抓好道路交通、建筑施工、燃气、消防等领域风险防控。
县安委会办公室　2025年2月28日印发
""",
    ),
    dict(
        slug="fanwen-app-garbage-initiative-share",
        site="写作猫 App 分享页 (invented)",
        style="范文APP",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://h5.xiezuomao.example.app/share/doc?sid=u81Kc",
        title="垃圾分类倡议书",
        record_title="垃圾分类倡议书（精选范文）",
        date="2025-06-05",
        notes="decorated record title; an app share page: 'open in the app to edit' button, a 'one-tap rewrite' AI prompt between paragraphs, a sharer's nickname line; date at the end; slogan in quotes kept",
        page="""
!a 打开写作猫App，编辑这篇范文
!m 来自 @小满写稿 的分享
!t 垃圾分类倡议书
{BODY}
!a 长按保存图片 ｜ 复制链接发给好友
""",
        body="""
亲爱的居民朋友们：
垃圾分类是改善人居环境、促进资源循环利用的重要举措。
在此，我们向全体居民发出倡议：从我做起，学会分类，把可回收物、有害垃圾、厨余垃圾和其他垃圾分类投放。
⟦a ✨ 一键AI改写本段，生成更多版本 ✨⟧
让我们携手行动，共同践行“分一分，更美好”的绿色生活理念。
桃源社区居民委员会
2025年6月5日
""",
    ),
    dict(
        slug="wechat-mirror-plan-published-line",
        site="公号文章存档 (invented)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="text",
        source="https://archive.example-gzh.net/a/ningshui/20250328",
        title="宁水县2025年农村人居环境整治提升行动方案",
        record_title="宁水县2025年农村人居环境整治提升行动方案",
        date="2025-03-28",
        notes="a WeChat archive page: the 'published on' line with a province (date), an audio-reading widget, a 'scroll to top' button, chrome glued before a 。 and after a 。; numbered tasks kept; 'recommended reading' list",
        page="""
!m 宁水发布　2025-03-28 07:30　发表于江西
!a 🔊 听全文
!t 宁水县2025年农村人居环境整治提升行动方案
{BODY}
!l ▼ 推荐阅读 ▼
!l 宁水县召开2025年乡村振兴工作会议
!a 回到顶部 ↑
""",
        body="""
为持续改善农村人居环境，建设宜居宜业和美乡村，制定本方案。
一、目标任务。到2025年底，全县农村卫生厕所普及率达到百分之九十二，生活垃圾收运处置体系覆盖所有行政村⟦m （数据来源：县农业农村局）⟧。
二、重点工作。
1.推进农村厕所革命，新改建户厕二千五百户；
2.开展村庄清洁行动，每季度组织一次集中整治；⟦l 相关链接：村庄清洁行动怎么干？⟧
3.提升农村生活污水治理水平，新增治理行政村十五个。
三、保障措施。县财政安排专项资金三千万元，实行月调度、季通报。
""",
    ),
    dict(
        slug="local-forum-summary-junk-record-date",
        site="潆洲在线论坛 (invented)",
        style="地方论坛",
        genre="总结",
        kind="summary",
        form="text",
        source="https://bbs.yingzhou-online.example.com/forum.php?mod=viewthread&tid=1290331",
        title="潆洲市志愿消防队2025年工作总结",
        record_title="潆洲市志愿消防队2025年工作总结",
        record_date="2025-12-30",
        date="2025-12-30",
        notes="record date; a local forum: board line, level badges, junk lines and glued junk, a 'thank the poster' button, the poster's signature; body with figures",
        junk=dict(lines=2, glued=2),
        page="""
!m 潆洲在线 » 社会民生 » 公益志愿
!m 楼主：志愿者老蒋　Lv.7 资深网友　发帖 1,204
!t 潆洲市志愿消防队2025年工作总结
{BODY}
!a 👍 感谢楼主（56）　　收藏本帖
!m 签名：一方有难，八方支援。
!l 快速回复　高级回复
""",
        body="""
2025年，潆洲市志愿消防队在市消防救援支队的指导下，坚持“救早、灭小”，较好地完成了各项任务。
全年共出动一百二十八次，参与扑救初起火灾九十一起，协助救援群众三十六人。
队伍新增队员四十二名，现有队员二百一十名，分布在全市十一个乡镇。
开展消防宣传进社区、进学校活动六十余场，受教育群众一万余人次。
新的一年，我们将加强业务培训，提高队伍应急处置能力。
""",
    ),
    dict(
        slug="edu-bureau-notice-html-missing-title",
        site="柘川区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.zhechuan.example.gov.cn/tzgg/content_23881.html",
        title="关于举办2025年全区中小学教师教学技能比赛的通知",
        record_title=None,
        date="2025-04-09",
        notes="HTML; no record title; an education bureau page: the title in an h3 and once more in the <title> with the site; attachments block of the site (with download counts, chrome) vs. the notice's own 附件 list (body); 联系人/电话/邮箱 kept; date from the end",
        page="""
<html><head><meta charset="utf-8"><title>柘川区教育局</title></head><body>
<div class="logo">⟦m 柘川区教育局　立德树人　办好人民满意的教育⟧</div>
<div class="crumb">⟦m 首页 ＞ 通知公告⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 来源：教研室　阅读：2087⟧</div>
<div class="content">
{BODY}
</div>
<div class="att">⟦a 附件下载：报名表.docx（已下载356次）⟧</div>
<div class="ft">⟦m 柘川区教育局主办　ICP备案：湘ICP备19007731号⟧</div>
</body></html>
""",
        body="""
各中小学：
为提升教师教学基本功，区教育局决定举办2025年全区中小学教师教学技能比赛，现将有关事项通知如下。
1.参赛对象：全区中小学在职在岗教师，年龄在四十周岁以下。
2.比赛内容：教学设计、课堂展示和教学反思三项。
3.报名时间：4月15日至4月25日，各校汇总后报区教研室。
联系人：涂老师，电话：0731-5560xx18，邮箱：zcjys@example-edu.cn。
附件：2025年教学技能比赛报名表
柘川区教育局
2025年4月9日
""",
    ),
    dict(
        slug="research-institute-integrity-bulletin-html",
        site="澄湾海洋研究所 (invented)",
        style="高校官网",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.cwio.example.ac.cn/zhgl/kycx/202511/t20251117_8823.html",
        title="关于两起科研诚信问题调查处理情况的通报",
        record_title="关于两起科研诚信问题调查处理情况的通报--澄湾海洋研究所",
        date="2025-11-17",
        notes="HTML; site-suffixed record title; a research institute: English site name line, a 'staff login' link, a 'text size' row glued to the first body paragraph, a 1. 2. list of cases; date from the end of the bulletin",
        page="""
<html><head><meta charset="utf-8"><title>关于两起科研诚信问题调查处理情况的通报--澄湾海洋研究所</title></head><body>
<div class="hd">⟦m 澄湾海洋研究所 Chengwan Institute of Oceanology⟧ ⟦a 职工登录⟧</div>
<div class="loc">⟦m 综合管理 / 科研诚信⟧</div>
<h2>⟦t 关于两起科研诚信问题调查处理情况的通报⟧</h2>
<div class="TRS_Editor">
<p>⟦a 【字号 大 中 小】⟧所属各部门、各研究室：</p>
<p>为弘扬科学家精神，加强科研作风学风建设，现将近期查处的两起科研诚信问题通报如下。</p>
<p>1.某研究室助理研究员在论文中存在数据图片重复使用问题，给予通报批评，取消其三年内评优资格。</p>
<p>2.某课题组在项目结题材料中夸大研究成果，责令其限期整改，暂停该课题组负责人一年内申报所内项目。</p>
<p>各部门要引以为戒，严格遵守科研诚信规范。</p>
<p>科研诚信委员会</p>
<p>2025年11月17日</p>
</div>
<div class="ft">⟦d 版权所有 © 澄湾海洋研究所　未经许可请勿镜像⟧</div>
</body></html>
""",
        body="""
所属各部门、各研究室：
为弘扬科学家精神，加强科研作风学风建设，现将近期查处的两起科研诚信问题通报如下。
1.某研究室助理研究员在论文中存在数据图片重复使用问题，给予通报批评，取消其三年内评优资格。
2.某课题组在项目结题材料中夸大研究成果，责令其限期整改，暂停该课题组负责人一年内申报所内项目。
各部门要引以为戒，严格遵守科研诚信规范。
科研诚信委员会
2025年11月17日
""",
    ),
    dict(
        slug="insurer-anxin-claims-notice-html",
        site="安信财产保险 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.anxin-ins.example.com/about/notice/2025/0702-01.html",
        title="关于开通强降雨灾害理赔绿色通道的公告",
        record_title="关于开通强降雨灾害理赔绿色通道的公告",
        record_date="2025-07-02",
        date="2025-07-02",
        notes="HTML; record date; an insurer's notice: a 'get a quote' button and a chat-bot bubble (contact), the notice's own 报案电话 and the sentence about reporting through the app (body); a 'disclosure' footer",
        page="""
<html><head><meta charset="utf-8"><title>公告 - 安信财产保险</title></head><body>
<div class="nav">⟦m 安信保险　产品 · 理赔 · 服务 · 关于我们⟧ ⟦a 立即投保⟧</div>
<h1>⟦t 关于开通强降雨灾害理赔绿色通道的公告⟧</h1>
<div class="notice">
{BODY}
</div>
<div class="bot">⟦w 在线客服小安：有问题随时问我 💬⟧</div>
<div class="ft">⟦d 保险产品信息以保险合同为准　公司信息披露⟧</div>
</body></html>
""",
        body="""
近日，我省多地遭受强降雨袭击。为做好受灾客户理赔服务，本公司即日起开通理赔绿色通道。
一、简化理赔手续，对于损失清晰的案件，可先行赔付，后补资料。
二、客户可拨打全国统一报案电话95xx0，或通过本公司App在线报案、上传现场照片。
三、对车辆涉水受损的客户，提供免费施救服务。
安信财产保险股份有限公司
2025年7月2日
""",
    ),
    dict(
        slug="medical-insurance-payment-notice-wechat-body",
        site="芸阳县医疗保障局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://ybj.yunyang.example.gov.cn/tzgg/2025/1015/117.html",
        title="关于做好2026年度城乡居民医疗保险集中缴费工作的通知",
        record_title="关于做好2026年度城乡居民医疗保险集中缴费工作的通知",
        date="2025-10-15",
        notes="date from the end; the body names 微信/支付宝 扫码缴费 and a 关注 公众号 step (kept), the site's QR/follow box and 'share' row are chrome; a 字体 row glued after the last body sentence's 。; 抄送 kept",
        page="""
!m 芸阳县医疗保障局 ▏通知公告
!t 关于做好2026年度城乡居民医疗保险集中缴费工作的通知
{BODY}
!l 分享：微信 QQ空间 微博
!a 扫描右侧二维码关注“芸阳医保”获取更多资讯
""",
        body="""
各乡镇人民政府，县直有关单位：
2026年度城乡居民医疗保险集中缴费期为2025年10月15日至12月31日，个人缴费标准为每人每年四百元。
参保群众可通过以下方式缴费：
1.关注“芸阳税务”公众号，进入缴费页面扫码缴费；
2.通过微信、支付宝搜索“城乡居民医保缴费”办理；
3.到乡镇便民服务中心或村（社区）代办点现场缴费。
各乡镇要加强政策宣传，确保参保率稳定在百分之九十五以上。
芸阳县医疗保障局
2025年10月15日
抄送：县税务局，县财政局。⟦a 【字体：大 中 小】⟧
""",
    ),
    dict(
        slug="media-centre-speech-byline",
        site="鹭岩融媒 (invented)",
        style="新闻门户",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.luyan-rm.example.cn/sz/2025/0226/77102.shtml",
        title="在全区优化营商环境大会上的讲话",
        record_title="【全文】在全区优化营商环境大会上的讲话",
        date="2025-02-26",
        notes="HTML; decorated record title; a county media centre page: reporter/editor/reviewer byline (三审), the speaker and date under the title (neutral; date), an 'app exclusive' badge, 'related videos' list",
        page="""
<html><head><meta charset="utf-8"><title>在全区优化营商环境大会上的讲话_鹭岩融媒</title></head><body>
<div class="top">⟦m 鹭岩融媒 · 鹭岩区融媒体中心⟧ ⟦a 下载鹭岩App⟧</div>
<h1>⟦t 在全区优化营商环境大会上的讲话⟧</h1>
<p class="sub">区委书记　戴明哲</p>
<p class="sub">（2025年2月26日）</p>
<div class="art">
{BODY}
</div>
<div class="by">⟦m 记者：石惠　编辑：包晨　审核：倪松　终审：余海⟧</div>
<div class="rel">⟦l 相关视频：▶ 全区优化营商环境大会召开⟧</div>
</body></html>
""",
        body="""
同志们：
今天是春节后上班的第一个大会，区委、区政府以优化营商环境开局，就是要向全社会释放鹭岩重商、亲商、安商的鲜明信号。
营商环境没有最好、只有更好。全区上下要树牢“人人都是营商环境、事事关乎发展大局”的理念。
要做到有求必应、无事不扰，让企业家安心经营、放心投资。
""",
    ),
    dict(
        slug="qa-answer-letter-sample-agree",
        site="问渠问答社区 (invented)",
        style="问答社区",
        genre="函",
        kind="other",
        form="text",
        source="https://www.wenqu.example.com/question/5122093/answer/908811",
        title="商洽函怎么写？有没有范例？",
        record_title="商洽函怎么写？有没有范例？ - 问渠",
        date=None,
        notes="site-suffixed record title that is a question; the answer's sample letter is the body (the answerer's first line is neutral); answer meta (赞同 count, 编辑于), 'write an answer' button, 'hide answer' and 'more answers' links; the answer's 编辑于 line has no year (no date)",
        page="""
!m 问渠 › 公文写作
!t 商洽函怎么写？有没有范例？
!a 写回答　　邀请回答　　关注问题
!m 公文小能手　　体制内写材料八年
!m 86 人赞同了该回答
给你一个我们单位用过的，照着改就行：
{BODY}
!m 编辑于 03-14 · IP 属地湖南
!l ▲ 赞同 86　　💬 12 条评论　　⭐ 收藏　　收起
!l 查看全部 23 个回答
""",
        body="""
关于商请协助开展职工技能培训的函
县职业中专：
为提升我局职工业务技能，拟于近期举办电工、焊工技能培训班两期，每期学员四十人。
贵校师资力量雄厚、实训设施完善，特商请贵校在师资和场地方面给予支持。
妥否，盼复。
县交通运输局
""",
        title_also=["关于商请协助开展职工技能培训的函"],
    ),
    dict(
        slug="personal-blog-summary-wrapped-80",
        site="半亩方塘 个人博客 (invented)",
        style="博客",
        genre="总结",
        kind="summary",
        form="text",
        source="https://banmu.example-blog.net/2025/07/summer-report.html",
        title="2025年上半年驻村工作总结",
        record_title="2025年上半年驻村工作总结 | 半亩方塘",
        date="2025-07-05",
        notes="site-suffixed record title; a personal blog wrapped at 80 columns: post date line ('Posted on', date), categories/tags, a 'previous/next post' pair, a comment form prompt",
        wrap=80,
        page="""
!m 半亩方塘 — 一个驻村干部的笔记
!t 2025年上半年驻村工作总结
!m Posted on 2025-07-05 by 方塘　|　分类：驻村日记
{BODY}
!l 标签：驻村 乡村振兴 总结
!l « 上一篇：驻村第一百天　　下一篇：夏收记事 »
!a 发表评论（邮箱不会被公开，必填项已用*标注）
""",
        body="""
今年1月，我作为市直单位选派的第一书记来到蓼滩镇新屋村，至今已满半年。
半年来，我走访农户二百一十六户，建立了困难群众和防返贫监测对象台账，帮助十九户解决了就医、就学等实际困难。
在村“两委”的支持下，我们争取资金六十万元，硬化了村组道路一点八公里，新建了村级光伏电站。
下半年，我将重点推动村集体经济项目落地，力争村集体经营性收入突破十五万元。
""",
    ),
    dict(
        slug="essay-collection-insight-missing-title",
        site="拾穗文集 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.shisui-wj.example.com/author/lanyu/essay/221.html",
        title="读《乡土中国》有感",
        record_title=None,
        date=None,
        notes="no record title; a personal essay collection: collection and chapter nav (第12篇 / 共40篇), the title repeated as 《》 heading, a word-count line, a 'next essay' link; no date",
        page="""
!m 拾穗文集 · 岚雨的文集 · 第12篇 / 共40篇
{T}
!m 全文约400字
{BODY}
!l 下一篇：读《平凡的世界》札记 →
!d 文集内容为作者原创，引用请注明出处。
""",
        body="""
利用假期，我重读了费孝通先生的《乡土中国》，有了许多新的体会。
书中提出的“差序格局”，形象地说明了乡土社会以个人为中心、按亲疏远近向外推的人际关系。
对照今天的乡村，这种格局仍有影子，也在城镇化中发生着深刻变化。
作为一名基层干部，读懂乡土，才能更好地做好群众工作。
""",
    ),
    dict(
        slug="download-page-plan-wps-hash",
        site="公文宝下载中心 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://down.gongwenbao.example.com/plan/2025/882.html",
        title="2025年“安全生产月”活动实施方案",
        record_title="2025年“安全生产月”活动实施方案.wps",
        date="2025-05-26",
        notes="file-name (.wps) record title; a download page with a file hash line, a 'points required' line, 'mirror 1 / mirror 2' buttons between body paragraphs; quoted theme slogan kept; date from the end",
        page="""
!m 公文宝下载中心 ▶ 方案计划
!t 2025年“安全生产月”活动实施方案.wps
!m MD5：7c1e9a0b44d2f3e8a6b5c0d1e2f3a4b5　所需积分：2
{BODY}
!a 镜像下载一　　镜像下载二　　网盘下载
!d 下载即表示同意本站用户协议；资源仅供参考。
""",
        body="""
根据上级部署，今年6月为全国第二十四个“安全生产月”，主题为“人人讲安全、个个会应急——查找身边安全隐患”。结合我公司实际，制定本方案。
一、活动时间：2025年6月1日至6月30日。
⟦a ⬇ 点击下载完整版（含附表）⟧
二、主要活动：开展安全知识竞赛、应急疏散演练和隐患随手拍活动。
三、工作要求：各部门要高度重视，精心组织，活动结束后报送总结。⟦w 需要本方案配套PPT请联系客服：gwb_kefu⟧
公司安全生产委员会
2025年5月26日
""",
    ),
    dict(
        slug="cloud-share-bulletin-extract-code",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="通报",
        kind="notice",
        form="text",
        source="https://pan.yunhe.example.com/s/1Zk8TqR?pwd=x7m2",
        title="关于2025年上半年全县政务公开工作考评情况的通报",
        record_title="关于2025年上半年全县政务公开工作考评情况的通报.docx",
        date="2025-08-08",
        notes="file-name record title; a cloud-disk share page: 提取码 line, expiry line, 'save to my disk' and 'download (client required)' buttons, online preview banner, a numbered ranking kept; date from the end",
        page="""
!m 云盒网盘 | 分享文件
!t 关于2025年上半年全县政务公开工作考评情况的通报.docx
!m 提取码：x7m2　　有效期：永久有效
!a 保存到我的云盒　　下载（需安装客户端）
!m 在线预览（仅显示前3页）
{BODY}
!a 超级会员可享极速下载通道
""",
        body="""
各乡镇人民政府，县政府各部门：
根据年度考评办法，县政务公开办对全县五十二个单位上半年政务公开工作进行了考评，现将结果通报如下。
优秀等次：县人社局、县自然资源局、茗溪镇等十个单位。
良好等次：县交通运输局等三十五个单位。
需改进等次：七个单位，主要存在信息更新不及时、依申请公开答复不规范等问题。
县人民政府办公室
2025年8月8日
""",
    ),
    dict(
        slug="print-view-power-outage-notice",
        site="漳岚供电公司 打印视图 (invented)",
        style="打印页",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.zlgd.example.com/tdgg/print.jsp?id=30221",
        title="关于10千伏柳塘线计划停电检修的公告",
        record_title="关于10千伏柳塘线计划停电检修的公告",
        record_date="2025-09-12",
        date="2025-09-12",
        notes="record date; a print view: browser print header with date and page title, the URL and '第1页/共2页' footers, a page break mark [[2]] between lines of a paragraph; the notice's own 停电 table rows and 95xxx hotline kept",
        wrap=74,
        pages=dict(fmt="[[{n}]]", every=70, start=2),
        page="""
!m 2025/9/12 15:03　　漳岚供电公司-停电公告
!t 关于10千伏柳塘线计划停电检修的公告
{BODY}
!m https://www.zlgd.example.com/tdgg/print.jsp?id=30221
!p 第1页/共2页
""",
        body="""
尊敬的电力客户：
为提高供电可靠性，我公司将对10千伏柳塘线进行检修，届时将对以下区域停止供电，请相关客户提前做好准备。
停电时间｜停电范围
9月18日7:00—18:00｜柳塘村、石桥村全部，新屋村部分
9月19日8:00—12:00｜柳塘工业园一期
如遇雨天，检修顺延。停电期间请勿攀登杆塔、接近线路，由此给您带来的不便，敬请谅解。
供电服务热线：95598。
漳岚供电公司
2025年9月12日
""",
    ),
    dict(
        slug="search-snapshot-decision-record",
        site="搜搜看 网页快照 (invented)",
        style="搜索快照",
        genre="决定",
        kind="other",
        form="text",
        source="http://snapshot.example-sousou.cn/c?m=9d78d5&url=qingfeng.example.gov.cn/zfwj/116.html",
        title="关于命名第三批县级文明村镇的决定",
        record_title="关于命名第三批县级文明村镇的决定",
        record_date="2025-10-10",
        date="2025-10-10",
        notes="record date; a text-only snapshot with the engine's banner, the original URL line, a highlighted-terms line, the original site's search box and footer; list of named villages kept",
        page="""
!d 您正在查看的是搜搜看于 2025-11-20 保存的快照，原网页可能已更新。
!m 原网址：qingfeng.example.gov.cn/zfwj/116.html
!d 已为您标出关键词：文明村镇 决定
!a 站内搜索：请输入关键词　搜索
!t 关于命名第三批县级文明村镇的决定
{BODY}
!m 青枫县人民政府办公室主办　联系电话：0744-8812000
""",
        body="""
各乡镇人民政府，县直各单位：
为深化群众性精神文明创建活动，经县精神文明建设委员会组织评审，决定命名茗溪镇、柳岸村等二十个村镇为第三批县级文明村镇。
希望受命名的村镇珍惜荣誉，巩固创建成果；各地要以先进为榜样，推动文明创建工作不断深入。
附：第三批县级文明村镇名单（略）
青枫县人民政府
2025年10月10日
""",
    ),
    dict(
        slug="organ-party-branch-summary-html",
        site="岚溪县直机关工委 (invented)",
        style="党建网",
        genre="总结",
        kind="summary",
        form="html",
        source="https://jggw.lanxi.example.gov.cn/dzbjs/2025/1209/339.html",
        title="县财政局机关党支部2025年党建工作总结",
        record_title="县财政局机关党支部2025年党建工作总结",
        date="2025-12-09",
        notes="HTML; date from a 发布日期 line; an organ Party-work site: 'learning points' badge, a 'like / study check-in' bar between paragraphs, '学习强国'-style sidebar; 三会一课 counts kept",
        page="""
<html><head><meta charset="utf-8"><title>县直机关工委</title></head><body>
<div class="hd">⟦m 岚溪县直机关党建网⟧</div>
<div class="crumb">⟦m 首页 › 支部建设 › 经验交流⟧</div>
<h1>⟦t 县财政局机关党支部2025年党建工作总结⟧</h1>
<div class="meta">⟦m 发布日期：2025-12-09　信息来源：县财政局机关党支部⟧</div>
<div class="cont">
<p>2025年，县财政局机关党支部坚持以党建引领业务，各项工作取得新成效。</p>
<p>一是组织生活规范化。全年召开支部党员大会六次、支委会十二次、党课四次。</p>
<p class="ck">⟦a 学习打卡 +1 积分⟧</p>
<p>二是党建业务深度融合。开展“党员先锋岗”创建，八名党员在预算绩效管理中发挥带头作用。</p>
<p>三是作风建设持续加强。开展廉政警示教育两次，全年未发生违纪违规问题。</p>
</div>
<aside>⟦l 热门学习：党支部工作条例逐条学⟧</aside>
</body></html>
""",
        body="""
2025年，县财政局机关党支部坚持以党建引领业务，各项工作取得新成效。
一是组织生活规范化。全年召开支部党员大会六次、支委会十二次、党课四次。
二是党建业务深度融合。开展“党员先锋岗”创建，八名党员在预算绩效管理中发挥带头作用。
三是作风建设持续加强。开展廉政警示教育两次，全年未发生违纪违规问题。
""",
    ),
    dict(
        slug="chamber-commerce-annual-meeting-notice",
        site="芫湖县工商业联合会·总商会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yhgsl.example.org.cn/shdt/2025/1201/76.html",
        title="关于召开县总商会2025年度会员大会的通知",
        record_title="关于召开县总商会2025年度会员大会的通知",
        date="2025-12-01",
        notes="date from the end; a chamber of commerce site: 'apply for membership' button (chrome) vs. the notice's 会员企业 and 会费 sentences (body); contact line of the notice kept; the site's enterprise-service hotline in the footer",
        page="""
!m 芫湖县总商会 ◆ 商会动态
!a 申请入会　　会员服务平台登录
!t 关于召开县总商会2025年度会员大会的通知
{BODY}
!w 企业服务专线：0735-7729000（工作日）
!l ◀ 返回商会动态
""",
        body="""
各会员企业：
经县总商会执委会研究，定于2025年12月18日召开县总商会2025年度会员大会，现将有关事项通知如下。
一、会议内容：审议年度工作报告和会费收支情况报告，表彰优秀会员企业。
二、参会人员：各会员企业主要负责人。
三、请于12月12日前将参会回执报商会秘书处。
联系人：伍海涛，电话：0735-7729018。
芫湖县总商会
2025年12月1日
""",
    ),
    dict(
        slug="hospital-director-speech-workers-congress",
        site="苇塘县人民医院 (invented)",
        style="医院官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.wtxrmyy.example.com/yw/2025/0214/305.html",
        title="在医院第五届职工代表大会第三次会议上的讲话",
        record_title=None,
        date="2025-02-14",
        notes="no record title (the heading is the title); date under the speech title; a hospital page with a 'find a doctor' search row and the 'medical insurance designated hospital' slogan; a photo caption line between paragraphs (chrome)",
        page="""
!m 苇塘县人民医院　二级甲等 · 医保定点
!a 找医生　找科室　　智能导诊
{T}
院长　褚立新
（2025年2月14日）
{BODY}
!m 供稿：党政办　　摄影：龙涛
""",
        body="""
各位代表，同志们：
过去一年，全院门急诊量增长百分之九，出院病人增长百分之七，四级手术占比明显提升。
⟦m （图为会议现场）⟧
新的一年，我们要围绕创建三级医院目标，重点抓好学科建设、人才培养和服务改善。
希望各位代表履职尽责、建言献策，为医院高质量发展凝聚共识、汇聚力量。
""",
    ),
    dict(
        slug="oa-request-approval-trail",
        site="槿城城投集团 协同办公 (invented)",
        style="企业内网",
        genre="请示",
        kind="other",
        form="text",
        source="http://oa.jccitou.example.local/seeyon/collaboration.do?id=-88120331",
        title="关于购置应急抢修车辆的请示",
        record_title="【已办结】关于购置应急抢修车辆的请示",
        date="2025-03-03",
        notes="decorated record title; an OA export: flow header, the approval trail under the text (处理人/意见/时间, chrome), an attachment line of the OA (chrome) vs. the request's own 附件 line (body); date from the end",
        page="""
!m 协同办公 › 已办事项 › 公文审批
!m 流程：一般请示件（发起人：设备部 骆飞）
!t 关于购置应急抢修车辆的请示
{BODY}
!m 【审批记录】
!m 部门负责人 吴迪：同意，请分管领导审批。2025-03-04 09:12
!m 分管副总 曾岚：拟同意，按采购程序办理。2025-03-05 16:40
!m 附件(1)：车辆配置及报价对比.xlsx
""",
        body="""
集团公司：
我部现有应急抢修车辆三台，均已使用十年以上，故障频发，难以满足供水管网应急抢修需要。
为保障抢修及时，拟购置应急抢修工程车两台，预算约六十万元，资金从年度设备更新计划中列支。
妥否，请批示。
附件：车辆配置及报价对比表
设备部
2025年3月3日
""",
    ),
    dict(
        slug="exam-authority-notice-decimal",
        site="澄湾市教育考试院 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.cwksy.example.gov.cn/ksdt/zk/202505/t20250520_1102.html",
        title="关于做好2025年中考考务工作的通知",
        record_title="关于做好2025年中考考务工作的通知",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="HTML; record date; an exam authority: 'score query' and 'admission ticket printing' entrance buttons (chrome) vs. the notice's instruction to print tickets (body); decimal headings 2.1 / 2.2; a hotline box in the sidebar",
        page="""
<html><head><meta charset="utf-8"><title>澄湾市教育考试院</title></head><body>
<div class="btns">⟦a 成绩查询入口⟧ ⟦a 准考证打印入口⟧ ⟦a 志愿填报系统⟧</div>
<div class="crumb">⟦m 考试动态 » 中考⟧</div>
<h2>⟦t 关于做好2025年中考考务工作的通知⟧</h2>
<div class="main">
{BODY}
</div>
<aside>⟦m 考试咨询热线：0769-2233xx00（8:30-17:30）⟧</aside>
</body></html>
""",
        body="""
各区县招生考试机构：
2025年中考定于6月20日至22日举行，现就考务工作通知如下。
1 考点设置
1.1 各区县按照每个考场三十人的标准设置考场，每个考点须配备备用考场。
2 考生服务
2.1 准考证由各初中学校统一下载打印，于6月15日前发放给考生。
2.2 考点应设置应急医疗点，做好考生突发疾病应急处置。
澄湾市教育考试院
2025年5月20日
""",
    ),
]
