"""holdout201, part E: trade associations, exam forums, company sites, training schools, writing apps.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="assoc-knives-notice-forging-contest-annex",
        site="鲥江市刀剪行业协会网站 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.sjdjxh.org.cn/xhgg/2025/0512/96.html",
        title="关于举办第三届鲥江菜刀锻打技艺比赛的通知",
        record_title="关于举办第三届鲥江菜刀锻打技艺比赛的通知（附报名表） · 协会公告 · 鲥江刀剪协会",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="association page: member-login row, a member hotline beside the notice's own 联系人/电话 and mailbox, attachment "
        "download links beside the notice's own 附件 list, the page's date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于举办第三届鲥江菜刀锻打技艺比赛的通知（附报名表） · 协会公告 · 鲥江刀剪协会</title></head><body>
<div class="login">⟦a 会员单位登录　｜　申请入会　｜　会费缴纳⟧</div>
<div class="logo">⟦m 鲥江市刀剪行业协会⟧ ⟦m 百炼成钢　一刃传家⟧</div>
<div class="nav">⟦m 首页　协会简介　协会公告　行业动态　会员名录　技艺传承⟧</div>
<div class="crumb">⟦m 您所在位置：首页 › 协会公告⟧</div>
<div class="box">
<h1>{T}</h1>
<p class="date">⟦m 秘书处　2025-05-12　阅读 633⟧</p>
{BODY}
<div class="files">⟦a 报名表.docx（点击下载）⟧<br>⟦a 评分细则.pdf（点击下载）⟧</div>
</div>
<aside class="side"><h3>⟦l 行业动态⟧</h3><p>⟦l 鳙湖刀剪产业园二期开工⟧</p><p>⟦l 刀剪产品出口检验新规解读⟧</p></aside>
<div class="hot">⟦m 会员服务热线：0785-8876000⟧</div>
<script src="/static/js/xh-common.js"></script>
<div class="ft">⟦m 鲥江市刀剪行业协会 版权所有　地址：鳙湖区刀剪产业园综合楼5楼⟧<br>⟦m 粤ICP备17099102号⟧</div>
</body></html>
""",
        body="""
各会员单位，各有关企业：
为传承传统锻打技艺，发现和培养刀剪行业技能人才，协会定于6月14日在鳙湖区刀剪产业园举办第三届鲥江菜刀锻打技艺比赛。现将有关事项通知如下：
一、参赛对象。全市刀剪企业在职锻打工人和个体刀匠，年龄18周岁以上。
二、比赛内容。选手现场完成一把桑刀从下料、锻打、淬火到开刃的全过程，评委按外形、硬度、锋利度和用时综合评分。
三、奖项设置。设一等奖1名、二等奖3名、三等奖6名，获奖选手由协会颁发证书，并推荐参评市级技术能手。
四、报名方式。请于6月5日前将报名表发送至协会邮箱sjdjxh@126-mail.cn。
联系人：协会秘书处　蓝振宇，电话：0785-8876021。
附件：1.比赛报名表
2.比赛评分细则
鲥江市刀剪行业协会
2025年5月9日
""",
    ),
    dict(
        slug="assoc-property-pledge-access-card-fees",
        site="鲂城县物业管理协会网站 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.fcwyxh.org/changyi/2025/0916/41.html",
        title="关于规范小区门禁卡收费行为的倡议书",
        date="2025-09-16",
        notes="association text page: record title as is; a join-the-association line, a member hotline and a share row around a "
        "pledge with 一、二、三、四 points; 成文日期 in Chinese numerals under the association",
        page="""
!m 鲂城县物业管理协会
!m 会员登录 ｜ 入会须知 ｜ 行业自律 ｜ 政策法规
{T}
!m 来源：协会秘书处　点击：284
{BODY}
!a 欢迎物业企业加入协会，一起守住服务口碑
!m 会员咨询专线：0758-6190066
!l 转发倡议到：微信群｜朋友圈
!m 鲂城县物业管理协会 © 2025
""",
        indent="\u3000\u3000",
        body="""
全县各物业服务企业：
近来，部分小区业主反映门禁卡补办收费过高、办理时间过长，个别企业还把门禁卡与物业费捆绑。为维护业主合法权益，树立行业良好形象，县物业管理协会向全县物业服务企业发出如下倡议：
一、明码标价。门禁卡工本费按成本收取，收费标准在物业服务中心醒目位置公示，不得另立名目收费。
二、便民办理。补办门禁卡做到当场办结，对高龄、残疾业主提供上门服务。
三、不搞捆绑。不得以业主欠缴物业费为由拒绝办理门禁卡或者限制业主正常出入。
四、保护信息。妥善保管业主登记信息和门禁通行记录，不得泄露或挪作他用。
让我们从一张小小的门禁卡做起，用规范服务赢得业主信任。
鲂城县物业管理协会
二〇二五年九月十六日
""",
    ),
    dict(
        slug="examforum-shangan-essay-reading-glasses-jammer",
        site="上岸驿站公考论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shangan-yizhan.com/thread-40912-1-1.html",
        title="为老人配一副合适的老花镜",
        record_title="【申论练笔·第7篇】为老人配一副合适的老花镜（欢迎批改） - 申论交流 - 上岸驿站",
        date=None,
        notes="exam forum: jammer-font junk in a 申论 essay, a reply-to-unlock prompt for a marked-up version, a rating row, a "
        "QQ-group ad and a relative post time (no date)",
        page="""
<html><head><meta charset="utf-8"><title>【申论练笔·第7篇】为老人配一副合适的老花镜（欢迎批改） - 申论交流 - 上岸驿站</title>
<style>.jammer{position:absolute;left:-9999px}</style></head><body>
<div id="hd">⟦m 上岸驿站公考论坛⟧ ⟦m 每一次落笔，都离上岸近一步⟧</div>
<div id="pt">⟦m 上岸驿站 › 申论交流 › 练笔互评⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 备考第二年的阿渡　发表于 6 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 楼主附上的老师批改版，回帖后刷新可见⟧</div>
<div class="rate">⟦a 参与评分 3　｜　+5 驿站币⟧</div>
<div class="ad">⟦w 申论一对一批改，进群领范文：QQ群 71635208⟧</div>
<div class="rp">⟦l 沙发 岸边等我：第三段对策可以再分层⟧</div>
<div id="ft">⟦m 上岸驿站 shangan-yizhan.com⟧</div>
<script src="static/js/forum_viewthread.js?v=2025"></script>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
老花镜是很多老人离不开的小物件，看报纸、穿针线、看手机都要用到它。可就是这样一副小小的眼镜，却常常被忽视。
一些老人在地摊上花十几块钱随手买一副，度数不合、瞳距不对，戴久了头晕眼胀；一些农村老人一副眼镜用了十几年，镜片花了也舍不得换。看似是小事，背后却是老年人眼健康服务的短板。
补齐这块短板，需要多方发力。卫健部门可以把验光纳入老年人健康体检，让老人配镜前先“看清”自己的眼睛；民政部门可以对困难老人配镜给予补贴；社区可以设立老花镜共享点，方便老人临时借用。
一副合适的老花镜，能让老人重新看清报纸上的字、孙辈的作业本。把这样的小事办好，就是对“老有所养”最实在的回应。
""",
    ),
    dict(
        slug="examforum-miandao-interview-lock-cylinder-junk",
        site="面试岛论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.miandao.net/t/22817",
        title="结构化面试：群众反映开锁公司换锁芯乱收费，你怎么处理？",
        record_title="〔天天练〕结构化面试：群众反映开锁公司换锁芯乱收费，你怎么处理？（附答题思路） - 面试岛",
        date=None,
        notes="exam forum text: anti-scraping junk on a line and glued after 。; the question and the poster's answer with "
        "首先/其次/再次/最后; a relative post time, a points prompt and replies",
        page="""
!m 面试岛论坛 › 结构化面试 › 每日练题
!t 〔天天练〕结构化面试：群众反映开锁公司换锁芯乱收费，你怎么处理？（附答题思路）
!m 岛主小柯　　发表于 3 小时前　　回复 27
{BODY}
!a 打卡练题满30天，解锁岛主的录音点评
!l 2# 考编的阿甜：第三点很加分，想到了源头治理
!l 3# 一研为定：建议加一句回访来电群众
!a 登录面试岛参与讨论
""",
        junk=dict(lines=1, glued=2),
        body="""
题目：你是市场监管所的工作人员，有群众打来电话，反映某开锁公司上门换锁芯时先报低价、换完再加价，你怎么处理？
我的作答：
首先，安抚来电群众情绪，详细记录开锁公司名称、上门时间、报价和实际收费，请群众保留转账记录、聊天截图和旧锁芯等证据。
其次，及时向领导汇报，会同执法人员到该公司核查，查看其明码标价情况和收费记录。如果存在价格欺诈，依法立案查处，督促其退还多收的费用。
再次，举一反三，联合公安部门对辖区开锁企业开展排查，推动开锁公司在店内和上门服务时主动出示收费标准。
最后，通过社区公众号、宣传栏提醒居民，换锁芯要找正规店铺，事先问清价格。
以上是我的思路，请各位岛友批评指正。
""",
    ),
    dict(
        slug="company-shoufeng-news-elder-knives-cookie",
        site="守锋刀剪官网 (invented)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.shoufeng-knives.com/news/2025/1203/88.html",
        title="守锋刀剪推出“长者系列”轻量菜刀",
        record_title="企业新闻 ‣ 守锋刀剪推出“长者系列”轻量菜刀 ‣ 守锋刀剪官网",
        date="2025-12-03",
        notes="company site: a cookie notice, an online-service float and a 400 sales line; a dotted 发布日期 line is the page's "
        "date; the brand name in the header also opens the body (matched as head)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>企业新闻 ‣ 守锋刀剪推出“长者系列”轻量菜刀 ‣ 守锋刀剪官网</title></head><body>
<div class="cookie">⟦d 本站使用Cookie记住您的浏览偏好，继续浏览即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 守锋刀剪⟧ ⟦m 一把好刀，三代人用⟧</header>
<nav>⟦m 首页　产品中心　匠心工艺　企业新闻　线下门店　联系我们⟧</nav>
<div class="crumb">⟦m 首页 / 企业新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 发布日期：2025.12.03　浏览：362⟧</p>
{BODY}
</article>
<div class="prev">⟦l 上一条：守锋刀剪入选市级老字号⟧　⟦l 下一条：暂无⟧</div>
<div class="kf">⟦w 在线客服 · 选刀问我⟧</div>
<aside class="pro"><h4>⟦l 热销刀具⟧</h4><p>⟦l 守锋桑刀　守锋斩骨刀　守锋厨房三件套⟧</p></aside>
<script>window.kfConfig={pos:"right",delay:3000};</script>
<footer>⟦m 订购热线：400-826-5510⟧　⟦m 鲥江守锋刀剪有限公司 © 2025　粤ICP备20077318号⟧</footer>
</body></html>
""",
        body="""
12月2日，守锋刀剪在鳙湖区刀剪产业园发布“长者系列”轻量菜刀。
这一系列针对老年人手劲小、握力弱的特点设计，刀身比普通菜刀轻三分之一，刀柄加粗并采用防滑材质，刀背加装了护指挡。研发团队此前走访了12个社区，请200多位老人试用了六轮样刀。
“老人切菜最怕刀重手滑。”守锋刀剪研发负责人谭立介绍，新产品还在刀身上用大字号激光刻印了“刃口朝下”提示。
“长者系列”首批生产5000把，将通过社区长者食堂和线上店铺同步销售。
""",
    ),
    dict(
        slug="company-hongbei-notice-whisk-warranty",
        site="鸿焙电器官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.hongbei-dq.com/service/notice/2025/1010.html",
        title="关于鸿焙手持打蛋器整机延长保修期的公告",
        record_title="服务公告｜关于鸿焙手持打蛋器整机延长保修期的公告 - 鸿焙电器",
        record_date="2025-10-10",
        date="2025-10-10",
        notes="company text page: the record gives the date; the after-sales line in the body beside a 400 order line; scanning the "
        "body's QR code as content",
        page="""
!m 鸿焙电器　让烘焙更轻松
!m 首页 · 产品 · 服务支持 · 关于鸿焙
{T}
!m 服务支持 / 服务公告　　2025-10-10
{BODY}
!m 选购热线：400-877-2610
!l 更多公告：鸿焙官方旗舰店双11活动说明｜关于谨防假冒客服的提醒
!d ©2025 鲂城县鸿焙电器有限公司 保留所有权利
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
为回馈广大用户的信任，鸿焙电器决定自2025年10月10日起，对本公司生产的全系列手持打蛋器实行整机延长保修。现将有关事项公告如下：
一、延保范围。2024年1月1日以后购买的鸿焙品牌手持打蛋器，整机保修期由一年延长至两年，电机保修期由两年延长至三年。
二、办理方式。用户无需登记，凭购买凭证或机身二维码即可享受延保服务。扫描机身二维码可查询生产日期和保修状态。
三、注意事项。搅拌头、打蛋棒等易损配件不在延保范围内；因自行拆机、进水造成的损坏不予保修。
售后服务电话：0758-6233801（每天8:00-20:00）。
鲂城县鸿焙电器有限公司
2025年10月10日
""",
    ),
    dict(
        slug="training-tianjiang-insight-hand-whisk-promo",
        site="甜匠烘焙学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.tianjiang-baking.com/xueyuan/2025/61.html",
        title="从一把手动打蛋器学起——西点班学员学习心得",
        record_title="甜匠心语 ⁂ 从一把手动打蛋器学起——西点班学员学习心得 - 甜匠烘焙学校",
        date=None,
        notes="training school: a promo banner, a consult float, a trial-class line between paragraphs, a 400 line; a trainee's "
        "insight with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>甜匠心语 ⁂ 从一把手动打蛋器学起——西点班学员学习心得 - 甜匠烘焙学校</title></head><body>
<div class="promo">⟦a 冬季西点班报名中，前20名送整套烘焙工具⟧</div>
<div class="logo">⟦m 甜匠烘焙学校⟧ ⟦m 鲥江市人社局备案职业培训机构⟧</div>
<nav>⟦m 首页　课程设置　师资力量　学员作品　甜匠心语　来校路线⟧</nav>
<div class="content">
<h2>{T}</h2>
<p class="by">⟦m 西点三期学员 柏雨桐　｜　阅读 489⟧</p>
{BODY}
</div>
<div class="more">⟦l 更多学员心语：转行做面包师的第一年｜妈妈班结业感言⟧</div>
<div class="float">⟦w 课程顾问在线，问学费问课表点我⟧</div>
<aside><h4>⟦l 近期开班⟧</h4><p>⟦l 西点全能班 12月8日　面包烘焙班 12月15日⟧</p></aside>
<script>var _tj=_tj||[];_tj.push(["site","tianjiang"]);</script>
<footer>⟦m 招生热线：400-619-2788⟧　⟦m 校址：鲥江市鳙湖区南岸路12号⟧</footer>
</body></html>
""",
        body="""
来甜匠之前，我以为做蛋糕就是把材料倒进机器里搅一搅。第一节实操课，老师却只发给我们每人一把手动打蛋器。
老师说，先用手打，才知道蛋白从粗泡到细泡、再到湿性发泡是什么样子。那天我打了二十多分钟，手腕又酸又疼，蛋白还是塌了。第二天、第三天接着练，到第一周结束时，我终于能打出立得住的小尖角。
⟦a 零基础也能学，免费预约一节体验课⟧
后来用上了台式打蛋机，我才体会到老师的用心：机器转得快，但什么时候该换速、什么时候该停，靠的还是手打时练出来的眼力。
三个月的学习结束了，我最大的收获不是学会了多少款蛋糕，而是明白了做西点要沉得住气。
""",
    ),
    dict(
        slug="training-anju-brochure-locksmith-course",
        site="安居锁具技能培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.anju-suoju.com/zhaosheng/2025spring.html",
        title="锁具安装与维修培训班招生简章",
        record_title="锁具安装与维修培训班招生简章 ⊳⊳ 2025春季 ⊳⊳ 安居锁具培训中心",
        date=None,
        notes="training-school text: a consult WeChat line and a trial-lesson prompt, a 报名电话 in the body beside the school's "
        "chrome lines; a brochure with no date",
        page="""
!m 安居锁具技能培训中心
!m 首页 ｜ 课程介绍 ｜ 学员就业 ｜ 报名须知
{T}
!a 先来听一节免费实操课，再决定报不报
{BODY}
!w 课程顾问微信：anju_suoju88（备注“报名”）
!l 往期学员：开锁店、物业维修、五金门店都在招
!m 鲂城县安居锁具技能培训中心 · 办学许可证号 4408022000318
""",
        body="""
一、培训对象。年满18周岁、身体健康的城乡劳动者，退役军人、下岗职工优先。
二、培训内容。锁具结构原理，防盗门锁体和锁芯的识别、测量与更换，指纹锁、密码锁安装调试，开锁行业法规和职业道德。
三、培训安排。全程56课时，其中理论课16课时、实操课40课时，每期12人，学员每人配一套锁芯拆装练习台。
四、收费标准。每人1800元（含教材和耗材），符合条件的可申请职业技能培训补贴。
五、结业要求。考核合格者颁发结业证书，并推荐参加锁具装调工职业技能等级认定。
报名地点：鲂城县城南路27号二楼。
报名电话：0758-6157208。
""",
    ),
    dict(
        slug="writingapp-luobi-host-script-knife-skills",
        site="落笔APP分享页 (invented writing app)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.luobi-app.com/share/essay/5d0a1c3e",
        title="社区“巧手刀工”厨艺大赛主持词",
        record_title="社区“巧手刀工”厨艺大赛主持词（开场+串词+结束语）· 落笔APP",
        date=None,
        notes="writing app H5 share: an open-app mask, an AI-rephrase button glued after a 。, a fold, a template-use button and "
        "a share bar; a host script with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>社区“巧手刀工”厨艺大赛主持词（开场+串词+结束语）· 落笔APP</title></head><body>
<div class="mask">⟦a 在落笔APP内打开，体验更流畅⟧ <button>⟦a 打开⟧</button></div>
<div class="hd">⟦m 落笔 · 写作好帮手⟧</div>
<div class="essay">
<h1>{T}</h1>
<p class="info">⟦m 落笔精选　｜　约520字　｜　1.3万人用过⟧</p>
{BODY}
</div>
<div class="fold">⟦a 展开余下内容 ⌄⟧</div>
<div class="use">⟦a 套用此模板，一键替换社区名称⟧</div>
<div class="share">⟦l 发给朋友　｜　存到我的文稿⟧</div>
<div class="dl">⟦a 下载落笔APP，海量范文随身带⟧</div>
<script src="https://h5.luobi-app.com/sdk/openapp.min.js"></script>
</body></html>
""",
        body="""
尊敬的各位评委、各位居民朋友：
大家上午好！欢迎来到鹓桥社区“巧手刀工”厨艺大赛现场。
一把菜刀，切出的是家常滋味，也切出了邻里情谊。今天，来自社区的12位居民将同台比拼刀工，比一比谁的土豆丝切得细、谁的萝卜花雕得巧。⟦a ✨让AI换个说法⟧
下面，我宣布比赛规则：每位选手在20分钟内完成土豆丝和萝卜花两项作品，评委从刀工、造型和卫生三方面打分。比赛过程中请选手注意用刀安全，刀刃朝下，不用时平放在砧板上。
现在，我宣布：比赛开始！
感谢各位选手的精彩表现，也感谢社区卫生服务站的医护人员在现场守护。本次大赛到此结束，祝大家生活美满、刀工日进！
""",
    ),
    dict(
        slug="writingapp-biyouji-insight-glasses-volunteer",
        site="笔友记APP (invented writing app, text share)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.biyouji.cn/s/fw/880412",
        title="参加“送镜下乡”志愿服务活动心得体会",
        record_title="参加“送镜下乡”志愿服务活动心得体会【志愿者用】- 笔友记APP",
        date=None,
        notes="writing app text share: an apply-template prompt, a member-only AI line glued after a 。, a word count and an app "
        "download line; an insight with no date",
        page="""
!m 笔友记 · 你的随身范文库
{T}
!m 约450字　｜　收藏 2,106
!a 打开笔友记，一键套用本文
{BODY}
!a 下载笔友记APP，看完整版和同类范文
!l 同类范文：敬老院志愿服务心得｜义诊活动志愿者感悟
""",
        indent="\u3000\u3000",
        body="""
这个周末，我跟着县眼科医院的医生，到蛩田乡参加了“送镜下乡”志愿服务活动。一天下来，我们为86位老人测了视力，送出老花镜71副。
活动中，我负责帮老人登记和试戴。有位八十多岁的奶奶，戴上新配的老花镜后，拿起带来的旧信封，一字一句读出了孙子的地址，笑得合不拢嘴。那一刻我才知道，一副几十块钱的眼镜，对老人来说有多重要。⟦a 会员专享：一键去掉AI腔⟧
我也有两点体会。一是服务要耐心。老人说话慢、听不清，我们就蹲下来、凑近说。二是服务要专业。配老花镜不是随便给一副，医生坚持每人先测视力、查眼底，发现了好几例白内障。
今后，我还会继续参加这样的活动，用自己的一点时间，帮老人把日子看得更清楚。
""",
    ),
]
