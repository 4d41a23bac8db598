"""holdout82, part E: associations, corporate sites, training schools, writing apps, exam forums.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="assoc-html-abalone-industry-pledge",
        site="鳌屿鲍鱼行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="http://www.aoyubaoyu.example.org.cn/xhdt/2025/0312.html",
        title="关于规范鲍鱼药残管控的倡议书",
        record_title="【协会倡议】关于规范鲍鱼药残管控的倡议书_协会动态",
        date="2025-03-12",
        notes="association page; 监督电话 in the body; a member login and a 'join us' button",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会倡议】关于规范鲍鱼药残管控的倡议书_协会动态_鳌屿鲍鱼行业协会</title></head><body>
<div class="hd">⟦m 鳌屿鲍鱼行业协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<nav>⟦m 协会概况 协会动态 行业标准 会员风采 联系我们⟧</nav>
<h1>{T}</h1><div class="meta">⟦m 日期：2025-03-12　来源：协会秘书处⟧</div>
{BODY}
<footer>⟦m 协会地址：鳌屿县渔港路66号　电话：0591-2763301⟧ ⟦d Copyright 鳌屿鲍鱼行业协会⟧</footer></body></html>
""",
        body="""
全县鲍鱼养殖户和经营企业：
为守护鳌屿鲍鱼的质量口碑，协会向全体会员发出如下倡议：
一、严格执行休药期规定，不使用禁用药物；
二、建立用药记录，做到一池一档；
三、出池前主动送检，不合格产品坚决不上市。
欢迎社会各界监督，质量监督电话：0591-2763318。
鳌屿鲍鱼行业协会
2025年3月12日
""",
    ),
    dict(
        slug="assoc-text-wheel-heritage-society-council",
        site="农耕器具研究会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.nonggengqj.example.org/news/2025/1019.html",
        title="农耕器具研究会第二届理事会第三次会议纪要",
        record_title="【协会纪要】农耕器具研究会第二届理事会第三次会议纪要",
        date="2025-10-18",
        notes="council minutes; 列席/记录 lines kept; a member-only notice line between paragraphs",
        page="""
!m 农耕器具研究会　传承农耕文明
!m 首页 / 学会动态
!t 【协会纪要】农耕器具研究会第二届理事会第三次会议纪要
!m 学会秘书处　2025-10-19
{BODY}
!a 会员专区 · 下载会议材料请登录
""",
        body="""
时间：2025年10月18日
地点：省农业博物馆会议室
主持：会长 黄秉文
列席：监事长 冯慧
记录：秘书处 曹鑫
会议审议通过了《古水车普查工作方案》，决定年内完成全省木制水车普查建档。
⟦d 以下内容仅限会员阅读，转载须经秘书处同意⟧
会议同意吸收水源乡文化站等三家单位为团体会员。
""",
    ),
    dict(
        slug="corp-html-eggs-company-recall",
        site="湖湾蛋业有限公司官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.huwaneggs.example.com/news/notice-0911.html",
        title="关于主动召回部分批次咸鸭蛋礼盒的公告",
        record_title="关于主动召回部分批次咸鸭蛋礼盒的公告 - 湖湾蛋业",
        date="2025-09-11",
        notes="corporate site with a cookie banner and a shop link; recall batches table kept; 召回专线 beside the order line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于主动召回部分批次咸鸭蛋礼盒的公告 - 湖湾蛋业</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示同意⟧ ⟦a 接受⟧</div>
<header>⟦m 湖湾蛋业　百年湖湾 · 一枚好蛋⟧ ⟦a 网上商城⟧</header>
<nav>⟦m 首页 关于我们 产品中心 新闻中心 联系我们⟧</nav>
<h1>{T}</h1><p>⟦m 2025.09.11　新闻中心⟧</p>
{BODY}
<footer>⟦m 订购热线：400-822-6611⟧ ⟦d ©湖湾蛋业有限公司⟧ ⟦m 苏ICP备15033021号⟧</footer></body></html>
""",
        body="""
近日，我公司在自检中发现部分批次咸鸭蛋礼盒外包装真空度不足，可能影响保质期，现决定主动召回。
批次号　生产日期　数量
HW250801　2025年8月1日　1200盒
HW250803　2025年8月3日　860盒
已购买上述批次产品的消费者，可凭包装到原购买网点退换，或拨打召回专线0514-8462200。
湖湾蛋业有限公司
2025年9月11日
""",
    ),
    dict(
        slug="corp-text-beijia-wind-open-day",
        site="北岬风电官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.beijia-wind.example.com/news/2025/0514.html",
        title="北岬风电场举办首个公众开放日",
        record_title="北岬风电场举办首个公众开放日-北岬风电",
        date="2025-05-14",
        notes="company news text; a dotted date line; a 'back to list' link; follow prompt with WeChat id",
        page="""
!m 北岬风电 | 清洁能源 绿色未来
!m 新闻中心 / 公司新闻
!t 北岬风电场举办首个公众开放日
!m 2025.05.14
{BODY}
!w 关注官方微信：beijia_wind，了解更多
!l ← 返回列表
""",
        body="""
5月13日，北岬风电场举办首个公众开放日，来自周边村庄和学校的一百五十余名群众走进风电场。
参观者在技术人员带领下进入风机塔筒底部，了解风能如何转换成电能。
东峰小学的同学们还在集控中心观看了实时发电数据大屏。
风电场负责人表示，今后每年将举办两次开放日，欢迎群众监督。
""",
    ),
    dict(
        slug="training-html-springroll-course-brochure",
        site="巧手餐饮培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="brochure",
        form="html",
        source="https://www.qiaoshoupx.example.com/course/chunjuan.html",
        title="春卷皮制作技能培训班招生简章",
        record_title="【春季招生】春卷皮制作技能培训班招生简章（包教包会）",
        date="2025-02-20",
        notes="training school with float boxes; course table; the school's 报名电话 in the body beside a 400 line; a trial-lesson prompt on its own line inside the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【春季招生】春卷皮制作技能培训班招生简章（包教包会）-巧手餐饮培训学校</title></head><body>
<header>⟦m 巧手餐饮培训学校　学技术 就找巧手⟧ ⟦m 全国招生热线：400-186-6688⟧</header>
<nav>⟦m 首页 | 课程中心 | 学员作品 | 师资团队 | 报名咨询⟧</nav>
<h1>{T}</h1><p>⟦m 发布日期：2025-02-20　浏览 2108⟧</p>
{BODY}
<div class="float">⟦w 在线报名 立减300⟧ ⟦w 微信咨询⟧</div>
<footer>⟦d 巧手餐饮培训学校 版权所有⟧</footer></body></html>
""",
        body="""
一、培训内容：春卷皮和面、醒面、鏊子抹皮、春卷馅料调制。
二、课程安排：
班次　时长　学费
周末班　四个周末　1800元
全日班　十天　2600元
⟦a 免费试听一节课，点此预约⟧
三、报名方式：携身份证到学校前台报名，报名电话：0577-6681023。
""",
    ),
    dict(
        slug="training-text-diving-school-urchin-course",
        site="蓝湾潜水培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lanwan-diving.example.cn/kc/2025-04.html",
        title="关于开设海胆采捕潜水员安全培训班的通知",
        record_title=None,
        date="2025-04-01",
        notes="no record title; hard-wrapped at 58 columns; schedule lines kept; a giveaway prompt at the top",
        page="""
!m 蓝湾潜水培训中心
!a 🎁 报名即送防寒潜水服一套，名额有限！
!t 关于开设海胆采捕潜水员安全培训班的通知
!m 2025-04-01　课程动态
{BODY}
!w 咨询微信：lanwan-dive
""",
        wrap=58,
        body="""
为提高采捕潜水人员的安全意识和技能水平，本中心受县海洋渔业局委托，于4月中旬开设海胆采捕潜水员安全培训班。
培训内容包括潜水生理、减压病预防、水下通讯信号、船上急救，理论与实操各占一半。
培训时间为4月14日至4月18日，考核合格者颁发培训合格证明，作为办理采捕证的必备材料。
蓝湾潜水培训中心
2025年4月1日
""",
    ),
    dict(
        slug="fanwenapp-html-hail-duty-report",
        site="笔友写作APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://m.biyou.example.app/share/art/772019",
        title="人工防雹作业站站长述职报告",
        record_title="人工防雹作业站站长述职报告｜笔友写作",
        date="2025-01-06",
        notes="writing-app share page: reading mode, open-in-app fold inside the body, AI rewrite button; 述职人 line kept above the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>人工防雹作业站站长述职报告｜笔友写作</title></head><body>
<div class="app-bar">⟦a 打开笔友APP，写作快人一步⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 范文库 · 述职报告 · 2.3k人已复制⟧</div>
{BODY}
<div class="tools">⟦a 一键复制⟧ ⟦a AI帮我改写⟧</div>
<div class="more">⟦l 更多述职报告：乡镇干部述职报告 | 气象站站长年度述职⟧</div></body></html>
""",
        body="""
一年来，我带领作业站五名同志，围绕保障烤烟生产，全年组织防雹作业三十八次。
在安全管理上，我坚持弹药出入库双人核对，全年无安全事故。
⟦a 展开全文需在APP内查看⟧
不足之处是作业站视频监控尚未覆盖，新同志业务培训还不够系统。
述职人：段建林
2025年1月6日
""",
    ),
    dict(
        slug="fanwenapp-text-eggs-coop-speech",
        site="妙笔范文APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.miaobi.example.app/d/5521",
        title="在湖湾禽蛋合作社成立大会上的致辞",
        record_title="在湖湾禽蛋合作社成立大会上的致辞（3篇可选）",
        date=None,
        notes="decorated 3篇可选; no date in the document (a share stamp only); speaker line neutral; a membership QR line",
        page="""
!m 妙笔范文 · 分享自用户“湖畔写手”
!t 在湖湾禽蛋合作社成立大会上的致辞（3篇可选）
!m 分享于 2025-06-02 13:40
镇长　魏海明
{BODY}
!a 扫码开通妙笔会员，可查看另外2篇
!d 范文仅供参考，请结合实际修改使用
""",
        body="""
各位社员、各位来宾：
今天，湖湾禽蛋专业合作社正式成立了，我代表镇党委、镇政府表示热烈祝贺。
湖湾咸蛋有几百年的历史，但过去大家各干各的，卖不上好价钱。
合作社成立后，要统一标准、统一品牌、统一销售，让乡亲们的鸭蛋卖出好价钱。
""",
    ),
    dict(
        slug="gkforum-html-essay-abalone-shenlun",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="html",
        source="https://bbs.shangan.example.com/thread-331290-1-1.html",
        title="以“一枚鲍鱼”看海洋经济的转型之路",
        record_title="[申论范文] 以“一枚鲍鱼”看海洋经济的转型之路（附批改意见）- 申论交流 - 上岸公考论坛",
        date="2025-10-27",
        notes="exam forum HTML with jammer fonts; a grader's comment after the essay (list); 发表于 date",
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 以“一枚鲍鱼”看海洋经济的转型之路（附批改意见）- 申论交流 - 上岸公考论坛</title></head><body>
<div id="hd">⟦m 上岸公考论坛 — 一起上岸⟧ ⟦a 登录 | 注册⟧</div>
<div id="pt">⟦m 论坛 › 申论交流 › 范文点评⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 冲刺国考　发表于 2025-10-27 22:10⟧</div>
{BODY}
<div class="rate">⟦l 批改意见：立意准确，第三段论证略单薄，建议补充数据。——版主 申论老王⟧</div>
<div>⟦l 回复 收藏 点赞(56)⟧</div>
<div id="ft">⟦d 本论坛资料仅供备考交流⟧</div></body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
一枚小小的鲍鱼，串起了育苗、养殖、加工、冷链、电商的完整链条。
过去，渔民靠天吃饭，台风一来血本无归；如今，深远海养殖平台让鲍鱼住进了“海上公寓”。
转型的关键，在于科技赋能和组织创新，让分散的养殖户拧成一股绳。
向海图强，需要更多这样的“一枚鲍鱼”式探索。
""",
    ),
    dict(
        slug="gkforum-text-interview-windfarm-question",
        site="公考同路人论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="post",
        form="text",
        source="https://www.gktlr.example.net/t/88120",
        title="风电项目引发村民噪声投诉，你作为乡镇干部如何处理？",
        record_title="[面试真题] 风电项目引发村民噪声投诉，你作为乡镇干部如何处理？（附答题思路）",
        date=None,
        notes="no date (relative time only); numbered answer steps kept; a course ad on its own line inside the body",
        page="""
!m 公考同路人论坛 › 结构化面试 › 真题回忆
!t [面试真题] 风电项目引发村民噪声投诉，你作为乡镇干部如何处理？（附答题思路）
!m 面霸小周　5天前　浏览 1.3k
{BODY}
!l 👍 有帮助 87　💬 评论 12
""",
        body="""
答题思路：
1.安抚情绪。第一时间到村里听取群众意见，表明政府重视的态度。
2.查明情况。会同环保部门对风机噪声进行监测，核实是否超标。
⟦a 想要系统提分？点击领取面试精讲课⟧
3.协调解决。如确实超标，督促企业加装降噪设施或调整运行时段。
4.建立机制。推动成立村企沟通小组，定期通报运行情况。
""",
    ),
]
