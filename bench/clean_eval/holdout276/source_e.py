"""holdout276, part E: residents' sites, associations, companies, training schools, writing apps, exam forums.

Invented text, sites, places and people; written by hand, one case at a time.
"""

CASES = [
    dict(
        slug="community-chunhe-notice-heatpads-for-elders",
        site="淳和社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.chunhe-sq.cn/tzgg/20241223/219.html",
        title="关于为辖区独居老人上门发放暖宝宝的通知",
        record_title="【淳和家门口】关于为辖区独居老人上门发放暖宝宝的通知 - 淳和社区",
        date="2024-12-23",
        notes="residents' site: a weather line, a grid worker's box and the property company's repair and night lines; the "
        "community's own duty phone in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【淳和家门口】关于为辖区独居老人上门发放暖宝宝的通知 - 淳和社区</title>
<script src="/js/weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 熙湖区 淳和社区⟧ <span>⟦m 今天 小雨 2℃～7℃ 出门记得带伞⟧</span></div>
<div class="sq-nav">⟦m 首页⟧ ⟦m 社区公告⟧ ⟦m 网格服务⟧ ⟦m 邻里活动⟧ ⟦m 办事指南⟧</div>
<div class="sq-pos">⟦m 首页 / 社区公告⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<p class="sq-meta">⟦m 发布人：社区居委会　时间：2024-12-23　阅读 512⟧</p>
<div class="sq-text">
{BODY}
</div>
</div>
<div class="sq-side">
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　邬春燕　139 8712 4460⟧</p><p>⟦a 一键拨打⟧</p></div>
<div class="wy-box"><p>⟦m 溪悦物业报修：0873-4218890⟧</p><p>⟦m 夜间应急：0873-4218899⟧</p></div>
</div>
<div class="sq-foot">⟦m 淳和社区居民委员会　地址：熙湖区淳和路66号⟧　⟦d 本站信息由社区工作人员发布维护⟧</div>
</body>
</html>
""",
        body="""
各网格、各楼栋长：
本周起气温持续走低，为让辖区独居老人温暖过冬，社区将联合辖区爱心企业开展“暖宝宝送上门”活动。现将有关事项通知如下：
一、发放对象。辖区内70周岁以上独居老人及低保、特困老人，共计168人。
二、发放方式。12月25日至27日，由网格员和志愿者上门发放，每人30片暖宝宝，同时登记老人取暖设备使用情况。
三、温馨提醒。发放时要当面告诉老人：暖宝宝不能直接贴皮肤，不能贴着睡觉。
如有老人未领到，请拨打社区值班电话：0873-4216605。
熙湖区淳和社区居民委员会
2024年12月23日
""",
    ),
    dict(
        slug="community-peiyuan-host-script-biscuit-tin-crafts",
        site="沛园社区服务网 (invented residents' site)",
        style="社区网站",
        genre="主持词",
        kind="other",
        form="text",
        source="http://peiyuan.xihu-sq.cn/hd/2025/0418/86.html",
        title="“旧饼干盒变身记”亲子手工活动主持词",
        record_title="“旧饼干盒变身记”亲子手工活动主持词（活动现场版）｜沛园社区",
        date=None,
        notes="residents' site text: a host script with no date; the site's sign-up button and a volunteer-points line glued "
        "after a 。 between paragraphs",
        page="""
!m 沛园社区服务网
!m 邻里活动 › 亲子手工
!t “旧饼干盒变身记”亲子手工活动主持词（活动现场版）
!m 上传：社区社工 蔡宁　｜　浏览 213
{BODY}
!a 下期活动：“旧衣改造”亲子课，点此报名
!l 往期活动回顾：端午香囊DIY　｜　中秋灯笼彩绘
!m 沛园社区党群服务中心　电话：0873-4230215
""",
        body="""
主持人：各位家长、各位小朋友，大家上午好！欢迎来到沛园社区“旧饼干盒变身记”亲子手工活动现场。
家里吃完饼干剩下的铁皮盒子，很多人随手就扔了。其实，只要动动脑筋、动动手，它就能变成笔筒、储物盒，甚至一个小小的花盆。
今天，我们请来了社区手工达人尤阿姨，她会先给大家演示怎样给饼干盒包边、贴布、打孔。演示结束后，各个家庭可以自由发挥，做一件属于自己的作品。⟦a 参加活动的家庭可累计志愿积分2分⟧
友情提醒：饼干盒边缘可能比较锋利，小朋友使用剪刀和锥子时，一定要在爸爸妈妈的帮助下完成。
活动最后，我们将评出“最佳创意奖”和“最美亲子奖”。下面，有请尤阿姨！
""",
    ),
    dict(
        slug="association-jiongcheng-toy-pledge-tin-edges",
        site="炯城市玩具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.jcwjxh.org.cn/xhdt/2024/0822/309.html",
        title="关于铁皮玩具边缘安全的行业自律倡议书",
        record_title="〖守规倡议〗关于铁皮玩具边缘安全的行业自律倡议书 - 炯城市玩具行业协会",
        date="2024-08-20",
        date_also=["2024-08-22"],
        notes="association site: a member-login row and a member hotline; the association's name is also the signature "
        "(matched as head); 成文日期 differs from the page date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖守规倡议〗关于铁皮玩具边缘安全的行业自律倡议书 - 炯城市玩具行业协会</title>
</head>
<body>
<div class="xh-login">⟦a 会员账号⟧ <input> ⟦a 密码⟧ <input> <button>⟦a 会员登录⟧</button> <a>⟦a 申请入会⟧</a></div>
<div class="xh-head">⟦m 炯城市玩具行业协会⟧<span>⟦m 让每一件炯城玩具都安全放心⟧</span></div>
<div class="xh-nav">⟦m 首页⟧ ⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 标准法规⟧ ⟦m 会员风采⟧</div>
<div class="xh-loc">⟦m 首页 » 协会动态 » 自律倡议⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-info">⟦m 日期：2024-08-22　来源：协会秘书处⟧</div>
<div class="xh-con">
{BODY}
</div>
</div>
<div class="xh-side"><h4>⟦l 标准速查⟧</h4><p>⟦l 玩具安全国家标准解读⟧</p><p>⟦l 出口玩具检验常见问题⟧</p></div>
<div class="xh-foot">⟦m 会员服务热线：0871-66377105⟧　⟦m 协会地址：炯城市熙湖区工贸路12号⟧　⟦m 琼ICP备17004409号⟧</div>
</body>
</html>
""",
        body="""
全市铁皮玩具生产企业：
铁皮青蛙、铁皮公鸡等发条玩具是我市的传统特色产品。今年以来，部分产品因折边不严、边缘锐利被消费者投诉，影响了炯城玩具的声誉。为此，协会向全体会员企业倡议：
一、严守标准。严格执行玩具安全国家标准，所有可触及的铁皮边缘必须卷边或包边，出厂前逐件手检。
二、用好油墨。印铁用油墨必须有重金属检测合格报告，不用来路不明的便宜油墨。
三、标识清楚。产品包装上须标明适用年龄和“不适合3岁以下儿童”等警示语。
四、互相监督。发现同行存在质量隐患的，可向协会反映，协会将上门帮助整改。
炯城市玩具行业协会
2024年8月20日
""",
    ),
    dict(
        slug="association-yuxi-go-rules-equipment-articles",
        site="昱溪县围棋协会 (invented)",
        style="行业协会",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.yuxiweiqi.org/xhwj/2025/03/qicai.html",
        title="昱溪县围棋协会比赛器材管理办法",
        record_title="昱溪县围棋协会比赛器材管理办法（2025年修订稿）_章程制度_昱溪县围棋协会",
        date=None,
        notes="association text page: rules with 第N条 articles and only an effective clause (no date); the page's update "
        "stamp is no publish line; the association's name opens the title (not the body)",
        page="""
!m 昱溪县围棋协会　手谈千古 · 以棋会友
!m 首页 ＞ 协会文件 ＞ 章程制度
!t 昱溪县围棋协会比赛器材管理办法（2025年修订稿）
!m 更新：2025-03-08　｜　秘书处
{BODY}
!a 会员单位可在“下载专区”领取器材借用登记表
!l 相关文件：昱溪县围棋协会章程　｜　协会段级位赛竞赛规程
!m 昱溪县围棋协会秘书处　联系电话：0879-5262018
""",
        body="""
第一条　为加强协会比赛器材管理，延长器材使用寿命，制定本办法。
第二条　本办法所称比赛器材，包括棋盘、棋子、围棋罐、对局钟和记谱夹板。
第三条　比赛器材由协会秘书处统一登记造册，每套器材编号，围棋罐与棋子按编号配对存放。
第四条　会员单位借用器材，须提前3天向秘书处申请，借用期限一般不超过7天。
第五条　归还器材时，秘书处应当场清点。棋子缺失或围棋罐开裂的，由借用单位按价赔偿。
第六条　每年年底，秘书处对全部器材进行一次检查，对损坏的器材提出报废或维修意见。
第七条　本办法自协会理事会通过之日起施行。
""",
    ),
    dict(
        slug="company-fumai-news-retro-biscuit-tin-cookie-bar",
        site="福麦饼业官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fumai-bakery.com/news/brand/20240910-retro-tin.html",
        title="福麦推出复刻版八十年代铁皮饼干盒 老包装装回新味道",
        record_title="福麦故事 » 福麦推出复刻版八十年代铁皮饼干盒 老包装装回新味道｜福麦饼业官网",
        record_date="2024-09-10",
        date="2024-09-10",
        notes="company site: a cookie notice, a service float and a store finder; a photo placeholder on a line of its own "
        "between paragraphs; the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>福麦故事 » 福麦推出复刻版八十年代铁皮饼干盒 老包装装回新味道｜福麦饼业官网</title>
<script src="/assets/cookie-consent.js"></script>
</head>
<body>
<div class="cookie">⟦d 福麦官网使用Cookie记住您的浏览偏好，继续浏览即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<header><a class="logo">⟦m 福麦饼业⟧</a><nav>⟦m 关于福麦⟧ ⟦m 产品中心⟧ ⟦m 福麦故事⟧ ⟦m 门店查询⟧ ⟦m 加盟合作⟧</nav></header>
<div class="path">⟦m 首页 › 福麦故事 › 品牌新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2024.09.10　｜　品牌部⟧</p>
{BODY}
</article>
<div class="store">⟦a 查找离您最近的福麦门店⟧</div>
<div class="kefu-float">⟦w 福麦在线客服 · 订购热线 400-030-5171⟧</div>
<footer>⟦m © 2024 福麦饼业（炯城）有限公司⟧　⟦m 琼ICP备16003387号-1⟧</footer>
</body>
</html>
""",
        body="""
9月10日，福麦饼业推出“岁月”系列复刻版铁皮饼干盒，将上世纪八十年代的经典包装重新搬上货架。
复刻版饼干盒沿用了当年的方形铁盒和红底金字设计，盒盖上印有牡丹和喜鹊图案。公司设计部从档案室里找出了三十多年前的印铁样张，逐一比对颜色，前后打样七次才最终定稿。
⟦m ［图片］复刻版饼干盒与八十年代原版并排陈列⟧
与老包装不同的是，新盒子使用了食品级内涂层，盒内不再套装塑料托盘，整体包装重量减轻了18%。公司还在盒底印上了“吃完别扔，可作收纳盒”的提示。
目前，复刻版饼干盒已在福麦各直营门店和官方网店同步上市。
""",
    ),
    dict(
        slug="company-nuanxu-recall-heatpads-batches",
        site="暖旭日用品有限公司官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.nuanxu-daily.com/gonggao/2025/0120.html",
        title="关于部分批次暖宝宝产品主动召回的公告",
        date="2025-01-20",
        notes="company text page: the record's title as is; a recalled-batches table one row a paragraph (its production "
        "dates are no publish date); the recall line in the body beside the site's 400 order line; 成文日期 under the signature",
        page="""
!m 暖旭日用品　温暖每一个冬天
!m 首页 | 产品中心 | 公司公告 | 联系我们
{T}
!m 发布：公司质量部　浏览：3,604
{BODY}
!m 订购热线：400-887-6230
!a 在线商城　｜　经销商查询　｜　防伪验证
!d 版权所有 © 昱溪县暖旭日用品有限公司
""",
        body="""
近日，我公司在质量抽检中发现，部分批次“暖旭”牌暖宝宝（腰腹型）的发热最高温度高于标准要求，长时间使用可能造成低温烫伤。为保障消费者安全，我公司决定主动召回以下批次产品：
产品名称　规格　生产批号　生产日期
暖旭暖宝宝（腰腹型）　10片/袋　NX241105　2024年11月5日
暖旭暖宝宝（腰腹型）　10片/袋　NX241112　2024年11月12日
请已购买上述批次产品的消费者停止使用，凭包装袋或购买凭证到原购买处办理退款，也可拨打召回专线0879-5290735联系上门回收。
由此给您带来的不便，我们深表歉意。
昱溪县暖旭日用品有限公司
2025年1月20日
""",
    ),
    dict(
        slug="training-xiaohuajiang-brochure-candy-wrapper-art",
        site="小画匠美术培训 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.xiaohuajiang-art.com/kecheng/hanjia-tangzhihua.html",
        title="寒假“糖纸画”少儿创意美术班招生简章",
        record_title="【寒假班火热报名】寒假“糖纸画”少儿创意美术班招生简章（送全套材料）- 小画匠美术",
        date=None,
        notes="training-school page: a promo banner, a consult float and a 400 franchise line beside the campus's own 报名电话; "
        "a course table one row a paragraph; a 扫码报名 sentence (content); a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【寒假班火热报名】寒假“糖纸画”少儿创意美术班招生简章（送全套材料）- 小画匠美术</title>
<script src="/js/kf53.js"></script>
</head>
<body>
<div class="promo">⟦a 寒假早鸟价：1月10日前报名立减200元⟧</div>
<header>⟦m 小画匠美术⟧<span>⟦m 让孩子爱上画画⟧</span><nav>⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 师资团队⟧ ⟦m 学员作品⟧ ⟦m 校区地址⟧</nav></header>
<div class="pos">⟦m 首页 > 课程体系 > 寒暑假班⟧</div>
<section class="course">
<h1>{T}</h1>
{BODY}
</section>
<section class="works"><h3>⟦l 往期学员糖纸画作品⟧</h3><p>⟦l 《金鱼》 7岁 芊芊　《灯塔》 10岁 小宇⟧</p></section>
<div class="consult">⟦w 课程顾问在线，点我免费领试听课⟧</div>
<footer>⟦m 全国加盟热线：400-819-2260⟧　⟦m 小画匠（炯城）文化艺术有限公司⟧　⟦m 琼ICP备21002706号⟧</footer>
</body>
</html>
""",
        body="""
一、课程介绍。糖纸画是用彩色糖纸拼贴创作的手工画，色彩鲜亮、有光泽，特别适合5至12岁的孩子。课程从认识糖纸材质开始，学习剪、折、叠、贴等技法，最后完成一幅装框作品。
二、开班安排。
班级　上课时间　课时
启蒙班（5-7岁）　1月20日至1月26日上午　14课时
提高班（8-12岁）　1月20日至1月26日下午　14课时
三、收费标准。每期980元，含全部糖纸、卡纸和画框。
四、报名方式。扫描海报上的二维码在线报名，或拨打校区报名电话0871-66428813。
""",
    ),
    dict(
        slug="training-heibai-speech-parent-go-class-cn-date",
        site="黑白棋院 (invented go school)",
        style="培训机构",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.heibaiqiyuan.com/news/xueyuan/2025-01-13.html",
        title="在少儿围棋班结业典礼上的家长代表发言",
        record_title="【家长心声】在少儿围棋班结业典礼上的家长代表发言 - 黑白棋院",
        date="2025-01-12",
        notes="go-school text page: a speech with its date in Chinese numerals under the title and a speaker line (both "
        "neutral); a trial-lesson prompt and the school's phone around",
        page="""
!m 黑白棋院　少儿围棋启蒙与提高
!m 首页 - 棋院新闻 - 家长心声
!t 【家长心声】在少儿围棋班结业典礼上的家长代表发言
{T}
（二〇二五年一月十二日）
围棋二班学员家长　罗芳
{BODY}
!a 新学期免费试听课预约中，扫码领取试听券
!l 上一篇：黑白棋院2024年冬季升段赛成绩
!l 下一篇：寒假集训营开营通知
!m 黑白棋院（熙湖校区）　电话：0873-4190618
""",
        body="""
各位老师、各位家长、亲爱的小棋手们：
大家好！我是围棋二班姚乐天的妈妈，很荣幸作为家长代表在这里发言。
一年前，乐天刚来棋院的时候，坐不住十分钟，下棋输了就哭。那时候他最喜欢的不是下棋，而是把棋子从围棋罐里抓出来又倒回去，听哗啦哗啦的声音。
是老师们一次次耐心引导，教他落子无悔，教他输了复盘。现在，他能安安静静下完一盘棋，收棋子的时候会把黑白子分好，轻轻放回罐里，盖上盖子。这个小小的动作，让我看到了孩子的成长。
在这里，我代表全体家长，向辛勤付出的老师们表示衷心的感谢！
""",
    ),
    dict(
        slug="app-xiezuomiao-report-candy-packaging-director",
        site="写作喵 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.xiezuomiao.com/share/doc/88315027?from=wx",
        title="糖果厂包装车间主任2024年度述职报告",
        record_title="糖果厂包装车间主任2024年度述职报告（范文可改）· 写作喵",
        date="2025-01-06",
        notes="writing-app H5 share: an open-app mask, an 'expand the rest' fold line between paragraphs, AI-rewrite buttons; "
        "a batch-code scan sentence (content); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>糖果厂包装车间主任2024年度述职报告（范文可改）· 写作喵</title>
<script src="https://h5.xiezuomiao.com/js/openapp.js"></script>
</head>
<body>
<div class="mask">⟦a 用写作喵App打开，一键生成同类范文⟧ <button>⟦a 去App看全文⟧</button></div>
<div class="doc">
<div class="d-head">⟦m 写作喵 · 范文库⟧ <span>⟦m 已有 6.8万 人使用⟧</span></div>
<h1>{T}</h1>
<div class="d-tag">⟦m 述职报告 · 生产车间 · 1,043字⟧</div>
{BODY}
<div class="ai">⟦a AI扩写⟧ ⟦a AI换个说法⟧ ⟦a 复制到剪贴板⟧</div>
</div>
<div class="more"><h4>⟦l 写作喵为你推荐⟧</h4><p>⟦l 生产车间主任年终总结（3篇）⟧</p><p>⟦l 食品企业质量主管述职报告⟧</p></div>
<div class="foot">⟦d 写作喵生成及收录内容仅供参考，请结合实际修改使用⟧</div>
</body>
</html>
""",
        p_html='<p class="d-p">{}</p>',
        body="""
一年来，我在厂领导的带领下，带领包装车间42名员工，圆满完成了全年包装任务。现将履职情况报告如下。
一、完成生产任务。全年包装各类糖果3860吨，同比增长9%，糖纸损耗率由1.8%降至1.2%。
二、抓好质量安全。推行糖纸批号扫码追溯，全年未发生一起包装质量投诉；组织食品安全培训12次。
⟦a 余下内容已折叠，点击展开全文⟧
三、推进技术改造。牵头引进两台高速扭结包装机，扭结合格率提高到99.6%。
四、存在不足。一是新员工培训不够系统；二是车间夏季降温措施不足。
下一步，我将继续加强管理，为全厂发展作出更大贡献。
述职人：包装车间主任　郎晓东
2025年1月6日
""",
    ),
    dict(
        slug="app-gongwenkuaixie-plan-outdoor-workers-wrapped-66",
        site="公文快写 (invented writing app, text export)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="https://app.gongwenkuaixie.com/s/7HqK2m",
        title="关于做好冬季户外作业人员防寒保暖工作的实施方案",
        record_title="关于做好冬季户外作业人员防寒保暖工作的实施方案（稍改即用）- 公文快写",
        date="2024-11-25",
        notes="writing-app text export hard-wrapped at 66 columns; numbered measures; an app prompt and a VIP line around; "
        "成文日期 under the signature",
        wrap=66,
        page="""
!m 公文快写 · 3秒出稿
!t 关于做好冬季户外作业人员防寒保暖工作的实施方案（稍改即用）
!m 分类：方案 > 安全生产　　使用次数：4,112
{T}
{BODY}
!a 开通快写VIP，全部范文不限次导出
!a 分享给同事　｜　导出到手机
!l 同类范文：防寒防冻应急预案　冬季安全生产工作方案
""",
        body="""
为切实做好今冬明春户外作业人员防寒保暖工作，保障职工身体健康，结合公司实际，制定本方案。
一、工作目标
确保全体户外作业人员防寒物资配发到位，杜绝冻伤和低温烫伤事故。
二、主要措施
1.物资配发。为巡线、装卸、保洁等岗位的户外作业人员每人每天配发暖宝宝2片，配发防寒服、防寒手套各1套。
2.安全提醒。各班组长在班前会上讲清暖宝宝使用要求：贴在衣物外侧，不直接贴皮肤，连续使用不超过8小时。
3.调整作息。最低气温低于零下10℃时，户外作业每次不超过2小时，中间安排到暖房休息。
三、工作要求
各部门要明确专人负责，物资发放情况于每月5日前报综合部备案。
烁口水务有限公司综合部
2024年11月25日
""",
    ),
    dict(
        slug="exam-forum-shangan-essay-tin-frog-rating",
        site="上岸驿站论坛 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.com/thread-33081-1-1.html",
        title="从一只铁皮青蛙看老手艺的新生",
        record_title="[申论百日练] 从一只铁皮青蛙看老手艺的新生（第17天，求点评） - 申论专区 - 上岸驿站论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, a rating row, a QQ-group ad and a moderator's comment; an essay with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[申论百日练] 从一只铁皮青蛙看老手艺的新生（第17天，求点评） - 申论专区 - 上岸驿站论坛</title>
</head>
<body>
<div class="top">⟦m 上岸驿站论坛⟧ <span>⟦m 一起备考，一起上岸⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="crumb">⟦m 上岸驿站 › 笔试交流 › 申论专区⟧</div>
<div class="ad">⟦w 申论批改群（QQ 86230175），每晚八点老师直播点评⟧</div>
<div class="thread">
<h1>⟦t [申论百日练] 从一只铁皮青蛙看老手艺的新生（第17天，求点评）⟧</h1>
<div class="author">⟦m 楼主：今年必上岸　发表于 5 天前　|　只看楼主⟧</div>
<div class="post">
<p class="essay-title">{T}</p>
{BODY}
</div>
<div class="rate">⟦l 评分 +3　版主点评：立意准确，第二段论据可以再具体一些⟧</div>
<div class="hide">⟦a 本帖附参考范文一篇，回复后可见⟧</div>
</div>
<div class="reply-box">⟦a 快速回复　｜　高级模式⟧</div>
<div class="foot">⟦m 上岸驿站论坛　粤ICP备19088351号⟧</div>
</body>
</html>
""",
        body="""
一只铁皮青蛙，拧上发条就能蹦蹦跳跳，这是几代人的童年记忆。然而在塑料玩具和电子玩具的冲击下，铁皮玩具一度淡出市场，不少老厂关停，老手艺面临失传。
近年来，一些地方的做法给人以启示。有的把老厂房改造成工业遗产展示馆，让铁皮青蛙走进博物馆；有的把铁皮青蛙拆装搬进科学课，让孩子们在动手中认识齿轮和发条；还有的企业推出复刻产品，在网上卖出了好销量。
老手艺要新生，关键在于找到与当下生活的连接点。政府要做好保护和传承，企业要敢于创新，社会各界也要多一份关注。只有这样，小小的铁皮青蛙才能继续“跳”下去。
""",
    ),
    dict(
        slug="exam-forum-gongkaoquan-interview-heatpads-junk",
        site="公考圈论坛 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.gongkaoquan.com/bbs/mianshi/t-550917.html",
        title="单位组织给环卫工人送暖宝宝，有人说是作秀，你怎么看？",
        record_title="〔面试夜练〕单位组织给环卫工人送暖宝宝，有人说是作秀，你怎么看？（附答题参考） - 结构化面试 - 公考圈",
        date=None,
        notes="exam-forum text: an interview answer with forum junk (a line and glued after 。); reply-to-see and group ads; "
        "the post time 2 天前 (no date)",
        page="""
!m 公考圈 › 面试交流 › 结构化面试
!t 〔面试夜练〕单位组织给环卫工人送暖宝宝，有人说是作秀，你怎么看？（附答题参考）
!m 发帖人：面试小白鼠　　2 天前　　浏览 2,771
!m 以下是我的作答，请各位研友拍砖：
{BODY}
!a 【隐藏内容】考官点评稿，回复本帖可见
!w 面试模拟一对一，加群 70419338 备注“公考圈”
!l 1# 上岸的鱼：第三段的三点很实，建议加个总结句
!l 2# 小满：收藏了，明天练这题
""",
        junk=dict(lines=1, glued=3),
        body="""
我认为，判断是不是“作秀”，关键看实效，而不是看形式。
首先，给环卫工人送暖宝宝，本身是一件好事。环卫工人凌晨就开始在户外作业，冬季防寒是实实在在的需求，几片暖宝宝虽然不贵，却能让他们感受到社会的温暖。
其次，之所以有人说是作秀，是因为个别单位送完东西、拍完照就走，没有后续。这提醒我们，关爱户外劳动者不能一阵风。
如果我来组织这项工作，我会做到三点：一是事先了解环卫工人的真实需求，按需发放；二是少拍照、多办事，把发放和防烫伤讲解结合起来；三是推动建立户外劳动者驿站，让关爱成为常态。
""",
    ),
]
