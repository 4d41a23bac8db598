"""holdout328, part E: residents' sites, associations, company sites, training schools, writing apps.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Every case below was written by hand for this part.
"""

CASES = [
    dict(
        slug="community-yanghu-notice-dumpling-mould-box-scan",
        site="鸯湖社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.yanghu-sq.cn/gg/2025/0106/187.html",
        title="鸯湖社区“饺子模共享箱”启用公告",
        record_title="「社区通知」鸯湖社区“饺子模共享箱”启用公告 - 鸯湖社区居民之家",
        date="2025-01-06",
        notes="residents' site: a weather line, a grid member's box and the property company's duty line beside the "
        "community's own 联系电话 in the body; sentences asking residents to scan a QR code to borrow are content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>「社区通知」鸯湖社区“饺子模共享箱”启用公告 - 鸯湖社区居民之家</title></head>
<body>
<div class="top">⟦m 鸯湖社区居民之家⟧ ⟦m 今天 小雨 3～9℃ 空气质量 良⟧</div>
<div class="nav">⟦m 首页 | 居委公告 | 办事指南 | 邻里圈 | 志愿服务 | 物业之窗⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="meta">⟦m 鸯湖社区居委会　2025-01-06　阅读 356⟧</div>
<div class="text">
{BODY}
</div>
<div class="like">⟦a 点赞 48 · 我要留言⟧</div>
</div>
<div class="side">
<div class="grid">⟦m 我的网格员：扈小芸　手机 13981640275⟧</div>
<div class="wy">⟦m 鸯湖物业24小时值班：0836-2166301⟧</div>
<div class="hot"><h4>⟦l 邻里圈热帖⟧</h4><p>⟦l 3栋楼下的流浪猫有人认领了吗⟧</p><p>⟦l 周末跳蚤市场摊位报名啦⟧</p></div>
</div>
<div class="foot">⟦m 鸯湖社区居民委员会主办　地址：虔湖区鸯湖路17号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
冬至饺子宴结束后，社区把居民捐赠和社区购置的56只饺子模清洗消毒，放进了居委会一楼的“饺子模共享箱”，从1月8日起向全体居民开放借用。
一、借用方式：扫描共享箱侧面的二维码，填写姓名、楼栋和借用数量，即可取用。
二、借用期限：每次不超过3天，到期请清洗晾干后放回原处，再扫码登记归还。
三、注意事项：饺子模以木质和塑料为主，请勿放入消毒柜高温烘烤；如有损坏，请如实登记，社区统一补充。
欢迎家中有闲置饺子模的居民继续捐赠，让更多邻居包上一顿团圆饺子。
联系电话：0836-2166128（社区服务站，工作日8:30—17:30）。
鸯湖社区居民委员会
2025年1月6日
""",
    ),
    dict(
        slug="community-xuyuan-pledge-grounds-filters-oneline",
        site="盱园社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.xuyuansq.cn/changyi/2025-03-05.html",
        title="关于咖啡渣和滤纸分类投放的倡议",
        record_title="绿色倡议｜关于咖啡渣和滤纸分类投放的倡议 — 盱园社区网",
        date="2025-03-05",
        notes="a residents' pledge with the whole body on one line; the community's signature and date at the end; "
        "a property duty line and a volunteer sign-up prompt around it",
        page="""
!m 盱园社区网　邻里一家亲
!m 首页 › 社区倡议
!t 绿色倡议｜关于咖啡渣和滤纸分类投放的倡议
!m 盱园社区居委会　阅读 219
{BODY}
!a 想当垃圾分类督导志愿者？点这里报名
!m 物业服务中心值班电话：0836-2170088
!l 往期倡议：文明养犬倡议书　楼道杂物清理倡议
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位居民朋友、各位商户：
近年来，社区周边的咖啡店越来越多，居民在家手冲咖啡的也不少。用过的咖啡渣和滤纸怎么投放，不少人拿不准。为此，我们倡议：
一、咖啡渣和用过的纸质滤纸都属于厨余垃圾，请沥干水分后投入绿色厨余垃圾桶；
二、滤纸外包装的塑料袋、铝箔袋属于其他垃圾，请不要混入厨余垃圾；
三、社区花园设有堆肥箱，欢迎居民把咖啡渣和滤纸送来堆肥，每周六上午由志愿者统一翻堆，开放时间请关注“盱园社区”公众号；
四、咖啡店商户请与社区签订厨余垃圾收运协议，按时交运。
盱园社区居民委员会
2025年3月5日
""",
    ),
    dict(
        slug="association-bencheng-bakery-minutes-piping-bag-standard-vote",
        site="贲城市焙烤食品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.bcbkxh.org.cn/xhdt/2025/0418/92.html",
        title="三届五次理事会会议纪要",
        record_title="〖会务纪要〗三届五次理事会会议纪要-贲城市焙烤食品行业协会",
        date="2025-04-16",
        notes="association site: member login row, a member hotline, a join-us line; minutes with 时间/地点/主持/出席/记录 "
        "lines (the 时间 line the date) and a vote count; the association's posting date is not shown",
        page="""
<html><head><meta charset="utf-8"><title>〖会务纪要〗三届五次理事会会议纪要-贲城市焙烤食品行业协会</title></head>
<body>
<div class="top">⟦a 会员单位登录 ｜ 申请入会 ｜ 会员证核验⟧</div>
<div class="hd">⟦m 贲城市焙烤食品行业协会⟧ ⟦m 自律 · 服务 · 协调 · 发展⟧</div>
<div class="nav">⟦m 协会简介　协会动态　团体标准　会员名录　培训服务　联系我们⟧</div>
<div class="con">
<h1>{T}</h1>
<div class="meta">⟦m 栏目：协会动态　作者：秘书处　点击：205⟧</div>
<div class="txt">
{BODY}
</div>
</div>
<div class="join">⟦a 成为会员单位，共享行业资源 → 立即申请⟧</div>
<div class="ft">⟦m 会员服务专线：0836-2255186⟧　⟦m 协会地址：贲城市虔湖区宕桥路58号焙烤大厦6楼⟧</div>
</body></html>
""",
        body="""
时间：2025年4月16日15:00
地点：协会六楼会议室
主持：会长 绸志远
出席：理事23人（应到27人）
记录：秘书处 胭可欣
会议审议了《烘焙门店一次性裱花袋使用规范》团体标准（送审稿）。秘书处汇报了标准起草和征求意见情况，共收到会员单位意见41条，采纳29条。
与会理事围绕裱花袋厚度下限、可清洗裱花袋消毒频次等问题进行了讨论。会议决定：厚度下限由0.06毫米调整为0.08毫米；可清洗裱花袋每班使用后清洗消毒一次。
会议以举手方式表决，同意22票，反对0票，弃权1票，通过该团体标准，由秘书处按程序报批发布。
会议还研究了下半年会员培训计划，决定9月举办裱花技能公开课。
""",
    ),
    dict(
        slug="association-bencheng-notice-baking-paper-training-receipt",
        site="贲城市焙烤食品行业协会 · 通知公告 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.bcbkxh.org.cn/tzgg/2025/0526/95.html",
        title="关于举办食品接触用烘焙纸安全知识培训班的通知",
        date="2025-05-23",
        date_also=["2025-05-26"],
        notes="association notice as text with the record's own title: 附件 list (a 回执), the association's own contact "
        "and mailbox beside its member hotline; posting date differs from the notice's date",
        page="""
!m 贲城市焙烤食品行业协会 › 通知公告
{T}
!m 发布日期：2025-05-26　来源：协会秘书处
!a 下载回执　｜　打印通知
{BODY}
!m 会员服务专线：0836-2255186
!l 上一条：三届五次理事会会议纪要
""",
        indent="\u3000\u3000",
        body="""
各会员单位：
为帮助烘焙企业正确选用和使用食品接触用烘焙纸，协会定于2025年6月10日举办烘焙纸安全知识培训班。现将有关事项通知如下。
一、培训内容：食品接触用纸制品相关标准解读；硅油涂层烘焙纸与蜡纸的区别；烘焙纸进货查验和使用温度控制。
二、培训对象：各会员单位品控负责人、门店店长，每单位限报2人。
三、培训地点：贲城市虔湖区宕桥路58号焙烤大厦6楼培训室。
四、报名方式：请于6月5日前将回执发送至协会邮箱bcbkxh@bcbkxh.org.cn。
联系人：胭可欣，电话：0836-2255127。
附件：培训班报名回执
贲城市焙烤食品行业协会
2025年5月23日
""",
    ),
    dict(
        slug="company-chouhe-news-steel-clip-cookie-float",
        site="绸禾家居 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chouhe-home.com/news/2025/0310-new-clip.html",
        title="绸禾家居推出耐低温不锈钢弹簧封口夹",
        record_title="绸禾家居推出耐低温不锈钢弹簧封口夹 - 新闻中心 - 绸禾家居",
        record_date="2025-03-10",
        date="2025-03-10",
        notes="company site: a cookie notice, a service float and a shop link; the company's name in the body (the "
        "site-name label matched as head); a dotted company date line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>绸禾家居推出耐低温不锈钢弹簧封口夹 - 新闻中心 - 绸禾家居</title></head>
<body>
<header><a class="logo">⟦m 绸禾家居⟧</a><nav>⟦m 品牌故事 产品中心 新闻中心 门店查询 联系我们⟧</nav><a class="shop">⟦a 进入官方商城⟧</a></header>
<div class="crumb">⟦m 首页 / 新闻中心 / 企业动态⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025.03.10 · 企业动态⟧</p>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享：微信 微博 复制链接⟧</div>
</article>
<div class="cookie">⟦d 我们使用 Cookie 来改善您的浏览体验，继续浏览即表示您同意我们的隐私条款⟧ <button>⟦a 我知道了⟧</button></div>
<div class="float">⟦w 在线客服 · 售后专线 400-660-3185⟧</div>
<footer>⟦m © 2025 谧川县绸禾家居用品有限公司　蜀ICP备20066115号⟧</footer>
</body></html>
""",
        body="""
3月10日，绸禾家居发布新款耐低温不锈钢弹簧封口夹，首批三个规格已在官方商城和线下门店同步上市。
新品采用304不锈钢夹身和食品级硅胶夹齿，经第三方检测，在零下30℃冷冻48小时后仍能正常开合，夹持力衰减不超过10%。夹身侧面刻有月份刻度，用户可以拨动指针记录开封日期。
公司产品经理介绍，去年用户调研中，近四成用户反映塑料封口夹在冷冻室里容易断，这次新品主要就是解决这个问题。
新款封口夹的弹簧力经过重新设计，开合所需的力比老款小约三分之一，包装上也加印了“儿童勿玩”提示。
""",
    ),
    dict(
        slug="company-hewen-recall-v60-filters-batches",
        site="鹤纹纸品 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.hewenpaper.com/gonggao/2025-05-recall.html",
        title="关于召回部分批次锥形咖啡滤纸的公告",
        date="2025-05-28",
        notes="company recall notice as text with the record's own title: a batches table, the recall line beside the "
        "400 order line and a store prompt; a sentence asking customers to scan the box's code is content",
        page="""
!m 鹤纹纸品 HEWEN PAPER　｜　首页　产品　公告　联系我们
!m 首页 > 公告
{T}
!m 发布：2025年5月28日　来源：客户服务部
{BODY}
!a 官方商城订购热线 400-822-7306　｜　天猫旗舰店
!d © 沌阳县鹤纹纸品有限公司　版权所有
""",
        indent="\u3000\u3000",
        body="""
尊敬的顾客：
我公司在例行抽检中发现，部分批次锥形咖啡滤纸的折边压合不牢，冲泡时可能出现滤纸开缝、咖啡粉漏入杯中的情况。为保障消费者权益，我公司决定主动召回以下批次产品：
型号　规格　生产批号　数量（包）
V01-100　1～2人份　HW250302　4800
V02-100　1～4人份　HW250308　6200
V02-40　1～4人份　HW250311　2100
已购买上述批次产品的顾客，可扫描包装盒背面的二维码查询批号，凭包装或购买凭证到原购买渠道办理退换，或拨打召回专线0838-5126687（每日9:00—18:00）。
由此给您带来的不便，我们深表歉意。
沌阳县鹤纹纸品有限公司
2025年5月28日
""",
    ),
    dict(
        slug="training-tianyan-brochure-piping-weekend-class-table",
        site="甜研烘焙培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.tianyan-bake.com/zsjz/2025-piping-weekend.html",
        title="裱花周末班招生简章",
        record_title="【双休裱花营】裱花周末班招生简章（12人满班即开）- 甜研烘焙培训学校",
        date=None,
        notes="training school: a promo banner, a consult float and a franchise 400 line beside the school's own 报名电话 "
        "in the body; a timetable table; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【双休裱花营】裱花周末班招生简章（12人满班即开）- 甜研烘焙培训学校</title></head>
<body>
<div class="promo">⟦a 暑期报名立减300元，老学员带新再送裱花嘴套装⟧</div>
<header>⟦m 甜研烘焙培训学校⟧ <nav>⟦m 首页 课程 师资 学员作品 校区 加盟⟧</nav></header>
<div class="crumb">⟦m 首页 ＞ 课程中心 ＞ 周末班⟧</div>
<div class="course">
<h1>{T}</h1>
<div class="tag">⟦l 热门课程 · 零基础 · 小班教学⟧</div>
<div class="desc">
{BODY}
</div>
<div class="btns"><a>⟦a 立即预约试听⟧</a> <a>⟦a 领取课程资料⟧</a></div>
</div>
<div class="float">⟦w 课程顾问在线 · 微信 tianyan_gw03⟧</div>
<footer>⟦m 全国招商加盟热线：400-071-5528⟧　⟦m 甜研烘焙 版权所有⟧</footer>
</body></html>
""",
        body="""
裱花周末班面向零基础学员，利用周末两天时间，系统学习奶油打发、裱花袋和裱花嘴的使用，以及常见花型的裱制。每期限12人，每人独立操作台。
课程安排如下：
时间　内容　课时
周六上午　奶油打发与调色、裱花袋装袋手法　3
周六下午　玫瑰、菊花、向日葵裱花练习　3
周日上午　边饰与写字、抹面基础　3
周日下午　六寸裱花蛋糕完整制作　3
学费1680元，含全部材料费，结课时每人带走自己制作的蛋糕和一套硅胶裱花袋。
上课地点：虔湖区学府大道33号甜研烘焙二楼。
报名电话：0836-2318076（周一至周日9:00—20:00）。
""",
    ),
    dict(
        slug="training-tianyan-trainee-insight-dumpling-mould",
        site="甜研烘焙培训学校 · 学员作业 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.tianyan-bake.com/xueyuan/zuoye/1107.html",
        title="第一次用饺子模包出花边饺",
        record_title="〔学员作业〕第一次用饺子模包出花边饺｜甜研烘焙",
        date=None,
        notes="a trainee's insight on a training school's page, no date (a 'posted 4 天前' stamp only); a teacher's "
        "comment, a trial-lesson prompt glued after the last sentence and a consult line",
        page="""
!m 甜研烘焙 · 学员作业展
!t 〔学员作业〕第一次用饺子模包出花边饺
!m 学员：胭小禾（中式面点周末班第6期）　提交于 4 天前
{BODY}
!l 老师点评：馅料七分满的经验总结得很好，下次试试手工捏月牙饺。
!w 想和她一样学面点？添加课程顾问微信 tianyan_gw03
!l 更多学员作业 >>
""",
        indent="\u3000\u3000",
        body="""
这周面点课学的是花样饺子，老师先让我们用饺子模练手。第一次上手，我包的饺子不是漏馅就是边上压不紧。
老师过来看了一眼，说问题出在三个地方：皮放进模子前要先抖掉多余的面粉，不然边上粘不住；馅只能放七分满；合模以后要用掌心压住停两秒，不能一合就松手。
照着老师说的再试，第三个饺子就成了，花边一圈整整齐齐，像蕾丝一样。
下课前老师又教了用两种颜色的面皮叠在一起放进饺子模，压出来是双色的花边，小朋友肯定喜欢。
回家以后我给女儿包了一盘，她说比外面买的速冻饺子好看多了。⟦a 免费试听一节面点课，名额有限⟧
""",
    ),
    dict(
        slug="writingapp-bizhi-report-fresh-section-clips-h5",
        site="笔知写作 (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bizhixiezuo.com/share/doc?id=a81f7730",
        title="超市生鲜部主管2024年度述职报告",
        record_title="超市生鲜部主管2024年度述职报告（实用稿）· 笔知写作",
        date="2025-01-10",
        notes="writing app H5 share: an open-app mask, a fold ('展开剩余全文'), AI-rewrite buttons, a 'similar drafts' "
        "list; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>超市生鲜部主管2024年度述职报告（实用稿）· 笔知写作</title></head>
<body>
<div class="mask">⟦a 在笔知写作APP内打开，体验更流畅⟧ <a>⟦a 立即打开笔知⟧</a></div>
<div class="doc">
<h1>{T}</h1>
<div class="meta">⟦m 笔知写作 · 述职报告 · 2.1万人用过⟧</div>
{BODY}
</div>
<div class="fold">⟦a 展开剩余全文 ∨⟧</div>
<div class="ai">⟦a AI一键改写⟧ ⟦a AI续写⟧ ⟦a 换个开头⟧</div>
<div class="sim"><h4>⟦l 相似稿件⟧</h4><p>⟦l 超市店长年终述职报告⟧</p><p>⟦l 生鲜课长个人工作总结⟧</p></div>
<div class="ft">⟦d 笔知写作提供的稿件仅供参考，请根据实际情况修改后使用⟧</div>
</body></html>
""",
        body="""
各位领导、同事们：
2024年，我担任隍埠店生鲜部主管，带领11名员工负责果蔬、散装干货和冷冻食品三个区域。现将一年来的工作述职如下。
一、损耗控制。针对散装干货受潮损耗大的问题，我们给所有散装区的储物袋统一配上封口夹，开袋后随手夹紧，每晚闭店前检查一遍。全年散装干货损耗率由3.1%降到1.8%。
二、食品安全。坚持每日检查冷柜温度并记录，全年未发生食品安全投诉。
三、团队建设。组织岗位培训12次，两名员工晋升为组长。
存在的不足是果蔬区高峰期补货不及时。2025年我将优化排班，努力把工作做得更好。
述职人：宕海峰
2025年1月10日
""",
    ),
    dict(
        slug="writingapp-miaobi-host-script-baking-club-title-line",
        site="妙笔范文 (invented writing app share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.miaobifw.cn/s/zhuchici/77102",
        title="烘焙社团结课作品展示会主持词",
        record_title=None,
        date=None,
        notes="writing-app share as text with no title in the record: the page's title line; a host script with no date; "
        "an app prompt, a member-unlock line between paragraphs and an AI button row",
        page="""
!m 妙笔范文 · 写稿不求人
!a 打开妙笔范文APP，免费看全文
{T}
!m 主持词 · 校园活动　｜　1.3万次使用
{BODY}
!a AI 帮我改成三人主持　｜　一键换成活动名称
!l 你可能还需要：社团招新主持词　学期末社团汇报演出串词
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位老师，亲爱的同学们：
大家下午好！欢迎来到烘焙社团本学期的结课作品展示会。
一个学期里，社员们从认识面粉、学会铺烘焙纸开始，到打发奶油、烤出第一炉饼干，一步一步走到了今天。
⟦a 开通妙笔会员，解锁全部主持词⟧
首先有请初级组的同学展示他们的曲奇和玛芬。大家注意看，每一块曲奇下面垫的烘焙纸都是同学们自己按烤盘大小裁的，边角整整齐齐。
接下来有请进阶组带来他们的戚风蛋糕卷。蛋糕卷能卷得不裂，秘诀就在出炉后连着烘焙纸趁热卷起。
今天的展示会到这里就结束了。感谢指导老师一学期的付出，也谢谢每一位来品尝的老师和同学，我们下学期再见！
""",
    ),
]
