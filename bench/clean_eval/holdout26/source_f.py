"""holdout26, part F: forwarded mails (an airport's and a power company's), a wrapped
portal notice, one-line and marker-cut 文库 texts, wrapped 范文 pages, a WeChat mirror, a
news portal, a sharing page, a Party site and a college page. Everything invented; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="mail-fwd-airport-winter-notice-text",
        site="萝湾机场邮件系统 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:ops@luowan-airport.example.com?msg=20251112-0931",
        title="关于做好今冬明春除冰雪保障工作的通知",
        record_title="Fwd: 关于做好今冬明春除冰雪保障工作的通知",
        date="2025-11-10",
        date_also=["2025-11-12"],
        notes="a forwarded mail: Fwd: title, mail headers (发件人/收件人/时间/主题), the sender's forwarding remark, a mail-system 附件 header beside the document's own 附件 list (kept), a mobile-client signature; the notice's date expected, the send date accepted",
        page="""
!m 发件人：运行指挥中心 <ops@luowan-airport.example.com>
!m 发送时间：2025年11月12日(星期三) 上午9:31
!m 收件人：各保障部门
!t 主题：Fwd: 关于做好今冬明春除冰雪保障工作的通知
!m 附件：1个（除冰雪保障任务分工表.xlsx，23KB）
各位好，转发民航萝湾监管局通知，请认真落实。
!m ---------- 转发的邮件 ----------
{BODY}
!m 发自我的移动邮箱客户端
""",
        body="""
各运输机场：
为做好今冬明春除冰雪保障工作，确保航班运行安全，现将有关要求通知如下。
一、11月20日前完成除冰雪设备的检修和试车，完成除冰液、融雪剂的储备。
二、修订完善除冰雪预案，每个机场至少组织一次实战演练。
三、降雪期间实行领导带班和二十四小时值班，每日17时前报送保障情况。
附件：1．除冰雪保障任务分工表
2．除冰雪设备情况统计表
民航萝湾监管局
2025年11月10日
""",
    ),
    dict(
        slug="mail-reply-chain-power-supply-request-html",
        site="蕤阳供电公司企业邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.ryepower.example.com/read?mid=ZC44801",
        title="关于申请农村电网巡视无人机购置经费的请示",
        record_title="回复：Re: 关于申请农村电网巡视无人机购置经费的请示.docx",
        date="2025-03-20",
        notes="webmail reader: a reply-chain title with a .docx file name, mail header table, a quoted earlier reply (chrome: quote header), a 'reply/forward/delete' toolbar, an address-book sidebar; the request's own 联系人/电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>读信 - 蕤阳供电公司企业邮箱</title></head><body>
<div class="tb">⟦a 回复　全部回复　转发　删除　标为未读⟧</div>
<table class="head"><tr><td>⟦t 回复：Re: 关于申请农村电网巡视无人机购置经费的请示.docx⟧</td></tr>
<tr><td>⟦m 发件人：运检部 昝志强⟧</td></tr><tr><td>⟦m 时间：2025-03-24 16:20⟧</td></tr><tr><td>⟦m 收件人：财务部；办公室⟧</td></tr></table>
<div class="mailbody">
<p>财务部：正文见下，请审核。</p>
{BODY}
<div class="quote">⟦m ------------------ 原始邮件 ------------------⟧<br>⟦m 发件人：财务部 仇敏　2025-03-22 10:05　主题：Re: 请补充预算明细⟧</div>
</div>
<div class="side">⟦l 通讯录　｜　文件中转站　｜　日历⟧</div>
</body></html>
""",
        body="""
公司：
目前我公司所辖农村配电线路长达三千二百公里，人工巡视效率低、风险大。为提升线路巡视质量，拟购置巡视无人机六台，现请示如下：
一、购置内容：多旋翼巡检无人机六台、备用电池二十四块、地面站软件一套。
二、经费预算：共计四十二万元，拟在公司年度技改资金中列支。
妥否，请批示。
联系人：昝志强，电话：0731-8891566。
蕤阳供电公司运维检修部
2025年3月20日
""",
    ),
    dict(
        slug="gov-xuanzhou-audit-rectification-wrapped",
        site="萱州市审计局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://sjj.xuanzhou.example.gov.cn/sjgg/2025/1215/402.html",
        title="萱州市2024年度市级预算执行审计查出问题整改情况的公告",
        record_title="萱州市2024年度市级预算执行审计查出问题整改情况的公告",
        date="2025-12-15",
        notes="a portal text page copied from a PDF layer: hard-wrapped at 66 columns, a rectification table, a 索引号 line, a 'related documents' list, the portal's 政务服务 phone in the footer",
        wrap=66,
        indent="　　",
        page="""
!m 萱州市审计局 > 审计结果公告
!m 索引号：XZSJ-2025-0038　　生成日期：2025-12-15
{T}
{BODY}
!l 相关文件：萱州市2024年度市级预算执行和其他财政收支的审计工作报告
!m 网站联系电话：0735-2127600
""",
        body="""
根据《中华人民共和国审计法》的规定，现将萱州市2024年度市级预算执行和其他财政收支审计查出问题的整改情况公告如下。
一、整改工作总体情况
审计查出的五十二个问题中，已完成整改四十七个，正在整改五个，整改率为百分之九十点四；通过整改上缴财政资金三千二百万元，制定完善制度十九项。
二、主要问题整改情况
问题类别　问题个数　已整改　整改中
预算编制不精准　14　13　1
专项资金拨付滞后　18　16　2
政府采购不规范　20　18　2
三、下一步工作
对尚未完成整改的问题，市审计局将持续跟踪督促，整改结果将另行公告。
萱州市审计局
2025年12月15日
""",
    ),
    dict(
        slug="wenku-moyu-speech-oneline-markers",
        site="墨语文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.moyuwk.example.com/doc/88301227.html",
        title="在全市邮政行业安全生产工作会议上的讲话",
        record_title="在全市邮政行业安全生产工作会议上的讲话",
        record_date="2025-03-26",
        date="2025-03-26",
        notes="a 文库 text layer all on one line, cut by ◈ N ◈ markers inside it; record title and date; a page-count line and a preview-end prompt",
        oneline=True,
        indent="    ",
        pages=dict(fmt="◈ {n} ◈", every=120, start=2),
        page="""
!m 墨语文库 · 公文写作
{T}
!m 共4页 | 2.6千字 | 浏览 932
{BODY}
!a —— 预览结束，剩余1页可下载阅读 ——
!a 下载文档（券×1）
""",
        body="""
同志们：
今天召开全市邮政行业安全生产工作会议，主要任务是分析当前行业安全形势，部署今年安全生产工作。
去年，全市邮政快递业务量突破一亿件，行业保持了安全平稳的良好态势。但我们也要清醒看到，寄递渠道安全风险依然存在。
今年，各企业要严格落实收寄验视、实名收寄、过机安检三项制度，确保不发生重大安全事故。
同志们，安全生产责任重于泰山，让我们共同努力，为全市经济社会发展提供安全畅通的寄递服务。
""",
    ),
    dict(
        slug="fanwen-jinmo-plan-wrapped-markers-glued",
        site="锦墨范文网 (invented)",
        style="范文站",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://www.jinmofw.example.com/fangan/2025/38812.html",
        title="乡镇防汛抢险应急演练方案",
        record_title="乡镇防汛抢险应急演练方案（通用2篇）_锦墨范文网",
        date="2025-05-20",
        notes="a 范文 page copied from a preview: wrapped at 60 columns, ⟡N⟡ markers glued to the continuation line, a writing-service prompt on a line between paragraphs, a 'next piece' link",
        wrap=60,
        pages=dict(fmt="⟡{n}⟡", every=110, start=2, glue=True),
        page="""
!m 锦墨范文网 ▎ 应急预案 ▎ 演练方案
!t 乡镇防汛抢险应急演练方案（通用2篇）
!m 作者：佚名　时间：2026-02-08　人气：1488
{BODY}
!l 下一篇：社区消防应急疏散演练方案
!d 本站范文仅供学习参考，请勿直接照搬使用
""",
        body="""
为检验防汛应急预案的可操作性，提高应对突发汛情的处置能力，镇防汛抗旱指挥部决定于5月下旬组织开展防汛抢险应急演练，特制定本方案。
一、演练时间和地点
2025年5月28日上午9时，艾塘镇杨柳河堤段。
⟦w 写材料没思路？专业写手一对一代笔，微信 jinmo_8899⟧
二、演练科目
（一）堤防管涌险情处置；（二）转移安置受威胁群众；（三）水上搜救。
三、参演力量
镇应急民兵分队三十人，各村抢险队伍六十人，镇卫生院医疗救护组五人。
四、工作要求
各参演单位要高度重视，确保演练安全有序，演练结束后及时总结。
艾塘镇防汛抗旱指挥部
2025年5月20日
""",
    ),
    dict(
        slug="fanwen-wenhai-insight-guqin-study-class",
        site="文海范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://m.wenhaifw.example.net/xinde/33120.html",
        title="参加古琴艺术研习班心得体会",
        record_title=None,
        date=None,
        notes="a mobile 范文 page: no record title; the title thrice (page head, article, glued to the first sentence); a copy-lock line and a 'tap to expand' line between paragraphs; a print and export row; no date",
        page="""
!t 参加古琴艺术研习班心得体会
!m 文海范文 › 心得体会 › 学习心得
{T}
{BODY}
!a 复制 ｜ 导出Word ｜ 打印
!l 更多心得体会范文 ＞＞
""",
        body="""
⟦t 参加古琴艺术研习班心得体会⟧这个暑假，我参加了市文化馆举办的古琴艺术研习班，一共学习了二十天。
刚开始，我连最简单的散音都弹不准，老师告诉我，弹琴先要静心，心静了，音自然就正了。
⟦a 内容已折叠，点击展开全文 ▼⟧
二十天里，我学会了《秋风词》和《仙翁操》两首小曲，也了解了古琴三千多年的历史。
这次研习让我明白，传统艺术需要慢下来、沉下去，才能真正体会其中的韵味。
""",
    ),
    dict(
        slug="wechat-jingwu-aviation-college-mirror-text",
        site="茴港航院发布 (公众号镜像, invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://wxmirror.example.org/mp/huigangair/2025/0918a",
        title="我院学子在全国民航职业技能大赛中获一等奖",
        record_title="喜报！我院学子在全国民航职业技能大赛中获一等奖",
        date="2025-09-18",
        notes="a WeChat mirror: a decorated title, 'star the account' prompt at the top, an account line with date (page's date), a 'scroll for more' gif caption, editor/reviewer block glued to the last paragraph, a 'read more' row",
        page="""
!a 点击蓝字关注 ｜ 设为星标，不错过每一条推送
!t 喜报！我院学子在全国民航职业技能大赛中获一等奖
!m 茴港航院发布　2025年09月18日 19:30　广东
{BODY}
!l 往期推荐：我院举行2025级新生开学典礼 ｜ 航空维修实训中心揭牌
!l 分享　收藏　在看　点赞
""",
        body="""
9月13日至16日，全国民航职业技能大赛在成都举行。我院飞机机电设备维修专业学生代表队荣获团体一等奖。
本次大赛共有六十四所院校的二百余名选手参赛，比赛设理论考试、发动机孔探和部件拆装三个项目。
⟦m ↓↓↓ 下滑查看比赛精彩瞬间 ↓↓↓⟧
我院代表队经过半年集训，在部件拆装项目中以满分的成绩位列第一。⟦m 文字丨教务处　编辑丨蔡小鱼　审核丨汪海⟧
""",
    ),
    dict(
        slug="news-jiyuan-seismic-drill-html-byline",
        site="蓟原在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jiyuanol.example.com/news/shehui/2025/1109/60231.html",
        title="蓟原县举行地震应急救援综合演练",
        record_title=None,
        date="2025-11-09",
        notes="a county news portal: no record title; a 'listen' button, byline 发布时间, a video placeholder caption between paragraphs, a 'more from this channel' list and a hotline for news tips (chrome) while the body mentions 12345 in a sentence (kept)",
        page="""
<html><head><meta charset="utf-8"><title>蓟原县举行地震应急救援综合演练_社会_蓟原在线</title></head><body>
<div class="logo">⟦m 蓟原在线⟧ ⟦l 首页 本地 社会 民生 视频⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-11-09 18:22　来源：蓟原县融媒体中心⟧ ⟦a 🔊 听新闻⟧</div>
<div class="content">
{BODY}
</div>
<div class="more">⟦l 社会频道更多 ›⟧<p>⟦l 县城新增两处应急避难场所⟧</p></div>
<div class="foot">⟦m 新闻爆料：0719-3300110⟧ ⟦d 蓟原在线所刊载内容之知识产权为蓟原在线所有⟧</div>
</body></html>
""",
        body="""
11月8日，蓟原县在县体育中心举行地震应急救援综合演练，消防、医疗、电力、通信等十二支队伍共四百余人参加。
演练模拟县城发生5.8级地震，多栋建筑受损、人员被困。救援队伍按照“先救人、后救物”的原则，迅速开展搜救和伤员转运。
⟦m 【视频】演练现场直击⟧
县地震局负责人表示，群众如发现房屋裂缝等震后隐患，可拨打12345热线反映，相关部门将及时处置。
""",
    ),
    dict(
        slug="docshare-luyun-minutes-chorus-page-markers",
        site="鹿云共享文档 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.luyun-doc.example.com/p/10029384.html",
        title="老年大学合唱团团务会议纪要",
        record_title="老年大学合唱团团务会议纪要.pdf",
        date="2025-03-12",
        notes="a sharing page: a .pdf file name, 《第N面》 markers cutting sentences on their own lines, minutes' 时间/地点/主持/参会 lines, an uploader line with an upload stamp (no date), a points prompt",
        pages=dict(fmt="《第{n}面》", every=120, start=2),
        page="""
!m 鹿云共享文档　|　教育　>　老年教育
!t 老年大学合唱团团务会议纪要.pdf
!m 上传：合唱团文书　上传于：2025-03-15　页数：3
{BODY}
!a 本文档下载需 5 鹿币，开通会员免费下载
!l 还可以找：合唱团章程 ｜ 老年大学学员守则
""",
        body="""
时间：2025年3月11日下午2时
地点：萱州老年大学音乐教室
主持：团长 蔺秀英
参会：团委会成员、各声部长共十一人
会议讨论了本学期排练计划和五月份参加全市老年合唱比赛的准备工作，形成以下意见：
一、本学期每周三下午增加一次分声部排练，由各声部长负责组织。
二、比赛曲目确定为《我和我的祖国》和《茉莉花》，由吕老师担任指挥。
三、请各位团员于3月底前缴纳演出服费用，有困难的可向团委会提出。
萱州老年大学合唱团
2025年3月12日
""",
    ),
    dict(
        slug="dangjian-youzheng-post-party-insight-text",
        site="邮政党建在线 (invented)",
        style="党建网",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://dj.post-party.example.cn/xxxd/2025/08/1140.html",
        title="“邮路党旗红”主题实践活动心得体会",
        record_title="【学习心得】“邮路党旗红”主题实践活动心得体会",
        date="2025-08-14",
        notes="a postal Party site: a decorated title, an author line with 发布时间 (the page's date), an inline study-points widget glued after the first paragraph, a 'previous/next' pair in other words",
        page="""
!m 邮政党建在线　｜　学习心得
!t 【学习心得】“邮路党旗红”主题实践活动心得体会
!m 作者：萝湾县邮政分公司 乡邮员 鄢春生　发布时间：2025-08-14
{BODY}
!l ‹ 上一则：以党建引领激活农村寄递“最后一公里”
!l 下一则：党员先锋投递岗事迹选登 ›
""",
        body="""
作为一名在山区跑了十九年邮路的老党员，参加“邮路党旗红”主题实践活动，我感触很深。⟦a 【学习积分+1】⟧
活动中，我们支部为每位乡邮员配发了党员先锋袋，里面装着常用药品、老花镜和政策宣传单，走到哪里就把服务送到哪里。
今年上半年，我在邮路上帮村民代购代缴一百三十多次，还帮两位留守老人申请到了临时救助。
我将继续守好这条邮路，让党旗在大山深处高高飘扬。
""",
    ),
    dict(
        slug="university-haiyang-univ-library-notice-text",
        site="茴港海洋大学图书馆 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://lib.hgou.example.edu.cn/tzgg/2025/0228/19.html",
        title="关于开展2025年“读书月”系列活动的通知",
        record_title="关于开展2025年“读书月”系列活动的通知-茴港海洋大学图书馆",
        date="2025-02-28",
        notes="a university library page: a search box line, an opening-hours line, an activity table, the library's own 咨询邮箱 and 电话 (kept) beside the footer's 馆长信箱, a sentence asking readers to follow the library's account (kept)",
        page="""
!a 馆藏检索：[ 请输入书名/作者/ISBN ]　检索
!m 开馆时间：周一至周日 8:00—22:00
!m 茴港海洋大学图书馆 > 通知公告
{T}
!m 发布者：读者服务部　2025-02-28 15:10
{BODY}
!m 馆长信箱：lib_director@hgou.example.edu.cn
""",
        body="""
各学院、全校师生：
为营造浓厚的校园读书氛围，图书馆将于3月举办2025年“读书月”系列活动，现将有关事项通知如下。
活动名称　时间　地点
海洋科普图书展　3月3日—3月31日　图书馆一楼大厅
“我与一本书”征文　3月1日—3月25日　线上提交
读书分享沙龙　3月20日晚7点　图书馆报告厅
欢迎广大师生关注图书馆服务号，及时了解活动动态。
咨询电话：0738-2286512，邮箱：dsy@hgou.example.edu.cn。
茴港海洋大学图书馆
2025年2月28日
""",
    ),
    dict(
        slug="forum-mocheng-motorcycle-club-pledge-text",
        site="摩程骑士论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://bbs.mocheng.example.com/forum/thread/40213",
        title="文明骑行安全出行倡议书",
        record_title="【车友会倡议】文明骑行安全出行倡议书 - 车友会专区 - 摩程骑士论坛",
        date="2025-04-01",
        notes="a motorcyclists' forum: a decorated title with board and site, an 发表于 line with the same date, a medal row, a floor-2 reply, junk lines and glued junk",
        junk=dict(lines=2, glued=1),
        page="""
!m 摩程骑士论坛 › 车友会专区
!t 【车友会倡议】文明骑行安全出行倡议书 - 车友会专区 - 摩程骑士论坛
!m 风行者老韩　发表于 2025-4-1 10:26
!m 勋章：🏍 老骑手　🏅 安全标兵
{BODY}
!l 2# 铁骑小周：支持！头盔一定要戴好
!a 点评　回复　分享
""",
        body="""
各位车友：
春暖花开，又到了骑行的好季节。为倡导文明骑行、保障大家的出行安全，榕坪县摩托车车友会向全体车友倡议：
一、骑行必戴头盔，不酒后骑行、不无证驾驶。
二、不飙车、不炸街，不改装排气管扰民。
三、结伴出行时保持车距，服从领队指挥。
四、遵守交通信号，礼让行人。
安全是回家最近的路，愿每一位车友平安出行、快乐骑行！
榕坪县摩托车车友会
2025年4月1日
""",
    ),
]
