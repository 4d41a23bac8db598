"""holdout71, part D: billiards (台球) — billiard halls, a snooker club, a school elective, a
staff games room, minors' access rules, a cue maker. Written by hand, blind; invented text,
places, people, sites and URLs. See ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-langxi-hall-owner-diary-html",
        site="朗溪老周的球房日记 (invented)",
        style="博客",
        genre="随笔",
        kind="post",
        form="html",
        source="http://laozhou-qiufang.langxiblog.example.com/archives/318",
        title="开台球厅的第十年",
        record_title="开台球厅的第十年 – 老周的球房日记",
        date="2025-01-05",
        notes="a WordPress-like blog: a site suffix with an en dash; the post's 发表于 date; a category/tag row, a 'like' button glued after a sentence, a comment count and a sidebar search box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>开台球厅的第十年 – 老周的球房日记</title></head><body>
<header><p class="site-title">⟦m 老周的球房日记⟧</p><p class="desc">⟦m 朗溪城南一家小球房的流水账⟧</p></header>
<main><h2 class="entry-title">{T}</h2>
<div class="entry-meta">⟦m 发表于 2025年1月5日 由 老周⟧</div>
{BODY}
<div class="entry-footer">⟦l 分类：球房琐记 | 标签：台球厅, 十周年 | 6条评论⟧</div></main>
<aside><form>⟦a 搜索…⟧</form><h3>⟦l 近期文章⟧</h3><ul><li>⟦l 换台呢那天⟧</li><li>⟦l 一个老球友走了⟧</li></ul></aside>
<footer>⟦m 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
2015年元旦，我在朗溪城南菜场楼上租了两百平米，摆了八张台子，球房就这样开张了。
十年里，台呢换了五回，球杆不知道修了多少根，来打球的小伙子有的成了家，带着孩子来看我。⟦a 👍 点赞 21⟧
最难的是疫情那几年，关门大半年，房租照交，我差点就不干了。
现在年纪大了，我给自己定了规矩：晚上十一点准时关门，未成年人一律不让进，安安稳稳再干几年。
""",
    ),
    dict(
        slug="wechat-yingtai-snooker-club-rules-html",
        site="莹台斯诺克俱乐部（公众号镜像） (invented)",
        style="公众号镜像",
        genre="制度",
        kind="rules",
        form="html",
        source="https://wx.mirrorhub.example.net/article/yingtai-snooker-0420",
        title="莹台斯诺克俱乐部会员文明打球公约",
        record_title="莹台斯诺克俱乐部会员文明打球公约",
        date="2025-04-20",
        notes="WeChat mirror: 原创 mark and account line with the post time (the date); a numbered covenant kept including a sentence about 扫码 payment; a 'share to friends' line and a 在看 row; the mirror's own footer",
        page="""
<html><head><meta charset="utf-8"><title>莹台斯诺克俱乐部会员文明打球公约</title></head><body>
<div id="page-content">
<h2>{T}</h2>
<div class="meta">⟦m 原创　莹台斯诺克　2025年4月20日 11:32⟧</div>
<div id="js_content">
{BODY}
<p>⟦l 觉得有用，就分享给球友吧⟧</p>
</div>
<div class="bottom">⟦l 阅读 658　｜　点赞 24　｜　在看 6⟧</div>
</div>
<div class="mirror-foot">⟦d 本页面为公众号文章存档，版权归原作者所有⟧</div>
</body></html>
""",
        body="""
为营造安静、整洁、礼貌的打球环境，经会员代表讨论，制定本公约。
1.击球时请保持安静，不在他人击球时走动、喧哗或站在对方视线内。
2.爱护台呢和球杆，禁止坐在球台上，禁止用球杆敲击地面。
3.按时结束预约时段，结账时请到前台扫码付款，不拖欠台费。
4.馆内禁止吸烟，饮料请放在茶几上，不得放在球台边框。
莹台斯诺克俱乐部
2025年4月20日
""",
    ),
    dict(
        slug="docshare-huaping-hall-lease-contract",
        site="范本网 (invented)",
        style="文档分享",
        genre="合同",
        kind="template",
        form="text",
        source="https://www.fanbenwang.example.com/hetong/fw/116203.html",
        title="台球厅场地租赁合同",
        record_title="台球厅场地租赁合同（范本）_可编辑",
        date=None,
        notes="document-sharing page: （范本）_可编辑 decoration; a contract template with blanks kept; a price/download bar and a 'similar templates' list; no date",
        page="""
!m 范本网 › 合同范本 › 房屋租赁
!t 台球厅场地租赁合同（范本）_可编辑
!m 文档格式：doc　｜　大小：27K　｜　已下载 3418 次
!a VIP免费下载　｜　单篇购买 ¥4.90
{BODY}
!l 同类范本：KTV场地租赁合同　健身房租赁协议　茶楼转让合同
!d 范本仅供参考，使用前请咨询专业人士
""",
        body="""
出租方（甲方）：______________
承租方（乙方）：______________
第一条　甲方将位于______________的房屋出租给乙方作台球厅经营使用，建筑面积______平方米。
第二条　租赁期限自____年__月__日起至____年__月__日止。
第三条　乙方应依法办理营业执照，不得接纳未成年人进入台球厅，由此产生的责任由乙方承担。
第四条　乙方不得擅自改变房屋结构，装修方案须经甲方书面同意。
""",
    ),
    dict(
        slug="edu-shuanghe-minors-inspection-notice-html",
        site="霜河县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.shuanghe.example.gov.cn/tzgg/2025/0305/2219.html",
        title="关于开展校园周边台球厅专项检查的通知",
        record_title="关于开展校园周边台球厅专项检查的通知",
        date="2025-03-05",
        notes="education bureau template: a school-safety banner, a login row for the staff platform; the document's own 举报电话 kept beside the site's 办公电话 footer; the 文号 neutral; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展校园周边台球厅专项检查的通知-霜河县教育体育局</title></head><body>
<div class="banner">⟦m 霜河县教育体育局⟧ ⟦m 办人民满意的教育⟧</div>
<div class="login">⟦a 教职工平台登录⟧ ⟦a 家长入口⟧</div>
<nav>⟦l 首页 教育要闻 通知公告 政策法规 平安校园⟧</nav>
<div class="pos">⟦m 当前位置：首页 > 通知公告⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 时间：2025-03-05　阅读：741⟧</div>
<p class="docno">霜教体〔2025〕21号</p>
{BODY}
<div class="attach">⟦a 相关附件下载⟧</div>
<footer>⟦m 办公电话：0478-7120506　地址：霜河县文昌街12号⟧</footer>
</body></html>
""",
        body="""
各中小学校、幼儿园：
为净化校园周边环境，县教育体育局联合县文化市场综合执法大队，于3月10日至3月31日开展校园周边台球厅专项检查。
一、检查重点为学校周边二百米范围内的台球厅，是否接纳未成年学生、是否悬挂禁止未成年人进入标志。
二、各学校要加强对学生的教育，发现学生进入台球厅的，及时告知家长。
三、群众发现违规接纳未成年人的，可拨打举报电话0478-7125515。
霜河县教育体育局
2025年3月5日
""",
    ),
    dict(
        slug="intranet-guyun-games-room-opening",
        site="固云电力检修公司内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://portal.gyjx.example.local/notice/view?id=5082",
        title="关于职工之家台球室开放的通知",
        record_title="关于职工之家台球室开放的通知",
        date="2025-02-17",
        notes="enterprise intranet: a portal header with user name and unread count; a table of opening hours kept; a 'confirm read' button; the union's own 分机 number kept; 成文日期",
        page="""
!m 固云检修 · 员工门户　　欢迎您，司马青　|　待办(3)　|　退出
!m 首页 > 通知公告 > 工会通知
{T}
!m 发布部门：公司工会　　发布日期：2025-02-17　　阅读：312
{BODY}
!a 确认已阅
!m 信息中心技术支持　内线：8800
""",
        body="""
各部门、各班组：
职工之家台球室已完成改造，配备中式八球台三张，自2月18日起对全体职工开放。
时段　开放时间
工作日　12:00—13:30，17:30—21:00
休息日　9:00—21:00
请大家爱护器材，使用后将球杆放回杆架，损坏器材请及时告知工会。
联系人：工会干事 包颖，分机：6217
公司工会
2025年2月17日
""",
    ),
    dict(
        slug="qa-qiuling-cue-choice-answer",
        site="问一问 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="text",
        source="https://www.wenyiwen.example.cn/q/3390127.html",
        title="新手买台球杆，一体杆还是中分杆好？",
        record_title="新手买台球杆，一体杆还是中分杆好？ - 问一问",
        date=None,
        notes="Q&A: a site suffix; the accepted answer with an answerer badge and a relative time (no date); 有用/没用 votes; other answers folded; an ad line",
        page="""
!m 问一问 > 运动健身 > 台球
!t 新手买台球杆，一体杆还是中分杆好？ - 问一问
!m 提问者：丘陵骑士　|　浏览 2097 次
!l 最佳答案
!m 球房老板阿鑫　|　五星答主　|　5小时前
{BODY}
!l 有用(43)　没用(2)
!l 其他 4 条回答 ▼
!a 【推荐】台球杆工厂直销，点击进店
""",
        body="""
新手建议先买一体杆，价格便宜，杆身没有接口，出杆的手感更直。
中分杆方便携带，适合经常换球房打球的人，但接口做工差的容易松动，反而影响准度。
杆头的大小也要注意，打中式八球一般选十一点五毫米左右的杆头，打斯诺克选九点五到十毫米的。
预算在三百元以内的话，先买一根入门款练一年，找到手感了再换好杆也不迟。
""",
    ),
    dict(
        slug="anthology-yanshan-essay-snooker-night",
        site="砚山居散记 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://www.yanshanju.example.org/sanji/2024/57.html",
        title="县城的最后一家露天台球摊",
        record_title="砚山居散记·第五十七篇｜县城的最后一家露天台球摊",
        date=None,
        notes="a personal collection, hard-wrapped at 56 columns; the title with the collection's numbering; a 写于 season-and-year line and an 编入 stamp are no date; a 上一篇/下一篇 line",
        wrap=56,
        indent="　　",
        page="""
!m 砚山居散记　目录｜随笔｜旧影
!t 砚山居散记·第五十七篇｜县城的最后一家露天台球摊
!m 编入文集：2024-08-20
{BODY}
二〇二四年夏　写于砚山居
!l 上一篇：供销社的铁皮屋顶　｜　下一篇：南门外的修车铺
""",
        body="""
九十年代的县城，电影院门口的空地上总摆着几张露天台球桌，一毛钱打一局，台呢上补丁摞着补丁。
摊主是个瘸腿的中年人，大家都叫他老谭。他从不催人结账，天黑了就拉一根电线，挂一盏灯泡。
后来县里修了广场，台球摊搬了两回，最后在一个雨夜收了摊，再也没出现过。
前几天路过广场，看见一群孩子在那里滑板车，我忽然很想再听一听那清脆的撞球声。
""",
    ),
    dict(
        slug="dangjian-jiuxi-village-hall-news",
        site="九溪党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.jiuxidj.example.gov.cn/jcdj/2025/0708/6612.html",
        title="闲置台球厅变身村级党群服务站",
        record_title="【基层党建】闲置台球厅变身村级党群服务站",
        date="2025-07-08",
        notes="Party-building text page: 【基层党建】 prefix; a slogan row and a 学习园地 link list; 来源/作者/日期 meta with the date; a study-app prompt glued between paragraphs",
        page="""
!m 九溪党建网　　党建引领　服务群众
!l 首页｜党建要闻｜基层党建｜党员风采｜学习园地
!t 【基层党建】闲置台球厅变身村级党群服务站
!m 日期：2025-07-08　　来源：九溪县委组织部　　作者：龙晓
{BODY}
!l 相关阅读：村级党组织书记履职能力培训班开班
!m 中共九溪县委组织部主办　技术支持：县信息中心
""",
        body="""
九溪县柏坪村村口原有一间闲置多年的台球厅，墙皮脱落、门窗破损，成了村里的“脏乱角”。
今年以来，村党支部与房主协商租用，改造成集党员活动、便民服务、群众议事于一体的党群服务站。
⟦a 打开“九溪先锋”APP，参与本期党建知识答题⟧
服务站设有代办窗口、阅览室和老年人活动室，原来的两张台球桌也保留下来，供村民休闲娱乐。
村党支部书记表示，下一步将在服务站定期开展政策宣讲和技能培训。
""",
    ),
    dict(
        slug="hospital-lianzhou-wrist-injury-article-html",
        site="莲州市骨科医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="html",
        source="https://www.lzgkyy.example.com/kepu/2025/0616/803.html",
        title="打台球也会伤手腕？医生教你正确握杆",
        record_title="打台球也会伤手腕？医生教你正确握杆 - 健康科普 - 莲州市骨科医院",
        date="2025-06-16",
        notes="hospital template: channel and site suffix; a 预约挂号 float box and the hospital's 24-hour line (chrome) while the article's own 门诊时间 line is kept; the byline's 发布时间 is the date; a disclaimer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打台球也会伤手腕？医生教你正确握杆 - 健康科普 - 莲州市骨科医院</title></head><body>
<div class="hd">⟦m 莲州市骨科医院⟧ ⟦m 服务热线（24小时）：0756-3688120⟧</div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 专科特色⟧</li><li>⟦l 名医风采⟧</li><li>⟦l 健康科普⟧</li></ul>
<h1>{T}</h1>
<div class="by">⟦m 发布时间：2025-06-16　作者：手足外科 颜承⟧</div>
{BODY}
<div class="fixed">⟦a 预约挂号⟧ ⟦w 在线问诊⟧</div>
<p class="tip">⟦d 科普内容仅供参考，具体诊疗请遵医嘱⟧</p>
<div class="ft">⟦m Copyright 莲州市骨科医院　粤ICP备2022088163号⟧</div>
</body></html>
""",
        body="""
近来，手足外科门诊接诊了好几位因打台球导致手腕疼痛的年轻人，诊断多为腕部肌腱炎。
原因主要是握杆过紧、出杆时手腕发力，长时间重复同一动作，肌腱反复摩擦引起炎症。
正确的做法是握杆手放松，用大臂带动小臂出杆，手腕保持自然，不要主动翻转。
如果手腕疼痛超过一周仍不缓解，应及时就诊。手足外科专家门诊时间：每周二、周四全天。
""",
    ),
    dict(
        slug="college-qiaohe-billiards-elective-html",
        site="桥河职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qhvtc.example.edu.cn/jwc/tzgg/2025/0902/1510.htm",
        title="关于增设台球选修课的通知",
        record_title="关于增设台球选修课的通知-教务处",
        date="2025-09-02",
        notes="college template: a department suffix; a decimal-numbered list of course arrangements kept; quick links and a WebVPN login; the byline's 日期 is the date; a 'back to top' link",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于增设台球选修课的通知-教务处</title></head><body>
<div class="head">⟦m 桥河职业技术学院教务处⟧ ⟦a WebVPN登录⟧</div>
<div class="nav">⟦l 首页 | 教学管理 | 考务管理 | 学籍管理 | 实践教学⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 日期：2025-09-02　点击：887⟧</div>
{BODY}
<div class="side">⟦l 常用链接：教务系统 | 课表查询 | 成绩查询⟧</div>
<div class="top">⟦a 返回顶部⟧</div>
<div class="ft">⟦m 地址：桥河市职教园区学苑路1号　邮编：642150⟧</div>
</body></html>
""",
        body="""
各二级学院：
根据学生体育兴趣调查结果，学院本学期在体育选修课中增设台球课程，现将有关安排通知如下。
1.课程安排
1.1 开设两个教学班，每班二十四人，每周二课时，共十六周。
1.2 上课地点为学生活动中心三楼台球教室。
2.考核方式
2.1 平时成绩占百分之四十，技术考核占百分之六十。
请各二级学院通知学生按时在教务系统中选课。
""",
    ),
    dict(
        slug="localbbs-kuanglu-hall-closure-jammer-html",
        site="邝麓在线论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.kuanglu.example.com/thread-221908-1-1.html",
        title="城东星光台球厅停业转让告示",
        record_title="城东星光台球厅停业转让告示 - 邝麓杂谈 - 邝麓在线",
        date="2025-08-30",
        date_also=["2025-08-31"],
        notes="Discuz-like local forum with jammer fonts (junk in HTML); the 告示's date under its signature expected, the post date accepted; a poster column, a 只看楼主 row and a reply box",
        junk=dict(lines=1, glued=1),
        page="""
<!DOCTYPE html><html><head><meta charset="gbk"><title>城东星光台球厅停业转让告示 - 邝麓杂谈 - 邝麓在线</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 邝麓在线⟧ ⟦l 首页 | 邝麓杂谈 | 二手市场 | 房产租售 | 招聘求职⟧</div>
<div id="pt">⟦m 邝麓在线 › 邝麓杂谈 › 城东星光台球厅停业转让告示⟧</div>
<table><tr><td class="pls">⟦m 星光老板娘⟧<br>⟦m 注册会员　帖子 12⟧</td>
<td class="plc"><h1>{T}</h1><div class="authi">⟦m 发表于 2025-8-31 09:12⟧ ⟦l 只看该作者⟧</div>
{BODY}
</td></tr></table>
<div class="fastpost">⟦a 登录后才能发表回复⟧</div>
<div id="ft">⟦m Powered by 论坛程序 © 2001-2025⟧</div>
</body></html>
""",
        body="""
各位老顾客：
因本人身体原因，城东星光台球厅将于9月10日起停业，现整体转让，台球桌八张、空调三台一并转让。
会员卡余额请于9月9日前到店办理退款，逾期视为自动放弃，请大家相互转告。
感谢各位球友这些年的照顾！有意接手者请到店面谈。
星光台球厅
2025年8月30日
""",
    ),
    dict(
        slug="download-yuanqiao-referee-handbook",
        site="原桥资料下载网 (invented)",
        style="资料下载站",
        genre="规则",
        kind="rules",
        form="text",
        source="http://www.yqzl-down.example.com/d/8817.html",
        title="中式台球比赛规则要点",
        record_title="中式台球比赛规则要点.doc",
        date=None,
        notes="a download station in text: a file-info block (size, language, date added), three download links and a virus-scan line; the preview cut by ⋯n⋯ markers glued to the continuation; add stamps are no date",
        pages=dict(fmt="⋯{n}⋯", every=110, start=2, glue=True),
        page="""
!m 原桥资料下载网 - 文档资料 - 体育规则
!t 中式台球比赛规则要点.doc
!m 文件大小：56KB　｜　语言：简体中文　｜　添加时间：2024-05-11
!m 安全检测：已通过杀毒软件检测
!l 内容预览：
{BODY}
!a 本地下载　｜　网通下载　｜　电信下载
!l 相关资料：斯诺克规则图解　九球比赛规则
""",
        body="""
一、开球时，母球须放在开球线后，至少有四颗目标球碰到台边，否则为开球犯规。
二、开球后，台面为开放球局，选手打进全色球或花色球后，确定自己的球组。
三、每次击球须先击中本方目标球，否则为犯规，对方获得自由球。
四、本方球组全部打进后，合法打进黑八者获胜；提前误进黑八或黑八与母球同时落袋者判负。
""",
    ),
    dict(
        slug="print-ningjiang-culture-enforcement-html",
        site="宁江县文化市场综合执法大队（打印页） (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://wfzd.ningjiang.example.gov.cn/printpage.aspx?aid=7713",
        title="关于三家台球厅违规接纳未成年人的通报",
        record_title="关于三家台球厅违规接纳未成年人的通报 --打印预览",
        date="2025-05-26",
        notes="print view: ——打印预览 suffix; a print-bar, a print stamp (no date) and the URL line; a penalty table kept; 抄送/印发 版记 kept; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>关于三家台球厅违规接纳未成年人的通报 --打印预览</title></head><body>
<div class="printbar">⟦a 打印本页　|　返回原文⟧</div>
<h2>{T}</h2>
<div class="pt">⟦m 打印于：2025/06/03 09:57⟧</div>
{BODY}
<div class="u">⟦m 原文地址：http://wfzd.ningjiang.example.gov.cn/tb/2025/7713.html⟧</div>
</body></html>
""",
        body="""
各乡镇综合文化站，各台球经营场所：
近期，我大队在日常巡查中发现三家台球厅违规接纳未成年人，现予以通报。
场所名称　违规情况　处理结果
城关镇乐友台球　接纳未成年人四名　警告并罚款二千元
新华路一杆台球　接纳未成年人二名　警告
河西街飓风台球　未悬挂禁入标志　责令限期整改
各经营场所要引以为戒，严格落实未成年人禁入规定。
宁江县文化市场综合执法大队
2025年5月26日
抄送：县文化广电和旅游局，县公安局。
宁江县文化市场综合执法大队办公室　2025年5月26日印发
""",
    ),
]
