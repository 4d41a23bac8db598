"""holdout246, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛 (one HTML and one text page each).

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-qiuyuan-cordon-facade-reminder",
        site="鹙园社区居民之家 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://qiuyuan-sq.cn/jwgk/2025/0415/218.html",
        title="关于9栋外墙脱落区域设置警戒线的温馨提示",
        record_title="〔居务公开〕关于9栋外墙脱落区域设置警戒线的温馨提示 — 鹙园社区居民之家",
        date="2025-04-15",
        notes="residents' site: a weather line, a grid member's box with a mobile, property repair lines; the "
        "community's own 咨询电话 in the body beside them; a 1. 2. 3. list; a sentence asking residents to 关注 the "
        "community's account (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔居务公开〕关于9栋外墙脱落区域设置警戒线的温馨提示 — 鹙园社区居民之家</title>
<script src="/js/weather.js"></script>
</head><body>
<div class="top">⟦m 鹙园社区居民之家⟧　<span>⟦m 今日 晴 12~23℃ 空气良⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 居务公开⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 邻里活动⟧</li><li>⟦m 网格之窗⟧</li></ul>
<div class="pos">⟦m 首页 - 居务公开 - 正文⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 发布人：社区居委会　阅读 466⟧</div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 转给邻居：微信 ｜ 复制链接⟧</div></div>
<div class="side">
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　邱小禾　138 0736 4127⟧</p></div>
<div class="wy"><h4>⟦m 物业服务⟧</h4><p>⟦m 报修电话：0736-8126000⟧</p><p>⟦m 夜间值班：0736-8126001⟧</p></div></div>
<div class="ft">⟦m 骈湖区骞明路街道鹙园社区居民委员会 主办⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近日，小区9栋东侧外墙有瓷砖脱落。为保障大家安全，社区已会同物业在9栋东侧和南侧楼下拉设警戒线，划出临时危险区域。
请大家注意：
1.进出9栋请走北侧单元门，不要从警戒线内穿行；
2.请看管好孩子，不要在警戒区域附近玩耍；
3.警戒区域内停放的电动车请尽快挪走。
外墙维修预计10天完成，维修结束后警戒线将及时撤除，维修进展请关注社区公众号“鹙园家园”。
社区咨询电话：0736-8126630。
鹙园社区居民委员会
2025年4月15日
""",
    ),
    dict(
        slug="community-chengle-cone-parking-pledge-wrapped",
        site="骋乐社区网 (invented, text)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.chengle-shequ.cn/tz/20250510.html",
        title="不用路锥占车位——致骋乐社区居民的倡议书",
        record_title="【文明停车】不用路锥占车位——致骋乐社区居民的倡议书 · 骋乐社区网",
        date="2025-05-10",
        notes="a residents' pledge hard-wrapped at 56 columns; 成文日期 under the committee's signature; a weather line, "
        "a property line and a grid member's phone around it",
        page="""
!m 骋乐社区网　｜　今天 小雨 15~21℃
!m 首页 / 通知公告 / 倡议
{T}
!m 居委会　发布　　阅读 318
{BODY}
!l 转发到小区群　　点赞 45
!m 物业客服：0736-8219900　　网格员 柯蔓：139 0736 2285
!m 骋乐社区居民委员会 版权所有
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
骋乐社区的居民朋友们：
近来，小区内外有少数居民用路锥、旧轮胎、石墩等物品占用公共车位，既影响他人停车，也堵塞了消防通道，引发了不少邻里矛盾。为此，社区居委会向大家倡议：
一、不私设障碍。公共车位先到先停，请不要摆放路锥、地锁等物品占位。
二、主动清理。已经摆放的，请在5月20日前自行收回。
三、文明停车。车辆停放整齐，不占用消防通道和盲道。
一个路锥占的是车位，伤的是邻里情分。让我们共同维护和谐有序的停车环境。
骋乐社区居民委员会
2025年5月10日
""",
    ),
    dict(
        slug="assoc-qianzhou-outdoor-tentpole-council-minutes",
        site="骞州市户外用品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.qzhwxh.org.cn/xhdt/2025/0325/88.html",
        title="骞州市户外用品行业协会三届六次理事会会议纪要",
        record_title="〖理事会·纪要〗骞州市户外用品行业协会三届六次理事会会议纪要 | 协会动态",
        date="2025-03-22",
        date_also=["2025-03-25"],
        notes="association page with a member-login row and a member hotline; minutes with 时间/地点/主持/出席/记录 "
        "lines and a vote count; the meeting date expected, the page's 发布于 date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖理事会·纪要〗骞州市户外用品行业协会三届六次理事会会议纪要 | 协会动态</title>
<script src="/js/member.js"></script>
</head><body>
<div class="top"><a>⟦a 会员单位登录⟧</a> <a>⟦a 入会申请⟧</a> <span>⟦w 会员服务专线：0736-8830217⟧</span></div>
<div class="logo"><h2>⟦m 骞州市户外用品行业协会⟧</h2><p>⟦m 自律 · 服务 · 协同⟧</p></div>
<ul class="nav"><li>⟦m 协会首页⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 行业标准⟧</li></ul>
<div class="crumb">⟦m 协会首页 ＞ 协会动态⟧</div>
<div class="art"><h1>{T}</h1>
<p class="meta">⟦m 发布于 2025-03-25　秘书处⟧</p>
<div class="txt">
{BODY}
</div></div>
<div class="ft">⟦m 协会地址：骞州市骈湖区工业大道36号⟧<br>⟦m © 骞州市户外用品行业协会⟧</div>
</body></html>
""",
        body="""
时间：2025年3月22日上午
地点：协会会议室
主持：会长 黎远山
出席：理事17人（应到19人）
记录：秘书处 柏小满
会议审议了《帐篷杆产品质量自律规范（征求意见稿）》。与会理事认为，近年来市场上部分帐篷杆存在壁厚不足、以次充好的问题，影响会员企业的整体声誉，有必要制定统一规范。
会议决定：
一、铝合金帐篷杆壁厚不得低于标称值的95%，出厂须逐批抽检。
二、会员企业在产品标签上如实标注材质和壁厚。
表决结果：同意16票，反对0票，弃权1票，规范获得通过。
""",
    ),
    dict(
        slug="assoc-shuangchuan-seal-engraving-covenant",
        site="骦川县印章刻制业协会 (invented, text)",
        style="行业协会",
        genre="制度",
        kind="rule",
        form="text",
        source="http://www.scyzxh.cn/gz/zlgy.html",
        title="骦川县印章刻制行业自律公约",
        record_title="〖行规〗骦川县印章刻制行业自律公约 · 协会文件",
        date=None,
        notes="an association's covenant with 第N条 articles and an effective clause (no date); member-login line and "
        "the association's phone around it",
        page="""
!m 骦川县印章刻制业协会
!m 首页 › 协会文件
{T}
!m 来源：秘书处　　阅读 521　　收录于 2 周前
{BODY}
!a 会员单位请登录后下载签署页
!m 协会秘书处：0817-6277315　地址：骦川县骦兴路41号
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范印章刻制经营行为，维护行业秩序，根据有关法律法规，制定本公约。
第二条　会员单位承接公章刻制业务，必须查验委托单位的登记证书和公安机关出具的刻制备案手续，不得接受个人私下委托。
第三条　会员单位不得仿刻、私刻公章，不得为证件不全的人员刻制公章。
第四条　会员单位应如实登记刻制信息，并在24小时内上传至公安机关印章治安管理信息系统。
第五条　会员单位发现可疑刻章委托的，应当及时向公安机关报告。
第六条　违反本公约的会员单位，由协会予以通报批评；情节严重的，取消会员资格。
第七条　本公约经会员大会通过后施行。
""",
    ),
    dict(
        slug="company-langqing-rescueboat-launch-title-glued",
        site="骋江浪擎船艇 (invented, company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.langqing-boats.com/news/2025/0917.html",
        title="浪擎LQ-520铝合金冲锋舟正式下线",
        record_title="浪擎LQ-520铝合金冲锋舟正式下线 ∣ 产品动态 ∣ 骋江浪擎船艇",
        date="2025-09-17",
        notes="company page with a cookie notice and a service float; the repeated title glued before the news lead; "
        "a dotted date in the byline is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>浪擎LQ-520铝合金冲锋舟正式下线 ∣ 产品动态 ∣ 骋江浪擎船艇</title>
<script src="/assets/cookie-consent.js"></script>
</head><body>
<header><div class="logo">⟦m 浪擎船艇⟧</div>
<nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 救援方案⟧ ⟦m 新闻中心⟧ ⟦m 联系我们⟧</nav></header>
<div class="bread">⟦m 新闻中心 / 产品动态⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2025.09.17　|　浏览 2310⟧</p>
<div class="content">
{BODY}
</div></article>
<div class="prevnext">⟦l 上一条：浪擎船艇通过质量管理体系复审⟧<br>⟦l 下一条：我们在应急装备博览会上⟧</div>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续访问即表示同意。⟧ <button>⟦a 知道了⟧</button></div>
<div class="kf">⟦w 销售顾问在线 · 400-819-5200⟧</div>
<footer>⟦m 骋江浪擎船艇制造有限公司　骋江市临港工业园⟧<br>⟦m 湘ICP备20017265号⟧</footer>
</body></html>
""",
        body="""
⟦t 浪擎LQ-520铝合金冲锋舟正式下线⟧9月16日，公司自主研发的LQ-520铝合金冲锋舟在骋江生产基地正式下线，首批30艘将交付应急管理部门使用。
与传统橡胶冲锋舟相比，LQ-520采用全焊接铝合金船体，抗刮擦、耐碰撞，在漂浮物较多的城市内涝水域也能放心使用。船长5.2米，可乘员8人，配40匹船外机。
船体两侧设有防滑踏板和救援拉手，方便救援人员把落水者拉上船。
公司总经理沈渡表示，今后将继续围绕应急救援需求，研发更轻便、更安全的救援装备。
""",
    ),
    dict(
        slug="company-luan-cone-recall-batches-record",
        site="骋江路安塑业 (invented, company site as text)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.luan-suye.com/gonggao/recall-2025-07.html",
        title="关于召回部分批次PVC反光路锥的公告",
        record_date="2025-07-08",
        date="2025-07-08",
        notes="record title and date as is; a recalled-batches table one row a paragraph (with production dates); the "
        "recall line beside the company's 400 order line",
        page="""
!m 路安塑业 | 交通安全设施专业制造
!m 首页 > 企业公告
{T}
!m 浏览次数：1836
{BODY}
!w 订货热线：400-870-6632　　微信同号：luan_sales
!l 返回公告列表
!m 骋江路安塑业有限公司 © 2025
""",
        body="""
尊敬的客户：
经公司质量部门排查，2025年4月至5月生产的部分批次70厘米PVC反光路锥，因反光膜粘接工艺问题，在高温天气下可能出现反光膜起翘、脱落，影响夜间警示效果。为保障道路作业安全，公司决定召回上述产品。
涉及批次如下：
批次号　生产日期　数量（个）
LZ250412　2025年4月12日　3200
LZ250427　2025年4月27日　2800
LZ250519　2025年5月19日　4100
请持有上述批次产品的客户与公司联系，公司将免费更换。
召回专线：0736-8213570。
骋江路安塑业有限公司
2025年7月8日
""",
    ),
    dict(
        slug="training-lanjing-rescueboat-weekend-brochure",
        site="骞州蓝鲸应急培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.lanjing-yingji.com/kc/chongfengzhou.html",
        title="冲锋舟驾驶与水上救援周末班招生简章",
        record_title="冲锋舟驾驶与水上救援周末班招生简章〔小班教学·考证辅导〕 - 骞州蓝鲸应急培训学校",
        date=None,
        notes="training school with a promo banner, a 400 franchise line and a consult float; a course table one row "
        "a paragraph; the school's own 报名电话 in the body; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>冲锋舟驾驶与水上救援周末班招生简章〔小班教学·考证辅导〕 - 骞州蓝鲸应急培训学校</title>
<script src="/js/kf53.js"></script>
</head><body>
<div class="promo">⟦a 秋季报名立减300元，两人同报再送救生衣一件⟧</div>
<div class="hd"><h2>⟦m 骞州蓝鲸应急培训学校⟧</h2><span>⟦w 加盟合作：400-022-8871⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 课程中心⟧</li><li>⟦m 师资团队⟧</li><li>⟦m 学员风采⟧</li><li>⟦m 在线报名⟧</li></ul>
<div class="course"><h1>{T}</h1>
<div class="tags">⟦m 开课地点：骋江水上训练基地　已报名 96 人⟧</div>
<div class="detail">
{BODY}
</div>
<div class="btn"><a>⟦a 立即预约试听⟧</a></div></div>
<div class="zixun">⟦w 课程顾问在线，点击咨询⟧</div>
<div class="ft">⟦m 骞州蓝鲸应急培训学校　办学许可证号：教民143010270001号⟧</div>
</body></html>
""",
        body="""
本校与骞州市水上救援协会合作，开设冲锋舟驾驶与水上救援周末班，面向救援队员、企业应急人员和水上运动爱好者招生。
课程安排
课程　课时　内容
理论课　8　船艇构造、水域安全、气象常识
驾驶实操　16　启动离岸、航行转向、靠泊
救援实操　12　落水救援、绳索抛投、伤员转运
每班招收12人，每位学员实操时长不少于6小时。结业考核合格者，可参加船艇驾驶证考试。
报名电话：0817-6150372（周一至周五）。
""",
    ),
    dict(
        slug="training-shuangchuan-guard-cordon-insight",
        site="骦川县安保培训学校 (invented, text)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.sc-anbao.cn/xysx/2025/118.html",
        title="守住一条线——保安员岗前培训心得",
        record_title="〖结业感言〗守住一条线——保安员岗前培训心得｜骦川安保培训",
        date=None,
        notes="a trainee's insight on a training school's page as text; a course ad line between paragraphs and the "
        "school's enrolment line around it; no date",
        page="""
!m 骦川安保培训　｜　保安员 · 消防设施操作员 · 安检员
!m 首页 > 学员天地
{T}
!m 作者：第37期学员 蒋一鸣　　　浏览 207
{BODY}
!w 下一期保安员培训班火热报名中，咨询：0817-6240771
!l 更多学员天地：从外卖小哥到安检员，我用了三个月
!m 骦川县安保培训学校
""",
        indent="\u3000\u3000",
        body="""
在骦川县安保培训学校学习的二十天里，我学得最认真的一课，是“现场警戒”。
老师说，保安员遇到突发情况，第一件事不是往前冲，而是把现场围起来。拉警戒线看似简单，其实有讲究：范围要比危险区域大一圈，出入口只留一个，线要拉直拉紧，拐角处要有人看守。
⟦a 想系统学习？第38期保安员班扫码即可占位⟧
实操考核那天，我们模拟商场电梯故障，我负责拉警戒线和疏导顾客。一开始我拉得太靠近电梯，被老师指出后重新调整，才算合格。
这次培训让我明白，保安员的职责就是守住一条线，守住大家的安全。
""",
    ),
    dict(
        slug="fanwenapp-biji-seal-report-ai-glued",
        site="笔迹写作 (invented, writing app H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bijixiezuo.com/share/doc/5e71a09c",
        title="2024年度办公室主任述职报告",
        record_title="2024年度办公室主任述职报告（精修版）｜笔迹写作",
        date="2025-01-08",
        notes="writing app share page: an open-app mask, a fold, an AI-rewrite button glued after a 。; the report's own "
        "date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>2024年度办公室主任述职报告（精修版）｜笔迹写作</title>
<script src="https://h5.bijixiezuo.com/static/js/share.8c1e.js"></script>
</head><body>
<div class="openapp">⟦a 在笔迹写作App内打开，体验更流畅⟧ <button>⟦a 进App⟧</button></div>
<div class="doc"><h1>{T}</h1>
<div class="meta">⟦m 笔迹写作 · 精选范文　1.8万人用过⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="fold">⟦a 展开剩余 40% ⌄⟧</div>
<div class="tools">⟦a 一键套用　收藏　分享⟧</div></div>
<div class="mask">⟦a 去App免费领取5篇范文⟧</div>
</body></html>
""",
        body="""
一年来，我在局党组的领导下，主持办公室日常工作，重点抓好文稿起草、印章管理和后勤保障，现将履职情况报告如下。
一、文稿服务及时。全年起草各类文稿86篇，办理公文1240件，未出现差错。
二、印章管理规范。修订局机关印章使用管理办法，实行用印“一事一审批、一次一登记”，全年用印2860次，台账完整，无违规用印。
三、后勤保障有力。完成机关食堂改造，公务用车统一调度，全年节约经费12万元。⟦a ✨AI帮你改写这段⟧
四、不足与打算。对干部职工的服务还不够主动。新的一年，我将进一步提升服务质量。
述职人：乔以安
2025年1月8日
""",
    ),
    dict(
        slug="fanwenapp-xiezi-camping-host-script-oneline",
        site="写字匠 (invented, writing app text export)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.xiezijiang.cn/t/zhuchici/99120",
        title="骧岭露营节开幕式主持词",
        record_title="骧岭露营节开幕式主持词（亲子版）- 写字匠",
        date=None,
        notes="writing app export with the whole body on one line; app prompts and a fold around it; a host script "
        "with no date",
        page="""
!m 写字匠 · 范文
{T}
!m 1.2万次使用　·　主持词
!a 打开写字匠App，一键替换人名地名
{BODY}
!a 剩余内容已折叠，App内查看
!l 同类推荐：露营节闭幕式主持词　｜　亲子运动会开幕式主持词
""",
        oneline=True,
        body="""
尊敬的各位来宾，各位营友：大家上午好！
金秋十月，骧岭山下。欢迎大家来到第二届骧岭露营节的现场！
刚才，一百顶帐篷在草地上同时撑起，一根根帐篷杆立起来的，是我们对山野生活的热爱。
首先，请骧岭县文化和旅游局局长致辞。大家掌声欢迎！
感谢局长的精彩致辞。接下来进行帐篷搭建亲子赛，请参赛家庭到指定区域集合。
朋友们，山野就在眼前，欢乐就在此刻。让我们尽情享受这个周末！
""",
    ),
    dict(
        slug="gkforum-shangan-cordon-essay-jammer",
        site="上岸小站论坛 (invented, civil-service exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shangan-xz.com/thread-230917-1-1.html",
        title="一条警戒线背后的治理温度",
        record_title="[申论试笔] 一条警戒线背后的治理温度（第一次发帖，请指教） - 申论专区 - 上岸小站论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, a QQ-group ad, jammer-font junk, a rating row; an essay with no date",
        page="""
<html><head><meta charset="utf-8">
<title>[申论试笔] 一条警戒线背后的治理温度（第一次发帖，请指教） - 申论专区 - 上岸小站论坛</title>
<style>.jammer{font-size:0px;color:#FFFFFF}</style>
</head><body>
<div id="hd">⟦m 上岸小站论坛⟧　⟦m 公考人的自习室⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 上岸小站 › 申论专区 › 范文交流⟧</div>
<h1>⟦t [申论试笔] 一条警戒线背后的治理温度（第一次发帖，请指教）⟧</h1>
<div class="pi">⟦m 楼主　小镇做题家　发表于 4 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖有隐藏批改意见，回复后可见⟧</div>
<div class="rate">⟦l 评分 3 人　金币 +6　理由：结构清楚⟧</div>
<div class="ad">⟦w 申论批改互助群 QQ：617730192，备注上岸⟧</div>
<div class="reply">⟦l 2楼　稳稳上岸：第二段例子可以再具体一点⟧</div>
<div id="ft">⟦m 上岸小站论坛　Powered by Discuz!　苏ICP备21033107号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
一条红白相间的警戒线，拦住的是危险，守住的是生命。在城市治理中，警戒线既是一道物理屏障，也是一种治理理念的体现。
警戒线体现的是“事前预防”的意识。无论是施工现场、事故现场，还是汛期的危险河段，及时拉起警戒线，就能把风险挡在线外。
警戒线也考验着治理的温度。有的地方拉起警戒线后一拦了之，群众绕行无路、办事无门；有的地方则在警戒线旁设置引导牌、安排志愿者，让群众既安全又方便。
治理之道，贵在精细。拉好每一条警戒线，守好每一道安全线，城市才能既有秩序，又有温度。
""",
    ),
    dict(
        slug="gkforum-gongkao-rescueboat-interview-junk",
        site="公考驿站 (invented, exam forum text)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.gongkaoyz.com/bbs/t-601882",
        title="汛期老人不愿乘冲锋舟撤离，你怎么办？",
        record_title="【面试真题·应急类】汛期老人不愿乘冲锋舟撤离，你怎么办？（自练稿，请各位指正）- 结构化面试 - 公考驿站",
        date=None,
        notes="an interview answer on an exam forum as text with anti-scraping junk; a hidden-reply prompt, a QQ-group "
        "ad and replies; no date",
        page="""
!m 公考驿站 › 结构化面试 › 真题练习
!t 【面试真题·应急类】汛期老人不愿乘冲锋舟撤离，你怎么办？（自练稿，请各位指正）
!m 楼主：岸边等风　|　发表于 昨天 23:05　|　查看 911
{BODY}
!a 本帖另有老师点评，回复后可查看
!w 面试陪练小组QQ群：708214536
!l 2楼　晨光微熹：思路很完整，第三点可以再展开
!l 3楼　等一个上岸：收藏了，谢谢分享
""",
        junk=dict(lines=2, glued=2),
        body="""
题目：汛期某村被洪水围困，部分老人不愿乘冲锋舟撤离。如果你是现场工作人员，你怎么办？
作答：
首先，我会稳住情绪，耐心了解老人不愿撤离的原因。有的是担心家里财物和牲畜，有的是害怕坐冲锋舟。
其次，我会有针对性地做工作。请村干部和老人的亲属一起劝说，讲清楚洪水上涨的危险；承诺安排专人看管财物；对害怕坐船的老人，帮他们穿好救生衣，由队员搀扶上船，一路陪护。
最后，对确实劝说无效、又面临生命危险的，依法实施强制转移，确保不落一人。
转移完成后，我会做好安置点的生活保障，让老人安心。
""",
    ),
]
