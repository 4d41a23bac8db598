"""Holdout 20, part F: news portals, tendering platforms, mails, print views, residents'
sites, a township legal-service office, an exam site, a training school, a Party-building
site and a 文库 preview, carrying documents of kinds no earlier part names — a mayor's
address at an agricultural-produce matchmaking fair, a wetland park's bird-protection
notice, an irrigation district's tender, a disaster-relief material reserve's procurement
result, a municipal-facilities office's request, a swimming venue's letter, a parking
management centre's notice, a drainage office's speech, an after-school care (四点半课堂)
plan, a lift-retrofit consultation, a village legal adviser's report, an
engineering-title evaluation notice, a maternity-care training school's brochure, a
non-public-enterprise Party committee's notice and a forest-chief office's work points.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="news-yanhu-chanxiao-address-html-byline",
        site="砚湖新闻网 (invented)",
        style="新闻门户",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.yhnews.example.com.cn/szyw/2025-09/16/content_318842.html",
        title="在2025砚湖名优农产品（深圳）产销对接会上的致辞",
        record_title="在2025砚湖名优农产品（深圳）产销对接会上的致辞_砚湖新闻网",
        date="2025-09-15",
        date_also=["2025-09-16"],
        notes="a city news portal printing a mayor's address at an agricultural-produce matchmaking fair: channel nav, a weather strip (no date of the article), byline with the paper as source a day after the date under the title (the speech's date expected, the byline's also accepted), the speaker line (neutral), an editor line, a 'hot news' rank and a news-tip hotline in the footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在2025砚湖名优农产品（深圳）产销对接会上的致辞_砚湖新闻网</title></head>
<body>
<div class="strip">⟦m 砚湖新闻网　砚湖日报社主办⟧ <span>⟦m 晴 18~27℃⟧</span> <a>⟦a 数字报⟧</a> <a>⟦a 客户端⟧</a></div>
<div class="channels">⟦m 时政 ｜ 本地 ｜ 经济 ｜ 民生 ｜ 文旅 ｜ 评论 ｜ 视频⟧</div>
<div class="loc">⟦m 砚湖新闻网 &gt; 时政要闻⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="spk">砚湖市人民政府市长　何振宇</p>
<p class="spk">（2025年9月15日）</p>
<div class="byline">⟦m 2025-09-16 08:12　来源：砚湖日报⟧</div>
<div class="content">
{BODY}
</div>
<div class="editor">⟦m 责任编辑：孔雪　值班主任：邹磊⟧</div>
</div>
<div class="rank"><h4>⟦l 24小时热闻⟧</h4><ol><li>⟦l 砚湖至深圳高铁直达列车下月开通⟧</li><li>⟦l 我市新增5个国家地理标志农产品⟧</li></ol></div>
<div class="footer">⟦m 新闻热线：0712-3355100⟧　⟦m 互联网新闻信息服务许可证：42120190011⟧<br>⟦d 砚湖新闻网所刊载内容之知识产权为砚湖日报社所有，未经协议授权禁止下载使用。⟧</div>
</body></html>
""",
        body="""
尊敬的各位来宾，各位朋友：
大家上午好！金秋九月，正是瓜果飘香的收获季节，我们相聚在充满活力的深圳，以农为媒、共叙友谊。首先，我代表砚湖市委、市政府，向出席今天产销对接会的各位嘉宾表示热烈的欢迎，向长期以来关心支持砚湖农业发展的各界朋友表示衷心的感谢！
砚湖地处长江中游，气候温和、水土丰美，是全国重要的商品粮基地和优质农产品产区。全市拥有国家地理标志农产品12个、绿色食品和有机农产品认证产品286个，砚湖香米、湖区莲藕、山地茶叶等特色产品深受市场欢迎。
深圳是砚湖农产品的重要消费市场。目前，已有86家深圳商超、餐饮和电商企业与砚湖建立了稳定的供销关系，去年销售砚湖农产品超过12亿元。我们真诚希望与深圳企业在基地直采、冷链物流、品牌营销等领域开展更深层次的合作。
各位朋友，砚湖将以最优的品质、最好的服务、最实的举措，为采购商提供全方位保障。我们承诺：严把农产品质量安全关，让深圳市民吃上放心、安心的砚湖好产品。
最后，预祝本次对接会圆满成功！祝各位嘉宾身体健康、事业兴旺！谢谢大家！
""",
    ),
    dict(
        slug="news-luting-wetland-notice-evening-paper",
        site="鹭汀晚报网 (invented)",
        style="新闻门户",
        genre="通告",
        kind="notice",
        form="text",
        source="https://www.ltwb.example.com/bdxw/ms/2025/1118/77621.html",
        title="关于加强鹭汀湿地公园越冬候鸟保护的通告",
        record_date="2025-11-18",
        date="2025-11-18",
        notes="an evening paper's site printing a wetland park's notice: a reporter/correspondent line, a 'font size' row in other words, an editor/reviewer line, a news-tip hotline next to the notice's own 举报电话, 'more local news' links",
        page="""
!m 鹭汀晚报网　｜　鹭汀人自己的新闻网
!m 首页 > 本地新闻 > 民生
{T}
!m 2025-11-18 15:20　　鹭汀晚报　　记者 苏婉　通讯员 林涛
!a 字体：A+ A A-　　分享
{BODY}
!m 编辑：叶青　　审核：秦川
!m 新闻线索征集：0592-5811999（24小时）
!l 更多本地新闻 »
!l 鹭汀湿地今冬首批小天鹅抵达
!l 环湖步道本周六起分段封闭施工
""",
        body="""
为保护越冬候鸟及其栖息地，维护湿地生态安全，根据《中华人民共和国野生动物保护法》《中华人民共和国湿地保护法》等法律法规，现就加强鹭汀湿地公园越冬候鸟保护有关事项通告如下：
一、2025年11月20日至2026年3月31日为鹭汀湿地公园候鸟越冬保护期。保护期内，湿地公园核心保护区实行封闭管理，禁止游客进入。
二、保护期内，禁止在湿地公园范围内捕捉、毒杀、驱赶、惊扰候鸟，禁止捡拾鸟卵、破坏鸟巢。
三、禁止在湿地公园范围内放飞无人机、燃放烟花爆竹、使用高音喇叭。
四、观鸟、摄影爱好者须在指定的观鸟平台活动，不得使用诱饵、声音回放等方式引诱鸟类。
五、对违反本通告的行为，由有关部门依法予以处理；构成犯罪的，依法追究刑事责任。
欢迎社会各界积极举报破坏候鸟资源的违法行为，举报电话：0592-5820110。
鹭汀湿地公园管理处
2025年11月18日
""",
    ),
    dict(
        slug="tender-cuicen-guanqu-bid-html-byline-only",
        site="翠岑县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.cuicen.example.gov.cn/jyxx/gcjs/zbgg/202510/t20251009_2277.html",
        title="翠岑县石门灌区2025年干渠防渗维修工程招标公告",
        date="2025-10-09",
        notes="a tendering platform: CA-key and bidder-login buttons, a trading-centre hotline next to the tenderer's and agency's own contact blocks, a lot table, the notice tells bidders to 下载 the tender files from the platform; the only date is the byline's 发布时间; attachment and 'I want to bid' buttons",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>翠岑县石门灌区2025年干渠防渗维修工程招标公告</title></head>
<body>
<div class="top">⟦m 翠岑县公共资源交易平台⟧ <a>⟦a 投标人登录⟧</a> <a>⟦a CA锁办理⟧</a> <a>⟦a 办事指南⟧</a></div>
<div class="nav">⟦m 首页　交易信息　政策法规　服务指南　诚信管理　专家库⟧</div>
<div class="crumb">⟦m 交易信息 &gt; 工程建设 &gt; 招标公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-10-09　信息来源：县交易中心　浏览次数：211⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="att">⟦a 公告附件：石门灌区干渠防渗维修工程招标文件.zip⟧</div>
<div class="bid">⟦a 【我要投标】⟧</div>
</div>
<div class="ft">⟦m 交易中心服务热线：0736-5129300⟧<br>⟦m 翠岑县公共资源交易中心　地址：县政务服务中心五楼⟧</div>
</body></html>
""",
        body="""
1. 招标条件
本招标项目翠岑县石门灌区2025年干渠防渗维修工程已由翠岑县水利局批准建设，项目业主为翠岑县石门灌区管理所，建设资金来自中央和省级财政资金，项目已具备招标条件，现对该项目的施工进行公开招标。
2. 项目概况与招标范围
标段　建设内容　最高投标限价（万元）　工期
第一标段　干渠桩号0+000至4+800段渠道防渗衬砌　486.20　90日历天
第二标段　干渠桩号4+800至9+300段渠道防渗衬砌及渡槽维修　532.75　100日历天
3. 投标人资格要求
投标人须具备水利水电工程施工总承包三级及以上资质，并具有有效的安全生产许可证；拟派项目经理须具备水利水电工程专业二级及以上注册建造师执业资格。本次招标不接受联合体投标。
4. 招标文件的获取
凡有意参加投标者，请于2025年10月10日至2025年10月16日，凭CA数字证书登录翠岑县公共资源交易平台下载电子招标文件。
5. 投标文件的递交
投标文件递交的截止时间为2025年10月30日9时30分，投标人应在截止时间前通过交易平台递交电子投标文件。
6. 联系方式
招标人：翠岑县石门灌区管理所　联系人：严工　电话：0736-5183206
招标代理机构：湖南禹衡项目管理有限公司　联系人：孟女士　电话：0736-5221871
""",
    ),
    dict(
        slug="tender-junxi-jiuzai-wuzi-result-platform-text",
        site="筠溪县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ccgp-junxi.example.gov.cn/cggg/jggg/2025/0722/15526.html",
        title="筠溪县救灾物资储备库2025年救灾物资采购项目中标（成交）结果公告",
        record_title=None,
        date="2025-07-22",
        notes="a procurement platform in text, for a disaster-relief material reserve's purchase: no record title, the page's title line decorated with [结果公告]; a project-number line, a byline 发布时间 (the page's date; the notice has no signature date), a winning-bid table, the purchaser's and agency's own contacts, a 'doubt/complaint' prompt, a related-announcement list",
        page="""
!m 筠溪县政府采购网
!m 采购公告 ＞ 结果公告
!t [结果公告] 筠溪县救灾物资储备库2025年救灾物资采购项目中标（成交）结果公告
!m 发布时间：2025-07-22 16:03　　　项目编号：JXCG2025-0613
{BODY}
!a 对本公告有疑问？　在线质疑　｜　投诉指引
!l 相关公告：筠溪县救灾物资储备库2025年救灾物资采购项目公开招标公告（2025-06-27）
!m 主办：筠溪县财政局　技术支持：县政府采购服务平台运维组
""",
        body="""
一、项目编号：JXCG2025-0613
二、项目名称：筠溪县救灾物资储备库2025年救灾物资采购项目
三、中标（成交）信息
包号　供应商名称　供应商地址　中标（成交）金额
1　浙江安澜应急装备有限公司　湖州市吴兴区织里大道188号　863000.00元
2　江西康乐家纺用品有限公司　南昌市青山湖区民营科技园55号　442500.00元
四、主要标的信息
1号包：救灾帐篷300顶、折叠床600张；2号包：棉被1500床、毛毯1500条。
五、评审专家名单：刘建华、宋晓梅、韩立新、谢文、方正。
六、代理服务收费标准及金额：按国家有关规定收取，金额1.9万元。
七、公告期限：自本公告发布之日起1个工作日。
八、凡对本次公告内容提出询问，请按以下方式联系。
采购人：筠溪县救灾物资储备库　联系人：易先生　联系电话：0572-7218026
采购代理机构：浙江恒衡招标代理有限公司　联系人：蔡女士　联系电话：0572-2301165
""",
    ),
    dict(
        slug="mail-shizheng-bridge-request-reply-chain",
        site="市城管局 mail chain (invented)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="mailto:bgs@cgj.tiaozhou.example.gov.cn?msg=20250521-0947",
        title="关于申请实施城区桥梁安全隐患整治工程的请示",
        record_title="答复: 关于申请实施城区桥梁安全隐患整治工程的请示",
        date="2025-05-20",
        date_also=["2025-05-21"],
        notes="a reply chain in a mail client: the replier's one-line note (neutral), the original-message separator, mail headers with the mail's own 抄送 and 附件 headers next to the request's own 附件 list, an auto signature and a confidentiality footer; the request's 成文日期 (expected; the mail's send date a day later also accepted)",
        page="""
已收到，请规划建设科提出意见后呈局长阅示。——局办公室 方晴
!m -----原始邮件-----
!m 发件人: 周晓兵 <zhouxb@szss.tiaozhou.example.gov.cn>
!m 发送时间: 2025年5月21日 9:47
!m 收件人: 市城管局办公室 <bgs@cgj.tiaozhou.example.gov.cn>
!m 抄送: 市政设施管理处综合科
⟦m 主题: ⟧{T}
!m 附件: 桥梁检测报告汇总表.xlsx; 整治工程概算.pdf
{BODY}
!m 周晓兵 | 苕洲市市政设施管理处 综合科 | 分机 6021
!d 本邮件及其附件含有政务信息，仅限指定收件人使用，如误收请立即删除。
""",
        body="""
市城市管理局：
根据2024年度城区桥梁定期检测结果，我处管养的城区桥梁中，有3座桥梁技术状况评定为三类，存在主梁裂缝、支座老化、桥面铺装破损等安全隐患，其中人民桥因建成年代较早，承载能力已明显下降，亟需进行整治。
为消除桥梁安全隐患，保障群众出行安全，我处拟于2025年7月至10月实施城区桥梁安全隐患整治工程，主要内容包括：人民桥主梁粘贴钢板加固、更换支座；解放桥、跃进桥桥面铺装及伸缩缝更换。经初步测算，工程总投资约为680万元。
妥否，请批示。
附件：1. 2024年度城区桥梁检测报告汇总表
2. 城区桥梁安全隐患整治工程概算
苕洲市市政设施管理处
2025年5月20日
""",
    ),
    dict(
        slug="mail-webmail-swimming-venue-letter-html",
        site="华泳体育场馆运营公司 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.huayong-sports.example.com/read?mid=ZL0522-13",
        title="关于商请协助开展暑期防溺水公益游泳培训的函",
        record_title="【转】关于商请协助开展暑期防溺水公益游泳培训的函",
        date="2025-05-22",
        notes="a swimming-venue operator's webmail reading view: folder list with counts, a reply/forward/delete toolbar, a 'sent by' block with time and an attachment count (the mail's own attachment header next to the letter's 附件), a safety-scan banner; the letter's own 联系人/电话/邮箱 and 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【转】关于商请协助开展暑期防溺水公益游泳培训的函 - 华泳企业邮箱</title></head>
<body>
<div class="mail-left"><div class="logo">⟦m 华泳企业邮箱⟧</div><a class="write">⟦a ✎ 写信⟧</a>
<ul><li>⟦m 收件箱(23)⟧</li><li>⟦m 星标邮件⟧</li><li>⟦m 草稿箱⟧</li><li>⟦m 已发送⟧</li><li>⟦m 垃圾邮件(4)⟧</li></ul></div>
<div class="mail-main">
<div class="mail-bar">⟦a 回复　回复全部　转发　删除　举报　拒收⟧</div>
<h3 class="subject">⟦t 【转】关于商请协助开展暑期防溺水公益游泳培训的函⟧</h3>
<table class="mail-head"><tr><td>⟦m 发件人：筠溪全民游泳馆 &lt;jxyyg@huayong-sports.example.com&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2025年5月22日 (周四) 15:36⟧</td></tr>
<tr><td>⟦m 收件人：筠溪县城南街道办事处⟧</td></tr>
<tr><td>⟦m 附　件：1 个（培训班次安排表.xlsx）⟧</td></tr></table>
<div class="scan">⟦d 此邮件已通过安全扫描，未发现病毒⟧</div>
<div class="mail-body">
{BODY}
</div>
</div>
</body></html>
""",
        body="""
筠溪县城南街道办事处：
为增强青少年防溺水意识和自救能力，践行企业社会责任，华泳体育场馆运营有限公司筠溪全民游泳馆拟于2025年7月至8月面向贵街道所辖社区的中小学生开展暑期防溺水公益游泳培训，共开设6期，每期10天，全部免费向学生开放。
为确保活动顺利开展，特商请贵街道在以下方面给予支持：一是协调各社区做好报名组织工作，每期招收学员40名左右，优先安排留守儿童和困难家庭儿童；二是协助做好活动宣传发动；三是安排社区工作人员协助做好学员接送和安全管理。
具体培训班次安排详见附件。
联系人：筠溪全民游泳馆　陶经理，电话：13575260713，邮箱：jxyyg@huayong-sports.example.com。
附件：暑期防溺水公益游泳培训班次安排表
华泳体育场馆运营有限公司筠溪全民游泳馆
2025年5月22日
""",
    ),
    dict(
        slug="print-lanqiao-parking-notice-stamp",
        site="岚桥县城区停车管理中心 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tcgl.lanqiao.example.gov.cn/tzgg/2025/0926/print.jsp?id=338",
        title="关于国庆中秋假期城区公共停车场临时免费开放的通知",
        record_title="关于国庆中秋假期城区公共停车场临时免费开放的通知｜打印友好版",
        date="2025-09-26",
        notes="a parking-management centre's print-friendly page: a print date and the page address at the top (no date), a 'print / back to top' row, a copyright line; the notice tells drivers to 扫码 for vacancies and gives its own consultation phone",
        page="""
!m 岚桥县城区停车管理中心 · 打印友好版
!m 打印日期：2025年9月28日　　网页地址：http://tcgl.lanqiao.example.gov.cn/tzgg/2025/0926/338.html
!t 关于国庆中秋假期城区公共停车场临时免费开放的通知｜打印友好版
{BODY}
!a 【打 印】　【返回顶部】
!d 岚桥县城区停车管理中心 版权所有 · 如需转载请注明来源
""",
        indent="\u3000\u3000",
        body="""
广大市民朋友：
国庆、中秋假期即将到来，预计城区车流量明显增加。为方便市民和游客出行，缓解城区停车难问题，县城区停车管理中心决定在假期期间临时免费开放部分公共停车场。现将有关事项通知如下：
一、免费时间：2025年10月1日0:00至10月8日24:00。
二、免费范围：人民广场地下停车场、体育中心停车场、滨河公园停车场及城区道路临时停车泊位。
三、车位查询：市民可用微信扫描各停车场入口张贴的二维码，或通过“岚桥停车”公众号查询实时空余车位。
四、注意事项：请车主按泊位标线规范停放，不得占用消防通道和无障碍车位；免费开放期间，车辆连续停放不得超过24小时。
五、温馨提示：假期期间老城区道路较为拥堵，建议市民尽量选择公共交通或步行出行。
咨询电话：0734-6625513。
岚桥县城区停车管理中心
2025年9月26日
""",
    ),
    dict(
        slug="print-pingzhou-paishui-speech-html-cn-date",
        site="蘋洲市排水管理处 (invented)",
        style="打印页",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://psc.pingzhou.example.gov.cn/dwjs/2025/0401/print_55.html",
        title="在2025年城区防汛排涝誓师大会上的讲话",
        record_title="打印：在2025年城区防汛排涝誓师大会上的讲话",
        date="2025-03-28",
        notes="a drainage management office's print view in HTML: a print banner with the original address, a print/close bar, the speaker line and a date under the title in Chinese numerals (neutral), an editor line, a 'page generated' stamp (no date) and a copyright footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印：在2025年城区防汛排涝誓师大会上的讲话</title>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 🖨 打印本页⟧　⟦a ✕ 关闭⟧</div>
<div class="print-head">⟦m 蘋洲市排水管理处 · 队伍建设⟧</div>
<div class="print-url">⟦m 原文链接：https://psc.pingzhou.example.gov.cn/dwjs/2025/0401/55.html⟧</div>
<h2 style="text-align:center">{T}</h2>
<p style="text-align:center">处长　韦建林</p>
<p style="text-align:center">（二〇二五年三月二十八日）</p>
<div class="print-body">
{BODY}
</div>
<p class="ed">⟦m 【责任编辑：黄一帆】⟧</p>
<div class="print-foot">⟦m 页面生成于 2025-04-04 10:22:05⟧<br>⟦d 版权所有 © 蘋洲市排水管理处⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
刚才，各排水所递交了防汛排涝责任状，抢险队员代表作了表态发言，大家精神饱满、斗志昂扬，充分展示了排水队伍召之即来、来之能战、战之必胜的良好形象。
再过几天，我市就将进入汛期。据气象部门预测，今年汛期我市降水总体偏多，极端强降雨发生的可能性较大，加之城区部分老旧管网排水能力不足，城市内涝风险明显上升，防汛排涝形势十分严峻。
各单位要做到三个“到位”：一是思想认识到位。要克服麻痹思想和侥幸心理，时刻保持临战状态。二是备战措施到位。要在4月底前完成全部雨水管网、泵站和易涝点的清疏检修，对抢险泵车、发电机等设备进行全面检修，确保拉得出、用得上。三是安全防护到位。抢险作业要严格执行有限空间作业审批制度，严禁在无防护措施的情况下下井作业，确保队员生命安全。
同志们，守护城市平安是我们的职责和使命。希望大家以誓师大会为新起点，以更加昂扬的斗志、更加过硬的作风，坚决打赢今年防汛排涝这场硬仗！
""",
    ),
    dict(
        slug="community-hubin-sidianban-plan-wrapped",
        site="湖滨街道社区服务网 (invented)",
        style="社区网站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://hubin.luting-sq.example.com/tzgg/2025/0626/74.html",
        title="湖滨街道2025年暑期“四点半课堂”实施方案",
        date="2025-06-26",
        notes="a street office's community site with an after-school care (四点半课堂) plan: a hotline ribbon and a volunteer-signup button, body hard-wrapped at 64 columns, a schedule table, the street office's own 联系人/电话, comments with a count and a '我也说两句' prompt",
        indent="\u3000\u3000",
        wrap=64,
        page="""
!m 湖滨街道社区服务网　　便民热线：0592-5566000
!a 志愿者报名　｜　办事预约
!m 社区公告 » 关爱未成年人
{T}
!m 发布单位：街道未成年人保护工作站　浏览 265
{BODY}
!l 居民留言（2）
!l 枫林社区 陈阿姨：我家孙子报一个，书法课太好了！
!l 湖滨老年大学：我们可以派老师去讲剪纸课。
!l 我也说两句……
""",
        body="""
为解决辖区双职工家庭暑期子女“看护难”问题，丰富中小学生暑期生活，结合街道实际，制定本方案。
一、服务对象
辖区内小学一年级至初中一年级学生，优先保障双职工家庭、困难家庭和留守儿童。
二、活动安排
时间　课程内容　地点
7月7日—7月18日　作业辅导、书法　枫林社区党群服务中心
7月21日—8月1日　科普实验、剪纸　湖滨社区新时代文明实践站
8月4日—8月15日　防溺水安全教育、阅读分享　街道图书分馆
三、工作要求
（一）各社区要认真做好报名登记，每期每个点位招收学生不超过40名，并与家长签订安全责任告知书。
（二）要加强安全管理，落实学生签到签退制度，每个点位安排不少于2名工作人员或志愿者全程看护。
（三）要注重宣传报道，及时总结推广好的经验做法。
联系人：街道未成年人保护工作站　郑秀英，电话：13906925588。
湖滨街道办事处
2025年6月26日
""",
    ),
    dict(
        slug="community-jinlin-lift-consultation-html-vote",
        site="金林苑社区网 (invented)",
        style="社区网站",
        genre="公示",
        kind="notice",
        form="html",
        source="https://www.jinlinyuan-sq.example.com/news/show/1102.html",
        title="金林苑小区3栋2单元加装电梯意见征询公示",
        record_title="【业主须知】金林苑小区3栋2单元加装电梯意见征询公示",
        record_date="2025-09-03",
        date="2025-09-03",
        notes="a residents' site for a lift retrofit: a neighbourhood app download strip, a weather widget, an opinion table (floor, households, agree), the notice tells owners to 扫码投票 and gives the residents' committee's own phone; a 'like' count, a comment form and a 'property service' sidebar",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【业主须知】金林苑小区3栋2单元加装电梯意见征询公示</title></head>
<body>
<div class="app-strip">⟦a 下载“邻里通”App，缴费报修更方便 ›⟧</div>
<div class="head">⟦m 金林苑社区网 · 共建共治共享⟧ <span class="wx">⟦m 今日 多云 21℃⟧</span></div>
<div class="menu">⟦m 社区首页 ｜ 通知公告 ｜ 物业服务 ｜ 邻里互助 ｜ 党建园地⟧</div>
<div class="post">
<h1>⟦t 【业主须知】金林苑小区3栋2单元加装电梯意见征询公示⟧</h1>
<div class="post-meta">⟦m 社区居委会　｜　阅读 688　｜　👍 41⟧</div>
<div class="post-body">
{BODY}
</div>
<form class="cmt"><textarea placeholder="文明发言，理性讨论">⟦l 发表你的看法⟧</textarea><button>⟦l 提交⟧</button></form>
</div>
<div class="side"><h4>⟦l 物业服务⟧</h4><p>⟦l 在线报修⟧</p><p>⟦l 物业费查询⟧</p><p>⟦l 停车位申请⟧</p></div>
</body></html>
""",
        body="""
金林苑小区3栋2单元全体业主：
根据《厦屿市既有住宅增设电梯实施办法》，3栋2单元部分业主提出加装电梯申请。经前期入户征询，现将意见征询情况公示如下：
楼层　户数　同意户数　不同意户数
1层　2　1　1
2层　2　2　0
3至7层　10　10　0
合计　14　13　1
本单元同意加装电梯的业主户数占比为92.9%，专有部分面积占比为93.4%，均已超过规定比例。
公示期为2025年9月3日至9月12日。对公示内容有异议的业主，请在公示期内以书面形式向社区居委会反映，也可扫描单元门口张贴的二维码在线提交意见；逾期未提出异议的，视为无异议。
联系电话：0592-5733168（社区居委会）。
金林苑社区居民委员会
2025年9月3日
""",
    ),
    dict(
        slug="lawsite-jichuan-falvfuwusuo-village-adviser-report",
        site="霁川县石港法律服务所 (invented)",
        style="律所网站",
        genre="工作报告",
        kind="report",
        form="text",
        source="https://www.shigangflfws.example.com/news/dt/2025/0115/96.html",
        title="2024年度担任石港镇村（社区）法律顾问工作情况报告",
        date="2025-01-15",
        notes="a township legal-service office's site: its slogan, a free-consultation prompt with a hotline (contact), service nav, the report's statistics table, a general-information notice in new words, a 'workers' sidebar and the office's address; signature date",
        page="""
!m 霁川县石港法律服务所　|　家门口的法律服务
!w 免费法律咨询：0795-4470161（工作日9:00-18:00）
!m 本所简介　法律工作者　服务项目　办事指南　本所动态　联系我们
{T}
!m 来源：石港法律服务所　阅读量：143
{BODY}
!d 网站文章仅为一般性信息，不针对任何具体情形；读者处理具体问题，应另行咨询法律专业人员。
!l 法律工作者：王正衡 主任　｜　梁思雨　｜　查看全部 ›
!m 地址：霁川县石港镇紫阳街56号　邮编：336100
""",
        body="""
石港镇人民政府：
根据本所与贵镇签订的《村（社区）法律顾问服务协议》，2024年度本所指派3名基层法律服务工作者担任石港镇14个村（社区）的法律顾问。一年来，顾问人员认真履行职责，为基层依法治理提供了有力的法律服务。现将工作情况报告如下：
一、主要工作
服务项目　数量
提供法律咨询　326人次
审查村级合同　58份
参与调解矛盾纠纷　41起
开展法治讲座　16场
代理法律援助事项　7件
二、工作成效
顾问人员坚持每月到村开展“法律门诊”，帮助村（社区）审查了土地流转、工程承包等合同，提出修改意见120余条，有效防范了村集体资产流失风险；参与调解的41起矛盾纠纷中，调解成功37起。
三、存在的不足和改进措施
部分村群众对法律顾问制度知晓率不高，少数村法律顾问作用发挥不够充分。2025年，本所将进一步加强宣传，推行“线上+线下”服务模式，让群众遇事找法更加便捷。
霁川县石港法律服务所
2025年1月15日
""",
    ),
    dict(
        slug="exam-tiaozhou-zhicheng-notice-pdf-diamond-markers",
        site="苕洲市人才评价服务网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://rcpj.tiaozhou.example.gov.cn/zcps/tzgg/2025/0612/P020250612.pdf",
        title="关于做好2025年度工程系列中级职称评审工作的通知",
                date="2025-06-12",
        notes="a title-evaluation service site showing a PDF's text: a login bar, a document number (neutral), page markers ⋄N⋄ glued to the continuation, the notice's own declaration-system URL and 咨询电话, 附件 list, a 'policy Q&A' box",
        pages=dict(fmt="⋄{n}⋄", every=230, start=2, glue=True, sep=" "),
        page="""
!m 苕洲市人才评价服务网
!a 个人登录　｜　单位登录　｜　评审结果查询
!m 职称评审 › 通知公告
!t 【职称评审】关于做好2025年度工程系列中级职称评审工作的通知
苕人社函〔2025〕58号
{BODY}
!l 政策问答：工程系列中级职称申报学历资历条件怎么算？ ›
!m 苕洲市人力资源和社会保障局　浙ICP备12003318号-2
""",
        body="""
各县（市、区）人力资源社会保障局，市直各单位：
为做好2025年度工程系列中级职称评审工作，现将有关事项通知如下：
一、评审范围
在我市企事业单位从事工程技术工作的专业技术人员，包括建筑工程、水利工程、电子信息、机械工程、环境工程等专业。
二、申报条件
申报人员应遵守国家法律法规，具有良好的职业道德，并符合《浙江省工程技术人员职称评价条件》规定的学历、资历和业绩条件。
三、申报程序
（一）个人申报。申报人员于2025年7月1日至7月31日登录苕洲市职称申报评审系统（https://zcsb.tiaozhou.example.gov.cn）填报信息并上传相关材料。
（二）单位审核。申报人所在单位对申报材料的真实性进行审核，并在单位内部公示不少于5个工作日。
（三）主管部门审核。主管部门对申报材料进行复核后，于8月20日前报送市职称评审办公室。
四、有关要求
各单位要严格审核把关，对弄虚作假的申报人员，一经查实，取消其当年申报资格，3年内不得申报；已取得职称的，予以撤销。
咨询电话：0572-2203367。
附件：1. 2025年度工程系列中级职称评审专业目录
2. 职称申报诚信承诺书
苕洲市人力资源和社会保障局
2025年6月12日
""",
    ),
    dict(
        slug="training-langyu-yuying-brochure-ads",
        site="琅屿巧手母婴护理培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="text",
        source="https://www.qiaoshou-muying.example.com/zsjz/2025-03.html",
        title="2025年第三期育婴员职业技能培训招生简章",
        record_title=None,
        date=None,
        notes="a maternity-care training school: no record title, the page's title decorated with 【补贴名额有限】; an enrolment hotline and an online sign-up button, a subsidy banner, course ads and graduate testimonials under the text, a WeChat consultant; the brochure's own fee table and address; no date",
        page="""
!m 巧手母婴培训 — 人社部门定点培训机构
!w 招生热线：0855-7388811　　张老师 139 8551 2020（微信同号）
!t 2025年第三期育婴员职业技能培训招生简章【补贴名额有限】
!a 在线报名 ›　　免费试听
!m 课程中心 / 招生简章　　已有 1,864 人浏览
{BODY}
!l 学员心声：“学完拿证第二周就上户了，月薪八千多。”——2024年第二期学员 罗女士
!l 热门课程：高级催乳师　｜　产后康复师　｜　小儿推拿
!a 👉 点击咨询，获取最新开班时间
""",
        body="""
为满足家庭对专业母婴护理服务的需求，促进妇女就业创业，经县人力资源和社会保障局批准，我校将举办2025年第三期育婴员职业技能培训班。现将招生事项公告如下：
一、招生对象
年龄在18至55周岁，身体健康，具有初中及以上文化程度，有志于从事母婴护理工作的城乡劳动者。
二、培训内容
新生儿生活照料、婴幼儿日常保健、早期教育、常见病预防与护理、产妇月子护理等。理论教学与实操训练相结合，实操课时不少于总课时的60%。
三、培训时间和费用
项目　内容
培训时间　25天（周一至周六）
培训费用　2400元
补贴政策　经考核合格取得证书的，可按规定申领职业技能培训补贴
四、报名方式
携带本人身份证、户口簿复印件和近期一寸照片2张，到琅屿县富民路32号巧手母婴护理培训学校报名。
五、就业推荐
培训合格的学员，学校免费推荐到合作的家政服务企业和月子会所就业。
""",
    ),
    dict(
        slug="dangjian-yanhu-liangxin-notice-markers-bracket",
        site="砚湖两新党建网 (invented)",
        style="党建网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://lxdj.yanhu.example.gov.cn/tzgg/2025/0408/61.html",
        title="关于开展2025年度非公企业党组织书记轮训的通知",
        record_title="关于开展2025年度非公企业党组织书记轮训的通知 —— 砚湖两新党建网",
        date="2025-04-08",
        notes="a Party committee for non-public enterprises and social organisations: the site's slogan, a 'study online' button, a document number (neutral), page markers ⸠N⸡ cutting sentences on lines of their own, a training table, the committee's own 联系人/电话 and a 回执 e-mail, a 'publish / print' row",
        pages=dict(fmt="⸠{n}⸡", every=170, start=2),
        page="""
!m 砚湖两新党建网　党旗飘扬在两新组织
!a 党员在线学习 ›
!m 首页 > 通知公告
{T}
砚两新党〔2025〕6号
!m 发布：市委两新工委　点击：522
{BODY}
!a 【 发布 】【 打印 】【 关闭 】
!m 中共砚湖市委两新组织工作委员会　地址：砚湖市市民中心B区809室
""",
        body="""
各县（市、区）委两新工委，市直各行业党委：
为进一步提升非公企业党组织书记的政治素质和履职能力，推动非公企业党建工作提质增效，市委两新工委决定开展2025年度非公企业党组织书记轮训。现将有关事项通知如下：
一、培训对象
全市规模以上非公企业党组织书记，共计约420人。
二、培训安排
期次　时间　参训范围
第一期　4月22日—24日　砚东区、高新区
第二期　5月13日—15日　砚西区、经开区
第三期　6月10日—12日　各县（市）
三、培训内容
主要包括党的创新理论、非公企业党建工作实务、党建引领企业发展案例分析、现场教学等。
四、有关要求
（一）参训人员须全程参加培训，无特殊情况不得请假。
（二）各单位请于4月15日前将参训人员回执发送至邮箱yhlxdj@163.com。
联系人：市委两新工委组织科　陆雯，电话：0712-3387612。
中共砚湖市委两新组织工作委员会
2025年4月8日
""",
    ),
    dict(
        slug="wenku-junxi-linzhang-points-down-arrow-markers",
        site="书林文库 (invented)",
        style="文库预览",
        genre="工作要点",
        kind="plan",
        form="text",
        source="https://www.shulinwk.example.com/doc/2025/031455218.html",
        title="筠溪县2025年林长制工作要点",
        record_title=None,
        date=None,
        notes="a 文库 preview of a forest-chief office's work points: no record title, the page's title decorated with （完整版）; page markers ▼N cutting sentences (glued or not), a 'rate this document' row, a VIP prompt in new words, a 'people who read this' box and an upload notice; no date (a year in the title only)",
        pages=dict(fmt="▼{n}", every=150, start=2, glue="mix", sep=" "),
        page="""
!m 书林文库　·　政务公文 › 林业
!t 筠溪县2025年林长制工作要点（完整版）
!m 页数：4　下载：31　评分：4.6
{BODY}
!a 开通书林VIP，本文及百万文档免费下载
!l 看过本文的人还在看：林长制工作总结　｜　护林员管理办法　｜　森林防火工作方案
!l 给文档打分：☆☆☆☆☆
!d 文档由作者上传分享，书林文库对内容不作审核，如涉及侵权请提交申诉。
""",
        body="""
2025年全县林长制工作的总体要求是：坚持生态优先、绿色发展，全面压实各级林长责任，持续提升森林资源保护发展水平，推动林长制从“全面建立”向“全面见效”转变。
一、压实林长责任体系
1. 健全县、乡、村三级林长组织体系，及时调整林长名单并向社会公示；
2. 落实林长巡林制度，县级林长每年巡林不少于2次，乡级林长每季度不少于1次，村级林长每月不少于1次；
3. 完善“林长+护林员”网格化管理，全县划分护林网格326个，护林员全部配备巡护终端。
二、加强森林资源保护
严格林地用途管制，严厉打击毁林开垦、非法占用林地等违法行为；扎实做好森林防灭火工作，确保全年森林火灾受害率控制在0.3‰以下；加强松材线虫病等重大林业有害生物防控。
三、推进国土绿化和森林质量提升
全年完成人工造林1.2万亩、森林抚育5万亩，建设森林乡村示范村8个。
四、强化督查考核
将林长制工作纳入乡镇综合考核，实行“一季一督查、半年一通报、年终一考核”，对工作不力的予以约谈问责。
""",
    ),
]
