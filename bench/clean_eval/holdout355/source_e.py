"""holdout355, part E: company sites, training schools, writing apps, exam forums and encyclopaedias.

Invented text (sites, places, people, numbers, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="aintang-company-moxa-box-recall-batches",
        site="艾暖堂 (invented moxibustion-box maker's site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.ainuantang.com/news/notice/20250430.html",
        title="关于召回部分批次双孔艾灸盒的公告",
        record_title="产品安全｜关于召回部分批次双孔艾灸盒的公告 —— 艾暖堂官方网站",
        date="2025-04-30",
        notes="company site: cookie notice, a 400 order line and a service float beside the recall's own line in "
        "the body; recalled batches table; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>产品安全｜关于召回部分批次双孔艾灸盒的公告 —— 艾暖堂官方网站</title>
<script src="/static/brand/js/site.min.js"></script></head><body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续访问即表示您同意我们的Cookie政策。⟧ <button>⟦a 好的⟧</button></div>
<header><a class="logo">⟦m 艾暖堂⟧</a><span>⟦m 用心做一只好艾灸盒⟧</span>
<nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 使用指导⟧ ⟦m 新闻公告⟧ ⟦m 关于艾暖⟧</nav>
<span class="tel">⟦m 订购热线 400-807-2266⟧</span></header>
<div class="path">⟦m 首页 / 新闻公告 / 公告⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2025年04月30日　｜　阅读 1,904⟧</p>
<div class="ct">
{BODY}
</div></article>
<div class="svc">⟦w 在线客服⟧ ⟦w 微信咨询⟧ ⟦a 回到顶部⟧</div>
<footer>⟦m 琁城艾暖堂健康科技有限公司⟧　⟦m 地址：琁城市萳湖区工业园纬三路12号⟧　⟦m 湘ICP备21007762号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
我公司在产品质量跟踪中发现，部分批次的双孔艾灸盒底部隔热垫粘接不牢，长时间使用后可能脱落，存在烫伤风险。为保障用户安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　生产日期　数量（只）
AN-S2木制双孔　AN2411-03　2024年11月　3,200
AN-S2木制双孔　AN2411-08　2024年11月　2,850
AN-S2B竹制双孔　AN2412-02　2024年12月　1,960
批号印在盒底标签上。请购买了上述批次产品的用户立即停止使用，拨打召回专线0735-2651188（每天8:00—20:00）登记，我公司将免费上门回收，并为您更换新品或全额退款。
由此给您带来的不便，我们深表歉意。
琁城艾暖堂健康科技有限公司
2025年4月30日
""",
    ),
    dict(
        slug="shengxun-company-voice-caller-launch-record",
        site="声讯电子 (invented queue-caller maker's site, text)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.shengxun-dz.com/news/company/2025-06-18.html",
        title="声讯电子发布新一代方言语音叫号器",
        record_title="新机上市 ▪ 声讯电子发布新一代方言语音叫号器",
        record_date="2025-06-18",
        date="2025-06-18",
        notes="record date; company news whose title is repeated glued before the lead (chrome before the first "
        "words); a sales-line and a product-ad line; product specs as content",
        page="""
!m 声讯电子 SHENGXUN
!m 首页 ｜ 产品 ｜ 解决方案 ｜ 案例 ｜ 新闻 ｜ 服务与支持
!m 新闻 › 公司动态
!t 新机上市 ▪ 声讯电子发布新一代方言语音叫号器
!m 2025-06-18　　声讯电子市场部
{T}{BODY}
!a 了解产品详情、申请样机试用 →
!m 销售热线：400-830-5170　　售后服务：0735-2632200
!l 更多动态：声讯电子通过ISO13485体系再认证 ｜ 声讯叫号系统入驻琁城三家三甲医院
!d © 2025 琁城声讯电子有限公司　保留所有权利
""",
        indent="\u3000\u3000",
        body="""
6月18日，琁城声讯电子有限公司在琁城发布新一代方言语音叫号器SX-V6。
这款叫号器最大的变化是增加了方言播报。医院、政务大厅可以在普通话之外，选择一种当地方言播报叫号，老年人更容易听清听懂。首批上线的是琁城话，沺阳话、岊山话正在录制中。
SX-V6还改进了扬声器和降噪算法，在70分贝的嘈杂环境下，播报清晰度比上一代提高约30%；播报语速分三档可调，过号患者可以在取号机上一键重新排队。
声讯电子总经理钟以宁表示，叫号器是群众办事时最先接触的设备之一，公司希望让每一位老人都能听见自己的号。
""",
    ),
    dict(
        slug="tuofang-workshop-stamp-weekend-class",
        site="拓方手作工坊 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.tuofang-diy.com/course/xiangpizhang-2025spring.html",
        title="2025春季周末橡皮章入门班招生简章",
        record_title="〔三月新班〕2025春季周末橡皮章入门班招生简章（零基础可报）｜拓方手作工坊",
        date=None,
        notes="training school: promo banner, franchise line and a consult float beside the course's own 报名电话; "
        "course timetable; scan-to-sign-up sentence as content; a brochure without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔三月新班〕2025春季周末橡皮章入门班招生简章（零基础可报）｜拓方手作工坊</title>
<script src="/js/tf.js"></script></head><body>
<div class="banner">⟦a 春季早鸟价 · 两人同行第二人八折 · 名额有限⟧</div>
<div class="tf-head">⟦m 拓方手作工坊⟧ ⟦m 做一件属于自己的小东西⟧</div>
<div class="tf-nav">⟦m 首页⟧ ⟦m 课程⟧ ⟦m 作品⟧ ⟦m 师资⟧ ⟦m 门店⟧ ⟦m 加盟合作⟧</div>
<div class="tf-crumb">⟦m 首页 › 课程 › 橡皮章⟧</div>
<section><h1>{T}</h1>
<div class="tf-meta">⟦m 已有 146 人报名　收藏 52⟧</div>
<div class="tf-body">
{BODY}
</div></section>
<div class="tf-join">⟦m 品牌加盟专线：400-618-7730⟧</div>
<div class="tf-float">⟦w 课程顾问在线 点我咨询⟧ ⟦a 免费预约体验课⟧</div>
<div class="tf-foot">⟦m 琁城拓方文化传播有限公司⟧　⟦m 湘ICP备22004491号⟧　⟦d 图片为学员作品，版权归学员所有。⟧</div>
</body></html>
""",
        body="""
橡皮章是用橡皮砖刻成的印章，材料简单、上手快，一块橡皮、一把刻刀，就能刻出属于自己的图案。本期入门班面向零基础学员，手把手教会你刻出第一枚章。
一、课程安排
课次　内容　课时
第1课　认识工具与安全握刀　2小时
第2课　图稿设计与转印　2小时
第3课　线条与块面刻法　2小时
第4课　盖印与作品装裱　2小时
二、招生对象：10岁以上青少年及成人，10岁至14岁学员须有家长陪同。
三、上课地点：琁城市萳湖区文创园B座1楼拓方手作工坊。
四、学费：四课时共680元，含全部材料费，结课赠送刻刀一把。
五、报名方式：扫描门店海报上的二维码在线报名，或拨打报名电话0735-2258406。
""",
    ),
    dict(
        slug="yikang-school-moxa-caregiver-course",
        site="颐康职业培训学校 (invented training school, text)",
        style="培训机构",
        genre="课程安排",
        kind="plan",
        form="text",
        source="http://www.yikangpx.com/kc/ylhly/2025-07.html",
        title="养老护理员艾灸盒操作实训课程安排",
        record_title="【养老护理员·技能提升】养老护理员艾灸盒操作实训课程安排 - 颐康职业培训学校",
        date=None,
        notes="training text page: course table, a trial-lesson prompt and a franchise-style consult line; "
        "no date",
        page="""
!m 颐康职业培训学校　人社部门备案民办职业培训机构
!m 首页 > 培训项目 > 养老护理员
!t 【养老护理员·技能提升】养老护理员艾灸盒操作实训课程安排
!m 浏览 655 次　　更新：本周
{BODY}
!a 本课程可免费试听一节，点此预约
!w 报名咨询：微信 yikang_peixun　课程顾问 蒋老师
!l 其他课程：老年人康复护理实训 ｜ 失智老人照护技巧 ｜ 养老护理员（四级）考证班
!m 颐康职业培训学校　地址：岊山县茖溪镇学府路3号
""",
        indent="\u3000\u3000",
        body="""
本课程面向已取得养老护理员证书、需要提升中医护理技能的在职人员，重点训练艾灸盒的安全操作。
一、课程安排
模块　内容　学时
模块一　艾灸的基本知识和禁忌人群　4
模块二　艾灸盒的点燃、安放与固定　6
模块三　施灸观察与烫伤预防　4
模块四　熄灭、清理与防火　2
二、教学方式：理论讲授与实训相结合，实训在模拟养老房间进行，每6名学员配一名实训老师。
三、考核：实训操作考核合格的，由学校颁发培训结业证书。
四、费用：全部课程960元，含艾条、艾灸盒等实训耗材。
""",
    ),
    dict(
        slug="biyou-app-host-script-picker-h5",
        site="笔友写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.biyouxiezuo.com/share/doc/88f0c2a41b",
        title="社区“垃圾夹换积分”志愿服务活动启动仪式主持词",
        record_title="社区“垃圾夹换积分”志愿服务活动启动仪式主持词（开场+流程+结束语）· 笔友写作",
        date=None,
        notes="writing app's H5 share: open-app mask, a fold and AI buttons, an 'expand the rest' action inside the "
        "body; a host script without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>社区“垃圾夹换积分”志愿服务活动启动仪式主持词（开场+流程+结束语）· 笔友写作</title>
<script src="https://h5.biyouxiezuo.com/static/share.js"></script></head><body>
<div class="mask">⟦a 在笔友写作App内打开，阅读更流畅⟧ <button>⟦a 去App里看⟧</button></div>
<div class="h5-top">⟦m 笔友写作⟧ ⟦m 写材料，有笔友⟧</div>
<div class="doc"><h1>{T}</h1>
<div class="doc-meta">⟦m 作者：社区小秘书　字数 612　阅读 2.1w⟧</div>
<div class="ai">⟦a AI改写⟧ ⟦a AI扩写⟧ ⟦a 换个风格⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="fold">⟦a 剩余 40% 内容已折叠，打开App免费看⟧</div></div>
<div class="h5-rel"><h4>⟦l 笔友们还在写⟧</h4><p>⟦l 学雷锋志愿服务活动主持词⟧</p><p>⟦l 社区环境整治动员会主持稿⟧</p></div>
<div class="h5-foot">⟦m 笔友写作 v5.3.1⟧ ⟦d 内容由用户创作，平台不对其真实性负责。⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位居民朋友们：
大家上午好！欢迎大家来到“垃圾夹换积分”志愿服务活动启动仪式现场。春天来了，我们的小区也该好好打扮打扮了。今天，我们就一起拿起垃圾夹，为家园出一份力。
首先，介绍出席今天启动仪式的领导和嘉宾。（略）
下面，进行第一项，请社区党委书记介绍“垃圾夹换积分”活动规则。
⟦a 点击展开全文⟧
谢谢书记的介绍。大家记住了：参加一次捡拾活动积2分，积满20分可以到社区爱心超市兑换生活用品。
下面，进行第二项，请志愿者代表发言。
最后，请各位领导为首批志愿服务队授旗，并为居民代表发放垃圾夹。
朋友们，家园是我们共同的家。启动仪式到此结束，请各志愿服务队按分工出发！
""",
    ),
    dict(
        slug="cailiaotong-app-pharmacist-report-cutter",
        site="材料通 (invented writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.cailiaotong.cn/s/9A3kQ2",
        title="门诊药房主管药师2024年度述职报告",
        record_title="门诊药房主管药师2024年度述职报告（医院通用·可改）— 材料通",
        date="2025-01-10",
        notes="writing-app share text: AI buttons, a member-unlock line inside the body; the report mentions "
        "pill cutters; 成文日期 under the signature",
        page="""
!m 材料通 · 你的写作搭子
!t 门诊药房主管药师2024年度述职报告（医院通用·可改）
!m 来自 材料通 用户分享　｜　1,860 字　｜　被收藏 318 次
!a ✨ 一键改写成我的　　📄 导出Word　　⭐ 收藏
{BODY}
!a 下载材料通App，看完整版并解锁更多述职模板
!l 相似材料：药剂科主任年度述职报告 ｜ 住院药房药师个人工作总结
""",
        indent="\u3000\u3000",
        body="""
各位领导、同事们：
2024年，我在门诊药房主管药师岗位上，认真履行处方审核、调配和用药咨询等职责。现将一年来的工作情况报告如下。
一、严把处方审核关。全年审核门诊处方约21万张，发现并干预不合理处方1,306张，干预成功率96%。
二、改进老年患者分药服务。针对老年患者需要服用半片药的情况，我牵头在门诊药房设立分药服务台，配备专用分药器，为行动不便的老人现场分药，全年服务4,800余人次，并编写了分药器使用提示卡，发放给患者家属。
⟦a 开通会员，解锁剩余“存在的不足”和“下一步打算”⟧
三、加强用药咨询。在咨询窗口接待患者咨询3,200余人次，参与编写“用药小课堂”科普文章12篇。
回顾一年，我在科研和带教方面还有不足，新的一年我将继续努力。
述职人：门诊药房　蓝若溪
2025年1月10日
""",
    ),
    dict(
        slug="shangan-forum-shenlun-picker-jammer",
        site="上岸驿站 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.com/thread-55310-1-1.html",
        title="从一把垃圾夹看基层治理的“小切口”",
        record_title="【申论晨写打卡】从一把垃圾夹看基层治理的“小切口”（第一次写，请各位研友指点） - 申论写作 - 上岸驿站",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, QQ-group ad, jammer fonts glued and on lines; "
        "no date",
        page="""
<html><head><meta charset="utf-8"><title>【申论晨写打卡】从一把垃圾夹看基层治理的“小切口”（第一次写，请各位研友指点） - 申论写作 - 上岸驿站</title>
<script src="static/js/forum.js?Q2x" type="text/javascript"></script></head><body>
<div id="hd">⟦m 上岸驿站⟧ ⟦m 公考人的补给站⟧ ⟦a 登录⟧ ⟦a 注册领资料包⟧</div>
<div id="pt">⟦m 上岸驿站 › 笔试交流 › 申论写作⟧</div>
<div class="ts"><h1>⟦t 【申论晨写打卡】从一把垃圾夹看基层治理的“小切口”（第一次写，请各位研友指点）⟧</h1></div>
<table><tr><td class="pls">⟦m 努力上岸的小鹿⟧<br>⟦m 中级研友　积分 420⟧</td>
<td class="plc"><div class="authi">⟦m 楼主　发表于 6 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有“申论高分范文合集”，回复后可见下载地址⟧</div>
<div class="rate">⟦l 评分人数 4　驿站币 +9　理由：结构清晰 继续加油⟧</div></td></tr></table>
<div class="qqad">⟦w 申论批改群 781120339，进群免费批改一篇⟧</div>
<div class="reply">⟦l 2楼 老学长：第三段论据可以再具体些⟧</div>
<div id="ft">⟦m 上岸驿站 Powered by Discuz!⟧ ⟦m 鄂ICP备20018841号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
在沺阳县的河边，常常能看到拿着垃圾夹的志愿者。一把垃圾夹，成本不过二三十元，却让群众从“看环境”变成了“管环境”。这把小小的垃圾夹，恰恰是基层治理的一个“小切口”。
小切口撬动大参与。过去，环境卫生被看作是环卫工人的事，群众往往袖手旁观。一把垃圾夹发到群众手中，降低了参与的门槛，让人人都能伸把手。
小切口需要好机制。垃圾夹发下去容易，让人持续用下去难。一些地方推行“捡拾换积分”，把志愿服务和积分兑换结合起来，让参与者有获得感，活动才能常态化。
小切口体现真作风。基层治理不一定都要大投入、大项目，从群众身边的小事做起，把小事办实、办好，同样能赢得民心。
""",
    ),
    dict(
        slug="mianba-forum-interview-caller-fault-junk",
        site="面霸论坛 (invented exam forum, text)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.mianbaluntan.com/t/30428",
        title="结构化面试：政务大厅叫号器突然故障，群众排队不满，你怎么处理？",
        record_title="[面试题练习] 结构化面试：政务大厅叫号器突然故障，群众排队不满，你怎么处理？（附答题思路） - 结构化专区 - 面霸论坛",
        date=None,
        notes="exam forum text: forum junk as lines and glued after 。; a reply-to-see line and a QQ-group line; "
        "no date",
        page="""
!m 面霸论坛 · 面试不慌，有我在
!m 首页 » 面试交流 » 结构化专区
!t [面试题练习] 结构化面试：政务大厅叫号器突然故障，群众排队不满，你怎么处理？（附答题思路）
!m 发帖人：岸边的石头　　3 天前　　浏览 1,072　　回复 24
{BODY}
!a 回复本帖即可查看“应急应变类”答题模板
!l 沙发 考研转考公：思路很清楚，第二点可以加上安抚老人的细节
!l 板凳 今年必上岸：马住
!w 面试模拟群：QQ 660213875，每晚八点一起练
!m 面霸论坛 ©2025 | 联系我们 | 手机版
""",
        junk=dict(lines=2, glued=2),
        body="""
题目：你是政务服务大厅的工作人员，上午办事高峰时，大厅叫号器突然故障，屏幕不显示、语音不播报，排队群众议论纷纷，有人开始插队争吵。你怎么处理？
我的作答：
首先，稳定现场秩序。我会立即用扩音设备向群众说明情况，表示歉意，请大家保持秩序，承诺已取号的群众按原顺序办理。
其次，启用应急办法。联系值班领导，启用人工叫号，按取号单顺序逐个喊号，并在大厅入口安排人员发放临时手写号码，对老人、孕妇等特殊群体开通绿色通道。
再次，尽快修复设备。联系技术人员检修叫号器，查明故障原因；如短时间修不好，及时向群众通报预计恢复时间。
最后，总结改进。事后建议大厅制订叫号系统故障应急预案，定期检修设备，避免类似情况再次发生。
""",
    ),
    dict(
        slug="bolan-wiki-eraser-stamp-entry-head",
        site="博览百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.bolanbaike.com/item/橡皮章/18830",
        title="橡皮章",
        record_title="橡皮章 - 手作工艺词条 - 博览百科",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, infobox, contents box, reference markers glued after 。; "
        "the entry name opens the body (head match); no date (edit stamp only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>橡皮章 - 手作工艺词条 - 博览百科</title>
<script src="/static/wiki/app.js"></script></head><body>
<div class="w-top">⟦m 博览百科⟧ ⟦m 人人可编辑的知识库⟧ <form><input><button>⟦a 进入词条⟧</button></form></div>
<div class="tabs">⟦a 阅读⟧ ⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1>{T}</h1>
<div class="w-info">⟦m 本词条由“手作控”创建，共有 17 人参与编辑　最近更新：2 个月前⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：橡皮章⟧</td></tr><tr><td>⟦m 类　别：手工艺、印章⟧</td></tr>
<tr><td>⟦m 主要材料：刻章专用橡皮砖⟧</td></tr><tr><td>⟦m 主要工具：角刀、平刀、印台⟧</td></tr></table>
<div class="toc"><b>⟦l 目录⟧</b><ol><li>⟦l 1 简介⟧</li><li>⟦l 2 制作⟧</li><li>⟦l 3 安全⟧</li></ol></div>
<div class="w-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 琁城市手作文创协会．橡皮章安全教学手册．2025⟧</li></ol></div>
<div class="w-foot">⟦d 博览百科词条内容由网友编辑，仅供参考。⟧ ⟦m 京ICP证190033号⟧</div>
</body></html>
""",
        body="""
橡皮章是以橡皮为材料，用刻刀刻出图案或文字，再蘸取印泥盖印的一种手工印章。因材料易得、刻制方便，深受手工爱好者和学生喜爱。⟦l [1]⟧
制作
橡皮章的制作一般分为设计、转印、刻制和盖印四步。先在纸上用铅笔画好图稿，将图稿反扣在橡皮砖上摩擦转印，再用角刀沿线条外侧斜切，最后用平刀去除不需要的部分。刻好的章蘸取印台上的油墨即可盖印。
安全
刻制橡皮章须使用锋利的刻刀，操作时刀口应朝外，避免对着手指用力。未成年人应在成人指导下使用刻刀。⟦a [编辑本段]⟧
""",
    ),
    dict(
        slug="zhiwu-wiki-moxa-box-entry-text",
        site="知物百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://zhiwubaike.cn/wiki/aijiuhe",
        title="艾灸盒",
        record_title="艾灸盒（中医保健器具）_知物百科",
        date=None,
        notes="encyclopaedia text: tabs, an infobox line, a contents line, a reference marker glued after 。; the "
        "record title carries a category aside; the entry name opens the body; no date (an edit stamp only)",
        page="""
!m 知物百科 ｜ 认识身边的每一样东西
!a 查看　编辑　讨论　版本记录
!t 艾灸盒（中医保健器具）
!m 外文名：moxibustion box　　类别：中医保健器具　　材质：木、竹、铜
!l 目录：1 结构　2 使用　3 注意事项
{BODY}
!l 参考资料：［1］中医护理技术操作规范．琁城：杏林出版社
!m 本词条浏览 9,366 次 · 上次编辑于 4 周前
!d 知物百科词条内容不构成医疗建议，如有不适请及时就医。
""",
        indent="",
        body="""
艾灸盒是一种用于艾灸的器具，可以把点燃的艾条或艾绒固定在盒内，放置在施灸部位上，使热力较均匀、持续地作用于皮肤。⟦l ［1］⟧
结构
常见的艾灸盒为木制或竹制的方盒，底部有金属网，盒盖上设有调节温度的风门，侧面开有插艾条的孔。按同时插放艾条的数量，可分为单孔、双孔和多孔艾灸盒。
使用
使用时，将艾条点燃后插入盒内，把艾灸盒放在腹部、腰背等较平坦的部位，用绑带固定，根据温度调节风门的大小，每次施灸一般为15至30分钟。
注意事项
皮肤破损、感觉减退者慎用；施灸过程中应经常观察皮肤颜色，防止烫伤；使用后须将艾条彻底熄灭。
""",
    ),
]
