"""holdout247, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="shiyuan-community-notice-stool-evening-talks",
        site="湜园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.shiyuansq.example.cn/jwgk/2025/0607/203.html",
        title="湜园社区关于开展“马扎夜话”邻里议事会的通知",
        record_title="【居务通知】湜园社区关于开展“马扎夜话”邻里议事会的通知 · 湜园社区网",
        date="2025-06-06",
        date_also=["2025-06-07"],
        notes="residents' site: weather line, a grid worker's box, property repair and night lines beside the committee's own duty phone; 扫码签到 as content; the site's date a day after the signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【居务通知】湜园社区关于开展“马扎夜话”邻里议事会的通知 · 湜园社区网</title>
<script src="/js/weather.js"></script>
</head><body>
<div class="top">⟦m 湜园社区网⟧ ⟦m 邻里一家亲 共建湜园情⟧ ⟦m 6月7日 周六 晴 24~33℃⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 居务公开⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 邻里活动⟧</li><li>⟦m 便民服务⟧</li></ul>
<div class="crumb">⟦m 首页 › 居务公开 › 通知⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：湜园社区居委会　2025-06-07　阅读 356⟧</div>
<div class="text">
{BODY}
</div>
<div class="wg"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　柏小禾　13607954418⟧</p></div>
<div class="svc"><p>⟦m 物业报修：0795-8850011⟧</p><p>⟦m 夜间应急（22:00后）：0795-8850012⟧</p></div>
<div class="ft">⟦m 主办：澨口街道湜园社区居民委员会⟧ ⟦d 本站信息由社区工作人员发布，转用请注明出处⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为听取大家对小区停车、加装电梯等事项的意见，社区决定从6月起，每月第二个周五晚上在3号楼前小广场举办“马扎夜话”邻里议事会。现将有关事项通知如下。
一、时间：每月第二个周五19:30至21:00，首场为6月13日。
二、地点：3号楼前小广场，雨天改在社区活动室。
三、参加方式：居民自带马扎或小板凳，社区准备了五十把马扎供大家取用。到场后请扫码签到，方便会后反馈议事结果。
四、本月议题：小区东门电动车停放区改造。
社区值班电话：0795-8851072。
湜园社区居民委员会
2025年6月6日
""",
    ),
    dict(
        slug="quanli-community-reminder-balcony-flowerpots",
        site="棬里社区 (invented residents' site, text rendering)",
        style="社区网站",
        genre="温馨提示",
        kind="notice",
        form="text",
        source="http://quanlisq.example.cn/tzgg/2025-04-14-2.html",
        title="关于清理阳台外沿花盆的温馨提示",
        record_title="〔邻里安全〕关于清理阳台外沿花盆的温馨提示—棬里社区",
        date="2025-04-14",
        notes="a residents' text page: property repair line at the top, the grid worker's mobile in the text (content), a follow prompt between paragraphs, footer",
        page="""
!m 棬里社区　｜　物业报修 0795-8853300　｜　今日 小雨 15~19℃
!m 首页 ＞ 公告栏
!t 〔邻里安全〕关于清理阳台外沿花盆的温馨提示—棬里社区
!m 发布于 2025-04-14 09:30
{BODY}
!l 邻里留言（2）：已经搬进来了，谢谢提醒
!m 棬里社区居民委员会　地址：棬里路45号
""",
        indent="\u3000\u3000",
        body="""
尊敬的业主、住户：
近期大风天气较多，为防止高空坠物伤人，请各位住户对自家阳台、窗台进行一次自查：
1.放在阳台护栏外沿、窗台外侧的花盆，请移到室内或阳台内侧地面；
2.悬挂在护栏外的花架、吊篮，请检查挂钩是否牢固，锈蚀的及时更换；
3.空调外机架上不要堆放花盆和杂物。
⟦a 关注“棬里邻里”小程序，停水停电早知道⟧
社区将联合物业在本月20日后开展入户巡查，对仍未整改的住户上门提醒。
家有老人、行动不便的住户需要帮忙搬运的，可联系网格员小邱：13970125638。
棬里社区居民委员会
2025年4月14日
""",
    ),
    dict(
        slug="bicheng-match-association-council-minutes",
        site="沘城市火柴行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.bchcxh.example.org.cn/xhdt/2025/0324/96.html",
        title="沘城市火柴行业协会第三届理事会第二次会议纪要",
        date="2025-03-21",
        notes="the record's title as is; an association page with a member-login row and a member hotline; the minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count; the meeting's 时间 line is the date (the page's own date is later)",
        date_also=["2025-03-24"],
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>沘城市火柴行业协会第三届理事会第二次会议纪要</title>
<script src="/skin/js/member-login.js"></script>
</head><body>
<div class="login">⟦a 会员单位登录⟧ ⟦a 入会申请⟧ ⟦m 会员服务热线：0795-8270615⟧</div>
<div class="logo">⟦m 沘城市火柴行业协会⟧ ⟦m 一根火柴 一份责任⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业自律⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="crumb">⟦m 您在这里：首页 - 协会动态⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 秘书处　2025-03-24　阅读 88⟧</div>
<div class="con">
{BODY}
</div>
<div class="side"><h4>⟦l 协会动态⟧</h4><ul><li>⟦l 协会组织会员单位赴外地考察学习⟧</li><li>⟦l 2025年行业安全培训班开班⟧</li></ul></div>
<div class="ft">⟦m 沘城市火柴行业协会秘书处　地址：沘城市工业大道300号⟧</div>
</body></html>
""",
        body="""
时间：2025年3月21日下午
地点：协会会议室
主持：会长　纪怀石
出席：理事15人（应到17人）
列席：监事长　牛冬青
记录：协会秘书处　尹小禾
会议审议并通过了以下事项：
一、《2024年度协会工作报告》和财务收支情况报告。
二、《火柴行业安全生产自律公约（修订稿）》，表决结果：同意15票，反对0票，弃权0票。
三、吸收沘城雅火工艺品有限公司为会员单位。
会议要求各会员单位在4月底前完成药头车间安全自查，并将自查表报协会秘书处。
""",
    ),
    dict(
        slug="outdoor-association-pledge-stool-quality",
        site="沘城市户外休闲用品行业协会 (invented, text rendering)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.bchwxh.example.org/zlgy/2025/0226/31.html",
        title="折叠马扎产品质量自律倡议书",
        record_title="〖质量自律〗折叠马扎产品质量自律倡议书·户外协会",
        date="2025-02-26",
        notes="an association's text page: member login and join-hotline line at the top, a sign-the-pledge prompt and the secretariat's mailbox below; 成文日期 under the signature",
        page="""
!m 沘城户外休闲用品协会网　｜　会员登录　｜　入会热线 0795-8266170
!m 首页 / 行业自律 / 倡议
!t 〖质量自律〗折叠马扎产品质量自律倡议书·户外协会
!m 来源：协会秘书处　日期：2025-02-26
{BODY}
!a ▶ 贵单位愿意签署倡议？点此在线登记
!m 协会秘书处邮箱：mishuchu@bchwxh.example.org
""",
        body="""
全市户外休闲用品生产经营企业：
折叠马扎是群众日常使用最多的户外坐具之一。去年以来，市场上出现了一些承重不足、铆接不牢的低价马扎，造成多起摔伤事件，损害了行业声誉。为此，协会向全体会员单位发出如下倡议：
一、严守标准。马扎产品承重、稳定性等指标不低于国家标准要求，不以次充好、虚标承重。
二、标注清楚。在产品显著位置标明最大承重、适用人群和使用注意事项。
三、诚信经营。不参与恶意低价竞争，发现质量问题主动召回。
四、接受监督。欢迎消费者和媒体监督，协会将定期通报会员单位抽检情况。
沘城市户外休闲用品行业协会
二〇二五年二月二十六日
""",
    ),
    dict(
        slug="wentu-outdoor-recall-folding-stools",
        site="稳途户外 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.wentuhuwai.example.com/news/2025/0109.html",
        title="关于召回部分批次铝合金折叠马扎的公告",
        record_title="关于召回部分批次铝合金折叠马扎的公告 ┃ 新闻中心 ┃ 稳途户外",
        date="2025-01-09",
        notes="company site: cookie notice, service float, an order 400 line beside the recall's own 召回咨询电话; recalled batches one row a paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于召回部分批次铝合金折叠马扎的公告 ┃ 新闻中心 ┃ 稳途户外</title>
<script src="/assets/js/consent.js"></script>
</head><body>
<div class="cookie">⟦d 我们使用Cookie改善浏览体验，继续浏览即表示同意 ⟧<button>⟦a 知道了⟧</button></div>
<header>⟦m 稳途户外⟧ ⟦m 稳稳地，去远方⟧ <nav>⟦m 首页⟧ ⟦m 产品⟧ ⟦m 新闻中心⟧ ⟦m 售后服务⟧ ⟦m 关于我们⟧</nav></header>
<div class="crumb">⟦m 首页 → 新闻中心 → 公司公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 稳途户外 · 2025-01-09⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="float-kf">⟦w 在线客服 ｜ 订购热线 400-0795-556⟧</div>
<footer>⟦m 沘城稳途户外用品有限公司　©2025　赣ICP备22001841号⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
我公司在质量回访中发现，部分批次铝合金折叠马扎的铆钉存在松脱风险，长期使用可能导致马扎散架、使用者摔倒。为保障用户安全，我公司决定主动召回以下批次产品：
型号　生产批次　销售时间
WT-M02　20240615至20240730　2024年7月至9月
WT-M05　20240802至20240820　2024年8月至10月
请持有上述批次产品的用户立即停止使用，可通过购买渠道办理免费更换或全额退款。批次号印在马扎横梁内侧的标签上。
召回咨询电话：0795-8877306（工作日9:00-17:30）。
沘城稳途户外用品有限公司
2025年1月9日
""",
    ),
    dict(
        slug="pengzhou-company-news-carbon-paddles",
        site="鹏舟体育器材有限公司 (invented company site, text rendering)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.pengzhou-sport.example.cn/news/show-188.html",
        title="鹏舟碳纤维龙舟桨通过赛事器材认证",
        record_title="企业动态 ∣ 鹏舟碳纤维龙舟桨通过赛事器材认证 - 鹏舟体育",
        record_date="2025-03-28",
        date="2025-03-28",
        notes="the record gives the date; a company page whose title stands above the dotted date and again glued before the news lead; sales line and address below",
        page="""
!m 鹏舟体育器材有限公司　｜　专注水上运动器材二十年
!m 网站首页　产品中心　新闻资讯　联系我们
{T}
!m 2025.03.28　｜　浏览：305
{T}{BODY}
!a 转给朋友　｜　返回列表
!m 销售热线：0793-7739008　地址：浯川县工业园区舟桥路12号
""",
        body="""
近日，鹏舟体育器材有限公司自主研发的碳纤维龙舟桨通过省龙舟协会赛事器材认证，可用于省级以下各类龙舟比赛。
这款龙舟桨桨叶采用碳纤维与玻璃纤维复合成型，桨杆为碳纤维管，整桨重量约六百八十克，比同规格木桨轻三分之一，桨叶强度和耐水性也明显提高。
公司技术负责人柳承舟介绍，为了让桨手适应新桨，研发团队先后请三支龙舟队试用，根据桨手反馈调整了桨柄粗细和桨叶弧度，前后改了七版。
目前，该款龙舟桨已批量生产，首批四百支将供应周边县市的龙舟队。
""",
    ),
    dict(
        slug="guyun-school-brochure-children-gong-class",
        site="鼓韵艺术培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.guyunyishu.example.cn/zsjz/2025summer.html",
        title="少儿锣鼓打击乐暑期班招生简章",
        record_title="鼓韵学校 · 少儿锣鼓打击乐暑期班招生简章〔名额有限〕",
        date=None,
        notes="training school: promo banner, consult float, a 400 franchise line beside the school's own 报名电话; course table one row a paragraph; a brochure has no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>鼓韵学校 · 少儿锣鼓打击乐暑期班招生简章〔名额有限〕</title>
<script src="/js/kefu-float.js"></script>
</head><body>
<div class="promo">⟦a 暑期报名季：老学员带新同学，两人各减一百⟧</div>
<header>⟦m 鼓韵艺术培训学校⟧ ⟦m 让孩子敲出自信⟧ <nav>⟦m 首页⟧ ⟦m 课程介绍⟧ ⟦m 师资力量⟧ ⟦m 招生简章⟧ ⟦m 学员风采⟧</nav></header>
<div class="crumb">⟦m 首页 ＞ 招生简章⟧</div>
<h1>{T}</h1>
<div class="art">
{BODY}
</div>
<div class="float">⟦w 课程顾问在线，点我预约免费试听⟧</div>
<div class="join">⟦m 全国加盟热线 400-0795-811⟧</div>
<footer>⟦m 沘城市鼓韵艺术培训学校　办学许可证号：教民136071200012号⟧</footer>
</body></html>
""",
        body="""
锣鼓是中国传统打击乐的代表，能锻炼孩子的节奏感、协调性和专注力。鼓韵艺术培训学校今年暑假开设少儿锣鼓打击乐班，欢迎小朋友报名。
一、招生对象：6至12岁儿童，零基础可报。
二、课程安排：
班级　上课时间　课时
启蒙班　7月7日至7月25日每周一、三、五上午　15课时
提高班　7月8日至7月26日每周二、四、六下午　15课时
三、学费：每期980元（含教材费），乐器由学校提供。
四、结业展示：7月27日在学校小剧场举办汇报演出，欢迎家长观看。
报名地址：沘城市澋湖区湜园路27号二楼
报名电话：0795-8819623
""",
    ),
    dict(
        slug="huajian-class-trainee-essay-potting",
        site="花间课堂 (invented gardening school, text rendering)",
        style="培训机构",
        genre="结业感言",
        kind="other",
        form="text",
        source="https://huajianketang.example.com/xueyuan/2025/0512.html",
        title="盆栽课结业感言：花盆里的小世界",
        record_title="【学员说】盆栽课结业感言：花盆里的小世界 ｜ 花间课堂",
        date=None,
        notes="a training school's text page: trial-lesson prompt at the top, a course ad line between paragraphs, a sign-up line at the bottom; a trainee's essay has no date",
        page="""
!m 花间课堂 · 阳台园艺小班课
!a 新学员首课体验价19.9元，点此预约
!t 【学员说】盆栽课结业感言：花盆里的小世界 ｜ 花间课堂
!m 学员：周末种花人　｜　春季盆栽班
{BODY}
!a 下期盆栽班6月开课，剩余名额7个
!m 花间课堂　咨询微信：huajian_kt
""",
        body="""
报名花间课堂的盆栽课，是因为家里阳台上的几盆花总是养不活。八周课上下来，我才知道问题出在哪儿。
第一课，老师就让我们看花盆。原来花盆的材质、大小和排水孔都有讲究：红陶盆透气，适合怕涝的植物；塑料盆保水，适合喜湿的植物；盆底没有排水孔，再好的花也会烂根。
⟦a 同款红陶盆套装，学员价立减20元⟧
后面几节课，我们学了配土、换盆、修根和浇水。最难的是换盆，要先让土稍微干一点，再轻轻把植物连土脱出来，剪掉烂根，放进大一号的花盆里。
结业那天，我带回家一盆自己换过盆的文竹，现在已经长出了新芽。谢谢老师，也谢谢一起上课的同学们。
""",
    ),
    dict(
        slug="bisu-app-report-match-factory-safety-chief",
        site="笔速 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bisuxiezuo.example.com/share/doc?id=a81f22c0",
        title="火柴厂安全科科长2024年度述职报告",
        record_title="【笔速·述职】火柴厂安全科科长2024年度述职报告 - 笔速APP",
        date="2025-01-13",
        notes="writing app H5 share: open-app mask, a fold between paragraphs, AI polish/expand buttons glued after a sentence, a bottom bar; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>【笔速·述职】火柴厂安全科科长2024年度述职报告 - 笔速APP</title>
<script src="https://h5.bisuxiezuo.example.com/js/openapp.js"></script>
</head><body>
<div class="mask">⟦a 打开笔速APP，全文一键套用⟧</div>
<div class="app-bar">⟦m 笔速⟧ ⟦m 写材料，快人一步⟧</div>
<h1 class="doc-t">{T}</h1>
<div class="doc-info">⟦m 1268字　｜　3.6万人用过⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="bottom-bar">⟦a 复制　导出Word　换一篇⟧</div>
<div class="more"><h4>⟦l 写过这篇的人还写了⟧</h4><p>⟦l 车间主任年度述职报告⟧</p><p>⟦l 安全员个人工作总结⟧</p></div>
</body></html>
""",
        body="""
2024年，我在厂党委和厂部的领导下，负责全厂安全生产管理工作，现将履职情况报告如下。
一、抓责任落实。修订安全生产责任制，与六个车间、二十一个班组签订安全责任书，做到责任到岗、到人。
二、抓隐患整改。全年组织安全检查四十八次，排查隐患一百零三项，已整改一百零一项，剩余两项已落实资金，计划一季度完成。⟦a ✨AI润色 ✨AI扩写⟧
⟦a 余下内容已折叠，APP内展开⟧
三、抓教育培训。对新入职员工进行三级安全教育，组织药头车间员工开展防静电、防火专项培训六期。
四、存在不足。个别车间交接班检查流于形式，我对一线的督查还不够深入。
2025年，我将重点抓好烘干、蘸药等关键工序的安全管理，确保全年不发生安全事故。
述职人：裴东林
2025年1月13日
""",
    ),
    dict(
        slug="gongwenbao-app-host-script-spring-gongs",
        site="公文宝 (invented writing app, text share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.gongwenbao.example.cn/s/zcc/77103",
        title="锣鼓迎春文艺汇演主持词",
        record_title="公文宝｜锣鼓迎春文艺汇演主持词〔双人版〕",
        date=None,
        notes="a writing app's text share: app line, AI buttons, a VIP prompt between paragraphs, open-in-app line; a host script with no date",
        page="""
!m 公文宝 · 你的口袋写作助手
!t 公文宝｜锣鼓迎春文艺汇演主持词〔双人版〕
!a AI续写　AI改写　一键换风格
{BODY}
!a 在公文宝APP中打开，查看更多主持词
!m 公文宝 m.gongwenbao.example.cn
""",
        body="""
男：尊敬的各位领导、各位来宾，
女：亲爱的朋友们，
合：大家晚上好！
男：锣鼓声声辞旧岁，
女：欢歌阵阵迎新春。
男：今晚，我们相聚在溦阳县文化广场，共同欣赏“锣鼓迎春”文艺汇演。
女：首先请欣赏由澨口镇锣鼓队带来的开场节目《锣鼓闹春》。
⟦a 开通宝卡会员，解锁全部串词⟧
男：刚才的锣鼓表演气势磅礴，敲出了我们溦阳人的精气神。接下来请欣赏少儿锣鼓《小小鼓手》。
女：朋友们，新的一年，愿大家的日子像锣鼓一样红红火火！
合：“锣鼓迎春”文艺汇演到此结束，祝大家新春快乐，再见！
""",
    ),
]
