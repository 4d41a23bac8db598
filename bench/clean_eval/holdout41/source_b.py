"""holdout41, part B: Party-building, hospital, university, local forum, download station,
personnel exam, tender, law firm, residents', association, company and training pages for the
same invented organisations (seal-carving, organ donation, horses, violins, Go, brocade, iron)."""

CASES = [
    dict(
        slug="dangjian-yinshe-party-lesson-speech-html",
        site="樨州市文联党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.xizhouwl.example.org.cn/djgz/2025/0701/912.html",
        title="在市文联机关“七一”专题党课上的讲话",
        record_title="在市文联机关“七一”专题党课上的讲话（全文）",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="a Party-building page: study-points float, a slogan banner; the speaker line and the date under the title (neutral); the byline's 发布时间 a day later (also accepted); a decorated record title",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>在市文联机关“七一”专题党课上的讲话-樨州文联党建</title></head><body>
<header><div class="logo">⟦m 樨州市文联党建网⟧</div><div class="slogan">⟦m 不忘初心　牢记使命　繁荣文艺⟧</div>
<nav>⟦m 首页　党建动态　理论学习　支部风采　廉政之窗⟧</nav></header>
<div class="float-study">⟦a 学习积分 +1　每日打卡⟧</div>
<main>
<h2>{T}</h2>
<p class="by">⟦m 发布时间：2025-07-01　来源：机关党委　阅读：312⟧</p>
<p class="speaker">市文联党组书记　卢静</p>
<p class="date">（2025年6月30日）</p>
{BODY}
</main>
<aside><h4>⟦l 支部风采⟧</h4><ul><li>⟦l 书法家协会党支部开展主题党日活动⟧</li><li>⟦l 篆刻研究会党小组赴红色教育基地参观学习⟧</li></ul></aside>
<footer>⟦m 中共樨州市文学艺术界联合会机关委员会　主办⟧ ⟦m 赣ICP备09037712号-2⟧</footer>
</body></html>
""",
        body="""
同志们：
今天，我们在这里上一堂专题党课，主题是“以文化人，做党的文艺工作者”。
一、坚定文艺工作的正确方向。文联机关党员干部要始终坚持以人民为中心的创作导向，引导广大文艺工作者扎根生活、扎根群众。
二、守好文艺阵地。要加强对文艺评论、网络文艺的引导，旗帜鲜明弘扬主旋律、传播正能量。
三、改进机关作风。要深入基层协会开展调研，帮助书法、篆刻、民间文艺等协会解决活动场地和经费方面的实际困难。
同志们，让我们以更加饱满的热情投入工作，为繁荣发展樨州文艺事业作出新的贡献。
""",
    ),
    dict(
        slug="hospital-liaoyuan-donation-coordinator-news-text",
        site="蓼原市第一人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lyfirsthospital.example.cn/news/yydt/2025-04-29/2207.html",
        title="我院完成今年首例公民逝世后器官捐献",
        record_title="我院完成今年首例公民逝世后器官捐献-蓼原市第一人民医院",
        date="2025-04-29",
        notes="hospital news: appointment and navigation buttons at the top, a 发布时间/点击 line, a photo caption line and the hospital's switchboard at the bottom; a sentence that speaks of 扫码 registration kept",
        page="""
!a 预约挂号　|　就诊指南　|　智慧服务
!m 蓼原市第一人民医院　医院新闻
!t 我院完成今年首例公民逝世后器官捐献
!m 发布时间：2025-04-29　作者：宣传科　点击：1877
{BODY}
!m 图为医护人员向捐献者默哀致敬（宣传科 摄）
!m 医院地址：蓼原市解放中路118号　总机：0796-8230120
!l 上一篇：我院举办护士节表彰大会
!l 下一篇：心内科成功开展首例无导线起搏器植入术
""",
        body="""
4月27日，一位五十六岁的男性患者因脑出血抢救无效逝世，其家属决定捐献他的肝脏、双肾和一对眼角膜，让三名患者重获新生，两名患者重见光明。
获取手术前，医院手术室为捐献者举行了庄严的缅怀仪式，医护人员集体默哀，向捐献者致以崇高敬意。
这是我院今年完成的首例公民逝世后器官捐献，也是我院开展器官捐献工作以来的第十四例。
医院人体器官捐献协调员提醒，市民可以通过官方渠道扫码进行器官捐献志愿登记，登记信息仅用于捐献工作。
""",
    ),
    dict(
        slug="university-zhaohu-equestrian-team-notice-html",
        site="棹湖农林学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zhnlxy.example.edu.cn/info/1043/11820.htm",
        title="关于招募2025级马术队新队员的通知",
        record_title="关于招募2025级马术队新队员的通知-棹湖农林学院",
        date="2025-09-10",
        notes="a college page with a search box, quick links and a 发布者/审核 line; the notice's own contact kept; a sentence about 关注 the team account kept; a 关闭 button and a footer with the school's address",
        page="""
<html><head><meta charset="utf-8"><title>关于招募2025级马术队新队员的通知-棹湖农林学院</title></head><body>
<div class="top"><span>⟦m 棹湖农林学院⟧</span><form>⟦a 站内搜索⟧<input type="text"></form><a>⟦a 信息门户⟧</a> <a>⟦a 邮箱⟧</a></div>
<div class="nav">⟦m 学校概况 | 院系设置 | 招生就业 | 校园文化⟧</div>
<div class="crumb">⟦m 首页 &gt;&gt; 通知公告⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="meta">⟦m 发布者：体育部　审核：马宏　发布时间：2025-09-10⟧</div>
{BODY}
<div class="close">⟦a 【关闭】⟧</div>
</div>
<div class="quick"><h3>⟦l 快速通道⟧</h3>⟦l 校历　办公电话　图书馆　网上办事大厅⟧</div>
<div class="foot">⟦m 地址：棹湖市学府路6号　邮编：311800　版权所有 © 棹湖农林学院⟧</div>
</body></html>
""",
        body="""
各学院、全体2025级新生：
学院马术队依托动物科学专业实训马场组建，现面向2025级新生招募新队员。
一、招募条件。身体健康，热爱马术运动，体重不超过七十五公斤，无马术基础者亦可报名。
二、招募人数。十二人。
三、选拔方式。报名后参加体能测试和骑乘体验，由教练组综合评定。
四、报名方式。9月20日前到体育部208室报名，或关注马术队公众号在线填写报名表。联系人：景老师，电话：0571-6533218。
体育部
2025年9月10日
""",
    ),
    dict(
        slug="localforum-qintian-forge-noise-complaint-floors",
        site="箐田生活网论坛 (invented)",
        style="地方论坛",
        genre="函",
        kind="letter",
        form="text",
        source="http://bbs.qtlife.example.com/forum.php?mod=viewthread&tid=120377",
        title="关于铁匠湾村锻造作坊噪声问题的回复函",
        record_title="镇里回复了！关于铁匠湾村锻造作坊噪声问题的回复函",
        date="2025-08-14",
        notes="a county life forum repost: a decorated record title, floor numbers, a user's signature line, a sticky ad line between paragraphs and a reply box; the date under the signature",
        page="""
!m 箐田生活网 » 民生热线 » 投诉建议
!t 镇里回复了！关于铁匠湾村锻造作坊噪声问题的回复函
!m 楼主　炉子坪老周　发表于 2025-8-15 09:12
!m 1#
{BODY}
!m ——炉子坪老周：住在铁匠湾边上的人
!l 2#　晴川　发表于 2025-8-15 10:03
!l 终于有回音了，希望说到做到
!l 快速回复　使用高级模式
!m 箐田生活网　民生第一站　客服QQ群：51220073
""",
        body="""
⟦a 【置顶广告】装修找箐田家美，全镇免费上门量房⟧
周先生：
您反映的铁匠湾村锻造作坊夜间噪声扰民问题收悉。镇政府高度重视，于8月8日组织镇生态环境办、村委会进行了现场核查。
经查，该村三家作坊存在晚上九点以后仍在锤打作业的情况。镇里已责令其调整作业时间，每天晚上八点以后、中午十二点至下午两点停止高噪声作业。
下一步，镇里将加快推进集中锻造区建设，从根本上解决噪声扰民问题。感谢您对我镇工作的关心和支持。
箐田镇人民政府
2025年8月14日
""",
    ),
    dict(
        slug="download-tiezhen-ironware-rules-html-file-table",
        site="绿叶资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.lvyezl.example.com/soft/xingzheng/38812.html",
        title="箐田铁器锻造专业合作社安全生产管理制度",
        record_title="箐田铁器锻造专业合作社安全生产管理制度 Word版 免费下载",
        date=None,
        notes="an old download station: a file-info table, mirror links, an unzip password, a dead-link report and an ad line; a decorated record title; the rules carry no date (the upload time is not a date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>箐田铁器锻造专业合作社安全生产管理制度 Word版 免费下载_绿叶资料下载站</title></head>
<body><table width="960"><tr><td>⟦m 绿叶资料下载站　www.lvyezl.example.com⟧</td><td>⟦a 会员登录⟧ ⟦a 免费注册⟧</td></tr></table>
<table width="960"><tr><td>⟦m 位置：首页 &gt; 行政资料 &gt; 规章制度⟧</td></tr></table>
<table width="960" class="info">
<tr><td colspan="2"><h1>⟦t 箐田铁器锻造专业合作社安全生产管理制度 Word版⟧</h1></td></tr>
<tr><td>⟦m 资料大小：28KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-11 08:42⟧</td><td>⟦m 下载次数：1572⟧</td></tr>
<tr><td>⟦m 运行环境：Word/WPS⟧</td><td>⟦m 资料评级：★★★★☆⟧</td></tr></table>
<table width="960"><tr><td><b>⟦m 资料简介⟧</b></td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="960"><tr><td>⟦a 下载地址：电信下载一　联通下载二　移动高速下载⟧</td></tr>
<tr><td>⟦a 解压密码：www.lvyezl.example.com⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报错⟧</td></tr>
<tr><td>⟦w 资料代写、排版请联系 QQ 2611834059⟧</td></tr></table>
<table width="960"><tr><td>⟦d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为加强合作社安全生产管理，保障社员生命财产安全，结合本社锻造作业实际，制定本制度。
第二条　合作社理事长是安全生产第一责任人，各作坊负责人是本作坊安全生产直接责任人。
第三条　锻造炉、空气锤等设备须定期检修，每月至少检查一次，检查情况登记在册。
第四条　作业人员须佩戴防护眼镜、防烫手套和耳塞，严禁穿拖鞋、短裤上岗。
第五条　作坊内不得存放汽油等易燃物品，灭火器应放置在明显位置并保持完好。
第六条　本制度自社员大会通过之日起施行，由合作社理事会负责解释。
""",
    ),
    dict(
        slug="rsks-tanbu-organ-office-exam-notice-table",
        site="檀埠县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.tanbu.example.gov.cn/kwgg/2025/0512/3301.html",
        title="檀埠县红十字会2025年公开招聘编外工作人员面试公告",
        record_title=None,
        date="2025-05-12",
        notes="no record title (only on the page); an exam-calendar float and a certificate-print button; a table of candidates, one row a paragraph with ideographic spaces; the notice's contact phone kept",
        page="""
!a 准考证打印入口　成绩查询入口
!m 檀埠县人事考试网　>　考务公告
!l 【考试日历】5月18日 事业单位面试　5月25日 教师招聘笔试
{T}
!m 信息来源：县人社局考试中心　发布日期：2025-05-12　浏览：5220
{BODY}
!d 声明：考生信息以本网公布的正式公告为准，其他网站转载内容仅供参考。
!m 考试中心咨询电话：0571-6301182（工作日8:30-17:00）
""",
        body="""
根据《檀埠县红十字会2025年公开招聘编外工作人员公告》，现将面试有关事项公告如下。
一、面试人员名单
岗位　姓名　准考证号　笔试成绩
器官捐献协调员　郑佳颖　250101011　78.5
器官捐献协调员　宋涵　250101024　76.0
应急救护培训员　卢晓峰　250102007　81.0
二、面试时间和地点。5月18日上午8:30，檀埠县人事考试中心（县府路15号）。
三、注意事项。考生须携带身份证和笔试准考证，于当日8:00前到达候考室，逾时不到者视为自动放弃。
联系电话：0571-6301169。
檀埠县红十字会
2025年5月12日
""",
    ),
    dict(
        slug="tender-feiling-horse-stable-bid-result-html",
        site="榧岭县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.feiling.example.gov.cn/jyxx/zfcg/zbgg/2025/0619/88101.html",
        title="榧岭县青少年马术训练基地马厩改造项目中标结果公告",
        record_title="榧岭县青少年马术训练基地马厩改造项目中标结果公告",
        date="2025-06-19",
        notes="a tender portal: countdown and login buttons, a project-number line, a result table one row a paragraph; the buyer's and the agency's own contacts kept, the portal's CA hotline dropped",
        page="""
<html><head><meta charset="utf-8"><title>中标结果公告-榧岭县公共资源交易网</title></head><body>
<div class="top">⟦m 榧岭县公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a CA办理⟧</div>
<div class="nav">⟦m 交易信息　政策法规　服务指南　诚信体系⟧</div>
<div class="crumb">⟦m 交易信息 › 政府采购 › 中标公告⟧</div>
<div class="art"><h3>{T}</h3>
<div class="sub">⟦m 【信息时间：2025-06-19】【阅读次数：342】⟧ ⟦a 【我要打印】⟧</div>
<p>项目编号：FLCG-2025-0617</p>
{BODY}
</div>
<div class="ft">⟦m CA证书办理咨询：400-088-6611⟧<br>⟦m 榧岭县公共资源交易中心　版权所有⟧</div>
</body></html>
""",
        body="""
一、项目名称：榧岭县青少年马术训练基地马厩改造项目
二、中标信息
中标单位　中标金额　工期
榧岭宏筑建设有限公司　人民币一百二十八万六千元　九十日历天
三、公告期限。自本公告发布之日起一个工作日。
四、联系方式。采购人：榧岭县体育事业发展中心，联系人：何先生，电话：0571-6102233。采购代理机构：榧岭诚信招标代理有限公司，联系人：邹女士，电话：0571-6115890。
""",
    ),
    dict(
        slug="lawfirm-liaoyuan-organ-donation-consent-answer",
        site="蓼原衡正律师事务所 (invented)",
        style="律所网站",
        genre="解答",
        kind="answer",
        form="text",
        source="https://www.hengzhenglaw.example.cn/zxzx/4419.html",
        title="家属能否替逝者决定捐献器官？",
        record_title="家属能否替逝者决定捐献器官？_衡正律师在线解答",
        date="2025-03-03",
        notes="a law firm's answer page: a consult box and a 24h hotline, a lawyer card, a not-legal-advice disclaimer; a decorated record title; the 发布时间 line the date",
        page="""
!m 衡正律师事务所　专业·诚信·高效
!m 首页 / 法律咨询 / 医疗纠纷
!t 家属能否替逝者决定捐献器官？
!m 发布时间：2025-03-03　解答律师：邵凌云　浏览 689
{BODY}
!w 免费咨询热线：400-610-2288（24小时）　在线律师一对一解答
!w 立即咨询　提交您的问题，律师30分钟内回复
!d 以上解答仅供参考，不构成正式法律意见，具体问题请咨询执业律师。
!l 相关问题：遗体捐献需要哪些手续？｜器官捐献能否获得补偿？
""",
        body="""
问：我父亲生前没有表示过是否愿意捐献器官，现在他去世了，我们子女能替他决定捐献吗？
答：根据民法典第一千零六条的规定，自然人生前未表示不同意捐献的，该自然人死亡后，其配偶、成年子女、父母可以共同决定捐献，决定捐献应当采用书面形式。
需要注意的是，这里要求的是配偶、成年子女、父母“共同决定”，其中任何一人不同意的，都不能捐献。
此外，器官捐献遵循自愿、无偿的原则，任何组织和个人不得买卖人体器官。
""",
    ),
    dict(
        slug="community-qinhu-go-corner-notice-oneline",
        site="枰川街道棋盘社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qipansq.example.org/sqgg/20250308.html",
        title="关于开办社区老年围棋角的通知",
        record_title="关于开办社区老年围棋角的通知",
        date="2025-03-08",
        notes="a residents' site where the whole notice is on one line (paragraphs joined, indent kept); neighbourhood chrome above and below; the date at the end of the line",
        oneline=True,
        indent="　　",
        page="""
!m 棋盘社区 ｜ 邻里一家亲
!m 社区公告 >> 正文
{T}
!m 作者：社区居委会　时间：2025-03-08
{BODY}
!l 邻里留言（3）：王阿姨：我报名！｜老杨：周三下午有空
!m 社区服务站电话：0571-8770032　地址：枰川街道棋盘路9号
""",
        body="""
各位居民朋友：
为丰富社区老年人精神文化生活，社区决定在党群服务中心二楼开办老年围棋角，现将有关事项通知如下。
开放时间为每周一、三、五下午两点至五点，棋具由社区免费提供。
每月最后一个星期五，社区将邀请县围棋协会的老师来讲棋，欢迎围棋爱好者参加。
棋盘社区居民委员会
2025年3月8日
""",
    ),
    dict(
        slug="association-xizhou-brocade-association-minutes-html",
        site="樨州市织锦行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.xzzjxh.example.org.cn/xhdt/2025/0322/145.html",
        title="樨州市织锦行业协会第二届理事会第三次会议纪要",
        record_title="樨州市织锦行业协会第二届理事会第三次会议纪要",
        date="2025-03-22",
        notes="an association page: a member-login box, a join-us button, a footer with the secretariat's address; minutes with 时间/地点/主持/出席 lines and a numbered decision list kept; the date only in the meta line and in 时间",
        page="""
<html><head><meta charset="utf-8"><title>理事会会议纪要 - 樨州市织锦行业协会</title></head><body>
<div id="hd"><div class="name">⟦m 樨州市织锦行业协会⟧</div><div class="en">⟦m Xizhou Brocade Industry Association⟧</div></div>
<div id="login">⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div id="nav">⟦m 协会概况 ｜ 协会动态 ｜ 会员风采 ｜ 政策法规 ｜ 联系我们⟧</div>
<div id="main">
<div class="tt">{T}</div>
<div class="meta">⟦m 发布日期：2025-03-22　栏目：协会动态⟧</div>
{BODY}
</div>
<div id="links">⟦l 友情链接：樨州市文化馆　樨州市非遗保护中心　省工艺美术协会⟧</div>
<div id="ft">⟦m 秘书处地址：樨州市锦绣路88号三楼　电话：0775-3218866⟧ ⟦d Copyright © 2025 樨州市织锦行业协会 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
时间：2025年3月22日上午9时
地点：协会会议室
主持：会长 韦秀英
出席：理事十五人，监事二人
会议审议并通过以下事项：
1. 2024年度协会工作报告和财务收支情况报告；
2. 接纳笪口织锦工坊等四家单位为会员单位；
3. 举办第三届樨州织锦技艺大赛的方案。
会议要求，秘书处要在4月底前完成大赛筹备工作，各理事单位要积极组织技师参赛。
""",
    ),
    dict(
        slug="corp-qinyun-violin-company-news-text",
        site="琴韵乐器有限公司官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qinyun-violin.example.com/news/company/2025-10-21.html",
        title="琴韵乐器获评省级专精特新中小企业",
        record_title="琴韵乐器获评省级专精特新中小企业 | 琴韵乐器",
        date="2025-10-21",
        notes="a company site: language switch, product menu, online-shop button; a site suffix; a sentence about a 下载 of a catalogue in the body kept; a WeChat-id line at the bottom",
        page="""
!a 中文　|　EN　|　在线商城
!m 首页　关于琴韵　产品中心　新闻动态　联系我们
!m 新闻动态 / 公司新闻
!t 琴韵乐器获评省级专精特新中小企业
!m 2025-10-21　|　浏览量：418
{BODY}
!l 返回列表
!m 官方微信：qinyun_violin　销售热线：0775-3390018
!m © 琴韵乐器有限公司　桂ICP备16002918号
""",
        body="""
近日，省工业和信息化厅公布了2025年度省级专精特新中小企业名单，琴韵乐器有限公司榜上有名。
公司成立于2008年，专注于中高档提琴的研发和制作，产品远销欧美二十多个国家和地区。
近年来，公司先后获得实用新型专利十一项，自主研发的面板振动测试系统大幅提升了音色的稳定性。
公司新版产品目录已在官网“服务支持”栏目上线，经销商可自行下载。
""",
    ),
    dict(
        slug="training-heibai-go-school-spring-plan-glued",
        site="黑白棋院培训中心 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.heibaiqiyuan.example.com/jxjh/2025chun.html",
        title="黑白棋院2025年春季学期教学计划",
        record_title="黑白棋院2025年春季学期教学计划",
        date="2025-02-15",
        notes="a training school: a trial-lesson prompt glued after a 。, a consultant's WeChat box between paragraphs, a scan-to-book line at the bottom; the date under the signature",
        page="""
!w 免费试听课火热预约中　咨询电话：0575-8219666
!m 黑白棋院 · 少儿围棋培训专家
!m 首页 | 课程体系 | 师资力量 | 教学计划 | 报名须知
{T}
{BODY}
!a 扫码添加课程顾问，领取试听名额
!m 地址：棹湖区文昌路22号二楼
""",
        body="""
一、教学目标。启蒙班学员掌握围棋基本规则和吃子技巧，提高班学员达到业余五级至二级水平，冲段班学员力争通过业余初段考试。⟦w 报名春季班即送棋具一套，详询前台⟧
二、课程安排。每周六、周日上课，每次两课时，共十六周。
⟦w 课程顾问：小鹿老师　微信 heibai_xiaolu⟧
三、教学方法。采用讲解、对弈、复盘相结合的方式，每月组织一次校内等级赛。
四、家校沟通。教练每月向家长反馈一次学员学习情况，学期末举行汇报赛。
黑白棋院教学部
2025年2月15日
""",
    ),
]
