"""holdout273, part E: 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛 (one HTML and one text each).

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="assoc-jichuan-crafts-council-minutes-flint",
        site="笄川县民间工艺美术协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.jcmjgy.org.cn/xhdt/2025/0318/214.html",
        title="笄川县民间工艺美术协会第二届理事会第四次会议纪要",
        record_title="〖理事会议·纪要〗笄川县民间工艺美术协会第二届理事会第四次会议纪要 - 会务公开",
        date="2025-03-15",
        date_also=["2025-03-18"],
        notes="association site: member-login row, member hotline; minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; the 时间 line's date expected, the page's date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〖理事会议·纪要〗笄川县民间工艺美术协会第二届理事会第四次会议纪要 - 会务公开</title>
</head><body>
<div class="xh-top">⟦m 笄川县民间工艺美术协会⟧ <span>⟦a 会员登录 · 入会申请 · 会员专区⟧</span></div>
<ul class="xh-nav"><li>⟦m 协会简介⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 非遗传承⟧</li></ul>
<div class="xh-pos">⟦m 首页 ＞ 协会动态⟧</div>
<h2>{T}</h2>
<div class="xh-meta">⟦m 2025-03-18　秘书处　浏览 97⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-pn">⟦l 上一篇：协会组织会员赴菲田镇采风⟧<br>⟦l 下一篇：关于缴纳2025年度会费的通知⟧</div>
<div class="xh-foot">⟦m 会员服务热线：0719-6630811⟧　⟦m 协会地址：笄川县文化馆三楼⟧</div>
</body></html>
""",
        body="""
时间：2025年3月15日上午9:00
地点：协会会议室（县文化馆三楼）
主持：会长 蔺秋实
出席：理事13名（应到15名）
列席：监事 阚立平
记录：秘书长 昝玉兰
会议审议并通过以下事项：
一、同意将“菲田火镰锻制技艺”申报县级非物质文化遗产代表性项目，由协会牵头整理申报材料，4月底前报县文化馆。表决结果：同意13票，反对0票，弃权0票。
二、同意设立火镰传习小组，聘请蔺秋实、厍老栓两位老匠人为指导师傅，年内招收学徒3名。
三、同意在今年秋季民俗文化节上举办火镰制作展演，展演期间现场不进行击火取火，只展示锻打工序。
四、会费收缴情况：截至3月10日，已有86名会员缴纳2025年度会费。
""",
    ),
    dict(
        slug="assoc-yishan-bamboo-pledge-tray-coatings",
        site="桋山县竹木制品行业协会 (invented, text)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.yszmxh.cn/zl/2025/0303/58.html",
        title="关于规范竹编蚕具生产的倡议书",
        record_title="〔自律公约·倡议〕关于规范竹编蚕具生产的倡议书 - 桋山县竹木制品行业协会",
        date="2025-03-01",
        notes="association page as text: member-login row and member hotline; a pledge whose last sentence asks members to 分享 it; the association's signature date in Chinese numerals",
        page="""
!m 桋山县竹木制品行业协会
!a 会员入口 ｜ 申请加入协会
!m 协会首页 » 行业自律
!t 〔自律公约·倡议〕关于规范竹编蚕具生产的倡议书
!m 发布：协会秘书处　　浏览：163
{BODY}
!m 会员服务热线：0718-6625309
!l 相关：竹编产品质量抽查情况通报 ｜ 2025年会员大会通知
!m 协会地址：桋山县竹乡大道66号
""",
        body="""
全县竹编企业、合作社和手艺人：
蚕匾、蚕架、方格簇等竹编蚕具直接接触蚕体，质量好坏关系到蚕茧收成和蚕农收入。近年来，个别生产者为防霉防蛀，在蚕匾上刷涂油漆或喷洒化学防腐剂，导致蚕农养蚕中毒减产。为此，协会向全体会员发出如下倡议：
一、坚持用当年生毛竹篾编制蚕具，不用霉变、虫蛀的竹料；
二、不在蚕具上刷涂任何油漆和化学防腐剂，防霉一律采用蒸煮、晾晒等物理办法；
三、出厂蚕具附带合格证，注明生产者、竹料产地和生产日期；
四、发现同行违规生产的，及时向协会反映。
让我们从一只蚕匾做起，守住行业信誉，守护蚕农的饭碗。欢迎各会员单位将本倡议分享到各自的客户群。
桋山县竹木制品行业协会
二〇二五年三月一日
""",
    ),
    dict(
        slug="company-ciwan-brewery-drip-free-bottle",
        site="茨湾酱园 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ciwanjiangyuan.com/news/2025/1009/96.html",
        title="茨湾酱园推出防滴漏玻璃酱油瓶",
        record_title="新闻中心丨茨湾酱园推出防滴漏玻璃酱油瓶 - 茨湾酱园",
        record_date="2025-10-09",
        date="2025-10-09",
        notes="company site: cookie notice, service float with an order line, a dotted date; the title repeated glued before the lead, a photo caption between paragraphs; 扫码 as content (a traceability code); date from the record",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>新闻中心丨茨湾酱园推出防滴漏玻璃酱油瓶 - 茨湾酱园</title>
<script src="/js/cookie-consent.js"></script>
</head><body>
<div class="cookie-bar">⟦d 为了更好的浏览体验，本站会使用Cookie，继续访问即视为您已同意⟧ <button>⟦a 知道了⟧</button></div>
<header><div class="brand">⟦m 茨湾酱园 · 百年晒酱⟧</div><nav>⟦m 首页　品牌故事　产品中心　新闻中心　联系我们⟧</nav></header>
<div class="news-pos">⟦m 首页 / 新闻中心 / 企业动态⟧</div>
<h1>{T}</h1>
<div class="news-date">⟦m 2025.10.09⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="news-pn">⟦l 上一篇：茨湾酱园第十二届晒酱节开幕⟧　⟦l 下一篇：茨湾酱园获评县级龙头企业⟧</div>
<div class="service-float">⟦w 在线客服⟧<br>⟦m 订购热线 400-873-5126⟧</div>
<footer>⟦m 茨湾县茨湾酱园有限公司　冀ICP备19008217号⟧</footer>
</body></html>
""",
        body="""
⟦t 茨湾酱园推出防滴漏玻璃酱油瓶⟧近日，茨湾酱园在500毫升玻璃酱油瓶上启用新设计的防滴漏瓶口，新包装产品已陆续在县内超市上架。
老款酱油瓶倒完后，瓶口常挂着一圈酱油，顺着瓶身流下来，既弄脏台面，又容易招虫。新瓶口在内侧加了一道回流槽，倒酱油时收得住，停下时残液会流回瓶内。公司联合硙阳县晶华玻璃制品有限公司反复打样，历时八个月才定型。
⟦m 图：新旧两款瓶口对比⟧
新瓶仍沿用瓶身压印的“茨湾”字样，标签右下角新增追溯二维码，顾客扫码即可查看该批产品的酿造日期、晒制天数和检验报告。
公司提醒消费者，空瓶可送回县内各销售网点，每只抵扣0.3元购酱款。
""",
    ),
    dict(
        slug="company-tongqu-dragonfly-toy-recall",
        site="童趣竹艺 (invented toy company, text)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.tongquzhuyi.com/news/gonggao/31.html",
        title="关于召回部分批次“小飞侠”竹蜻蜓玩具的公告",
        date="2025-06-10",
        notes="title as in the record; a recall with its batches table; the company's 召回专线 stays beside its 400 order line; the company's signature date",
        page="""
!m 童趣竹艺 · 官方网站
!m 首页 ｜ 产品中心 ｜ 新闻公告 ｜ 联系我们
{T}
!m 发布日期：2025-06-10　　浏览：1388
{BODY}
!m 经销加盟、批发订购请拨：400-873-6602
!d 本网站所有图片及文字版权归童趣竹艺所有
!m 泭水县童趣竹艺玩具有限公司　赣ICP备20011584号-1
""",
        body="""
尊敬的消费者：
我公司近期在质量回访中发现，2025年3月至4月生产的部分“小飞侠”竹蜻蜓玩具，桨叶边缘打磨不到位，存在划伤儿童皮肤和眼睛的风险。为保障儿童安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　数量（件）
XFX-18　20250312　4800
XFX-18　20250326　5200
XFX-22　20250409　3600
请购买了上述批次产品的消费者立即停止使用，可凭产品或包装到原购买网点办理退货，也可拨打召回专线预约上门取回，我公司将全额退款。
召回专线：0736-8326610（每日8:30—20:00）
给您带来的不便，我们深表歉意。
泭水县童趣竹艺玩具有限公司
2025年6月10日
""",
    ),
    dict(
        slug="training-lixing-flint-heritage-camp",
        site="砺行研学 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.lixingyanxue.com/kecheng/feiyi/1018.html",
        title="“打铁花与火镰”非遗研学周末营招生简章",
        record_title="【研学营】“打铁花与火镰”非遗研学周末营招生简章（限招20人）- 砺行研学",
        date=None,
        notes="training school: promo banner, consult float with a 400 line beside the course's own 报名电话; camp days without a year: no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【研学营】“打铁花与火镰”非遗研学周末营招生简章（限招20人）- 砺行研学</title>
</head><body>
<div class="promo">⟦a 秋季研学早鸟价，10月1日前报名立减100元⟧</div>
<header>⟦m 砺行研学 · 行走的课堂⟧ <nav>⟦m 首页　研学课程　营地介绍　往期回顾⟧</nav></header>
<div class="pos">⟦m 首页 > 研学课程 > 非遗手作⟧</div>
<h1>{T}</h1>
<div class="course-body">
{BODY}
</div>
<div class="consult-float">⟦w 课程顾问在线，点我咨询⟧<br>⟦m 全国咨询 400-651-0932⟧</div>
<div class="rel">⟦l 你可能感兴趣：竹编小匠人营 ｜ 古法造纸体验营⟧</div>
<footer>⟦m 砺行研学教育科技有限公司　鄂ICP备22005671号⟧</footer>
</body></html>
""",
        body="""
一、营期安排
第一期：10月11日—12日；第二期：10月25日—26日。每期两天一晚，地点在笄川县菲田镇火镰传习点。
二、课程内容
第一天上午参观老铁匠铺，听蔺秋实师傅讲火镰的历史；下午在师傅指导下观摩锻打、淬火工序，每人亲手打磨一片火镰。第二天上午学习击石取火，并完成研学手册；下午结营展示。
⟦a 想看往期营地照片？点此进入相册⟧
三、招收对象与费用
8至14岁青少年，每期限招20人。费用980元/人，含食宿、材料和保险。
四、安全保障
取火体验在传习点的防火场地进行，配备灭火器、灭火毯和专职安全员；锻打环节学员只观摩、不上手。
报名电话：0719-6615827（杜老师）
""",
    ),
    dict(
        slug="training-tongxin-beanbag-sensory-oneline",
        site="童心启步感统中心 (invented, text)",
        style="培训机构",
        genre="课程介绍",
        kind="other",
        form="text",
        source="https://www.txqbgt.com/course/shabao.html",
        title="沙包游戏感统训练课程介绍",
        record_title="【春季小班开课】沙包游戏感统训练课程介绍（每班6人）｜童心启步感统中心",
        date=None,
        notes="a course page with its whole body on one line; trial-lesson prompt, adviser WeChat, address and 400 line; no date",
        page="""
!m 童心启步感统中心
!a 免费约一节体验课 →
!t 【春季小班开课】沙包游戏感统训练课程介绍（每班6人）
{BODY}
!w 课程顾问微信：txqb_kc07（添加请备注孩子年龄）
!m 校区地址：杙城市舨塘区爵园路9号2楼　咨询热线：400-631-2080
!d 课程信息以校区实际开班为准
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
沙包看似简单，却是很好的感统训练器材。抛、接、投、顶、踩，几个动作就能调动孩子的视觉追踪、手眼协调和身体平衡。
我们的沙包课程分三个阶段：第一阶段“稳”，练习双手抛接和头顶沙包走平衡木；第二阶段“准”，练习定点投掷和左右手交替投；第三阶段“快”，在规则游戏中练习反应和躲闪。
每节课50分钟，由持证感统训练师带课，每班最多6名孩子，适合4至8岁、注意力容易分散或动作不协调的儿童。
课前我们会为每个孩子做一次感统能力评估，课程结束后出具评估对比报告，让家长看得见变化。
试听请提前一天预约，试听课不收费。
""",
    ),
    dict(
        slug="writing-app-luobi-summary-spring-silkworms",
        site="落笔成文 (invented writing app, H5 share)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.luobichengwen.com/share/art/5570318?from=wx",
        title="槔水村蚕桑专业合作社2025年春蚕生产工作总结",
        record_title="槔水村蚕桑专业合作社2025年春蚕生产工作总结（社员大会可用）· 落笔成文",
        date="2025-06-18",
        notes="writing app's H5 share: open-app mask, a fold between paragraphs, an AI-rewrite button glued after a 。, copy/export bar; the co-op's signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>槔水村蚕桑专业合作社2025年春蚕生产工作总结（社员大会可用）· 落笔成文</title>
<script src="https://h5.luobichengwen.com/js/openapp.js"></script>
</head><body>
<div class="open-mask">⟦a 在落笔成文APP内打开，排版更清晰⟧ <button>⟦a 立即打开⟧</button></div>
<div class="app-head">⟦m 落笔成文⟧ ⟦m 写材料，落笔就成⟧</div>
<h1 class="art-h">{T}</h1>
<div class="art-m">⟦m 字数 486　｜　收藏 72　｜　适用：合作社、村集体⟧</div>
<div class="art-c">
{BODY}
</div>
<div class="art-bar">⟦a 复制　导出Word　换一种写法⟧</div>
<div class="art-more">⟦l 相似范文：秋蚕生产工作总结 ｜ 蚕桑产业发展汇报材料⟧</div>
</body></html>
""",
        body="""
今年春蚕，合作社组织社员饲养蚕种412张，比去年增加32张；收购鲜茧18.6吨，张产45.1公斤，售茧收入达到112万元，社员户均增收1.5万元。主要做法如下：
一是统一共育。合作社集中共育小蚕至三龄后再分发到户，共育室蚕匾、蚕架全部更新消毒，小蚕发病率明显下降。⟦a ✦ AI帮你改写这段⟧
二是统一技术。邀请县蚕桑技术推广站技术员驻村指导，大蚕期每户至少上门两次，重点指导扩匾匀座和蚕室通风。
⟦a 剩余内容已折叠，上滑展开⟧
三是统一收购。与县缫丝厂签订保底收购合同，鲜茧收购价每公斤高于市场价1.2元。
存在的问题：部分农户蚕室简陋，蚕匾数量不足，大蚕期过于拥挤；个别农户消毒不彻底，出现少量僵病。
下一步，合作社将争取项目资金为社员添置蚕匾和蚕架，秋蚕前组织一次全面消毒。
槔溪县桔源镇槔水村蚕桑专业合作社
2025年6月18日
""",
    ),
    dict(
        slug="writing-app-biyou-speech-science-festival",
        site="笔友写作 (invented writing app, text)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.biyouxiezuo.com/jh/xiaoyuan/20417",
        title="在桔源镇中心小学第五届校园科技节开幕式上的讲话",
        title_also=["在第五届校园科技节开幕式上的讲话"],
        record_title="【科技节致辞】在第五届校园科技节开幕式上的讲话 - 笔友写作APP",
        date="2025-10-17",
        notes="writing app as text: open-app prompt, a decorated repeated title, the speech's own title, a date under it and a speaker line (neutral); copy/rewrite bar",
        page="""
!m 笔友写作 · 讲话致辞
!a 打开笔友写作APP，看全文、一键生成同类稿
!t 【科技节致辞】在第五届校园科技节开幕式上的讲话
{T}
（2025年10月17日）
校长　禚立新
{BODY}
!a 复制全文 ｜ 换个说法 ｜ 导出文档
!l 更多：运动会开幕式校长讲话 ｜ 读书节启动仪式致辞
!m 笔友写作 v5.2 ｜ 客服邮箱 kefu@biyouxiezuo.com
""",
        body="""
老师们、同学们：
秋高气爽，金桂飘香。今天，我们在这里隆重举行第五届校园科技节开幕式。我代表学校，向精心筹备本届科技节的老师们表示衷心的感谢！
本届科技节的主题是“让想象飞起来”。开幕式后，我们将举行竹蜻蜓放飞比赛。这些竹蜻蜓都是同学们在劳动课上亲手削制的，有的桨叶削得薄如纸片，有的在竹柄上画了彩色花纹。今天，就看谁的竹蜻蜓飞得最高、最稳。
同学们，科学并不遥远。一只竹蜻蜓里，就藏着直升机旋翼的秘密。希望大家在科技节里多观察、多动手、多提问，把好奇心变成探索的动力。
最后，预祝本届科技节圆满成功！
""",
    ),
    dict(
        slug="exam-forum-wenjin-interview-beanbag-games",
        site="稳进公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="https://bbs.wenjingk.com/thread-59218-1-1.html",
        title="丢沙包回归课间是“开倒车”吗？",
        record_title="[面试每日一练] 丢沙包回归课间是“开倒车”吗？（附两种答法）- 面试交流 - 稳进公考论坛",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, a QQ-group ad, a poster's 'edited' aside glued after a 。; the post time is relative: no date",
        page="""
<html><head><meta charset="utf-8">
<title>[面试每日一练] 丢沙包回归课间是“开倒车”吗？（附两种答法）- 面试交流 - 稳进公考论坛</title>
</head><body>
<div id="hd">⟦m 稳进公考论坛⟧ ⟦m 一起上岸，稳稳当当⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 稳进公考论坛 › 面试交流 › 结构化⟧</div>
<table><tr><td class="pls">⟦m 面面俱到⟧<br>⟦m 版主　精华 27⟧</td>
<td class="plc"><h1>⟦t [面试每日一练] 丢沙包回归课间是“开倒车”吗？（附两种答法）⟧</h1>
<div class="authi">⟦m 发表于 6 天前　｜　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 【隐藏】第二种答法回帖后可见⟧</div>
<div class="rate">⟦l 评分　参与 11 人　上岸值 +33⟧</div>
<div class="po">⟦a 回复　收藏　分享⟧</div></td></tr></table>
<div class="ad">⟦w 面试模考小班，进QQ群 710338625 免费领真题⟧</div>
<div id="ft">⟦m 稳进公考论坛 wenjingk.com　浙ICP备20033172号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
【题目】某地小学在课间推广丢沙包、跳房子等传统游戏，有网友认为这是“开倒车”，不如多建几间电子阅览室。对此你怎么看？
【参考答案】我认为传统游戏回归课间不是“开倒车”，而是补短板。
第一，课间的核心是放松和运动。丢沙包成本低、场地要求小，能让学生离开座位、走出教室，这恰恰是电子设备给不了的。
第二，传统游戏有教育价值。规则要大家商量，输赢要自己面对，孩子们在游戏中学会合作和守规则。⟦m （本段由楼主于昨天修改）⟧
第三，两者并不矛盾。学校可以课间玩游戏、课上用电子设备，关键是分清时间和场景。
当然，推广中也要注意安全，比如规定不能砸头部、分年级划分场地，避免好事办出问题。
""",
    ),
    dict(
        slug="exam-forum-zhixing-essay-flint-craft-junk",
        site="知行公考论坛 (invented exam forum, text)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="https://www.zhixinggk.com/t/40772.html",
        title="一把火镰里的匠心",
        record_title="[申论随手写] 一把火镰里的匠心（恳请拍砖指正）- 申论交流区 - 知行公考论坛",
        date=None,
        notes="exam forum as text: anti-scraping junk lines and junk glued after 。, a reply-to-see line, replies, a QQ-group ad; post time 4 天前: no date",
        page="""
!m 知行公考论坛 › 申论交流区
!t [申论随手写] 一把火镰里的匠心（恳请拍砖指正）
!m 作者：上岸倒计时　　发表于 4 天前　　查看 622 ｜ 回复 14
{BODY}
!a 本帖有批改意见，回复后方可查看
!l 2楼 阅卷人老冯：立意可以，第三段论证再展开一点
!l 3楼 小白冲冲冲：mark，学习结构
!w 申论一对一批改，加QQ群 806715392
!m 知行公考论坛 zhixinggk.com
""",
        junk=dict(lines=2, glued=2),
        body="""
在火柴和打火机普及以前，火镰是人们随身携带的取火工具。一块钢片、一粒火石、一撮艾绒，擦出的火星点亮了千家万户的灶膛。如今，火镰早已退出日常生活，但打制火镰的老匠人身上，仍有值得我们珍视的东西。
匠心是专注。一片火镰要经过选钢、锻打、淬火、打磨十几道工序，火候差一点，钢口就不好用。老匠人几十年只做一件事，把简单的事做到极致。
匠心是守正。老铁匠说，火镰打得好不好，一擦便知，骗不了人。这份对品质的坚守，正是今天许多行业所缺少的。
匠心也需要创新。一些地方把火镰做成文创挂件、开发取火体验课，让老手艺有了新市场。保护传统技艺，不能只靠情怀，还要找到它与当代生活的连接点。
一把火镰，打出的是火星，传下的是精神。在推动高质量发展的今天，我们更需要这样一份匠心。
""",
    ),
]
