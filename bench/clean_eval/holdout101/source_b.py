"""holdout101, part B: a blog, WeChat mirrors, document-sharing pages, education portals,
intranets and Q&A sites (a taiji association, house-number plates, voter registration,
people's jurors, a city-god temple, a Confucian temple study trip, off-campus tutoring, a
cold-storage firm, an estate agency, a shuyuan academy, lost property). Invented text."""

CASES = [
    dict(
        slug="blog-taiji-speech-cn-date-under-title",
        site="云手斋 (invented blog)",
        style="博客",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://yunshouzhai.example.net/archives/1187",
        title="在峤南县太极拳协会第三届会员大会上的讲话",
        record_title="在峤南县太极拳协会第三届会员大会上的讲话 – 云手斋",
        date="2025-03-16",
        notes="WordPress-like blog: speaker line and a Chinese-numeral date under the speech title (neutral), tag cloud, archive list, comment form",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在峤南县太极拳协会第三届会员大会上的讲话 – 云手斋</title></head><body>
<header><p class="site-title">⟦m 云手斋⟧</p><p class="site-description">⟦m 一招一式，慢中见功⟧</p></header>
<article><h1 class="entry-title">⟦t 在峤南县太极拳协会第三届会员大会上的讲话⟧</h1>
<div class="entry-meta">⟦m 作者 老柯 · 分类 协会旧事⟧</div>
<p class="speaker">协会会长　柯长青</p>
<p class="speech-date">（二〇二五年三月十六日）</p>
{BODY}
<footer class="entry-footer">⟦l 标签：太极拳、会员大会、讲话⟧</footer></article>
<nav>⟦l ← 上一篇 晨练点规范管理的几点想法⟧ ⟦l 下一篇 推手交流赛观后 →⟧</nav>
<div id="respond"><h3>⟦l 发表回复⟧</h3><p>⟦l 您的电子邮箱地址不会被公开。⟧</p></div>
<aside><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年三月⟧</li><li>⟦l 2025年二月⟧</li></ul><h2>⟦l 标签云⟧</h2><p>⟦l 推手 养生 站桩 协会⟧</p></aside>
<footer class="site-footer">⟦m 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
各位会员、各位拳友：
今天，我们在这里召开协会第三届会员大会，回顾过去五年的工作，选举产生新一届理事会。
五年来，协会坚持“全民健身、以武会友”的宗旨，在全县建成晨练辅导站四十六个，培养社会体育指导员二百一十人，每年组织太极拳展演和推手交流活动。
我们也要看到，部分辅导站场地不稳定，年轻会员比例偏低，这些都需要新一届理事会认真研究解决。
希望大家继续发扬团结互助的好传统，把太极拳这项优秀传统体育项目推广到更多的社区和校园。
谢谢大家！
""",
    ),
    dict(
        slug="wechat-mirror-menpai-notice-title-missing",
        site="微阅镜像站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.weiyue-mirror.example.com/s/Qm2xR8pLh0",
        title="关于规范城区门牌号码设置的通告",
        record_title=None,
        date="2025-04-08",
        notes="no record title; account line with a date and a place; 'read the original' and 'tap like' lines reworded; follow prompt; the document speaks of 扫码 as content",
        page="""
!m 微阅 · 公众号文章存档
{T}
!m 原创　翎原民政　2025年04月08日 18:02　广东
{BODY}
!a ▼ 戳“阅读原文”查看门牌申请指南
!l 点个“赞”和“推荐”，让更多街坊看到
!a 长按识别二维码，关注翎原民政
!d 本页为公众号文章的网页存档，内容以原公众号为准。
""",
        body="""
为方便群众出行和快递、应急救援服务，根据《地名管理条例》有关规定，现就规范城区门牌号码设置有关事项通告如下：
一、城区道路两侧的临街建筑，由县民政局统一编制门牌号码，单号在左、双号在右。
二、新建住宅小区的楼栋号、单元号由建设单位在交付前向民政部门申请编号，不得自行编排。
三、门牌损坏、缺失的，产权人可到所在社区登记补装，也可扫描门牌上的二维码在线报修，补装不收取任何费用。
四、任何单位和个人不得擅自涂改、遮挡、移动门牌。
特此通告。
翎原县民政局
2025年4月8日
""",
    ),
    dict(
        slug="wechat-html-voter-registration-account-date",
        site="文档镜 (invented WeChat reader mirror)",
        style="公众号镜像",
        genre="公告",
        kind="notice",
        form="html",
        source="https://mirror.wendangjing.example.net/article/7714920.html",
        title="磬湖街道选区选民登记公告",
        record_title="磬湖街道选区选民登记公告",
        date="2025-06-02",
        notes="WeChat mirror HTML: account line with date is the page's date, the document's own 成文日期 equal; table of polling points one row a paragraph; 在看/分享 bar; mini-program card",
        p_html='<section><p style="text-indent:2em;font-size:15px;">{}</p></section>',
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>磬湖街道选区选民登记公告</title></head><body>
<div id="js_article"><h1 class="rich_media_title">⟦t 磬湖街道选区选民登记公告⟧</h1>
<div class="rich_media_meta_list">⟦m 磬湖发布⟧ <em>⟦m 2025-06-02 09:30⟧</em></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="mp_card">⟦a 小程序 · 磬湖e家 · 点击进入⟧</div>
<div class="bottom_bar">⟦l 分享　收藏　在看 87　赞 132⟧</div>
<div class="qr">⟦a 微信扫一扫 关注该公众号⟧</div></div>
<div class="mirror-foot">⟦d 文档镜仅做公开文章归档，如需删除请联系 takedown@wendangjing.example.net⟧</div>
</body></html>
""",
        body="""
根据县选举委员会的部署，磬湖街道各选区选民登记工作定于2025年6月5日至6月14日进行。现将有关事项公告如下：
一、凡年满十八周岁的本选区居民，除依法被剥夺政治权利的人以外，都应进行选民登记。
二、登记地点和时间安排如下：
选区　登记地点　登记时间
第一选区　东湖社区党群服务中心　6月5日至6月9日
第二选区　西岭社区居委会　6月5日至6月9日
第三选区　磬湖街道办事处一楼大厅　6月10日至6月14日
三、外出务工人员可委托近亲属代为登记，也可在原选区登记后委托他人投票。
磬湖街道选举工作领导小组
2025年6月2日
""",
    ),
    dict(
        slug="docshare-yunjuan-insight-jurors-corner-markers",
        site="云卷文档 (invented sharing site)",
        style="文档分享",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.yunjuandoc.example.com/p-40918273.html",
        title="人民陪审员岗前培训心得体会",
        record_title="人民陪审员岗前培训心得体会（精选）.doc",
        title_in="file-name",
        date=None,
        notes="file-name record title with （精选）; ⌈n⌉ page markers on their own lines cutting sentences; upload notice; price and download buttons; no date (upload stamp only)",
        indent="\u3000\u3000",
        pages=dict(fmt="⌈{n}⌉", every=130, start=2),
        page="""
!m 云卷文档 | 你要的资料这里都有
!t 人民陪审员岗前培训心得体会（精选）.doc
!m 上传者：juan_7781　上传时间：2025-05-11 14:22　下载积分：5
{BODY}
!a 〖下载本文档〗　〖在线阅读全文〗
!d 声明：该文档为网友自行上传分享，不代表云卷文档观点，仅供学习参考。
!l 同类文档：人民调解员培训总结 | 法治副校长讲座心得
""",
        body="""
本月中旬，我作为新选任的人民陪审员，参加了县人民法院组织的为期五天的岗前培训。通过系统学习，我对人民陪审员的职责有了更加清晰的认识。
一是明白了“为什么要陪审”。人民陪审员制度是人民群众参与司法的重要途径，我们把朴素的社会常识带进法庭，让裁判更接地气。
二是懂得了“怎样去陪审”。培训中法官详细讲解了庭审程序、证据审查和合议规则，让我知道陪审员在事实认定上与法官享有同等表决权。
三是记住了“守住哪些规矩”。保守审判秘密、遵守回避制度、不私下会见当事人，这些都是必须牢牢守住的纪律。
今后，我将珍惜这份荣誉，认真参加每一次庭审，依法公正履行陪审职责。
""",
    ),
    dict(
        slug="docshare-html-city-god-temple-report-pdf",
        site="共享资料馆 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.gxzlg.example.cn/doc/2025/chenghuangmiao-baogao.html",
        title="关于琮岭县城隍庙古建筑群保护修缮情况的调研报告",
        record_title="关于琮岭县城隍庙古建筑群保护修缮情况的调研报告.pdf",
        date="2025-05-08",
        notes="file-info table, download mirror links, a report-dead-link line; a file-name record title; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于琮岭县城隍庙古建筑群保护修缮情况的调研报告.pdf - 共享资料馆</title></head><body>
<div class="hd">⟦m 共享资料馆 · 资料互通有无⟧</div>
<div class="loc">⟦m 资料库 › 文化文物 › 调研报告⟧</div>
<h1>⟦t 关于琮岭县城隍庙古建筑群保护修缮情况的调研报告.pdf⟧</h1>
<table class="fileinfo"><tr><td>⟦m 文件大小：1.8 MB⟧</td><td>⟦m 文件格式：PDF⟧</td></tr><tr><td>⟦m 分享者：琮岭老方⟧</td><td>⟦m 被下载 214 次⟧</td></tr></table>
<div class="preview"><h3>⟦l 内容预览⟧</h3>
{BODY}
</div>
<div class="dl"><p>⟦a 下载地址一：电信高速下载⟧</p><p>⟦a 下载地址二：联通备用下载⟧</p><p>⟦a 链接失效？点此反馈⟧</p></div>
<div class="ft">⟦d 本站资料均来自网友分享，若侵犯了您的权益，请发送邮件告知，我们将在48小时内处理⟧</div>
</body></html>
""",
        body="""
根据县政协年度协商计划安排，4月中旬，调研组对县城隍庙古建筑群保护修缮情况开展了专题调研。现将有关情况报告如下：
一、基本情况。县城隍庙始建于明代，现存山门、戏台、正殿、寝殿等建筑七座，2019年被公布为省级文物保护单位。
二、修缮进展。一期工程已完成正殿屋面揭瓦补漏和梁架加固，二期戏台修缮正在进行设计方案报批。
三、存在问题。一是修缮资金缺口较大，二是周边违章搭建尚未清理到位，三是专业古建工匠严重缺乏。
四、几点建议。建议设立专项保护资金，加快周边环境整治，与职业院校合作培养古建修缮人才。
县政协文化文史委员会调研组
2025年5月8日
""",
    ),
    dict(
        slug="edu-html-confucian-temple-study-trip-plan",
        site="珣阳区教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://jyj.xunyang.example.edu.cn/jygl/2025/0410/3319.html",
        title="珣阳区中小学生“走进文庙”研学实践活动方案",
        record_title="珣阳区中小学生“走进文庙”研学实践活动方案 - 珣阳区教育信息网",
        date="2025-04-10",
        notes="education portal: 发布者/审核 line, schedule table, numbered list, the bureau's 联系人 beside the site's tech-support phone; 附件; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>珣阳区中小学生“走进文庙”研学实践活动方案 - 珣阳区教育信息网</title></head><body>
<div class="logo">⟦m 珣阳区教育信息网⟧</div>
<ul class="nav"><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 德育天地⟧</li><li>⟦m 校园风采⟧</li></ul>
<div class="path">⟦m 位置：首页 / 德育天地 / 活动方案⟧</div>
<h2>⟦t 珣阳区中小学生“走进文庙”研学实践活动方案⟧</h2>
<p class="meta">⟦m 发布者：德育科　审核：周敏　点击：376⟧</p>
<div class="content">
{BODY}
</div>
<div class="attach-tip">⟦a 下载附件请使用电脑端浏览器⟧</div>
<div class="links">⟦l 友情链接：区青少年宫　区图书馆　区科技馆⟧</div>
<div class="footer">⟦m 技术支持：区教育信息中心 0756-2210098⟧ ⟦m 粤ICP备09002217号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为弘扬中华优秀传统文化，丰富学生研学实践内容，区教育局决定组织开展“走进文庙”研学实践活动。具体方案如下：
一、活动时间：2025年4月下旬至6月上旬。
二、活动安排
年级　研学主题　时长
四年级　认识文庙建筑　半天
七年级　礼仪与尊师　半天
高一年级　古代科举与书院　一天
三、有关要求
1.各校要制定安全预案，每10名学生至少配备1名带队教师。
2.研学结束后，每名学生完成一篇研学笔记，学校择优报送。
联系人：区教育局德育科 章晓东，电话：0756-2210135。
附件：“走进文庙”研学日程报名表
珣阳区教育局
2025年4月10日
""",
    ),
    dict(
        slug="edu-text-off-campus-tutoring-notice-attachments",
        site="畹阳县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.wanyang.example.gov.cn/tzgg/20250303-51.html",
        title="关于开展春季校外培训机构专项检查的通知",
        record_title="关于开展春季校外培训机构专项检查的通知_畹阳县教育体育局",
        date="2025-03-03",
        notes="document number neutral; 附件 list and 抄送 line kept; a tip-off phone of the bureau inside the document beside the portal's footer phone; font-size row",
        page="""
!m 畹阳县教育体育局
!m 您的位置：首页 >> 通知公告
!t 关于开展春季校外培训机构专项检查的通知_畹阳县教育体育局
!m 发布日期：2025-03-03　信息来源：校外教育培训监管股
!a 【字体：大 中 小】【打印】
畹教体〔2025〕14号
{BODY}
!l 上一篇：2025年县中小学生田径运动会竞赛规程
!l 下一篇：关于做好春季学期开学工作的通知
!m 地址：畹阳县文昌路2号　电话：0731-5523011　邮编：410611
""",
        body="""
各乡镇中心学校，县直各学校，各校外培训机构：
为进一步规范校外培训行为，减轻学生过重课外负担，县教育体育局决定于3月10日至4月10日开展春季校外培训机构专项检查。现将有关事项通知如下：
一、检查内容
1.是否取得办学许可证，是否超范围开展学科类培训。
2.收费是否纳入资金监管，是否存在一次性收取超过三个月费用的情况。
3.消防、食品安全等设施是否符合要求。
二、工作要求
各机构要对照检查内容开展自查，于3月25日前将自查报告报送县教育体育局。群众可拨打监督举报电话0731-5523078反映问题。
附件：1.校外培训机构自查表
2.专项检查分组安排表
畹阳县教育体育局
2025年3月3日
抄送：县市场监督管理局，县消防救援大队。
""",
    ),
    dict(
        slug="oa-lengyuan-minutes-cold-storage-approval",
        site="冷源冷链集团协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://oa.lengyuan.example.local/doc/view?id=20250417-0032",
        title="冷库安全生产专题会议纪要",
        record_title="冷库安全生产专题会议纪要（第5期）",
        date="2025-04-17",
        notes="intranet export: minutes' 时间/地点/主持/参会/记录 lines kept in the body; approval trail and read count at the bottom; a 'watermark' notice",
        page="""
!m 冷源冷链集团 · 协同办公平台
!m 公文管理 ＞ 会议纪要 ＞ 查看
!t 冷库安全生产专题会议纪要（第5期）
!m 拟稿：安环部 陶宇　签发：副总经理 韦成　密级：内部
{BODY}
!m 流转记录：陶宇 起草 04-17 16:20 → 韦成 签发 04-18 09:05 → 办公室 分发 04-18 10:12
!m 已读 37 人　未读 4 人
!a 导出PDF　转发　意见反馈
!d 内部资料　注意保密　页面已添加水印
""",
        body="""
时间：2025年4月17日14:30
地点：集团三楼第二会议室
主持：韦成
参会：安环部、仓储部、设备部及各冷库库长
记录：陶宇
会议听取了仓储部关于一季度冷库安全运行情况的汇报，研究部署了下一阶段冷库安全生产工作。纪要如下：
一、会议指出，一季度各冷库未发生安全事故，但氨制冷系统巡检记录填写不规范的问题较为突出。
二、会议要求，设备部于4月底前完成全部冷库氨泄漏报警装置的校验，仓储部组织开展一次库内人员被困应急演练。
三、会议明确，库门内侧紧急开门装置每班检查一次，检查结果纳入库长月度考核。
""",
    ),
    dict(
        slug="oa-html-estate-agency-report-flow",
        site="嘉宅地产经纪有限公司内网 (invented)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://intra.jiazhai.example.local/bulletin/detail/9921",
        title="2024年度门店经理述职报告",
        record_title="【内部公告】2024年度门店经理述职报告",
        date="2025-01-06",
        notes="intranet document view: left menu, read counts, approval flow table, comment box; data table in the body; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【内部公告】2024年度门店经理述职报告 - 嘉宅内网</title></head><body>
<div class="top">⟦m 嘉宅内网　欢迎您，访客⟧ ⟦a 退出登录⟧</div>
<div class="menu"><ul><li>⟦m 公告通知⟧</li><li>⟦m 制度文件⟧</li><li>⟦m 业绩看板⟧</li><li>⟦m 培训中心⟧</li></ul></div>
<div class="main"><h2>⟦t 【内部公告】2024年度门店经理述职报告⟧</h2>
<div class="info">⟦m 发布人：人力行政部　阅读次数：211⟧</div>
<div class="doc">
{BODY}
</div>
<table class="flow"><tr><th>⟦m 审批流程⟧</th></tr><tr><td>⟦m 区域总监 已阅 2025-01-07⟧</td></tr><tr><td>⟦m 人力行政部 归档 2025-01-08⟧</td></tr></table>
<div class="cmt">⟦l 评论（3）　写评论…⟧</div></div>
<div class="ft">⟦d 本系统仅限公司员工使用，严禁截图外传⟧</div>
</body></html>
""",
        body="""
各位领导、同事们：
2024年，我担任翠湖路门店经理，带领门店十二名经纪人，围绕“成交量、服务质量、团队建设”三项目标开展工作。现述职如下：
一、主要业绩
指标　目标　完成
二手房成交　96套　104套
租赁成交　180单　213单
客户满意度　95%　97.2%
二、主要做法
坚持每周一次房源实勘复核，杜绝虚假房源；推行交易资金全程监管，全年无一起资金纠纷。
三、不足和打算
新人培养周期偏长，明年将推行“师徒制”，力争新人三个月内独立成交。
述职人：翠湖路门店 汪倩
2025年1月6日
""",
    ),
    dict(
        slug="qa-zhidao-shuyuan-answer-question-title",
        site="问渠问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenqu-qa.example.com/question/58812093",
        title="古代书院和官学有什么区别？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; answerer card, 回答于 relative time (not a date), vote bar, more answers box",
        page="""
!m 问渠问答 — 有问题，就来问渠
!m 问题分类：历史 ＞ 中国古代史
{T}
!m 已有 6 个回答　被浏览 3,412 次
!m 采纳回答　琚川书生　历史学硕士　回答于 3天前
{BODY}
!l 赞同 88　反对 2　评论 5
!a 分享　收藏　举报
!l 更多回答（5）
!l 白鹿洞书院现在还能参观吗？
!d 回答内容由网友提供，仅供参考，不代表问渠问答立场。
""",
        body="""
简单来说，官学是官府办的学校，书院大多是民间或半官半民办的讲学场所，两者在办学主体、教学方式和目的上都有不同。
第一，办学主体不同。官学如国子监、府学、州学、县学，由朝廷和地方官府出资设立；书院则多由名儒、乡绅捐资创办，后来也有官府资助的。
第二，教学方式不同。官学以应付科举考试为主，课程比较固定；书院重视自由讲学和师生问答，常常邀请不同学派的学者来讲会。
第三，培养目标有所侧重。官学主要为朝廷储备官员，书院更强调修身养性和学术研究。
当然，明清以后不少书院也逐渐变成了备考科举的地方，两者的界限没有那么绝对。
""",
    ),
    dict(
        slug="qa-html-lost-property-answer-signed",
        site="邻问 (invented local Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.linwen.example.cn/q/20250328/77412.html",
        title="在公交车上捡到钱包应该交到哪里？",
        record_title="在公交车上捡到钱包应该交到哪里？_邻问",
        date=None,
        notes="local Q&A page: asker line, answer by an invented station's staff, a phone in the answer as content; relative time 昨天 is no date; related questions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在公交车上捡到钱包应该交到哪里？_邻问</title></head><body>
<div class="hd">⟦m 邻问 · 身边事问身边人⟧ <a>⟦a 我要提问⟧</a></div>
<h1>⟦t 在公交车上捡到钱包应该交到哪里？⟧</h1>
<div class="ask">⟦m 提问者：匿名网友　昨天 19:40⟧</div>
<div class="answer"><div class="who">⟦m 最佳答案　来自 瑗城公交失物招领处 的回答⟧</div>
{BODY}
<div class="vote">⟦l 有用 41　没用 0⟧</div></div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 出租车上丢了手机怎么找回？⟧</li><li>⟦l 地铁失物招领处在哪？⟧</li></ul></div>
<div class="ft">⟦d 以上回答仅代表答主观点，邻问不对其准确性负责⟧ ⟦m 邻问 © 2025⟧</div>
</body></html>
""",
        body="""
您好，感谢您拾金不昧！
在公交车上捡到的物品，可以当场交给驾驶员，驾驶员收班后会统一送到公交集团失物招领处登记保管。
如果您已经下车，也可以直接送到瑗城公交集团失物招领处，地址是瑗城市北站路88号，工作时间为每天8:00至18:00。
失主可拨打失物招领电话0359-2266110查询，认领时需出示有效身份证件并说明物品特征。
招领物品保管期为六个月，期满无人认领的，按规定上交有关部门处理。
""",
    ),
]
