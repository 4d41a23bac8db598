"""holdout106, part D: a naan-bakery essay, an endemic-disease station's recruitment, a towel mill's
intranet, a bamboo-mat maker, hand-pulled-noodle Party members, a New-Year-painting interview post, a
liver-fluke screening, a water-ski coach's blog, a Laba porridge post, a beatbox camp, a law firm on
wallpaper and deposits, a rat-control print view and a sailboat tender. Everything invented."""

CASES = [
    dict(
        slug="anthology-nangkeng-essay-chapter",
        site="西窗集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://xichuangji.example.net/vol3/12.htm",
        title="馕坑边的冬天",
        record_title=None,
        date=None,
        notes="collection chapter; no record title, title on the page; no date at all (only a year in the text); chapter nav and counter",
        page="""
!m 西窗集 · 第三辑 · 第12篇
{T}
{BODY}
!l 上一篇：葡萄架下　　下一篇：巴扎日
!l 返回目录
!m 本集共收文章 64 篇　　今日访问 18
""",
        indent="　　",
        gap=True,
        body="""
小时候，巷子口有一个打馕的馕坑，冬天的早晨，那里是整条巷子最暖和的地方。
打馕的艾山大叔天不亮就起来和面，面团醒好后揪成剂子，用手拍成圆饼，再用馕戳在中间扎出花纹。
他弯腰把馕饼贴进坑壁，动作快得像变魔术。十几分钟后，用铁钩把馕一个个勾出来，金黄的馕摞成一摞，香气能飘出半条街。
我们这些孩子捧着刚出坑的馕，烫得两只手来回倒，却舍不得放下。
后来搬了家，吃过很多地方的面包点心，却总觉得比不上那一口馕。
""",
    ),
    dict(
        slug="exam-html-diseases-station-review-notice",
        site="檀峪市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.tanyu.example.gov.cn/kszx/sydw/20250708/5071.html",
        title="檀峪市地方病防治站2025年公开招聘工作人员资格复审公告",
        record_title="檀峪市地方病防治站2025年公开招聘工作人员资格复审公告",
        record_date="2025-07-08",
        date="2025-07-08",
        notes="personnel-exam portal HTML; record date; a candidate table; the document's 咨询电话 beside the portal's technical hotline; a 下载并打印 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>檀峪市地方病防治站2025年公开招聘工作人员资格复审公告</title></head><body>
<div class="head">⟦m 檀峪市人事考试网⟧　⟦m 公平　公正　便民⟧</div>
<div class="nav">⟦m 首页｜考试公告｜报名入口｜成绩查询｜政策解答⟧</div>
<div class="bread">⟦m 首页 ＞ 考试公告 ＞ 事业单位⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 来源：市人事考试中心　　2025-07-08 17:20　　浏览 2087 次⟧</div>
{BODY}
<div class="side">⟦l 热点公告：2025年下半年教师资格考试报名须知｜考生诚信承诺书⟧</div>
<div class="ft">⟦m 网上报名技术咨询：0476-8199 0020⟧<br>⟦d 本网站所载信息以正式文件为准⟧</div>
</body></html>
""",
        body="""
根据《檀峪市地方病防治站2025年公开招聘工作人员公告》，现将资格复审有关事项公告如下。
一、复审人员名单
岗位代码　　姓名　　笔试成绩
DFB01　　龙思远　　78.5
DFB01　　余佳音　　76.0
DFB02　　邵晨　　81.5
二、复审时间和地点
2025年7月12日上午9:00—12:00，地点为市地方病防治站三楼会议室。
三、所需材料
请复审人员登录本网站下载并打印资格复审表，携带身份证、毕业证书原件及复印件参加复审。
咨询电话：0476-8130 6612
檀峪市地方病防治站
2025年7月8日
""",
    ),
    dict(
        slug="oa-html-towel-mill-safety-notice",
        site="桫川洁柔毛巾厂OA (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.jierou.example.local/gw/view.do?id=30917",
        title="关于开展染整车间夏季安全生产大检查的通知",
        record_title="内网公文-关于开展染整车间夏季安全生产大检查的通知",
        date="2025-06-16",
        notes="intranet document view; decorated 内网公文- title; approval trail and read counts as meta; document's 联系人 kept; a checklist",
        page="""
<html><head><meta charset="utf-8"><title>内网公文-关于开展染整车间夏季安全生产大检查的通知</title></head><body>
<div class="sys">⟦m 洁柔协同办公　｜　欢迎您，设备科 胡俊⟧　⟦a 退出⟧</div>
<div class="tabs">⟦m 待办(3)　已办　公文　通讯录⟧</div>
<table class="form"><tr><td>⟦m 文件标题⟧</td><td>{T}</td></tr>
<tr><td>⟦m 发文部门⟧</td><td>⟦m 安全环保部⟧</td></tr><tr><td>⟦m 紧急程度⟧</td><td>⟦m 急⟧</td></tr></table>
<div class="doc">
{BODY}
</div>
<div class="trail">⟦m 审批意见：同意。——生产副总 黄建平 2025-06-16 10:12⟧</div>
<div class="read">⟦m 阅读情况：已读 27／未读 4⟧</div>
<div class="btn">⟦a 签收　转发　打印　返回⟧</div>
</body></html>
""",
        body="""
各车间、各部门：
入夏以来气温升高，染整车间高温、用电和化学品使用风险增大。公司决定于6月18日至6月25日开展夏季安全生产大检查。
一、检查内容
1. 定型机、烘干机等高温设备的温控和报警装置是否完好。
2. 染料、助剂仓库的通风、防潮和分类存放情况。
3. 车间配电箱、电缆线路有无老化和私拉乱接。
二、工作要求
各车间先行自查，6月20日前将自查表报安全环保部；公司检查组随后逐一复查，发现问题限期整改。
联系人：安全环保部 汪敏　分机 8023
安全环保部
2025年6月16日
""",
    ),
    dict(
        slug="company-liangxi-bamboo-mat-recall-text",
        site="凉席坊竹业有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.liangxifang.example.com/news/gg/2025-06-30.html",
        title="凉席坊竹业有限公司关于部分批次碳化竹席召回的公告",
        record_title="关于部分批次碳化竹席召回的公告【公司公告】",
        title_in="decorated",
        date="2025-06-30",
        notes="enterprise site; decorated title; a batch table; the company's own customer line kept in the body beside the site's 400 sales line; online-shop ad as chrome",
        page="""
!m 凉席坊竹业 · 三十年只做一张好席
!m 首页 > 新闻动态 > 公司公告
{T}
!m 来源：本站　时间：2025-06-30　浏览：1129
{BODY}
!w 天猫旗舰店同步在售，批发团购请拨 400-6633-018
!m 凉席坊竹业有限公司　浙ICP备17035520号-1
""",
        body="""
尊敬的消费者：
经我公司自检发现，2025年5月生产的部分批次碳化竹席边缘包布缝线不牢，使用中可能开线并露出竹片毛刺，存在划伤风险。本着对消费者负责的态度，公司决定主动召回以下批次产品：
型号　　规格（厘米）　　生产批号
TH-15　　150×195　　20250506
TH-18　　180×200　　20250512
请购买上述批次产品的消费者停止使用，凭购物凭证到原购买门店办理免费更换或全额退款。
召回服务热线：0572-5530 1188（工作日8:30—17:00）
凉席坊竹业有限公司
2025年6月30日
""",
    ),
    dict(
        slug="dangjian-lamian-summary-mobile-members",
        site="栾湾党建在线 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.luanwandj.example.cn/jcdj/2025/0108/3310.html",
        title="栾湾县拉面行业流动党员服务中心2024年工作总结",
        record_title="栾湾县拉面行业流动党员服务中心2024年工作总结",
        date="2025-01-08",
        notes="Party-building site; chrome glued after the last sentence of a paragraph and before a line; a pledge 扫码 sentence kept; numbered list",
        page="""
!m 栾湾党建在线
!m 首页 > 基层党建 > 工作交流
{T}
!m 发布时间：2025-01-08　来源：县委组织部　字号：大 中 小
{BODY}
!l 相关文章
!l ▪ 县委组织部开展在外流动党员集中学习
!l ▪ 新就业群体党建工作座谈会召开
!m 中共栾湾县委组织部主办　　技术维护：县大数据中心
""",
        body="""
全县在外从事拉面经营的人员有一万二千余人，其中流动党员三百六十八名，分布在全国二十多个城市。2024年，中心围绕“离乡不离党、流动不流失”开展工作。
一、组织覆盖。在拉面店较集中的六个城市建立流动党员党支部，实现在外流动党员全部纳入组织管理。⟦a 点此查看支部分布图⟧
二、学习教育。通过“拉面党课”线上平台，每月推送学习内容，党员扫码即可参加学习和交流。
三、服务群众。协调办理经营证照、子女入学等事项二百一十件，开展技能培训九期。
⟦l 【推荐】县委组织部2025年工作要点⟧2025年，中心将进一步健全联络机制，发挥流动党员在行业中的示范带头作用。
栾湾县拉面行业流动党员服务中心
2025年1月8日
""",
    ),
    dict(
        slug="gkforum-html-nianhua-interview-floors",
        site="笃行公考社区 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://www.duxing-gk.example.com/t/203817",
        title="结构化面试：单位组织“年画进校园”活动，你如何开展？",
        record_title="[面试素材] 结构化面试：单位组织“年画进校园”活动，你如何开展？ - 笃行公考社区",
        date=None,
        notes="exam forum HTML; decorated title; floors and sign-in prompt; 发表于 relative time; numbered steps of the answer",
        page="""
<html><head><meta charset="utf-8"><title>[面试素材] 结构化面试：单位组织“年画进校园”活动，你如何开展？ - 笃行公考社区</title></head><body>
<div class="hd">⟦m 笃行公考社区⟧　⟦a 签到领积分⟧　⟦a 登录⟧</div>
<div class="crumb">⟦m 社区首页 › 面试备考 › 组织策划⟧</div>
<div class="post"><h1>{T}</h1>
<div class="author">⟦m 笃行小面　楼主　发表于 昨天 21:40⟧</div>
{BODY}
</div>
<div class="reply">⟦l 2楼　申论一百分　答得很完整，借鉴了⟧</div>
<div class="reply">⟦l 3楼　小鹿乱撞　求同类题目⟧</div>
<div class="ad">⟦w 面试一对一辅导，报名请加助教微信 dx-mianshi⟧</div>
</body></html>
""",
        body="""
参考答案：
年画是传统民间艺术，组织“年画进校园”活动，有利于增强学生的文化自信。我会从以下几个方面开展：
1. 前期准备。与学校沟通确定时间和参与年级，邀请年画传承人，准备刻版、宣纸和颜料。
2. 活动实施。先由传承人讲解年画的历史和寓意，再现场演示刻版和套色印刷，最后让学生动手印一张属于自己的年画。
3. 总结延伸。挑选优秀作品在校园展出，并推动学校开设年画兴趣社团，让活动有持续的效果。
""",
    ),
    dict(
        slug="hospital-text-liver-fluke-screening",
        site="柘湖市第三人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zhsy.example.com/yydt/20250520/880.html",
        title="关于开展肝吸虫病免费筛查义诊活动的通知",
        record_title="关于开展肝吸虫病免费筛查义诊活动的通知_医院动态_柘湖市第三人民医院",
        date="2025-05-20",
        notes="hospital site text; decorated _column_site title; 预约挂号 line of the site beside the department's 咨询电话; a body sentence about 关注/预约 kept",
        page="""
!m 柘湖市第三人民医院　ZHEHU THIRD PEOPLE'S HOSPITAL
!m 网上预约挂号 0731-5888 9120　|　院长信箱　|　English
!m 首页 > 新闻中心 > 医院动态
{T}
!m 时间：2025-05-20　来源：感染性疾病科　点击：377
{BODY}
!l 分享到：微信　微博
!d 版权所有 © 柘湖市第三人民医院　未经许可不得转载
""",
        body="""
肝吸虫病多因生吃或半生吃淡水鱼虾引起，早期症状不明显，长期感染可导致胆管炎、肝硬化等严重后果。
为提高群众防病意识，我院将于2025年5月24日（星期六）上午8:00—11:30在院门诊一楼大厅开展肝吸虫病免费筛查义诊活动。
活动内容：专家咨询、粪便虫卵检查、肝胆B超（限前100名）。
参加者请空腹前来，可提前关注医院服务号进行预约。
咨询电话：0731-5888 9341（感染性疾病科）
柘湖市第三人民医院
2025年5月20日
""",
    ),
    dict(
        slug="blog-html-waterski-coach-tagcloud",
        site="浪尖上的日子 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://langjian.example.blog/posts/2025-08-31-summer-camp",
        title="带滑水夏令营的一个月",
        record_title="带滑水夏令营的一个月 | 浪尖上的日子",
        date="2025-08-31",
        notes="blog HTML; tag cloud, archive, comments; bracketed post time under the title; decorated | blog title",
        page="""
<html><head><meta charset="utf-8"><title>带滑水夏令营的一个月 | 浪尖上的日子</title></head><body>
<header><div class="site">⟦m 浪尖上的日子⟧</div><div class="desc">⟦m 一个滑水教练的水上笔记⟧</div></header>
<nav>⟦m 首页　随笔　教学　相册　留言板⟧</nav>
<article><h2>{T}</h2>
<div class="time">⟦m [2025-08-31 22:17]⟧</div>
{BODY}
<div class="post-foot">⟦l 分类：教学　|　评论(6)　|　阅读(412)⟧</div>
</article>
<aside><div>⟦l 标签云：滑水 夏令营 安全 青少年 湖区⟧</div><div>⟦l 文章归档：2025年08月(3) 2025年07月(5)⟧</div></aside>
<footer>⟦d © 浪尖上的日子 · 原创内容转载请联系博主⟧</footer>
</body></html>
""",
        body="""
今年暑假，我在栾湾湖水上运动基地带了一个月的青少年滑水夏令营，一共四期，八十六个孩子。
第一天最难。很多孩子从没下过水，穿上救生衣还在发抖。我的办法是先让他们在浅水区抓着拖把练起身，找准重心再上快艇。
三天以后，大部分孩子都能被快艇拉起来滑出几十米，上岸时那种兴奋，比我自己拿奖还高兴。
安全始终是第一位的：每艘快艇配驾驶员和观察员各一名，风力超过四级一律停训。
明年还想把营期再延长一周，让孩子们学会转弯和出航迹。
""",
    ),
    dict(
        slug="localforum-html-laba-porridge-jammer",
        site="榧田论坛 (invented)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="html",
        source="http://bbs.feitian.example.cn/thread-44102-1-1.html",
        title="榧田县义工联合会腊八节施粥活动公告",
        record_title="【公益】榧田县义工联合会腊八节施粥活动公告 - 榧田论坛",
        date="2025-01-03",
        notes="Discuz-like local forum HTML; jammer fonts glued inside paragraphs; floors; the association's own 报名电话 kept beside the forum's advert line",
        page="""
<html><head><meta charset="gbk"><title>【公益】榧田县义工联合会腊八节施粥活动公告 - 榧田论坛</title></head><body>
<div id="hd">⟦m 榧田论坛 - 榧田人自己的网上家园⟧</div>
<div id="pt">⟦m 榧田论坛 » 公益同行 » 查看内容⟧</div>
<div class="pls">⟦m 义工老周　主题 38　帖子 512　积分 2066⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-1-3 20:18　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：帮助别人，快乐自己⟧</div>
<div class="reply">⟦l 沙发　榧田小太阳　　给义工们点赞！⟧</div>
<div class="ad">⟦w 论坛广告位招租，联系QQ 803311276⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
各位网友：
腊八将至，为传承传统节日习俗、温暖城市街头的劳动者，榧田县义工联合会将举办腊八节施粥活动。
活动时间：2025年1月7日（农历腊月初八）上午7:00—10:00。
活动地点：县人民广场东门、汽车站广场、县医院门口三处。活动当天每处准备腊八粥六百份，环卫工人、外卖骑手、出租车司机和过往群众均可免费领取。
现招募志愿者三十名，负责熬粥、分发和现场秩序。报名电话：0745-6603 1217（谢老师）。
榧田县义工联合会
2025年1月3日
""",
    ),
    dict(
        slug="training-html-beatbox-camp-enrol",
        site="声浪少儿口技工作室 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.shenglang-beatbox.example.com/news/camp2025.html",
        title="声浪工作室2025年暑期青少年口技（Beatbox）训练营招生简章",
        record_title="【暑期特训】声浪工作室2025年暑期青少年口技（Beatbox）训练营招生简章",
        date="2025-06-02",
        notes="training school HTML; decorated title; fee table; the studio's own 报名电话 in body; chat widget, giveaway and WeChat prompts as chrome",
        page="""
<html><head><meta charset="utf-8"><title>【暑期特训】声浪工作室2025年暑期青少年口技（Beatbox）训练营招生简章</title></head><body>
<div class="top">⟦m 声浪少儿口技工作室　让每个孩子都有自己的节奏⟧</div>
<div class="menu">⟦m 首页 | 课程体系 | 师资团队 | 学员风采 | 招生信息⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布者：声浪招生组　发布时间：2025-06-02⟧</div>
{BODY}
<div class="promo">⟦a 7月1日前报名立减300元，名额先到先得！⟧</div>
<div class="chat">⟦w 在线客服｜扫码添加课程顾问微信⟧</div>
<footer>⟦m 校址：梣原市文化宫三楼　ICP备案：赣ICP备23014420号⟧</footer>
</body></html>
""",
        body="""
口技（Beatbox）是用嘴、唇、舌和喉发出鼓点、贝斯等声音的表演艺术，既能锻炼孩子的节奏感和口腔肌肉，又能增强自信和舞台表现力。
一、营期安排
营期　　日期　　费用（元）
第一期　　7月7日—7月18日　　1680
第二期　　7月21日—8月1日　　1680
第三期　　8月4日—8月15日　　1680
二、招生对象
8至16周岁青少年，零基础可报名，每期限招二十人。
三、报名方式
家长可到校址现场报名，也可拨打报名电话：0791-8820 6616。
声浪少儿口技工作室
2025年6月2日
""",
    ),
    dict(
        slug="lawfirm-html-wallpaper-deposit-dispute",
        site="椤岭明衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.mingheng-law.example.cn/case/rent/0917.html",
        title="租客擅自更换墙纸，房东能否扣押金？",
        record_title="租客擅自更换墙纸，房东能否扣押金？ - 明衡律所 - 以案说法",
        date="2025-09-17",
        notes="law-firm HTML; decorated title; lawyer card; not-legal-advice notice; consult box; date line 日期：",
        page="""
<html><head><meta charset="utf-8"><title>租客擅自更换墙纸，房东能否扣押金？ - 明衡律所 - 以案说法</title></head><body>
<div class="logo">⟦m 明衡律师事务所　MINGHENG LAW OFFICES⟧</div>
<div class="nav">⟦m 首页　律所概况　业务领域　以案说法　联系我们⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 日期：2025-09-17　撰稿：谭一舟 律师　浏览：356⟧</div>
{BODY}
<div class="card">⟦m 谭一舟　专职律师　擅长：房屋租赁、物业纠纷⟧</div>
<div class="notice">⟦d 声明：本文为普法之用，具体个案请咨询执业律师。⟧</div>
<div class="consult">⟦w 免费预约律师面谈：0736-2213 8808⟧</div>
</body></html>
""",
        body="""
【案情】租客小林租住一套两居室，为了“住得舒服”，未经房东同意把客厅的浅色墙纸换成了深蓝色。退租时，房东以恢复原状需要费用为由，扣下了全部押金三千元。
【分析】承租人经出租人同意，可以对租赁物进行改善或者增设他物；未经同意的，出租人可以请求承租人恢复原状或者赔偿损失。
本案中，小林未经同意更换墙纸，房东有权要求恢复原状，但扣除的金额应以实际合理的恢复费用为限，超出部分应当退还。
【提示】租客想改动装修，应事先征得房东书面同意；房东扣押金时，也应当说明理由并出示费用依据。
""",
    ),
    dict(
        slug="print-html-rat-control-notice",
        site="樨口县爱国卫生运动委员会办公室 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xikou.example.gov.cn/aws/print/2025/0310-4417.html",
        title="关于开展2025年春季统一灭鼠活动的通知",
        record_title="关于开展2025年春季统一灭鼠活动的通知〔打印稿〕",
        date="2025-03-10",
        notes="print view HTML; decorated 〔打印稿〕 title; document number neutral; the office's 联系电话 kept; print footer and URL as chrome; a 抄送 line kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开展2025年春季统一灭鼠活动的通知〔打印稿〕</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印　|　关闭本页⟧</div>
<h2 align="center">{T}</h2>
<p align="center">樨爱卫办〔2025〕3号</p>
{BODY}
<div class="pf">⟦m 本页地址：http://www.xikou.example.gov.cn/aws/2025/0310-4417.html⟧</div>
<div class="pf">⟦p 第1页/共1页⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直各单位：
为降低鼠密度，预防鼠传疾病，县爱卫会决定于2025年3月20日至4月20日在全县开展春季统一灭鼠活动。
一、统一投药时间：3月25日至3月31日。
二、重点场所：农贸市场、餐饮单位、学校食堂、垃圾中转站和城中村。
三、投药要求：毒饵须放置在专用毒饵站内，并设置醒目的警示标志，防止儿童和家禽误食。
联系电话：0738-5520 1003
樨口县爱国卫生运动委员会办公室
2025年3月10日
抄送：县卫健局，县市场监管局。
""",
    ),
    dict(
        slug="tender-text-sailboat-purchase-result",
        site="栝源市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.guayuan.example.gov.cn/cggg/zbgg/202508/t20250822_9910.html",
        title="栝源市水上运动学校训练帆船采购项目中标结果公告",
        record_title="栝源市水上运动学校训练帆船采购项目中标结果公告",
        date="2025-08-22",
        notes="procurement site text; result table; buyer and agency contacts kept; platform hotline and CA notice as chrome; a sentence about 下载 the bid documents kept",
        page="""
!m 栝源市政府采购网
!m 当前位置：首页 >> 采购公告 >> 中标（成交）结果公告
{T}
!m 发布时间：2025年08月22日 09:03　　浏览次数：64
{BODY}
!l 相关公告：栝源市水上运动学校训练帆船采购项目公开招标公告
!m 采购网服务热线：0597-6100 1212　CA证书办理：0597-6100 1213
""",
        body="""
一、项目编号：GYCG-2025-0713
二、项目名称：栝源市水上运动学校训练帆船采购项目
三、中标信息
包号　　中标供应商　　中标金额（元）
1　　栝源海风体育器材有限公司　　1,286,000.00
2　　闽东帆翼船艇制造有限公司　　934,500.00
四、主要标的信息：激光级训练帆船十二艘、OP级帆船二十艘及配套帆具。
五、公告期限：自本公告发布之日起1个工作日。
六、投标人对中标结果有异议的，可在公告期限届满之日起七个工作日内提出质疑，质疑函格式可在本网下载。
采购人：栝源市水上运动学校　联系人：江帆　电话：0597-6120 3301
采购代理机构：栝源诚信招标有限公司　联系人：吴青　电话：0597-6130 7702
""",
    ),
]
