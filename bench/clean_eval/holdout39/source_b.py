"""holdout39, part B: an ice-sports centre's Party branch, a diabetes clinic, a college
paragliding club, a car-wash water notice on a county forum, a KTV trade pact on a download
station, an organ-donation coordinators' exam, a cruise terminal's cleaning tender, a law
firm's prepaid-card lecture for barbers, a residents' notice, a numismatic society's minutes,
a coffee estate and a paragliding school. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="dangjian-zhicheng-ice-centre-theme-day-html",
        site="枳城市直机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://djw.zhicheng.example.gov.cn/jcdj/2025/1204/7719.shtml",
        title="市冰雪运动中心党支部开展“冰场上的党课”主题党日活动",
        record_title="市冰雪运动中心党支部开展“冰场上的党课”主题党日活动-枳城市直机关党建网",
        date="2025-12-04",
        notes="modern Party-building portal with a red banner slogan, a breadcrumb and a study-score floating box; byline 发布日期 is the date; photo caption and a 'recommended' box between paragraphs; footer with 党建热线 and ICP",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>市冰雪运动中心党支部开展“冰场上的党课”主题党日活动-枳城市直机关党建网</title></head>
<body>
<div class="banner">⟦m 枳城市直机关党建网⟧<span>⟦m 不忘初心　牢记使命⟧</span></div>
<div class="nav">⟦m 首页　工作动态　基层党建　理论学习　清风机关　党员之家⟧</div>
<div class="loc">⟦m 您当前的位置 ： 首页 » 基层党建 » 支部风采⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="src">⟦m 发布日期：2025年12月04日　　信息来源：市冰雪运动中心　　【字体：大 中 小】⟧</p>
{BODY}
</div>
<div class="float">⟦a 学习积分打卡 >>⟧</div>
<div class="foot">⟦m 主办：中共枳城市直属机关工作委员会　党建热线：0736-8101234⟧<br>⟦m 湘ICP备11009283号-2⟧</div>
</body></html>
""",
        body="""
为庆祝中心冰场建成开放十周年，12月3日，市冰雪运动中心党支部在室内冰场开展“冰场上的党课”主题党日活动，全体党员和入党积极分子26人参加。
活动中，支部书记以《从一块冰场看十年变化》为题讲授专题党课，回顾了中心从借场地训练到承办省级赛事的发展历程。
⟦l 图为党员在冰场边重温入党誓词。⟧
随后，党员们分成三组，为前来体验的中小学生开展免费滑冰教学，并发放冰上安全知识手册200余份。
⟦l 【推荐阅读】市体育局机关党委召开年度组织生活会⟧
支部书记表示，将把主题党日与服务群众结合起来，推动党建工作和冰雪运动普及深度融合。
""",
    ),
    dict(
        slug="hospital-yushan-diabetes-lecture-two-phones",
        site="萸山县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yshospital.example.cn/news/notice/2025-11-05/3021.html",
        title="关于举办“联合国糖尿病日”系列义诊和健康讲座的通知",
        record_title="关于举办“联合国糖尿病日”系列义诊和健康讲座的通知_萸山县人民医院",
        date="2025-11-05",
        notes="a hospital site; the clinic's own 咨询电话 next to the site's 预约挂号 and 投诉 lines; a schedule table one row a paragraph; 'scan to follow' chrome and a sentence telling patients to 扫码 (content); glued share row",
        page="""
!m 萸山县人民医院　二级甲等综合医院
!m 预约挂号：0735-7112000　　投诉监督：0735-7112315
!m 医院首页 ＞ 新闻中心 ＞ 通知公告
!t 关于举办“联合国糖尿病日”系列义诊和健康讲座的通知
!m 编辑：宣传科　日期：2025-11-05　点击量：356
{BODY}
!a 扫一扫，关注医院服务号，就医更方便
!l 上一篇：我院顺利通过胸痛中心再认证
!l 下一篇：冬季流感高发，这份防护指南请收好
!d Copyright © 萸山县人民医院 版权所有
""",
        indent="　　",
        body="""
各位患者朋友：
11月14日是联合国糖尿病日。为提高群众对糖尿病的认识，我院内分泌科将于11月10日至14日开展系列义诊和健康讲座，具体安排如下：
日期　内容　地点
11月10日　免费测血糖　门诊大厅
11月12日　糖尿病饮食讲座　住院部五楼示教室
11月14日　专家义诊　门诊大厅
参加讲座的患者可提前扫码登记，现场凭登记信息领取血糖记录本。⟦l 分享到：朋友圈　微博⟧
讲座报名及咨询电话：0735-7112468（内分泌科）
萸山县人民医院
2025年11月5日
""",
    ),
    dict(
        slug="university-guacang-paragliding-rules-html",
        site="栝苍学院 (invented)",
        style="高校官网",
        genre="制度",
        kind="rules",
        form="html",
        source="https://www.guacang.example.edu.cn/tw/info/1032/5561.htm",
        title="栝苍学院学生滑翔伞社团飞行安全管理规定",
        record_title=None,
        date="2025-09-22",
        notes="no record title; university Youth-League page with a quick-link sidebar; title only in h1; decimal headings kept; an article speaking of 下载/打印 (content); a 'previous/next' footer; date from the byline",
        page="""
<html><head><meta charset="utf-8"><title>共青团栝苍学院委员会</title></head>
<body>
<div class="head"><span>⟦m 共青团栝苍学院委员会⟧</span><span>⟦m 青春栝苍　筑梦远航⟧</span></div>
<div class="menu">⟦m 团委概况 | 思想引领 | 社团活动 | 志愿服务 | 下载中心⟧</div>
<div class="left"><h3>⟦l 快速通道⟧</h3><ul><li>⟦l 社团年审系统⟧</li><li>⟦l 第二课堂成绩单⟧</li><li>⟦l 团费在线缴纳⟧</li></ul></div>
<div class="main">
<h1>{T}</h1>
<div class="att">⟦m 作者：社团管理中心　发布时间：2025-09-22　浏览次数：411⟧</div>
{BODY}
<div class="pn">⟦l 上一条：关于开展“青年大学习”专题测评的通知⟧<br>⟦l 下一条：校学生会换届选举结果公示⟧</div>
</div>
<div class="copy">⟦m 地址：栝苍市学府路188号　邮编：323800⟧ ⟦d 版权所有 © 栝苍学院团委⟧</div>
</body></html>
""",
        body="""
1 总则
1.1 为加强学生滑翔伞社团飞行活动管理，保障社员人身安全，制定本规定。
1.2 本规定适用于社团组织的所有地面训练和飞行活动。
2 飞行资格
2.1 社员须完成不少于20学时的地面培训，经教练考核合格后方可参加带飞。
2.2 独立飞行须取得行业协会颁发的初级飞行证书。
3 安全要求
3.1 每次飞行前，社员须从社团网站下载并打印当日飞行登记表，由带队教练签字后存档。
3.2 风速超过每秒6米、能见度低于3公里或有雷雨天气时，一律停止飞行。
3.3 严禁在未经批准的空域和场地飞行。
4 附则
本规定自发布之日起施行，由校团委社团管理中心负责解释。
""",
    ),
    dict(
        slug="localforum-yushan-carwash-notice-wrapped",
        site="萸山在线论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.yushanzx.example.com/forum.php?mod=viewthread&tid=188204",
        title="关于加强城区洗车场节约用水管理的通知",
        record_title="城区洗车场要装循环水设备了！附通知原文",
        title_in="decorated",
        date="2025-08-19",
        date_also=["2025-08-21"],
        notes="a county forum repost: the record title is the poster's headline; the notice hard-wrapped at 58 columns with a glued page-less wrap; the poster's aside lines; post time another date (also accepted); signature date",
        wrap=58,
        page="""
!m 萸山在线 » 萸山杂谈 » 城区洗车场要装循环水设备了！附通知原文
!m 楼主：西门老胡　发表于 2025-8-21 07:55　| 查看: 2314 | 回复: 41
!w 我开洗车店的，有问题可以私信我，店里电话 139-0735-2260 哈哈
{BODY}
!l 本帖最后由 西门老胡 于 2025-8-21 08:03 编辑
!l 2#　阿勇：早该管管了，路边洗车污水横流
!l 回复　支持(15)　反对(0)
!d 免责声明：本帖内容由网友发布，仅代表个人观点，与萸山在线立场无关。
""",
        indent="    ",
        body="""
城区各洗车经营单位：
为落实节水型城市创建要求，规范洗车行业用水行为，经研究，现就加强城区洗车场节约用水管理有关事项通知如下：
一、2025年12月31日前，城区所有洗车场须安装循环水处理设备，循环水利用率不低于百分之七十。
二、洗车场须单独安装用水计量水表，按照特种行业用水价格缴纳水费，不得私接公共水管。
三、县水利局将会同城管、市场监管等部门开展联合检查，对逾期未完成改造的洗车场，依法责令整改。
联系电话：0735-7160087（县节水办）
萸山县水利局
2025年8月19日
""",
    ),
    dict(
        slug="download-qiansou-ktv-pact-old-table",
        site="千搜资料站 (invented)",
        style="资料下载站",
        genre="公约",
        kind="pledge",
        form="html",
        source="http://www.qiansou.example.net/soft/gongwen/20250412_66301.html",
        title="琚水市娱乐场所行业自律公约",
        record_title="琚水市娱乐场所行业自律公约 免费下载",
        date="2025-04-10",
        notes="old table layout of a download station: file-info table (size, grade, update time), three mirror links, a 'report dead link' line, a 'decompress password' line; the pact's own signing date; update time is not the document's date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>琚水市娱乐场所行业自律公约 免费下载</title></head>
<body bgcolor="#f2f2f2">
<table width="960" align="center" cellpadding="0"><tr><td>⟦m 千搜资料站 — 公文资料一站下载⟧</td><td align="right">⟦a 设为首页 | 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：千搜资料站 → 公文范本 → 行业管理⟧</td></tr></table>
<table width="960" align="center" border="1" class="info">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：28 KB⟧</td><td>⟦m 资料等级：★★★☆☆⟧</td></tr>
<tr><td>⟦m 更新时间：2025-04-12⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td colspan="2">⟦l 下载地址：电信下载一　联通下载二　备用下载三⟧</td></tr>
<tr><td colspan="2">⟦d 解压密码：www.qiansou.example.net⟧　⟦a 下载地址失效请点此报告⟧</td></tr>
</table>
<table width="960" align="center"><tr><td class="intro">⟦m 资料简介：⟧
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦l 相关资料：KTV消防安全检查表　歌舞厅治安管理制度　网吧行业自律公约⟧</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 本站资料均来自网络，版权归原作者所有，请下载后24小时内删除。⟧<br>⟦m 千搜资料站 © 2008-2025　苏ICP备08127756号⟧</td></tr></table>
</body></html>
""",
        p_html="<br>{}",
        body="""
为规范全市娱乐场所经营行为，营造健康文明的娱乐环境，全体会员单位共同制定本公约，自愿遵守。
第一条　守法经营。严格遵守娱乐场所管理条例，不超时营业，不接待未成年人。
第二条　文明服务。不播放含有禁止内容的曲目，歌曲点播系统内容及时更新审核。
第三条　安全第一。保持疏散通道和安全出口畅通，每季度开展一次消防演练。
第四条　公平竞争。明码标价，不以低于成本的价格恶意竞争，不诋毁同行。
第五条　本公约由琚水市娱乐场所行业协会负责监督实施。
琚水市娱乐场所行业协会全体会员单位
2025年4月10日
""",
    ),
    dict(
        slug="rsks-hengzhou-organ-coordinator-exam",
        site="蘅州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.hengzhou.example.gov.cn/ksap/202510/t20251015_8812.html",
        title="2025年蘅州市人体器官捐献协调员公开招聘笔试公告",
        record_title="2025年蘅州市人体器官捐献协调员公开招聘笔试公告",
        record_date="2025-10-15",
        date="2025-10-15",
        notes="record title and date; exam timetable table; the announcement's sentence about 下载打印准考证 is content; the exam site's technical line next to the announcement's own 咨询电话; footer 'best viewed' and site id",
        page="""
!m 蘅州人事考试网
!m 网站首页 > 考试安排 > 事业单位
!t 2025年蘅州市人体器官捐献协调员公开招聘笔试公告
!m 【来源：市人事考试院】【时间：2025-10-15】【阅读：3106】
!a 【我要打印】【关闭窗口】
{BODY}
!m 网上报名技术咨询：0734-8239001（仅解答系统操作问题）
!m 建议使用1366×768分辨率、Chrome浏览器访问本站
!m 网站标识码：4304000077
""",
        indent="　　",
        body="""
根据工作需要，蘅州市红十字会人体器官捐献管理中心公开招聘协调员4名。现将笔试有关事项公告如下：
一、笔试时间和科目
日期　时间　科目
11月8日　9:00—11:00　综合基础知识
11月8日　14:00—15:30　医学伦理与沟通实务
二、准考证打印。报考人员须于11月3日至7日登录报名系统下载并打印准考证。
三、考试要求。考生须携带准考证和有效身份证件，开考30分钟后不得入场。
政策咨询电话：0734-8226120（市红十字会人事科）
蘅州市人事考试院
2025年10月15日
""",
    ),
    dict(
        slug="tender-hangbei-cruise-cleaning-html",
        site="杞溪公共采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggcg.qixi.example.com/cms/zbgg/2025/0707/10293.html",
        title="杞溪国际邮轮码头客运大楼保洁服务项目竞争性磋商公告",
        record_title="杞溪国际邮轮码头客运大楼保洁服务项目竞争性磋商公告_杞溪公共采购平台",
        date="2025-07-07",
        notes="tender platform: purchaser and agency contacts (body) next to the platform's CA and service hotlines (chrome); lot table; a countdown and a 'sign up' button; the announcement's own 附件 list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>杞溪国际邮轮码头客运大楼保洁服务项目竞争性磋商公告_杞溪公共采购平台</title></head>
<body>
<div class="top">⟦m 杞溪公共采购平台⟧ ⟦a 供应商注册⟧ ⟦a 登录⟧</div>
<div class="nav">⟦m 首页　采购公告　结果公示　政策法规　办事指南⟧</div>
<div class="pos">⟦m 首页 > 采购公告 > 服务类⟧</div>
<div class="notice">
<h2>{T}</h2>
<div class="sub">⟦m 发布时间：2025-07-07 17:30:00　项目编号：QXCG-2025-0713⟧</div>
<div class="cd">⟦a 距投标截止还剩：11天 06时 22分⟧　<button>⟦a 我要报名⟧</button></div>
{BODY}
</div>
<div class="help">⟦m CA证书办理热线：400-880-6612⟧　⟦m 平台服务热线：0576-8701100⟧</div>
<div class="foot">⟦d 杞溪公共采购平台版权所有，转载请注明出处⟧</div>
</body></html>
""",
        body="""
项目概况
杞溪国际邮轮码头客运大楼保洁服务项目的潜在供应商应在杞溪公共采购平台获取采购文件，并于2025年7月18日9时30分前提交响应文件。
一、项目基本情况
包号　服务内容　预算金额（万元）
1　客运大楼候船区保洁　86.4
2　停车场及外围保洁　32.0
二、供应商资格要求：具有独立承担民事责任的能力，近三年内无重大违法记录。
三、附件
1. 竞争性磋商文件
2. 服务需求书
四、联系方式
采购人：杞溪港邮轮码头运营有限公司　联系人：蒋先生　电话：0576-8912026
代理机构：杞溪联诚招标代理有限公司　联系人：许女士　电话：0576-8833715
""",
    ),
    dict(
        slug="lawfirm-chunshen-prepaid-card-lecture",
        site="春申律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.chunshenlaw.example.cn/insight/2025/0618.html",
        title="美容美发行业预付卡经营法律风险提示讲稿",
        record_title="法律讲堂｜美容美发行业预付卡经营法律风险提示讲稿",
        date="2025-06-18",
        notes="law-firm site; decorated record title with a column prefix; lecture date under the title (neutral, the date); a disclaimer 'not legal advice' and a consultation prompt; the firm's lawyer signature line stays",
        page="""
!m 春申律师事务所　CHUNSHEN LAW FIRM
!m 首页 · 律所简介 · 专业领域 · 律师团队 · 春申观点 · 联系我们
!t 法律讲堂｜美容美发行业预付卡经营法律风险提示讲稿
（2025年6月18日在枳城市美发美容行业协会会员培训会上）
!m 作者：春申律所商事部　|　阅读 724
{BODY}
!d 本文仅为一般性法律信息分享，不构成对任何具体事项的法律意见。
!w 如需专项法律咨询，请致电本所前台 0736-8819988 或发送邮件预约。
!l 相关观点：小微企业用工合规十问　｜　商铺租赁合同的五个陷阱
""",
        body="""
各位会员朋友：
今天和大家交流的主题是预付卡经营的法律风险。美容美发行业普遍发售储值卡、次卡，既方便顾客，也容易引发纠纷。
第一，要签订书面协议。发卡时应与顾客签订协议，写明服务项目、价格、有效期和退款办法。
第二，单张卡金额不宜过高。按照有关规定，单张记名卡和不记名卡都有限额，超过限额可能面临处罚。
第三，转让或停业要提前告知。门店转让、搬迁或停业的，应当提前30日告知持卡人，并妥善处理余额。
第四，保留好消费记录。每次消费请顾客签字确认，发生争议时才有据可查。
春申律师事务所　 邹明律师
""",
    ),
    dict(
        slug="community-lihua-no-carwash-notice",
        site="梨花苑社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lihuayuan-sq.example.com/gg/2025/0506.html",
        title="关于禁止在小区地面停车场私自洗车的温馨提示",
        record_title=None,
        date="2025-05-06",
        notes="no record title; residents' site with a community-service sidebar glued inline; a property line and a WeChat group prompt; date under the signature; the notice's own 物业服务电话 stays",
        page="""
!m 梨花苑社区网 · 邻里一家亲
!m 社区公告 | 办事指南 | 邻里互助 | 二手闲置
!l 社区服务：水电报修　门禁办理　快递代收
{T}
!m 发帖人：梨花苑物业客服　　2025-05-06　　浏览 318
{BODY}
!w 想加入业主群的邻居请加物业小助手微信：lhy_wuye01
!l 评论（12）　｜　我也说两句
""",
        body="""
各位业主、住户：
近期，部分车主在小区地面停车场用自来水冲洗车辆，造成路面积水、污水流入绿化带，也给其他住户出行带来不便。
根据业主公约，小区内禁止私自洗车。请需要洗车的车主到小区东门外的洗车点清洗。
物业将加强巡查，发现私接水管洗车的，将予以劝阻。感谢大家的理解和配合！
物业服务电话：0738-5260011
梨花苑物业服务中心
2025年5月6日
""",
    ),
    dict(
        slug="association-qiancang-numismatic-minutes-html",
        site="楮山市钱币学会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.chushanqb.example.org.cn/xhdt/show-512.html",
        title="楮山市钱币学会第三届理事会第五次会议纪要",
        record_title="【学会动态】楮山市钱币学会第三届理事会第五次会议纪要",
        date="2025-11-22",
        notes="association site: membership login row, a column sidebar, a 'join the society' button; minutes with 时间/地点/主持/出席/记录 lines and a vote count kept; its own 抄送 line; byline date equals the meeting date",
        page="""
<html><head><meta charset="utf-8"><title>【学会动态】楮山市钱币学会第三届理事会第五次会议纪要</title></head>
<body>
<div class="login">⟦a 会员登录　|　入会申请　|　会费缴纳⟧</div>
<div class="logo">⟦m 楮山市钱币学会⟧ <small>⟦m 研究钱币文化 传承货币历史⟧</small></div>
<div class="menu">⟦m 学会概况　学会动态　钱币研究　会员园地　藏品欣赏⟧</div>
<div class="side"><h4>⟦l 学会动态⟧</h4><p>⟦l 第十届钱币文化展开幕⟧</p><p>⟦l 会员藏品鉴定日活动安排⟧</p><button>⟦a 我要入会⟧</button></div>
<div class="article"><h3>{T}</h3>
<p class="date">⟦m 2025-11-22　秘书处⟧</p>
{BODY}
</div>
<div class="foot">⟦m 学会地址：楮山市博物馆路6号　联系电话：0737-2251806⟧ ⟦d 楮山市钱币学会 版权所有⟧</div>
</body></html>
""",
        body="""
时间：2025年11月22日下午2:30
地点：楮山市博物馆二楼学术报告厅
主持：会长　程守礼
出席：理事21人（应到25人）
记录：副秘书长　鲍芸
会议审议并通过了以下事项：
一、审议通过《学会2025年工作报告》，同意提交会员代表大会。
二、表决通过吸收新会员34名，表决结果：同意21票，反对0票，弃权0票。
三、研究确定2026年举办“楮山历代钱币”专题展，由学术部牵头筹备。
抄送：市社会科学界联合会，市民政局社会组织管理科。
""",
    ),
    dict(
        slug="company-yunwu-coffee-purchase-price",
        site="云雾咖啡庄园 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.yunwucoffee.example.com/news/2025/1110.html",
        title="云雾咖啡庄园2025—2026产季鲜果收购价格公告",
        record_title="云雾咖啡庄园2025—2026产季鲜果收购价格公告 - 云雾咖啡",
        date="2025-11-10",
        notes="company site; a price table; the announcement's own 收购热线 vs the shop's online hotline and e-mall prompts; a language switch; the company name as signature (tail match)",
        page="""
!m 云雾咖啡 YUNWU COFFEE
!a 中文 | English　　网上商城　　购物车(0)
!m 首页 > 新闻中心 > 庄园公告
!t 云雾咖啡庄园2025—2026产季鲜果收购价格公告 - 云雾咖啡
!m 2025-11-10　　浏览：1076
{BODY}
!m 商城客服热线：400-600-1389（9:00-21:00）
!a 关注“云雾咖啡”小程序，下单立减10元
!d © 2025 云雾咖啡庄园有限公司 All Rights Reserved.
""",
        body="""
各位咖农朋友：
2025—2026产季咖啡鲜果收购将于11月15日开始。为保障咖农收益，经庄园研究，现将收购价格公告如下：
等级　标准　收购价（元/公斤）
一级　红果率95%以上　7.20
二级　红果率85%～95%　6.40
三级　红果率85%以下　5.10
收购时间为每日8:00至18:00，地点在庄园初加工厂收购点。请咖农分批采摘，不要混入青果和枝叶。
收购热线：0883-6128806
云雾咖啡庄园
""",
    ),
    dict(
        slug="training-yingfeng-paragliding-brochure",
        site="鹰峰滑翔伞培训基地 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="https://www.yingfengfly.example.com/zs/2026spring.html",
        title="鹰峰滑翔伞培训基地2026年春季初级飞行员班招生简章",
        record_title="【火热报名中】鹰峰滑翔伞培训基地2026年春季初级飞行员班招生简章（附课程表）",
        date=None,
        notes="training-school page; decorated record title; the school's own 报名电话 next to a 400 line and an online-consult float; a course table; no date anywhere but a year in the title and a relative time",
        page="""
!m 鹰峰滑翔伞培训基地 | 让飞行成为可能
!a 在线咨询　预约体验　学员登录
!t 【火热报名中】鹰峰滑翔伞培训基地2026年春季初级飞行员班招生简章（附课程表）
!m 发布于 2天前 · 招生办
{BODY}
!w 全国统一客服：400-9166-737　添加教练微信 yingfeng_fly 领取体验券
!l 学员风采　｜　往期飞行视频　｜　常见问题
!d 鹰峰飞行俱乐部 版权所有
""",
        indent="　　",
        body="""
鹰峰滑翔伞培训基地地处楮山风景区，拥有南北两处起飞场和专业降落场，是经行业协会备案的培训机构。2026年春季初级飞行员班现开始招生。
一、招生对象：年满18周岁、身体健康的滑翔伞爱好者。
二、课程安排
阶段　内容　课时
地面训练　伞具结构、地面操控　16
低空滑行　缓坡起飞与降落　12
高空带飞　教练带飞与独立飞行　10
三、结业考核合格者，可申请初级飞行员证书。
报名电话：0737-2650331（周一至周日8:30—18:00）
""",
    ),
]
