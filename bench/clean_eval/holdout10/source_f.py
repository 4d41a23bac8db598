"""Holdout10, part F: tendering, law-firm, residents', enterprise-intranet, search-snapshot,
print-view, mail, cloud-disk and association pages of sites no earlier part used — a county
trading centre, a law firm's risk alert, a neighbourhood site, an OA export with its 版记, a
cached 视察报告, a people's-congress print view, a forwarded notice, a mailed newsletter, a
cloud-disk preview and an association's long work report. Written blind; everything invented."""

CASES = [
    dict(
        slug="tender-zhelin-negotiation-html-two-contacts",
        site="柘林县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhelin.example.gov.cn/jyxx/zfcg/jzxtp/20250610/6617.html",
        title="柘林县中医院医用耗材配送服务项目竞争性谈判公告",
        record_title="柘林县中医院医用耗材配送服务项目竞争性谈判公告",
        date="2025-06-10",
        record_date="2025-06-10",
        notes="HTML trading-centre page: a login/CA row, a 'trading info' tab row, an info table (项目编号, 公告类型) and an attachment-download box outside the text; the notice's own 采购人 and 代理机构 联系人/电话 lines stay; a page-view counter",
        page="""
<html><head><meta charset="utf-8"><title>柘林县中医院医用耗材配送服务项目竞争性谈判公告</title></head><body>
<div class="top">⟦a CA证书登录　｜　供应商注册　｜　操作手册下载⟧</div>
<div class="tabs">⟦m 交易信息：工程建设　政府采购　土地矿产　国有产权⟧</div>
<h1>⟦t 柘林县中医院医用耗材配送服务项目竞争性谈判公告⟧</h1>
<table class="info"><tr><td>⟦m 项目编号：ZLCG-2025-0417⟧</td><td>⟦m 公告类型：采购公告⟧</td><td>⟦m 浏览：612⟧</td></tr></table>
<div class="ewb-article">
{BODY}
</div>
<div class="att"><p>⟦a 附件下载：谈判文件（电子版）.zip⟧</p></div>
<div class="ft">⟦m 柘林县公共资源交易中心　服务热线：0762-3308110　技术支持：交易平台运维组⟧</div>
</body></html>
""",
        body="""
项目概况：柘林县中医院医用耗材配送服务项目采用竞争性谈判方式采购，潜在供应商应在交易平台获取谈判文件，并于2025年6月20日9时00分前提交响应文件。
一、项目基本情况
采购预算：每年一百二十万元；服务期限：两年；本项目不接受联合体参加。
二、供应商资格要求
1．具有独立承担民事责任的能力；
2．具有有效的医疗器械经营许可证或备案凭证；
3．近三年在经营活动中没有重大违法记录。
三、获取谈判文件
时间：2025年6月11日至6月16日，每天上午8:30至12:00，下午14:30至17:30。
方式：登录交易平台免费下载。
四、对本次采购提出询问，请按以下方式联系
采购人：柘林县中医院　联系人：程晓东　电话：0762-3312206
代理机构：柘林鼎诚项目管理有限公司　联系人：周敏　电话：0762-3325581
""",
    ),
    dict(
        slug="lawfirm-hengxin-risk-alert-new-words",
        site="衡信律师事务所 (invented)",
        style="律所网站",
        genre="说明",
        kind="other",
        form="text",
        source="https://www.hengxinlaw.example.com/insights/2024-12-employment.html",
        title="年终岁末企业用工管理法律风险提示",
        record_title="年终岁末企业用工管理法律风险提示 | 衡信观点",
        date="2024-12-16",
        notes="a law firm's article: record title with | column; the authors' card and practice tags; a 'not legal advice' notice in new words and a consultation line under the text; numbered risks; the page's 发布日期 line is the date source",
        page="""
!m 衡信律师事务所　HENGXIN LAW FIRM
!m 衡信观点 / 劳动与雇佣
{T}
!m 作者：沈若岚 律师　邓伟 律师　发布日期：2024-12-16
{BODY}
!d 特别声明：本文仅为一般性信息分享，不能替代针对具体事项的专业意见。
!w 如需进一步沟通，欢迎致电 0571-8706 2200 或发送邮件至 hr-law@hengxinlaw.example.com
!l 延伸阅读：竞业限制协议的五个常见误区
""",
        body="""
每到年底，企业在年终奖发放、劳动合同续签、岗位调整等方面容易产生劳动争议。我们结合近年代理的案件，梳理出以下几项法律风险，供企业参考。
一、年终奖发放规则不明确。企业应当在规章制度或劳动合同中明确年终奖的发放条件、计算标准和发放时间，避免因约定不明而承担不利后果。
二、劳动合同到期处理不当。劳动合同期满后劳动者仍在单位工作、单位未表示异议的，视为双方同意以原条件继续履行劳动合同，企业应及时续签或依法终止。
三、未休年休假工资未结算。劳动者当年未休年休假的，企业应当按照日工资收入的百分之三百支付未休年休假工资报酬。
四、单方调岗调薪缺乏依据。企业调整劳动者工作岗位和薪酬，应当有合理理由并与劳动者协商一致，不得具有侮辱性和惩罚性。
建议企业在年底前对用工制度进行一次全面梳理，及时发现和化解风险。
""",
    ),
    dict(
        slug="community-taoyuanli-sorting-pledge-no-title",
        site="桃源里社区 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://taoyuanli.example.com/notice/2025-09-01-lajifenlei",
        title="垃圾分类从我做起倡议书",
        record_title=None,
        date="2025-09-01",
        notes="a residents' site: no record title; the title shown once with a 📢 label; a weather/date widget line and a 'neighbour services' menu as chrome, a 'join the volunteer team' button between paragraphs; the pledge's own schedule lines (投放时间) and a slogan stay; 成文日期 in Chinese numerals",
        indent="\u3000\u3000",
        page="""
!m 桃源里社区 · 邻里服务平台　今日 晴 26℃
!m 社区公告 ｜ 邻里互助 ｜ 办事指南 ｜ 便民电话
!t 📢 垃圾分类从我做起倡议书
{BODY}
!l 已读 1203　👍 258
!m 桃源里社区居委会　地址：桃源路66号　电话：0755-2611 3390
""",
        body="""
亲爱的居民朋友们：
从今年9月起，我们小区将全面推行生活垃圾分类定时定点投放。为了让我们的家园更加干净整洁，社区居委会向全体居民发出如下倡议。
一、学习分类知识。生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类，请大家对照分类指南正确分类。
二、定时定点投放。
早上投放时间：7:00—9:00
晚上投放时间：18:30—20:30
⟦a 我要报名垃圾分类志愿者 ＞⟧
三、争当示范家庭。社区将每月评选“垃圾分类示范户”，并给予积分奖励，积分可兑换生活用品。
垃圾分类一小步，文明生活一大步。让我们从现在做起，从自己做起！
桃源里社区居民委员会
二〇二五年九月一日
""",
    ),
    dict(
        slug="oa-hongyuan-notice-banji-approval-trail",
        site="鸿远建工集团协同办公平台 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.hongyuan-cg.example.com/seeyon/collaboration.do?id=-7731208",
        title="关于开展汛期在建项目安全隐患专项排查的通知",
        record_title="关于开展汛期在建项目安全隐患专项排查的通知",
        date="2025-05-20",
        record_date="2025-05-20",
        notes="an OA export: the form's header fields and the approval trail (拟稿, 核稿, 签发, with times) as chrome; a document number (neutral); the notice's own 抄送 and 印发 版记 lines, 联系人/电话 and numbered tasks stay; a 'read by' counter",
        page="""
!m 鸿远建工集团协同办公平台　｜　公文处理　›　发文
!m 发文单位：集团安全质量部　密级：内部　缓急：急
{T}
鸿远安〔2025〕14号
{BODY}
!m 处理意见：拟稿 韩冬（05-19 10:12）→ 核稿 严峰（05-19 16:40）→ 签发 郑国强（05-20 08:55）
!l 已阅 86 人　未阅 7 人　［查看阅读情况］
!a 打印公文　导出正文　关闭
""",
        body="""
各子公司、各项目部：
当前我省已进入主汛期，强降雨、雷暴大风等极端天气频发，在建项目防汛安全形势严峻。为切实防范化解汛期安全风险，集团决定即日起至6月30日，在全集团在建项目开展安全隐患专项排查。现将有关事项通知如下。
一、排查重点
1．深基坑、高边坡支护及监测情况；
2．塔吊、施工升降机等起重机械防风防雷措施；
3．临时宿舍、食堂等临建设施选址安全情况；
4．防汛物资储备和应急队伍落实情况。
二、工作要求
各项目部要于5月31日前完成自查，建立隐患清单，落实整改责任人和整改时限；各子公司要于6月15日前完成对所属项目的全覆盖检查。集团安全质量部将组织抽查，对隐患整改不力的单位予以通报。
联系人：韩冬　电话：0731-8856 2217
鸿远建工集团有限公司
2025年5月20日
抄送：集团领导班子成员
鸿远建工集团有限公司办公室　2025年5月20日印发
""",
    ),
    dict(
        slug="snapshot-cppcc-inspection-report-cache-banner",
        site="搜索快照 of 峪川县政协 (invented)",
        style="搜索快照",
        genre="视察报告",
        kind="report",
        form="text",
        source="http://snapshot.soukan.example.com/q?u=yczx.example.gov.cn/zxwh/3310.html",
        title="关于我县文旅融合发展情况的视察报告",
        record_title=None,
        date="2025-06-18",
        notes="a search engine's snapshot: no record title; the cache banner and a keywords line above, the original page's header, byline (发布时间, the date source) and footer inside; a signature-free report with numbered suggestions",
        indent="\u3000\u3000",
        page="""
!d 搜看快照｜本页为 2025-07-02 抓取的历史版本，与当前页面可能不同 ‹返回原网页›
!d 以下关键词已高亮显示：文旅　融合
!m 峪川政协网
!m 当前位置：首页 > 履职工作 > 视察调研
{T}
!m 发布时间：2025-06-18　来源：文化文史和学习委员会　浏览量：207
{BODY}
!m 峪川县政协办公室主办　网站识别码：4331260003
""",
        body="""
为推动全县文旅产业高质量发展，6月上旬，县政协组织部分常委和委员，对全县文旅融合发展情况进行了专题视察。视察组先后实地察看了古镇保护利用、乡村民宿集群、非遗工坊等项目，并召开座谈会听取县文旅广体局等部门的情况汇报。
视察组认为，近年来我县坚持以文塑旅、以旅彰文，文旅产业发展势头良好。去年全县接待游客632万人次，实现旅游综合收入58.6亿元，分别增长14.2%和16.8%。
同时，视察组也发现，全县文旅融合发展还存在产品同质化、业态单一、配套设施不完善、专业人才缺乏等问题。
为此，视察组建议：一是深挖文化资源，打造具有峪川特色的文旅品牌；二是完善旅游交通、停车、厕所等基础设施；三是培育夜间经济、研学旅行等新业态；四是加强文旅人才引进和培养。
""",
    ),
    dict(
        slug="print-npc-sanggu-opinion-print-view",
        site="桑谷县人大常委会 打印页 (invented)",
        style="打印页",
        genre="审议意见",
        kind="other",
        form="text",
        source="http://rd.sanggu.example.gov.cn/print.jsp?id=40871",
        title="关于县人民政府2024年度县级预算执行和其他财政收支审计工作报告的审议意见",
        record_title="关于县人民政府2024年度县级预算执行和其他财政收支审计工作报告的审议意见[打印本页]",
        date="2025-08-29",
        notes="a print view: decorated record title ([打印本页]); a print-time line, the page's address and a 'print / close' row; a document number (neutral); numbered opinions and the opinion's request to 书面报告 by a date stay; 成文日期 in Arabic numerals",
        page="""
!m 打印日期：2025年09月03日 星期三
!m 原文地址：http://rd.sanggu.example.gov.cn/art/2025/8/29/art_1120_40871.html
!t 关于县人民政府2024年度县级预算执行和其他财政收支审计工作报告的审议意见
桑人常审〔2025〕11号
{BODY}
!a 【打印】　【关闭】
""",
        body="""
县人民政府：
2025年8月28日，县第十八届人民代表大会常务委员会第二十一次会议听取和审议了县审计局局长受县人民政府委托所作的《关于2024年度县级预算执行和其他财政收支的审计工作报告》。现将审议意见交办如下。
会议认为，2024年县人民政府及其有关部门认真执行县人大批准的预算，财政管理水平不断提高，审计查出问题的整改成效明显。
会议指出，审计发现部分项目资金拨付不及时、个别单位超范围支出、国有资产管理不规范等问题依然存在。
会议要求：一是严格预算执行管理，硬化预算约束；二是加快项目资金拨付进度，提高资金使用效益；三是健全国有资产管理制度，防止国有资产流失；四是压实整改责任，建立整改长效机制。
请县人民政府研究处理，并于2025年12月底前将审计查出问题的整改情况书面报告县人大常委会。
桑谷县人大常委会办公室
2025年8月29日
""",
    ),
    dict(
        slug="mail-forward-lanzhou-summary-request-own-attachments",
        site="岚州市应急管理局 转发邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="file:///mail/inbox/20250616-fw-tongzhi.eml.txt",
        title="关于报送2025年上半年安全生产工作总结的通知",
        record_title="Fw: 关于报送2025年上半年安全生产工作总结的通知",
        date="2025-06-13",
        date_also=["2025-06-16"],
        notes="a forwarded mail: record title with Fw:; the mail's own headers (发件人, 收件人, 时间, 附件 with sizes) and a forwarding note; the notice's own 附件 list, 联系人/电话 and 邮箱 stay; a mobile signature under it; signature date (the mail date also accepted)",
        page="""
!m 发件人：城南街道应急办 <cnjd_yjb@example.gov.cn>
!m 收件人：各社区安全员
!m 时间：2025年6月16日（周一）上午9:18
!m 主题：Fw: 关于报送2025年上半年安全生产工作总结的通知
!m 附件：2 个（上半年工作总结模板.docx 24KB；安全生产数据统计表.xlsx 18KB）
!w 各位：转发市局通知，请按时报送，有问题电话联系小吴。
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!m —— 发自我的手机邮箱 ——
""",
        body="""
各县（市、区）应急管理局，市安委会各成员单位：
根据省应急管理厅工作安排，现就报送2025年上半年安全生产工作总结有关事项通知如下。
一、报送内容。主要包括上半年安全生产工作开展情况、主要做法和成效、存在的问题及下半年工作打算，并如实填报安全生产数据统计表。
二、报送时间。请于6月25日前将总结电子版和盖章扫描件报送至市应急管理局综合科邮箱：lzyjj_zhk@example.gov.cn。
三、有关要求。总结要数据准确、内容翔实，字数控制在3000字以内，避免空话套话。
附件：1．上半年工作总结模板
2．安全生产数据统计表
联系人：骆佳　联系电话：0735-8129036
岚州市应急管理局
2025年6月13日
""",
    ),
    dict(
        slug="mail-newsletter-tongchuan-fic-html-unsubscribe",
        site="桐川市工商业联合会 会员通讯 (invented)",
        style="邮件转发",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mail.example.net/newsletter/tcgsl/2025-15.html",
        title="市工商联举办民营企业家政策宣讲会",
        record_title="【会员通讯第15期】市工商联举办民营企业家政策宣讲会",
        date="2025-07-11",
        record_date="2025-07-11",
        notes="an HTML newsletter mail: decorated record title; a 'view in browser' line, issue line, an unsubscribe footer and a 'you received this because' notice; the news's own 报名 sentence with a mini-program stays",
        page="""
<html><head><meta charset="utf-8"><title>会员通讯第15期</title></head><body>
<table><tr><td>⟦a 邮件无法正常显示？请点击此处在浏览器中查看⟧</td></tr>
<tr><td>⟦m 桐川工商联 · 会员通讯　2025年第15期（总第88期）⟧</td></tr>
<tr><td><h2>⟦t 市工商联举办民营企业家政策宣讲会⟧</h2></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦l 本期其他内容：商会换届工作指引｜会员企业风采｜政策速递⟧</td></tr>
<tr><td>⟦d 您收到此邮件是因为您是桐川市工商联会员单位联络人。⟧ ⟦a 退订⟧</td></tr>
</table>
</body></html>
""",
        body="""
7月10日，市工商联联合市发展改革委、市税务局举办民营企业家政策宣讲会，全市一百五十余名民营企业家参加。
宣讲会上，相关部门负责同志围绕促进民营经济发展壮大的若干措施、结构性减税降费政策、融资支持政策等进行了详细解读，并现场回答了企业家提出的问题。
与会企业家表示，宣讲会内容实在、针对性强，进一步坚定了扎根桐川、做大做强的信心。
市工商联将持续开展“政策进商会、服务进企业”活动，下期宣讲会定于9月举行，会员企业可通过“桐川商会”小程序报名。
""",
    ),
    dict(
        slug="netdisk-qiyun-speech-preview-date-line",
        site="栖云盘 (invented cloud disk)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://pan.qiyun.example.com/s/7Hk2mQ0pZ",
        title="在全区基层治理工作推进会上的讲话",
        record_title="在全区基层治理工作推进会上的讲话.docx",
        date="2025-02-26",
        notes="a cloud-disk preview: file-name record title; the share card (size, sharer, expiry) and extraction code; a date under the title (neutral, the date source); a 'preview shows part only' prompt glued after the last sentence; a complaint notice",
        page="""
!t 在全区基层治理工作推进会上的讲话.docx
!m 48.7 KB　｜　分享者：m***7　｜　2025-03-04 分享　｜　7天后过期
!a 保存到栖云盘　下载　举报
!m 提取码：q3v8
在全区基层治理工作推进会上的讲话
（2025年2月26日）
{BODY}
!d 栖云盘不存储、不修改用户分享的文件内容，如遇侵权内容请通过举报通道反馈。
""",
        body="""
同志们：
今天召开全区基层治理工作推进会，主要任务是总结去年工作，分析当前形势，部署今年任务。
去年以来，全区以网格化管理为抓手，整合综治、城管、民政等力量，构建“一网统管”的基层治理格局。全区划分网格612个，配备专兼职网格员1800余名，群众诉求办结率达到97.3%。
但也要看到，一些街道社区负担过重、权责不匹配，一些网格员队伍不稳定、能力不足，这些问题需要我们认真加以解决。
今年要重点抓好三件事：一是推进社区减负增效，清理规范社区工作事项；二是加强网格员队伍建设，落实待遇保障；三是推动数字赋能，提高基层治理智能化水平。⟦a 预览仅显示部分内容，保存后查看完整文件⟧
""",
    ),
    dict(
        slug="association-logistics-assembly-report-long",
        site="桐川市物流与采购协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.tcwlxh.example.org.cn/xhgz/2025/0322/108.html",
        title="在桐川市物流与采购协会第三届会员代表大会上的工作报告",
        record_title="在桐川市物流与采购协会第三届会员代表大会上的工作报告",
        date="2025-03-21",
        notes="an association's long work report: a speaker line and a date under the title (neutral; the date source); a 'members only' prompt between paragraphs and a join box glued after a 。; decimal and numbered headings, data in the text stay",
        indent="\u3000\u3000",
        page="""
!m 桐川市物流与采购协会　服务会员　规范行业　促进发展
!m 首页 > 协会工作 > 重要文件
{T}
协会会长　钱振邦
（2025年3月21日）
{BODY}
!a 会员单位登录后可下载大会全部文件
!l 相关文件：协会章程（修订草案）｜第三届理事会候选人名单
!m 协会秘书处　电话：0573-2231 8870　地址：桐川市港城大道99号物流大厦11楼
""",
        body="""
各位代表：
我受协会第二届理事会委托，向大会报告五年来的工作，请予审议。
一、五年来的主要工作
1.1 服务会员发展。五年来，协会会员单位从128家发展到276家，涵盖道路运输、仓储配送、冷链物流、供应链管理等领域。协会累计组织政策宣讲会21场，帮助会员企业申报各类扶持资金3800余万元。
1.2 推进行业规范。协会牵头制定《桐川市城市配送服务规范》等团体标准4项，开展物流企业星级评估，全市共有A级物流企业52家，比五年前增加31家。⟦a 申请入会请点击 →⟧
1.3 加强人才培养。与市职业技术学院合作开设物流管理订单班，累计培训物流从业人员6200余人次，举办全市物流职业技能竞赛三届。
1.4 搭建交流平台。连续举办五届桐川物流发展论坛，组织会员企业赴长三角、珠三角考察学习12次，促成项目合作40余项。
⟦a 以下内容仅限会员查看，登录后显示全文⟧
二、存在的不足
五年来的工作也存在一些不足：一是服务会员的手段还不够多，对中小会员企业的关注不够；二是协会自身建设有待加强，秘书处专职人员偏少；三是行业数据统计和研究分析能力较弱。
三、今后五年的工作建议
3.1 坚持服务为本。建立会员企业联系走访制度，每年走访会员企业不少于100家，及时反映企业诉求。
3.2 推动数字化转型。搭建物流公共信息服务平台，推动会员企业共享运力、仓储资源，降低物流成本。
3.3 加强自身建设。健全协会内部治理结构，完善财务管理制度，打造一支专业化的秘书处队伍。
各位代表，新的五年，协会将在市委、市政府的领导下，团结全体会员，为推动桐川现代物流业高质量发展作出新的更大贡献！
""",
    ),
]
