"""holdout101, part D: a download station, personnel-exam sites, tender portals, law firms,
residents' sites and associations (a martial-arts school, an exam venue's lost property,
household-registration auxiliary police, bottled water, 5G base stations, seat belts,
matchmaking fraud, bus shelters, a community fridge, greenways, tactile paving). Invented."""

CASES = [
    dict(
        slug="download-oldtable-martial-arts-school-plan",
        site="百川文档下载 (invented, old table layout)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.baichuan-xz.example.com/html/fangan/2025/0305/6670.html",
        title="玑山武术学校2025年春季学期安全工作方案",
        record_title="玑山武术学校2025年春季学期安全工作方案.doc下载",
        title_in="decorated",
        date="2025-02-28",
        notes="old table layout: file-info table with 运行环境/授权, three mirror links, a dead-link report, a marquee; decorated record title ….doc下载; date under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>玑山武术学校2025年春季学期安全工作方案.doc下载 - 百川文档下载</title></head><body>
<table width="100%"><tr><td>⟦m 百川文档下载 — 专业文档下载基地⟧</td><td><marquee>⟦m 本站资料每日更新，欢迎收藏！⟧</marquee></td></tr></table>
<table><tr><td>⟦m 当前位置：首页 → 方案计划 → 学校方案⟧</td></tr></table>
<table class="info" border="1">
<tr><td>⟦m 资料名称：⟧</td><td>⟦t 玑山武术学校2025年春季学期安全工作方案⟧</td></tr>
<tr><td>⟦m 运行环境：Word/WPS⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
<tr><td>⟦m 下载次数：本日 3 总计 418⟧</td><td>⟦m 录入时间：2025-03-05⟧</td></tr>
</table>
<table><tr><td class="intro"><b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr></table>
<table><tr><td>⟦a 下载地址：[电信下载] [网通下载] [移动下载]⟧</td></tr><tr><td>⟦a 如果下载地址失效，请点击这里报告⟧</td></tr></table>
<table><tr><td>⟦d 本站资料由网友提供，仅供参考，请勿用于商业用途⟧</td></tr></table>
</body></html>
""",
        body="""
为切实做好本学期学校安全工作，保障全体师生人身安全，结合武术教学训练特点，制定本方案。
一、工作目标：杜绝重大安全事故，训练伤害事故明显下降，食品安全、消防安全零事故。
二、重点措施
（一）训练安全。教练员课前检查场地器械，学生训练前必须充分热身，器械对练须在教练直接指导下进行。
（二）宿舍安全。实行生活老师夜间查寝制度，严禁学生在宿舍私拉电线、使用大功率电器。
（三）食堂安全。严格执行食品留样制度，每餐留样不少于125克，保存48小时。
三、组织保障：成立以校长为组长的安全工作领导小组，每月召开一次安全形势分析会。
玑山武术学校
2025年2月28日
""",
    ),
    dict(
        slug="rsks-html-exam-venue-lost-property",
        site="翎原市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.lingyuanpta.example.gov.cn/ksxx/202504/t20250421_3312.html",
        title="2025年上半年事业单位公开招聘笔试考点遗失物品认领公告",
        record_title="2025年上半年事业单位公开招聘笔试考点遗失物品认领公告",
        record_date="2025-04-21",
        date="2025-04-21",
        notes="personnel-exam site: a floating consult box, the site's technical-support line beside the exam office's own 认领电话; a list of items one row a paragraph; date in the record",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年上半年事业单位公开招聘笔试考点遗失物品认领公告-翎原市人事考试网</title></head><body>
<div class="head">⟦m 翎原市人事考试网⟧ ⟦m 翎原市人事考试中心主办⟧</div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　证书领取⟧</div>
<div class="loc">⟦m 您所在的位置：首页 > 考试公告⟧</div>
<h3>⟦t 2025年上半年事业单位公开招聘笔试考点遗失物品认领公告⟧</h3>
<div class="sj">⟦m 日期：2025-04-21　点击：3861⟧</div>
<div class="nr">
{BODY}
</div>
<div class="float">⟦w 在线客服 工作日 9:00-17:00⟧</div>
<div class="foot">⟦m 网站技术支持电话：0898-6518200（仅限网站使用问题）⟧ ⟦m 琼ICP备12003318号⟧</div>
</body></html>
""",
        body="""
2025年上半年事业单位公开招聘笔试已于4月19日结束。考试结束后，各考点在考场内拾到考生遗失物品若干，现公告如下：
考点　物品　数量
翎原第一中学考点　身份证　2张
翎原第一中学考点　保温杯　5个
翎原实验学校考点　雨伞　7把
翎原实验学校考点　钥匙串　3串
请遗失物品的考生于5月21日前，携带本人有效身份证件到市人事考试中心一楼服务窗口认领，认领电话：0898-6518231。
逾期未认领的物品，将按有关规定处理。
翎原市人事考试中心
2025年4月21日
""",
    ),
    dict(
        slug="rsks-auxiliary-police-exam-timetable",
        site="珂城人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.kcrsks.example.com/news/2025-06/1188.html",
        title="珂城县公安局户籍窗口辅警招聘笔试公告",
        record_title="【考务公告】珂城县公安局户籍窗口辅警招聘笔试公告",
        date="2025-06-12",
        notes="exam timetable one row a paragraph; the sentence about 打印准考证 is content; the site's QQ group and a countdown as chrome; date under the signature",
        page="""
!m 珂城人事考试信息网
!m 首页 › 考试公告 › 招聘考试
!t 【考务公告】珂城县公安局户籍窗口辅警招聘笔试公告
!m 距离笔试还有 9 天
{BODY}
!w 备考交流群（QQ）：708331256　入群暗号：户籍
!a 收藏本页　推荐给好友
!l 相关公告：2025年县社区工作者招聘资格复审公告
!m 本站为考试信息服务平台，非官方网站
""",
        body="""
珂城县公安局户籍窗口辅警招聘笔试定于2025年6月21日举行。现将有关事项公告如下：
一、考生请于6月16日至20日登录报名系统下载并打印准考证，准考证上载明考场和座位号。
二、笔试时间安排
科目　时间
公共基础知识　9:00—11:00
户籍业务常识　14:30—16:00
三、考生须携带准考证和有效身份证件参加考试，开考30分钟后不得入场。
咨询电话：0375-4421903。
珂城县公安局政治处
2025年6月12日
""",
    ),
    dict(
        slug="tender-html-bottled-water-procurement",
        site="嶂口市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ccgp.zhangkou.example.gov.cn/cggg/202503/t20250312_4421.html",
        title="嶂口市机关事务服务中心桶装饮用水采购项目询价公告",
        record_title="嶂口市机关事务服务中心桶装饮用水采购项目询价公告",
        date="2025-03-12",
        notes="procurement portal: CA-lock hotline in the header, buyer and agency contacts kept in the body, a lots table; date from 发布时间 line and the document's date agree",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>嶂口市机关事务服务中心桶装饮用水采购项目询价公告_嶂口市政府采购网</title></head><body>
<div class="top">⟦m 嶂口市政府采购网⟧ ⟦w CA数字证书办理热线：400-700-6618⟧ ⟦a 供应商登录⟧</div>
<div class="nav">⟦m 首页 | 采购公告 | 结果公告 | 政策法规 | 下载专区⟧</div>
<div class="pos">⟦m 首页 >> 采购公告 >> 询价公告⟧</div>
<h1>⟦t 嶂口市机关事务服务中心桶装饮用水采购项目询价公告⟧</h1>
<div class="time">⟦m 发布时间：2025年03月12日 10:30　浏览次数：119⟧</div>
<div class="vF_detail_content">
{BODY}
</div>
<div class="tip">⟦a 我要报名　打印公告　关闭⟧</div>
<div class="ft">⟦m 主办单位：嶂口市财政局⟧ ⟦d 本网发布信息仅供参考，以采购文件为准⟧</div>
</body></html>
""",
        body="""
项目编号：ZKCG-2025-0318
一、采购需求
包号　品目　预算金额
1　18.9升桶装饮用水（含送水服务）　8.6万元
2　饮水机清洗消毒服务　1.2万元
二、供应商资格要求：具有食品生产或经营许可证，近三年无重大违法记录。
三、报价截止时间：2025年3月19日9时30分。
四、联系方式
采购人：嶂口市机关事务服务中心，联系人：郝婧，电话：0772-3160245。
采购代理机构：嶂口恒信招标代理有限公司，联系人：欧阳森，电话：0772-3188016。
""",
    ),
    dict(
        slug="tender-5g-base-station-bid-result",
        site="琚川招标采购服务平台 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="text",
        source="https://www.juchuanzb.example.com/zbgs/2025/0708/9901.html",
        title="琚川县农村5G基站配套工程中标候选人公示",
        record_title="琚川县农村5G基站配套工程中标候选人公示 - 琚川招标采购服务平台",
        date="2025-07-08",
        notes="bid candidates table one row a paragraph; the publicity period's dates inside sentences are not the date; a 'subscribe to alerts' action; date under the signature",
        page="""
!m 琚川招标采购服务平台 | 阳光交易 公平竞争
!m 当前位置：中标公示
!t 琚川县农村5G基站配套工程中标候选人公示 - 琚川招标采购服务平台
!m 信息来源：平台发布　更新时间：2025-07-08 16:44
{BODY}
!a 订阅招标提醒，商机早知道 >>
!l 同类公示：县城区智慧路灯改造工程中标公示
!l 同类公示：乡镇光纤入户工程中标公示
!d 免责声明：本平台仅提供信息发布服务，信息真实性由发布单位负责。
""",
        body="""
琚川县农村5G基站配套工程于2025年7月7日开标，经评标委员会评审，现将中标候选人公示如下：
排序　单位名称　投标报价
第一中标候选人　琚川通信工程有限公司　386.52万元
第二中标候选人　东岳信息网络建设有限公司　391.08万元
第三中标候选人　南华电信技术服务有限公司　397.60万元
公示期为2025年7月9日至7月11日。投标人对公示结果有异议的，请在公示期内以书面形式向招标人提出。
招标人：琚川县通信管线建设办公室
2025年7月8日
""",
    ),
    dict(
        slug="lawfirm-seat-belt-liability-article",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.hengzhenglaw.example.cn/pufa/2025/0419/227.html",
        title="乘客未系安全带受伤，责任如何划分？",
        record_title="法律讲堂｜乘客未系安全带受伤，责任如何划分？",
        date="2025-04-19",
        notes="law-firm article: lawyer card and phone as chrome; a disclaimer; the article's own numbered points; date in a 发表日期 line (the page's date)",
        page="""
!m 衡正律师事务所 · 交通事故与保险理赔
!m 首页 > 普法课堂 > 交通事故
!t 法律讲堂｜乘客未系安全带受伤，责任如何划分？
!m 发表日期：2025-04-19　撰稿：衡正律师事务所 梁岩律师
{BODY}
!w 遇到交通事故纠纷？梁律师团队 138-7102-2846（同微信）
!d 本文仅为普法交流，不构成针对具体案件的法律意见。
!l 推荐阅读：车辆贬值损失能否获赔？
!m 衡正律师事务所　地址：琼阳市新华路110号金茂大厦21层
""",
        body="""
在交通事故中，乘客因没有系安全带而受伤，常常引发“谁来担责”的争议。结合司法实践，我们谈几点看法。
1.事故责任方仍应承担主要赔偿责任。乘客未系安全带并不是事故发生的原因，造成事故的一方仍要依法赔偿。
2.乘客自身可能要承担一定比例的责任。法院通常认为，未系安全带扩大了损害后果，可以适当减轻侵权人的责任，比例一般在百分之五到百分之二十之间。
3.驾驶人的提醒义务不能忽视。驾驶人未提醒乘客系安全带的，在好意同乘等情形下可能被认定存在过错。
因此，我们提醒大家：无论坐在前排还是后排，上车后第一件事就是系好安全带。
""",
    ),
    dict(
        slug="lawfirm-html-matchmaking-fraud-lecture",
        site="澄信律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.chengxinlawyer.example.com/news/show-3318.html",
        title="警惕婚恋交友中的“杀猪盘”——在县妇联“平安家庭”讲座上的讲稿",
        record_title="警惕婚恋交友中的“杀猪盘”——在县妇联“平安家庭”讲座上的讲稿 - 澄信律师事务所",
        date="2025-05-20",
        notes="law-firm HTML: consult banner, lawyer's signature line neutral under the title, a date under the title; the lecture's own sentences about 扫码/下载 apps as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>警惕婚恋交友中的“杀猪盘”——在县妇联“平安家庭”讲座上的讲稿 - 澄信律师事务所</title></head><body>
<div class="hd">⟦m 澄信律师事务所⟧ ⟦w 免费法律咨询：0891-6239000⟧</div>
<div class="nav">⟦m 律所简介　专业领域　律师团队　律所动态　联系我们⟧</div>
<h1>⟦t 警惕婚恋交友中的“杀猪盘”——在县妇联“平安家庭”讲座上的讲稿⟧</h1>
<p class="by">澄信律师事务所律师　阮静宜</p>
<p class="d">（2025年5月20日）</p>
<div class="article">
{BODY}
</div>
<div class="pn">⟦l 上一篇：律所党支部开展主题党日活动⟧<br>⟦l 下一篇：彩礼返还纠纷的裁判规则⟧</div>
<div class="ft">⟦d ©澄信律师事务所 版权所有 转载请注明⟧</div>
</body></html>
""",
        body="""
各位姐妹、朋友们：
今天和大家聊一聊婚恋交友中的“杀猪盘”诈骗。这类骗局往往从婚恋网站、交友软件开始，骗子先花很长时间和你“谈感情”，再一步步把你引向投资、博彩平台。
第一个特征，对方身份光鲜却从不视频见面，总以工作忙、在国外等理由推脱。
第二个特征，对方会主动“带你赚钱”，让你扫码下载某个投资APP，先让你小赚几笔，等你加大投入就无法提现。
第三个特征，一旦你提出质疑，对方就用感情绑架你，甚至以分手相威胁。
记住一句话：网上谈恋爱，只要谈到钱，就要多个心眼。遇到可疑情况，请及时拨打110或向反诈中心求助。
""",
    ),
    dict(
        slug="community-bus-shelter-relocation-notice",
        site="栖霞里社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.qixiali.example.com/notice/2025/06/1902.html",
        title="关于和平路公交候车亭临时迁移的通知",
        record_title="【出行】关于和平路公交候车亭临时迁移的通知（附乘车指引）",
        date="2025-06-16",
        notes="residents' site: a neighbourhood WeChat-group prompt, 点赞 count; the notice's own 咨询电话 kept; a glued 'translate this page' action after a 。",
        page="""
!m 栖霞里社区网 · 您身边的社区服务
!t 【出行】关于和平路公交候车亭临时迁移的通知（附乘车指引）
!m 社区居委会　2025-06-16　阅读 1390　点赞 22
{BODY}
!w 想第一时间收到社区通知？加入邻里群，添加小助手微信 qxl-xiaozhu
!l 往期通知：关于开展夏季消杀的通知 / 社区食堂新增早餐档口
!m 栖霞里社区居民委员会　地址：和平路221号
""",
        body="""
各位居民朋友：
因和平路雨污分流改造施工，和平路口公交候车亭自6月20日起临时向北迁移约80米，设在和平路与学府街交叉口北侧。⟦a 一键翻译本页⟧
途经该站的3路、15路、K8路公交车停靠位置同步调整，线路走向不变。
施工期间请大家注意出行安全，老年人和带小孩的居民出行时请走人行道，不要横穿施工区域。
预计恢复时间为8月底，如有疑问请拨打社区服务电话：0851-8760512。
栖霞里社区居民委员会
2025年6月16日
""",
    ),
    dict(
        slug="community-html-community-fridge-initiative",
        site="梧桐湾社区 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wutongwan.example.org/news/detail?id=3321",
        title="“共享冰箱”爱心食物分享倡议书",
        record_title="“共享冰箱”爱心食物分享倡议书 | 梧桐湾社区",
        date="2025-08-01",
        notes="residents' HTML: community app download banner, weather widget, volunteer-signup button glued after a paragraph (on its own paragraph), comment box; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>“共享冰箱”爱心食物分享倡议书 | 梧桐湾社区</title></head><body>
<div class="app-banner">⟦a 下载“梧桐湾”APP，缴物业费、报修更方便⟧</div>
<div class="hdr">⟦m 梧桐湾社区⟧ <span>⟦m 晴 32℃ 空气良⟧</span></div>
<div class="crumbs">⟦m 社区 / 公益 / 倡议⟧</div>
<h1>⟦t “共享冰箱”爱心食物分享倡议书⟧</h1>
<div class="by">⟦m 社区公益服务站　8月1日发布⟧</div>
<div class="body">
{BODY}
</div>
<div class="comments">⟦l 邻居们的留言（5）⟧</div>
<div class="foot">⟦m 梧桐湾社区服务中心 © 2025⟧</div>
</body></html>
""",
        body="""
亲爱的邻居们：
社区党群服务中心门口新设了一台“共享冰箱”，用于存放居民自愿捐赠的未开封食品和新鲜果蔬，供有需要的居民免费取用。
为了让“共享冰箱”用得好、用得久，我们倡议：
一、放入的食品应在保质期内，熟食请当天放入并贴好日期标签。
二、取用时按需适量，不囤积、不转卖，把爱心留给更需要的人。
⟦a 我要报名当冰箱管理志愿者 >>⟧
三、请大家共同爱护冰箱，保持内外整洁。
梧桐湾社区党群服务中心
2025年8月1日
""",
    ),
    dict(
        slug="association-greenway-hiking-pledge",
        site="琅溪县户外运动协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.langxihw.example.org.cn/xhdt/2025/0405/118.html",
        title="文明徒步绿道倡议书",
        record_title="【协会倡议】文明徒步绿道倡议书",
        date="2025-04-05",
        notes="association page: member-join button, a 'sponsored by' line, a glued 'collect' action before a 。-ended paragraph start; numbered list; date under the signature",
        page="""
!m 琅溪县户外运动协会
!m 协会首页 | 协会动态 | 活动报名 | 入会申请
!t 【协会倡议】文明徒步绿道倡议书
!m 协会秘书处　发布：2025-04-05
{BODY}
!a 我要入会　活动报名
!m 本页赞助：琅溪山野户外用品店
!l 上一条：清明期间绿道徒步安全提示
!m Copyright 琅溪县户外运动协会　滇ICP备20015521号
""",
        body="""
广大徒步爱好者：
环湖绿道全线贯通以来，已成为大家周末徒步的好去处。为了让绿道更美、更安全，协会向大家发出倡议：
1.靠右行走，结伴而行，不在绿道上奔跑追逐，礼让骑行者和老人孩子。
2.自带垃圾袋，做到“来时什么样，走时什么样”，不在绿道沿线乱扔垃圾。
⟦a 收藏本倡议⟧3.不攀折花木，不惊扰水鸟，不在禁止区域下水游泳。
4.遇到身体不适或他人受伤，及时拨打120并联系绿道驿站工作人员。
琅溪县户外运动协会
2025年4月5日
""",
    ),
    dict(
        slug="association-html-tactile-paving-survey",
        site="沅城市无障碍环境促进会 (invented)",
        style="行业协会",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.ycwza.example.org/yjcg/2025/0603/65.html",
        title="沅城市主城区盲道使用情况调查报告",
        record_title="沅城市主城区盲道使用情况调查报告_研究成果_沅城市无障碍环境促进会",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="association HTML: accessibility toolbar (读屏/大字/高对比) as action chrome, member-only sidebar, decimal headings, a data table; date under the signature (the page's 06-05 also accepted)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>沅城市主城区盲道使用情况调查报告_研究成果_沅城市无障碍环境促进会</title></head><body>
<div class="a11y">⟦a 读屏　大字幕　高对比度　语音指读⟧</div>
<div class="brand">⟦m 沅城市无障碍环境促进会⟧</div>
<div class="nav">⟦m 首页 - 促进会概况 - 研究成果 - 会员服务⟧</div>
<h1>⟦t 沅城市主城区盲道使用情况调查报告⟧</h1>
<div class="meta">⟦m 研究部　2025-06-05　阅读 302⟧</div>
<div class="cont">
{BODY}
</div>
<div class="side">⟦l 会员专区：年度会费缴纳　会员证书查询⟧</div>
<div class="ft">⟦m 地址：沅城市建设路77号残疾人综合服务中心5楼⟧</div>
</body></html>
""",
        body="""
为掌握主城区盲道建设和使用情况，促进会于2025年5月组织志愿者对主城区十二条主次干道的盲道进行了实地踏勘。
1 总体情况
调查盲道总长约38.6公里，其中连续完好的占61%，存在中断、被占用或铺设错误的占39%。
2 主要问题
问题类型　发现处数
被车辆或摊位占用　146
盲道中断　83
走向错误（通向树池、电杆）　57
3 建议
3.1 城管部门加强盲道占用巡查，将盲道纳入“门前三包”管理。
3.2 新建和改造道路时，邀请视障人士参与盲道验收。
沅城市无障碍环境促进会
2025年6月3日
""",
    ),
]
